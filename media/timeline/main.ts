// The timeline webview: a zoomable, pannable time axis drawn on one canvas, with a visually hidden
// listbox that mirrors the focused item for screen readers. The model stays with the extension:
// the webview asks for the window of the view it draws (throttled while zooming and panning) and
// for the item an arrow key moves to. This file wires the modules; one state object holds the UI.
import './timeline.css';
import type { DaySpan } from '../../src/core/timelineView';
import type { TimelineSummary, TimelineWindow, WindowItem } from '../../src/core/timelineWindow';
import { itemExtent } from '../../src/core/timeline';
import { dateOf, makeFormats } from './axis';
import { articleLaneHeight, createPainter } from './draw';
import { createPage, createTooltip, describeItem, element, itemDate, readStrings } from './elements';
import { createFilterBar, fill, type FilterValue } from './filterBar';
import { listen } from './input';
import type { Hit } from './layout';
import {
  parseTimelineState,
  type ExtensionMessage, type TimelineOverview, type TimelineState, type WebviewMessage,
} from './protocol';
import { defaultView, maxSpan, panView, revealInView, spanView, windowServes, ZOOM_STEP, zoomView } from './viewport';
import { outsideText } from './outside';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: TimelineState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** a window is asked for at most this often while the view moves past the last one */
const REQUEST_INTERVAL_MS = 60;
/** within the last window, a new one (for what lies outside the view) once the view rests this long */
const SETTLE_MS = 200;

const vscode = acquireVsCodeApi();
const strings = readStrings();
const formats = makeFormats(document.documentElement.lang || navigator.language);
const saved = parseTimelineState(vscode.getState());

const state = {
  overview: null as TimelineOverview | null,
  summary: null as TimelineSummary | null,
  window: null as TimelineWindow | null,
  /** the view the window was asked for */
  fetched: null as { view: DaySpan; span: DaySpan } | null,
  actorNames: new Map<string, string>(),
  filter: { actorIds: saved.actorIds ?? [], from: saved.from, to: saved.to } as FilterValue,
  view: saved.view ?? null as DaySpan | null,
  focused: null as { item: WindowItem; position: number } | null,
  focusedId: saved.focusedId ?? null,
  hoveredId: null as string | null,
  hits: [] as Hit[],
  /** the last request sent of each kind: older answers are dropped */
  windowRequest: 0,
  stepRequest: 0,
  /** the view when the last step was asked for: a step reveals its item only if the user has not moved the view since */
  viewAtStep: null as DaySpan | null,
  requestTimer: undefined as ReturnType<typeof setTimeout> | undefined,
  /** the pending request is the one a moving view waits for (not the one after it rests) */
  requestThrottled: false,
  drawQueued: false,
};

/** the next window is announced (a new filter or model); the actor the extension asked for is unknown */
let announceNext = false;
let unknownActor = false;

// ---- DOM ----------------------------------------------------------------------------------

const page = createPage(strings, (toolbar) => createFilterBar(toolbar, strings, (n) => formats.number.format(n), (value) => {
  state.filter = value;
  unknownActor = false;
  announceNext = true;
  requestWindow('first');
  vscode.postMessage({ type: 'filterActors', actorIds: state.filter.actorIds });
  saveState();
}));
const { filterBar, countLabel, zoomInButton, zoomOutButton, fitButton, stage, canvas, options, message, details, outsideNote, status } = page;
filterBar.show(state.filter);
let optionTurn = 0;
const tooltip = createTooltip(strings, formats, () => state.actorNames);
const painter = createPainter(canvas, formats);

// VS Code switches the body class (vscode-light/dark/high-contrast) and rewrites the variables in
// the <html> style attribute when the theme changes.
const onThemeChange = () => {
  painter.refresh();
  requestDraw();
};
new MutationObserver(onThemeChange).observe(document.body, { attributes: true, attributeFilter: ['class'] });
new MutationObserver(onThemeChange).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });

// ---- messages -----------------------------------------------------------------------------

function requestWindow(framing: 'keep' | 'first'): void {
  clearTimeout(state.requestTimer);
  state.requestThrottled = false;
  const view = framing === 'first' ? null : state.view;
  vscode.postMessage({
    type: 'window', request: ++state.windowRequest, filter: state.filter, view, framing,
    width: Math.max(1, Math.round(canvas.clientWidth)), articleLaneHeight: articleLaneHeight(canvas.clientHeight),
  });
}

/**
 * The view moved: draw at once from the window there is, and ask for a new one soon: while
 * moving when the window no longer serves the view, else once the view rests.
 */
function viewChanged(): void {
  requestDraw();
  // nothing to ask before the extension has said what there is (the workspace may still be indexing)
  if (!state.view || !state.overview) return;
  const serves = windowServes(state.fetched, state.view);
  if (!serves && state.requestThrottled) return;
  clearTimeout(state.requestTimer);
  state.requestThrottled = !serves;
  state.requestTimer = setTimeout(() => requestWindow('keep'), serves ? SETTLE_MS : REQUEST_INTERVAL_MS);
}

