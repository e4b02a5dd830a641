// The engine: parse once, build the shared context, run the enabled rules, then suppress, dedupe, merge (merge.ts) and sort.
import {analyse, toFigures} from './analysis.js';
import {defaultConfig} from './config.js';
import {createLocator} from './location.js';
import {parseForLint} from './parse.js';
import {plainParagraph, plainShape, type PlainShape} from './plain.js';
import {splitChunks} from './chunks.js';
import {AnalysisMemo} from './memo.js';
import {mergeKey, mergeSameClaim} from './merge.js';
import {collectProse, sourceEnd, sourceStart, type HtmlItem} from './prose.js';
import {rules as allRules} from './rules/index.js';
import {collectSentences} from './sentences.js';
import {partitionPoint} from './search.js';
import {applyDirectives, collectDirectives, type DirectiveProblem} from './suppressions.js';
import {detectLanguage, detectionLength, draftLanguage, languageNames, type DraftLanguage} from './languages/detect.js';
import {forgetFolds} from './languages/gate.js';
import {resourcesFor} from './languages/index.js';
import {formatMessage} from './messages/index.js';
import type {AcceptedFinding, Attribution, Config, Finding, LintResult, ProseBlock, Rule, RuleContext, Sentence} from './types.js';
import {mapPacked} from './arrays.js';

/** Options for `lint`. */
export interface LintOptions {
  /** Resolved configuration; defaults apply when omitted. */
  config?: Readonly<Config>;
  /** Rules to run instead of the registry (benchmarks and tests run one rule alone). */
  rules?: readonly Rule[];
  /**
   * Honour inline control comments (`sourced-disable…`, `sourced-accept`); default true. False ignores every one of
   * them, as ESLint's `--no-inline-config` does: nothing is silenced or accepted and no directive is reported.
   */
  inlineConfig?: boolean;
  /**
   * Build suggestions, the fixes of kind `suggestion` a writer picks one at a time (among them "Attribute to …",
   * which ranks the draft's sources for each claim); default true. False leaves each finding only its `safe` fixes,
   * all that `sourced check` reports or `--fix` applies: the CLI's lint skips ranking sources it would drop.
   */
  suggestions?: boolean;
}

/**
 * Lint a Markdown draft.
 *
 * @param source
 *   The whole document, front matter included.
 * @param options
 *   Configuration and rule selection.
 * @returns
 *   Findings (sorted by position), attributions, figures and the sources the draft names.
 * @example
 *   lint('It resulted in 1,140 casualties.').findings[0].ruleId // 'unsourced-figure'
 */
export function lint(source: string, options: LintOptions = {}): LintResult {
  const {blocks, html} = parseGathered(source, splitChunks(source), batchLength);
  return lintProse(source, blocks, html, options, undefined, detectLanguage);
}

/**
 * Parse a text (a whole draft or one chunk of it) into prose blocks and raw HTML, offsets relative to the text. A chunk
 * of plain lines skips the parser (see plain.ts); `shape` is its `plainShape` when known (null: not plain).
 */
function parseProse(text: string, shape?: PlainShape | null): ChunkParse {
  const html: HtmlItem[] = [];
  const plain = plainParagraph(text, shape);
  if (plain) return {blocks: collectProse(plain, text, html), html};
  const {root, parsed} = parseForLint(text);
  return {blocks: collectProse(root, parsed, html), html};
}

/** A linter that remembers the parse and analysis of each chunk of a draft between calls. */
export interface Linter {
  /**
   * Same result as `lint(source, options)`, re-parsing only the chunks that changed since the last call and
   * re-analysing only the sentences whose text changed.
   */
  lint(source: string, options?: LintOptions): LintResult;
}

interface ChunkParse {
  /** Blocks with offsets relative to the chunk's start. */
  blocks: ProseBlock[];
  html: HtmlItem[];
}

