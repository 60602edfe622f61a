// The timeline model: articles placed at their month and dated events at their day, month or year,
// each with the actors (entities) involved. Pure and plain JSON, because the model is posted as is
// to the timeline webview, which also uses the date helpers below to draw it.
import { partitionPoint } from './sortedSearch';
import { collapseSpaces } from './text';
import type { ArticleView, DatedEvent, DatePrecision, Entity, EntityType } from './types';

export interface TimelineItem {
  id: string;
  kind: 'article' | 'event';
  /** ISO date (YYYY-MM-DD) of the first day */
  start: string;
  /** ISO date (YYYY-MM-DD) of the last day, inclusive; only for explicit ranges ("14 tot 16 april") */
  end?: string;
  /** how exact `start`/`end` are: a month-precision item covers its whole month */
  precision: DatePrecision;
  label: string;
  detail: string;
  path: string;
  /** where to open the article: its body for an article, the date expression for an event */
  offset: number;
  /** entity ids, most relevant first */
  actors: string[];
  /** the article's month was inferred from its text, not read from a date header */
  inferred?: boolean;
}

export interface TimelineActor {
  id: string;
  name: string;
  type: EntityType;
  /**
   * the articles of the actor: the number of distinct articles whose text names it
   * (entity.articles.length), the same number the tree and the hover card show
   */
  articles: number;
}

export interface TimelineModel {
  /** sorted by start, then articles before events, then path and offset */
  items: TimelineItem[];
  /** actors with at least one item, most articles first */
  actors: TimelineActor[];
  /** first and last day covered by `items`, inclusive; null when there are none */
  range: { start: string; end: string } | null;
  /** articles that could not be placed because no month is known for them */
  undatedArticles: number;
}

export interface TimelineOptions {
  /** keep only the items that involve this entity */
  actorId?: string;
  /** length of the actor list (the selected actor is always kept); default 200 */
  maxActors?: number;
}

/** What the user filters the timeline by; an empty filter keeps every item. */
export interface TimelineFilter {
  /** keep the items that involve any of these actors (none: every actor) */
  actorIds?: readonly string[];
  /** keep the items that reach into this month ('YYYY-MM') or later */
  from?: string;
  /** keep the items that start in this month ('YYYY-MM') or earlier */
  to?: string;
}

const DEFAULT_MAX_ACTORS = 200;
const MAX_LABEL = 200;
const MAX_DETAIL = 300;
/** positions tried when an event's date expression occurs several times in its sentence */
const MAX_SENTENCE_CANDIDATES = 8;
const DAY_MS = 86_400_000;
const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days since 1970-01-01 (UTC) of an ISO date 'YYYY-MM-DD'. */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / DAY_MS);
}

/** The ISO date 'YYYY-MM-DD' of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** First and last day (inclusive day numbers) an item covers, given its precision. */
export function itemExtent(item: Pick<TimelineItem, 'start' | 'end' | 'precision'>): { first: number; last: number } {
  const first = dayNumber(item.start);
  const last = item.end ? dayNumber(item.end) : lastDayOf(item.start, item.precision);
  return { first, last: Math.max(first, last) };
}

function lastDayOf(isoStart: string, precision: DatePrecision): number {
  const year = +isoStart.slice(0, 4);
  const month = +isoStart.slice(5, 7) - 1;
  if (precision === 'year') return Math.floor(Date.UTC(year + 1, 0, 1) / DAY_MS) - 1;
  if (precision === 'month') return Math.floor(Date.UTC(year, month + 1, 1) / DAY_MS) - 1;
  return dayNumber(isoStart);
}

/**
 * Reads 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' into the ISO date of its first day and its precision;
 * null for anything else, including impossible dates such as 2019-02-30.
 */
export function parsePartialDate(text: string): { start: string; precision: DatePrecision } | null {
  const match = DATE_SHAPE.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const start = `${year}-${month ?? '01'}-${day ?? '01'}`;
  if (isoDate(dayNumber(start)) !== start) return null;
  return { start, precision: day ? 'day' : month ? 'month' : 'year' };
}

/**
 * Builds the timeline. Linear in articles + events + mentions (plus sorting): mentions are indexed
 * per path once, and each event looks up only the mentions inside its own sentence.
 */
export function buildTimeline(
  articles: readonly ArticleView[],
  events: readonly DatedEvent[],
  entities: readonly Entity[],
  options: TimelineOptions = {},
): TimelineModel {
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const titleByPath = new Map<string, string>();
  const items: TimelineItem[] = [];
  let undatedArticles = 0;

  for (const article of articles) {
    titleByPath.set(article.path, article.title);
    const date = article.month ? parsePartialDate(article.month) : null;
    if (!date || date.precision !== 'month') {
      undatedArticles++;
      continue;
    }
    const item: TimelineItem = {
      id: `a:${article.path}`,
      kind: 'article',
      start: date.start,
      precision: 'month',
      label: clip(article.title, MAX_LABEL),
      detail: clip(article.summary, MAX_DETAIL),
      path: article.path,
      offset: article.bodyStart,
      actors: compactActors(article.entities.filter((id) => entityById.has(id))),
    };
    if (article.monthSource === 'inferred') item.inferred = true;
    items.push(item);
  }

  const mentionIndex = indexMentions(entities);
  for (const event of events) {
    const date = parsePartialDate(event.date);
    if (!date) continue;
    const item: TimelineItem = {
      id: `e:${event.path}:${event.start}`,
      kind: 'event',
      start: date.start,
      precision: date.precision,
      label: clip(event.text, MAX_LABEL),
      detail: titleByPath.get(event.path) ?? event.path,
      path: event.path,
      offset: event.start,
      actors: compactActors(actorsInSentence(mentionIndex.get(event.path), event)),
    };
    const end = event.endDate ? parsePartialDate(event.endDate) : null;
    if (end) {
      const last = isoDate(lastDayOf(end.start, end.precision));
      if (last > date.start) item.end = last;
    }
    items.push(item);
  }

  items.sort(compareItems);
  const model: TimelineModel = {
    items,
    actors: countActors(items, entityById, options),
    range: rangeOf(items),
    undatedArticles,
  };
  return options.actorId ? filterTimeline(model, { actorIds: [options.actorId] }) : model;
}

