// Plain paragraphs: the parse of a chunk that holds no Markdown syntax, read without running the parser.
import type {Root} from 'mdast';

// A character that can open or change Markdown syntax anywhere in a line (escapes, code, emphasis, links, footnotes,
// images, HTML and autolinks, character references, tables), or that the parser rewrites or measures (NUL, tabs,
// carriage returns and other controls, a byte order mark).
const syntaxCharacter = /[\0-\x09\x0b-\x1f\\`*_[\]<&|~\ufeff]/;

/** The shape of a plain paragraph: where its lines end (before the closing line breaks), and whether it is quoted. */
export interface PlainShape {
  end: number;
  /** Every line opens with "> ": the paragraph is a block quote's, its text the lines after their markers. */
  quoted: boolean;
}

/**
 * The shape of `text` when it is one paragraph of plain lines, or a block quote of one (every line opening with "> "),
 * whose text is the source as written: no character of Markdown syntax, no line (after its quote marker) indented,
 * marked as a block or ending in white space, and nothing but line breaks after the lines. Otherwise undefined: the
 * parser must read it.
 *
 * @param text
 *   A chunk of a draft (see chunks.ts), parsed on its own.
 */
export function plainShape(text: string): PlainShape | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end === 0 || syntaxCharacter.test(text)) return undefined;
  const quoted = text.startsWith('> ');
  return plainLines(text, end, quoted) ? {end, quoted} : undefined;
}

/**
 * Whether every line of `text` before `end` (after its "> " when `quoted`) is a paragraph's line as written: not
 * empty, not opening with white space (indented code, a blank line, or indentation the parser strips) or with a block's
 * marker (heading, block quote, list, thematic break, setext underline), and not ending in white space (stripped, or
 * a hard break). Only "\n" ends a line here: carriage returns never reach it (see `syntaxCharacter`).
 */
function plainLines(text: string, end: number, quoted: boolean): boolean {
  for (let start = 0; start <= end;) {
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let from = start;
    if (quoted) {
      if (text.charCodeAt(from) !== 62 || text.charCodeAt(from + 1) !== 32) return false;
      from += 2;
    }
    if (from >= lineEnd || text.charCodeAt(lineEnd - 1) === 32) return false;
    const first = text.charCodeAt(from);
    // " ", "#", ">", "-", "+", "=": indentation, a heading, a block quote, a list item, a thematic break, an underline.
    if (first === 32 || first === 35 || first === 62 || first === 45 || first === 43 || first === 61) return false;
    // "1." or "2)": an ordered list item.
    let k = from;
    while (k < lineEnd && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    if (k > from && (text.charCodeAt(k) === 46 || text.charCodeAt(k) === 41)) return false;
    start = lineEnd + 1;
  }
  return true;
}

/**
 * The tree remark-parse builds for `text` when it is a plain paragraph (see `plainShape`): one paragraph (in a block
 * quote when quoted) holding one text node, every line (after its quote marker) joined by its line break. Building it
 * directly costs nothing next to the parse. Its positions are the parser's, node for node: UTF-16 offsets into `text`
 * and 1-based lines and columns (columns in UTF-16 code units, as micromark counts them), both relative to `text`, the
 * chunk, as the parser's are when it parses a chunk alone (test/unit/plain.test.ts compares whole trees).
 *
 * @param text
 *   A chunk of a draft (see chunks.ts), parsed on its own.
 * @param shape
 *   `plainShape(text)`, when the caller has it already (null: not plain).
 * @returns
 *   The root of the tree, or undefined when `text` may hold syntax.
 */
export function plainParagraph(text: string, shape: PlainShape | null | undefined = plainShape(text)): Root | undefined {
  if (!shape) return undefined;
  const {end, quoted} = shape;
  const from = quoted ? 2 : 0;
  const lines = text.slice(from, end);
  // One pass over the line breaks: each point is counted on from the one before.
  const first = {line: 1, column: 1, offset: 0};
  const position = {start: pointAt(text, from, first), end: pointAt(text, end, first)};
  const paragraph = {type: 'paragraph' as const, children: [{type: 'text' as const, value: quoted ? lines.replaceAll('\n> ', '\n') : lines, position}], position};
  const block = quoted ? {type: 'blockquote' as const, children: [paragraph], position: {start: {...first}, end: position.end}} : paragraph;
  return {type: 'root', children: [block], position: {start: {...first}, end: pointAt(text, text.length, position.end)}};
}

/**
 * The unist point of `offset` in `text`: line and column counted from 1 (the column in UTF-16 code units after the
 * line's last break), and the offset itself; the line breaks are counted from `after`, a point at or before `offset`.
 */
function pointAt(text: string, offset: number, after: {line: number; column: number; offset: number}): {line: number; column: number; offset: number} {
  let line = after.line;
  let lineStart = after.offset - after.column + 1;
  for (let at = text.indexOf('\n', after.offset); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return {line, column: offset - lineStart + 1, offset};
}
