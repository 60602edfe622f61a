// The timeline webview: a zoomable, pannable time axis drawn on one canvas (fast with tens of
// thousands of items), with a visually hidden listbox that mirrors the focused item for screen
// readers. Article text is untrusted: it only ever reaches the DOM through textContent.
import './timeline.css';
import { filterTimeline, itemExtent, type TimelineItem, type TimelineModel } from '../../src/core/timeline';
import { articleLane, countOutside, firstViewSpan, fullSpan, type ArticleLane } from '../../src/core/timelineView';
import { axisTicks, dateOf, makeFormats } from './axis';
import { createFilterBar, fill, type FilterValue } from './filterBar';
import {
  parseTimelineState, TIMELINE_STRINGS,
  type ExtensionMessage, type TimelineState, type TimelineStrings, type WebviewMessage,
} from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: TimelineState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const DAY_MS = 86_400_000;
const AXIS_HEIGHT = 30;
const LANE_LABEL_HEIGHT = 18;
const EVENT_ROW_HEIGHT = 18;
/** the Articles lane takes at most this share of the height below the axis */
const ARTICLE_LANE_SHARE = 0.45;
/** event labels are drawn when the visible events leave each about this much room */
const EVENT_LABEL_ROOM = 160;
const MAX_LABEL_WIDTH = 260;
const MIN_TICK_SPACING = 80;
const ZOOM_STEP = 1.6;
const MIN_SPAN_DAYS = 3;
const DRAG_THRESHOLD = 4;
const DOT_RADIUS = 4;

const vscode = acquireVsCodeApi();
const strings = readStrings();
const language = document.documentElement.lang || navigator.language;
const formats = makeFormats(language);

// ---- state --------------------------------------------------------------------------------

interface Layout {
  model: TimelineModel;
  /** first and last day (inclusive) of every item, by index in model.items */
  first: Int32Array;
  last: Int32Array;
  articles: number[];
  events: number[];
  /** every item's last day, ascending: counts what lies before the view in O(log n) */
  lastSorted: Int32Array;
  /** most articles in one month: sizes the histogram rows */
  busiestMonth: number;
  /** measured label widths, NaN until measured (reset when the font changes) */
  labelWidth: Float32Array;
  indexById: Map<string, number>;
}

const saved = parseTimelineState(vscode.getState());
let fullModel: TimelineModel | null = null;
let layout: Layout | null = null;
let filter: FilterValue = { actorIds: saved.actorIds ?? [], from: saved.from, to: saved.to };
let view = saved.view ?? null;
let focused = -1;
let focusedId: string | null = saved.focusedId ?? null;
let hovered = -1;
/** geometry of the items drawn last: x0, y0, x1, y1, index (flat) */
let hits: number[] = [];
/** months drawn as one bar: x0, y0, x1, y1, first and last item index (flat) */
let monthHits: number[] = [];
let colors = readColors();
let drawQueued = false;
let canvasCssWidth = 0;

// ---- DOM ----------------------------------------------------------------------------------

const toolbar = element('div', 'toolbar', document.body);
toolbar.setAttribute('role', 'toolbar');
const filterBar = createFilterBar(toolbar, strings, (n) => formats.number.format(n), (value) => {
  filter = value;
  applyFilter(true);
  announceView();
  vscode.postMessage({ type: 'filterActors', actorIds: filter.actorIds });
  saveState();
});
filterBar.show(filter);
const legend = element('span', 'legend', toolbar);
legend.setAttribute('aria-hidden', 'true');
for (const [kind, text] of [['article', strings.articles], ['inferred', strings.inferred], ['event', strings.events]]) {
  const entry = element('span', '', legend);
  element('span', `swatch ${kind}`, entry);
  entry.append(text);
}
element('span', 'spacer', toolbar);
const countLabel = element('span', 'count', toolbar);
const zoomOutButton = iconButton('zoom-out', strings.zoomOut);
const zoomInButton = iconButton('zoom-in', strings.zoomIn);
const fitButton = iconButton('screen-full', strings.fit);

const stage = element('div', 'stage', document.body);
stage.tabIndex = 0;
stage.setAttribute('role', 'listbox');
stage.setAttribute('aria-label', strings.listLabel);
const canvas = element('canvas', '', stage);
canvas.setAttribute('aria-hidden', 'true');
const context = canvas.getContext('2d', { alpha: false })!;
// Two option elements take turns, so a screen reader hears every change of aria-activedescendant.
const options = [0, 1].map((n) => {
  const option = element('div', 'visually-hidden', stage);
  option.id = `timeline-option-${n}`;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'true');
  return option;
});
let optionTurn = 0;
const message = element('div', 'message', stage);
message.textContent = strings.loading;

const footer = element('div', 'footer', document.body);
const details = element('div', 'details', footer);
details.setAttribute('aria-hidden', 'true');
// what the view leaves out; a click shows everything
const outsideNote = element('button', 'outside', footer);
outsideNote.type = 'button';
outsideNote.hidden = true;
const tooltip = element('div', 'tooltip', document.body);
tooltip.setAttribute('role', 'tooltip');
tooltip.hidden = true;
const status = element('div', 'visually-hidden', document.body);
status.setAttribute('aria-live', 'polite');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: HTMLElement): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  parent.append(node);
  return node;
}

