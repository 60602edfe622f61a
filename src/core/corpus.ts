// The corpus: every article of a folder, analysed once per file, and a resolved view of the whole.
// Per-file work (decode, parse, candidates, date expressions) happens in upsert and is kept, so a
// changed file costs one file. Corpus-wide work (entity resolution, month inference, events) runs
// lazily in snapshot(), or in short steps a host drives (snapshotSteps), and is cached until the next change.

import type { AliasMatcher } from './aliasMatcher';
import { analyseFile, analyseText, DEFAULT_MAX_BYTES, knownEntitiesWith, knownSpellingsMatcher, namesWithEvidence, withCandidates, type AnalysedArticle, type FileAnalysis } from './analysis';
import { ArticleOrder } from './articleOrder';
import { makeSnapshot, type CorpusSnapshot, type EntityResolution } from './corpusSnapshot';
import type { ArticleCandidates } from './entityCandidates';
import { EntityResolver } from './entityResolver';
import { resolveDateExpressions } from './dates';
import { loadKnowledgeBase, type KnownEntity } from './knowledgeBase';
import { MonthInference } from './monthInference';
import { ArticleSearchIndex, type SearchIndexState } from './search';
import { compareStrings } from './sortedSearch';
import { runSteps, type Steps } from './steps';
import type { DatedEvent, Entity, Month, Sentence } from './types';
import { parseUserEntities, unknownSplitNames, userNameKey, type UserEntities } from './userEntities';

export { DEFAULT_MAX_BYTES };
export type { CorpusSnapshot, EntityAt, EntityResolution, SearchResults } from './corpusSnapshot';

/**
 * What the corpus keeps of an article: not its name candidates, which the resolver counts and
 * prepares (once counted, nothing holds them: they are most of an analysis's memory).
 */
interface AnalysedFile extends Omit<AnalysedArticle, 'candidates'> {
  /** the spellings search finds the article by */
  actors: string[];
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
  /** the indexes importSearchIndex made, with where they read sentences the corpus does not have yet */
  private readonly importedSearchIndexes = new WeakMap<ArticleSearchIndex, { meanwhile?: (path: string) => readonly Sentence[] | undefined }>();
  private version = 0;
  private cached: CorpusSnapshot | undefined;
  /** paths added, changed or removed since the last snapshot */
  private readonly changedPaths = new Set<string>();
  /** months of undated articles, re-inferred only where a change can affect them */
  private readonly inference = new MonthInference();
  private readonly articleOrder = new ArticleOrder();

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
    const { parsed, expressions, candidates, inference } = article;
    // A dated article's events need no corpus-wide knowledge: resolved now, file by file, instead
    // of all at once in the first snapshot (one long step on the extension host).
    const month = parsed.headerMonth ?? undefined;
    const events = month ? resolveDateExpressions(parsed, expressions, month) : undefined;
    // Every field in the literal: one added later would move them all to a store of their own.
    const file: AnalysedFile = { parsed, expressions, inference, actors: candidateSpellings(candidates), events, eventsMonth: month };
    this.files.set(path, file);
    this.inference.set(file.inference);
    this.resolver.set(candidates);
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
    // The same text changes nothing (a start without an entities file, a file saved unchanged):
    // no known-names matcher made again, no article's names found again.
    if (jsonText === this.userEntitiesJson) return this.userEntityErrors;
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
      file.actors = candidateSpellings(candidates);
      file.inference = inference;
      this.inference.set(file.inference);
      this.resolver.set(candidates);
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
    const { parsed, actors } = file;
    return {
      path: parsed.path,
      title: parsed.title,
      month: parsed.headerMonth,
      sentences: parsed.sentences,
      actors,
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
   * A search index imported from `state`, not yet in use: a warm start searches it before the
   * analyses are added (snippets from `sentencesMeanwhile` until the corpus has an article), then
   * hands it to loadSearchIndex, so the state is imported once. Undefined for a state it cannot take.
   */
  importSearchIndex(state: SearchIndexState, sentencesMeanwhile: (path: string) => readonly Sentence[] | undefined): ArticleSearchIndex | undefined {
    const source: { meanwhile?: typeof sentencesMeanwhile } = { meanwhile: sentencesMeanwhile };
    const index = new ArticleSearchIndex((path) => this.files.get(path)?.parsed.sentences ?? source.meanwhile?.(path));
    if (!index.importState(state)) return undefined;
    this.importedSearchIndexes.set(index, source);
    return index;
  }

  /**
   * Takes a search index saved with `searchIndexState` instead of building one, while none exists.
   * The caller vouches that it was made from these very analyses (a cache whose every file matched
   * its stamp); it is refused unless it holds exactly this corpus's articles. `imported`: the index
   * importSearchIndex made of this state, taken as it is (its sentences from the corpus alone from
   * then on). Returns whether it was taken.
   */
  loadSearchIndex(state: SearchIndexState, imported?: ArticleSearchIndex): boolean {
    if (this.searchIndex || !Array.isArray(state.paths) || state.paths.length !== this.files.size || !state.paths.every((path) => this.files.has(path))) return false;
    const source = imported && this.importedSearchIndexes.get(imported);
    if (imported && !source) return false;
    const index = imported ?? this.newSearchIndex();
    if (source) source.meanwhile = undefined;
    else if (!index.importState(state)) return false;
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
    return makeSnapshot({
      version: this.version,
      entities,
      order: this.articleOrder,
      skipped: [...this.skippedFiles].map(([path, reason]) => ({ path, reason })).sort((a, b) => compareStrings(a.path, b.path)),
      parsed: (path) => this.files.get(path)?.parsed,
      searchIndex: () => this.ensureSearchIndex(),
      knownEntities: () => this.knownEntities(),
      entitiesFileProblems: () => [...this.userEntityErrors, ...this.unknownSplitNames(entities)],
    });
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

  /** Resolves the touched articles' events again where their month changed, then puts them in order. */
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
    yield* this.articleOrder.update(touched, this.files.size, this.files.keys(), (path) => {
      const file = this.files.get(path);
      return file && { entry: { path, month: this.monthOf(path), parsed: file.parsed }, events: file.events ?? [] };
    });
  }
}

/** The spellings an article is found by in search. */
function candidateSpellings(candidates: ArticleCandidates): string[] {
  return [...new Set(namesWithEvidence(candidates).map((mention) => mention.surface))];
}

function byArticleCount(a: Entity, b: Entity): number {
  return b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || compareStrings(a.name, b.name);
}
