// Attribution fixes that never put words in anyone's mouth: where an inserted attribution may go (on the clause
// structure, never inside a word, number, quote, link or name), which sources the draft's own evidence suggests
// (the table row's Source cell, the same sentence, the same paragraph, shared topic words; never distance alone),
// and how a sentence-opening hedge or vague source becomes "According to ⟨source⟩, …" with its capital kept.
import type {Analysis} from './analysis.js';
import type {AnalysisMemo} from './memo.js';
import {partitionPoint} from './search.js';
import {sourceEnd, sourceStart} from './prose.js';
import {rowSourceCell} from './tables.js';
import {cueVerbs} from './lexicons/attribution.js';
import {fixTitle} from './messages/index.js';
import type {LanguageResources} from './languages/types.js';
import {sourcePlaceholder, type Fix, type ProseBlock, type RuleContext, type Sentence, type TextEdit} from './types.js';
import {mapPacked} from './arrays.js';

/** Most "Attribute to …" entries offered for one finding (after the placeholder, which always comes first). */
const maxNamedFixes = 3;

/** True when a character is a letter or a digit (part of a word or number). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Whether plain-text position `pos` of a block lies inside a token, where no edit may start or end: between two
 * letters or digits, inside a number's separators ("6,|000", "5|.2", "£1,250|,000"), strictly inside a quotation, a
 * link's text or a footnote reference, or between two capitalised words of a name ("Denise| Marsh").
 *
 * @param analysis
 *   The document's analysis (for quotations).
 * @param blocks
 *   The document's prose blocks.
 * @param block
 *   Index of the block.
 * @param pos
 *   Plain-text offset in the block, 0..text.length.
 */
export function insideToken(analysis: Pick<Analysis, 'quoteAt' | 'quotes'>, blocks: readonly ProseBlock[], block: number, pos: number): boolean {
  const {text, links} = blocks[block];
  const before = text[pos - 1];
  const after = text[pos];
  if (isWordChar(before) && isWordChar(after)) return true;
  // Separators inside numbers: "6,000", "5.2", "10:30".
  if (/[,.:]/.test(after ?? '') && /\d/.test(before ?? '') && /\d/.test(text[pos + 1] ?? '')) return true;
  if (/[,.:]/.test(before ?? '') && /\d/.test(text[pos - 2] ?? '') && /\d/.test(after ?? '')) return true;
  const q = analysis.quoteAt(block, pos);
  if (q >= 0 && analysis.quotes[q].from < pos && pos < analysis.quotes[q].to) return true;
  if (links.some((l) => l.from < pos && pos < l.to)) return true;
  // "Council leader Denise Marsh": a space between two capitalised words is inside a name.
  if (after === ' ' && /\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(Math.max(0, pos - 40), pos)) && /^ \p{Lu}/u.test(text.slice(pos, pos + 2))) return true;
  return false;
}

// What may follow a comma that ends a clause (not an apposition or a list item): "…, and", "…, which", "…, while".
const clauseOpeners = /^,\s*(?:and|but|or|so|yet|while|whereas|although|though|which|who|as|after|before|because|since|when|with|where|despite|amid|leaving|bringing|making)\b/i;

/**
 * Where ", according to X" reads naturally after the claim ending at plain-text `pos`: the end of its clause (a
 * semicolon, colon, dash, parenthesis or bracket — before "[source : …]", not inside it —, or a comma that opens a new
 * clause such as ", and …", ", which …"), else the
 * end of the sentence before its final punctuation. Never inside a token (see `insideToken`).
 *
 * @param ctx
 *   Rule context.
 * @param sentence
 *   Sentence holding the claim.
 * @param pos
 *   Plain-text offset (in the sentence's block) where the claim ends.
 * @returns
 *   A plain-text offset in the block, or undefined when no place outside a quotation exists.
 */
export function clauseEndAt(ctx: RuleContext, sentence: Sentence, pos: number): number | undefined {
  const {text} = ctx.blocks[sentence.block];
  const ok = (at: number): boolean => at >= pos && !insideToken(ctx.analysis, ctx.blocks, sentence.block, at);
  const breaks = clauseBreaks(sentence, text);
  for (let k = partitionPoint(breaks.length, (i) => breaks[i] >= pos); k < breaks.length; k++) {
    let at = breaks[k];
    while (at > pos && text[at - 1] === ' ') at--;
    if (ok(at)) return at;
  }
  let end = sentence.to;
  // Back over the sentence's closing punctuation and markup: "…in Gaza." → before the full stop.
  while (end > pos && /[.!?…*_\s]/.test(text[end - 1])) end--;
  return ok(end) ? end : undefined;
}

const breakCache = new WeakMap<Sentence, number[]>();

