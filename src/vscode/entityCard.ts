// The hover card of an entity as trusted markdown. Only links built here are commands; every
// piece of text from articles, the knowledge base or the user's entities file is escaped.
import type { ArticleView, Entity, EntityType, Month } from '../core/types';
import { commandLink, escapeMarkdown } from './markdown';

/** Localises a message with {0}-style placeholders (vscode.l10n.t in the extension). */
export type Localize = (message: string, ...args: Array<string | number>) => string;

export interface CardContext {
  article(path: string): ArticleView | undefined;
  formatMonth(month: Month): string;
  t: Localize;
}

/** Commands a card may link to; the MarkdownString trusts exactly these. */
export const CARD_COMMANDS = ['dossier.openArticle', 'dossier.showOnTimeline', 'dossier.searchActor'] as const;

export const ENTITY_ICONS: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location' };

const MAX_ARTICLES = 5;
const MAX_ROLES = 5;

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
  if (entity.description) parts.push(escapeMarkdown(entity.description));

  const roles = distinctRoles(entity);
  if (roles.length > 0) {
    const lines = roles.map((role) => {
      const source = context.article(role.path);
      // The source's month (or file name) keeps the line short; the article list below has titles.
      const label = source?.month ? context.formatMonth(source.month) : role.path.slice(role.path.lastIndexOf('/') + 1);
      const link = source ? ` (${commandLink(label, 'dossier.openArticle', [{ path: role.path, offset: role.start }])})` : '';
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
    const lines = relevant.map(({ article, offset }) => {
      const month = article.month ? ` · ${escapeMarkdown(context.formatMonth(article.month))}` : '';
      return `- ${commandLink(article.title || article.path, 'dossier.openArticle', [{ path: article.path, offset }])}${month}`;
    });
    parts.push(lines.join('\n'));
  }

  const actorArgs = [{ entityId: entity.id }];
  parts.push(`${commandLink(t('Show on Timeline'), 'dossier.showOnTimeline', actorArgs)} · ${commandLink(t('Search'), 'dossier.searchActor', actorArgs)}`);
  return parts.join('\n\n');
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

/** The articles that name the entity most often (newest first on ties), each with its first mention. */
export function mostRelevantArticles(
  entity: Entity,
  article: (path: string) => ArticleView | undefined,
  limit = MAX_ARTICLES,
): Array<{ article: ArticleView; offset: number; mentions: number }> {
  const byPath = new Map<string, { mentions: number; offset: number }>();
  for (const mention of entity.mentions) {
    const entry = byPath.get(mention.path);
    if (!entry) byPath.set(mention.path, { mentions: 1, offset: mention.start });
    else {
      entry.mentions++;
      entry.offset = Math.min(entry.offset, mention.start);
    }
  }
  const ranked: Array<{ article: ArticleView; offset: number; mentions: number }> = [];
  for (const path of entity.articles) {
    const view = article(path);
    if (!view) continue;
    const entry = byPath.get(path);
    ranked.push({ article: view, offset: entry?.offset ?? view.bodyStart, mentions: entry?.mentions ?? 0 });
  }
  ranked.sort((a, b) => b.mentions - a.mentions || (b.article.month ?? '').localeCompare(a.article.month ?? '') || a.article.path.localeCompare(b.article.path));
  return ranked.slice(0, limit);
}
