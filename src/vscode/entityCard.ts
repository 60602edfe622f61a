// The hover card of an entity as trusted markdown. Only links built here are commands; every
// piece of text from articles, the knowledge base or the user's entities file is escaped. The
// actions come first, under the name, so a long card never hides them below its scroll edge: the
// actor's timeline, search and page, then the corrections (correctionFlow.ts).
import type { ArticleView, Entity, EntityType, Month } from '../core/types';
import { CORRECTION_COMMANDS } from './correctionFlow';
import { commandLink, escapeMarkdown } from './markdown';

/** Localises a message with {0}-style placeholders (vscode.l10n.t in the extension). */
export type Localize = (message: string, ...args: Array<string | number>) => string;

export interface CardContext {
  article(path: string): ArticleView | undefined;
  formatMonth(month: Month): string;
  t: Localize;
}

/** Commands a card may link to; the MarkdownString trusts exactly these. */
export const CARD_COMMANDS = [
  'dossier.openArticle', 'dossier.showOnTimeline', 'dossier.searchActor', 'dossier.showEntity',
  ...Object.values(CORRECTION_COMMANDS),
] as const;

export const ENTITY_ICONS: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location' };

const MAX_ARTICLES = 5;
const MAX_ROLES = 3;
/** People listed on the card of a shared surname. */
const MAX_NAMESAKES = 5;

export function entityTypeLabel(type: EntityType, t: Localize): string {
  switch (type) {
    case 'person': return t('person');
    case 'organization': return t('organisation');
    case 'place': return t('place');
  }
}

export function buildEntityCard(entity: Entity, context: CardContext): string {
  const { t } = context;
  const parts: string[] = [];
  parts.push(`$(${ENTITY_ICONS[entity.type]}) **${escapeMarkdown(entity.name)}** · ${escapeMarkdown(entityTypeLabel(entity.type, t))}`);
  const actorArgs = [{ entityId: entity.id }];
  parts.push(`${commandLink(t('Show on Timeline'), 'dossier.showOnTimeline', actorArgs)} · ${commandLink(articlesLabel(entity, t), 'dossier.searchActor', actorArgs)} · ${commandLink(t('Show Entity'), 'dossier.showEntity', [entity.id])}`);
  parts.push(correctionLinks(entity, t));
  if (entity.description) parts.push(escapeMarkdown(entity.description));

  const roles = distinctRoles(entity);
  if (roles.length > 0) {
    const lines = roles.map((role) => {
      const source = context.article(role.path);
      // The source's month (or file name) keeps the line short; the article list below has titles.
      const label = source?.month ? context.formatMonth(source.month) : role.path.slice(role.path.lastIndexOf('/') + 1);
      // the role belongs to a mention: the link selects it
      const end = entity.mentions.find((mention) => mention.path === role.path && mention.start === role.start)?.end;
      const link = source ? ` (${commandLink(label, 'dossier.openArticle', [{ path: role.path, offset: role.start, end }])})` : '';
      return `- ${escapeMarkdown(role.text)}${link}`;
    });
    parts.push(`${t('Roles:')}\n\n${lines.join('\n')}`);
  }

  const otherSpellings = entity.aliases.filter((alias) => alias !== entity.name);
  if (otherSpellings.length > 0) {
    parts.push(`${t('Also written as:')} ${otherSpellings.map(escapeMarkdown).join(', ')}`);
  }

  parts.push(coverageLine(entity, context));

  const relevant = mostRelevantArticles(entity, context.article);
  if (relevant.length > 0) {
    const lines = relevant.map(({ article, offset, end }) => {
      const month = article.month ? ` · ${escapeMarkdown(context.formatMonth(article.month))}` : '';
      return `- ${commandLink(article.title || article.path, 'dossier.openArticle', [{ path: article.path, offset, end }])}${month}`;
    });
    parts.push(lines.join('\n'));
    const more = entity.articles.length - relevant.length;
    if (more > 0) parts.push(`${escapeMarkdown(t('… and {0} more', more))} · ${commandLink(t('All {0} articles', entity.articles.length), 'dossier.searchActor', actorArgs)}`);
  }
  return parts.join('\n\n');
}

