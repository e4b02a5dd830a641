// Markdown parsing: one memoised unified processor with the syntax drafts use (CommonMark, tables, footnotes,
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
function gfmSubset(this: Processor): void {
  const data = this.data() as {micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]};
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmSubset).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/**
 * Parse the FULL text, front matter included, so every position refers to the original source.
 *
 * @param source
 *   Markdown text.
 */
export function parseMarkdown(source: string): Root {
  return processor.parse(capNesting(source)) as Root;
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
