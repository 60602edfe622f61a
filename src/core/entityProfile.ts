// What the entity page shows of one actor, computed on request from one snapshot: its roles with
// their source, its spellings, mentions per month, the actors that appear with it and its articles.
// Bounded: one pass over the actor's own mentions, roles and articles (for each article, the
// snapshot's list of the actors it names, built once per snapshot), never over the whole corpus;
// what is sent on is capped (PROFILE_LIMITS). Cached per snapshot and id.
import type { ArticleView, Entity, EntityType, Mention, Month, MonthSource } from './types';
import { perSnapshot } from './snapshotCache';
import { compareStrings } from './sortedSearch';

/** What the profile needs from a snapshot (CorpusSnapshot fits). */
export interface ProfileSource {
  entity(id: string): Entity | undefined;
  article(path: string): ArticleView | undefined;
}

export interface ProfileRole {
  text: string;
  /** how many times the articles give this role */
  count: number;
  /** where it was first read: the article, the mention it belongs to and its sentence */
  path: string;
  start: number;
  end: number;
  sentence: string;
}

export interface ProfileSpelling {
  spelling: string;
  mentions: number;
  articles: number;
}

export interface ProfileMonth {
  month: Month;
  mentions: number;
  articles: number;
}

export interface CoActor {
  id: string;
  name: string;
  type: EntityType;
  /** articles that name both */
  articles: number;
}

/** Two co-actors that also appear together, in `articles` of this actor's articles. */
export interface CoActorLink {
  from: string;
  to: string;
  articles: number;
}

export interface ProfileArticle {
  path: string;
  title: string;
  month: Month | null;
  monthSource: MonthSource;
  mentions: number;
  /** the first mention, to open the article at */
  start: number;
  end: number;
}

export interface EntityProfile {
  id: string;
  name: string;
  type: EntityType;
  description?: string;
  origin: Entity['origin'];
  articleCount: number;
  mentionCount: number;
  /** distinct roles, most given first */
  roles: ProfileRole[];
  /** spellings as written, most used first */
  spellings: ProfileSpelling[];
  /** every month from the first to the last with a mention, empty ones included */
  months: ProfileMonth[];
  /** mentions in articles without a month */
  undatedMentions: number;
  /** the actors named in most of this actor's articles, most first */
  coActors: CoActor[];
  /** how many distinct actors appear with it (coActors holds the first of them) */
  coActorTotal: number;
  /** among the first NETWORK_SIZE co-actors: which of them appear together, for the network picture */
  links: CoActorLink[];
  /** newest first (undated last), at most PROFILE_LIMITS.articles of them */
  articles: ProfileArticle[];
}

export const PROFILE_LIMITS = {
  roles: 50,
  coActors: 50,
  /** co-actors drawn in the network picture, and linked with each other */
  network: 12,
  articles: 200,
} as const;

const profilesOf = perSnapshot((_source: ProfileSource) => new Map<string, EntityProfile | undefined>());

/** The profile of entity `id` in `source`; undefined when the snapshot has no such entity. Cached per snapshot. */
export function entityProfile(source: ProfileSource, id: string): EntityProfile | undefined {
  const profiles = profilesOf(source);
  if (!profiles.has(id)) profiles.set(id, buildProfile(source, id));
  return profiles.get(id);
}

function buildProfile(source: ProfileSource, id: string): EntityProfile | undefined {
  const entity = source.entity(id);
  if (!entity) return undefined;
  const mentionsByPath = groupByPath(entity.mentions);
  const months = new Map<Month, ProfileMonth>();
  let undatedMentions = 0;
  const articles: ProfileArticle[] = [];
  for (const [path, mentions] of mentionsByPath) {
    const article = source.article(path);
    if (!article) continue;
    const first = mentions.reduce((a, b) => (b.start < a.start ? b : a));
    articles.push({ path, title: article.title, month: article.month, monthSource: article.monthSource, mentions: mentions.length, start: first.start, end: first.end });
    if (article.month === null) {
      undatedMentions += mentions.length;
      continue;
    }
    const month = months.get(article.month) ?? { month: article.month, mentions: 0, articles: 0 };
    month.mentions += mentions.length;
    month.articles++;
    months.set(article.month, month);
  }
  articles.sort(newestFirst);
  const { coActors, coActorTotal, links } = coOccurrence(source, entity, articles);
  return {
    ...entityIdentity(entity),
    articleCount: articles.length,
    mentionCount: entity.mentions.length,
    roles: distinctRoles(entity, mentionsByPath),
    spellings: spellingCounts(entity.mentions),
    months: denseMonths(months),
    undatedMentions,
    coActors,
    coActorTotal,
    links,
    articles: articles.slice(0, PROFILE_LIMITS.articles),
  };
}

/** What names an entity, as the page and the exports show it (a description only where it has one). */
export function entityIdentity(entity: Entity): Pick<Entity, 'id' | 'name' | 'type' | 'description' | 'origin'> {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    ...(entity.description !== undefined ? { description: entity.description } : {}),
    origin: entity.origin,
  };
}