function iconButton(icon: string, label: string): HTMLButtonElement {
  const button = element('button', '', toolbar);
  button.type = 'button';
  button.title = label;
  button.setAttribute('aria-label', label);
  element('span', `codicon codicon-${icon}`, button);
  return button;
}

function readStrings(): TimelineStrings {
  try {
    const given = JSON.parse(document.body.dataset.strings ?? '{}') as Record<string, unknown>;
    const result: Record<string, string> = { ...TIMELINE_STRINGS };
    for (const key of Object.keys(result)) if (typeof given[key] === 'string') result[key] = given[key];
    return result as TimelineStrings;
  } catch {
    return { ...TIMELINE_STRINGS };
  }
}

// ---- dates --------------------------------------------------------------------------------

/** The item's date as a person would write it, matching its precision. */
function itemDate(index: number): string {
  const { model, first, last } = layout!;
  const item = model.items[index];
  if (item.end) return formats.full.formatRange(dateOf(first[index]), dateOf(last[index]));
  if (item.precision === 'year') return formats.year.format(dateOf(first[index]));
  if (item.precision === 'month') return formats.longMonthYear.format(dateOf(first[index]));
  return formats.full.format(dateOf(first[index]));
}

// ---- theme --------------------------------------------------------------------------------

interface Colors {
  background: string;
  foreground: string;
  muted: string;
  grid: string;
  border: string;
  article: string;
  event: string;
  focus: string;
  contrast: string;
  font: string;
  boldFont: string;
}

function readColors(): Colors {
  const style = getComputedStyle(document.documentElement);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const foreground = variable('--vscode-foreground', getComputedStyle(document.body).color);
  const family = variable('--vscode-font-family', 'sans-serif');
  const size = variable('--vscode-font-size', '13px');
  return {
    background: variable('--vscode-editor-background', getComputedStyle(document.body).backgroundColor),
    foreground,
    muted: variable('--vscode-descriptionForeground', foreground),
    grid: variable('--vscode-editorIndentGuide-background1', variable('--vscode-panel-border', foreground)),
    border: variable('--vscode-panel-border', variable('--vscode-editorIndentGuide-background1', foreground)),
    article: variable('--vscode-charts-blue', '#3794ff'),
    // charts.orange is translucent in the default themes and has no value in high contrast:
    // charts.yellow (the warning colour) is opaque in every theme
    event: variable('--vscode-charts-yellow', variable('--vscode-editorWarning-foreground', '#cca700')),
    focus: variable('--vscode-focusBorder', foreground),
    contrast: variable('--vscode-contrastBorder', ''),
    font: `${size} ${family}`,
    boldFont: `600 ${size} ${family}`,
  };
}

function onThemeChange(): void {
  colors = readColors();
  if (layout) layout.labelWidth.fill(NaN);
  requestDraw();
}
// VS Code switches the body class (vscode-light/dark/high-contrast) and rewrites the variables in
// the <html> style attribute when the theme changes.
new MutationObserver(onThemeChange).observe(document.body, { attributes: true, attributeFilter: ['class'] });
new MutationObserver(onThemeChange).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });

// ---- model --------------------------------------------------------------------------------

function applyFilter(fit: boolean): void {
  if (!fullModel) return;
  const model = filterTimeline(fullModel, filter);
  const count = model.items.length;
  const first = new Int32Array(count);
  const last = new Int32Array(count);
  const articles: number[] = [];
  const events: number[] = [];
  const indexById = new Map<string, number>();
  let busiestMonth = 0;
  let run = 0;
  model.items.forEach((item, index) => {
    const extent = itemExtent(item);
    first[index] = extent.first;
    last[index] = extent.last;
    indexById.set(item.id, index);
    if (item.kind === 'article') {
      const previous = articles[articles.length - 1];
      run = previous !== undefined && first[previous] === extent.first ? run + 1 : 1;
      busiestMonth = Math.max(busiestMonth, run);
      articles.push(index);
    } else {
      events.push(index);
    }
  });
  const lastSorted = Int32Array.from(last).sort();
  layout = { model, first, last, articles, events, lastSorted, busiestMonth, labelWidth: new Float32Array(count).fill(NaN), indexById };
  focused = focusedId !== null ? indexById.get(focusedId) ?? -1 : -1;
  hovered = -1;
  if (fit || !view || !intersectsData(view)) openOnData();

  countLabel.textContent = fill(strings.itemCount, formats.number.format(count));
  message.hidden = count > 0;
  const filtered = filter.actorIds.length > 0 || filter.from !== undefined || filter.to !== undefined;
  message.textContent = filtered && fullModel.items.length > 0 ? strings.emptyFilter : strings.empty;
  showDetails(focused);
  requestDraw();
}

function intersectsData(span: { start: number; end: number }): boolean {
  if (!layout) return false;
  const { first, last } = layout;
  return layout.model.items.some((_, i) => first[i] <= span.end && last[i] + 1 >= span.start);
}

function showActors(): void {
  filterBar.setActors(fullModel?.actors ?? [], filter.actorIds);
  const range = fullModel?.range;
  filterBar.setMonthBounds(range?.start.slice(0, 7), range?.end.slice(0, 7));
}

