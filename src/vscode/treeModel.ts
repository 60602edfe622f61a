// The shape of the articles tree and the text of its rows, computed from plain snapshot data so
// Node tests can check it. articlesTree.ts turns these into TreeItems.
import { inertText } from '../core/inertText';
import type { ArticleView, Entity, EntityType, Month } from '../core/types';
import type { Localize } from './entityCard';
import { escapeMarkdown } from './markdown';

export interface MonthGroup {
  /** null for the group of undated articles */
  month: Month | null;
  /** how many of its articles got their month by inference, not from a date header */
  inferred: number;
  articles: ArticleView[];
}

export interface YearGroup {
  year: string;
  /** newest first */
  months: MonthGroup[];
  articleCount: number;
  inferred: number;
}

/** With more dated months than this, the months are grouped by year (3,000 articles span decades). */
export const MAX_MONTHS_WITHOUT_YEARS = 24;

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
    return { month, inferred: list.filter((a) => a.monthSource === 'inferred').length, articles: list };
  });
  const undated = byMonth.get(null);
  if (undated) groups.push({ month: null, inferred: 0, articles: undated });
  return groups;
}

/**
 * The top level of the tree by month: the month groups themselves, or, when there are more than
 * MAX_MONTHS_WITHOUT_YEARS dated months, one group per year (newest first). Undated stays last.
 */
export function monthTreeRoots(groups: readonly MonthGroup[]): Array<MonthGroup | YearGroup> {
  const dated = groups.filter((g) => g.month !== null);
  if (dated.length <= MAX_MONTHS_WITHOUT_YEARS) return [...groups];
  const years: YearGroup[] = [];
  for (const group of dated) {
    const year = group.month!.slice(0, 4);
    let last = years[years.length - 1];
    if (last?.year !== year) years.push(last = { year, months: [], articleCount: 0, inferred: 0 });
    last.months.push(group);
    last.articleCount += group.articles.length;
    last.inferred += group.inferred;
  }
  const undated = groups.find((g) => g.month === null);
  return undated ? [...years, undated] : years;
}

export interface ActorGroup {
  type: EntityType;
  /** entities named in at least one article, most articles first */
  entities: Entity[];
}

export const ACTOR_GROUP_ORDER: readonly EntityType[] = ['person', 'organization', 'place'];

/**
 * People, Organisations, Places (a type without actors is left out), each most-mentioned first.
 * An actor's count everywhere is entity.articles: the distinct articles whose text names it.
 */
export function groupByActor(entities: readonly Entity[]): ActorGroup[] {
  const groups = ACTOR_GROUP_ORDER.map((type): ActorGroup => ({ type, entities: [] }));
  for (const entity of entities) {
    if (entity.articles.length === 0) continue;
    groups[ACTOR_GROUP_ORDER.indexOf(entity.type)]?.entities.push(entity);
  }
  for (const group of groups) {
    group.entities.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  }
  return groups.filter((group) => group.entities.length > 0);
}

/** An actor's articles, newest month first, undated last, in snapshot order within a month. */
export function articlesOfEntity(entity: Entity, article: (path: string) => ArticleView | undefined): ArticleView[] {
  const views = entity.articles.map(article).filter((a): a is ArticleView => a !== undefined);
  return views.sort((a, b) => compareMonthsNewestFirst(a.month, b.month));
}

/** Where each article first names the entity: one pass over its mentions (when a row is expanded). */
export function firstMentions(entity: Entity): Map<string, { start: number; end: number }> {
  const first = new Map<string, { start: number; end: number }>();
  for (const { path, start, end } of entity.mentions) {
    const seen = first.get(path);
    if (!seen || start < seen.start) first.set(path, { start, end });
  }
  return first;
}

function compareMonthsNewestFirst(a: Month | null, b: Month | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

// Tree labels and descriptions are plain text in VS Code (no markdown, no `$(icon)`): inertText is
// all they need. Tooltips are markdown and go through escapeMarkdown.

/** "12" or "12 · 3 inferred": a group's article count and how many got their month by inference. */
export function groupDescription(articleCount: number, inferred: number, t: Localize): string {
  return inferred > 0 ? t('{0} · {1} inferred', articleCount, inferred) : String(articleCount);
}

/** What a screen reader says for a group: "March 2021, 3 articles, 1 with an inferred month". */
export function groupAccessibilityLabel(label: string, articleCount: number, inferred: number, t: Localize): string {
  const parts = [label, articleCount === 1 ? t('1 article') : t('{0} articles', articleCount)];
  if (inferred > 0) parts.push(t('{0} with an inferred month', inferred));
  return parts.join(', ');
}

export interface ArticleRow {
  label: string;
  description: string;
  /** for screen readers: the title, the month (and whether it was inferred), the file */
  accessibilityLabel: string;
}

/**
 * An article row: its title (the file name when it has none), then the month marker and the file
 * name. Under a month the month is the parent, so only "month inferred" is said; under an actor
 * the month is given. The marker comes first so that a narrow sidebar still shows it.
 */
export function articleRowText(
  article: ArticleView | undefined,
  path: string,
  context: { t: Localize; formatMonth(month: Month): string; showMonth: boolean },
): ArticleRow {
  const { t } = context;
  const file = inertText(fileName(path));
  const label = inertText(article?.title || fileName(path));
  const inferred = article?.monthSource === 'inferred';
  let month: string | undefined;
  if (context.showMonth) {
    const name = article?.month ? context.formatMonth(article.month) : t('undated');
    month = inferred ? t('{0} (inferred)', name) : name;
  } else if (inferred) {
    month = t('month inferred');
  }
  const description = month ? `${month} · ${file}` : file;
  const spokenMonth = month ?? (article?.month ? context.formatMonth(article.month) : t('undated'));
  return { label, description, accessibilityLabel: `${label}, ${spokenMonth}, ${file}` };
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

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
