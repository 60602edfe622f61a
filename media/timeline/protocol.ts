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
  /** the user picked an actor (null: all actors) */
  | { type: 'filterActor'; actorId: string | null };

/** UI state the webview saves with setState (never the data: the model is posted again). */
export interface TimelineState {
  /** visible span, in days since 1970-01-01 (fractions allowed) */
  view?: { start: number; end: number };
  actorId?: string | null;
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
    case 'filterActor':
      return message.actorId === null || typeof message.actorId === 'string'
        ? { type: 'filterActor', actorId: message.actorId }
        : undefined;
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
  if (state.actorId === null || typeof state.actorId === 'string') result.actorId = state.actorId;
  if (state.focusedId === null || typeof state.focusedId === 'string') result.focusedId = state.focusedId;
  return result;
}

/**
 * The webview's words, in English. The extension translates each with vscode.l10n.t (placeholders
 * such as {0} are kept and filled in by the webview) and passes them in the page.
 */
export const TIMELINE_STRINGS = {
  title: 'Timeline',
  actor: 'Actor',
  allActors: 'All actors',
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
  itemCount: '{0} items',
  undated: '{0} articles without a date are not shown',
  undatedOne: '1 article without a date is not shown',
  listLabel: 'Timeline: use Left and Right to move between items, Enter to open, plus and minus to zoom',
  moreActors: 'and {0} more',
  articleCount: '{0} articles',
  zoomToMonth: 'Click to zoom in on this month',
} as const;

export type TimelineStrings = { [K in keyof typeof TIMELINE_STRINGS]: string };