/** Shows one actor's items (or all, for null), as the extension asks (dossier.showOnTimeline). */
function selectActor(id: string | null): void {
  const known = id === null || (fullModel?.actors.some((actor) => actor.id === id) ?? false);
  filter = { actorIds: known && id !== null ? [id] : [] };
  filterBar.show(filter);
  applyFilter(true);
  // an actor without dated items: say so under the full timeline
  if (!known) details.textContent = strings.emptyActor;
  if (known) announceView();
  else announce(strings.emptyActor);
  saveState();
}

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const data = event.data;
  if (typeof data !== 'object' || data === null) return;
  if (data.type === 'model' && data.model && Array.isArray(data.model.items)) {
    const first = fullModel === null;
    fullModel = data.model;
    // an empty model (the workspace still being indexed) keeps the saved actors for the next one
    if (fullModel.items.length > 0) filter = { ...filter, actorIds: filter.actorIds.filter((id) => fullModel!.actors.some((actor) => actor.id === id)) };
    showActors();
    if (data.actorId !== undefined) selectActor(data.actorId);
    else {
      applyFilter(first && !saved.view);
      if (first) announceView();
    }
  } else if (data.type === 'focusActor') {
    selectActor(typeof data.actorId === 'string' ? data.actorId : null);
  }
});

// ---- view ---------------------------------------------------------------------------------

/** Opens on the dense part of the data: the articles without their outliers (timelineView.ts). */
function openOnData(): void {
  const { first, last, model } = layout ?? {};
  view = (first && last && model && firstViewSpan(first, last, (i) => model.items[i].kind === 'article')) || view || defaultView();
}

/** Shows every item (the button, the 0 key, a click on the note of what lies outside). */
function fitView(): void {
  view = (layout && fullSpan(layout.first, layout.last)) || view || defaultView();
}

function defaultView(): { start: number; end: number } {
  return { start: Date.UTC(2000, 0, 1) / DAY_MS, end: Date.UTC(2001, 0, 1) / DAY_MS };
}

function maxSpan(): number {
  const range = fullModel?.range;
  if (!range) return 3650;
  const span = (Date.parse(range.end) - Date.parse(range.start)) / DAY_MS;
  return Math.max(span * 4, 120);
}

/** Zooms by `factor` (< 1 zooms in) keeping the day under `anchorX` in place. */
function zoom(factor: number, anchorX = canvasWidth() / 2): void {
  if (!view) return;
  const span = view.end - view.start;
  const newSpan = Math.min(Math.max(span * factor, MIN_SPAN_DAYS), maxSpan());
  const anchorDay = view.start + (anchorX / canvasWidth()) * span;
  const ratio = (anchorDay - view.start) / span;
  view = { start: anchorDay - ratio * newSpan, end: anchorDay + (1 - ratio) * newSpan };
  requestDraw();
}

function pan(pixels: number): void {
  if (!view) return;
  const days = (pixels / canvasWidth()) * (view.end - view.start);
  view = { start: view.start + days, end: view.end + days };
  requestDraw();
}

function zoomAnchor(): number | undefined {
  if (focused < 0 || !layout || !view) return undefined;
  const x = dayToX((layout.first[focused] + layout.last[focused] + 1) / 2);
  return x >= 0 && x <= canvasWidth() ? x : undefined;
}

/** The canvas width in CSS pixels, read once per frame: reading clientWidth per item is slow. */
function canvasWidth(): number {
  return canvasCssWidth || 1;
}

function dayToX(day: number): number {
  return ((day - view!.start) / (view!.end - view!.start)) * canvasWidth();
}

function ensureVisible(index: number): void {
  if (!layout || !view) return;
  const start = layout.first[index];
  const end = layout.last[index] + 1;
  const span = view.end - view.start;
  const margin = span * 0.08;
  if (start >= view.start + margin && end <= view.end - margin) return;
  const middle = end - start < span ? (start + end) / 2 : start + span * 0.4;
  view = { start: middle - span / 2, end: middle + span / 2 };
}

// ---- drawing ------------------------------------------------------------------------------

function requestDraw(): void {
  if (drawQueued) return;
  drawQueued = true;
  requestAnimationFrame(() => {
    drawQueued = false;
    draw();
    saveState();
  });
}

