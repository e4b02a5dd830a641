// Markdown parsing: one memoised unified processor (CommonMark + GFM + front matter).
import type {Root} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/**
 * Parse the FULL text, front matter included, so every position refers to the original source.
 *
 * @param source
 *   Markdown text.
 */
export function parseMarkdown(source: string): Root {
  return processor.parse(source) as Root;
}
