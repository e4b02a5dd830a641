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
  return processor.parse(source) as Root;
}
