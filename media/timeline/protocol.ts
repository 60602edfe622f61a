// The one message protocol between the extension (src/vscode/timelinePanel.ts) and the timeline
// webview (media/timeline/main.ts). Both sides import these types; the extension validates every
// incoming message with `parseWebviewMessage` because a webview is untrusted.
import type { TimelineActor, TimelineFilter, TimelineModel } from '../../src/core/timeline';
import type { DaySpan } from '../../src/core/timelineView';
import type { TimelineSummary, TimelineWindow, WindowItem } from '../../src/core/timelineWindow';

export const TIMELINE_VIEW_TYPE = 'dossier.timeline';

/** What the webview keeps of the model: small, sent once per change of the model. */
export interface TimelineOverview {
  items: number;
  /** actors with at least one item, most articles first (their names inert) */
  actors: TimelineActor[];
  range: TimelineModel['range'];
  undatedArticles: number;
}

/** Extension → webview. */
export type ExtensionMessage =
  /** the model changed (or the webview asked); `actorId` set selects that actor, undefined keeps the webview's selection */
  | { type: 'overview'; overview: TimelineOverview; actorId?: string | null }
  /** the answer to a window request: the filtered model's summary, the window, and the view when the extension chose it */
  | { type: 'window'; request: number; summary: TimelineSummary; view: DaySpan | null; window: TimelineWindow | null }
  /** the answer to a step: the item to focus and its position (0-based) among `total`; null when there is none */
  | { type: 'step'; request: number; item: WindowItem | null; position: number; total: number }
  /** select an actor (or all, for null) in the open timeline */
  | { type: 'focusActor'; actorId: string | null };

/** How a window request frames its view: as asked unless it shows nothing, or on the data ('first'). */
export type WindowFraming = 'keep' | 'first';
/** Where a step goes from the focused item: the next, the previous, the first or last, the first in view, or back to it. */
export const STEP_MOVES = ['next', 'previous', 'first', 'last', 'inView', 'same'] as const;
export type StepMove = (typeof STEP_MOVES)[number];

/** Webview → extension. */
export type WebviewMessage =
  /** the webview has loaded and wants the overview */
  | { type: 'ready' }
  /** open an article at an offset */
  | { type: 'openItem'; path: string; offset: number }
  /** the user changed the actors filtered by (empty: all actors), for the panel's title */
  | { type: 'filterActors'; actorIds: string[] }
  /** what a view of the filtered model shows (null view: open on the data) */
  | { type: 'window'; request: number; filter: TimelineFilter; view: DaySpan | null; framing: WindowFraming; width: number; articleLaneHeight: number }
  /** the item to focus from `from` (its id and where it was), for the arrow keys, Home and End */
  | { type: 'step'; request: number; filter: TimelineFilter; from: { id: string; position: number } | null; move: StepMove; view: DaySpan | null };

/** At most this many actors are filtered by at once (a shape check bound for untrusted input). */
export const MAX_FILTER_ACTORS = 50;
const MONTH_SHAPE = /^\d{4}-(0[1-9]|1[0-2])$/;
/** bounds of a view from the webview: days since 1970 within 10,000 years, at least a minute long */
const MAX_VIEW_DAY = 3_650_000;
const MIN_VIEW_DAYS = 1 / 1440;
const MAX_WIDTH = 16_384;
const MAX_LANE_HEIGHT = 4096;
const MAX_ID_LENGTH = 4096;

/** UI state the webview saves with setState (never the data: the extension posts it again). */
export interface TimelineState {
  /** visible span, in days since 1970-01-01 (fractions allowed) */
  view?: { start: number; end: number };
  /** the actors filtered by (any of them); empty or missing: all */
  actorIds?: string[];
  /** the months filtered by, 'YYYY-MM', inclusive */
  from?: string;
  to?: string;
  focusedId?: string | null;
}

