// The one message protocol between the extension (src/vscode/entityPage.ts) and the entity page
// webview (media/entity/main.ts). Both sides import these types; the extension checks every
// incoming message with `parseEntityMessage` because a webview is untrusted.
import { inertText } from '../../src/core/inertText';
import type { EntityProfile } from '../../src/core/entityProfile';

export const ENTITY_VIEW_TYPE = 'dossier.entity';

/** The corrections the page offers as buttons (their commands belong to the corrections feature). */
export const CORRECTION_COMMANDS = ['dossier.mergeEntity', 'dossier.splitSpelling', 'dossier.renameEntity', 'dossier.changeEntityType', 'dossier.ignoreEntity'] as const;
export type CorrectionCommand = (typeof CORRECTION_COMMANDS)[number];

/** Extension → webview. */
export type ExtensionMessage =
  /** the actor to show (its text made inert), again after every change of the corpus */
  | { type: 'profile'; profile: EntityProfile }
  /** the actor is no longer in the articles (merged, ignored, its articles removed) */
  | { type: 'missing'; name: string };

/** Webview → extension. */
export type WebviewMessage =
  /** the page has loaded and wants the actor */
  | { type: 'ready' }
  /** open an article with [offset, end) selected */
  | { type: 'open'; path: string; offset: number; end: number }
  /** show another actor's page (a co-actor) */
  | { type: 'showEntity'; entityId: string }
  /** the actor on the timeline */
  | { type: 'timeline'; entityId: string }
  /** one of the corrections, for this actor (and a spelling of it) */
  | { type: 'correct'; command: CorrectionCommand; entityId: string; spelling?: string };

/** UI state the page saves with setState (never the data: the extension posts it again). */
export interface EntityPageState {
  entityId?: string;
  scrollTop?: number;
}

const MAX_TEXT_LENGTH = 4096;

/** A shape check of anything the webview posts; undefined for anything unexpected. */
export function parseEntityMessage(value: unknown): WebviewMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open':
      return isText(message.path) && isOffset(message.offset) && isOffset(message.end)
        ? { type: 'open', path: message.path, offset: message.offset, end: message.end }
        : undefined;
    case 'showEntity':
    case 'timeline':
      return isText(message.entityId) ? { type: message.type, entityId: message.entityId } : undefined;
    case 'correct': {
      const command = CORRECTION_COMMANDS.find((id) => id === message.command);
      if (!command || !isText(message.entityId)) return undefined;
      if (message.spelling === undefined) return { type: 'correct', command, entityId: message.entityId };
      return isText(message.spelling) ? { type: 'correct', command, entityId: message.entityId, spelling: message.spelling } : undefined;
    }
    default:
      return undefined;
  }
}

/** A shape check of saved state (it comes back from disk after a restart). */
export function parseEntityPageState(value: unknown): EntityPageState {
  if (typeof value !== 'object' || value === null) return {};
  const { entityId, scrollTop } = value as Record<string, unknown>;
  return {
    ...(isText(entityId) ? { entityId } : {}),
    ...(typeof scrollTop === 'number' && Number.isFinite(scrollTop) && scrollTop >= 0 ? { scrollTop } : {}),
  };
}

/** The profile with every text from the articles and the entities file made inert for display. */
export function inertProfile(profile: EntityProfile): EntityProfile {
  return {
    ...profile,
    name: inertText(profile.name),
    ...(profile.description !== undefined ? { description: inertText(profile.description) } : {}),
    roles: profile.roles.map((role) => ({ ...role, text: inertText(role.text), sentence: inertText(role.sentence) })),
    spellings: profile.spellings.map((spelling) => ({ ...spelling, spelling: inertText(spelling.spelling) })),
    coActors: profile.coActors.map((actor) => ({ ...actor, name: inertText(actor.name) })),
    // an article without a title is shown by its path
    articles: profile.articles.map((article) => ({ ...article, title: inertText(article.title || article.path) })),
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_LENGTH;
}

function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

/** The page's words, translated by the extension (placeholders such as {0} are filled in by the page). */
export interface EntityPageStrings {
  title: string;
  loading: string;
  missing: string;
  person: string;
  organization: string;
  place: string;
  oneArticle: string;
  articleCount: string;
  oneMention: string;
  mentionCount: string;
  showOnTimeline: string;
  merge: string;
  rename: string;
  changeType: string;
  ignore: string;
  split: string;
  splitLabel: string;
  roles: string;
  noRoles: string;
  roleCount: string;
  spellings: string;
  spelling: string;
  mentions: string;
  articles: string;
  months: string;
  monthsLabel: string;
  monthBar: string;
  undatedMention: string;
  undatedMentions: string;
  noMonths: string;
  coActors: string;
  coActorsMore: string;
  noCoActors: string;
  coActorArticle: string;
  coActorArticles: string;
  networkLabel: string;
  articleList: string;
  moreArticles: string;
  undated: string;
  inferred: string;
}
