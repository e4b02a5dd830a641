// Markdown parsing: memoised unified processors with the syntax drafts use (CommonMark, tables, footnotes,
// front matter).
import type {Root} from 'mdast';
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmFootnote} from 'micromark-extension-gfm-footnote';
import {gfmTable} from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified, type Processor} from 'unified';

/**
 * Tables and footnotes only, not all of GFM: autolink literals and strikethrough cost about half again the
 * parse time on news copy, and bare URLs are masked in prose extraction instead (see prose.ts).
 */
function gfmSubset(this: Processor, options: {table: boolean; footnote: boolean}): void {
  const data = this.data() as {micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]};
  if (options.table) {
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  }
  if (options.footnote) {
    (data.micromarkExtensions ??= []).push(gfmFootnote());
    (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
  }
}

// One frozen processor per set of syntax extensions, made when first needed; index = table | footnote << 1 | front matter << 2.
const processors: Array<Processor | undefined> = [];

/**
 * The processor for `text`, with only the syntax extensions it can use: a GFM table needs a `|` (its delimiter
 * row has one), a footnote call or definition needs `[^`, and front matter opens the document with `---` or `+++`
 * (micromark tries it on line 1 only). Without them the tree is the same and the parse does not try every
 * paragraph line as a table header: about 13% of the lint above the parse on news copy (issue 14).
 */
function processorFor(text: string): Processor {
  const table = text.includes('|');
  const footnote = text.includes('[^');
  const frontMatter = /^\ufeff?(?:---|\+\+\+)/.test(text);
  const index = Number(table) | (Number(footnote) << 1) | (Number(frontMatter) << 2);
  let processor = processors[index];
  if (!processor) {
    let made = unified().use(remarkParse).use(gfmSubset, {table, footnote}) as unknown as Processor;
    if (frontMatter) made = made.use(remarkFrontmatter, ['yaml', 'toml']) as unknown as Processor;
    processor = made.freeze() as unknown as Processor;
    processors[index] = processor;
  }
  return processor;
}

/**
 * Parse the FULL text, front matter included, so every position refers to the original source.
 *
 * @param source
 *   Markdown text.
 */
export function parseMarkdown(source: string): Root {
  const parsed = capNesting(source);
  return processorFor(parsed).parse(parsed) as Root;
}

/**
 * Parse for linting: the tree plus the exact text it was parsed from (same length and offsets as `source`), which
 * is what prose extraction must align node values with.
 *
 * @param source
 *   Markdown text.
 */
export function parseForLint(source: string): {root: Root; parsed: string} {
  const parsed = capNesting(source);
  return {root: processorFor(parsed).parse(parsed) as Root, parsed};
}

/** Most emphasis delimiters ('*', '_') in one blank-line-separated segment; a long news paragraph has dozens. */
export const maxDelimiters = 2000;

/**
 * micromark resolves emphasis in time that grows with the square of its nesting ('*a ' × 8,000 takes 40 s).
 * In a segment with more delimiters than anyone writes, and in runs longer than `maxNesting`, the surplus
 * delimiters become no-break spaces: offsets stay put, words stay words, and emphasis never changes what is linted.
 */
function capEmphasis(source: string): string {
  let out = /([*_])\1{32}/.test(source)
    ? source.replace(/([*_])\1{32,}/g, (run) => run.slice(0, maxNesting) + '\u00a0'.repeat(run.length - maxNesting))
    : source;
  let count = 0;
  for (let i = 0; i < out.length; i++) if (out.charCodeAt(i) === 42 || out.charCodeAt(i) === 95) count++;
  if (count <= maxDelimiters) return out;
  out = out.replace(/(?:[^\n]|\n(?![ \t]*(?:\n|$)))+/g, (segment) => {
    let seen = 0;
    // A line-initial '* ' bullet keeps its meaning; only inline delimiters past the budget are neutralised.
    return segment.replace(/(^[ \t]*\*(?=[ \t]))|[*_]/gm, (ch, lead: string | undefined) => {
      if (lead !== undefined) return ch;
      seen++;
      return seen > maxDelimiters ? '\u00a0' : ch;
    });
  });
  return out;
}

/** Deepest container nesting parsed as such; real drafts never come close. */
export const maxNesting = 32;

// A line's run of container markers: block quote '>' and list bullets or numbers, each with its spacing.
const containerRun = /^(?:[ \t]{0,3}(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+)){33,}/gm;

/**
 * micromark's cost grows with the square of container depth (100,000 '>' take minutes), so markers beyond
 * `maxNesting` on a line are replaced, character for character, by letters: every offset stays the same,
 * and the surplus reads as plain text.
 */
export function capNesting(source: string): string {
  source = capEmphasis(source);
  if (!/(?:>|[-+*][ \t]|[.)][ \t])[ \t]{0,3}(?:>|[-+*][ \t]|\d)/.test(source)) return source;
  return source.replace(containerRun, (run) => {
    let depth = 0;
    let i = 0;
    const marker = /[ \t]{0,3}(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+)/y;
    while (depth < maxNesting) {
      marker.lastIndex = i;
      const m = marker.exec(run);
      if (!m) break;
      i += m[0].length;
      depth++;
    }
    return run.slice(0, i) + run.slice(i).replace(/[^ \t]/g, 'x');
  });
}
