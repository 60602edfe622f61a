// Where the timeline's marks go for a view: the Articles lane's month columns and the Events
// lane's rows, from a window the extension sent. Pure: it returns shapes, labels and hit
// geometry, and draw.ts paints them; Node tests check them. Work is set by the window, never the model.
import { itemExtent } from '../../src/core/timeline';
import type { ArticleLane } from '../../src/core/timelineView';
import { unitStart, type TimelineWindow, type WindowItem } from '../../src/core/timelineWindow';

export type Rect = [x0: number, y0: number, x1: number, y1: number];

/** What a point on the canvas leads to: an item, or a span to zoom in on (a month, a bucket). */
export type Hit =
  | { rect: Rect; item: WindowItem }
  | { rect: Rect; span: { start: number; end: number }; count: number; kind: 'articles' | 'events' };

export interface Label {
  x: number;
  y: number;
  /** pixels the text may take; cut with an ellipsis beyond */
  room: number;
  text: string;
  /** the text's measured width, when known */
  width?: number;
}

export interface ArticleShapes {
  chips: Rect[];
  edges: Rect[];
  blocks: Rect[];
  inferred: Rect[];
  titles: Label[];
  /** counts above the columns and "+N" notes, centred */
  notes: Label[];
  hits: Hit[];
}

export interface EventShapes {
  dots: { x: number; y: number }[];
  bars: Rect[];
  vague: Rect[];
  /** counts of the events not posted one by one, as a histogram at the lane's foot */
  buckets: Rect[];
  labels: Label[];
  notes: Label[];
  hits: Hit[];
}

export interface Frame {
  toX: (day: number) => number;
  width: number;
  measure: (text: string) => number;
  formatNumber: (value: number) => string;
}

const EVENT_ROW_HEIGHT = 18;
/** event labels are drawn when the visible events leave each about this much room */
const EVENT_LABEL_ROOM = 160;
const MAX_LABEL_WIDTH = 260;
const DOT_RADIUS = 4;
const MAX_BUCKET_HEIGHT = 48;

/**
 * Articles: one column per month. Wide months stack one titled row per article; narrower ones
 * stack small blocks, and when even those do not fit a month is one bar as tall as its share
 * (a click zooms in on it); both with the month's count above the column where it fits. Rows the
 * window left without an article (a cap) are drawn as blocks that zoom in on their month.
 */
