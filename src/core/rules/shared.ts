// Helpers the rules share: building attribution fixes and matching literal phrase lists.
import {tokenize, type Analysis, type Token} from '../analysis.js';
import type {LanguageResources} from '../languages/types.js';
import {partitionPoint} from '../search.js';
import {sourcePlaceholder, type Fix, type ProseBlock, type RuleContext, type Sentence} from '../types.js';

/** Title of the fix that inserts a placeholder attribution for the writer to fill in. */
export const addAttributionTitle = 'Add attribution…';

/** Most "Attribute to …" entries offered for one finding. */
const maxNamedFixes = 5;

/**
 * Where ", according to X" reads naturally: the end of the clause holding `pos` (before the next comma,
 * semicolon or dash), or the end of the sentence before its final punctuation. Undefined inside a quote.
 */
export function clauseEnd(ctx: RuleContext, sentence: Sentence, pos: number): number | undefined {
  const block = ctx.blocks[sentence.block];
  const text = block.text;
  const breaks = clauseBreaks(sentence, text);
  let end = breaks[partitionPoint(breaks.length, (i) => breaks[i] >= pos)] ?? sentence.to;
  while (end > pos && end > sentence.to - 16 && /[.!?…"”’')\]*_\s]/.test(text[end - 1])) end--;
  // "It was 40%.": the claim itself ends the clause, so the attribution goes right after it.
  end = Math.max(end, pos);
  if (ctx.analysis.quoteAt(sentence.block, end - 1) >= 0 || ctx.analysis.quoteAt(sentence.block, end) >= 0) return undefined;
  return sourceOffsetAfter(block, end);
}

const breakCache = new WeakMap<Sentence, number[]>();

/** Positions of clause punctuation in a sentence, computed once per sentence (many figures may share one). */
function clauseBreaks(sentence: Sentence, text: string): number[] {
  let list = breakCache.get(sentence);
  if (!list) {
    list = [];
    for (let i = sentence.from; i < sentence.to; i++) {
      const ch = text[i];
      if (ch === ',' || ch === ';' || ch === '—' || ch === '(' || ch === ':') list.push(i);
    }
    breakCache.set(sentence, list);
  }
  return list;
}

/** Source offset right after plain-text character `end - 1`. */
function sourceOffsetAfter(block: ProseBlock, end: number): number {
  return end > 0 ? block.ends[end - 1] : block.map[0];
}

/**
 * Fixes that attribute a claim: each source the draft already names, nearest first, then a placeholder to fill
 * in. None of them is safe: a fix must never invent a source.
 *
 * @param ctx
 *   Rule context.
 * @param sentence
 *   Sentence holding the claim.
 * @param pos
 *   Plain-text position of the claim inside its block.
 * @param anchor
 *   Source offset of the claim, for ordering sources by distance.
 */
export function attributionFixes(ctx: RuleContext, sentence: Sentence, pos: number, anchor: number): Fix[] {
  const at = clauseEnd(ctx, sentence, pos);
  if (at === undefined) return [];
  // Sources the draft already names come first, so Ctrl+. then Enter attributes to the nearest one; none is
  // marked preferred, so no "auto fix" command can pick a source for the writer.
  const fixes: Fix[] = namedSources(ctx.analysis, anchor).map((name) => ({
    title: `Attribute to ${name}`,
    kind: 'suggestion',
    edits: [{start: at, end: at, text: `, according to ${name}`}],
  }));
  fixes.push({title: addAttributionTitle, kind: 'suggestion', edits: [{start: at, end: at, text: `, according to ${sourcePlaceholder}`}]});
  return fixes;
}

/** Names of checkable sources in the draft, nearest to `anchor` first, at most five. */
export function namedSources(analysis: Analysis, anchor: number): string[] {
  const mentions = usableMentions(analysis);
  // Walk outwards from the anchor through the mentions (sorted by offset), taking each source the first time met.
  const at = partitionPoint(mentions.length, (i) => mentions[i].start >= anchor);
  const names: string[] = [];
  const seen = new Set<string>();
  let left = at - 1;
  let right = at;
  while (names.length < maxNamedFixes && (left >= 0 || right < mentions.length)) {
    const takeLeft = right >= mentions.length || left >= 0 && anchor - mentions[left].start <= mentions[right].start - anchor;
    const mention = takeLeft ? mentions[left--] : mentions[right++];
    const key = mention.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(mention.name);
  }
  return names;
}

const mentionCache = new WeakMap<Analysis, Array<{name: string; start: number}>>();

/** Where checkable sources are mentioned: named, spelled out in the text, short enough to read, sorted by offset. */
function usableMentions(analysis: Analysis): Array<{name: string; start: number}> {
  const cached = mentionCache.get(analysis);
  if (cached) return cached;
  const mentions: Array<{name: string; start: number}> = [];
  for (const s of analysis.sources) {
    if (s.quality !== 'named') continue;
    const usable = s.attributions
      .map((i) => analysis.attributions[i])
      .filter((a) => a.cueKind !== 'link' && a.cueKind !== 'footnote' && a.cueKind !== 'continuation');
    if (usable.length === 0) continue;
    const name = usable[0].name.replace(/\s+/g, ' ').trim();
    if (name.length <= 80) for (const a of usable) mentions.push({name, start: a.start});
  }
  mentions.sort((a, b) => a.start - b.start);
  mentionCache.set(analysis, mentions);
  return mentions;
}

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
 * the king's).
 */
export function isAttributedAt(ctx: RuleContext, sentenceIndex: number, pos: number): boolean {
  const {analysis} = ctx;
  if (analysis.quoted[sentenceIndex]) return true;
  const sentence = ctx.sentences[sentenceIndex];
  const [at] = analysis.toSource(sentence.block, pos, pos + 1);
  return analysis.coverage[sentenceIndex].some((i) => {
    const a = analysis.attributions[i];
    if (a.sentence !== sentenceIndex) return true;
    return a.content.length === 0 || a.content.some((r) => r.start <= at && at < r.end) || a.from <= pos && pos < a.to;
  });
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
        const hit = candidates.find((words) => words.every((w, j) => tokens[i + j]?.lower === w));
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

/** True when any token of the sentence is in `words`: a cheap gate before running a pattern. */
export function hasAnyToken(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  for (const t of tokens) if (words.has(t.lower)) return true;
  return false;
}
