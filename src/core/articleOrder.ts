// The corpus's article order (by month, undated last, then path) and its events sorted by date,
// kept in sorted arrays a change edits by binary search.

import { compareStrings, partitionPoint } from './sortedSearch';
import type { DatedEvent, Month, ParsedArticle } from './types';

export interface OrderEntry {
  path: string;
  month: Month | null;
  /** the article's, kept here so a snapshot's articles are made without a lookup each */
  parsed: ParsedArticle;
}

/** Inserts into a sorted array at the place binary search finds. */
export function insertSorted<T>(array: T[], item: T, compare: (a: T, b: T) => number): void {
  array.splice(partitionPoint(array.length, (i) => compare(array[i], item) <= 0), 0, item);
}

/** Takes `item` itself out of a sorted array, found by binary search among the items that compare equal to it. */
export function removeSorted<T>(array: T[], item: T, compare: (a: T, b: T) => number): void {
  for (let i = partitionPoint(array.length, (j) => compare(array[j], item) < 0); i < array.length && compare(array[i], item) === 0; i++) {
    if (array[i] === item) {
      array.splice(i, 1);
      return;
    }
  }
}

export function byDate(a: DatedEvent, b: DatedEvent): number {
  return compareStrings(a.date, b.date) || compareStrings(a.path, b.path) || a.start - b.start;
}

export function byMonthThenPath(a: OrderEntry, b: OrderEntry): number {
  if (a.month !== b.month) {
    if (a.month === null) return 1;
    if (b.month === null) return -1;
    return compareStrings(a.month, b.month);
  }
  return compareStrings(a.path, b.path);
}