/**
 * The model restricted to the items that involve any of the actors and overlap the months from
 * `from` to `to` (both inclusive); the model itself when the filter keeps everything.
 */
export function filterTimeline(model: TimelineModel, filter: TimelineFilter): TimelineModel {
  const actorIds = filter.actorIds && filter.actorIds.length > 0 ? new Set(filter.actorIds) : null;
  const from = filter.from ? parsePartialDate(filter.from) : null;
  const to = filter.to ? parsePartialDate(filter.to) : null;
  if (!actorIds && !from && !to) return model;
  const firstDay = from ? dayNumber(from.start) : -Infinity;
  const lastDay = to ? lastDayOf(to.start, to.precision) : Infinity;
  const items = model.items.filter((item) => {
    if (actorIds && !item.actors.some((id) => actorIds.has(id))) return false;
    if (!from && !to) return true;
    const extent = itemExtent(item);
    return extent.last >= firstDay && extent.first <= lastDay;
  });
  return { ...model, items, range: rangeOf(items) };
}

interface PathMentions {
  starts: number[];
  ends: number[];
  ids: string[];
  surfaces: string[];
}

function indexMentions(entities: readonly Entity[]): Map<string, PathMentions> {
  const byPath = new Map<string, { start: number; end: number; id: string; surface: string }[]>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      let list = byPath.get(mention.path);
      if (!list) byPath.set(mention.path, (list = []));
      list.push({ start: mention.start, end: mention.end, id: entity.id, surface: mention.surface });
    }
  }
  const index = new Map<string, PathMentions>();
  for (const [path, list] of byPath) {
    list.sort((a, b) => a.start - b.start);
    index.set(path, { starts: list.map((m) => m.start), ends: list.map((m) => m.end), ids: list.map((m) => m.id), surfaces: list.map((m) => m.surface) });
  }
  return index;
}

/**
 * The entities named in the event's sentence. The event gives the sentence text and the file
 * offset of its date expression, so the sentence starts at `event.start - k` where k is where the
 * expression occurs in the sentence. When it occurs more than once, the position whose mentions
 * agree with the sentence text (the mention's surface is at the same place) is the right one.
 */
function actorsInSentence(mentions: PathMentions | undefined, event: DatedEvent): string[] {
  if (!mentions || event.expression.length === 0) return [];
  let best: string[] = [];
  let bestAgreeing = -1;
  let candidates = 0;
  for (let k = event.text.indexOf(event.expression); k >= 0 && candidates < MAX_SENTENCE_CANDIDATES; k = event.text.indexOf(event.expression, k + 1)) {
    candidates++;
    const from = event.start - k;
    const to = from + event.text.length;
    const actors: string[] = [];
    let agreeing = 0;
    for (let i = lowerBound(mentions.starts, from); i < mentions.starts.length && mentions.starts[i] < to; i++) {
      if (mentions.ends[i] > to) continue;
      if (event.text.startsWith(mentions.surfaces[i], mentions.starts[i] - from)) agreeing++;
      if (!actors.includes(mentions.ids[i])) actors.push(mentions.ids[i]);
    }
    if (agreeing > bestAgreeing) {
      best = actors;
      bestAgreeing = agreeing;
    }
  }
  return best;
}

/** One shared list for the many items without actors. */
const NO_ACTORS: string[] = Object.freeze([]) as unknown as string[];

/**
 * The actors as the model keeps them: most items have none or a few, and a list filled by push or
 * filter keeps room for more (about 150 bytes an item), so each is kept as an exact-size copy.
 */
function compactActors(actors: string[]): string[] {
  return actors.length === 0 ? NO_ACTORS : actors.slice();
}

function lowerBound(sorted: readonly number[], value: number): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < value);
}

/** The actors of at least one item, counted by their articles (not by their items). */
function countActors(items: readonly TimelineItem[], entityById: Map<string, Entity>, options: TimelineOptions): TimelineActor[] {
  const ids = new Set<string>();
  for (const item of items) for (const id of item.actors) ids.add(id);
  const actors: TimelineActor[] = [];
  for (const id of ids) {
    const entity = entityById.get(id)!;
    actors.push({ id, name: entity.name, type: entity.type, articles: entity.articles.length });
  }
  actors.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
  const kept = actors.slice(0, options.maxActors ?? DEFAULT_MAX_ACTORS);
  const selected = options.actorId ? actors.find((actor) => actor.id === options.actorId) : undefined;
  if (selected && !kept.includes(selected)) kept.push(selected);
  return kept;
}

function rangeOf(items: readonly TimelineItem[]): TimelineModel['range'] {
  if (items.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    const extent = itemExtent(item);
    if (extent.first < first) first = extent.first;
    if (extent.last > last) last = extent.last;
  }
  return { start: isoDate(first), end: isoDate(last) };
}

function compareItems(a: TimelineItem, b: TimelineItem): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'article' ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.offset - b.offset;
}

/** Whitespace collapsed and cut at a word boundary, so labels stay small in the posted model. */
function clip(text: string, max: number): string {
  const flat = collapseSpaces(text).trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
