// `npm run eval:polnear`: Sourced's attribution spans (source, cue, content) against PolNeAR's human annotation,
// scored as the hidden test evaluation scores them (see bench/polnear-scoring.ts), plus the errors worth fixing first.
//
//   --split dev|train|both   which split(s) to score; default both (dev, then train)
//   --limit N                only the first N articles of each split (metadata.tsv order)
//   --baseline               score the corpus README's trivial rule baseline instead of Sourced
//   --errors FILE            write every false positive and false negative, with context, as JSON
//   --cue-stats              instead of scoring: the words that are a cue in at least a quarter of their uses in the
//                            train split (at least 8 times), lexicon candidates to curate by hand; honours --limit
//
// The corpus has no licence and is read at run time from ../shared/data/polnear; without it this prints a notice and
// exits 0. The --errors file holds corpus text: keep it outside the repository.
import fs from 'node:fs';
import path from 'node:path';
import type {AttributionRecord} from '../src/core/index.js';
import {cueWordStats, loadPolnear, polnearDir, type PolnearArticle, type PolnearSplit} from './polnear.js';
import {
  addArticle,
  attributionMetrics,
  coveringRange,
  emptyTotals,
  exactMetrics,
  overlapMetrics,
  scoreArticle,
  spanTypes,
  trimRange,
  type ArticleScore,
  type AttributionSpans,
  type Prf,
  type Range,
  type ScoredSpan,
  type SpanType,
  type Totals,
} from './polnear-scoring.js';

const repoRoot = path.resolve(__dirname, '..');

/** Exact F1 published on PolNeAR's test split (Wang et al., CofeNet, COLING 2022), and the README's dev baseline. */
const published: Record<SpanType | 'attribution', {cofenet?: number; paperRules?: number; readmeBaseline: number}> = {
  source: {cofenet: 0.832, paperRules: 0.107, readmeBaseline: 0.246},
  cue: {cofenet: 0.753, paperRules: 0.228, readmeBaseline: 0.403},
  content: {cofenet: 0.729, paperRules: 0.056, readmeBaseline: 0.115},
  attribution: {readmeBaseline: 0.437},
};

interface Options {
  splits: PolnearSplit[];
  limit: number | undefined;
  baseline: boolean;
  errorsFile: string | undefined;
  cueStats: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {splits: ['dev', 'train'], limit: undefined, baseline: false, errorsFile: undefined, cueStats: false};
  let splitGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const name = arg.split('=')[0];
    if (name === '--split') {
      splitGiven = true;
      const split = value();
      if (split === 'both') options.splits = ['dev', 'train'];
      else if (split === 'dev' || split === 'train') options.splits = [split];
      else throw new Error(`--split must be dev, train or both, not ${split}`);
    } else if (name === '--limit') {
      options.limit = Number(value());
      if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error('--limit needs a positive whole number');
    } else if (name === '--baseline') options.baseline = true;
    else if (name === '--errors') options.errorsFile = path.resolve(value());
    else if (arg === '--cue-stats') options.cueStats = true;
    else throw new Error(`unknown argument ${arg} (use --split dev|train|both, --limit N, --baseline, --errors FILE, --cue-stats)`);
  }
  if (options.cueStats && (splitGiven || options.baseline || options.errorsFile !== undefined)) {
    throw new Error('--cue-stats counts the train split and scores nothing: it takes only --limit');
  }
  return options;
}

/** A system under test: attribution records for one article's text. */
type System = (text: string) => AttributionRecord[];

// --- The corpus README's trivial baseline -------------------------------------------------------------------------
// Cue: each "said", "says" and "according to". Source: a pronoun or the run of capitalised words next to the cue
// (before "said"/"says", else after; after "according to"). Content: the rest of the sentence after the cue and
// source, or before them when nothing follows ("…, Smith said.").

const pronouns = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

