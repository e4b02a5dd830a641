// Scores attribution spans (source, cue, content) against PolNeAR's gold the way the hidden test evaluation does
// (shared/data/polnear/README.md, "Published results and how the test split is scored"). Pure: no I/O.

/** `[start, end)` UTF-16 offsets into an article's text. */
export interface Range {
  start: number;
  end: number;
}

/** The three span types PolNeAR annotates. */
export type SpanType = 'source' | 'cue' | 'content';

export const spanTypes: readonly SpanType[] = ['source', 'cue', 'content'];

/**
 * One attribution reduced to its spans, gold or predicted. Each role is a list of pieces in document order (a
 * discontinuous brat span, Sourced's `content` ranges, or an attribution's `Content` plus `Content2`); an empty
 * list means the role is absent (no expressed source, a link with no content).
 */
export interface AttributionSpans {
  source: readonly Range[];
  cue: readonly Range[];
  content: readonly Range[];
}

/**
 * One distinct span of one type in one article, as scored.
 *
 * `trimmed` is the covering range with whitespace, punctuation and quote marks removed from both ends (what exact
 * match compares); `range` is the covering range before trimming, used for overlap when trimming leaves nothing
 * (a cue that is only ":"). `from` lists the indices of the attributions the span belongs to.
 */
export interface ScoredSpan {
  range: Range;
  trimmed: Range;
  from: number[];
}

/** A gold and a predicted span (indices into `TypeMatch.gold` and `.pred`) matched to each other. */
export interface Pair {
  gold: number;
  pred: number;
}

/** A pair matched by overlap only, with its token overlap ratio in (0, 1]. */
export interface OverlapPair extends Pair {
  ratio: number;
}

/**
 * How one span type matched in one article. `exact` and `overlap` are one-to-one and disjoint: a span in `exact`
 * is in no `overlap` pair. Gold spans in no `exact` pair are the exact-match false negatives, predicted spans in no
 * `exact` pair the false positives.
 */
export interface TypeMatch {
  gold: ScoredSpan[];
  pred: ScoredSpan[];
  exact: Pair[];
  overlap: OverlapPair[];
}

/** Attribution-level matching in one article: counts and the one-to-one pairs whose cues overlap. */
export interface AttributionMatch {
  /** Indices into the gold and predicted attribution lists given to `scoreArticle`. */
  pairs: Pair[];
  gold: number;
  pred: number;
}

/** Everything scored in one article. */
export interface ArticleScore {
  types: Record<SpanType, TypeMatch>;
  attributions: AttributionMatch;
}

