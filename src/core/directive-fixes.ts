// Fixes that record an editor's decision in the draft: "Ignore ‹rule› here" (a sourced-disable comment) and "Accept
// with a reason…" (a sourced-accept comment). Both must leave the rendered story exactly as it was, so each placement
// is checked by parsing the surrounding blocks before and after the edit and comparing the trees without positions
// and without HTML comments; a placement that would change them is never offered.
import type {Nodes, Root, RootContent} from 'mdast';
import {parseMarkdown} from './parse.js';
import {readerWords, withoutComments} from './suppressions.js';
import {fixTitle} from './messages/index.js';
import type {Finding, Fix, TextEdit} from './types.js';

/** The placeholder a writer replaces with the reason in an "Accept with a reason…" fix (a snippet in the editor). */
export const reasonPlaceholder = '⟨reason⟩';

/** The rule that reports directives (see rules/sourced-directive.ts). */
const directiveRuleId = 'sourced-directive';

/** Longest top-level block, in UTF-16 code units, for which decision fixes are offered (a long news table is ~10,000). */
const maxCheckedBlock = 50_000;

/** Longest accepted words written into a sourced-accept comment; a long finding is quoted by its opening words. */
const maxWords = 48;

/**
 * The fixes that record a decision about `finding` without changing how the draft renders: "Ignore ‹rule› here" and
 * "Accept with a reason…", in that order; either is left out when no placement keeps the rendered story identical.
 *
 * Placement, first that keeps the tree identical: a comment at the end of the finding's line, inside the paragraph,
 * heading, list item, block quote or table row (before a row's closing pipe, a heading's closing #s, trailing
 * spaces and a hard-break backslash); else, for a finding on the first line of a top-level block, a comment on its
 * own line before the block; else (ignore only) a sourced-disable / sourced-enable pair around the top-level block.
 *
 * @param source
 *   The whole document the finding was computed on.
 * @param finding
 *   The finding (UTF-16 offsets into `source`).
 * @returns
 *   Suggestions (never applied in bulk); each is one change of one or two inserts. None for `sourced-directive`
 *   findings, which directives never silence, and none in a top-level block longer than 50,000 characters.
 */
export function directiveFixes(source: string, finding: Finding): Fix[] {
  // A directive's own findings are never silenced by directives: there is nothing to place.
  if (finding.ruleId === directiveRuleId) return [];
  const root = parsedTree(source);
  const block = topLevelBlock(root, finding.start);
  // Each placement is checked by parsing the block twice: a block longer than any story's would stall the editor.
  if (!block || offsetOf(block, 'end') - offsetOf(block, 'start') > maxCheckedBlock) return [];
  const eol = /\r\n?|\n/.exec(source)?.[0] ?? '\n';
  const context = {source, root, block, eol};
  const fixes: Fix[] = [];
  const ignore = place(context, finding, `sourced-disable-line ${finding.ruleId}`, `sourced-disable-next-line ${finding.ruleId}`);
  const region: TextEdit[] | undefined = ignore ? undefined : regionAround(context, finding.ruleId);
  if (ignore || region) fixes.push({...fixTitle('ignoreRule', {ruleId: finding.ruleId}), kind: 'suggestion', edits: ignore ?? region!});
  const words = acceptedWords(finding.actual);
  if (words !== undefined) {
    const body = `sourced-accept ${finding.ruleId} "${words}": ${reasonPlaceholder}`;
    const accept = place(context, finding, body, body);
    if (accept) fixes.push({...fixTitle('accept'), kind: 'suggestion', edits: accept});
  }
  return fixes;
}

interface PlaceContext {
  source: string;
  root: Root;
  block: RootContent;
  eol: string;
}

/** The edit that puts a comment with `sameLine` at the finding's line end, or with `lineBefore` before its block. */
function place(context: PlaceContext, finding: Finding, sameLine: string, lineBefore: string): TextEdit[] | undefined {
  const {source, block, eol} = context;
  const at = lineEndInsertion(source, finding.start, isInTable(block, finding.start));
  const inline = [{start: at, end: at, text: `<!-- ${sameLine} -->`}];
  if (rendersTheSame(context, inline)) return inline;
  // Before the block: only for a finding on the block's first line, which is the next line holding prose.
  const blockLine = lineStartOf(source, offsetOf(block, 'start'));
  if (lineStartOf(source, finding.start) !== blockLine) return undefined;
  const before = [{start: blockLine, end: blockLine, text: `<!-- ${lineBefore} -->${eol}`}];
  return rendersTheSame(context, before) ? before : undefined;
}

/** A sourced-disable / sourced-enable pair around the finding's top-level block, when it renders the same. */
function regionAround(context: PlaceContext, ruleId: string): TextEdit[] | undefined {
  const {source, block, eol} = context;
  const start = lineStartOf(source, offsetOf(block, 'start'));
  const end = offsetOf(block, 'end');
  const edits = [
    {start, end: start, text: `<!-- sourced-disable ${ruleId} -->${eol}`},
    {start: end, end, text: `${eol}<!-- sourced-enable ${ruleId} -->`},
  ];
  return rendersTheSame(context, edits) ? edits : undefined;
}