function draw(): void {
  const started = performance.now();
  const ratio = window.devicePixelRatio || 1;
  const width = (canvasCssWidth = canvas.clientWidth);
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = colors.background;
  context.fillRect(0, 0, width, height);
  hits = [];
  monthHits = [];
  if (!view || width === 0) return;
  context.font = colors.font;
  context.textBaseline = 'middle';

  // the Articles lane is as tall as its content needs at this zoom; the events take the rest
  const laneArea = height - AXIS_HEIGHT;
  const articleTop = AXIS_HEIGHT;
  const monthWidth = (30.44 * width) / (view.end - view.start);
  const lane = articleLane(monthWidth, layout?.busiestMonth ?? 0, Math.round(laneArea * ARTICLE_LANE_SHARE) - LANE_LABEL_HEIGHT - 6);
  const articleHeight = LANE_LABEL_HEIGHT + lane.height + 6;
  const eventTop = articleTop + articleHeight;
  const eventHeight = height - eventTop;

  drawAxis(width, height);
  context.fillStyle = colors.border;
  context.fillRect(0, eventTop, width, 1);
  if (layout && layout.model.items.length > 0) {
    drawArticles(width, articleTop + LANE_LABEL_HEIGHT, lane);
    drawEvents(width, eventTop + LANE_LABEL_HEIGHT, eventHeight - LANE_LABEL_HEIGHT - 4);
    drawHighlight(hovered, 1, false);
    drawHighlight(focused, 2, document.activeElement === stage);
  }
  drawLaneLabel(strings.articles, articleTop + 10);
  drawLaneLabel(strings.events, eventTop + 10);
  showOutside();
  // The browser test reads this measure to report the draw time per zoom step.
  performance.clearMeasures('timeline-draw');
  performance.measure('timeline-draw', { start: started, end: performance.now() });
}

function drawLaneLabel(text: string, y: number): void {
  context.font = colors.boldFont;
  const width = context.measureText(text).width;
  context.fillStyle = colors.background;
  context.globalAlpha = 0.85;
  context.fillRect(4, y - 8, width + 8, 16);
  context.globalAlpha = 1;
  context.fillStyle = colors.muted;
  context.fillText(text, 8, y);
  context.font = colors.font;
}

function drawAxis(width: number, height: number): void {
  const scale = width / (view!.end - view!.start);
  context.fillStyle = colors.border;
  context.fillRect(0, AXIS_HEIGHT - 1, width, 1);
  let previousEnd = -Infinity;
  for (const tick of axisTicks(view!, scale, MIN_TICK_SPACING, formats)) {
    const x = Math.round(dayToX(tick.day)) + 0.5;
    context.fillStyle = colors.grid;
    context.globalAlpha = tick.major ? 0.9 : 0.45;
    context.fillRect(x - 0.5, AXIS_HEIGHT, 1, height - AXIS_HEIGHT);
    context.globalAlpha = 1;
    context.fillStyle = tick.major ? colors.foreground : colors.muted;
    context.fillRect(x - 0.5, AXIS_HEIGHT - 7, 1, 6);
    if (x < 0) continue;
    context.font = tick.major ? colors.boldFont : colors.font;
    const labelX = x + 4;
    const labelEnd = labelX + context.measureText(tick.label).width;
    // a label without room before the edge (or the label before it) is left out, never cut
    if (labelEnd > width - 2 || labelX < previousEnd + 6) continue;
    context.fillText(tick.label, labelX, AXIS_HEIGHT / 2 - 2);
    previousEnd = labelEnd;
  }
  context.font = colors.font;
}

/**
 * Articles: one column per month. Wide months stack one titled row per article; narrower ones
 * stack small blocks, and when even those do not fit a month is one bar as tall as its share
 * (a click zooms in on it); both with the month's count above the column where it fits.
 */
