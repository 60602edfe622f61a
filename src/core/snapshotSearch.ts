// A snapshot's search: the query's `actor:` and `month:` filters worked out against the snapshot's
// entities and articles (once per snapshot and filter, not per keystroke), then the index asked.
// Shared by the corpus's snapshots and the saved view a warm start shows (src/node/savedView.ts).
import { ActorLookup } from './actorLookup';
import type { ArticleSearchIndex } from './search';
import { monthFilterAccepts, parseSearchQuery, type MonthFilter, type QueryProblem } from './searchQuery';
import type { ArticleView, Entity, SearchHit } from './types';

export interface SearchResults {
  hits: SearchHit[];
  /** articles that match, of which `hits` are the best */
  total: number;
  /** filters that could not be applied (the search then finds nothing) */
  problems: QueryProblem[];
}

/** `index` is asked only when a query needs it (the corpus makes its index on first use). */
export function snapshotSearch(
  entities: readonly Entity[],
  articles: readonly ArticleView[],
  articleByPath: ReadonlyMap<string, ArticleView>,
  index: () => ArticleSearchIndex,
): (query: string, limit?: number) => SearchResults {
  let actors: ActorLookup | undefined;
  const actorFilters = new Map<string, Set<string>>();
  const articlesOfActor = (actor: Entity) => {
    let articlesOf = actorFilters.get(actor.id);
    if (!articlesOf) actorFilters.set(actor.id, (articlesOf = new Set(actor.articles)));
    return articlesOf;
  };
  const monthFilters = new Map<string, Set<string>>();
  const articlesInMonths = (filter: MonthFilter) => {
    const key = JSON.stringify(filter);
    let inMonths = monthFilters.get(key);
    if (!inMonths) monthFilters.set(key, (inMonths = new Set(articles.filter((article) => monthFilterAccepts(filter, article.month)).map((article) => article.path))));
    return inMonths;
  };
  return (query, limit = 50) => {
    const parsedQuery = parseSearchQuery(query);
    const problems = [...parsedQuery.problems];
    actors ??= new ActorLookup(entities);
    const lookup = actors;
    let paths: ReadonlySet<string> | undefined;
    if (parsedQuery.actor !== undefined) {
      const actor = lookup.find(parsedQuery.actor);
      if (!actor) problems.push({ kind: 'unknown-actor', value: parsedQuery.actor, suggestions: lookup.closeSpellings(parsedQuery.actor) });
      paths = actor ? articlesOfActor(actor) : new Set();
    }
    if (problems.length > 0) return { hits: [], total: 0, problems };
    // Inferred months are corpus knowledge the index does not hold: the filter is the articles
    // of those months.
    if (parsedQuery.month) {
      const inMonths = articlesInMonths(parsedQuery.month);
      paths = paths ? new Set([...paths].filter((path) => inMonths.has(path))) : inMonths;
    }
    const spelledEntities = (words: readonly string[]) =>
      lookup.spelledIn(words).map(({ from, to, entity }) => ({ from, to, mentions: lookup.mentionsOf(entity) }));
    const { hits, total } = index().find(parsedQuery.text, { limit, paths, spelledEntities });
    return { hits: hits.map((hit) => ({ ...hit, month: articleByPath.get(hit.path)?.month ?? hit.month })), total, problems };
  };
}
