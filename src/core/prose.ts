// Prose extraction: paragraphs, headings and table cells as plain text with a map back to source offsets.
import type {Nodes, Parent, Root} from 'mdast';
import type {OffsetRuns, ProseBlock} from './types.js';
import {matchesOf} from './matches.js';
import {mapPacked} from './arrays.js';
import {narrowed} from './narrow.js';

/** Stands in for inline code and images: never a word, never a number, never a sentence end. */
export const objectReplacement = '\uFFFC';

/** Raw HTML met in the document (block or inline), for control comments. */
export interface HtmlItem {
  value: string;
  /** Source offset of the HTML's first character. */
  start: number;
}

interface Builder {
  text: string;
  offsets: OffsetRuns;
  links: ProseBlock['links'];
}

/**
 * Source offset where character `i` of a block's plain text starts.
 *
 * @param block
 *   A prose block.
 * @param i
 *   Plain-text index, 0 ≤ i < block.text.length.
 */
export function sourceStart(block: ProseBlock, i: number): number {
  const {text, source, base} = block.offsets;
  const r = runAt(text, i);
  return base + source[r] + (i - text[r]);
}

/**
 * Source offset where character `i` of a block's plain text ends (past the whole inline code or reference it stands
 * for).
 *
 * @param block
 *   A prose block.
 * @param i
 *   Plain-text index, 0 ≤ i < block.text.length.
 */
export function sourceEnd(block: ProseBlock, i: number): number {
  const {text, source, end, base} = block.offsets;
  const r = runAt(text, i);
  return end[r] < 0 ? base + source[r] + (i - text[r]) + 1 : base + end[r];
}

/** Index of the last run that starts at or before plain-text index `i` (binary search; runs start at 0). */
function runAt(starts: readonly number[], i: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid] <= i) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Record that the next `length` characters of the text are the source from `start` on, one code unit each. */
function pushVerbatim(b: Builder, start: number, length: number): void {
  if (length === 0) return;
  const {text, source, end} = b.offsets;
  const last = text.length - 1;
  // Carry on the run before when it is verbatim and ends where this starts.
  if (last < 0 || end[last] >= 0 || source[last] + (b.text.length - text[last]) !== start) {
    text.push(b.text.length);
    source.push(start);
    end.push(-1);
  }
}

/**
 * Collect the prose blocks of a document. Code, HTML, front matter and definitions are skipped;
 * link and footnote-reference ranges are recorded because they act as attribution, and raw HTML is
 * pushed to `html` so control comments can be read without another walk.
 *
 * @param root
 *   Parsed document.
 * @param source
 *   The text `root` was parsed from.
 */
export function collectProse(root: Root, source: string, html: HtmlItem[] = []): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let group = 0;
  // An explicit stack, not recursion: nesting depth comes from the draft, and a hostile one must not overflow.
  // Children are pushed in reverse so they are visited in document order, numbering groups as recursion would.
  const stack: Array<{node: Nodes; quoted: boolean; parent: number; header?: string; row?: number}> = [];
  const pushChildren = (node: Parent, quoted: boolean, parent: number): void => {
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({node: node.children[i] as Nodes, quoted, parent, header: undefined, row: undefined});
  };
  pushChildren(root, false, 0);
  while (stack.length > 0) {
    const {node, quoted, parent, header, row} = stack.pop()!;
    switch (node.type) {
      case 'table': {
        // Each body cell keeps its column's header ("Homes flooded"): it says what the cell's number counts.
        const headers = mapPacked(node.children[0]?.children ?? [], (cell) => plainText(cell));
        for (let r = node.children.length - 1; r >= 0; r--) {
          const cells = node.children[r].children;
          for (let c = cells.length - 1; c >= 0; c--) stack.push({node: cells[c], quoted, parent, header: r > 0 && headers[c] ? headers[c] : undefined, row: r});
        }
        break;
      }
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const b: Builder = {text: '', offsets: {text: [], source: [], end: [], base: 0}, links: []};
        inline(node, b, source, html);
        if (b.text.trim() !== '') {
          // (Every block has the same fields, `header` and `row` undefined where they do not apply: blocks of one shape
          // keep V8's optimised code for the analysis valid when a draft's first table turns up.)
          blocks.push({kind: node.type, text: narrowed(b.text), offsets: b.offsets, links: b.links, quoted, parent, header: header ? header : undefined, row});
        }
        break;
      }
      case 'blockquote':
      case 'listItem':
      case 'footnoteDefinition':
        pushChildren(node, quoted || node.type === 'blockquote', ++group);
        break;
      case 'html':
        if (node.position?.start.offset !== undefined) html.push({value: node.value, start: node.position.start.offset});
        break;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        break;
      default:
        // 'toml' front matter is not in mdast's node union; it lands here and has no children.
        if ('children' in node) pushChildren(node as Parent, quoted, parent);
    }
  }
  return blocks;
}

