// Invariants the lint core must keep under any input; each check throws an AssertionError naming what broke.
import assert from 'node:assert/strict';
import {applyFixes, createLocator, lint, resolveConfig, ruleIds, type Config, type Finding, type LintResult} from '../../src/core/index.js';
// The core's own parser, read-only: the fix property needs block boundaries exactly as the linter sees them.
import {parseMarkdown} from '../../src/core/parse.js';

/** How many cases each property tries: few in `npm test` (CI stays fast), many in `npm run fuzz`. */
export function runsFor(mode: 'unit' | 'long'): {lint: number; fix: number; locator: number; config: number} {
  return mode === 'unit' ? {lint: 100, fix: 40, locator: 100, config: 50} : {lint: 4_000, fix: 1_500, locator: 4_000, config: 2_000};
}

/** True when offset `at` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Assert `[start, end)` is a non-inverted range inside `text` that does not split a surrogate pair. */
export function assertRange(text: string, start: number, end: number, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}..${end} are not integers`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: range ${start}..${end} is outside 0..${text.length} or inverted`);
  assert.ok(!splitsPair(text, start), `${what}: start ${start} splits a surrogate pair`);
  assert.ok(!splitsPair(text, end), `${what}: end ${end} splits a surrogate pair`);
}

/** True when `s` holds no lone surrogate (String#isWellFormed is ES2024, beyond the project's lib). */
function wellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/** In a well-formed draft, strings the core derives from it (names, figures, fix texts) must be well-formed too. */
function assertWellFormed(text: string, value: string, what: string): void {
  if (wellFormed(text)) assert.ok(wellFormed(value), `${what}: ${JSON.stringify(value)} holds a lone surrogate`);
}

/** Every range in a lint result is valid for `text`: findings, fix edits, attributions, figures and source claims. */
export function assertResultRanges(text: string, result: LintResult): void {
  result.findings.forEach((f, i) => {
    const what = `finding ${i} (${f.ruleId} ${JSON.stringify(f.actual)})`;
    assertRange(text, f.start, f.end, what);
    assert.equal(f.actual, text.slice(f.start, f.end), `${what}: actual is not the text at its range`);
    assertWellFormed(text, f.message, `${what} message`);
    f.fixes.forEach((fix, j) => {
      for (const [k, e] of fix.edits.entries()) {
        assertRange(text, e.start, e.end, `${what} fix ${j} edit ${k}`);
        assertWellFormed(text, e.text, `${what} fix ${j} edit ${k} text`);
      }
    });
  });
  result.attributions.forEach((a, i) => {
    assertRange(text, a.start, a.end, `attribution ${i} (${JSON.stringify(a.name)})`);
    assertRange(text, a.sentenceStart, a.sentenceEnd, `attribution ${i} sentence`);
    assert.ok(a.sentenceStart <= a.start && a.end <= a.sentenceEnd, `attribution ${i} (${JSON.stringify(a.name)} at ${a.start}..${a.end}) lies outside its sentence ${a.sentenceStart}..${a.sentenceEnd}`);
    assertWellFormed(text, a.name, `attribution ${i} name`);
  });
  result.figures.forEach((f, i) => {
    assertRange(text, f.start, f.end, `figure ${i} (${JSON.stringify(f.text)})`);
    assertWellFormed(text, f.text, `figure ${i} text`);
    if (f.attribution !== undefined) assert.ok(f.attribution >= 0 && f.attribution < result.attributions.length, `figure ${i}: attribution index ${f.attribution} out of range`);
  });
  result.sources.forEach((s, i) => {
    for (const a of s.attributions) assert.ok(a >= 0 && a < result.attributions.length, `source ${i}: attribution index ${a} out of range`);
    s.claims.forEach((c, j) => {
      assertRange(text, c.start, c.end, `source ${i} (${JSON.stringify(s.name)}) claim ${j}`);
      assertWellFormed(text, c.text, `source ${i} claim ${j} text`);
    });
  });
}

/** Lint twice: never throws, same result both times, every range valid. Returns the result. */
export function checkLint(text: string, config?: Readonly<Config>): LintResult {
  const first = lint(text, {config});
  const second = lint(text, {config});
  assert.deepEqual(second, first, 'lint is not deterministic');
  assertResultRanges(text, first);
  return first;
}