/**
 * Create a linter for one document that is edited and re-linted often (the editor's case). The document is
 * split at blank lines where nothing carries over (see `splitChunks`); an edit inside one paragraph re-parses
 * that paragraph alone. The analysis of each block and sentence (sentence splitting, tokens, attribution
 * candidates, figures and their kinds, quotations) is kept too and reused while its text is unchanged; what
 * crosses paragraphs (sources carried forward, continued quotes, block-quote speakers, repeated figures) and the
 * rules run again over the kept pieces. Results are identical to `lint`.
 *
 * @example
 *   const linter = createLinter();
 *   linter.lint(text); // parses everything
 *   linter.lint(textWithOneWordChanged); // parses one chunk
 */
export function createLinter(): Linter {
  let cache = new Map<string, ChunkParse>();
  const memo = new AnalysisMemo();
  // The opening paragraphs detection read last time, and its answer: an edit further down leaves them unchanged.
  let detected: {prose: string; code: string | undefined} | undefined;
  const detect = (prose: string): string | undefined => {
    if (detected?.prose !== prose) detected = {prose, code: detectLanguage(prose)};
    return detected.code;
  };
  return {
    lint(source, options = {}) {
      const next = new Map<string, ChunkParse>();
      const {blocks, html} = parseChunks(source, splitChunks(source), (text) => {
        const chunk = next.get(text) ?? cache.get(text) ?? parseProse(text);
        next.set(text, chunk);
        return chunk;
      });
      cache = next;
      return lintProse(source, blocks, html, options, memo, detect);
    },
  };
}

/** Characters `lint` parses at once: about 1,300 words, a few dozen paragraphs. */
const batchLength = 8192;

/**
 * Parse a whole draft chunk by chunk (the chunks of `splitChunks`), with the result of one parse of the whole text.
 * A chunk of plain lines is read without the parser (see plain.ts). The others are gathered, in document order, into
 * texts of at least `length` characters (the last of each may be shorter), each parsed once: nothing carries over
 * between chunks, so a gathered text parses as each of its chunks would alone, and one parse of several chunks costs
 * less than one each (micromark builds its tables of constructs per parse). A chunk that may hold a table or a
 * footnote call (a `|` or a `[^`) is gathered only with chunks that may too, so the syntax extensions it needs (see
 * parse.ts) are not tried on the others; and a gathered text stays short, because micromark's lazy-line handling
 * copies every event parsed so far for each lazy continuation line.
 *
 * @param source
 *   The whole document, which `chunks` index.
 * @param chunks
 *   `[start, end)` ranges (UTF-16 offsets) covering `source` in order.
 * @param length
 *   The length, in UTF-16 code units, at which a gathered text is parsed.
 * @returns
 *   Prose blocks and HTML with offsets into `source`, in document order, as `parseChunks` gives them.
 */