/** A shape check of anything the webview posts; undefined for anything unexpected. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openItem':
      return typeof message.path === 'string' && Number.isSafeInteger(message.offset) && (message.offset as number) >= 0
        ? { type: 'openItem', path: message.path, offset: message.offset as number }
        : undefined;
    case 'filterActors': {
      const actorIds = actorIdList(message.actorIds);
      return actorIds ? { type: 'filterActors', actorIds } : undefined;
    }
    case 'window': {
      const filter = filterOf(message.filter);
      const view = message.view === null ? null : viewOf(message.view);
      const framing = message.framing === 'keep' || message.framing === 'first' ? message.framing : undefined;
      const { request, width, articleLaneHeight } = message;
      if (!isCount(request) || !filter || view === undefined || !framing || !isCount(width) || (width as number) < 1 || (width as number) > MAX_WIDTH) return undefined;
      if (!isCount(articleLaneHeight) || (articleLaneHeight as number) > MAX_LANE_HEIGHT) return undefined;
      return { type: 'window', request: request as number, filter, view, framing, width: width as number, articleLaneHeight: articleLaneHeight as number };
    }
    case 'step': {
      const filter = filterOf(message.filter);
      const view = message.view === null ? null : viewOf(message.view);
      const move = STEP_MOVES.find((known) => known === message.move);
      const from = message.from === null ? null : focusOf(message.from);
      if (!isCount(message.request) || !filter || view === undefined || !move || from === undefined) return undefined;
      return { type: 'step', request: message.request as number, filter, from, move, view };
    }
    default:
      return undefined;
  }
}

function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** A filter with only its own fields, each checked; undefined for anything else. */
function filterOf(value: unknown): TimelineFilter | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const given = value as Record<string, unknown>;
  const actorIds = given.actorIds === undefined ? [] : actorIdList(given.actorIds);
  if (!actorIds) return undefined;
  const filter: TimelineFilter = { actorIds };
  for (const key of ['from', 'to'] as const) {
    if (given[key] === undefined) continue;
    if (typeof given[key] !== 'string' || !MONTH_SHAPE.test(given[key] as string)) return undefined;
    filter[key] = given[key] as string;
  }
  return filter;
}

function viewOf(value: unknown): DaySpan | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { start, end } = value as Record<string, unknown>;
  if (typeof start !== 'number' || typeof end !== 'number' || !(Math.abs(start) <= MAX_VIEW_DAY) || !(Math.abs(end) <= MAX_VIEW_DAY)) return undefined;
  return end - start >= MIN_VIEW_DAYS ? { start, end } : undefined;
}

function focusOf(value: unknown): { id: string; position: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, position } = value as Record<string, unknown>;
  return typeof id === 'string' && id.length <= MAX_ID_LENGTH && isCount(position) ? { id, position: position as number } : undefined;
}

/** A shape check of saved state (it comes back from disk after a restart). */
export function parseTimelineState(value: unknown): TimelineState {
  if (typeof value !== 'object' || value === null) return {};
  const state = value as Record<string, unknown>;
  const result: TimelineState = {};
  const view = state.view as Record<string, unknown> | undefined;
  if (view && Number.isFinite(view.start) && Number.isFinite(view.end) && (view.start as number) < (view.end as number)) {
    result.view = { start: view.start as number, end: view.end as number };
  }
  const actorIds = actorIdList(state.actorIds) ?? (typeof state.actorId === 'string' ? [state.actorId] : undefined);
  if (actorIds) result.actorIds = actorIds;
  if (typeof state.from === 'string' && MONTH_SHAPE.test(state.from)) result.from = state.from;
  if (typeof state.to === 'string' && MONTH_SHAPE.test(state.to)) result.to = state.to;
  if (state.focusedId === null || typeof state.focusedId === 'string') result.focusedId = state.focusedId;
  return result;
}

/** A list of distinct actor ids, bounded; undefined for anything else. */
function actorIdList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_FILTER_ACTORS || !value.every((id) => typeof id === 'string')) return undefined;
  return [...new Set(value as string[])];
}

/**
 * The webview's words, in English. The extension translates each with vscode.l10n.t (placeholders
 * such as {0} are kept and filled in by the webview) and passes them in the page.
 */
export const TIMELINE_STRINGS = {
  title: 'Timeline',
  actors: 'Actors',
  allActors: 'All actors',
  actorCount: '{0} actors',
  filterActors: 'Type to find an actor',
  firstActorAndMore: '{0} and {1} more',
  from: 'From',
  to: 'To',
  clearDates: 'Clear the dates',
  people: 'People',
  organizations: 'Organisations',
  places: 'Places',
  articles: 'Articles',
  events: 'Events',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show everything',
  inferred: 'month inferred from the text',
  loading: 'Loading the timeline…',
  empty: 'No dated articles or events.',
  emptyActor: 'No dated articles or events for this actor.',
  emptyFilter: 'No dated articles or events for this filter.',
  eventCount: '{0} events',
  moreEvents: '{0} of {1} events shown: zoom in for the others',
  zoomToSpan: 'Click to zoom in',
  outsideBefore: '{0} items outside the view, before {1}',
  outsideBeforeOne: '1 item outside the view, before {1}',
  outsideAfter: '{0} items outside the view, after {1}',
  outsideAfterOne: '1 item outside the view, after {1}',
  itemCount: '{0} items',
  undated: '{0} articles without a date are not shown',
  undatedOne: '1 article without a date is not shown',
  listLabel: 'Timeline: use Left and Right to move between items, Enter to open, plus and minus to zoom, 0 to show everything',
  moreActors: 'and {0} more',
  articleCount: '{0} articles',
  zoomToMonth: 'Click to zoom in on this month',
} as const;

export type TimelineStrings = { [K in keyof typeof TIMELINE_STRINGS]: string };