/** A top-level Markdown block: its type, `[start, end)` offsets and whether any text of it is prose. */
interface TopBlock {
  type: string;
  start: number;
  end: number;
  /**
   * Whether the block holds a text node: code, HTML, front matter, rules and definitions do not, nor does a block quote
   * or list holding only those ('> <!-- -->', fuzz seed 1591750789: the prose after it is the nearest prose block).
   */
  prose: boolean;
}

/**
 * `[start, end)` of the text a fix may legitimately affect: the top-level Markdown blocks holding `from..to`,
 * plus the nearest block with prose on either side (a table or block quote borrows the attribution of the
 * prose next to it, skipping code and HTML in between). `nodes` are the text's top-level blocks.
 */
function reachOfEdit(text: string, nodes: readonly TopBlock[], from: number, to: number): [number, number] {
  let first = nodes.findIndex((n) => n.end >= from);
  if (first < 0) return [0, text.length];
  let last = first;
  while (last + 1 < nodes.length && nodes[last + 1].start <= to) last++;
  do first--; while (first >= 0 && !nodes[first].prose);
  do last++; while (last < nodes.length && !nodes[last].prose);
  // (And every block quote right after that: a run of block quotes takes its speaker from the paragraph before the first
  // one and carries it on (EDITORIAL-STANDARD.md §3), so a source the fix adds reaches all of them. Session 41, seed
  // 1607377998.)
  if (last < nodes.length && nodes[last].type === 'blockquote') last = quoteRunEnd(nodes, last);
  return [first >= 0 ? nodes[first].start : 0, last < nodes.length ? nodes[last].end : text.length];
}

/**
 * The index of the last block quote of the run right after `nodes[k]` (blocks with no prose do not break a run), or `k`
 * when no block quote follows it: a run of block quotes takes its speaker from the block before it.
 */
function quoteRunEnd(nodes: readonly TopBlock[], k: number): number {
  for (;;) {
    let next = k + 1;
    while (next < nodes.length && !nodes[next].prose) next++;
    if (next >= nodes.length || nodes[next].type !== 'blockquote') return k;
    k = next;
  }
}

/** The top-level Markdown blocks of `text`. */
function topLevelBlocks(text: string): TopBlock[] {
  // (Prose is text with a letter or a digit: a paragraph of an emoji alone, "*😀*", says nothing, and a speaker carried
  // over it reaches the block after it; session 41, seed 1607377998.)
  const hasText = (n: {type: string; value?: string; children?: unknown[]}): boolean =>
    n.type === 'text' && /[\p{L}\p{N}]/u.test(n.value ?? '') || (n.children ?? []).some((c) => hasText(c as {type: string; value?: string; children?: unknown[]}));
  return parseMarkdown(text).children.map((n) => ({type: n.type, start: n.position!.start.offset!, end: n.position!.end.offset!, prose: hasText(n)}));
}

/**
 * `[start, end)` of each heading (of the top-level blocks `nodes`, before any edit) whose lede, the next top-level block that is neither a
 * heading nor without prose, overlaps `[spanStart, spanEnd)`: a hedge in such a headline sums up the lede's source.
 */
function headingsWithLedeIn(nodes: readonly TopBlock[], spanStart: number, spanEnd: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  nodes.forEach((n, i) => {
    if (n.type !== 'heading') return;
    let j = i + 1;
    while (j < nodes.length && (nodes[j].type === 'heading' || !nodes[j].prose)) j++;
    if (j < nodes.length && nodes[j].start < spanEnd && spanStart < nodes[j].end) out.push([n.start, n.end]);
  });
  return out;
}

const key = (f: Finding): string => `${f.ruleId}\u0000${f.actual}`;

/**
 * Apply one fix: the result lints without throwing, with valid ranges, and findings beyond the edit's reach
 * (its blocks and the nearest prose block either side) keep their rule, words and offsets (shifted by the edit's length change).
 * By design a headline figure borrows the source of the same figure anywhere in the body, a headline's hedge is
 * answered by a named source in its lede (the first body block after it), and a later block that repeats a figure of
 * the fix's reach plainly continues its source (EDITORIAL-STANDARD.md §2, sources carried forward), with the block
 * quotes right after it, which take their speaker from it (§3): those may change.
 */