/**
 * Where a comment goes at the end of the line holding `offset`: before trailing whitespace (two spaces make a hard
 * break), a hard-break backslash, a table row's closing pipe, or an ATX heading's closing sequence.
 */
function lineEndInsertion(source: string, offset: number, inTable: boolean): number {
  const lineStart = lineStartOf(source, offset);
  const newline = /\r|\n/g;
  newline.lastIndex = offset;
  const lineEnd = newline.exec(source)?.index ?? source.length;
  const text = source.slice(lineStart, lineEnd);
  // Scanned from the end by hand: a pattern anchored at the end ("[ \t]+$") is quadratic on a long run of spaces.
  const skip = (end: number, chars: string): number => {
    while (end > 0 && chars.includes(text[end - 1])) end--;
    return end;
  };
  let end = skip(text.length, ' \t');
  // "# Title ##": the closing sequence is not part of the heading's text.
  if (/^(?:[ \t]*>)*[ \t]{0,3}#{1,6}[ \t]/.test(text)) {
    const hashes = skip(end, '#');
    if (hashes < end && hashes > 0 && ' \t'.includes(text[hashes - 1])) end = skip(hashes, ' \t');
  }
  if (inTable && end > 0 && text[end - 1] === '|' && (end === 1 || text[end - 2] !== '\\')) end = skip(end - 1, ' \t');
  // An odd run of backslashes at the end is a hard break; the comment goes before its backslash.
  if ((end - skip(end, '\\')) % 2 === 1) end--;
  return lineStart + end;
}

/** The accepted words for a finding: its text as read (see `readerWords`), without quote marks, at most `maxWords` long. */
export function acceptedWords(actual: string): string | undefined {
  const pieces = readerWords(actual).split(/["“”]|--/).map((p) => p.trim()).filter((p) => p !== '');
  let words = pieces.sort((a, b) => b.length - a.length)[0];
  if (words === undefined) return undefined;
  if (words.length > maxWords) {
    const cut = words.slice(0, maxWords);
    const space = cut.lastIndexOf(' ');
    words = (space > maxWords / 2 ? cut.slice(0, space) : cut).trim();
  }
  return words;
}

/** True when applying `edits` leaves the blocks around the edit with the same tree, HTML comments aside. */
function rendersTheSame(context: PlaceContext, edits: readonly TextEdit[]): boolean {
  const {source, root, block} = context;
  // The block with its neighbours: a comment line can only interact with the blocks it touches.
  const index = root.children.indexOf(block);
  const first = root.children[Math.max(0, index - 1)];
  const last = root.children[Math.min(root.children.length - 1, index + 1)];
  const from = lineStartOf(source, offsetOf(first, 'start'));
  const to = offsetOf(last, 'end');
  if (edits.some((e) => e.start < from || e.end > to)) return false;
  const before = source.slice(from, to);
  let after = '';
  let pos = from;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    after += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  after += source.slice(pos, to);
  return JSON.stringify(comparable(parseMarkdown(before))) === JSON.stringify(comparable(parseMarkdown(after)));
}

/**
 * A tree as a reader sees it: no positions, no HTML nodes that are only comments, adjacent texts merged (a comment
 * removed from "foo<!-- c -->\nbar" leaves "foo\nbar").
 *
 * @param node
 *   An mdast node.
 */
export function comparable(node: Nodes): unknown {
  const {position: _position, ...rest} = node as Nodes & {children?: Nodes[]};
  if (!('children' in rest) || !Array.isArray(rest.children)) return rest;
  const children: unknown[] = [];
  for (const child of rest.children as Nodes[]) {
    if (child.type === 'html' && withoutComments(child.value).trim() === '') continue;
    const last = children[children.length - 1] as {type?: string; value?: string} | undefined;
    if (child.type === 'text' && last?.type === 'text') {
      children[children.length - 1] = {...last, value: `${last.value}${child.value}`};
      continue;
    }
    children.push(comparable(child));
  }
  return {...rest, children};
}

/** The root child holding `offset` (or the last one starting before it). */
function topLevelBlock(root: Root, offset: number): RootContent | undefined {
  let found: RootContent | undefined;
  for (const child of root.children) {
    if (offsetOf(child, 'start') > offset) break;
    found = child;
  }
  return found;
}

/** True when `offset` lies in a table, at any depth under `block` (a table inside a list item or block quote). */
function isInTable(block: RootContent, offset: number): boolean {
  let node: Nodes | undefined = block;
  while (node) {
    if (node.type === 'table') return true;
    const children: Nodes[] = 'children' in node ? (node.children as Nodes[]) : [];
    node = children.find((c) => offsetOf(c, 'start') <= offset && offset <= offsetOf(c, 'end'));
  }
  return false;
}

function offsetOf(node: Nodes, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0;
}

/** Offset of the start of the line holding `offset`. */
function lineStartOf(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return i;
}

// One parse per document text: code actions ask for every finding under the cursor of the same text.
let cached: {source: string; root: Root} | undefined;

function parsedTree(source: string): Root {
  if (cached?.source !== source) cached = {source, root: parseMarkdown(source)};
  return cached.root;
}

