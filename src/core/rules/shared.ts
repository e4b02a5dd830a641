// Helpers the rules share: building attribution fixes and matching literal phrase lists.
import {tokenize, type AttributionAt, type Token} from '../analysis.js';
import type {LanguageResources} from '../languages/types.js';
import type {RuleContext} from '../types.js';
import {mapPacked} from '../arrays.js';

export {attributionFixes} from '../attribution-fixes.js';

/**
 * True when the sentence has an attribution of its own or carried over from the one before, or is quoted
 * material (the speaker's words, not the writer's).
 */
export function isAttributed(ctx: RuleContext, sentenceIndex: number): boolean {
  return ctx.analysis.coverage[sentenceIndex].length > 0 || ctx.analysis.quoted[sentenceIndex];
}

/**
 * True when the words at plain-text position `pos` of a sentence are someone's: the sentence is quoted material, an
 * attribution carried over from an earlier sentence covers it, or one of its own attributions has `pos` in its
 * content ("While the king has acknowledged the need for reform, he has been criticised …": the criticism is not
 * the king's). `counts`, when given, says which attributions may own the words.
 */
export function isAttributedAt(ctx: RuleContext, sentenceIndex: number, pos: number, counts?: (a: AttributionAt) => boolean): boolean {
  const {analysis} = ctx;
  if (analysis.quoted[sentenceIndex]) return true;
  const sentence = ctx.sentences[sentenceIndex];
  const [at] = analysis.toSource(sentence.block, pos, pos + 1);
  return analysis.coverage[sentenceIndex].some((i) => {
    const a = analysis.attributions[i];
    if (counts !== undefined && !counts(a)) return false;
    if (a.sentence !== sentenceIndex) return true;
    return a.content.length === 0 || a.content.some((r) => r.start <= at && at < r.end) || a.from <= pos && pos < a.to;
  });
}

/**
 * A rule's reading of one sentence that depends only on the sentence's text (and the draft's language and
 * configuration): computed by `compute`, and in the editor's linter (`ctx.memo`, see memo.ts) kept by the text between
 * lints, so a sentence the last edit did not touch is not read again. Offsets in the value must be relative to the
 * sentence's text (the same words may move within their block), and the value is shared: never changed by its reader.
 *
 * @param ctx
 *   Rule context.
 * @param table
 *   The memo table's name, one per rule and reading ("missing-attribution:claims").
 * @param text
 *   The sentence's plain text (the key).
 * @param compute
 *   The reading, computed when nothing is kept for `text`.
 */
export function sentenceReading<T>(ctx: RuleContext, table: string, text: string, compute: () => T): T {
  if (!ctx.memo) return compute();
  const kept = ctx.memo.table<T>(table);
  let value = kept.get(text);
  if (value === undefined) {
    value = compute();
    kept.set(text, value);
  }
  return value;
}

/** A literal phrase matched on word tokens. */
export interface PhraseMatch {
  /** Index of the first and one past the last matching token. */
  first: number;
  last: number;
  phrase: string;
}

/** Matches literal phrases against a sentence's tokens in time linear in the tokens. */
export interface PhraseMatcher {
  match(tokens: readonly Token[]): PhraseMatch[];
}

const matcherCache = new Map<string, PhraseMatcher>();

/**
 * Build (or reuse) a matcher for literal phrases, case-insensitive, longest match first.
 * Phrases are split into tokens the way sentences are, so "it appears that" matches across any whitespace.
 *
 * @param L
 *   The draft's language (it decides how phrases split into words).
 * @param phrases
 *   Literal phrases (config phrases are never treated as patterns).
 */