function groupByPath(mentions: readonly Mention[]): Map<string, Mention[]> {
  const byPath = new Map<string, Mention[]>();
  for (const mention of mentions) {
    const list = byPath.get(mention.path);
    if (list) list.push(mention);
    else byPath.set(mention.path, [mention]);
  }
  return byPath;
}

/** Roles by their text (case-insensitive), most given first; each with where it was first read. */
function distinctRoles(entity: Entity, mentionsByPath: Map<string, Mention[]>): ProfileRole[] {
  const byText = new Map<string, ProfileRole>();
  for (const role of entity.roles) {
    const key = role.text.toLocaleLowerCase();
    const known = byText.get(key);
    if (known) {
      known.count++;
      continue;
    }
    const mention = mentionsByPath.get(role.path)?.find((m) => m.start === role.start);
    byText.set(key, { text: role.text, count: 1, path: role.path, start: role.start, end: mention?.end ?? role.start, sentence: role.sentence });
  }
  return [...byText.values()].sort((a, b) => b.count - a.count).slice(0, PROFILE_LIMITS.roles);
}

/** Spellings exactly as written, with how many mentions and articles use each. */
export function spellingCounts(mentions: readonly Mention[]): ProfileSpelling[] {
  const counts = new Map<string, { mentions: number; paths: Set<string> }>();
  for (const { surface, path } of mentions) {
    let count = counts.get(surface);
    if (!count) counts.set(surface, (count = { mentions: 0, paths: new Set() }));
    count.mentions++;
    count.paths.add(path);
  }
  return [...counts]
    .map(([spelling, { mentions, paths }]) => ({ spelling, mentions, articles: paths.size }))
    .sort((a, b) => b.mentions - a.mentions || compareStrings(a.spelling, b.spelling));
}

/** Every month from the first to the last, so the chart's gaps are months without mentions. */
function denseMonths(months: Map<Month, ProfileMonth>): ProfileMonth[] {
  const keys = [...months.keys()].sort();
  if (keys.length === 0) return [];
  const result: ProfileMonth[] = [];
  for (let month = keys[0]; month <= keys[keys.length - 1]; month = nextMonth(month)) {
    result.push(months.get(month) ?? { month, mentions: 0, articles: 0 });
  }
  return result;
}

function nextMonth(month: Month): Month {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * Actors named in this actor's articles, and which of the first few appear together: one pass
 * over the articles' actor lists to count, one more for the pairs among the first NETWORK_SIZE
 * (counted by rank in a small square table, as this runs for every article of the actor).
 */
function coOccurrence(source: ProfileSource, entity: Entity, articles: readonly ProfileArticle[]) {
  // each other actor gets a small number on first sight, so the counting below indexes arrays
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const shared: number[] = [];
  const named: Uint32Array[] = [];
  for (const { path } of articles) {
    const others = source.article(path)?.entities ?? [];
    const indexes = new Uint32Array(others.length);
    let length = 0;
    for (const other of others) {
      if (other === entity.id) continue;
      let index = indexOf.get(other);
      if (index === undefined) {
        indexOf.set(other, (index = ids.length));
        ids.push(other);
        shared.push(0);
      }
      shared[index]++;
      indexes[length++] = index;
    }
    named.push(indexes.subarray(0, length));
  }
  const ranked = ids
    .flatMap((id, index) => {
      const other = source.entity(id);
      return other ? [{ id, name: other.name, type: other.type, articles: shared[index] }] : [];
    })
    .sort((a, b) => b.articles - a.articles || compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
  const coActors = ranked.slice(0, PROFILE_LIMITS.coActors);
  const network = coActors.slice(0, PROFILE_LIMITS.network);
  const size = network.length;
  // the network rank of each numbered actor, or -1
  const rankOf = new Int32Array(ids.length).fill(-1);
  network.forEach((actor, rank) => (rankOf[indexOf.get(actor.id)!] = rank));
  const pairs = new Uint32Array(size * size);
  const ranks: number[] = [];
  for (const indexes of named) {
    ranks.length = 0;
    for (const index of indexes) if (rankOf[index] >= 0) ranks.push(rankOf[index]);
    for (let i = 0; i < ranks.length; i++) {
      for (let j = i + 1; j < ranks.length; j++) pairs[Math.min(ranks[i], ranks[j]) * size + Math.max(ranks[i], ranks[j])]++;
    }
  }
  const links: CoActorLink[] = [];
  for (let from = 0; from < size; from++) {
    for (let to = from + 1; to < size; to++) {
      const count = pairs[from * size + to];
      if (count > 0) links.push({ from: network[from].id, to: network[to].id, articles: count });
    }
  }
  // most shared first; ties by the ranks of the two (the order they were pushed in)
  links.sort((a, b) => b.articles - a.articles);
  return { coActors, coActorTotal: ranked.length, links };
}

function newestFirst(a: ProfileArticle, b: ProfileArticle): number {
  if (a.month !== b.month) {
    if (a.month === null) return 1;
    if (b.month === null) return -1;
    return compareStrings(b.month, a.month);
  }
  return b.mentions - a.mentions || compareStrings(a.path, b.path);
}
