// Prose extraction: paragraphs, headings and table cells as plain text with a map back to source offsets.
import type {Nodes, Parent, Root} from 'mdast';
import type {ProseBlock} from './types.js';

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
  map: number[];
  ends: number[];
  links: ProseBlock['links'];
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
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({node: node.children[i] as Nodes, quoted, parent});
  };
  pushChildren(root, false, 0);
  while (stack.length > 0) {
    const {node, quoted, parent, header, row} = stack.pop()!;
    switch (node.type) {
      case 'table': {
        // Each body cell keeps its column's header ("Homes flooded"): it says what the cell's number counts.
        const headers = (node.children[0]?.children ?? []).map((cell) => plainText(cell));
        for (let r = node.children.length - 1; r >= 0; r--) {
          const cells = node.children[r].children;
          for (let c = cells.length - 1; c >= 0; c--) stack.push({node: cells[c], quoted, parent, row: r, ...(r > 0 && headers[c] ? {header: headers[c]} : {})});
        }
        break;
      }
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const b: Builder = {text: '', map: [], ends: [], links: []};
        inline(node, b, source, html);
        if (b.text.trim() !== '') {
          blocks.push({kind: node.type, text: b.text, map: b.map, ends: b.ends, links: b.links, quoted, parent, ...(header ? {header} : {}), ...(row === undefined ? {} : {row})});
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

function pushChar(b: Builder, ch: string, start: number, end: number): void {
  b.text += ch;
  b.map.push(start);
  b.ends.push(end);
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
  for (const m of value.matchAll(bareUrl)) {
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
    b.text += value;
    for (let i = 0; i < value.length; i++) {
      b.map.push(start + i);
      b.ends.push(start + i + 1);
    }
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
      b.map.push(found);
      b.ends.push(found + 1);
      s = found + 1;
    } else {
      // A decoded reference (e.g. &amp;): span up to the next source character that matches.
      b.map.push(Math.min(s, end - 1));
      b.ends.push(Math.min(s + 1, end));
    }
    b.text += ch;
  }
}
