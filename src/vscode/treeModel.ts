// The shape of the articles tree and the text of its rows, computed from plain snapshot data so
// Node tests can check it. articlesTree.ts turns these into TreeItems.
import { inertText } from '../core/inertText';
import type { ArticleView, Entity, EntityType, Month } from '../core/types';
import { entityTypeLabel, type Localize } from './entityCard';
import { escapeMarkdown } from './markdown';

export interface MonthGroup {
  /** null for the group of undated articles */
  month: Month | null;
  /** every article of the month got its month by inference, none from a date header */
  inferred: boolean;
  articles: ArticleView[];
}

/** Months newest first, articles within a month in snapshot order; undated articles last. */
export function groupByMonth(articles: readonly ArticleView[]): MonthGroup[] {
  const byMonth = new Map<Month | null, ArticleView[]>();
  for (const article of articles) {
    const list = byMonth.get(article.month);
    if (list) list.push(article);
    else byMonth.set(article.month, [article]);
  }
  const months = [...byMonth.keys()].filter((m): m is Month => m !== null).sort().reverse();
  const groups: MonthGroup[] = months.map((month) => {
    const list = byMonth.get(month)!;
    return { month, inferred: list.every((a) => a.monthSource === 'inferred'), articles: list };
  });
  const undated = byMonth.get(null);
  if (undated) groups.push({ month: null, inferred: false, articles: undated });
  return groups;
}

export interface ActorGroup {
  type: EntityType;
  /** entities named in at least one article, most articles first */
  entities: Entity[];
}

export const ACTOR_GROUP_ORDER: readonly EntityType[] = ['person', 'organization', 'place'];

/** People, Organisations, Places (always all three, possibly empty), each most-mentioned first. */
export function groupByActor(entities: readonly Entity[]): ActorGroup[] {
  const groups = ACTOR_GROUP_ORDER.map((type): ActorGroup => ({ type, entities: [] }));
  for (const entity of entities) {
    if (entity.articles.length === 0) continue;
    groups[ACTOR_GROUP_ORDER.indexOf(entity.type)]?.entities.push(entity);
  }
  for (const group of groups) {
    group.entities.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  }
  return groups;
}

/** An actor's articles, newest month first, undated last, in snapshot order within a month. */
export function articlesOfEntity(entity: Entity, article: (path: string) => ArticleView | undefined): ArticleView[] {
  const views = entity.articles.map(article).filter((a): a is ArticleView => a !== undefined);
  return views.sort((a, b) => compareMonthsNewestFirst(a.month, b.month));
}

function compareMonthsNewestFirst(a: Month | null, b: Month | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

// Tree labels and descriptions are plain text in VS Code (no markdown, no `$(icon)`): inertText is
// all they need. Tooltips are markdown and go through escapeMarkdown.

/** An article row: its title (the file name when it has none) and its file name. */
export function articleRowText(article: ArticleView | undefined, path: string, t: Localize): { label: string; description: string } {
  const file = fileName(path);
  return {
    label: inertText(article?.title || file),
    description: inertText(article?.monthSource === 'inferred' ? t('{0} · month inferred', file) : file),
  };
}

/** An actor row: the entity's name (its id when the entity is gone). */
export function actorRowLabel(entity: Entity | undefined, entityId: string): string {
  return inertText(entity?.name ?? entityId);
}

export interface TooltipContext {
  entityName(id: string): string | undefined;
  formatMonth(month: Month): string;
  t: Localize;
}

/** Markdown: title, month, summary, warnings (an invalid date header) and the first actors. */
export function articleTooltip(article: ArticleView, context: TooltipContext): string {
  const { t } = context;
  const parts = [`**${escapeMarkdown(article.title || fileName(article.path))}**`];
  if (article.month) {
    const month = context.formatMonth(article.month);
    parts.push(escapeMarkdown(article.monthSource === 'inferred' ? t('{0} (inferred)', month) : month));
  }
  if (article.summary) parts.push(escapeMarkdown(article.summary));
  for (const warning of article.warnings) parts.push(`$(warning) ${escapeMarkdown(warning)}`);
  const actors = article.entities.slice(0, 12).map(context.entityName).filter((name): name is string => !!name);
  if (actors.length > 0) parts.push(`${t('Actors:')} ${actors.map(escapeMarkdown).join(', ')}`);
  return parts.join('\n\n');
}

/** Markdown: the actor's name, type and description. */
export function actorTooltip(entity: Entity, t: Localize): string {
  const heading = `**${escapeMarkdown(entity.name)}** · ${escapeMarkdown(entityTypeLabel(entity.type, t))}`;
  return entity.description ? `${heading}\n\n${escapeMarkdown(entity.description)}` : heading;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