/** Plain-text offsets of a sentence's clause ends, computed once per sentence (many figures may share one). */
function clauseBreaks(sentence: Sentence, text: string): number[] {
  let list = breakCache.get(sentence);
  if (!list) {
    list = [];
    for (let i = sentence.from; i < sentence.to; i++) {
      const ch = text[i];
      // (Not a bracket that opens on a figure, which belongs to the claim: "… 0.50/0.38 (15), …" with the source put
      // before "(15)" makes the bracket read as part of the source, and its figure is lost; session 37, the fix-safety
      // test on the French corpus README.)
      if (ch === '(' && /^\s*\d/.test(text.slice(i + 1, i + 4))) continue;
      if (ch === ';' || ch === '—' || ch === '–' || ch === '(' || ch === '[' || ch === ':' || ch === ',' && clauseOpeners.test(text.slice(i, i + 14))) list.push(i);
    }
    breakCache.set(sentence, list);
  }
  return list;
}

/**
 * Source offset for an insertion after plain-text character `end - 1`, moved past the closing markup of a link
 * ("[text](url)"), emphasis ("**…**") or code that ends there, so the insertion never lands inside it.
 */
function insertionOffset(ctx: RuleContext, block: ProseBlock, end: number): number {
  let at = end > 0 ? sourceEnd(block, end - 1) : sourceStart(block, 0);
  const link = block.links.find((l) => l.to === end);
  if (link) {
    const rest = /^\](?:\([^)\n]*\)|\[[^\]\n]*\])?/.exec(ctx.source.slice(at, at + 2048));
    if (rest) at += rest[0].length;
  }
  const emphasis = /^[*_~]+/.exec(ctx.source.slice(at, at + 8));
  if (emphasis && !/[\p{L}\p{N}]/u.test(ctx.source[at + emphasis[0].length] ?? '')) at += emphasis[0].length;
  return at;
}

/** A source the draft names, with the evidence that it stands behind a claim. */
export interface SourceCandidate {
  /** Name as the draft spells it at its first mention ("Council leader Denise Marsh"). */
  name: string;
  /** Evidence points (see `rankSources`); 0 means none, and such a source is never offered. */
  score: number;
  /** True when the draft itself says whose claim it is: the table row's Source cell, or the only source its sentence names. */
  certain: boolean;
}

// Words too common to show that two sentences are about the same thing (the most frequent English words, plus
// reporting verbs every attribution shares).
const stopWords = new Set([
  'about', 'according', 'added', 'after', 'again', 'also', 'been', 'before', 'being', 'between', 'could', 'does',
  'during', 'each', 'from', 'have', 'having', 'here', 'into', 'just', 'last', 'least', 'like', 'made', 'many', 'more',
  'most', 'much', 'next', 'only', 'other', 'over', 'said', 'says', 'should', 'since', 'some', 'such', 'than', 'that',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'told', 'under', 'until', 'very', 'were', 'what',
  'when', 'where', 'which', 'while', 'will', 'with', 'would', 'year', 'years',
]);

/**
 * Topic words of a text: lower-case words of four or more letters that are not stop words, plural "s" dropped.
 * The editor's linter keeps them between lints in its memo (the same sentences and quotations come back on every
 * keystroke); the set returned may be shared and is never changed.
 */
function topicWords(text: string, memo: AnalysisMemo | undefined): ReadonlySet<string> {
  if (!memo) return findTopicWords(text);
  const table = memo.table<ReadonlySet<string>>('topicWords');
  let words = table.get(text);
  if (words === undefined) {
    words = findTopicWords(text);
    table.set(text, words);
  }
  return words;
}

/** Runs of four or more letters (topic-word candidates). */
const topicWordRuns = /\p{L}{4,}/gu;

function findTopicWords(text: string): Set<string> {
  const out = new Set<string>();
  // (An exec loop on the pattern itself, the matches read one at a time: see matches.ts.)
  const lower = text.toLowerCase();
  topicWordRuns.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = topicWordRuns.exec(lower)) !== null) {
    // (Every match has three letters before a final "s": no look-behind pattern needed per word.)
    if (!stopWords.has(m[0])) out.add(m[0].endsWith('s') ? m[0].slice(0, -1) : m[0]);
  }
  topicWordRuns.lastIndex = 0;
  return out;
}

/**
 * Rank the sources the draft names as the source of a claim, by evidence only: the table row's own Source cell
 * (certain), the only named source of the claim's sentence (certain; 8 points), the same paragraph (3 points), and
 * topic words the claim's sentence shares with what the source is reported to say (1 point each, at most 3). A source
 * with no evidence is left out, however near it is; distance only breaks ties.
 *
 * @param ctx
 *   Rule context.
 * @param sentence
 *   Sentence holding the claim.
 * @param anchor
 *   Source offset of the claim (ties go to the nearer source).
 * @returns
 *   Candidates, best first, at most three.
 */