// Whitespace, punctuation (which includes every Unicode quote mark) and the ASCII backtick and acute accent, which
// some copy uses as quote marks.
const trimmable = /[\s\p{P}`´]/u;

/**
 * The covering range of a span's pieces: from the first start to the last end.
 *
 * @param pieces
 *   Ranges in any order.
 * @returns
 *   The covering range, or undefined when `pieces` is empty.
 */
export function coveringRange(pieces: readonly Range[]): Range | undefined {
  if (pieces.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const p of pieces) {
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  return {start, end};
}

/**
 * Remove whitespace, punctuation and quote marks from both ends of a range.
 *
 * @param text
 *   The article text the range indexes.
 * @param range
 *   `[start, end)` UTF-16 offsets.
 * @returns
 *   The trimmed range; when nothing is left it is empty (`start === end`) at the original end, so the same
 *   all-punctuation span in gold and prediction still compares equal.
 */
export function trimRange(text: string, range: Range): Range {
  let {start, end} = range;
  while (start < end) {
    const char = String.fromCodePoint(text.codePointAt(start)!);
    if (!trimmable.test(char)) break;
    start += char.length;
  }
  while (end > start) {
    const pair = end - 2 >= start && /[\ud800-\udbff][\udc00-\udfff]/.test(text.slice(end - 2, end));
    const char = text.slice(pair ? end - 2 : end - 1, end);
    if (!trimmable.test(char)) break;
    end -= char.length;
  }
  return {start, end};
}

const tokenPattern = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * The word tokens of a text: runs of letters, digits and marks, with inner apostrophes ("don't", "Clinton’s").
 * Punctuation and symbols are not tokens.
 *
 * @returns
 *   Token ranges in document order, UTF-16 offsets.
 */
export function wordTokens(text: string): Range[] {
  return [...text.matchAll(tokenPattern)].map((m) => ({start: m.index, end: m.index + m[0].length}));
}

// Index of the first token that ends after `offset`.
function firstTokenEndingAfter(tokens: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// `[first, last)` token indices a range touches (a token counts when it shares at least one character).
function tokenSpan(tokens: readonly Range[], range: Range): [number, number] {
  const first = firstTokenEndingAfter(tokens, range.start);
  let last = first;
  while (last < tokens.length && tokens[last].start < range.end) last++;
  return [first, last];
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

// The range overlap compares: the trimmed one, unless trimming emptied it.
function overlapRange(span: ScoredSpan): Range {
  return span.trimmed.start < span.trimmed.end ? span.trimmed : span.range;
}

/**
 * Token overlap ratio of two ranges: tokens in both / tokens in either (word tokens of `tokens`, see `wordTokens`).
 * When neither range holds a token, the same ratio over characters.
 *
 * @param tokens
 *   The article's word tokens, in document order.
 * @returns
 *   A number in [0, 1]; 0 when the ranges do not overlap.
 */
export function overlapRatio(tokens: readonly Range[], a: Range, b: Range): number {
  if (!overlaps(a, b)) return 0;
  const [a0, a1] = tokenSpan(tokens, a);
  const [b0, b1] = tokenSpan(tokens, b);
  if (a1 === a0 && b1 === b0) {
    const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
    return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
  }
  // Each range's tokens are one contiguous run of indices, so shared and either are differences of run ends.
  const shared = Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  return shared === 0 ? 0 : shared / (Math.max(a1, b1) - Math.min(a0, b0));
}

/**
 * The distinct spans of one type in one article: covering range of each attribution's pieces, trimmed, identical
 * trimmed spans counted once (as in a tag sequence), in document order.
 *
 * @param text
 *   The article text.
 * @param attributions
 *   Gold or predicted attributions.
 * @param type
 *   Which role to collect.
 */
export function distinctSpans(text: string, attributions: readonly AttributionSpans[], type: SpanType): ScoredSpan[] {
  const byKey = new Map<string, ScoredSpan>();
  attributions.forEach((a, index) => {
    const range = coveringRange(a[type]);
    if (!range) return;
    const trimmed = trimRange(text, range);
    const key = `${trimmed.start}:${trimmed.end}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.from.includes(index)) seen.from.push(index);
      // Keep the widest untrimmed range, so overlap of an all-punctuation span does not depend on input order.
      seen.range = coveringRange([seen.range, range])!;
    } else byKey.set(key, {range, trimmed, from: [index]});
  });
  return [...byKey.values()].sort((x, y) => x.trimmed.start - y.trimmed.start || x.trimmed.end - y.trimmed.end);
}

/**
 * Match one type's gold and predicted spans: first exactly (equal trimmed ranges, each gold once), then the
 * remaining overlapping spans one-to-one, best token overlap ratio first (ties: earlier gold, then earlier
 * prediction).
 *
 * @param tokens
 *   The article's word tokens (`wordTokens(text)`).
 */
export function matchSpans(tokens: readonly Range[], gold: ScoredSpan[], pred: ScoredSpan[]): TypeMatch {
  const exact: Pair[] = [];
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const predByKey = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const key = `${p.trimmed.start}:${p.trimmed.end}`;
    predByKey.set(key, [...(predByKey.get(key) ?? []), i]);
  });
  gold.forEach((g, gi) => {
    const candidates = predByKey.get(`${g.trimmed.start}:${g.trimmed.end}`) ?? [];
    const pi = candidates.find((i) => !predUsed.has(i));
    if (pi === undefined) return;
    exact.push({gold: gi, pred: pi});
    goldUsed.add(gi);
    predUsed.add(pi);
  });

  const candidates: OverlapPair[] = [];
  gold.forEach((g, gi) => {
    if (goldUsed.has(gi)) return;
    pred.forEach((p, pi) => {
      if (predUsed.has(pi)) return;
      const ratio = overlapRatio(tokens, overlapRange(g), overlapRange(p));
      if (ratio > 0) candidates.push({gold: gi, pred: pi, ratio});
    });
  });
  candidates.sort((a, b) => b.ratio - a.ratio || a.gold - b.gold || a.pred - b.pred);
  const overlap: OverlapPair[] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || predUsed.has(c.pred)) continue;
    overlap.push(c);
    goldUsed.add(c.gold);
    predUsed.add(c.pred);
  }
  return {gold, pred, exact, overlap};
}

/**
 * Match attributions one-to-one when their cues overlap (covering ranges, trimmed unless trimming empties them),
 * largest shared stretch first (ties: earlier gold, then earlier prediction). An attribution without a cue never
 * matches.
 *
 * @param text
 *   The article text.
 */