function drawArticles(width: number, top: number, lane: ArticleLane): void {
  const { model, first, last, articles, busiestMonth } = layout!;
  const blocks = new Path2D();
  const chips = new Path2D();
  const edges = new Path2D();
  const inferred = new Path2D();
  const titles: [number, number, number, string][] = [];
  const notes: [number, number, string][] = [];
  const columnsTop = top + lane.countHeight;
  // the months in view: first and end index into `articles`
  const columns: number[] = [];
  for (let group = 0; group < articles.length;) {
    let groupEnd = group;
    while (groupEnd < articles.length && first[articles[groupEnd]] === first[articles[group]]) groupEnd++;
    const head = articles[group];
    if (dayToX(last[head] + 1) >= 0 && dayToX(first[head]) <= width) columns.push(group, groupEnd);
    group = groupEnd;
  }
  // a title runs on to the next month that has an article in the same row
  const titleEnd = new Float64Array(columns.length / 2 * lane.rows);
  if (lane.mode === 'titles') {
    const nextStart = new Float64Array(lane.rows).fill(width);
    for (let c = columns.length - 2; c >= 0; c -= 2) {
      const x0 = dayToX(first[articles[columns[c]]]);
      const used = Math.min(lane.rows, columns[c + 1] - columns[c]);
      for (let n = 0; n < used; n++) {
        titleEnd[(c / 2) * lane.rows + n] = nextStart[n];
        nextStart[n] = x0;
      }
    }
  }
  for (let c = 0; c < columns.length; c += 2) {
    const group = columns[c];
    const groupEnd = columns[c + 1];
    const head = articles[group];
    const x0 = dayToX(first[head]);
    const x1 = dayToX(last[head] + 1);
    const count = groupEnd - group;
    const columnWidth = Math.max(1, x1 - x0 - 2);
    if (lane.countHeight > 0) {
      const text = formats.number.format(count);
      if (context.measureText(text).width + 4 <= columnWidth) notes.push([x0 + 1 + columnWidth / 2, top + lane.countHeight / 2, text]);
    }
    if (lane.mode === 'bars') {
      const inferredCount = countInferred(group, groupEnd);
      const barHeight = Math.max(2, Math.round((lane.rowHeight * count) / Math.max(1, busiestMonth)));
      const solidHeight = Math.round((barHeight * (count - inferredCount)) / count);
      const barTop = columnsTop + lane.rowHeight - barHeight;
      blocks.rect(x0 + 1, barTop, columnWidth, solidHeight);
      if (inferredCount > 0) inferred.rect(x0 + 1, barTop + solidHeight, columnWidth, barHeight - solidHeight);
      monthHits.push(x0 + 1, barTop, x0 + 1 + columnWidth, barTop + barHeight, head, articles[groupEnd - 1]);
      continue;
    }
    const shown = count > lane.rows ? lane.rows - 1 : count;
    const gap = lane.rowHeight >= 6 ? 2 : 1;
    for (let n = 0; n < shown; n++) {
      const index = articles[group + n];
      const y = columnsTop + n * lane.rowHeight;
      const isInferred = model.items[index].inferred;
      if (lane.mode === 'titles') {
        // a light chip with a solid edge, so the title reads in the foreground colour on and past it
        (isInferred ? inferred : chips).rect(x0 + 1, y, columnWidth, lane.rowHeight - gap);
        if (!isInferred) edges.rect(x0 + 1, y, 3, lane.rowHeight - gap);
        const textStart = Math.max(x0, 0) + 7;
        titles.push([textStart, y + (lane.rowHeight - gap) / 2, titleEnd[(c / 2) * lane.rows + n] - textStart - 8, model.items[index].label]);
      } else {
        (isInferred ? inferred : blocks).rect(x0 + 1, y, columnWidth, lane.rowHeight - gap);
      }
      hits.push(x0 + 1, y, x0 + 1 + columnWidth, y + lane.rowHeight - gap, index);
    }
    if (shown < count) {
      const y = columnsTop + shown * lane.rowHeight;
      monthHits.push(x0 + 1, y, x0 + 1 + columnWidth, y + lane.rowHeight, head, articles[groupEnd - 1]);
      notes.push([x0 + 1 + Math.min(columnWidth, 40) / 2, y + lane.rowHeight / 2, `+${formats.number.format(count - shown)}`]);
    }
  }
  context.fillStyle = colors.article;
  context.globalAlpha = 0.3;
  context.fill(chips);
  context.globalAlpha = 1;
  context.fill(edges);
  context.fillStyle = colors.article;
  context.globalAlpha = 0.85;
  context.fill(blocks);
  context.globalAlpha = 0.18;
  context.fill(inferred);
  context.globalAlpha = 1;
  context.strokeStyle = colors.article;
  context.setLineDash([3, 2]);
  context.lineWidth = 1;
  context.stroke(inferred);
  context.setLineDash([]);
  if (colors.contrast) {
    context.strokeStyle = colors.contrast;
    context.stroke(blocks);
    context.stroke(chips);
  }
  context.fillStyle = colors.foreground;
  for (const [x, y, room, label] of titles) drawClippedText(label, x, y, room);
  context.fillStyle = colors.muted;
  context.textAlign = 'center';
  for (const [x, y, text] of notes) context.fillText(text, x, y);
  context.textAlign = 'start';
}

/** Events: dots for days, bars for ranges, hollow bars for a month or a year; packed into rows. */
function drawEvents(width: number, top: number, height: number): void {
  const { model, first, last, events } = layout!;
  const rowCount = Math.max(1, Math.floor(height / EVENT_ROW_HEIGHT));
  let visible = 0;
  for (const index of events) if (dayToX(last[index] + 1) >= 0 && dayToX(first[index]) <= width) visible++;
  const withLabels = visible * EVENT_LABEL_ROOM <= rowCount * width;
  const rowEnd = new Float64Array(rowCount).fill(-Infinity);
  const dots = new Path2D();
  const bars = new Path2D();
  const vague = new Path2D();
  const labels: [number, number, number, string, number][] = [];
  for (const index of events) {
    const item = model.items[index];
    const isDot = item.precision === 'day' && !item.end;
    const x0 = isDot ? dayToX(first[index] + 0.5) - DOT_RADIUS : dayToX(first[index]);
    const x1 = isDot ? x0 + 2 * DOT_RADIUS : Math.max(dayToX(last[index] + 1), x0 + 6);
    if (x1 < -MAX_LABEL_WIDTH || x0 > width) continue;
    const labelRoom = withLabels ? Math.min(labelWidth(index), MAX_LABEL_WIDTH) : 0;
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
      dots.moveTo(x1, middle);
      dots.arc(x0 + DOT_RADIUS, middle, DOT_RADIUS, 0, 2 * Math.PI);
      hits.push(x0, middle - DOT_RADIUS - 1, x1, middle + DOT_RADIUS + 1, index);
    } else {
      (item.end ? bars : vague).rect(x0, middle - 7, x1 - x0, 14);
      hits.push(x0, middle - 7, x1, middle + 7, index);
    }
    // cut at the canvas edge with an ellipsis rather than by the edge
    const room = Math.min(labelRoom, width - labelStart - 4);
    if (free && room >= 40) labels.push([labelStart, middle, room, item.label, index]);
  }
  // Bars carry their label over them, so they are translucent: light for a month or a year (vague),
  // stronger for an explicit range; day events are solid dots.
  context.fillStyle = colors.event;
  context.strokeStyle = colors.event;
  context.lineWidth = 1;
  context.globalAlpha = 0.22;
  context.fill(vague);
  context.globalAlpha = 0.45;
  context.fill(bars);
  context.globalAlpha = 1;
  context.stroke(vague);
  context.stroke(bars);
  context.fill(dots);
  if (colors.contrast) {
    context.strokeStyle = colors.contrast;
    context.stroke(dots);
    context.stroke(bars);
  }
  context.fillStyle = colors.foreground;
  for (const [x, y, room, label, index] of labels) drawClippedText(label, x, y, room, labelWidth(index));
}

