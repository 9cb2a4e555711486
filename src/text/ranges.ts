/** Ranges of offsets `[start, end)`. */

/**
 * Whether [start, end) overlaps any of `ranges`, which are sorted and do not
 * overlap each other (a binary search).
 */
export function overlaps(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [a, b] = ranges[mid]!
    if (b <= start) low = mid + 1
    else if (a >= end) high = mid - 1
    else return true
  }
  return false
}
