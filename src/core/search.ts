import {mapPacked} from './arrays.js';
// Binary search over sorted data: the one loop the core's offset lookups share.

/**
 * The first index in `[0, length)` for which `isAfter` holds, or `length` when none does. `isAfter` must be false
 * for a prefix of the indices and true for the rest.
 *
 * @param length
 *   Number of items.
 * @param isAfter
 *   Whether item `i` lies at or after the point sought.
 */
export function partitionPoint(length: number, isAfter: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Spans that do not overlap one another (`a` and `b` overlap when `a.from < b.to && b.from < a.to`), kept sorted by
 * start then end, so whether a new span overlaps any of them is one binary search instead of a scan of them all.
 * Sorted so, their ends never decrease (an empty span can share another's start only if it sorts first), so the
 * last span starting before `to` is the one that reaches furthest. Every span must have `from <= to`; add only
 * spans for which `overlaps` returned false.
 */
export class DisjointSpans {
  /** Starts and ends, in order; offsets in whatever unit the caller uses (the core's: UTF-16 code units). */
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];

  /** Whether `[from, to)` overlaps a span added before. */
  overlaps(from: number, to: number): boolean {
    const before = partitionPoint(this.froms.length, (i) => this.froms[i] >= to);
    return before > 0 && this.tos[before - 1] > from;
  }

  /** Add `[from, to)`, which overlaps none of the spans added before. */
  add(from: number, to: number): void {
    const at = partitionPoint(this.froms.length, (i) => this.froms[i] > from || (this.froms[i] === from && this.tos[i] > to));
    this.froms.splice(at, 0, from);
    this.tos.splice(at, 0, to);
  }
}

/**
 * For each item, whether a range of another item contains its probe: `ranges` lists `[start, end, owner]`
 * (owner: an item's index) and item `i` is enclosed when some range of an owner other than `i` has
 * `start <= probes[i][0] && probes[i][1] <= end`. One sort and one sweep (O(n log n) for n ranges and probes), in
 * place of testing every pair.
 *
 * @param probes
 *   `[start, end]` per item.
 * @param ranges
 *   `[start, end, owner]`, in any order.
 * @returns
 *   One boolean per item, in the items' order.
 */
export function enclosedByOther(probes: ReadonlyArray<readonly [number, number]>, ranges: ReadonlyArray<readonly [number, number, number]>): boolean[] {
  const enclosed = mapPacked(probes, () => false);
  if (probes.length < 2 || ranges.length === 0) return enclosed;
  const byStart = [...ranges].sort((a, b) => a[0] - b[0]);
  const queries = mapPacked(probes, (_, i) => i).sort((a, b) => probes[a][0] - probes[b][0]);
  // The furthest end among the ranges started so far, its owner, and the furthest end of any other owner.
  let best = -Infinity;
  let bestOwner = -1;
  let second = -Infinity;
  let next = 0;
  for (const q of queries) {
    const [start, end] = probes[q];
    for (; next < byStart.length && byStart[next][0] <= start; next++) {
      const [, rangeEnd, owner] = byStart[next];
      if (owner === bestOwner) best = Math.max(best, rangeEnd);
      else if (rangeEnd > best) {
        second = best;
        best = rangeEnd;
        bestOwner = owner;
      } else if (rangeEnd > second) second = rangeEnd;
    }
    enclosed[q] = (bestOwner === q ? second : best) >= end;
  }
  return enclosed;
}
