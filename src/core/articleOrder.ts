// The corpus's article order (by month, undated last, then path) and its events sorted by date,
// kept in sorted arrays a change edits by binary search.

import { compareStrings, partitionPoint } from './sortedSearch';
import { sortInSteps } from './sortInSteps';
import type { Steps } from './steps';
import type { DatedEvent, Month, ParsedArticle } from './types';

export interface OrderEntry {
  path: string;
  month: Month | null;
  /** the article's, kept here so a snapshot's articles are made without a lookup each */
  parsed: ParsedArticle;
}

/** An article as the order holds it: its entry and its events. */
export interface PlacedArticle {
  entry: OrderEntry;
  events: readonly DatedEvent[];
}

export class ArticleOrder {
  /** articles in snapshot order, each with the month it is sorted under */
  entries: OrderEntry[] = [];
  /** every article's events, by date */
  events: DatedEvent[] = [];
  /** each article as placed in `entries` and `events`, to take out when it changes */
  private readonly placed = new Map<string, PlacedArticle>();

  /**
   * Keeps the order and the sorted events up to date for the touched paths only; a large change
   * (the first indexing) rebuilds them at once, which is cheaper than many insertions. `placedOf`
   * gives an article as it is now, undefined once it is gone; `size` and `paths` are every article's.
   */
  *update(touched: ReadonlySet<string>, size: number, paths: Iterable<string>, placedOf: (path: string) => PlacedArticle | undefined): Steps {
    if (touched.size > Math.max(256, size / 20)) {
      this.placed.clear();
      for (const path of paths) this.placed.set(path, placedOf(path)!);
      this.entries = yield* sortInSteps([...this.placed.values()].map((placed) => placed.entry), byMonthThenPath);
      this.events = yield* sortInSteps([...this.placed.values()].flatMap((placed) => placed.events), byDate);
      return;
    }
    if (touched.size === 0) return;
    // Copies, as the last snapshot keeps its arrays; then each touched article is taken out and put
    // in again by binary search, which costs far less than a pass over every event.
    const entries = this.entries.slice();
    const events = this.events.slice();
    for (const path of touched) {
      const before = this.placed.get(path);
      if (before) {
        removeSorted(entries, before.entry, byMonthThenPath);
        for (const event of before.events) removeSorted(events, event, byDate);
        this.placed.delete(path);
      }
      const now = placedOf(path);
      if (!now) continue;
      this.placed.set(path, now);
      insertSorted(entries, now.entry, byMonthThenPath);
      for (const event of now.events) insertSorted(events, event, byDate);
    }
    this.entries = entries;
    this.events = events;
  }
}

/** Inserts into a sorted array at the place binary search finds. */
function insertSorted<T>(array: T[], item: T, compare: (a: T, b: T) => number): void {
  array.splice(partitionPoint(array.length, (i) => compare(array[i], item) <= 0), 0, item);
}

/** Takes `item` itself out of a sorted array, found by binary search among the items that compare equal to it. */
function removeSorted<T>(array: T[], item: T, compare: (a: T, b: T) => number): void {
  for (let i = partitionPoint(array.length, (j) => compare(array[j], item) < 0); i < array.length && compare(array[i], item) === 0; i++) {
    if (array[i] === item) {
      array.splice(i, 1);
      return;
    }
  }
}

function byDate(a: DatedEvent, b: DatedEvent): number {
  return compareStrings(a.date, b.date) || compareStrings(a.path, b.path) || a.start - b.start;
}

function byMonthThenPath(a: OrderEntry, b: OrderEntry): number {
  if (a.month !== b.month) {
    if (a.month === null) return 1;
    if (b.month === null) return -1;
    return compareStrings(a.month, b.month);
  }
  return compareStrings(a.path, b.path);
}
