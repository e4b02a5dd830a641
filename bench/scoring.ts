// Scores findings against corpus labels: a finding counts when its rule matches and its range overlaps the labelled words.
import {corpusRuleIds, type CorpusDoc, type Label} from './corpus.js';
import {prng} from './generate.js';

/** A finding reduced to what scoring needs; peers' messages are mapped to this shape too. */
export interface Found {
  rule: string;
  start: number;
  end: number;
  /** What the tool said, for the work list. */
  message: string;
}

/** Counts for one rule (or for all rules together). */
export interface Tally {
  /** Expected labels, and how many of them some finding covered. */
  labels: number;
  hits: number;
  /** Findings that matched a label, and findings that matched nothing expected or allowed. */
  correct: number;
  falseAlarms: number;
}

/** A label nobody found, or a finding nobody asked for, with the document it belongs to. */
export interface Miss {
  doc: CorpusDoc;
  label: Label;
}
export interface FalseAlarm {
  doc: CorpusDoc;
  found: Found;
}

/** Accumulated score of one tool over the corpus. */
export interface Score {
  perRule: Map<string, Tally>;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

/** An empty score with a tally for every corpus rule. */
export function emptyScore(): Score {
  return {perRule: new Map(corpusRuleIds.map((rule) => [rule, emptyTally()])), misses: [], falseAlarms: []};
}

function emptyTally(): Tally {
  return {labels: 0, hits: 0, correct: 0, falseAlarms: 0};
}

// A zero-width finding still points at a character: treat it as one unit wide.
function overlaps(found: Found, label: Label): boolean {
  const end = Math.max(found.end, found.start + 1);
  return found.rule === label.rule && found.start < label.end && label.start < end;
}

/**
 * Add one document's findings to `score`.
 *
 * @param score
 *   Accumulator, mutated.
 * @param doc
 *   The labelled document.
 * @param findings
 *   What the tool reported on `doc.text`; rules outside the corpus's rule set are ignored.
 */
export function scoreDoc(score: Score, doc: CorpusDoc, findings: readonly Found[]): void {
  const relevant = findings.filter((f) => score.perRule.has(f.rule));
  for (const label of doc.expect) {
    const tally = score.perRule.get(label.rule)!;
    tally.labels++;
    if (relevant.some((f) => overlaps(f, label))) tally.hits++;
    else score.misses.push({doc, label});
  }
  for (const found of relevant) {
    const tally = score.perRule.get(found.rule)!;
    if (doc.expect.some((label) => overlaps(found, label))) tally.correct++;
    else if (!doc.allow.some((label) => overlaps(found, label))) {
      tally.falseAlarms++;
      score.falseAlarms.push({doc, found});
    }
  }
}

/** Sum of the per-rule tallies, optionally restricted to some rules. */
export function total(score: Score, rules?: readonly string[]): Tally {
  const sum = emptyTally();
  for (const [rule, t] of score.perRule) {
    if (rules && !rules.includes(rule)) continue;
    sum.labels += t.labels;
    sum.hits += t.hits;
    sum.correct += t.correct;
    sum.falseAlarms += t.falseAlarms;
  }
  return sum;
}

/** Precision, recall and F1 of a tally; precision is undefined when nothing was reported. */
export function metrics(t: Tally): {precision: number | undefined; recall: number | undefined; f1: number | undefined} {
  const reported = t.correct + t.falseAlarms;
  const precision = reported === 0 ? undefined : t.correct / reported;
  const recall = t.labels === 0 ? undefined : t.hits / t.labels;
  const f1 =
    precision === undefined || recall === undefined
      ? undefined
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return {precision, recall, f1};
}

/** Binary classification counts (sentence level), for the external CoNLL-2010 signal. */
export interface Binary {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision, recall and F1 of binary counts. */
export function binaryMetrics(b: Binary): {precision: number | undefined; recall: number | undefined; f1: number | undefined} {
  return metrics({labels: b.tp + b.fn, hits: b.tp, correct: b.tp, falseAlarms: b.fp});
}

/** A two-sided interval `[low, high]` of a proportion, both in 0–1. */
export type Interval = readonly [number, number];

/**
 * Percentile bootstrap intervals for overall precision and recall, resampling whole documents (articles) with
 * replacement: how far the score of a set this size could move by the luck of which articles were drawn. Labels
 * and findings cluster by article, so articles, not labels, are the unit (Efron & Tibshirani 1993, ch. 13).
 *
 * @param perDoc one tally per document (the sum over its rules), in a fixed order.
 * @param options `rounds` resamples (default 2,000), `level` the coverage (default 0.9: the 5th and 95th
 *   percentiles), `seed` of the deterministic generator (default 1), so the printed interval is reproducible.
 * @returns an interval for precision and one for recall; a metric is `undefined` when it is undefined for the whole
 *   set (nothing reported, or no labels). Resamples where the metric is undefined are left out of its percentiles.
 * @throws RangeError when `perDoc` is empty, `rounds` < 1 or `level` is not strictly between 0 and 1.
 */
export function bootstrapInterval(
  perDoc: readonly Tally[],
  options: {rounds?: number; level?: number; seed?: number} = {},
): {precision: Interval | undefined; recall: Interval | undefined} {
  const rounds = options.rounds ?? 2000;
  const level = options.level ?? 0.9;
  if (perDoc.length === 0) throw new RangeError('bootstrapInterval: no documents');
  if (!(rounds >= 1) || !(level > 0 && level < 1)) throw new RangeError('bootstrapInterval: rounds ≥ 1 and 0 < level < 1');
  const random = prng(options.seed ?? 1);
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const sum = emptyTally();
    for (let i = 0; i < perDoc.length; i++) {
      const t = perDoc[Math.floor(random() * perDoc.length)]!;
      sum.labels += t.labels;
      sum.hits += t.hits;
      sum.correct += t.correct;
      sum.falseAlarms += t.falseAlarms;
    }
    const m = metrics(sum);
    if (m.precision !== undefined) precisions.push(m.precision);
    if (m.recall !== undefined) recalls.push(m.recall);
  }
  const whole = metrics(perDoc.reduce((s, t) => ({
    labels: s.labels + t.labels, hits: s.hits + t.hits, correct: s.correct + t.correct, falseAlarms: s.falseAlarms + t.falseAlarms,
  }), emptyTally()));
  const tail = (1 - level) / 2;
  const interval = (values: number[]): Interval => {
    values.sort((a, b) => a - b);
    const at = (q: number): number => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
    return [at(tail), at(1 - tail)];
  };
  return {
    precision: whole.precision === undefined ? undefined : interval(precisions),
    recall: whole.recall === undefined ? undefined : interval(recalls),
  };
}