/** The corrections, each run on this entity; splitting needs a second spelling. */
function correctionLinks(entity: Entity, t: Localize): string {
  const links = [
    commandLink(t('Merge with…'), CORRECTION_COMMANDS.merge, [entity.id]),
    entity.aliases.length > 1 ? commandLink(t('Split a spelling off…'), CORRECTION_COMMANDS.split, [entity.id]) : undefined,
    commandLink(t('Rename…'), CORRECTION_COMMANDS.rename, [entity.id]),
    commandLink(t('Change type…'), CORRECTION_COMMANDS.changeType, [entity.id]),
    commandLink(t('Ignore'), CORRECTION_COMMANDS.ignore, [entity.id]),
  ];
  return `${escapeMarkdown(t('Correct:'))} ${links.filter((link) => link !== undefined).join(' · ')}`;
}

/** "Search 17 articles": the link to the search listing every article of the entity. */
function articlesLabel(entity: Entity, t: Localize): string {
  return entity.articles.length === 1 ? t('Search 1 article') : t('Search {0} articles', entity.articles.length);
}

/**
 * The card of a surname several people share ("López"): each person with type, one line about them,
 * article count and a link to their articles, most articles first.
 */
export function buildSharedSurnameCard(surname: string, people: readonly Entity[], t: Localize): string {
  const lines = people.slice(0, MAX_NAMESAKES).map((person) => {
    const about = aboutLine(person);
    const count = person.articles.length === 1 ? t('1 article') : t('{0} articles', person.articles.length);
    const link = commandLink(person.name, 'dossier.searchActor', [{ entityId: person.id }]);
    return `- $(${ENTITY_ICONS[person.type]}) ${link} · ${escapeMarkdown(entityTypeLabel(person.type, t))}${about ? ` · ${escapeMarkdown(about)}` : ''} · ${escapeMarkdown(count)}`;
  });
  const more = people.length - MAX_NAMESAKES;
  if (more > 0) lines.push(`- ${escapeMarkdown(t('… and {0} more', more))}`);
  return `**${escapeMarkdown(surname)}** · ${escapeMarkdown(t('{0} people with this name', people.length))}\n\n${lines.join('\n')}`;
}

/** One line about the entity: its description, else the first role the articles give it. */
export function aboutLine(entity: Entity): string | undefined {
  return entity.description ?? distinctRoles(entity)[0]?.text;
}

/** "in 3 articles, 2 months (January 2020 – February 2020)" */
function coverageLine(entity: Entity, context: CardContext): string {
  const { t } = context;
  const months = new Set<Month>();
  for (const path of entity.articles) {
    const month = context.article(path)?.month;
    if (month) months.add(month);
  }
  const articles = entity.articles.length === 1 ? t('in 1 article') : t('in {0} articles', entity.articles.length);
  if (months.size === 0) return articles;
  const sorted = [...months].sort();
  const first = context.formatMonth(sorted[0]);
  const last = context.formatMonth(sorted[sorted.length - 1]);
  const span = sorted.length === 1 ? first : `${first} – ${last}`;
  const monthCount = sorted.length === 1 ? t('1 month') : t('{0} months', sorted.length);
  return `${articles}, ${monthCount} (${escapeMarkdown(span)})`;
}

/** One role per distinct text (case-insensitive), in the order the corpus gives them. */
function distinctRoles(entity: Entity) {
  const seen = new Set<string>();
  return entity.roles.filter((role) => {
    const key = role.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_ROLES);
}

/** The articles that name the entity most often (newest first on ties), each with its first mention's range. */
export function mostRelevantArticles(
  entity: Entity,
  article: (path: string) => ArticleView | undefined,
  limit = MAX_ARTICLES,
): Array<{ article: ArticleView; offset: number; end?: number; mentions: number }> {
  const byPath = new Map<string, { mentions: number; offset: number; end: number }>();
  for (const mention of entity.mentions) {
    const entry = byPath.get(mention.path);
    if (!entry) byPath.set(mention.path, { mentions: 1, offset: mention.start, end: mention.end });
    else {
      entry.mentions++;
      if (mention.start < entry.offset) Object.assign(entry, { offset: mention.start, end: mention.end });
    }
  }
  const ranked: Array<{ article: ArticleView; offset: number; end?: number; mentions: number }> = [];
  for (const path of entity.articles) {
    const view = article(path);
    if (!view) continue;
    const entry = byPath.get(path);
    ranked.push(entry ? { article: view, ...entry } : { article: view, offset: view.bodyStart, mentions: 0 });
  }
  ranked.sort((a, b) => b.mentions - a.mentions || (b.article.month ?? '').localeCompare(a.article.month ?? '') || a.article.path.localeCompare(b.article.path));
  return ranked.slice(0, limit);
}
