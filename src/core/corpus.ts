// The corpus: every article of a folder, analysed once per file, and a resolved view of the whole.
// Per-file work (decode, parse, candidates, date expressions) happens in upsert and is kept, so a
// changed file costs one file. Corpus-wide work (entity resolution, month inference, events) runs
// lazily in snapshot(), or in short steps a host drives (snapshotSteps), and is cached until the next change.

import { ActorLookup } from './actorLookup';
import type { AliasMatcher } from './aliasMatcher';
import { analyseFile, analyseText, DEFAULT_MAX_BYTES, knownEntitiesWith, knownSpellingsMatcher, namesWithEvidence, withCandidates, type AnalysedArticle, type FileAnalysis } from './analysis';
import { byDate, byMonthThenPath, insertSorted, removeSorted, type OrderEntry } from './articleOrder';
import { entityIdsPerArticle, SnapshotArticle, type CorpusSnapshot, type EntityResolution, type SearchResults } from './corpusSnapshot';
import type { ArticleCandidates } from './entityCandidates';
import { EntityResolver } from './entityResolver';
import { hoverSpellings, type HoverSpellings } from './hoverSpellings';
import { resolveDateExpressions } from './dates';
import { loadKnowledgeBase, type KnownEntity } from './knowledgeBase';
import { MonthInference } from './monthInference';
import { ArticleSearchIndex, type SearchIndexState } from './search';
import { monthFilterAccepts, parseSearchQuery, type MonthFilter } from './searchQuery';
import { compareStrings } from './sortedSearch';
import { runSteps, type Steps } from './steps';
import type { DatedEvent, Entity, Month } from './types';
import { parseUserEntities, unknownSplitNames, userNameKey, type UserEntities } from './userEntities';

export { DEFAULT_MAX_BYTES };
export type { CorpusSnapshot, EntityAt, EntityResolution, SearchResults } from './corpusSnapshot';

interface AnalysedFile extends AnalysedArticle {
  /** events resolved against `eventsMonth`; recomputed only when the article's month changes */
  events?: DatedEvent[];
  eventsMonth?: Month | null;
}

export class Corpus {
  private readonly files = new Map<string, AnalysedFile>();
  private readonly skippedFiles = new Map<string, string>();
  private readonly knowledgeBase: KnownEntity[];
  private userEntities: UserEntities | undefined;
  /** the entities file's text as last given to setUserEntities: analyses made with other text are stale */
  private userEntitiesJson: string | null = null;
  /** the entities file's own mistakes, as setUserEntities returned them */
  private userEntityErrors: string[] = [];
  private knownMatcher: AliasMatcher;
  private readonly resolver: EntityResolver;
  /** built on the first search, then kept up to date file by file */
  private searchIndex: ArticleSearchIndex | undefined;
  private version = 0;
  private cached: CorpusSnapshot | undefined;
  /** paths added, changed or removed since the last snapshot */
  private readonly changedPaths = new Set<string>();
  /** months of undated articles, re-inferred only where a change can affect them */
  private readonly inference = new MonthInference();
  /** articles in snapshot order, each with the month it is sorted under */
  private order: OrderEntry[] = [];
  private sortedEvents: DatedEvent[] = [];
  /** each article's entry in `order` and its events in `sortedEvents`, to take out when it changes */
  private readonly placed = new Map<string, { entry: OrderEntry; events: readonly DatedEvent[] }>();

  constructor(options: { knowledgeBase?: KnownEntity[] } = {}) {
    this.knowledgeBase = options.knowledgeBase ?? loadKnowledgeBase();
    this.knownMatcher = this.buildKnownMatcher();
    this.resolver = new EntityResolver(this.knowledgeBase);
  }

