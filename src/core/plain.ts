// Plain paragraphs and headings: the parse of a chunk that holds no Markdown syntax, read without running the parser.
import type {Root} from 'mdast';

// A character that can open or change Markdown syntax anywhere in a line (escapes, code, emphasis, HTML and autolinks,
// tables, strikethrough), or that the parser rewrites or measures (NUL, tabs, carriage returns and other controls, a
// byte order mark). Brackets, "&" and "_" are syntax only in some places: see `literalOnly`.
const syntaxCharacter = /[\0-\x09\x0b-\x1f\\`*<|~\ufeff]/;

// Where brackets make syntax: a link or image ("](", "]["), a definition ("]:"), a footnote call ("[^"), an image ("![").
const bracketSyntax = /\]\(|\]\[|\]:|\[\^|!\[/;

// A letter or digit (one UTF-16 code unit), beside which "_" can neither open nor close emphasis.
const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** Underscores beyond this are rewritten before parsing (parse.ts, `maxDelimiters`): such a text goes to the parser. */
const maxUnderscores = 2000;

/**
 * Whether every bracket, "&" and "_" of `text` is literal text to the parser, so that the text node holds it as written:
 * brackets that form no link, image, definition or footnote call (`bracketSyntax`; a draft split into chunks has no
 * definitions, see chunks.ts, so a bracketed label is no shortcut reference); an "&" that opens no character reference
 * (neither "#" nor an ASCII letter or digit after it); and a single "_" between two letters or digits, which CommonMark's
 * flanking rules let neither open nor close emphasis (micromark's `classifyCharacter`: neither side is white space or
 * punctuation).
 */
function literalOnly(text: string): boolean {
  if ((text.includes('[') || text.includes(']')) && bracketSyntax.test(text)) return false;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 35 || next >= 48 && next <= 57 || next >= 65 && next <= 90 || next >= 97 && next <= 122) return false;
  }
  let underscores = 0;
  for (let at = text.indexOf('_'); at >= 0; at = text.indexOf('_', at + 1)) {
    if (++underscores > maxUnderscores || at === 0 || !letterOrDigit.test(text[at - 1]) || !letterOrDigit.test(text[at + 1] ?? '')) return false;
  }
  return true;
}

/**
 * The shape of a plain paragraph or heading: where its lines end (before the closing line breaks), whether it is
 * quoted, and its heading level.
 */
export interface PlainShape {
  end: number;
  /** Every line opens with "> ": the paragraph is a block quote's, its text the lines after their markers. */
  quoted: boolean;
  /** 1–6 for an ATX heading of one line ("## Title"), its text after the marker and one space; 0 for a paragraph. */
  depth: number;
}

/**
 * The shape of `text` when it is one paragraph of plain lines, or a block quote of one (every line opening with "> "),
 * or a heading of one plain line, whose text is the source as written: no character of Markdown syntax, no line
 * (after its quote marker) indented, marked as a block or ending in white space, and nothing but line breaks after the
 * lines. Otherwise undefined: the parser must read it.
 *
 * @param text
 *   A chunk of a draft (see chunks.ts), parsed on its own.
 */
export function plainShape(text: string): PlainShape | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end === 0 || syntaxCharacter.test(text) || !literalOnly(text)) return undefined;
  if (text.charCodeAt(0) === 35) {
    const depth = headingDepth(text, end);
    return depth > 0 ? {end, quoted: false, depth} : undefined;
  }
  const quoted = text.startsWith('> ');
  return plainLines(text, end, quoted) ? {end, quoted, depth: 0} : undefined;
}

/**
 * The level of `text` before `end` as an ATX heading the parser reads as written, or 0: one line of one to six "#",
 * one space, then words that hold no "#" (none can close the heading) and neither open nor end with white space (the
 * parser strips it). The caller has found no character of Markdown syntax in it (see `syntaxCharacter`).
 */
function headingDepth(text: string, end: number): number {
  let depth = 0;
  while (depth < end && text.charCodeAt(depth) === 35) depth++;
  if (depth > 6 || text.charCodeAt(depth) !== 32) return 0;
  const from = depth + 1;
  if (from >= end || text.charCodeAt(from) === 32 || text.charCodeAt(end - 1) === 32) return 0;
  const rest = text.slice(from, end);
  return rest.includes('\n') || rest.includes('#') ? 0 : depth;
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
 * The tree remark-parse builds for `text` when it is a plain paragraph or heading (see `plainShape`): one paragraph (in
 * a block quote when quoted) holding one text node, every line (after its quote marker) joined by its line break, or
 * one heading holding the text after its marker. Building it
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
  const {end, quoted, depth} = shape;
  const first = {line: 1, column: 1, offset: 0};
  if (depth > 0) {
    // One line: the heading spans it, its text starts after the marker and its space.
    const lineEnd = {line: 1, column: end + 1, offset: end};
    const heading = {
      type: 'heading' as const,
      depth: depth as 1 | 2 | 3 | 4 | 5 | 6,
      children: [{type: 'text' as const, value: text.slice(depth + 1, end), position: {start: {line: 1, column: depth + 2, offset: depth + 1}, end: {...lineEnd}}}],
      position: {start: {...first}, end: lineEnd},
    };
    return {type: 'root', children: [heading], position: {start: {...first}, end: pointAt(text, text.length, lineEnd)}};
  }
  const from = quoted ? 2 : 0;
  const lines = text.slice(from, end);
  // One pass over the line breaks: each point is counted on from the one before.
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
