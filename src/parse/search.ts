// One binary search for the sorted lookups everywhere (line starts, clause spans, pages,
// replacements, citations): every caller asks for the last index whose entry is still at or
// before what it looks for, so each lookup is O(log n) and none scans.

/**
 * The last index in [0, length) for which `before(index)` holds, or -1 when none does;
 * `before` must hold for a prefix of the indexes and fail for the rest.
 */
export function lastBefore(length: number, before: (index: number) => boolean): number {
  let low = -1
  let high = length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (before(middle)) low = middle
    else high = middle - 1
  }
  return low
}