export function checkFix(text: string, before: LintResult, fixEdits: ReadonlyArray<{start: number; end: number; text: string}>, config?: Readonly<Config>): void {
  const after = applyFixes(text, fixEdits);
  const result = lint(after, {config});
  assertResultRanges(after, result);
  if (fixEdits.length === 0) return;
  const from = Math.min(...fixEdits.map((e) => e.start));
  const to = Math.max(...fixEdits.map((e) => e.end));
  const delta = after.length - text.length;
  const nodes = topLevelBlocks(text);
  const [spanStart, spanEnd] = reachOfEdit(text, nodes, from, to);
  const twins = new Set(before.figures.filter((f) => f.start >= spanStart && f.end <= spanEnd).map((f) => f.text));
  const answered = headingsWithLedeIn(nodes, spanStart, spanEnd);
  const continued = nodes.filter((b) => (b.end <= spanStart || b.start >= spanEnd) &&
    before.figures.some((f) => twins.has(f.text) && f.start >= b.start && f.end <= b.end));
  // (And the run of block quotes right after such a block, which takes its speaker from it, as after the reach; see
  // reachOfEdit.)
  const continuing = continued.flatMap((b) => {
    const k = nodes.indexOf(b);
    return nodes.slice(k, quoteRunEnd(nodes, k) + 1).filter((n, j) => j === 0 || n.type === 'blockquote' && n.prose);
  });
  // Each finding outside the reach, at its offsets in the text before the fix (those after the reach shifted back).
  const outside = (findings: Finding[], start: number, end: number) => findings
    .filter((f) => f.end <= start || f.start >= end)
    .map((f) => ({f, at: f.start < start ? f.start : f.start - (end - spanEnd), to: f.start < start ? f.end : f.end - (end - spanEnd)}))
    .filter(({f, at, to}) => !(f.ruleId === 'unsourced-figure' && twins.has(f.actual)) &&
      !(f.ruleId === 'hedging' && answered.some(([hs, he]) => at >= hs && to <= he)) &&
      !continuing.some((b) => at >= b.start && to <= b.end))
    .map(({f, at}) => `${at < spanStart ? 'before' : 'after'}:${at}:${key(f)}`).sort();
  assert.deepEqual(outside(result.findings, spanStart, spanEnd + delta), outside(before.findings, spanStart, spanEnd), `findings outside ${spanStart}..${spanEnd}, the reach of the fix, changed`);
}

/** `toOffset(toPoint(o)) === o` for every offset, and points are 1-based. */
export function checkLocator(text: string): void {
  const locator = createLocator(text);
  for (let o = 0; o <= text.length; o++) {
    const p = locator.toPoint(o);
    assert.ok(p.line >= 1 && p.column >= 1, `offset ${o}: point ${p.line}:${p.column} is not 1-based`);
    assert.equal(locator.toOffset(p), o, `offset ${o} → ${p.line}:${p.column} does not round-trip`);
  }
}

/** Text with case, whitespace and Markdown emphasis/escape markers removed, for comparing a match with its phrase. */
const bare = (s: string): string => s.toLowerCase().replace(/[\s\\*_~`]/g, '');

/**
 * A config phrase (as hedge, vague source and trusted source at once) is literal: lint never throws, and
 * every finding or trusted attribution it adds is the phrase's own text. The draft gets either the phrase
 * itself or a bait: the phrase stripped of its punctuation, which a pattern reading might still match.
 */
export function checkConfigPhrase(phrase: string, draft: string, literal: boolean): void {
  const config = resolveConfig({hedges: [phrase], vagueSources: [phrase], trustedSources: [phrase]}, ruleIds);
  const bait = `aaaa ${phrase.replace(/[^\p{L}\p{N}\s]/gu, '')} 1111`;
  const text = `${draft}\n\nThe plan ${literal ? phrase : bait} failed, officials said 40.\n`;
  const plain = lint(text);
  const result = checkLint(text, config);
  const known = new Set(plain.findings.map((f) => `${f.ruleId}:${f.start}:${f.end}`));
  for (const f of result.findings) {
    if (f.ruleId !== 'hedging' && f.ruleId !== 'vague-attribution') continue;
    if (known.has(`${f.ruleId}:${f.start}:${f.end}`)) continue;
    assert.equal(bare(f.actual), bare(phrase), `${f.ruleId} flagged ${JSON.stringify(f.actual)} for the literal phrase ${JSON.stringify(phrase)}`);
  }
  for (const a of result.attributions) {
    if (a.cueKind === 'trusted') assert.equal(bare(a.name), bare(phrase), `trusted source ${JSON.stringify(phrase)} matched ${JSON.stringify(a.name)}`);
  }
}