/** Asks for the item to focus; `reveal` moves the view to it (not for a click, which is where the pointer is). */
function step(move: 'next' | 'previous' | 'first' | 'last' | 'inView' | 'same', reveal = true): void {
  const from = state.focused ? { id: state.focused.item.id, position: state.focused.position } : state.focusedId ? { id: state.focusedId, position: 0 } : null;
  state.viewAtStep = reveal ? state.view : null;
  vscode.postMessage({ type: 'step', request: ++state.stepRequest, filter: state.filter, from, move, view: state.view });
}

function receiveOverview(overview: TimelineOverview, actorId: string | null | undefined): void {
  const first = state.overview === null;
  state.overview = overview;
  state.actorNames = new Map(overview.actors.map((actor) => [actor.id, actor.name]));
  // an empty model (the workspace still being indexed) keeps the saved actors for the next one
  if (overview.items > 0) state.filter = { ...state.filter, actorIds: state.filter.actorIds.filter((id) => state.actorNames.has(id)) };
  filterBar.setActors(overview.actors, state.filter.actorIds);
  filterBar.setMonthBounds(overview.range?.start.slice(0, 7), overview.range?.end.slice(0, 7));
  if (actorId !== undefined) selectActor(actorId);
  else {
    filterBar.show(state.filter);
    requestWindow(first && !saved.view ? 'first' : 'keep');
  }
}

function receiveWindow(reply: Extract<ExtensionMessage, { type: 'window' }>): void {
  if (reply.request !== state.windowRequest) return;
  state.summary = reply.summary;
  if (reply.view) state.view = reply.view;
  if (!state.view) state.view = defaultView();
  state.window = reply.window;
  state.fetched = reply.window ? { view: state.view, span: reply.window.span } : null;
  if (state.focused && reply.view) state.focused = null;
  countLabel.textContent = fill(strings.itemCount, formats.number.format(reply.summary.items));
  message.hidden = reply.summary.items > 0;
  const filtered = state.filter.actorIds.length > 0 || state.filter.from !== undefined || state.filter.to !== undefined;
  message.textContent = filtered && (state.overview?.items ?? 0) > 0 ? strings.emptyFilter : strings.empty;
  showDetails();
  draw();
  saveState();
  if (announceNext) announce(unknownActor ? strings.emptyActor : [countLabel.textContent, outsideText(state.window, state.view, strings, formats)].filter(Boolean).join('. '));
  announceNext = false;
}

function receiveStep(reply: Extract<ExtensionMessage, { type: 'step' }>): void {
  if (reply.request !== state.stepRequest || !reply.item) return;
  const item = reply.item;
  state.focused = { item, position: reply.position };
  state.focusedId = item.id;
  if (state.view && state.view === state.viewAtStep) {
    const { first, last } = itemExtent(item);
    const moved = revealInView(state.view, first, last);
    if (moved !== state.view) {
      state.view = moved;
      viewChanged();
    }
  }
  const option = options[optionTurn];
  optionTurn = 1 - optionTurn;
  option.textContent = describeItem(item, strings, formats);
  option.setAttribute('aria-posinset', String(reply.position + 1));
  option.setAttribute('aria-setsize', String(reply.total));
  stage.setAttribute('aria-activedescendant', option.id);
  showDetails();
  draw();
  const rect = state.hits.find((hit) => 'item' in hit && hit.item.id === item.id)?.rect;
  const box = canvas.getBoundingClientRect();
  if (rect) tooltip.showItem(item, box.left + rect[0], box.top + rect[3]);
  saveState();
}

/** Shows one actor's items (or all, for null), as the extension asks (dossier.showOnTimeline). */
function selectActor(id: string | null): void {
  unknownActor = id !== null && !state.actorNames.has(id);
  state.filter = { actorIds: !unknownActor && id !== null ? [id] : [] };
  filterBar.show(state.filter);
  announceNext = true;
  requestWindow('first');
  saveState();
}

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const data = event.data;
  if (typeof data !== 'object' || data === null) return;
  if (data.type === 'overview' && data.overview) {
    if (state.overview === null) announceNext = true;
    receiveOverview(data.overview, data.actorId);
  } else if (data.type === 'window' && data.summary) receiveWindow(data);
  else if (data.type === 'step') receiveStep(data);
  else if (data.type === 'focusActor') selectActor(typeof data.actorId === 'string' ? data.actorId : null);
});

// ---- view ---------------------------------------------------------------------------------

const width = () => canvas.clientWidth || 1;

function zoom(factor: number, anchorX?: number): void {
  if (!state.view) return;
  const focusX = state.focused ? focusedX() : undefined;
  const x = anchorX ?? focusX ?? width() / 2;
  state.view = zoomView(state.view, factor, x / width(), maxSpan(state.overview?.range ?? null));
  viewChanged();
}

/** The focused item's middle on the canvas, when it is in view. */
function focusedX(): number | undefined {
  if (!state.focused || !state.view) return undefined;
  const { first, last } = itemExtent(state.focused.item);
  const x = (((first + last + 1) / 2 - state.view.start) / (state.view.end - state.view.start)) * width();
  return x >= 0 && x <= width() ? x : undefined;
}

