// What the timeline webview gets of a large model: the part its view needs. The model stays with
// the extension; for each view the webview asks for, `timelineWindow` answers with the article
// months in reach (counts, and the articles the Articles lane can show), and the events either one
// by one (zoomed in far enough) or as counts per day, month or year. The work per request is
// bounded by what it returns, never by the model: sorted arrays, binary search, one index per filter.
import { inertText } from './inertText';
import { partitionPoint } from './sortedSearch';
import { filterTimeline, itemExtent, type TimelineFilter, type TimelineItem, type TimelineModel } from './timeline';
import { articleLane, countOutside, firstViewSpan, fullSpan, type DaySpan } from './timelineView';

/** What the webview draws, in CSS pixels; checked by the protocol before it gets here. */
export interface WindowRequest {
  view: DaySpan;
  /** width of the canvas */
  width: number;
  /** the most height the Articles lane may take (`articleLane`'s maxHeight) */
  articleLaneHeight: number;
}

/** The filtered model in a few numbers, for the toolbar, the framing and the lane heights. */
export interface TimelineSummary {
  items: number;
  range: TimelineModel['range'];
  /** the span to open on (firstViewSpan) and the one that shows everything (fullSpan) */
  firstView: DaySpan | null;
  fullView: DaySpan | null;
  /** most articles in one month: the Articles lane's height does not change while panning */
  busiestMonth: number;
}

/** An item as posted: its text inert, its actors cut to the few the tooltip names. */
export type WindowItem = TimelineItem & {
  /** the item's other listed actors, beyond `actors` */
  moreActors?: number;
};

export interface TimelineWindow {
  /** the span the reply covers: the view and half a view either side, so a pan draws at once */
  span: DaySpan;
  /** items wholly before and after the view */
  before: number;
  after: number;
  /** the months with articles in `span`, flat: first day, article count, inferred count */
  articleMonths: number[];
  /** the articles of those months that the lane can show (the first rows of each month) */
  articles: WindowItem[];
  /** events overlapping `span` */
  eventCount: number;
  /**
   * the events in `span` posted one by one: the shortest first (days, then ranges, months, years),
   * as many kinds as fit; none when even the single days are too many
   */
  events: WindowItem[];
  /**
   * the other events as counts, flat: first day, end day (exclusive), count. With `events`, the
   * longer ones grouped by their extent (a year, a month); without, all of them by the day, month
   * or year they start in, as fine as the view's scale allows
   */
  eventBuckets: number[];
}

/** The fewest pixels a bucket of events takes: a finer unit would draw bars thinner than this. */
export const MIN_BUCKET_PIXELS = 4;
/** Caps that keep a reply far below 1 MB of JSON whatever the archive (a test checks it). */
export const MAX_WINDOW_ARTICLES = 600;
export const MAX_WINDOW_EVENTS = 800;
/** distinct extents of the longer events counted in one reply (a year, a month, a range each) */
const MAX_EVENT_GROUPS = 2000;
/** an extent as one number: first day * EXTENT_KEY + length (lengths stay below 2^18 days, 700 years) */
const EXTENT_KEY = 2 ** 18;
const MAX_ITEM_BYTES = 850_000;
/** the actors a tooltip names; the rest are counted */
const SHOWN_ACTORS = 5;
const DAY_MS = 86_400_000;

/**
 * The model filtered once and laid out for window requests. Build one per model and filter (O(n
 * log n)); every request after that costs O(log n) per returned month, bucket or item.
 */
export class TimelineIndex {
  readonly summary: TimelineSummary;
  private readonly items: readonly TimelineItem[];
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly lastSorted: Int32Array;
  /** article indexes (into items) grouped by month: monthStart[m], articles monthOffset[m] … monthOffset[m+1] */
  private readonly articleIndex: Int32Array;
  private readonly monthStart: Int32Array;
  private readonly monthOffset: Int32Array;
  private readonly monthInferred: Int32Array;
  /** every event's first day, ascending (events are in item order) */
  private readonly eventFirst: Int32Array;
  /** events by length class (at most 2^k days), shortest first: an overlap query scans little */
  private readonly eventClasses: LengthClass[];
  /** item ids to positions, made on first use (a reload restoring the focused item) */
  private positions: Map<string, number> | undefined;

