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
  const htmlSink = html;

  const walkBlock = (node: Nodes, quoted: boolean, parent: number): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const b: Builder = {text: '', map: [], ends: [], links: []};
        for (const child of node.children) inline(child as Nodes, b, source, htmlSink);
        if (b.text.trim() !== '') {
          blocks.push({kind: node.type, text: b.text, map: b.map, ends: b.ends, links: b.links, quoted, parent});
        }
        return;
      }
      case 'blockquote':
      case 'listItem':
      case 'footnoteDefinition': {
        const own = ++group;
        for (const child of node.children) walkBlock(child as Nodes, quoted || node.type === 'blockquote', own);
        return;
      }
      case 'html':
        if (node.position?.start.offset !== undefined) htmlSink.push({value: node.value, start: node.position.start.offset});
        return;
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) {
          for (const child of (node as Parent).children) walkBlock(child as Nodes, quoted, parent);
        }
    }
  };

  for (const child of root.children) walkBlock(child as Nodes, false, 0);
  // 'toml' front matter is not in mdast's node union; it falls to default and has no children.
  return blocks;
}

function pushChar(b: Builder, ch: string, start: number, end: number): void {
  b.text += ch;
  b.map.push(start);
  b.ends.push(end);
}

function inline(node: Nodes, b: Builder, source: string, html: HtmlItem[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  switch (node.type) {
    case 'text': {
      if (start === undefined || end === undefined) return;
      textWithoutUrls(b, node.value, source, start, end);
      return;
    }
    case 'inlineCode':
    case 'image':
    case 'imageReference':
      if (start !== undefined && end !== undefined) pushChar(b, objectReplacement, start, end);
      return;
    case 'break':
      if (start !== undefined && end !== undefined) pushChar(b, ' ', start, end);
      return;
    case 'html':
      if (start !== undefined) html.push({value: node.value, start});
      return;
    case 'footnoteReference': {
      if (start === undefined || end === undefined) return;
      // Keep a marker so the reference's position in the sentence is known, without adding a word.
      const from = b.text.length;
      pushChar(b, objectReplacement, start, end);
      b.links.push({from, to: b.text.length, url: `footnote:${node.identifier}`});
      return;
    }
    case 'link':
    case 'linkReference': {
      const from = b.text.length;
      for (const child of node.children) inline(child as Nodes, b, source, html);
      const url = node.type === 'link' ? node.url : `ref:${node.identifier}`;
      b.links.push({from, to: b.text.length, url});
      return;
    }
    default:
      if ('children' in node) for (const child of (node as Parent).children) inline(child as Nodes, b, source, html);
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