function parseGathered(source: string, chunks: ReadonlyArray<[number, number]>, length: number): ChunkParse {
  // Each chunk: read directly (`plain`), or its gathered text (`gather`) and where it starts in that text (`at`).
  const pieces: Array<{start: number; end: number; plain?: ChunkParse; gather: number; at: number}> = [];
  const texts: string[] = [];
  // The gathered text still open for each set of needs (table | footnote << 1), or -1.
  const open = [-1, -1, -1, -1];
  let pipe = source.indexOf('|');
  let footnote = source.indexOf('[^');
  for (const [from, end] of chunks) {
    // micromark drops a byte order mark that opens the text and counts every offset from after it, one short of the
    // source's (a block quote's text then mapped one character early; found by the fuzz suite, seed 2011190366): the
    // first chunk is read without the mark and shifted by one, as any later chunk is by its start.
    const start = from === 0 && source.charCodeAt(0) === 0xfeff ? 1 : from;
    const text = source.slice(start, end);
    // (A paragraph of plain lines, or a heading of one, is read without the parser: see plain.ts. The shape is taken of
    // the chunk as the source has it, mark and all, as the editor's linter takes it.)
    const shape = plainShape(from === start ? text : source.slice(from, end));
    if (shape) {
      pieces.push({start, end, plain: parseProse(text, shape), gather: -1, at: 0});
      continue;
    }
    // (The next `|` and `[^` at or after the chunk's start, found once each: chunks come in order.)
    while (pipe >= 0 && pipe < from) pipe = source.indexOf('|', from);
    while (footnote >= 0 && footnote < from) footnote = source.indexOf('[^', from);
    const needs = Number(pipe >= 0 && pipe < end) | (Number(footnote >= 0 && footnote + 1 < end) << 1);
    let gather = open[needs];
    if (gather < 0) {
      gather = texts.length;
      texts.push('');
      open[needs] = gather;
    }
    pieces.push({start, end, gather, at: texts[gather].length});
    texts[gather] += text;
    if (texts[gather].length >= length) open[needs] = -1;
  }
  const parses = mapPacked(texts, (text) => parseProse(text, null));
  // How far each gathered text's blocks and HTML have been handed out (they come in document order).
  const nextBlock = mapPacked(parses, () => 0);
  const nextHtml = mapPacked(parses, () => 0);
  const blocks: ProseBlock[] = [];
  const html: HtmlItem[] = [];
  let groups = 0;
  // Group ids of each gathered text, shifted once for all its chunks: distinct from every other parse's.
  const groupShift = mapPacked(parses, () => -1);
  for (const piece of pieces) {
    const parse = piece.plain ?? parses[piece.gather];
    let b = piece.plain ? 0 : nextBlock[piece.gather];
    let h = piece.plain ? 0 : nextHtml[piece.gather];
    // The piece's part of its parse: what starts before the piece's end in the parsed text.
    const limit = piece.plain ? Infinity : piece.at + (piece.end - piece.start);
    const shift = piece.start - piece.at;
    let shiftGroups = groups;
    if (!piece.plain) {
      if (groupShift[piece.gather] < 0) {
        groupShift[piece.gather] = groups;
        groups += maxParent(parse.blocks);
      }
      shiftGroups = groupShift[piece.gather];
    } else groups += maxParent(parse.blocks);
    for (; b < parse.blocks.length && parse.blocks[b].offsets.base + parse.blocks[b].offsets.source[0] < limit; b++) {
      const block = parse.blocks[b];
      blocks.push({
        ...block,
        offsets: shift === 0 ? block.offsets : {...block.offsets, base: block.offsets.base + shift},
        parent: block.parent === 0 ? 0 : block.parent + shiftGroups,
      });
    }
    for (; h < parse.html.length && parse.html[h].start < limit; h++) html.push({value: parse.html[h].value, start: parse.html[h].start + shift});
    if (!piece.plain) {
      nextBlock[piece.gather] = b;
      nextHtml[piece.gather] = h;
    }
  }
  return {blocks, html};
}

/** The largest group id among `blocks` (0 when none is inside a container). */
function maxParent(blocks: readonly ProseBlock[]): number {
  let max = 0;
  for (const b of blocks) if (b.parent > max) max = b.parent;
  return max;
}

/**
 * Parse `source` chunk by chunk, each `[start, end)` range of `ranges` (the chunks of `splitChunks`) by `parse`, and
 * shift the blocks and HTML to the draft's offsets: the editor's linter, which parses only the chunks it has not seen.
 * The result equals one parse of the whole text (see `parseGathered` for `lint`'s way).
 *
 * @param ranges
 *   Chunks in order.
 * @param parse
 *   The parse of one chunk's text, offsets relative to its start (the editor's linter answers from its cache).
 */
function parseChunks(source: string, ranges: ReadonlyArray<readonly [number, number]>, parse: (text: string) => ChunkParse): ChunkParse {
  const blocks: ProseBlock[] = [];
  const html: HtmlItem[] = [];
  let groups = 0;
  for (const [from, end] of ranges) {
    // micromark drops a byte order mark that opens the text and counts every offset from after it, one short of the
    // source's (a block quote's text then mapped one character early; found by the fuzz suite, seed 2011190366): the
    // first piece is parsed without the mark and shifted by one, as any later piece is by its start.
    const start = from === 0 && source.charCodeAt(0) === 0xfeff ? 1 : from;
    const chunk = parse(source.slice(start, end));
    // Group ids count nested containers in document order, as one parse of the whole text would.
    let maxGroup = 0;
    for (const b of chunk.blocks) {
      maxGroup = Math.max(maxGroup, b.parent);
      blocks.push({
        ...b,
        offsets: start === 0 ? b.offsets : {...b.offsets, base: b.offsets.base + start},
        parent: b.parent === 0 ? 0 : b.parent + groups,
      });
    }
    groups += maxGroup;
    for (const h of chunk.html) html.push({value: h.value, start: h.start + start});
  }
  return {blocks, html};
}

