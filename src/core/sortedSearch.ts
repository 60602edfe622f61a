// Binary search over anything sorted, shared by the core's sorted lists (posting ranges, mention
// starts, timeline days, article paths).

/** Strings in code-unit order, the order every sorted list here is kept in (not locale order). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first index in [from, length) where `isBefore` is false. `isBefore` must hold for a prefix
 * of that range and fail for the rest (as "the value at i is below x" does on an ascending list).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean, from = 0): number {
  let low = from;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