  constructor(model: TimelineModel, filter: TimelineFilter = {}) {
    const filtered = filterTimeline(model, filter);
    const items = (this.items = filtered.items);
    const count = items.length;
    this.first = new Int32Array(count);
    this.last = new Int32Array(count);
    const articles: number[] = [];
    const events: number[] = [];
    const months: number[] = [];
    const offsets: number[] = [];
    const inferred: number[] = [];
    const classes = new Map<number, number[]>();
    let busiestMonth = 0;
    for (let i = 0; i < count; i++) {
      const item = items[i];
      const extent = itemExtent(item);
      this.first[i] = extent.first;
      this.last[i] = extent.last;
      if (item.kind === 'article') {
        if (months.at(-1) !== extent.first) {
          months.push(extent.first);
          offsets.push(articles.length);
          inferred.push(0);
        }
        if (item.inferred) inferred[inferred.length - 1]++;
        articles.push(i);
        busiestMonth = Math.max(busiestMonth, articles.length - offsets.at(-1)!);
      } else {
        events.push(i);
        const lengthClass = Math.ceil(Math.log2(extent.last - extent.first + 1));
        let list = classes.get(lengthClass);
        if (!list) classes.set(lengthClass, (list = []));
        list.push(i);
      }
    }
    offsets.push(articles.length);
    this.articleIndex = Int32Array.from(articles);
    this.monthStart = Int32Array.from(months);
    this.monthOffset = Int32Array.from(offsets);
    this.monthInferred = Int32Array.from(inferred);
    this.eventFirst = Int32Array.from(events, (i) => this.first[i]);
    this.lastSorted = Int32Array.from(this.last).sort();
    this.eventClasses = [...classes].sort((a, b) => a[0] - b[0]).map(([lengthClass, list]) => ({
      maxLength: 2 ** lengthClass,
      index: Int32Array.from(list),
      first: Int32Array.from(list, (i) => this.first[i]),
      last: Int32Array.from(list, (i) => this.last[i]),
      lastSorted: Int32Array.from(list, (i) => this.last[i]).sort(),
    }));
    this.summary = {
      items: count,
      range: filtered.range,
      firstView: firstViewSpan(this.first, this.last, (i) => items[i].kind === 'article'),
      fullView: fullSpan(this.first, this.last),
      busiestMonth,
    };
  }

  /** The item at a position (0-based, in time order), or undefined. */
  item(position: number): TimelineItem | undefined {
    return this.items[position];
  }

  /**
   * The position of an item by its id; -1 when the filter leaves it out. `hint` is where the
   * item was (the webview knows it): checked in O(1) before the ids are indexed.
   */
  positionOf(id: string, hint?: number): number {
    if (hint !== undefined && this.items[hint]?.id === id) return hint;
    this.positions ??= new Map(this.items.map((item, i) => [item.id, i]));
    return this.positions.get(id) ?? -1;
  }

  /** Whether any item overlaps the span (the view a model update keeps, unless it would be empty). */
  intersects(span: DaySpan): boolean {
    const { before, after } = countOutside(this.first, this.lastSorted, span);
    return before + after < this.items.length;
  }

  /** The first item (in time order) that overlaps the span; -1 when none does. */
  firstIn(span: DaySpan): number {
    let best = Infinity;
    const month = this.firstMonthReaching(span.start);
    if (month < this.monthStart.length && this.monthStart[month] < span.end) best = this.articleIndex[this.monthOffset[month]];
    for (const lengthClass of this.eventClasses) {
      for (const n of overlapping(lengthClass, span)) {
        best = Math.min(best, lengthClass.index[n]);
        break;
      }
    }
    return Number.isFinite(best) ? best : -1;
  }