function setView(view: DaySpan | null | undefined): void {
  if (!view) return;
  state.view = view;
  viewChanged();
}

const showEverything = () => setView(state.summary?.fullView ?? state.view);

function draw(): void {
  const view = state.view;
  if (!view) return;
  const window = state.window;
  const shown = window?.events.length ?? 0;
  const eventsLabel = window && window.eventCount > shown && state.summary && state.summary.items > 0
    ? `${strings.events} · ${fill(strings.moreEvents, formats.number.format(shown), formats.number.format(window.eventCount))}`
    : strings.events;
  state.hits = painter.draw({
    view, summary: state.summary, window, hoveredId: state.hoveredId, focusedId: state.focusedId,
    focusVisible: document.activeElement === stage, articlesLabel: strings.articles, eventsLabel,
  });
  const text = outsideText(window, view, strings, formats);
  if (outsideNote.textContent !== text) outsideNote.textContent = text;
  outsideNote.hidden = text === '';
}

function requestDraw(): void {
  if (state.drawQueued) return;
  state.drawQueued = true;
  requestAnimationFrame(() => {
    state.drawQueued = false;
    draw();
    saveState();
  });
}

// ---- details, announcements ---------------------------------------------------------------

function showDetails(): void {
  details.replaceChildren();
  if (unknownActor) {
    details.textContent = strings.emptyActor;
    return;
  }
  const item = state.focused?.item;
  if (!item) {
    const undated = state.overview?.undatedArticles ?? 0;
    details.textContent = undated === 1 ? strings.undatedOne : undated > 1 ? fill(strings.undated, formats.number.format(undated)) : '';
    return;
  }
  element('span', 'date', details).textContent = itemDate(item, formats);
  details.append(item.label);
}

function announce(text: string): void {
  status.textContent = text;
}

// ---- input --------------------------------------------------------------------------------

const hasItems = () => (state.summary?.items ?? 0) > 0;
const input = listen(stage, canvas, {
  hits: () => state.hits,
  pan: (pixels) => {
    if (state.view) setView(panView(state.view, pixels, width()));
  },
  zoom,
  hover(hit, x, y) {
    const id = hit && 'item' in hit ? hit.item.id : null;
    if (id !== state.hoveredId) {
      state.hoveredId = id;
      requestDraw();
    }
    if (!hit) tooltip.hide();
    else if ('item' in hit) tooltip.showItem(hit.item, x, y);
    else {
      const date = hit.kind === 'articles' ? formats.longMonthYear.format(dateOf(hit.span.start)) : formats.full.formatRange(dateOf(hit.span.start), dateOf(hit.span.end - 1));
      const count = fill(hit.kind === 'articles' ? strings.articleCount : strings.eventCount, formats.number.format(hit.count));
      tooltip.showSpan(date, count, hit.kind === 'articles' ? strings.zoomToMonth : strings.zoomToSpan, x, y);
    }
  },
  click(hit) {
    if ('item' in hit) {
      stage.focus({ preventScroll: true });
      state.focused = null;
      state.focusedId = hit.item.id;
      step('same', false);
      vscode.postMessage({ type: 'openItem', path: hit.item.path, offset: hit.item.offset });
    } else {
      tooltip.hide();
      setView(spanView(hit.span.start, hit.span.end));
    }
  },
  pointerLeft() {
    if (state.hoveredId !== null) {
      state.hoveredId = null;
      requestDraw();
    }
    if (document.activeElement !== stage) tooltip.hide();
  },
  step: (move) => {
    if (hasItems()) step(state.focused || state.focusedId ? move : move === 'first' || move === 'last' ? move : 'inView');
  },
  open() {
    const item = state.focused?.item;
    if (item) vscode.postMessage({ type: 'openItem', path: item.path, offset: item.offset });
  },
  showEverything,
  pageBy: (share) => {
    if (state.view) setView(panView(state.view, width() * share, width()));
  },
  escape: () => tooltip.hide(),
});

stage.addEventListener('focus', () => {
  // Focus that comes with a press of the pointer is handled when it is released (the click):
  // revealing an item here would move the view under the pointer before the click lands.
  if (input.pointerDown()) return;
  if (hasItems()) step(state.focused || state.focusedId ? 'same' : 'inView');
});
stage.addEventListener('blur', () => {
  tooltip.hide();
  requestDraw();
});
zoomInButton.addEventListener('click', () => zoom(1 / ZOOM_STEP));
zoomOutButton.addEventListener('click', () => zoom(ZOOM_STEP));
fitButton.addEventListener('click', showEverything);
outsideNote.addEventListener('click', showEverything);
new ResizeObserver(() => {
  // a new size changes what the window needs (lane rows, bucket widths)
  state.fetched = null;
  viewChanged();
}).observe(stage);

function saveState(): void {
  vscode.setState({ view: state.view ?? undefined, actorIds: state.filter.actorIds, from: state.filter.from, to: state.filter.to, focusedId: state.focusedId });
}

vscode.postMessage({ type: 'ready' });