export function layoutArticles(window: TimelineWindow, lane: ArticleLane, busiestMonth: number, top: number, frame: Frame): ArticleShapes {
  const { toX, width, measure, formatNumber } = frame;
  const shapes: ArticleShapes = { chips: [], edges: [], blocks: [], inferred: [], titles: [], notes: [], hits: [] };
  const byMonth = new Map<number, WindowItem[]>();
  for (const item of window.articles) {
    const day = itemExtent(item).first;
    let list = byMonth.get(day);
    if (!list) byMonth.set(day, (list = []));
    list.push(item);
  }
  const columnsTop = top + lane.countHeight;
  const months = window.articleMonths;
  // the months in view, as indexes into the flat triples
  const columns: number[] = [];
  for (let m = 0; m < months.length; m += 3) {
    const monthEnd = nextMonth(months[m]);
    if (toX(monthEnd) >= 0 && toX(months[m]) <= width) columns.push(m);
  }
  // a title runs on to the next month that has an article in the same row
  const titleEnd = new Float64Array(columns.length * lane.rows);
  if (lane.mode === 'titles') {
    const nextStart = new Float64Array(lane.rows).fill(width);
    for (let c = columns.length - 1; c >= 0; c--) {
      const x0 = toX(months[columns[c]]);
      const used = Math.min(lane.rows, months[columns[c] + 1]);
      for (let n = 0; n < used; n++) {
        titleEnd[c * lane.rows + n] = nextStart[n];
        nextStart[n] = x0;
      }
    }
  }
  columns.forEach((m, c) => {
    const day = months[m];
    const count = months[m + 1];
    const inferredCount = months[m + 2];
    const monthSpan = { start: day, end: nextMonth(day) };
    const x0 = toX(day);
    const x1 = toX(monthSpan.end);
    const columnWidth = Math.max(1, x1 - x0 - 2);
    if (lane.countHeight > 0) {
      const text = formatNumber(count);
      if (measure(text) + 4 <= columnWidth) shapes.notes.push({ x: x0 + 1 + columnWidth / 2, y: top + lane.countHeight / 2, room: columnWidth, text });
    }
    if (lane.mode === 'bars') {
      const barHeight = Math.max(2, Math.round((lane.rowHeight * count) / Math.max(1, busiestMonth)));
      const solidHeight = Math.round((barHeight * (count - inferredCount)) / count);
      const barTop = columnsTop + lane.rowHeight - barHeight;
      shapes.blocks.push([x0 + 1, barTop, x0 + 1 + columnWidth, barTop + solidHeight]);
      if (inferredCount > 0) shapes.inferred.push([x0 + 1, barTop + solidHeight, x0 + 1 + columnWidth, barTop + barHeight]);
      shapes.hits.push({ rect: [x0 + 1, barTop, x0 + 1 + columnWidth, barTop + barHeight], span: monthSpan, count, kind: 'articles' });
      return;
    }
    const items = byMonth.get(day) ?? [];
    const shown = count > lane.rows ? lane.rows - 1 : count;
    const gap = lane.rowHeight >= 6 ? 2 : 1;
    for (let n = 0; n < shown; n++) {
      const item = items[n];
      const y = columnsTop + n * lane.rowHeight;
      const rect: Rect = [x0 + 1, y, x0 + 1 + columnWidth, y + lane.rowHeight - gap];
      if (!item) {
        shapes.blocks.push(rect);
        shapes.hits.push({ rect, span: monthSpan, count, kind: 'articles' });
        continue;
      }
      if (lane.mode === 'titles') {
        // a light chip with a solid edge, so the title reads in the foreground colour on and past it
        (item.inferred ? shapes.inferred : shapes.chips).push(rect);
        if (!item.inferred) shapes.edges.push([x0 + 1, y, x0 + 4, y + lane.rowHeight - gap]);
        const textStart = Math.max(x0, 0) + 7;
        shapes.titles.push({ x: textStart, y: y + (lane.rowHeight - gap) / 2, room: titleEnd[c * lane.rows + n] - textStart - 8, text: item.label });
      } else {
        (item.inferred ? shapes.inferred : shapes.blocks).push(rect);
      }
      shapes.hits.push({ rect, item });
    }
    if (shown < count) {
      const y = columnsTop + shown * lane.rowHeight;
      shapes.hits.push({ rect: [x0 + 1, y, x0 + 1 + columnWidth, y + lane.rowHeight], span: monthSpan, count, kind: 'articles' });
      shapes.notes.push({ x: x0 + 1 + Math.min(columnWidth, 40) / 2, y: y + lane.rowHeight / 2, room: columnWidth, text: `+${formatNumber(count - shown)}` });
    }
  });
  return shapes;
}

/**
 * Events: dots for days, bars for ranges, hollow bars for a month or a year, packed into rows;
 * the events the window only counts stand as a histogram at the lane's foot (a click zooms in).
 */
