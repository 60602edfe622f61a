// The one message protocol between the extension (src/vscode/timelinePanel.ts) and the timeline
// webview (media/timeline/main.ts). Both sides import these types; the extension validates every
// incoming message with `parseWebviewMessage` because a webview is untrusted.
import type { TimelineModel } from '../../src/core/timeline';

export const TIMELINE_VIEW_TYPE = 'dossier.timeline';

/** Extension → webview. */
export type ExtensionMessage =
  /** the whole model; `actorId` set selects that actor, undefined keeps the webview's selection */
  | { type: 'model'; model: TimelineModel; actorId?: string | null }
  /** select an actor (or all, for null) in the open timeline */
  | { type: 'focusActor'; actorId: string | null };

/** Webview → extension. */
export type WebviewMessage =
  /** the webview has loaded and wants the model */
  | { type: 'ready' }
  /** open an article at an offset */
  | { type: 'openItem'; path: string; offset: number }
  /** the user changed the actors filtered by (empty: all actors), for the panel's title */
  | { type: 'filterActors'; actorIds: string[] };

/** At most this many actors are filtered by at once (a shape check bound for untrusted input). */
export const MAX_FILTER_ACTORS = 50;
const MONTH_SHAPE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** UI state the webview saves with setState (never the data: the model is posted again). */
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
    default:
      return undefined;
  }
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