export function rankSources(ctx: RuleContext, sentence: Sentence, anchor: number): SourceCandidate[] {
  const cell = rowSourceCell(ctx.blocks, sentence.block);
  if (cell !== undefined) return [{name: cell, score: 10, certain: true}];
  const index = sourceIndex(ctx);
  const si = sentenceIndex(ctx.sentences, sentence);
  const scores = new Map<number, number>();
  const add = (source: number, points: number): void => {
    scores.set(source, (scores.get(source) ?? 0) + points);
  };
  const inSentence = new Set(index.bySentence.get(si) ?? []);
  for (const source of inSentence) add(source, 8);
  for (const source of index.byBlock.get(sentence.block) ?? []) if (!inSentence.has(source)) add(source, 3);
  const shared = new Map<number, number>();
  for (const word of topicWords(sentence.text, ctx.memo)) {
    for (const source of index.byWord.get(word) ?? []) shared.set(source, (shared.get(source) ?? 0) + 1);
  }
  for (const [source, n] of shared) add(source, Math.min(n, 3));
  // The best few by score, then nearness, then the order evidence was found in (what a stable sort of them all
  // would put first): a long draft gives a claim's topic words dozens of sources each, and only three are offered.
  const ranked: Array<{name: string; score: number; certain: boolean; distance: number}> = [];
  for (const [source, score] of scores) {
    const {name, starts} = index.sources[source];
    const near = partitionPoint(starts.length, (i) => starts[i] >= anchor);
    const distance = Math.min(Math.abs((starts[near] ?? Infinity) - anchor), Math.abs(anchor - (starts[near - 1] ?? -Infinity)));
    let at = ranked.length;
    while (at > 0 && (score > ranked[at - 1].score || score === ranked[at - 1].score && distance < ranked[at - 1].distance)) at--;
    if (at >= maxNamedFixes) continue;
    ranked.splice(at, 0, {name, score, certain: false, distance});
    if (ranked.length > maxNamedFixes) ranked.pop();
  }
  if (inSentence.size === 1 && ranked[0]?.score >= 8) ranked[0].certain = true;
  return mapPacked(ranked, ({name, score, certain}) => ({name, score, certain}));
}

/** The named sources of a document, indexed by the sentences and blocks they speak in and the topic words they say. */
interface SourceIndex {
  sources: Array<{name: string; starts: number[]}>;
  bySentence: Map<number, number[]>;
  byBlock: Map<number, number[]>;
  byWord: Map<string, number[]>;
}

/** Index of a sentence in the document's sentences (sorted by block, then offset). */
function sentenceIndex(sentences: readonly Sentence[], sentence: Sentence): number {
  return partitionPoint(sentences.length, (i) => sentences[i].block > sentence.block || sentences[i].block === sentence.block && sentences[i].from >= sentence.from);
}

/** Topic words said by more sources than this say nothing about which source a claim is from. */
const maxSourcesPerWord = 50;

const indexCache = new WeakMap<Analysis, SourceIndex>();

/**
 * Named sources spelled out in the text (not a link, footnote, pronoun or stance), short enough to insert, indexed
 * once per document so ranking stays linear however many findings it has.
 */
function sourceIndex(ctx: RuleContext): SourceIndex {
  const {analysis} = ctx;
  const cached = indexCache.get(analysis);
  if (cached) return cached;
  const index: SourceIndex = {sources: [], bySentence: new Map(), byBlock: new Map(), byWord: new Map()};
  const push = <K>(map: Map<K, number[]>, key: K, id: number): void => {
    const list = map.get(key) ?? [];
    if (list[list.length - 1] !== id) list.push(id);
    map.set(key, list);
  };
  for (const s of analysis.sources) {
    if (s.quality !== 'named') continue;
    const usable = mapPacked(s.attributions, (i) => analysis.attributions[i]).filter((a) =>
      a.cueKind !== 'link' && a.cueKind !== 'footnote' && a.cueKind !== 'continuation' && a.cueKind !== 'stance' && a.cueKind !== 'trusted');
    const name = s.name.replace(/\s+/g, ' ').trim();
    if (usable.length === 0 || name.length > 80) continue;
    const id = index.sources.length;
    index.sources.push({name, starts: mapPacked(usable, (a) => a.start).sort((x, y) => x - y)});
    const words = new Set<string>();
    for (const a of usable) {
      push(index.bySentence, a.sentence, id);
      push(index.byBlock, a.block, id);
      // (Sets and maps walked with forEach: this runs once a lint, before V8 optimises it, where each step of a for-of
      // over a set is an object.)
      for (const r of a.content) topicWords(ctx.source.slice(r.start, r.end), ctx.memo).forEach((w) => words.add(w));
    }
    words.forEach((w) => push(index.byWord, w, id));
  }
  index.byWord.forEach((list, word) => {
    if (list.length > maxSourcesPerWord) index.byWord.delete(word);
  });
  indexCache.set(analysis, index);
  return index;
}