function countInferred(from: number, to: number): number {
  const { model, articles } = layout!;
  let count = 0;
  for (let n = from; n < to; n++) if (model.items[articles[n]].inferred) count++;
  return count;
}

function labelWidth(index: number): number {
  const widths = layout!.labelWidth;
  if (Number.isNaN(widths[index])) widths[index] = context.measureText(layout!.model.items[index].label).width;
  return widths[index];
}

/**
 * Draws text cut with an ellipsis to `room` pixels. `fullWidth` (the width of the whole text, when
 * already measured) spares a measurement; the cut is estimated from it and corrected in few steps.
 */
function drawClippedText(text: string, x: number, y: number, room: number, fullWidth = context.measureText(text).width): void {
  if (room < 12) return;
  if (fullWidth <= room) {
    context.fillText(text, x, y);
    return;
  }
  let length = Math.floor((text.length * room) / fullWidth);
  while (length > 0 && context.measureText(`${text.slice(0, length)}…`).width > room) length = Math.floor(length * 0.9);
  context.fillText(`${text.slice(0, length).trimEnd()}…`, x, y);
}

/** Where an item was drawn: its own shape, or the bar of its month. */
function hitRect(index: number): [number, number, number, number] | undefined {
  for (let h = 0; h < hits.length; h += 5) {
    if (hits[h + 4] === index) return [hits[h], hits[h + 1], hits[h + 2], hits[h + 3]];
  }
  for (let h = 0; h < monthHits.length; h += 6) {
    if (monthHits[h + 4] <= index && index <= monthHits[h + 5]) return [monthHits[h], monthHits[h + 1], monthHits[h + 2], monthHits[h + 3]];
  }
  return undefined;
}

/** The month bar under a point: [first, last] item index. */
function monthAt(x: number, y: number): [number, number] | undefined {
  for (let h = 0; h < monthHits.length; h += 6) {
    if (x >= monthHits[h] - 1 && x <= monthHits[h + 2] + 1 && y >= monthHits[h + 1] && y <= monthHits[h + 3]) return [monthHits[h + 4], monthHits[h + 5]];
  }
  return undefined;
}

function zoomToMonth(firstIndex: number): void {
  const { first, last } = layout!;
  const margin = (last[firstIndex] + 1 - first[firstIndex]) * 0.15;
  view = { start: first[firstIndex] - margin, end: last[firstIndex] + 1 + margin };
  requestDraw();
}

function drawHighlight(index: number, lineWidth: number, strong: boolean): void {
  if (index < 0) return;
  const rect = hitRect(index);
  if (!rect) return;
  context.strokeStyle = strong || lineWidth > 1 ? colors.focus : colors.foreground;
  context.lineWidth = lineWidth;
  context.globalAlpha = strong ? 1 : 0.8;
  context.strokeRect(rect[0] - 2, rect[1] - 2, rect[2] - rect[0] + 4, rect[3] - rect[1] + 4);
  context.globalAlpha = 1;
  context.lineWidth = 1;
}

function itemAt(x: number, y: number): number {
  for (let h = hits.length - 5; h >= 0; h -= 5) {
    if (x >= hits[h] - 2 && x <= hits[h + 2] + 2 && y >= hits[h + 1] - 2 && y <= hits[h + 3] + 2) return hits[h + 4];
  }
  return -1;
}

// ---- details, tooltip, announcements -------------------------------------------------------

function describe(index: number): string {
  const item = layout!.model.items[index];
  const kind = item.kind === 'article' ? strings.articles : strings.events;
  return `${itemDate(index)} — ${item.label} (${kind}${item.inferred ? `, ${strings.inferred}` : ''})`;
}

function actorNames(item: TimelineItem): string {
  const names = new Map(fullModel?.actors.map((actor) => [actor.id, actor.name]));
  const known = item.actors.map((id) => names.get(id)).filter((name): name is string => name !== undefined);
  const shown = known.slice(0, 5).join(', ');
  return known.length > 5 ? `${shown} ${fill(strings.moreActors, known.length - 5)}` : shown;
}

function showDetails(index: number): void {
  details.replaceChildren();
  if (index < 0 || !layout) {
    const undated = fullModel?.undatedArticles ?? 0;
    details.textContent = undated === 1 ? strings.undatedOne : undated > 1 ? fill(strings.undated, formats.number.format(undated)) : '';
    return;
  }
  const item = layout.model.items[index];
  element('span', 'date', details).textContent = itemDate(index);
  details.append(item.label);
}