/**
 * Everything after parsing: sentences, the attribution model, the rules, and the finishing pipeline.
 *
 * @param detect
 *   Language detection of the opening paragraphs (`detectLanguage`, or the editor's linter's remembering one).
 */
function lintProse(source: string, blocks: ProseBlock[], html: readonly HtmlItem[], options: LintOptions, memo: AnalysisMemo | undefined, detect: (prose: string) => string | undefined): LintResult {
  const config = options.config ?? defaultConfig;
  const language = draftLanguage(source, () => paragraphsPrefix(blocks, detectionLength), config.language, detect);
  const resources = resourcesFor(language.code);
  if (!resources) return unsupported(source, blocks, language);
  memo?.begin(resources, config);
  forgetFolds();
  const sentences = collectSentences(blocks, resources, memo);
  const analysis = analyse(resources, blocks, sentences, config, memo);
  memo?.end();
  const findings: Finding[] = [];
  const selected = options.rules ?? allRules;
  const suggestions = options.suggestions !== false;
  // Findings a rule marked for the merge step (see merge.ts), by `mergeKey`.
  const marks = new Map<string, 'reportive'>();
  const run = (rule: Rule, directiveProblems: readonly DirectiveProblem[], into: Finding[]): void => {
    const severity = config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') return;
    const context: RuleContext = {
      source,
      blocks,
      sentences,
      analysis,
      config,
      directiveProblems,
      language: resources,
      memo,
      suggestions,
      report(r) {
        if (!(r.start >= 0 && r.end >= r.start && r.end <= source.length)) return;
        const graded = r.severity ?? severity;
        if (graded === 'off') return;
        const {message, note} = formatMessage('en', rule.id, r.messageId, r.data);
        if (r.mood !== undefined) marks.set(mergeKey({ruleId: rule.id, start: r.start, end: r.end}), r.mood);
        into.push({
          ruleId: rule.id,
          severity: graded,
          message,
          ...(note === undefined ? {} : {note}),
          messageId: r.messageId,
          ...(r.data === undefined ? {} : {data: r.data}),
          start: r.start,
          end: r.end,
          actual: source.slice(r.start, r.end),
          fixes: (r.fixes ?? []).filter((f) => (suggestions || f.kind === 'safe') &&
            f.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= source.length)),
        });
      },
    };
    rule.check(context);
  };
  for (const rule of selected) if (!rule.afterDirectives) run(rule, [], findings);

  // Only drafts that hold a directive pay for reading them and for the line table.
  let kept: Finding[] = findings;
  let accepted: AcceptedFinding[] = [];
  if (options.inlineConfig !== false && html.some((h) => h.value.includes('sourced-'))) {
    const locator = createLocator(source);
    const directives = collectDirectives(html, source, locator);
    const outcome = applyDirectives(directives, findings, locator, source.length, mapPacked(allRules, (r) => r.id));
    kept = outcome.kept;
    accepted = outcome.accepted;
    for (const rule of selected) if (rule.afterDirectives) run(rule, outcome.problems, kept);
  }
  const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
  kept = dedupe(kept);
  accepted = dedupe(accepted);
  // One problem, one finding: findings of two rules on one claim fold into one, after the directives (merge.ts). An
  // accepted finding absorbs a kept one on its claim (the writer accepted the merged finding), and is absorbed too.
  if (kept.length + accepted.length > 1) {
    const all = mergeSameClaim<Finding | AcceptedFinding>([...kept, ...accepted], {source, sentenceAt: sentenceLocator(blocks, sentences), language: resources, marks});
    kept = all.filter((f) => !('accepted' in f));
    accepted = all.filter((f): f is AcceptedFinding => 'accepted' in f);
  }
  kept.sort(byPosition);
  accepted.sort(byPosition);

  const span = (start: number, end: number) => ({start, end, text: source.slice(start, end)});
  const attributions: Attribution[] = mapPacked(analysis.attributions, (a) => ({
    source: a.source && span(a.source.start, a.source.end),
    cue: span(a.cue.start, a.cue.end),
    content: mapPacked(a.content, (r) => ({start: r.start, end: r.end})),
    kind: a.kind,
    quality: a.quality,
    name: a.name,
    start: a.start,
    end: a.end,
    cueKind: a.cueKind,
    sentenceStart: a.sentenceStart,
    sentenceEnd: a.sentenceEnd,
    ...(a.inQuotation ? {inQuotation: true} : {}),
  }));
  return {findings: kept, accepted, attributions, figures: toFigures(analysis), sources: analysis.sources, language: language.code};
}

