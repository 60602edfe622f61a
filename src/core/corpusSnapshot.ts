// A snapshot of the corpus: the resolved view of every article the features read, made from what
// the corpus resolved; what it looks up (hovers, search filters, the articles' entities) is built
// when first asked, once per snapshot.

import type { ArticleOrder } from './articleOrder';
import { hoverSpellings, type HoverSpellings } from './hoverSpellings';
import type { KnownEntity } from './knowledgeBase';
import type { ArticleSearchIndex } from './search';
import { snapshotSearch, type SearchResults } from './snapshotSearch';
import { compareStrings } from './sortedSearch';
import type { ArticleView, DatedEvent, Entity, Month, ParsedArticle, SearchHit, Skipped } from './types';

export interface CorpusSnapshot {
  /** increases on every change */
  readonly version: number;
  /** sorted by month (undated last), then path */
  readonly articles: ArticleView[];
  /** sorted by number of articles, descending */
  readonly entities: Entity[];
  /** sorted by date */
  readonly events: DatedEvent[];
  readonly skipped: Skipped[];
  article(path: string): ArticleView | undefined;
  entity(id: string): Entity | undefined;
  parsed(path: string): ParsedArticle | undefined;
  /**
   * The entity whose spelling covers `offset` in `text`, case- and accent-tolerant; for a surname
   * several people share, those people (`candidates`, most articles first) instead.
   */
  entityAt(text: string, offset: number): EntityAt | undefined;
  /** full-text search; the query may hold `actor:` and `month:` filters */
  search(query: string, limit?: number): SearchHit[];
  /** the same search with the number of matching articles and what was wrong with the query */
  searchResults(query: string, limit?: number): SearchResults;
  /**
   * The entities file's problems with this corpus: those setUserEntities returned, plus the ones
   * only the articles can tell (split names no article and no known entity uses).
   */
  entitiesFileProblems(): string[];
}

/** A snapshot's entities, as a cache keeps them: what they were resolved from, sorted as the snapshot sorts them. */
export interface EntityResolution {
  /** the articles' paths, sorted */
  paths: string[];
  userEntitiesText: string | null;
  entities: Entity[];
}

export type EntityAt =
  | { entity: Entity; candidates?: undefined; start: number; end: number }
  | { entity?: undefined; candidates: Entity[]; start: number; end: number };

export type { SearchResults };

/** What a snapshot is made of: the corpus's resolved state, and what it is asked for when needed. */
export interface SnapshotSources {
  version: number;
  /** sorted as the snapshot lists them */
  entities: Entity[];
  /** the articles' order and sorted events as resolved (the snapshot keeps its arrays, which later changes copy) */
  order: Pick<ArticleOrder, 'entries' | 'events'>;
  /** sorted by path */
  skipped: Skipped[];
  parsed(path: string): ParsedArticle | undefined;
  /** the corpus's search index, made when first needed */
  searchIndex(): ArticleSearchIndex;
  knownEntities(): KnownEntity[];
  entitiesFileProblems(): string[];
}

export function makeSnapshot(sources: SnapshotSources): CorpusSnapshot {
  const { version, entities, order, skipped, parsed } = sources;
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  // Which entities each article names: only worked out when someone asks (tooltips, timeline, CLI).
  let entityIdsByPath: Map<string, string[]> | undefined;
  const entityIdsOf = (path: string) => (entityIdsByPath ??= entityIdsPerArticle(entities)).get(path) ?? [];

  const articles = order.entries.map(({ parsed, month }) => new SnapshotArticle(parsed, month, entityIdsOf));
  const events = order.events;
  const articleByPath = new Map(articles.map((article) => [article.path, article]));

  let hover: HoverSpellings | undefined;
  let entitiesFileProblems: string[] | undefined;
  const searchResults = snapshotSearch(entities, articles, articleByPath, sources.searchIndex);
  return {
    version,
    articles,
    entities,
    events,
    skipped,
    article: (path) => articleByPath.get(path),
    entity: (id) => entityById.get(id),
    parsed,
    entityAt: (text, offset) => {
      hover ??= hoverSpellings(entities, sources.knownEntities());
      const match = hover.matcher.findAt(text, offset);
      if (!match) return undefined;
      const shared = hover.sharedSurnames.get(match.id);
      if (shared) return { candidates: shared.flatMap((id) => entityById.get(id) ?? []), start: match.start, end: match.end };
      const entity = entityById.get(match.id);
      return entity ? { entity, start: match.start, end: match.end } : undefined;
    },
    search: (query, limit) => searchResults(query, limit).hits,
    searchResults,
    entitiesFileProblems: () => (entitiesFileProblems ??= sources.entitiesFileProblems()),
  };
}

/**
 * An article as one snapshot shows it. A class rather than an object literal with a getter: it is
 * made for every article on every change, and class instances are much cheaper to create.
 */
class SnapshotArticle implements ArticleView {
  readonly path: string;
  readonly monthSource: ArticleView['monthSource'];
  readonly title: string;
  readonly summary: string;
  readonly bodyStart: number;
  readonly warnings: string[];
  readonly #entityIdsOf: (path: string) => string[];

  constructor(parsed: ParsedArticle, readonly month: Month | null, entityIdsOf: (path: string) => string[]) {
    this.#entityIdsOf = entityIdsOf;
    this.path = parsed.path;
    this.monthSource = parsed.headerMonth ? 'header' : month ? 'inferred' : null;
    this.title = parsed.title;
    this.summary = parsed.summary;
    this.bodyStart = parsed.bodyStart;
    this.warnings = parsed.warnings;
  }

  /** Which entities the article names, most mentioned first: worked out when first asked. */
  get entities(): string[] {
    return this.#entityIdsOf(this.path);
  }
}

function entityIdsPerArticle(entities: Entity[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      let perEntity = counts.get(mention.path);
      if (!perEntity) counts.set(mention.path, (perEntity = new Map()));
      perEntity.set(entity.id, (perEntity.get(entity.id) ?? 0) + 1);
    }
  }
  const result = new Map<string, string[]>();
  for (const [path, perEntity] of counts) {
    result.set(path, [...perEntity].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([id]) => id));
  }
  return result;
}