// Sentences as [start, end) offsets: a paragraph is a line; a sentence ends at . ! or ? (and any closing quotes)
// before whitespace and a capital, digit or opening quote.
function baselineSentences(text: string): Range[] {
  const sentences: Range[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let start = line.index;
    for (const stop of line[0].matchAll(/[.!?]+["”’')\]]*(?=\s+["“‘'(]?[A-Z0-9])/g)) {
      const end = line.index + stop.index + stop[0].length;
      if (/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|U\.S|[A-Z])\.$/.test(text.slice(start, end))) continue;
      sentences.push({start, end});
      start = end;
    }
    sentences.push({start, end: line.index + line[0].length});
  }
  return sentences;
}

function baseline(text: string): AttributionRecord[] {
  const records: AttributionRecord[] = [];
  for (const sentence of baselineSentences(text)) {
    const words = [...text.slice(sentence.start, sentence.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      word: m[0].replace(/[.]$/, ''),
    }));
    for (let i = 0; i < words.length; i++) {
      const lower = words[i].word.toLowerCase();
      const according = lower === 'according' && words[i + 1]?.word.toLowerCase() === 'to';
      if (lower !== 'said' && lower !== 'says' && !according) continue;
      const cue = {start: words[i].start, end: words[according ? i + 1 : i].end};
      const after = according ? i + 2 : i + 1;
      const capitalised = (w: {word: string}): boolean => /^\p{Lu}/u.test(w.word);
      const run = (from: number, step: 1 | -1): Range | undefined => {
        const first = words[from];
        if (!first) return undefined;
        if (pronouns.has(first.word.toLowerCase())) return {start: first.start, end: first.end};
        if (!capitalised(first)) return undefined;
        let last = from;
        while (words[last + step] && capitalised(words[last + step])) last += step;
        const [a, b] = step === 1 ? [from, last] : [last, from];
        return {start: words[a].start, end: words[b].end};
      };
      const source = (according ? undefined : run(i - 1, -1)) ?? run(after, 1);
      const covered = {start: Math.min(cue.start, source?.start ?? cue.start), end: Math.max(cue.end, source?.end ?? cue.end)};
      const hasWords = (r: Range): boolean => /[\p{L}\p{N}]/u.test(text.slice(r.start, r.end));
      const tail = {start: covered.end, end: sentence.end};
      const content = hasWords(tail) ? tail : {start: sentence.start, end: covered.start};
      records.push({
        source: source ? {...source, text: text.slice(source.start, source.end)} : null,
        cue: {...cue, text: text.slice(cue.start, cue.end)},
        content: hasWords(content) ? [content] : [],
        kind: 'speech',
        quality: source ? 'named' : 'absent',
      });
    }
  }
  return records;
}

// --- Running and scoring ------------------------------------------------------------------------------------------

/** One article's system output, score and lint time. */
interface Run {
  article: PolnearArticle;
  pred: AttributionSpans[];
  score: ArticleScore;
  ms: number;
  error?: string;
}

function toSpans(record: AttributionRecord): AttributionSpans {
  return {source: record.source ? [record.source] : [], cue: [record.cue], content: record.content};
}

// A record is usable when its offsets lie in the text and its span texts are the text at those offsets.
function invalidRecord(text: string, r: AttributionRecord): boolean {
  const bad = (x: Range): boolean => !(Number.isInteger(x.start) && Number.isInteger(x.end) && 0 <= x.start && x.start <= x.end && x.end <= text.length);
  return (
    bad(r.cue) ||
    text.slice(r.cue.start, r.cue.end) !== r.cue.text ||
    (r.source !== null && (bad(r.source) || text.slice(r.source.start, r.source.end) !== r.source.text)) ||
    r.content.some(bad)
  );
}