function showTooltip(index: number, x: number, y: number): void {
  if (index < 0 || !layout) {
    tooltip.hidden = true;
    return;
  }
  const item = layout.model.items[index];
  tooltip.replaceChildren();
  element('div', 'date', tooltip).textContent = itemDate(index);
  element('div', 'kind', tooltip).textContent =
    (item.kind === 'article' ? strings.articles : strings.events) + (item.inferred ? ` · ${strings.inferred}` : '');
  element('div', 'label', tooltip).textContent = item.label;
  // an article's summary often repeats its title: show only what it adds
  const repeatsLabel = item.detail.startsWith(item.label.replace(/…$/, ''));
  if (item.detail && !repeatsLabel) element('div', 'detail', tooltip).textContent = item.detail;
  const actors = actorNames(item);
  if (actors) element('div', 'actors', tooltip).textContent = actors;
  placeTooltip(x, y);
}

function placeTooltip(x: number, y: number): void {
  tooltip.hidden = false;
  const box = tooltip.getBoundingClientRect();
  const left = Math.min(x + 12, window.innerWidth - box.width - 4);
  const top = y + 16 + box.height > window.innerHeight ? y - box.height - 10 : y + 16;
  tooltip.style.left = `${Math.max(4, left)}px`;
  tooltip.style.top = `${Math.max(4, top)}px`;
}

function showMonthTooltip(month: [number, number], x: number, y: number): void {
  tooltip.replaceChildren();
  element('div', 'date', tooltip).textContent = formats.longMonthYear.format(dateOf(layout!.first[month[0]]));
  element('div', 'label', tooltip).textContent = fill(strings.articleCount, formats.number.format(month[1] - month[0] + 1));
  element('div', 'detail', tooltip).textContent = strings.zoomToMonth;
  placeTooltip(x, y);
}

function announce(text: string): void {
  status.textContent = text;
}

/** What the view leaves out, as the note says it: "3 items outside the view, before March 2019". */
function outsideText(): string {
  if (!layout || !view) return '';
  const { before, after } = countOutside(layout.first, layout.lastSorted, view);
  const parts: string[] = [];
  const count = (n: number) => formats.number.format(n);
  if (before > 0) parts.push(fill(before === 1 ? strings.outsideBeforeOne : strings.outsideBefore, count(before), edgeDate(view.start)));
  if (after > 0) parts.push(fill(after === 1 ? strings.outsideAfterOne : strings.outsideAfter, count(after), edgeDate(view.end - 1)));
  return parts.join(' · ');
}

/** The view's edge as a month when it lies on a month's edge (the first view does), else as a day. */
function edgeDate(day: number): string {
  const date = dateOf(Math.floor(day));
  const onMonthEdge = Number.isInteger(day) && (date.getUTCDate() === 1 || dateOf(day + 1).getUTCDate() === 1);
  return (onMonthEdge ? formats.longMonthYear : formats.full).format(date);
}

function showOutside(): void {
  const text = outsideText();
  if (outsideNote.textContent !== text) outsideNote.textContent = text;
  outsideNote.hidden = text === '';
  outsideNote.title = strings.fit;
}

/** Says what is shown after a change of model or filter: the item count and what lies outside. */
function announceView(): void {
  announce([countLabel.textContent ?? '', outsideText()].filter(Boolean).join('. '));
}

// ---- focus and keyboard -------------------------------------------------------------------

function setFocused(index: number, reveal: boolean): void {
  if (!layout || index < 0 || index >= layout.model.items.length) return;
  focused = index;
  focusedId = layout.model.items[index].id;
  if (reveal) ensureVisible(index);
  const option = options[optionTurn];
  optionTurn = 1 - optionTurn;
  option.textContent = describe(index);
  option.setAttribute('aria-posinset', String(index + 1));
  option.setAttribute('aria-setsize', String(layout.model.items.length));
  stage.setAttribute('aria-activedescendant', option.id);
  showDetails(index);
  draw();
  const rect = hitRect(index);
  const canvasBox = canvas.getBoundingClientRect();
  if (rect) showTooltip(index, canvasBox.left + rect[0], canvasBox.top + rect[3]);
  saveState();
}

/** The item to start from when nothing is focused yet: the first one in view. */
function firstInView(): number {
  if (!layout || !view) return -1;
  const { first, last } = layout;
  for (let i = 0; i < first.length; i++) if (last[i] + 1 >= view.start && first[i] <= view.end) return i;
  return 0;
}

function openItem(index: number): void {
  const item = layout?.model.items[index];
  if (item) vscode.postMessage({ type: 'openItem', path: item.path, offset: item.offset });
}

stage.addEventListener('keydown', (event) => {
  if (!layout || layout.model.items.length === 0) return;
  const count = layout.model.items.length;
  const current = focused >= 0 ? focused : -1;
  let handled = true;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      setFocused(current < 0 ? firstInView() : Math.min(count - 1, current + 1), true);
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      setFocused(current < 0 ? firstInView() : Math.max(0, current - 1), true);
      break;
    case 'Home':
      setFocused(0, true);
      break;
    case 'End':
      setFocused(count - 1, true);
      break;
    case 'Enter':
    case ' ':
      if (current >= 0) openItem(current);
      break;
    case '+':
    case '=':
      zoom(1 / ZOOM_STEP, zoomAnchor());
      break;
    case '-':
    case '_':
      zoom(ZOOM_STEP, zoomAnchor());
      break;
    case '0':
      fitView();
      requestDraw();
      break;
    case 'PageUp':
      pan(-canvasWidth() * 0.8);
      break;
    case 'PageDown':
      pan(canvasWidth() * 0.8);
      break;
    case 'Escape':
      tooltip.hidden = true;
      break;
    default:
      handled = false;
  }
  if (handled) event.preventDefault();
});