/**
 * The paragraphs' text joined by line breaks, cut once it holds `length` characters: the start of what
 * `detectLanguage` reads, without joining a whole long draft.
 */
function paragraphsPrefix(blocks: readonly ProseBlock[], length: number): string {
  let text = '';
  let first = true;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    text = first ? b.text : `${text}\n${b.text}`;
    first = false;
    if (text.length >= length) break;
  }
  return text;
}

/**
 * The index of the sentence that holds a source offset (UTF-16), or -1 outside every sentence, for the merge step. The
 * sentences' source starts are found on the first call only, then each call is a binary search.
 */
function sentenceLocator(blocks: readonly ProseBlock[], sentences: readonly Sentence[]): (offset: number) => number {
  let starts: number[] | undefined;
  let ends: number[] | undefined;
  return (offset) => {
    if (!starts || !ends) {
      starts = mapPacked(sentences, (s) => sourceStart(blocks[s.block], s.from));
      ends = mapPacked(sentences, (s) => s.to > s.from ? sourceEnd(blocks[s.block], s.to - 1) : sourceStart(blocks[s.block], s.from));
    }
    const known = starts;
    const found = partitionPoint(known.length, (i) => known[i] > offset) - 1;
    return found >= 0 && offset < ends[found] ? found : -1;
  };
}

/** Drop repeated findings (same rule, same range), keeping the first. */
function dedupe<T extends Finding>(findings: readonly T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Id of the engine's finding for a draft in a language Sourced does not check (not a rule: it cannot be configured). */
export const unsupportedLanguageId = 'unsupported-language';

/**
 * The result for a draft in a language Sourced has no resources for: one info finding on its first word, saying so,
 * instead of findings read with another language's words.
 */
function unsupported(source: string, blocks: readonly ProseBlock[], language: DraftLanguage): LintResult {
  const first = blocks.find((b) => b.kind === 'paragraph') ?? blocks[0];
  const word = first ? /[\p{L}\p{N}]+/u.exec(first.text) : null;
  const start = first && word ? sourceStart(first, word.index) : 0;
  const end = first && word ? sourceEnd(first, word.index + word[0].length - 1) : 0;
  // A language detection knows by name is translated; any other code is shown as declared.
  const name = Object.hasOwn(languageNames, language.code) ? {term: `language.${language.code}`} : `"${language.code}"`;
  const messageId = language.origin === 'detected' ? 'detected' : language.origin === 'front-matter' ? 'declared' : 'configured';
  const data = {language: name};
  const finding: Finding = {
    ruleId: unsupportedLanguageId,
    severity: 'info',
    ...formatMessage('en', unsupportedLanguageId, messageId, data),
    messageId,
    data,
    start,
    end,
    actual: source.slice(start, end),
    fixes: [],
  };
  return {findings: [finding], attributions: [], figures: [], sources: [], language: language.code};
}