  /**
   * The window for a view.
   * @param present turns an item into what is posted (`windowItem`); the byte cap counts its result
   */
  window(request: WindowRequest, present: (item: TimelineItem) => WindowItem = (item) => item): TimelineWindow {
    const { view, width } = request;
    const spanDays = view.end - view.start;
    const span = { start: view.start - spanDays / 2, end: view.end + spanDays / 2 };
    const { before, after } = countOutside(this.first, this.lastSorted, view);
    const budget = { bytes: MAX_ITEM_BYTES };

    const monthWidth = (30.44 * width) / spanDays;
    const lane = articleLane(monthWidth, this.summary.busiestMonth, request.articleLaneHeight);
    const rows = lane.mode === 'bars' ? 0 : lane.rows;
    const articleMonths: number[] = [];
    const months: number[] = [];
    for (let m = this.firstMonthReaching(span.start); m < this.monthStart.length && this.monthStart[m] < span.end; m++) {
      const count = this.monthOffset[m + 1] - this.monthOffset[m];
      articleMonths.push(this.monthStart[m], count, this.monthInferred[m]);
      months.push(m);
    }
    const articles = this.laneArticles(months, rows, present, budget);

    const events = this.eventsIn(span, present, budget);
    const eventBuckets = events.sent.length > 0 || events.count === 0 ? events.groups : this.buckets(span, bucketUnit(width / spanDays));
    return { span, before, after, articleMonths, articles, eventCount: events.count, events: events.sent, eventBuckets };
  }

  /** Row by row across the months, so a cap leaves every month the same number of rows. */
  private laneArticles(months: readonly number[], rows: number, present: (item: TimelineItem) => WindowItem, budget: { bytes: number }): WindowItem[] {
    const chosen: number[] = [];
    fill: for (let row = 0; row < rows; row++) {
      let added = false;
      for (const m of months) {
        const count = this.monthOffset[m + 1] - this.monthOffset[m];
        // the lane's last row says "+N" when the month has more articles than rows
        const shown = count > rows ? rows - 1 : count;
        if (row >= shown) continue;
        if (chosen.length >= MAX_WINDOW_ARTICLES) break fill;
        chosen.push(this.articleIndex[this.monthOffset[m] + row]);
        added = true;
      }
      if (!added) break;
    }
    chosen.sort((a, b) => a - b);
    const result: WindowItem[] = [];
    for (const index of chosen) {
      const item = present(this.items[index]);
      budget.bytes -= jsonBytes(item);
      if (budget.bytes < 0) break;
      result.push(item);
    }
    return result;
  }

  /**
   * The events overlapping the span: those of the shortest length classes one by one, as many
   * classes as fit the caps, and the longer ones counted per extent (`groups`). Nothing is sent
   * one by one when the shortest class alone is over the caps.
   */
  private eventsIn(span: DaySpan, present: (item: TimelineItem) => WindowItem, budget: { bytes: number }): { count: number; sent: WindowItem[]; groups: number[] } {
    const counts = this.eventClasses.map((lengthClass) => countBelow(lengthClass.first, (first) => first < span.end) - countBelow(lengthClass.lastSorted, (last) => last + 1 <= span.start));
    const count = counts.reduce((sum, n) => sum + n, 0);
    let included = 0;
    for (let total = 0; included < counts.length && total + counts[included] <= MAX_WINDOW_EVENTS; included++) total += counts[included];
    // even the shortest are too many: the caller counts them all per unit of time
    if (included === 0) return { count, sent: [], groups: [] };
    const indexes: number[] = [];
    for (const lengthClass of this.eventClasses.slice(0, included)) for (const n of overlapping(lengthClass, span)) indexes.push(lengthClass.index[n]);
    indexes.sort((a, b) => a - b);
    const sent: WindowItem[] = [];
    for (const index of indexes) {
      const item = present(this.items[index]);
      budget.bytes -= jsonBytes(item);
      // over the byte budget (long labels): counts instead, as when there are too many
      if (budget.bytes < 0) return { count, sent: [], groups: [] };
      sent.push(item);
    }
    const byExtent = new Map<number, number>();
    const extents: [number, number][] = [];
    for (const lengthClass of this.eventClasses.slice(included)) {
      for (const n of overlapping(lengthClass, span)) {
        const key = lengthClass.first[n] * EXTENT_KEY + (lengthClass.last[n] - lengthClass.first[n]);
        const seen = byExtent.get(key);
        if (seen !== undefined) extents[seen][1]++;
        else if (extents.length < MAX_EVENT_GROUPS) {
          byExtent.set(key, extents.length);
          extents.push([key, 1]);
        }
      }
    }
    extents.sort((a, b) => a[0] - b[0]);
    const groups = extents.flatMap(([key, n]) => {
      const first = Math.floor(key / EXTENT_KEY);
      return [first, first + (key - first * EXTENT_KEY) + 1, n];
    });
    return { count, sent, groups };
  }

