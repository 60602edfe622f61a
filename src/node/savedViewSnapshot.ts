// The snapshot a warm start shows while the analyses load: the saved view's articles, the saved
// entities and the saved search index, as the features read a corpus snapshot. What needs the
// analyses themselves waits for the live snapshot: the events (the timeline and its export wait for
// the indexing), the articles' parsed text (jumps fall back to the file), hovers over names, the
// entities file's problems. Search snippets come from the analyses as far as they are loaded
// (see Corpus.importSearchIndex), else the hit's title stands for its snippet.
import type { CorpusSnapshot, EntityResolution } from '../core/corpus';
import type { ArticleSearchIndex, SearchIndexState } from '../core/search';
import { snapshotSearch } from '../core/snapshotSearch';
import type { SavedView } from './savedView';

/**
 * The snapshot of `view`, or undefined unless the entities and the search index were made from
 * exactly its articles (then nothing of it is shown). `importIndex` makes the index the snapshot
 * searches (Corpus.importSearchIndex, so the corpus can take it later instead of importing the
 * state again). `version` tells it apart from the snapshots before and after it.
 */
export function savedViewSnapshot(view: SavedView, resolution: EntityResolution, searchIndex: SearchIndexState, importIndex: (state: SearchIndexState) => ArticleSearchIndex | undefined, version: number): CorpusSnapshot | undefined {
  const articleByPath = new Map(view.articles.map((article) => [article.path, article]));
  const sameArticles = (paths: unknown) => Array.isArray(paths) && paths.length === articleByPath.size && paths.every((path) => articleByPath.has(path));
  if (!sameArticles(searchIndex.paths) || !sameArticles(resolution.paths) || resolution.userEntitiesText !== view.userEntitiesText) return undefined;
  const { entities } = resolution;
  const index = importIndex(searchIndex);
  if (!index) return undefined;
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const searchResults = snapshotSearch(entities, view.articles, articleByPath, () => index);
  return {
    version,
    articles: view.articles,
    entities,
    events: [],
    skipped: view.skipped,
    article: (path) => articleByPath.get(path),
    entity: (id) => entityById.get(id),
    parsed: () => undefined,
    entityAt: () => undefined,
    search: (query, limit) => searchResults(query, limit).hits,
    searchResults,
    entitiesFileProblems: () => [],
  };
}
