// What a snapshot of the corpus is: the resolved view of every article the features read, and the
// articles as a snapshot shows them.

import type { QueryProblem } from './searchQuery';
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

export interface SearchResults {
  hits: SearchHit[];
  /** articles that match, of which `hits` are the best */
  total: number;
  /** filters that could not be applied (the search then finds nothing) */
  problems: QueryProblem[];
}

/**
 * An article as one snapshot shows it. A class rather than an object literal with a getter: it is
 * made for every article on every change, and class instances are much cheaper to create.
 */
export class SnapshotArticle implements ArticleView {
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

export function entityIdsPerArticle(entities: Entity[]): Map<string, string[]> {
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