  /** Counts of the events starting in each non-empty unit of the span; O(log n) per bucket. */
  private buckets(span: DaySpan, unit: BucketUnit): number[] {
    const result: number[] = [];
    const starts = this.eventFirst;
    for (let n = countBelow(starts, (first) => first < span.start); n < starts.length && starts[n] < span.end;) {
      const bucketStart = unitStart(starts[n], unit);
      const bucketEnd = unitStart(bucketStart, unit, 1);
      const next = countBelow(starts, (first) => first < bucketEnd);
      result.push(bucketStart, bucketEnd, next - n);
      n = next;
    }
    return result;
  }

  /** The first month whose articles end after `day`. */
  private firstMonthReaching(day: number): number {
    // a month lasts at most 31 days: start the search that far back, then skip the ended ones
    let m = countBelow(this.monthStart, (start) => start <= day - 31);
    while (m < this.monthStart.length && unitStart(this.monthStart[m], 'month', 1) <= day) m++;
    return m;
  }
}

export type BucketUnit = 'day' | 'month' | 'year';

/** The finest unit whose buckets are at least MIN_BUCKET_PIXELS wide at `scale` pixels per day. */
export function bucketUnit(scale: number): BucketUnit {
  if (scale >= MIN_BUCKET_PIXELS) return 'day';
  if (scale * 28 >= MIN_BUCKET_PIXELS) return 'month';
  return 'year';
}

/** The first day of the unit holding `day`, or of the unit `later` units on. */
export function unitStart(day: number, unit: BucketUnit, later = 0): number {
  if (unit === 'day') return Math.floor(day) + later;
  const date = new Date(Math.floor(day) * DAY_MS);
  const year = date.getUTCFullYear();
  return unit === 'month'
    ? Date.UTC(year, date.getUTCMonth() + later, 1) / DAY_MS
    : Date.UTC(year + later, 0, 1) / DAY_MS;
}

/**
 * An item as the webview gets it: label and detail inert, the actors cut to the listed ones the
 * tooltip names (`listed`: the actor list the webview has), the others counted.
 */
export function windowItem(item: TimelineItem, listed: ReadonlySet<string>): WindowItem {
  const actors = item.actors.filter((id) => listed.has(id));
  const result: WindowItem = { ...item, label: inertText(item.label), detail: inertText(item.detail), actors: actors.slice(0, SHOWN_ACTORS) };
  if (actors.length > SHOWN_ACTORS) result.moreActors = actors.length - SHOWN_ACTORS;
  return result;
}

/** Bytes of a value's JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // a surrogate pair (4 bytes) counts 2 + 2
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

interface LengthClass {
  /** the longest extent in days of an item in the class */
  maxLength: number;
  /** item indexes, with each item's first and last day, in item order (so `first` ascends) */
  index: Int32Array;
  first: Int32Array;
  last: Int32Array;
  lastSorted: Int32Array;
}

/** Positions in the class of the items overlapping the span; scans at most the class's length before it. */
function* overlapping(lengthClass: LengthClass, span: DaySpan): Generator<number> {
  const { first, last, maxLength } = lengthClass;
  // an item overlaps when last + 1 > span.start; last < first + maxLength
  for (let n = countBelow(first, (day) => day + maxLength <= span.start); n < first.length && first[n] < span.end; n++) {
    if (last[n] + 1 > span.start) yield n;
  }
}

/** How many values at the start of an ascending list satisfy a condition that holds up to some point. */
function countBelow(sorted: ArrayLike<number>, holds: (value: number) => boolean): number {
  return partitionPoint(sorted.length, (i) => holds(sorted[i]));
}