export function phraseMatcher(L: LanguageResources, phrases: readonly string[]): PhraseMatcher {
  const key = `${L.code}\u0000${phrases.join('\u0000')}`;
  const cached = matcherCache.get(key);
  if (cached) return cached;
  const byFirst = new Map<string, string[][]>();
  for (const phrase of new Set(phrases.map((p) => p.trim().toLowerCase()))) {
    const words = tokenize(L, phrase, 0).map((t) => t.lower);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const matcher: PhraseMatcher = {
    match(tokens) {
      const out: PhraseMatch[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const candidates = byFirst.get(tokens[i].lower);
        if (!candidates) continue;
        const hit = phraseAt(candidates, tokens, i);
        if (!hit) continue;
        out.push({first: i, last: i + hit.length, phrase: hit.join(' ')});
        i += hit.length - 1;
      }
      return out;
    },
  };
  if (matcherCache.size > 32) matcherCache.clear();
  matcherCache.set(key, matcher);
  return matcher;
}

/**
 * The first of `candidates` (phrases as lower-cased words) whose words are the tokens from `i` on. (A function of its
 * own, not a closure in the matcher's loop: one over the token's index would be a context allocated for every token.)
 */
function phraseAt(candidates: readonly string[][], tokens: readonly Token[], i: number): string[] | undefined {
  for (const words of candidates) {
    let all = true;
    for (let j = 0; j < words.length && all; j++) all = tokens[i + j]?.lower === words[j];
    if (all) return words;
  }
  return undefined;
}

/**
 * True when any token of the sentence is in one of the word classes `classes` (bits of `defineWordClass`): a cheap gate
 * before running a pattern.
 */
export function hasAnyClass(tokens: readonly Token[], classes: number): boolean {
  for (const t of tokens) if (t.classes & classes) return true;
  return false;
}

/**
 * True when the sentence after sentence `si`, in the same paragraph, names the members of an unnamed group `si` cites
 * (EDITORIAL-STANDARD.md §2, §6): it lists them ("Among them were …", see `membersListedNext`) or a named source
 * restates the claim ("Dies äußerten …", see `namedRestates`). Read by vague-attribution and anonymous-source.
 */
export function membersNamedNext(ctx: RuleContext, si: number): boolean {
  const next = ctx.sentences[si + 1];
  return next !== undefined && next.block === ctx.sentences[si].block && (listsMembers(next.text) || namedRestates(ctx, si + 1));
}

/**
 * A sentence that opens by listing the unnamed group's members: "Some lawmakers said they would sue." then "Among them
 * were the Green lawmaker Werner Schulz …", "Darunter sind …", "Zu ihnen gehören …", "Parmi eux, le député …"
 * (EDITORIAL-STANDARD.md §2: the copy names the group's members). The opener, then within 60 characters a name
 * (`memberName`): German writes every noun with a capital, and "Unter ihnen seien zehn Männer" counts the members
 * of another group without naming any (session 45, a counter-example on the German tuning set).
 */
const membersListedNext = /^[\s"„»«]*(?:[Aa]mong them|[Tt]hey included?|[Tt]hese included?|[Dd]arunter|[Uu]nter ihnen|[Zz]u (?:ihnen|diesen) (?:gehören|gehörten|zählen|zählten)|[Pp]armi (?:eux|elles|lesquels|lesquelles|ceux-ci|celles-ci))(?![\p{L}])/u;

/** A name: two capitalised words in a row ("Werner Schulz"), a word in capitals ("BBC", "IRNA"), or an account's @. */
const memberName = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\p{Lu}{2,}(?![\p{L}])|@\w/u;

/** True when sentence text `text` opens by listing members by name (see `membersListedNext`). */
function listsMembers(text: string): boolean {
  const m = membersListedNext.exec(text);
  return m !== null && memberName.test(text.slice(m[0].length, m[0].length + 60));
}

/**
 * True when sentence `ni` opens on a word that stands for the sentence before and names who said it: "Dies äußerten
 * der grüne Abgeordnete Werner Schulz sowie …", "Das sagten …", "C'est ce qu'ont déclaré …", "That is what … said". The opener
 * stands for the whole claim (it is the content), so the named source is who the vague group before was
 * (EDITORIAL-STANDARD.md §2; session 45, a false alarm on de.wikinews "Heikle Situation vor der Vertrauensfrage des
 * Kanzlers"). Openers from Duden's demonstratives "dies, das" and "so", Grevisse's "c'est ce que" and English "that is
 * what". Not a denial or a contrast ("Das bestritt der Fraktionschef", "Das sagte jedoch …"): a voice against the
 * claim names nobody in the group.
 */
function namedRestates(ctx: RuleContext, ni: number): boolean {
  const next = ctx.sentences[ni];
  if (contrastOrDenial.test(next.text)) return false;
  const text = ctx.blocks[next.block].text;
  return namedSpeakersOf(ctx, ni).some((b) => restatingOpener.test(text.slice(next.from, Math.min(b.from, b.cueFrom))));
}

/**
 * The attributions whose cue is in sentence `si` and that give a named source who speaks: not a stance ("called it"),
 * nor a continuation carried from before.
 */
export function namedSpeakersOf(ctx: RuleContext, si: number): AttributionAt[] {
  return mapPacked(ctx.analysis.bySentence[si], (i) => ctx.analysis.attributions[i]).filter((b) =>
    b.sentence === si && b.quality === 'named' && b.cueKind !== 'stance' && b.cueKind !== 'continuation');
}

/** The words before a restating cue or its source (see `namedRestates`), the whole of them. */
const restatingOpener = /^[\s"„»«]*(?:dies|das|dieses|so|c['’]est(?:\s+en\s+tout\s+cas)?\s+ce\s+qu['’]\s*|ce\s+qu['’]\s*|that\s+(?:is|was)\s+what|this\s+(?:is|was)\s+what)\s*$/iu;

/**
 * A voice against what the sentence before said: a contrast word, or a verb of denial or disagreement (Duden's
 * "bestreiten, dementieren, widersprechen, zurückweisen"; Le Petit Robert's "contredire, démentir, contester, nier";
 * "deny, disagree, dispute, reject"). Read on the next sentence by `namedRestates` and vague-attribution's
 * `memberOpensNext`.
 */
export const contrastOrDenial = /(?<![\p{L}])(?:aber|bestr(?:eitet|itt|itten)|but|cependant|contest\p{L}*|contredit|dagegen|dément\p{L}*|démenti\p{L}*|dementi\p{L}*|den(?:ied|ies|y)|disagreed|disputed?|doch|hingegen|however|jedoch|mais|niée?s?|nient|nie|rejected|widersprach\p{L}*|zurück(?:gewiesen)?)(?![\p{L}])/iu;