export function layoutEvents(window: TimelineWindow, top: number, height: number, frame: Frame): EventShapes {
  const { toX, width, measure, formatNumber } = frame;
  const shapes: EventShapes = { dots: [], bars: [], vague: [], buckets: [], labels: [], notes: [], hits: [] };
  const buckets = window.eventBuckets;
  const histogram = buckets.length > 0 ? Math.min(MAX_BUCKET_HEIGHT, Math.max(0, height - EVENT_ROW_HEIGHT)) : 0;
  const rowCount = Math.max(1, Math.floor((height - histogram) / EVENT_ROW_HEIGHT));
  const extents = window.events.map((item) => itemExtent(item));
  let visible = 0;
  for (const { first, last } of extents) if (toX(last + 1) >= 0 && toX(first) <= width) visible++;
  const withLabels = visible * EVENT_LABEL_ROOM <= rowCount * width;
  const rowEnd = new Float64Array(rowCount).fill(-Infinity);
  window.events.forEach((item, n) => {
    const { first, last } = extents[n];
    const isDot = item.precision === 'day' && !item.end;
    const x0 = isDot ? toX(first + 0.5) - DOT_RADIUS : toX(first);
    const x1 = isDot ? x0 + 2 * DOT_RADIUS : Math.max(toX(last + 1), x0 + 6);
    if (x1 < -MAX_LABEL_WIDTH || x0 > width) return;
    const labelWidth = withLabels ? measure(item.label) : 0;
    const labelRoom = Math.min(labelWidth, MAX_LABEL_WIDTH);
    // a bar's label starts inside the bar (at the left edge of the view when the bar starts before it)
    const labelStart = isDot ? x1 + 4 : Math.max(x0, 0) + 4;
    const occupiedEnd = Math.max(x1, labelStart + labelRoom) + 6;
    let row = 0;
    while (row < rowCount && rowEnd[row] > x0) row++;
    // no free row: overlap in the row that frees up first, without a label
    const free = row < rowCount;
    if (!free) row = rowEnd.indexOf(Math.min(...rowEnd));
    rowEnd[row] = Math.max(rowEnd[row], free ? occupiedEnd : x1 + 2);
    const middle = top + row * EVENT_ROW_HEIGHT + EVENT_ROW_HEIGHT / 2;
    if (isDot) {
      shapes.dots.push({ x: x0 + DOT_RADIUS, y: middle });
      shapes.hits.push({ rect: [x0, middle - DOT_RADIUS - 1, x1, middle + DOT_RADIUS + 1], item });
    } else {
      (item.end ? shapes.bars : shapes.vague).push([x0, middle - 7, x1, middle + 7]);
      shapes.hits.push({ rect: [x0, middle - 7, x1, middle + 7], item });
    }
    // cut at the canvas edge with an ellipsis rather than by the edge
    const room = Math.min(labelRoom, width - labelStart - 4);
    if (free && room >= 40) shapes.labels.push({ x: labelStart, y: middle, room, text: item.label, width: labelWidth });
  });
  if (histogram > 0) {
    let most = 1;
    for (let b = 2; b < buckets.length; b += 3) most = Math.max(most, buckets[b]);
    const foot = top + height;
    for (let b = 0; b < buckets.length; b += 3) {
      const x0 = Math.max(toX(buckets[b]), -1);
      const x1 = Math.min(Math.max(toX(buckets[b + 1]) - 1, x0 + 1), width + 1);
      if (x1 < 0 || x0 > width) continue;
      const count = buckets[b + 2];
      const barTop = foot - Math.max(2, Math.round((histogram * count) / most));
      const rect: Rect = [x0, barTop, x1, foot];
      shapes.buckets.push(rect);
      shapes.hits.push({ rect, span: { start: buckets[b], end: buckets[b + 1] }, count, kind: 'events' });
      const text = formatNumber(count);
      if (measure(text) + 4 <= x1 - x0) shapes.notes.push({ x: (x0 + x1) / 2, y: barTop - 7, room: x1 - x0, text });
    }
  }
  return shapes;
}

function nextMonth(day: number): number {
  return unitStart(day, 'month', 1);
}

/** The hit under a point, the topmost (last laid out) first. */
export function hitAt(hits: readonly Hit[], x: number, y: number): Hit | undefined {
  for (let h = hits.length - 1; h >= 0; h--) {
    const [x0, y0, x1, y1] = hits[h].rect;
    if (x >= x0 - 2 && x <= x1 + 2 && y >= y0 - 2 && y <= y1 + 2) return hits[h];
  }
  return undefined;
}

/** Where an item was drawn. */
export function itemRect(hits: readonly Hit[], id: string): Rect | undefined {
  for (const hit of hits) if ('item' in hit && hit.item.id === id) return hit.rect;
  return undefined;
}