/**
 * Fixes that attribute a claim: "Add attribution…" (a placeholder to fill in) first, then "Attribute to X" for each
 * source the draft's evidence points to (see `rankSources`). Only a certain source is preferred (and listed first),
 * so Ctrl+. then Enter never picks a guessed source; every insertion is at a clause end (see `clauseEndAt`).
 *
 * @param ctx
 *   Rule context.
 * @param sentence
 *   Sentence holding the claim.
 * @param pos
 *   Plain-text offset (in the sentence's block) where the claim ends.
 * @param anchor
 *   Source offset of the claim.
 */
export function attributionFixes(ctx: RuleContext, sentence: Sentence, pos: number, anchor: number): Fix[] {
  // Every fix built here is a suggestion, which the engine would drop.
  if (ctx.suggestions === false) return [];
  const end = clauseEndAt(ctx, sentence, pos);
  if (end === undefined) return [];
  // "The repairs will cost £2m, Marsh said, while …": the clause already ends with an attribution; adding another
  // there would read "Marsh said, according to Marsh".
  const text = ctx.blocks[sentence.block].text;
  const bySentence = ctx.analysis.bySentence[sentenceIndex(ctx.sentences, sentence)] ?? [];
  if (bySentence.some((i) => {
    const a = ctx.analysis.attributions[i];
    return a.to <= end && !/[\p{L}\p{N}]/u.test(text.slice(a.to, end));
  })) return [];
  const at = insertionOffset(ctx, ctx.blocks[sentence.block], end);
  const insert = (who: string): TextEdit[] => [{start: at, end: at, text: `${ctx.language.attributionPhrase.after}${who}`}];
  const fixes: Fix[] = [{...fixTitle('addAttribution'), kind: 'suggestion', edits: insert(sourcePlaceholder)}];
  for (const candidate of rankSources(ctx, sentence, anchor)) {
    const fix: Fix = {...fixTitle('attributeTo', {name: candidate.name}), kind: 'suggestion', edits: insert(midSentence(ctx.language, candidate.name))};
    if (candidate.certain) {
      fix.isPreferred = true;
      fixes.unshift(fix);
    } else fixes.push(fix);
  }
  return fixes;
}

/**
 * A name as it reads after "according to" (the language's `attributionPhrase`): a leading article lower-cased
 * ("The club's captain" → "the club's captain", "A Ministry of Defence spokesperson" → "a Ministry of Defence
 * spokesperson", "Le ministère" → "le ministère"), except before a one-word title ("The Guardian", "Le Monde").
 */
export function midSentence(L: LanguageResources, name: string): string {
  const article = L.attributionPhrase.article.exec(name);
  if (!article) return name;
  if (/^\s*\p{Lu}[\p{L}'’.-]*$/u.test(name.slice(article[0].length))) return name;
  return article[0].toLowerCase() + name.slice(article[0].length);
}

/**
 * Whether plain-text position `from` opens its sentence (only quotation marks, brackets or markup before it), so a
 * word put there needs a capital.
 */
export function opensSentence(ctx: RuleContext, sentence: Sentence, from: number): boolean {
  return !/[\p{L}\p{N}]/u.test(ctx.blocks[sentence.block].text.slice(sentence.from, from));
}

/** "according to X" in the language (`attributionPhrase.before`: "selon X", "laut X"), capitalised when it opens the sentence. */
export function accordingTo(L: LanguageResources, who: string, capital: boolean): string {
  const words = L.attributionPhrase.before;
  return `${capital ? words[0].toUpperCase() + words.slice(1) : words} ${who}`;
}

// Third-person singular of the auxiliaries and verbs a plural source takes ("experts believe" → "⟨source⟩ believes").
const singularAux: Record<string, string> = {are: 'is', were: 'was', have: 'has', do: 'does'};

/**
 * The cue rewritten for a singular placeholder subject: "believe" → "believes", "have said" → "has said", "say" →
 * "says"; past tenses and modals ("said", "would say") are unchanged.
 *
 * @param cue
 *   The cue as written.
 */
export function singularCue(cue: string): string {
  const words = cue.split(/(\s+)/);
  const first = words[0];
  const lower = first.toLowerCase();
  if (singularAux[lower]) {
    words[0] = singularAux[lower];
    return words.join('');
  }
  // Only a reporting verb whose third-person form the cue lexicon knows ("say" → "says"); "said" has none.
  const forms = [`${lower}s`, `${lower}es`, lower.replace(/([^aeiou])y$/, '$1ies')];
  const singular = forms.find((form) => form !== lower && cueVerbs.has(form));
  if (singular === undefined || !/^\p{Ll}+$/u.test(first)) return cue;
  words[0] = singular;
  return words.join('');
}
