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