function runSplit(articles: PolnearArticle[], system: System, invalid: {count: number}): Run[] {
  return articles.map((article) => {
    const started = performance.now();
    let records: AttributionRecord[] = [];
    let error: string | undefined;
    try {
      records = system(article.text);
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const ms = performance.now() - started;
    const valid = records.filter((r) => !invalidRecord(article.text, r));
    invalid.count += records.length - valid.length;
    const pred = valid.map(toSpans);
    return {article, pred, score: scoreArticle(article.text, article.gold, pred), ms, error};
  });
}

function fmt(value: number | undefined, digits = 3): string {
  return value === undefined ? '–' : value.toFixed(digits);
}

function prfCells(m: Prf): string[] {
  return [fmt(m.precision), fmt(m.recall), fmt(m.f1)];
}

function printTable(totals: Totals): void {
  const header = ['type', 'gold', 'predicted', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1'];
  header.push('CofeNet+BERT F1 (test)', 'paper rules F1 (test)', 'README baseline F1 (dev)');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  for (const type of spanTypes) {
    const t = totals.types[type];
    const p = published[type];
    console.log(
      `| ${[type, t.gold, t.pred, ...prfCells(exactMetrics(t)), ...prfCells(overlapMetrics(t))].join(' | ')} | ` +
        `${[fmt(p.cofenet), fmt(p.paperRules), fmt(p.readmeBaseline)].join(' | ')} |`,
    );
  }
  const a = totals.attributions;
  const cells = ['attribution (cue overlap)', a.gold, a.pred, ...prfCells(attributionMetrics(a)), '–', '–', '–', '–', '–'];
  console.log(`| ${[...cells, fmt(published.attribution.readmeBaseline)].join(' | ')} |`);
}

function percentile(sorted: number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

// --- Error analysis -----------------------------------------------------------------------------------------------

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu) ?? [];
}

// A short, countable name for a stretch of words: up to three words verbatim, else its first word and a length bucket.
function phrase(text: string): string {
  const w = words(text);
  if (w.length === 0) return '«»';
  if (w.length <= 3) return `«${w.join(' ')}»`;
  return `«${w[0]} …» (${w.length <= 10 ? '4–10' : '11+'} words)`;
}

function spanText(text: string, span: ScoredSpan): string {
  const r = span.trimmed.start < span.trimmed.end ? span.trimmed : span.range;
  return text.slice(r.start, r.end);
}

// How a predicted span's ends differ from an overlapping gold span's: one entry per differing end.
function boundaryKinds(text: string, gold: Range, pred: Range): string[] {
  const kinds: string[] = [];
  if (pred.start < gold.start) kinds.push(`starts early +${phrase(text.slice(pred.start, gold.start))}`);
  if (pred.start > gold.start) kinds.push(`starts late −${phrase(text.slice(gold.start, pred.start))}`);
  if (pred.end > gold.end) kinds.push(`ends late +${phrase(text.slice(gold.end, pred.end))}`);
  if (pred.end < gold.end) kinds.push(`ends early −${phrase(text.slice(pred.end, gold.end))}`);
  return kinds;
}

class Counter {
  readonly counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  top(n = 10): string {
    const entries = [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
    return entries.length === 0 ? '(none)' : entries.map(([k, c]) => `${k} ${c}`).join('; ');
  }
}

/** One false positive or false negative, for the --errors dump. */
interface ErrorItem {
  article: string;
  split: PolnearSplit;
  error: 'false positive' | 'false negative';
  start: number;
  end: number;
  text: string;
  /** About 80 characters either side, the span in ⟦ ⟧ (its middle elided past 200 characters), whitespace runs as one space. */
  context: string;
  /** For a span: the span of the other side it overlaps (overlap score), if any. */
  overlaps?: {text: string; start: number; end: number; ratio: number};
  /** For an attribution: its source and content, shortened. */
  source?: string | null;
  content?: string;
}

function context(text: string, r: Range): string {
  const before = text.slice(Math.max(0, r.start - 80), r.start);
  const after = text.slice(r.end, r.end + 80);
  const inside = text.slice(r.start, r.end);
  const shown = inside.length > 200 ? `${inside.slice(0, 90)} … ${inside.slice(-90)}` : inside;
  return oneLine(`${r.start > 80 ? '…' : ''}${before}⟦${shown}⟧${after}${r.end + 80 < text.length ? '…' : ''}`);
}

function collectErrors(runs: Run[]): Record<SpanType | 'attribution', ErrorItem[]> {
  const out: Record<SpanType | 'attribution', ErrorItem[]> = {source: [], cue: [], content: [], attribution: []};
  for (const {article, pred, score} of runs) {
    const {text, name, split} = article;
    for (const type of spanTypes) {
      const m = score.types[type];
      const item = (span: ScoredSpan, error: ErrorItem['error'], other?: ScoredSpan, ratio?: number): ErrorItem => ({
        article: name,
        split,
        error,
        start: span.trimmed.start,
        end: span.trimmed.end,
        text: spanText(text, span),
        context: context(text, span.trimmed),
        ...(other && ratio !== undefined
          ? {overlaps: {text: spanText(text, other), start: other.trimmed.start, end: other.trimmed.end, ratio: Number(ratio.toFixed(3))}}
          : {}),
      });
      const exactGold = new Set(m.exact.map((p) => p.gold));
      const exactPred = new Set(m.exact.map((p) => p.pred));
      m.gold.forEach((g, gi) => {
        if (exactGold.has(gi)) return;
        const pair = m.overlap.find((p) => p.gold === gi);
        out[type].push(item(g, 'false negative', pair && m.pred[pair.pred], pair?.ratio));
      });
      m.pred.forEach((p, pi) => {
        if (exactPred.has(pi)) return;
        const pair = m.overlap.find((o) => o.pred === pi);
        out[type].push(item(p, 'false positive', pair && m.gold[pair.gold], pair?.ratio));
      });
    }
    const describe = (a: AttributionSpans, error: ErrorItem['error']): ErrorItem => {
      const cue = coveringRange(a.cue)!;
      const source = coveringRange(a.source);
      const content = coveringRange(a.content);
      return {
        article: name,
        split,
        error,
        start: cue.start,
        end: cue.end,
        text: text.slice(cue.start, cue.end),
        context: context(text, cue),
        source: source ? oneLine(text.slice(source.start, source.end)) : null,
        content: content ? clip(oneLine(text.slice(content.start, content.end)), 160) : '',
      };
    };
    const matchedGold = new Set(score.attributions.pairs.map((p) => p.gold));
    const matchedPred = new Set(score.attributions.pairs.map((p) => p.pred));
    article.gold.forEach((g, i) => {
      if (!matchedGold.has(i) && g.cue.length > 0) out.attribution.push(describe(g, 'false negative'));
    });
    pred.forEach((p, i) => {
      if (!matchedPred.has(i)) out.attribution.push(describe(p, 'false positive'));
    });
  }
  return out;
}

// Cue words of a span, lower-cased, for counting.
function cueKey(text: string, range: Range): string {
  const w = words(text.slice(range.start, range.end));
  return w.length === 0 ? `«${oneLine(text.slice(range.start, range.end))}»` : w.join(' ');
}

function printErrorAnalysis(runs: Run[], label: string): void {
  const missedCues = new Counter();
  const spuriousCues = new Counter();
  const boundaries: Record<SpanType, Counter> = {source: new Counter(), cue: new Counter(), content: new Counter()};
  const missedSources = new Counter();
  const spuriousSources = new Counter();
  // Exact-match misses (fn) and false spans (fp) by cause: a boundary (it overlaps a span of the other side), inside an
  // attribution matched at cue level, or with its whole attribution missed or spurious.
  const cause = (): {fnBoundary: number; fnLost: number; fnInMatched: number; fpBoundary: number; fpSpurious: number; fpInMatched: number} => ({
    fnBoundary: 0,
    fnLost: 0,
    fnInMatched: 0,
    fpBoundary: 0,
    fpSpurious: 0,
    fpInMatched: 0,
  });
  const kinds = {source: cause(), cue: cause(), content: cause()};
  let spurious = 0;
  let nested = 0;
  let repeated = 0;
  let matched = 0;
  let sameSource = 0;
  let sameContent = 0;
  let goldNoSource = 0;
  let bothNoSource = 0;
  for (const {article, pred, score} of runs) {
    const {text, gold} = article;
    const pairs = score.attributions.pairs;
    const matchedGold = new Set(pairs.map((p) => p.gold));
    const matchedPred = new Set(pairs.map((p) => p.pred));
    gold.forEach((g, i) => {
      const cue = coveringRange(g.cue);
      if (!matchedGold.has(i) && cue) missedCues.add(cueKey(text, cue));
    });
    const goldContents = gold.map((g) => coveringRange(g.content)).filter((r): r is Range => r !== undefined);
    const cueKeys = new Counter();
    for (const p of pred) cueKeys.add(`${coveringRange(p.cue)!.start}:${coveringRange(p.cue)!.end}`);
    pred.forEach((p, i) => {
      if (matchedPred.has(i)) return;
      const cue = coveringRange(p.cue)!;
      spurious++;
      spuriousCues.add(cueKey(text, cue));
      if (goldContents.some((c) => c.start <= cue.start && cue.end <= c.end)) nested++;
      if ((cueKeys.counts.get(`${cue.start}:${cue.end}`) ?? 0) > 1) repeated++;
    });
    const same = (a: readonly Range[], b: readonly Range[]): boolean => {
      const ra = coveringRange(a);
      const rb = coveringRange(b);
      if (!ra || !rb) return !ra && !rb;
      const ta = trimRange(text, ra);
      const tb = trimRange(text, rb);
      return ta.start === tb.start && ta.end === tb.end;
    };
    for (const {gold: gi, pred: pi} of pairs) {
      matched++;
      if (same(gold[gi].source, pred[pi].source)) sameSource++;
      if (same(gold[gi].content, pred[pi].content)) sameContent++;
      if (gold[gi].source.length === 0) {
        goldNoSource++;
        if (pred[pi].source.length === 0) bothNoSource++;
      }
      // A source present on one side only, in an attribution both found.
      const gs = coveringRange(gold[gi].source);
      if (gs && pred[pi].source.length === 0) missedSources.add(phrase(text.slice(gs.start, gs.end)));
      if (!gs && pred[pi].source.length > 0) {
        const ps = coveringRange(pred[pi].source)!;
        spuriousSources.add(phrase(text.slice(ps.start, ps.end)));
      }
    }
    for (const type of spanTypes) {
      const m = score.types[type];
      const k = kinds[type];
      const inMatched = (from: number[], side: Set<number>): boolean => from.some((i) => side.has(i));
      for (const o of m.overlap) for (const kind of boundaryKinds(text, m.gold[o.gold].trimmed, m.pred[o.pred].trimmed)) boundaries[type].add(kind);
      const exactGold = new Set(m.exact.map((p) => p.gold));
      const exactPred = new Set(m.exact.map((p) => p.pred));
      const overlapGold = new Set(m.overlap.map((p) => p.gold));
      const overlapPred = new Set(m.overlap.map((p) => p.pred));
      m.gold.forEach((g, gi) => {
        if (exactGold.has(gi)) return;
        if (overlapGold.has(gi)) k.fnBoundary++;
        else if (inMatched(g.from, matchedGold)) k.fnInMatched++;
        else k.fnLost++;
      });
      m.pred.forEach((p, pi) => {
        if (exactPred.has(pi)) return;
        if (overlapPred.has(pi)) k.fpBoundary++;
        else if (inMatched(p.from, matchedPred)) k.fpInMatched++;
        else k.fpSpurious++;
      });
    }
  }
  const pct = (n: number, d: number): string => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);
  console.log(`\nWhere it loses (${label}; counts are distinct spans, as scored):`);
  for (const type of spanTypes) {
    const k = kinds[type];
    console.log(
      `  ${type.padEnd(7)} missed ${k.fnBoundary + k.fnLost + k.fnInMatched}: ${k.fnBoundary} wrong boundary, ` +
        `${k.fnInMatched} in a found attribution, ${k.fnLost} with the attribution missed | ` +
        `false ${k.fpBoundary + k.fpInMatched + k.fpSpurious}: ${k.fpBoundary} wrong boundary, ` +
        `${k.fpInMatched} in a true attribution, ${k.fpSpurious} in a spurious attribution`,
    );
  }
  console.log(
    `  matched attributions ${matched}: same source ${pct(sameSource, matched)}, same content ${pct(sameContent, matched)}; ` +
      `gold has no source in ${goldNoSource}, of which predicted without source ${pct(bothNoSource, goldNoSource)}`,
  );
  console.log(
    `  false attributions ${spurious}: cue inside a gold content in ${nested} (a nested attribution, which PolNeAR's one-label-per-token ` +
      `annotation cannot mark), cue shared with another predicted attribution in ${repeated}`,
  );
  console.log('\nTen most frequent, by kind (lower-cased; «…» are words, − missing from the prediction, + extra in it):');
  console.log(`  missed gold cues: ${missedCues.top()}`);
  console.log(`  false-positive cues: ${spuriousCues.top()}`);
  console.log(`  cue boundaries: ${boundaries.cue.top()}`);
  console.log(`  source boundaries: ${boundaries.source.top()}`);
  console.log(`  content boundaries: ${boundaries.content.top()}`);
  console.log(`  gold source not predicted (attribution found): ${missedSources.top()}`);
  console.log(`  source predicted where gold has none: ${spuriousSources.top()}`);
}

// --- Cue statistics (--cue-stats) -------------------------------------------------------------------------------

/** Uses inside a gold cue a word needs before it is listed, and the share of its uses they must be. */
const cueStatsMinCues = 8;
const cueStatsMinRatio = 0.25;

// Prints counts and words only; nothing is written to a file.
function printCueStats(dir: string, limit: number | undefined): void {
  const {articles: all, missing} = loadPolnear(dir, 'train');
  const articles = limit === undefined ? all : all.slice(0, limit);
  const stats = cueWordStats(articles).filter((s) => s.cues >= cueStatsMinCues && s.ratio >= cueStatsMinRatio);
  console.log(
    `Words that are a cue in at least a quarter of their uses in PolNeAR train; lexicon candidates, to be curated by hand.\n` +
      `${articles.length} of ${all.length} train articles${missing.length > 0 ? ` (${missing.length} listed without an annotation file)` : ''}, ` +
      'one annotator file each. A use is a cue when the word overlaps a gold Cue span (the trigger where an attribution has ' +
      `no Cue role). Words lower-cased, letters with inner ' or -; listed when inside a cue at least ${cueStatsMinCues} times; ` +
      'most cue uses first.\n',
  );
  const width = Math.max('word'.length, ...stats.map((s) => s.word.length));
  const cueWidth = Math.max('cue-count'.length, ...stats.map((s) => String(s.cues).length));
  const occurrenceWidth = Math.max(...stats.map((s) => String(s.occurrences).length), 1);
  console.log(`${'word'.padEnd(width)}  ${'cue-count'.padStart(cueWidth)} / occurrences = ratio`);
  for (const s of stats) {
    console.log(`${s.word.padEnd(width)}  ${String(s.cues).padStart(cueWidth)} / ${String(s.occurrences).padStart(occurrenceWidth)} = ${s.ratio.toFixed(2)}`);
  }
  console.log(`\n${stats.length} word${stats.length === 1 ? '' : 's'}.`);
}

// --- Main ---------------------------------------------------------------------------------------------------------

async function loadSystem(baselineWanted: boolean): Promise<{name: string; system: System}> {
  if (baselineWanted) return {name: 'README baseline', system: baseline};
  // Imported here so --baseline still runs while the core is mid-change.
  let core: typeof import('../src/core/index.js');
  try {
    core = await import('../src/core/index.js');
  } catch (error) {
    throw new Error(`The lint core failed to load (mid-change?); --baseline still runs. ${(error as Error).stack ?? String(error)}`);
  }
  return {name: 'sourced', system: (text) => core.attributionRecords(core.lint(text))};
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const dir = polnearDir(repoRoot);
  if (!fs.existsSync(path.join(dir, 'metadata.tsv'))) {
    const what = options.cueStats ? 'the cue statistics' : 'the PolNeAR evaluation';
    console.log(`PolNeAR is not at ${dir} (it is kept outside the repository and has no licence); skipping ${what}.`);
    return;
  }
  if (options.cueStats) {
    printCueStats(dir, options.limit);
    return;
  }
  const {name, system} = await loadSystem(options.baseline);
  const allRuns: Run[] = [];
  for (const split of options.splits) {
    const {articles: all, missing} = loadPolnear(dir, split);
    const articles = options.limit === undefined ? all : all.slice(0, options.limit);
    const invalid = {count: 0};
    const runs = runSplit(articles, system, invalid);
    allRuns.push(...runs);
    const totals = emptyTotals();
    for (const run of runs) addArticle(totals, run.score);
    const failed = runs.filter((r) => r.error !== undefined);
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    const mean = ms.reduce((s, x) => s + x, 0) / Math.max(1, ms.length);
    console.log(
      `\nPolNeAR ${split}: ${name} on ${articles.length} of ${all.length} articles` +
        `${missing.length > 0 ? ` (${missing.length} listed without an annotation file)` : ''}. ` +
        'Exact = equal ends after trimming whitespace, punctuation and quotes; overlap = exact plus token overlap ratio of the remaining overlapping pairs.\n',
    );
    printTable(totals);
    console.log(
      `\n${name === 'sourced' ? 'lint + attributionRecords' : 'baseline'}: ${mean.toFixed(1)} ms/article mean, median ${percentile(ms, 0.5).toFixed(1)}, ` +
        `max ${(ms.at(-1) ?? 0).toFixed(1)}; threw on ${failed.length} article(s)${failed.length > 0 ? ' (scored as predicting nothing)' : ''}` +
        `${invalid.count > 0 ? `; ${invalid.count} record(s) dropped: offsets outside the text or span text ≠ text at its offsets` : ''}.`,
    );
    for (const f of failed.slice(0, 5)) console.log(`  threw on ${f.article.name}: ${clip(f.error!, 200)}`);
    const notes = articles.map((a) => a.notes);
    const sum = (pick: (n: PolnearArticle['notes']) => number): number => notes.reduce((s, n) => s + pick(n), 0);
    const odd = [
      [sum((n) => n.emptyEvents), 'attribution lines with no roles skipped'],
      [sum((n) => n.continuedLines), 'continued .ann lines skipped'],
      [sum((n) => n.orphanSpans), 'source/cue/content spans in no attribution (not scored)'],
      [sum((n) => n.typeMismatches.length), 'roles pointing at a span of another type (role wins)'],
      [sum((n) => n.missingSpans.length), 'roles pointing at a missing span'],
      [sum((n) => n.textMismatches.length), 'span texts ≠ text at their offsets'],
      [sum((n) => n.cueFromTrigger), 'attributions without a Cue role (trigger used)'],
    ].filter(([n]) => (n as number) > 0);
    if (odd.length > 0) console.log(`Gold: ${odd.map(([n, what]) => `${n} ${what}`).join('; ')}.`);
  }
  console.log(
    '\nPublished figures are exact F1 on the held-out test split (84 articles, December 2016), not on these splits; ' +
      'the README baseline is the same trivial rules scored on dev (run --baseline to reproduce).',
  );
  const analysed = options.splits.includes('train') ? allRuns.filter((r) => r.article.split === 'train') : allRuns;
  printErrorAnalysis(analysed, `${options.splits.includes('train') ? 'train' : 'dev'}, ${analysed.length} articles`);
  if (options.errorsFile) {
    const errors = collectErrors(allRuns);
    fs.writeFileSync(options.errorsFile, `${JSON.stringify({system: name, splits: options.splits, limit: options.limit ?? null, errors}, null, 1)}\n`);
    const counts = Object.entries(errors).map(([type, items]) => `${type} ${items.length}`).join(', ');
    console.log(`\nWrote ${options.errorsFile} (${counts}). It holds corpus text: keep it outside the repository.`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
