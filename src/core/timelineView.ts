// How the timeline webview frames and stacks the model: the span it opens on, what lies outside a
// view, and how the Articles lane fits its content. Pure, so Node tests check what the canvas draws.
import { partitionPoint } from './sortedSearch';
import { dayNumber, isoDate } from './timeline';

/** A span of days since 1970-01-01, end exclusive (fractions allowed). */
export interface DaySpan {
  start: number;
  end: number;
}

/** Share of the articles that may lie outside the first view, half at each end. */
const DIFFUSE_TAIL = 0.05;
/** Share of the articles that may be left out for lying far from all the others. */
const ISOLATED_SHARE = 0.05;
const MIN_SPAN_DAYS = 28;
const PAD_SHARE = 0.04;
const MIN_PAD_DAYS = 10;

/**
 * The span the timeline opens on: the articles (the user's own data; events reach back into
 * history) without their outliers, padded. Outliers are the 2.5% at each end, and single
 * articles at either end that lie further from the rest than the rest spans (at most 5% of them,
 * and at least one when there are four or more). Without articles, the events are framed the
 * same way. The span starts and ends on the first of a month, so "before March 2019" is exact.
 * `first`/`last` are each item's first and last day, sorted by `first`; `isArticle` picks the
 * articles. Null when there are no items.
 */
export function firstViewSpan(first: ArrayLike<number>, last: ArrayLike<number>, isArticle: (index: number) => boolean): DaySpan | null {
  let chosen: number[] = [];
  for (let i = 0; i < first.length; i++) if (isArticle(i)) chosen.push(i);
  if (chosen.length === 0) chosen = Array.from({ length: first.length }, (_, i) => i);
  if (chosen.length === 0) return null;

  const count = chosen.length;
  const tail = Math.floor((count * DIFFUSE_TAIL) / 2);
  let low = tail;
  let high = count - 1 - tail;
  let isolatedBudget = count >= 4 ? Math.max(1, Math.floor(count * ISOLATED_SHARE)) : 0;
  while (isolatedBudget > 0 && high - low >= 2) {
    const keptSpan = (from: number, to: number) => lastOf(last, chosen, from, to) - first[chosen[from]];
    const gapBefore = first[chosen[low + 1]] - lastOf(last, chosen, low, low);
    const gapAfter = first[chosen[high]] - lastOf(last, chosen, low, high - 1);
    if (gapBefore >= gapAfter && gapBefore > keptSpan(low + 1, high)) low++;
    else if (gapAfter > gapBefore && gapAfter > keptSpan(low, high - 1)) high--;
    else break;
    isolatedBudget--;
  }
  const start = first[chosen[low]];
  const end = lastOf(last, chosen, low, high) + 1;
  const span = Math.max(end - start, MIN_SPAN_DAYS);
  const middle = (start + end) / 2;
  const pad = Math.max(span * PAD_SHARE, MIN_PAD_DAYS);
  return { start: monthStartOf(middle - span / 2 - pad), end: monthStartOf(middle + span / 2 + pad, 1) };
}

/** The first day of the month holding `day`, or of a later month. */
function monthStartOf(day: number, monthsLater = 0): number {
  const iso = isoDate(Math.floor(day));
  const month = +iso.slice(0, 4) * 12 + +iso.slice(5, 7) - 1 + monthsLater;
  return dayNumber(`${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`);
}

function lastOf(last: ArrayLike<number>, chosen: readonly number[], from: number, to: number): number {
  let result = -Infinity;
  for (let n = from; n <= to; n++) result = Math.max(result, last[chosen[n]]);
  return result;
}

/** The span that shows every item, with a little room at both ends. */
export function fullSpan(first: ArrayLike<number>, last: ArrayLike<number>): DaySpan | null {
  if (first.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < first.length; i++) {
    start = Math.min(start, first[i]);
    end = Math.max(end, last[i] + 1);
  }
  const span = Math.max(end - start, MIN_SPAN_DAYS);
  const middle = (start + end) / 2;
  return { start: middle - span * 0.53, end: middle + span * 0.53 };
}

/**
 * Counts the items wholly before and wholly after a view, in O(log n): `firstSorted` and
 * `lastSorted` are the items' first and last days, each sorted ascending.
 */
export function countOutside(firstSorted: ArrayLike<number>, lastSorted: ArrayLike<number>, view: DaySpan): { before: number; after: number } {
  // before: the item's last day ends (at last + 1) by the view's start; after: it starts at or past its end
  const before = partitionPoint(lastSorted.length, (i) => lastSorted[i] + 1 <= view.start);
  const after = firstSorted.length - partitionPoint(firstSorted.length, (i) => firstSorted[i] < view.end);
  return { before, after };
}

/**
 * How the Articles lane draws its months: `titles`, one labelled row per article, when a month is
 * wide enough to start a text; `blocks`, one small block per article stacked in the month's column, with
 * the month's count above it; `bars`, one bar per month as tall as its share, with its count, when
 * even small blocks would not fit. The lane is as tall as its content, never more than `maxHeight`.
 */
export type ArticleLaneMode = 'titles' | 'blocks' | 'bars';

export interface ArticleLane {
  mode: ArticleLaneMode;
  /** height of one article's row (titles, blocks); of the tallest bar (bars) */
  rowHeight: number;
  /** rows drawn per month; a month with more articles shows "+N" in its last row */
  rows: number;
  /** the space for the month counts above the columns (blocks, bars) */
  countHeight: number;
  /** everything the lane's content needs */
  height: number;
}

/** a month this wide starts titles (a title runs on over the months after it that are free) */
export const ARTICLE_TITLE_MIN_WIDTH = 48;
const ARTICLE_TITLE_ROW = 20;
const MAX_BLOCK_ROW = 14;
const MIN_BLOCK_ROW = 4;
const COUNT_HEIGHT = 14;
const MAX_BAR_HEIGHT = 72;

/**
 * @param monthWidth pixels one month takes at the current zoom
 * @param busiestMonth most articles in one month (of the filtered model, so panning keeps the height)
 * @param maxHeight the most the lane's content may take
 */
export function articleLane(monthWidth: number, busiestMonth: number, maxHeight: number): ArticleLane {
  const most = Math.max(1, busiestMonth);
  if (monthWidth >= ARTICLE_TITLE_MIN_WIDTH) {
    const rows = Math.max(1, Math.min(most, Math.floor(maxHeight / ARTICLE_TITLE_ROW)));
    return { mode: 'titles', rowHeight: ARTICLE_TITLE_ROW, rows, countHeight: 0, height: rows * ARTICLE_TITLE_ROW };
  }
  const room = Math.max(0, maxHeight - COUNT_HEIGHT);
  if (most * MIN_BLOCK_ROW <= room) {
    const rowHeight = Math.min(MAX_BLOCK_ROW, Math.floor(room / most));
    return { mode: 'blocks', rowHeight, rows: most, countHeight: COUNT_HEIGHT, height: COUNT_HEIGHT + most * rowHeight };
  }
  const barHeight = Math.max(MIN_BLOCK_ROW, Math.min(MAX_BAR_HEIGHT, room));
  return { mode: 'bars', rowHeight: barHeight, rows: 1, countHeight: COUNT_HEIGHT, height: COUNT_HEIGHT + barHeight };
}