/** The text of a node's text descendants, joined (a table header cell's words), without recursion. */
function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ('value' in n && typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) out += n.value;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out.trim();
}

/** Add one character that spans the source from `start` to `end`. */
function pushChar(b: Builder, ch: string, start: number, end: number): void {
  if (end === start + 1) pushVerbatim(b, start, 1);
  else {
    b.offsets.text.push(b.text.length);
    b.offsets.source.push(start);
    b.offsets.end.push(end);
  }
  b.text += ch;
}

function inline(block: Parent, b: Builder, source: string, html: HtmlItem[]): void {
  // Explicit stack (emphasis can nest thousands deep); a link's end marker is popped after its children.
  type Item = Nodes | {linkFrom: number; url: string};
  const stack: Item[] = [];
  const pushChildren = (node: Parent): void => {
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  };
  pushChildren(block);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('linkFrom' in item) {
      b.links.push({from: item.linkFrom, to: b.text.length, url: item.url});
      continue;
    }
    const node = item;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
        if (start !== undefined && end !== undefined) textWithoutUrls(b, node.value, source, start, end);
        break;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
        if (start !== undefined && end !== undefined) pushChar(b, objectReplacement, start, end);
        break;
      case 'break':
        if (start !== undefined && end !== undefined) pushChar(b, ' ', start, end);
        break;
      case 'html':
        if (start !== undefined) html.push({value: node.value, start});
        break;
      case 'footnoteReference': {
        if (start === undefined || end === undefined) break;
        // Keep a marker so the reference's position in the sentence is known, without adding a word.
        const from = b.text.length;
        pushChar(b, objectReplacement, start, end);
        b.links.push({from, to: b.text.length, url: `footnote:${node.identifier}`});
        break;
      }
      case 'link':
      case 'linkReference':
        stack.push({linkFrom: b.text.length, url: node.type === 'link' ? node.url : `ref:${node.identifier}`});
        pushChildren(node);
        break;
      default:
        if ('children' in node) pushChildren(node as Parent);
    }
  }
}

// A bare URL in prose ("see www.example.org/1140-dead"): not words, and its digits are not figures.
const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>"“”'‘’]+/gi;

/** Add a text node, with each bare URL replaced by one object-replacement character spanning it. */
function textWithoutUrls(b: Builder, value: string, source: string, start: number, end: number): void {
  if (!/https?:|www\./i.test(value) || source.slice(start, end) !== value) {
    alignText(b, value, source, start, end);
    return;
  }
  let last = 0;
  bareUrl.lastIndex = 0;
  for (const m of matchesOf(bareUrl, value)) {
    const url = m[0].replace(/[.,;:!?)]+$/, '');
    if (m.index > last) alignText(b, value.slice(last, m.index), source, start + last, start + m.index);
    pushChar(b, objectReplacement, start + m.index, start + m.index + url.length);
    last = m.index + url.length;
  }
  if (last < value.length) alignText(b, value.slice(last), source, start + last, end);
}

/**
 * Map a text node's value onto its source slice. They differ when the source has escapes or
 * character references; matching characters in order keeps every mapped offset exact.
 */
function alignText(b: Builder, value: string, source: string, start: number, end: number): void {
  if (source.slice(start, end) === value) {
    pushVerbatim(b, start, value.length);
    b.text += value;
    return;
  }
  let s = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    // Escapes and references are short; a bounded look-ahead keeps this linear on hostile input.
    const limit = Math.min(end, s + 40);
    let found = s;
    while (found < limit && source[found] !== ch) found++;
    if (found < limit) {
      pushChar(b, ch, found, found + 1);
      s = found + 1;
    } else {
      // A decoded reference (e.g. &amp;): span up to the next source character that matches.
      pushChar(b, ch, Math.min(s, end - 1), Math.min(s + 1, end));
    }
  }
}