export function matchAttributions(text: string, gold: readonly AttributionSpans[], pred: readonly AttributionSpans[]): AttributionMatch {
  const cue = (a: AttributionSpans): Range | undefined => {
    const range = coveringRange(a.cue);
    if (!range) return undefined;
    const trimmed = trimRange(text, range);
    return trimmed.start < trimmed.end ? trimmed : range;
  };
  const goldCues = gold.map(cue);
  const predCues = pred.map(cue);
  const candidates: Array<Pair & {shared: number}> = [];
  goldCues.forEach((g, gi) => {
    predCues.forEach((p, pi) => {
      if (g && p && overlaps(g, p)) candidates.push({gold: gi, pred: pi, shared: Math.min(g.end, p.end) - Math.max(g.start, p.start)});
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.gold - b.gold || a.pred - b.pred);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.gold) || predUsed.has(c.pred)) continue;
    pairs.push({gold: c.gold, pred: c.pred});
    goldUsed.add(c.gold);
    predUsed.add(c.pred);
  }
  pairs.sort((a, b) => a.gold - b.gold);
  return {pairs, gold: gold.length, pred: pred.length};
}

/**
 * Score one article: per span type, the distinct gold and predicted spans matched exactly and by overlap; and the
 * attributions matched by cue overlap. Spans are matched across all attributions of the article.
 *
 * @param text
 *   The article text; every range indexes it (UTF-16).
 * @param gold
 *   The annotated attributions.
 * @param pred
 *   The system's attributions.
 */
export function scoreArticle(text: string, gold: readonly AttributionSpans[], pred: readonly AttributionSpans[]): ArticleScore {
  const tokens = wordTokens(text);
  const match = (type: SpanType): TypeMatch => matchSpans(tokens, distinctSpans(text, gold, type), distinctSpans(text, pred, type));
  return {
    types: {source: match('source'), cue: match('cue'), content: match('content')},
    attributions: matchAttributions(text, gold, pred),
  };
}

/** Counts for one span type over many articles. */
export interface TypeTally {
  /** Distinct gold and predicted spans. */
  gold: number;
  pred: number;
  /** Exact matches. */
  exact: number;
  /** Overlap credit: exact matches plus the token overlap ratio of every overlap pair. */
  overlap: number;
}

/** Counts over many articles: per span type, and attributions. */
export interface Totals {
  types: Record<SpanType, TypeTally>;
  attributions: {gold: number; pred: number; matched: number};
}

/** Totals with every count at zero. */
export function emptyTotals(): Totals {
  const tally = (): TypeTally => ({gold: 0, pred: 0, exact: 0, overlap: 0});
  return {types: {source: tally(), cue: tally(), content: tally()}, attributions: {gold: 0, pred: 0, matched: 0}};
}

/**
 * Add one article's score to `totals`.
 *
 * @param totals
 *   Accumulator, mutated.
 */
export function addArticle(totals: Totals, score: ArticleScore): void {
  for (const type of spanTypes) {
    const t = totals.types[type];
    const m = score.types[type];
    t.gold += m.gold.length;
    t.pred += m.pred.length;
    t.exact += m.exact.length;
    t.overlap += m.exact.length + m.overlap.reduce((sum, p) => sum + p.ratio, 0);
  }
  totals.attributions.gold += score.attributions.gold;
  totals.attributions.pred += score.attributions.pred;
  totals.attributions.matched += score.attributions.pairs.length;
}

/** Precision, recall and F1 in [0, 1]; precision is undefined when nothing was predicted, recall when nothing is gold. */
export interface Prf {
  precision: number | undefined;
  recall: number | undefined;
  f1: number | undefined;
}

/**
 * Precision, recall and F1 from a (possibly fractional) number of correct predictions.
 *
 * @param correct
 *   Matched count, or overlap credit.
 * @param gold
 *   Number of gold items.
 * @param pred
 *   Number of predicted items.
 */
export function prf(correct: number, gold: number, pred: number): Prf {
  const precision = pred === 0 ? undefined : correct / pred;
  const recall = gold === 0 ? undefined : correct / gold;
  const f1 =
    precision === undefined || recall === undefined ? undefined : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {precision, recall, f1};
}

/** Exact-match precision, recall and F1 of one span type. */
export function exactMetrics(t: TypeTally): Prf {
  return prf(t.exact, t.gold, t.pred);
}

/** Overlap precision, recall and F1 of one span type: exact matches count 1, overlap pairs their token ratio. */
export function overlapMetrics(t: TypeTally): Prf {
  return prf(t.overlap, t.gold, t.pred);
}

/** Attribution-level precision, recall and F1: an attribution is correct when its cue overlaps a gold one's. */
export function attributionMetrics(a: Totals['attributions']): Prf {
  return prf(a.matched, a.gold, a.pred);
}
