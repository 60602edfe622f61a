// The shape of the articles tree, computed from plain snapshot data so Node tests can check it.
// articlesTree.ts turns these groups into TreeItems.
import type { ArticleView, Entity, EntityType, Month } from '../core/types';

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