stage.addEventListener('focus', () => {
  // Focus that comes with a press of the pointer is handled when it is released (endPointer):
  // revealing an item here would move the view under the pointer before the click lands.
  if (pointers.size > 0) return;
  if (layout && layout.model.items.length > 0) setFocused(focused >= 0 ? focused : firstInView(), true);
});
stage.addEventListener('blur', () => {
  tooltip.hidden = true;
  requestDraw();
});

// ---- pointer ------------------------------------------------------------------------------

const pointers = new Map<number, { x: number; y: number }>();
let dragStart: { x: number; y: number; moved: boolean } | null = null;
let pinchDistance = 0;

function localPoint(event: PointerEvent | WheelEvent): { x: number; y: number } {
  const box = canvas.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

canvas.addEventListener('pointerdown', (event) => {
  canvas.setPointerCapture(event.pointerId);
  const point = localPoint(event);
  pointers.set(event.pointerId, point);
  if (pointers.size === 1) dragStart = { ...point, moved: false };
  if (pointers.size === 2) {
    const [a, b] = [...pointers.values()];
    pinchDistance = Math.hypot(a.x - b.x, a.y - b.y);
    dragStart = null;
  }
});

canvas.addEventListener('pointermove', (event) => {
  const point = localPoint(event);
  const previous = pointers.get(event.pointerId);
  if (previous) pointers.set(event.pointerId, point);
  if (pointers.size === 2) {
    const [a, b] = [...pointers.values()];
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    if (pinchDistance > 0 && distance > 0) zoom(pinchDistance / distance, (a.x + b.x) / 2);
    pinchDistance = distance;
    return;
  }
  if (dragStart && previous) {
    if (Math.abs(point.x - dragStart.x) + Math.abs(point.y - dragStart.y) > DRAG_THRESHOLD) dragStart.moved = true;
    if (dragStart.moved) {
      canvas.classList.add('dragging');
      tooltip.hidden = true;
      pan(previous.x - point.x);
      return;
    }
  }
  const index = itemAt(point.x, point.y);
  const month = index < 0 ? monthAt(point.x, point.y) : undefined;
  canvas.classList.toggle('over-item', index >= 0 || month !== undefined);
  if (index !== hovered) {
    hovered = index;
    requestDraw();
  }
  if (month) showMonthTooltip(month, event.clientX, event.clientY);
  else showTooltip(index, event.clientX, event.clientY);
});

function endPointer(event: PointerEvent): void {
  pointers.delete(event.pointerId);
  canvas.classList.remove('dragging');
  if (pointers.size < 2) pinchDistance = 0;
  const start = dragStart;
  dragStart = null;
  if (event.type !== 'pointerup' || !start || start.moved) return;
  const point = localPoint(event);
  const index = itemAt(point.x, point.y);
  const month = index < 0 ? monthAt(point.x, point.y) : undefined;
  if (index >= 0) {
    stage.focus({ preventScroll: true });
    setFocused(index, false);
    openItem(index);
  } else if (month) {
    tooltip.hidden = true;
    zoomToMonth(month[0]);
  }
}
canvas.addEventListener('pointerup', endPointer);
canvas.addEventListener('pointercancel', endPointer);
canvas.addEventListener('pointerleave', () => {
  if (hovered >= 0) {
    hovered = -1;
    requestDraw();
  }
  if (document.activeElement !== stage) tooltip.hidden = true;
});

canvas.addEventListener('wheel', (event) => {
  event.preventDefault();
  tooltip.hidden = true;
  const horizontal = Math.abs(event.deltaX) > Math.abs(event.deltaY);
  if (horizontal && !event.ctrlKey) {
    pan(event.deltaX);
  } else {
    // ctrl+wheel is how a trackpad pinch arrives: larger steps, same direction
    const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    zoom(Math.exp(pixels * (event.ctrlKey ? 0.01 : 0.0015)), localPoint(event).x);
  }
}, { passive: false });

zoomInButton.addEventListener('click', () => zoom(1 / ZOOM_STEP, zoomAnchor()));
zoomOutButton.addEventListener('click', () => zoom(ZOOM_STEP, zoomAnchor()));
fitButton.addEventListener('click', () => {
  fitView();
  requestDraw();
});
outsideNote.addEventListener('click', () => {
  fitView();
  requestDraw();
});

new ResizeObserver(() => {
  canvasCssWidth = canvas.clientWidth;
  requestDraw();
}).observe(stage);

// ---- state --------------------------------------------------------------------------------

function saveState(): void {
  vscode.setState({ view: view ?? undefined, actorIds: filter.actorIds, from: filter.from, to: filter.to, focusedId });
}

vscode.postMessage({ type: 'ready' });
