// Tables as a fact-checker reads them: a body row's "Source" column names the source of the row's figures.
import type {ProseBlock} from './types.js';

/** Column headers that name a row's source: "Source", "Sources", "According to", "Attribution" (any case). */
const sourceHeader = /^\s*(?:sources?|according to|attribution)\s*$/i;

/**
 * The block of a table row's "Source" cell, for any cell of that row. Cells are blocks in reading order, each body
 * cell carrying its column's header (see `ProseBlock.header`); a row starts at the cell under the first column.
 *
 * @param blocks
 *   The document's prose blocks.
 * @param block
 *   Index of a block; anything but a table body cell has no row.
 * @returns
 *   The index of the row's non-empty Source cell, or undefined (no such column, an empty cell, not a table cell).
 */
export function rowSourceBlock(blocks: readonly ProseBlock[], block: number): number | undefined {
  if (blocks[block]?.kind !== 'tableCell' || blocks[block].header === undefined) return undefined;
  let first = block;
  while (first > 0 && blocks[first - 1].kind === 'tableCell') first--;
  while (first < block && blocks[first].header === undefined) first++;
  const firstHeader = blocks[first].header;
  let start = block;
  while (start > first && blocks[start].header !== firstHeader) start--;
  for (let k = start; k < blocks.length && blocks[k].kind === 'tableCell' && (k === start || blocks[k].header !== firstHeader); k++) {
    if (sourceHeader.test(blocks[k].header ?? '')) return /[\p{L}\p{N}]/u.test(blocks[k].text) ? k : undefined;
  }
  return undefined;
}

/** Whether a block is a table body cell in a "Source" column (its text names the row's source). */
export function isSourceCell(block: ProseBlock): boolean {
  return block.kind === 'tableCell' && block.header !== undefined && sourceHeader.test(block.header);
}

/**
 * The text of a table row's Source cell, whitespace collapsed, for any cell of that row (see `rowSourceBlock`);
 * undefined when there is none or it is longer than 80 characters.
 */
export function rowSourceCell(blocks: readonly ProseBlock[], block: number): string | undefined {
  const k = rowSourceBlock(blocks, block);
  if (k === undefined) return undefined;
  const cell = blocks[k].text.replace(/\s+/g, ' ').trim();
  return cell.length <= 80 ? cell : undefined;
}
