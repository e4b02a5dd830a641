// Applying text edits: right to left, dropping overlaps, so offsets stay valid.
import type {TextEdit} from './types.js';
import {mapPacked} from './arrays.js';

/**
 * Apply edits to `text`. Edits are sorted; an edit overlapping one already kept is dropped.
 *
 * @param text
 *   Original text the edits' offsets refer to.
 * @param edits
 *   Edits to apply.
 * @returns
 *   The edited text.
 */
export function applyFixes(text: string, edits: readonly TextEdit[]): string {
  const valid = edits.filter((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length);
  const sorted = mapPacked(valid, (e, i) => ({e, i}))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const {e} of sorted) {
    // Touching edits and inserts at one point are kept in order; true overlaps are dropped.
    if (e.start < lastEnd) continue;
    kept.push(e);
    lastEnd = Math.max(lastEnd, e.end);
  }
  let out = '';
  let pos = 0;
  for (const e of kept) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