  get size(): number {
    return this.files.size;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /**
   * Analyses (or re-analyses) one file; returns null when accepted, else why it was skipped: it
   * cannot be read as text, or its text does not read as an article (a build file, a log).
   */
  upsertFile(path: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string | null {
    const analysis = this.analyse(path, bytes, maxBytes);
    this.addAnalysis(analysis, this.userEntitiesJson);
    return analysis.skipped ?? null;
  }

  /** One file's analysis with the current known spellings, not yet added (for addAnalysis, after keeping it in a cache). */
  analyse(path: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): FileAnalysis {
    return analyseFile(path, bytes, this.knownMatcher, maxBytes);
  }

  upsertText(path: string, text: string): void {
    this.addArticle(analyseText(path, text, this.knownMatcher));
  }

  /** The text of the entities file analyses must be made with (see addAnalysis); null for none. */
  get userEntitiesText(): string | null {
    return this.userEntitiesJson;
  }

  /**
   * Takes a file analysed elsewhere (a worker thread, a cache). `userEntitiesText` is the entities
   * file it was analysed with: when that is not the current one, its names are found again here.
   * Returns the analysis as taken, made with the current entities file, so a cache can keep that one.
   */
  addAnalysis(analysis: FileAnalysis, userEntitiesText: string | null): FileAnalysis {
    if (analysis.skipped !== undefined) {
      this.skip(analysis.path, analysis.skipped);
      return analysis;
    }
    if (userEntitiesText === this.userEntitiesJson) {
      this.addArticle(analysis.article);
      return analysis;
    }
    const { parsed, expressions } = analysis.article;
    const article = withCandidates(parsed, expressions, this.knownMatcher);
    this.addArticle(article);
    return { path: analysis.path, article };
  }

  private addArticle(article: AnalysedArticle): void {
    const path = article.parsed.path;
    this.skippedFiles.delete(path);
    const file: AnalysedFile = { ...article };
    // A dated article's events need no corpus-wide knowledge: resolved now, file by file, instead
    // of all at once in the first snapshot (one long step on the extension host).
    const month = article.parsed.headerMonth;
    if (month) {
      file.events = resolveDateExpressions(article.parsed, article.expressions, month);
      file.eventsMonth = month;
    }
    this.files.set(path, file);
    this.inference.set(file.inference);
    this.resolver.set(file.candidates);
    this.searchIndex?.addOrReplace(this.searchDocument(file));
    this.changed(path);
  }

  /** Records a file that cannot be read at all (e.g. an I/O error), with the reason. */
  skip(path: string, reason: string): void {
    this.forget(path);
    this.skippedFiles.set(path, reason);
    this.changed(path);
  }

  removeFile(path: string): void {
    this.forget(path);
    this.skippedFiles.delete(path);
    this.changed(path);
  }

  /** The user's entities file as JSON text, or null when there is none. Returns its errors. */
  setUserEntities(jsonText: string | null): string[] {
    let errors: string[] = [];
    if (jsonText === null) {
      this.userEntities = undefined;
    } else {
      const result = parseUserEntities(jsonText);
      this.userEntities = result.value;
      errors = result.errors;
    }
    this.userEntityErrors = errors;
    this.userEntitiesJson = jsonText;
    this.resolver.setUserEntities(this.userEntities);
    // Known spellings changed, so every article's candidates must be found again.
    this.knownMatcher = this.buildKnownMatcher();
    for (const file of this.files.values()) {
      const { candidates, inference } = withCandidates(file.parsed, file.expressions, this.knownMatcher);
      file.candidates = candidates;
      file.inference = inference;
      this.inference.set(file.inference);
      this.resolver.set(file.candidates);
    }
    // The names an article is found by may have changed: index every article again, in idle slices.
    this.searchIndex?.enqueue(this.files.keys(), (path) => this.queuedSearchDocument(path));
    this.changed();
    return errors;
  }

  snapshot(): CorpusSnapshot {
    this.cached ??= runSteps(this.resolveSnapshot());
    return this.cached;
  }

  /**
   * snapshot() in steps (see steps.ts): one article counted or inferred, one step of the entity
   * grouping, ... A caller on a shared thread drives it and lets other work run between the steps
   * (src/node/threadSlices.ts); meanwhile it can keep showing the last snapshot. Changes between
   * the steps are taken in: the snapshot it ends with is the current one.
   */
  *snapshotSteps(): Steps<CorpusSnapshot> {
    if (this.cached) return this.cached;
    const made = yield* this.resolveSnapshot();
    this.cached ??= made;
    return this.cached;
  }

  /**
   * After loadEntityResolution: counts and groups the articles' names in steps, as a first change
   * would at once, so that change is brought in as after a cold start (only what it touches). The
   * loaded entities stay in use. Call it when idle.
   */
  *prepareForChanges(): Steps {
    yield* this.resolver.groupSteps();
  }

  private forget(path: string): void {
    if (!this.files.delete(path)) return;
    this.inference.delete(path);
    this.resolver.delete(path);
    this.searchIndex?.remove(path);
  }

  private changed(path?: string): void {
    if (path !== undefined) this.changedPaths.add(path);
    this.version++;
    this.cached = undefined;
  }

  /** The knowledge base, then the user's entities (listed last, so their spellings win). */
  private knownEntities(): KnownEntity[] {
    return knownEntitiesWith(this.knowledgeBase, this.userEntities);
  }

  private buildKnownMatcher(): AliasMatcher {
    return knownSpellingsMatcher(this.knownEntities());
  }

  private searchDocument(file: AnalysedFile) {
    const { parsed, candidates } = file;
    return {
      path: parsed.path,
      title: parsed.title,
      month: parsed.headerMonth,
      sentences: parsed.sentences,
      actors: candidateSpellings(candidates),
    };
  }

  /** A queued article's search document, made when the index takes it; undefined once the article is gone. */
  private queuedSearchDocument(path: string) {
    const file = this.files.get(path);
    return file && this.searchDocument(file);
  }

  /**
   * Builds the search index for about `budgetMs`; returns true while work remains. Call it in idle
   * time, so the first search does not wait for a large archive to be indexed.
   */
  indexForSearch(budgetMs: number): boolean {
    return this.ensureSearchIndex().indexPending(budgetMs) > 0;
  }

  /** Created on first use with every article queued; a search indexes whatever is still queued. */
  private ensureSearchIndex(): ArticleSearchIndex {
    if (!this.searchIndex) {
      this.searchIndex = this.newSearchIndex();
      this.searchIndex.enqueue(this.files.keys(), (path) => this.queuedSearchDocument(path));
    }
    return this.searchIndex;
  }

  private newSearchIndex(): ArticleSearchIndex {
    return new ArticleSearchIndex((path) => this.files.get(path)?.parsed.sentences);
  }

  /** Whether the search index exists (built, being built, or loaded). */
  get hasSearchIndex(): boolean {
    return this.searchIndex !== undefined;
  }

  /**
   * The search index as data for a cache, once it is built and nothing waits to be indexed;
   * undefined before (saving must not make it build).
   */
  searchIndexState(): SearchIndexState | undefined {
    return this.searchIndex && this.searchIndex.pendingCount === 0 ? this.searchIndex.exportState() : undefined;
  }

  /**
   * Takes a search index saved with `searchIndexState` instead of building one, while none exists.
   * The caller vouches that it was made from these very analyses (a cache whose every file matched
   * its stamp); it is refused unless it holds exactly this corpus's articles. Returns whether it was taken.
   */
  loadSearchIndex(state: SearchIndexState): boolean {
    if (this.searchIndex || !Array.isArray(state.paths) || state.paths.length !== this.files.size || !state.paths.every((path) => this.files.has(path))) return false;
    const index = this.newSearchIndex();
    if (!index.importState(state)) return false;
    this.searchIndex = index;
    return true;
  }

  /**
   * The entities of the current snapshot with the articles they were resolved from, for a cache;
   * undefined before a snapshot was made (saving must not make one).
   */
  entityResolution(): EntityResolution | undefined {
    return this.cached && { paths: [...this.files.keys()].sort(compareStrings), userEntitiesText: this.userEntitiesJson, entities: this.cached.entities };
  }

  /**
   * Takes entities saved with `entityResolution` instead of resolving them again. The caller vouches
   * that they were made from these very analyses (a cache whose every file matched its stamp); they
   * are refused unless made from exactly this corpus's articles and entities file. The next change
   * resolves as if nothing had been loaded. Returns whether they were taken.
   */
  loadEntityResolution(saved: EntityResolution): boolean {
    if (saved.userEntitiesText !== this.userEntitiesJson || saved.paths.length !== this.files.size || !saved.paths.every((path) => this.files.has(path))) return false;
    this.resolver.useSaved(saved.entities);
    return true;
  }

  private *resolveSnapshot(): Steps<CorpusSnapshot> {
    let version: number;
    let entities: Entity[];
    // Until no change came in between the steps (each round only redoes what changed).
    do {
      version = this.version;
      entities = (yield* this.resolver.resolveSteps()).sort(byArticleCount);
      yield* this.inference.updateSteps((path) => this.changedPaths.add(path));
      const touched = new Set(this.changedPaths);
      this.changedPaths.clear();
      yield* this.updateOrderAndEvents(touched);
      yield;
    } while (version !== this.version);
    const entityById = new Map(entities.map((entity) => [entity.id, entity]));
    // Which entities each article names: only worked out when someone asks (tooltips, timeline, CLI).
    let entityIdsByPath: Map<string, string[]> | undefined;
    const entityIdsOf = (path: string) => (entityIdsByPath ??= entityIdsPerArticle(entities)).get(path) ?? [];

    const articles = this.order.map(({ parsed, month }) => new SnapshotArticle(parsed, month, entityIdsOf));
    const events = this.sortedEvents;
    const articleByPath = new Map(articles.map((article) => [article.path, article]));
    const skipped = [...this.skippedFiles].map(([path, reason]) => ({ path, reason })).sort((a, b) => compareStrings(a.path, b.path));

    let hover: HoverSpellings | undefined;
    let actors: ActorLookup | undefined;
    let entitiesFileProblems: string[] | undefined;
    // The filters' sets of articles, once per snapshot: the same filter stands in every keystroke.
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
    const searchResults = (query: string, limit = 50): SearchResults => {
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
      // of those months, worked out once per snapshot and filter, not per keystroke.
      if (parsedQuery.month) {
        const inMonths = articlesInMonths(parsedQuery.month);
        paths = paths ? new Set([...paths].filter((path) => inMonths.has(path))) : inMonths;
      }
      const spelledEntities = (words: readonly string[]) =>
        lookup.spelledIn(words).map(({ from, to, entity }) => ({ from, to, mentions: lookup.mentionsOf(entity) }));
      const { hits, total } = this.ensureSearchIndex().find(parsedQuery.text, { limit, paths, spelledEntities });
      return { hits: hits.map((hit) => ({ ...hit, month: articleByPath.get(hit.path)?.month ?? hit.month })), total, problems };
    };
    return {
      version: this.version,
      articles,
      entities,
      events,
      skipped,
      article: (path) => articleByPath.get(path),
      entity: (id) => entityById.get(id),
      parsed: (path) => this.files.get(path)?.parsed,
      entityAt: (text, offset) => {
        hover ??= hoverSpellings(entities, this.knownEntities());
        const match = hover.matcher.findAt(text, offset);
        if (!match) return undefined;
        const shared = hover.sharedSurnames.get(match.id);
        if (shared) return { candidates: shared.flatMap((id) => entityById.get(id) ?? []), start: match.start, end: match.end };
        const entity = entityById.get(match.id);
        return entity ? { entity, start: match.start, end: match.end } : undefined;
      },
      search: (query, limit) => searchResults(query, limit).hits,
      searchResults,
      entitiesFileProblems: () => (entitiesFileProblems ??= [...this.userEntityErrors, ...this.unknownSplitNames(entities)]),
    };
  }

  /** Split names in the user's file that neither these entities nor the known ones are called by. */
  private unknownSplitNames(entities: readonly Entity[]): string[] {
    if (!this.userEntities?.splits.length) return [];
    const spellings = new Set<string>();
    const ids = new Set<string>();
    for (const entity of [...this.knownEntities(), ...entities]) {
      ids.add(entity.id);
      for (const name of [entity.name, ...entity.aliases]) spellings.add(userNameKey(name));
    }
    return unknownSplitNames(this.userEntities, (key) => (spellings.has(key) ? 'spelling' : ids.has(key) ? 'id' : undefined));
  }

  /** The month of an article: from its header, else inferred. */
  private monthOf(path: string): Month | null {
    return this.files.get(path)?.parsed.headerMonth ?? this.inference.get(path) ?? null;
  }

  /**
   * Keeps the article order and the sorted events up to date for the touched paths only; a large
   * change (the first indexing) rebuilds them at once, which is cheaper than many insertions.
   */
  private *updateOrderAndEvents(touched: Set<string>): Steps {
    for (const path of touched) {
      const file = this.files.get(path);
      const month = this.monthOf(path);
      if (file && (file.events === undefined || file.eventsMonth !== month)) {
        file.events = resolveDateExpressions(file.parsed, file.expressions, month);
        file.eventsMonth = month;
        yield;
      }
    }
    if (touched.size > Math.max(256, this.files.size / 20)) {
      this.placed.clear();
      for (const [path, file] of this.files) this.placed.set(path, { entry: { path, month: this.monthOf(path), parsed: file.parsed }, events: file.events ?? [] });
      this.order = [...this.placed.values()].map((placed) => placed.entry).sort(byMonthThenPath);
      yield;
      this.sortedEvents = [...this.placed.values()].flatMap((placed) => placed.events).sort(byDate);
      return;
    }
    if (touched.size === 0) return;
    // Copies, as the last snapshot keeps its arrays; then each touched article is taken out and put
    // in again by binary search, which costs far less than a pass over every event.
    const order = this.order.slice();
    const events = this.sortedEvents.slice();
    for (const path of touched) {
      const before = this.placed.get(path);
      if (before) {
        removeSorted(order, before.entry, byMonthThenPath);
        for (const event of before.events) removeSorted(events, event, byDate);
        this.placed.delete(path);
      }
      const file = this.files.get(path);
      if (!file) continue;
      const entry = { path, month: this.monthOf(path), parsed: file.parsed };
      this.placed.set(path, { entry, events: file.events ?? [] });
      insertSorted(order, entry, byMonthThenPath);
      for (const event of file.events ?? []) insertSorted(events, event, byDate);
    }
    this.order = order;
    this.sortedEvents = events;
  }
}

/** The spellings an article is found by in search. */
function candidateSpellings(candidates: ArticleCandidates): string[] {
  return [...new Set(namesWithEvidence(candidates).map((mention) => mention.surface))];
}

function byArticleCount(a: Entity, b: Entity): number {
  return b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || compareStrings(a.name, b.name);
}
