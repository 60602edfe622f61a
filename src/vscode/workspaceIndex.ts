// The live model: finds the workspace's article files, has them analysed (in worker threads, see
// src/node/analysisPool.ts) and adds them to the Corpus in batches, keeps them up to date from a
// file watcher (one changed file costs one file) and announces snapshots.
// Nothing is read through a symbolic link (articleFiles.ts): the scan does not follow links and
// every file is checked again before it is read, file events included (fileUpdates.ts, which finds
// out what became of each file; the watchers are in articleWatchers.ts).
import * as vscode from 'vscode';
import { Corpus, type CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';
import { addToCorpus, type CachedAnalysis } from '../node/analysisCache';
import { AnalysisPool, type FileAnalyser } from '../node/analysisPool';
import { measureLongestPause } from '../node/eventLoopPauses';
import { ThreadSlices } from '../node/threadSlices';
import { listDirectory as listDirectoryOnDisk, type ListDirectory } from './articleFiles';
import { ArticleWarnings } from './articleWarnings';
import { ArticleWatchers, DEBOUNCE_MS } from './articleWatchers';
import { reportEntitiesProblems } from './entitiesProblems';
import { fileUpdates, type FileStamp, type FileUpdate, type FileUpdateSources } from './fileUpdates';
import type { AnalysisStore } from './indexCache';
import { runLine, type RunCause, type RunFacts } from './indexLog';
import { entitiesFileLocation, readSettings, relativeTo, type IndexSettings } from './indexSettings';
import { RefreshSchedule } from './refreshSchedule';
import { loadWarmView, viewToSave, type WarmView } from './warmStart';
import { WorkspaceFiles, type Candidate } from './workspaceFiles';

/** What the features (tree, hover, search, timeline) need from the index. */
export interface DossierModel {
  /** fires after a batch of changes has been applied, with the new snapshot */
  readonly onDidChange: vscode.Event<CorpusSnapshot>;
  /** the snapshot last announced by onDidChange (the corpus resolves only when one is announced) */
  snapshot(): CorpusSnapshot;
  /** resolves once the initial indexing and every queued file update are applied */
  whenIndexed(): Promise<CorpusSnapshot>;
  /** the file of a corpus path; undefined for paths that are not articles of the corpus */
  uriFor(path: string): vscode.Uri | undefined;
  /** the corpus path of a workspace file ('/'-separated, folder name first in multi-root) */
  pathFor(uri: vscode.Uri): string | undefined;
}

type Output = Pick<vscode.OutputChannel, 'appendLine' | 'show'>;

/** How far a scan is: files done of all found (0 of 0 while it looks for them), and the articles so far. */
export interface IndexProgress {
  done: number;
  total: number;
  articles: number;
}

/**
 * Files read and analysed in parallel per batch; the next batches are read and analysed while one
 * is added to the corpus, and between batches the extension host gets to run other work.
 */
const BATCH_SIZE = 64;
/**
 * Batches given to the workers ahead of the one going into the corpus: with one, the workers
 * waited whenever this thread took longer over a batch than they did.
 */
const BATCHES_AHEAD = 2;
/** The search index is built in slices this long, with this pause between them for other work. */
const SEARCH_SLICE_MS = 30;
const SEARCH_PAUSE_MS = 10;

export class WorkspaceIndex implements DossierModel, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<CorpusSnapshot>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly progressEmitter = new vscode.EventEmitter<IndexProgress | undefined>();
  /** fires while a scan reads files, and with undefined when it is done */
  readonly onDidProgress = this.progressEmitter.event;

  /** path -> the file and the stat it was read at; unchanged files are never read again */
  private readonly stamps = new Map<string, FileStamp>();
  private readonly reportedSkips = new Set<string>();
  private readonly watchers: ArticleWatchers;
  private readonly disposables: vscode.Disposable[] = [];
  private settings: IndexSettings = readSettings();

  /** all work runs one task at a time on this chain, so scans and updates never interleave */
  private tail: Promise<void> = Promise.resolve();
  /** a background build of the search index is running (buildSearchIndexWhenIdle) */
  private buildingSearchIndex = false;
  private disposed = false;
  private indexed = false;
  /** counts the changes this index made to the corpus (reading the snapshot's version would resolve it) */
  private corpusChanges = 0;
  /**
   * What the features see. Hovers and tree rows read this instead of the corpus, so a hover in
   * the middle of indexing does not make the corpus resolve a half-read workspace.
   */
  private current: CorpusSnapshot;
  /** the saved view a warm start shows until the first live snapshot is announced (warmStart.ts) */
  private warm: WarmView | undefined;
  /** the saved view's search index, until the scan's end takes it (loadFromCache) */
  private warmSearchIndex: WarmView['searchIndex'] | undefined;
  /** what the last announced snapshot was made from: the changes so far, the entities file text */
  private announced = { changes: -1, userEntitiesText: null as string | null };
  /** the entities file's problems as last reported */
  private entityErrors = '';
  private readonly files: WorkspaceFiles;
  private readonly warnings: ArticleWarnings;
  /** files whose bytes were read, for the output's line about each run */
  private filesRead = 0;
  private readonly analyser: FileAnalyser;
  private readonly cache: AnalysisStore | undefined;
  /** what finding out what became of a file needs */
  private readonly sources: FileUpdateSources;

  /**
   * The corpus takes each file's analysis. By default files are analysed on this thread (the
   * extension passes a pool of worker threads, which must use the corpus's knowledge base) and
   * nothing is cached (the extension passes its index cache).
   */
  constructor(
    private readonly corpus: Corpus,
    private readonly output: Output,
    { listDirectory = listDirectoryOnDisk, analyser = new AnalysisPool({ workers: 0 }), cache }: { listDirectory?: ListDirectory; analyser?: FileAnalyser; cache?: AnalysisStore } = {},
  ) {
    this.analyser = analyser;
    this.cache = cache;
    this.current = corpus.snapshot();
    this.files = new WorkspaceFiles(listDirectory, (uri) => this.pathFor(uri));
    this.sources = { files: this.files, settings: () => this.settings, known: (path) => this.stamps.get(path), pathFor: (uri) => this.pathFor(uri), analyser, cache };
    this.warnings = new ArticleWarnings(output);
    this.watchers = new ArticleWatchers((uris) => void this.enqueue(() => this.applyFileEvents(uris)), () => void this.enqueue(() => this.reloadUserEntities()));
    this.disposables.push(
      this.changeEmitter,
      this.progressEmitter,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('dossier.articles')) {
          const previous = this.settings;
          this.settings = readSettings();
          // Files between the old and the new size limit change sides: have the rescan look again.
          const limit = Math.min(previous.maxBytes, this.settings.maxBytes);
          if (previous.maxBytes !== this.settings.maxBytes) {
            for (const [path, stamp] of this.stamps) if (stamp.size > limit) this.stamps.delete(path);
          }
          this.watchArticles();
          void this.rescan('settings');
        } else if (event.affectsConfiguration('dossier.entitiesFile')) {
          this.watchArticles();
          void this.enqueue(() => this.reloadUserEntities());
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.watchArticles();
        void this.rescan('folders');
      }),
    );
  }

  /** Starts the first indexing in the background; activation does not wait for it. */
  start(): void {
    void vscode.commands.executeCommand('setContext', 'dossier.indexed', false);
    this.watchArticles();
    const userEntities = this.enqueue(() => this.loadUserEntities());
    if (this.cache) {
      // read and checked beside the entities file, shown before any analysis is loaded
      const warm = loadWarmView(this.cache, this.settings, userEntities.then(() => this.corpus.userEntitiesText), (state, meanwhile) => this.corpus.importSearchIndex(state, meanwhile), this.output);
      void this.enqueue(async () => this.showSavedView(await warm));
      void this.enqueue(() => this.cache!.load());
    }
    void this.rescan('startup').then(() => {
      this.indexed = true;
      void vscode.commands.executeCommand('setContext', 'dossier.indexed', true);
      this.reportEntitiesFileProblems();
      this.buildSearchIndexWhenIdle();
    });
  }

  /** Shows the saved view (when it still matched the workspace) until the live snapshot is announced. */
  private showSavedView(warm: WarmView | undefined): void {
    if (!warm || this.corpusChanges > 0) return;
    this.warm = warm;
    this.warmSearchIndex = warm.searchIndex;
    this.current = warm.snapshot;
    void vscode.commands.executeCommand('setContext', 'dossier.hasArticles', warm.snapshot.articles.length > 0);
    this.changeEmitter.fire(warm.snapshot);
  }

  /**
   * After a scan that read no file (a warm start), takes the cache's entities and search index
   * while there is none yet: the cache gives them only when they were made from these analyses,
   * and they load far faster than they are made.
   */
  private async loadFromCache(filesRead: number): Promise<boolean> {
    const warm = this.warmSearchIndex;
    this.warmSearchIndex = undefined;
    if (!this.cache || filesRead > 0) return false;
    const entities = await this.cache.loadEntities();
    const entitiesLoaded = entities !== undefined && this.corpus.loadEntityResolution(entities);
    if (!this.corpus.hasSearchIndex) {
      const state = await this.cache.loadSearchIndex();
      // the saved view's index, when it is of the same state: imported once
      if (state) this.corpus.loadSearchIndex(state, state === warm?.state ? warm.index : undefined);
    }
    return entitiesLoaded;
  }

  /**
   * Builds the search index in the background, one build at a time, so the first search is
   * instant; once it is built, the cache saves it for the next start.
   */
  private buildSearchIndexWhenIdle(): void {
    if (this.buildingSearchIndex) return;
    this.buildingSearchIndex = true;
    void this.indexForSearch(() => {
      this.buildingSearchIndex = false;
      this.saveCacheSoon();
    });
  }

  /**
   * Indexes for search what waits, in slices with a pause for other work between them; `whenDone`
   * runs right after the last slice, before anything else can queue more.
   */
  private async indexForSearch(whenDone?: () => void): Promise<void> {
    while (this.corpus.indexForSearch(SEARCH_SLICE_MS)) {
      await new Promise((resolve) => setTimeout(resolve, SEARCH_PAUSE_MS));
      if (this.disposed) return;
    }
    whenDone?.();
  }

  private saveCacheSoon(): void {
    this.cache?.saveSoon(() => this.corpus.searchIndexState(), () => this.corpus.entityResolution(), () => this.viewToSave());
  }

  /** The view of the live snapshot to save, while it is the corpus as it is now (else undefined: a later save writes it). */
  private async viewToSave() {
    const made = this.announced;
    const current = () => !this.warm && made === this.announced && made.changes === this.corpusChanges && made.userEntitiesText === this.corpus.userEntitiesText;
    if (!current()) return undefined;
    const view = await viewToSave(this.current, this.stamps, this.settings, made.userEntitiesText);
    return current() ? view : undefined;
  }

  snapshot(): CorpusSnapshot {
    return this.current;
  }

  async whenIndexed(): Promise<CorpusSnapshot> {
    // Work can queue more work (a debounced flush, a rescan after a settings change): wait until quiet.
    for (;;) {
      const tail = this.tail;
      await tail;
      if (this.watchers.collecting) {
        await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
        continue;
      }
      if (tail === this.tail && this.indexed) return this.snapshot();
      if (tail === this.tail) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  uriFor(path: string): vscode.Uri | undefined {
    return this.current.article(path) ? this.stamps.get(path)?.uri ?? this.warm?.uriFor(path) : undefined;
  }

  pathFor(uri: vscode.Uri): string | undefined {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return undefined;
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  /** Finds every article file again; reads only new and changed files, forgets vanished ones. */
  rescan(cause: RunCause = 'refresh'): Promise<void> {
    return this.enqueue(() => this.scanAll(cause));
  }

  dispose(): void {
    this.disposed = true;
    for (const disposable of [this.watchers, ...this.disposables]) disposable.dispose();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.tail.then(task).catch((error: unknown) => {
      this.output.appendLine(`[error] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
    this.tail = run;
    return run;
  }

  private async scanAll(cause: RunCause): Promise<void> {
    await vscode.window.withProgress({ location: { viewId: 'dossier.articles' } }, async () => {
      const startedAt = new Date();
      const pauses = measureLongestPause();
      const readBefore = this.filesRead;
      this.progressEmitter.fire({ done: 0, total: 0, articles: this.corpus.size });
      this.files.reset();
      const found = await this.findArticleFiles();
      for (const path of [...this.stamps.keys()]) {
        if (!found.has(path)) this.forget(path);
      }
      const candidates = [...found.values()];
      const refreshes = new RefreshSchedule();
      try {
        await this.indexCandidates(candidates, undefined, async (done) => {
          this.progressEmitter.fire({ done, total: candidates.length, articles: this.corpus.size });
          const readingFiles = this.filesRead > readBefore;
          // A part of the articles would replace the saved view's whole.
          if (!this.warm && refreshes.due(this.corpus.size, readingFiles)) await this.announce();
          // A scan that reads files cannot use the cache's search index: the search index takes the
          // articles as they come, while the workers analyse the next ones, so it is complete when
          // the scan is, instead of being built at the first search in one long step.
          if (readingFiles) await this.indexForSearch();
        });
      } finally {
        this.progressEmitter.fire(undefined);
      }
      const entitiesLoaded = await this.loadFromCache(this.filesRead - readBefore);
      // Loading the search index and resolving the corpus are long steps each: not one after the other without a break.
      await new Promise((resolve) => setImmediate(resolve));
      await this.announce();
      this.warnings.report(this.current);
      const files = candidates.filter((candidate) => candidate.kind === 'file').length;
      this.logRun({ cause, files, read: this.filesRead - readBefore, startedAt, milliseconds: Date.now() - startedAt.getTime(), longestPauseMs: await pauses.stop() });
      this.saveCacheSoon();
      if (entitiesLoaded) this.prepareForChangesWhenIdle();
    });
  }

  /** After a warm start, groups the names as the first change would, in slices outside the task chain, so that change costs only itself. */
  private prepareForChangesWhenIdle(): void {
    new ThreadSlices().run(this.corpus.prepareForChanges()).catch((error: unknown) => {
      this.output.appendLine(`[error] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
  }

  private logRun(facts: RunFacts): void {
    this.output.appendLine(runLine(facts, this.current));
  }

  /** Article files, links and unlisted folders of every workspace folder, by corpus path. */
  private async findArticleFiles(): Promise<Map<string, Candidate>> {
    const found = new Map<string, Candidate>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const candidate of await this.files.walk(folder, '', this.settings)) found.set(candidate.path, candidate);
    }
    return found;
  }

  /** Reads the candidates in batches, letting other work run in between; `onBatch` gets the number done. */
  private async indexCandidates(candidates: Candidate[], vanished?: Set<string>, onBatch?: (done: number) => Promise<void>): Promise<void> {
    const readable = (batch: Candidate[]) => batch.filter((candidate) => candidate.reason === undefined).map((candidate) => candidate.uri);
    const updates: Promise<(FileUpdate | undefined)[]>[] = [];
    let requested = 0;
    for (let i = 0; i < candidates.length; i += BATCH_SIZE) {
      const batch = candidates.slice(i, i + BATCH_SIZE);
      // The workers analyse the next batches while this one goes into the corpus.
      for (; requested < candidates.length && requested <= i + BATCHES_AHEAD * BATCH_SIZE; requested += BATCH_SIZE) {
        updates.push(fileUpdates(this.sources, readable(candidates.slice(requested, requested + BATCH_SIZE))));
      }
      const ready = await updates.shift()!;
      for (const { path, uri, reason } of batch) if (reason !== undefined) this.skipUnread(path, uri, reason);
      await this.applyUpdates(ready, vanished);
      await onBatch?.(Math.min(i + BATCH_SIZE, candidates.length));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Lists `path` as skipped for `reason` without reading it; nothing changes when it already is. */
  private skipUnread(path: string, uri: vscode.Uri, reason: string): void {
    if (this.stamps.get(path)?.skipped === reason) return;
    this.stamps.set(path, { uri, mtime: -1, size: -1, skipped: reason });
    this.corpus.skip(path, reason);
    this.corpusChanges++;
  }

  /**
   * Brings the files of `updates` up to date in the corpus. Paths that no longer exist and were
   * not articles are added to `vanished` (they may have been folders).
   */
  private async applyUpdates(results: (FileUpdate | undefined)[], vanished?: Set<string>): Promise<void> {
    const folders: vscode.Uri[] = [];
    // Adding an analysis (and indexing it for search) takes a fraction of a millisecond, but a batch of them more than a slice.
    const slices = new ThreadSlices();
    for (const result of results) {
      await slices.yieldIfLong();
      if (!result) continue;
      const { path } = result;
      if (result.kind === 'gone') {
        if (this.stamps.has(path)) this.forget(path);
        else vanished?.add(path);
        continue;
      }
      if (result.kind === 'folder') {
        // A file replaced by a folder, a new folder, or one that can be listed again.
        if (this.stamps.has(path)) this.forget(path);
        folders.push(result.uri);
        continue;
      }
      this.stamps.set(path, result.stamp);
      if (result.kind === 'unreadable') {
        this.corpus.skip(path, result.reason);
      } else if (result.kind === 'cached') {
        this.addAnalysis(result.stamp, result.cached, true);
        this.warnings.read(path);
      } else {
        this.filesRead++;
        this.addAnalysis(result.stamp, result, false);
        this.warnings.read(path);
      }
      this.corpusChanges++;
    }
    for (const uri of folders) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) await this.indexCandidates(await this.files.walk(folder, relativeTo(folder, uri), this.settings), vanished);
    }
  }

  private addAnalysis(stamp: FileStamp, made: CachedAnalysis, fromCache: boolean): void {
    if (this.cache) addToCorpus(this.corpus, this.cache, stamp, made, fromCache);
    else this.corpus.addAnalysis(made.analysis, made.userEntitiesText);
  }

  private forget(path: string): void {
    this.stamps.delete(path);
    this.warnings.forget(path);
    this.corpus.removeFile(path);
    this.corpusChanges++;
  }

  private watchArticles(): void {
    this.watchers.watch(this.settings.include, this.settings.exclude);
  }

  /**
   * Tells the features about the new snapshot, reports new skips once, updates context keys. The
   * snapshot is made in slices; the features see the last one meanwhile.
   */
  private async announce(): Promise<void> {
    const made = { changes: this.corpusChanges, userEntitiesText: this.corpus.userEntitiesText };
    const snapshot = await new ThreadSlices().run(this.corpus.snapshotSteps());
    this.current = snapshot;
    this.announced = made;
    this.warm = undefined;
    for (const { path, reason } of snapshot.skipped) {
      const key = `${path}\u0000${reason}`;
      if (this.reportedSkips.has(key)) continue;
      this.reportedSkips.add(key);
      // a newline in a file name must not forge a line of its own
      this.output.appendLine(vscode.l10n.t('Skipped {0}: {1}', inertText(path), inertText(reason)));
    }
    void vscode.commands.executeCommand('setContext', 'dossier.hasArticles', snapshot.articles.length > 0);
    this.changeEmitter.fire(snapshot);
    // After the first indexing, whatever a change queued for search (a new entities file) is indexed when idle.
    if (this.indexed) this.buildSearchIndexWhenIdle();
  }

  private async applyFileEvents(uris: vscode.Uri[]): Promise<void> {
    const startedAt = new Date();
    const pauses = measureLongestPause();
    const readBefore = this.filesRead;
    const before = this.corpusChanges;
    const vanished = new Set<string>();
    for (let i = 0; i < uris.length; i += BATCH_SIZE) await this.applyUpdates(await fileUpdates(this.sources, uris.slice(i, i + BATCH_SIZE)), vanished);
    if (vanished.size > 0) {
      // One pass over the known files, checking each one's folders against the vanished paths.
      for (const path of [...this.stamps.keys()]) {
        for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
          if (vanished.has(path.slice(0, slash))) {
            this.forget(path);
            break;
          }
        }
      }
    }
    if (this.corpusChanges !== before) {
      await this.announce();
      this.warnings.report(this.current);
      this.logRun({ cause: 'files', files: uris.length, read: this.filesRead - readBefore, startedAt, milliseconds: Date.now() - startedAt.getTime(), longestPauseMs: await pauses.stop() });
      this.saveCacheSoon();
    } else {
      await pauses.stop();
    }
  }

  private async reloadUserEntities(): Promise<void> {
    await this.loadUserEntities();
    await this.announce();
    this.reportEntitiesFileProblems();
  }

  private async loadUserEntities(): Promise<void> {
    const location = entitiesFileLocation();
    let text: string | null = null;
    // The entities file obeys the link rule too: never read through a symbolic link.
    if (location && (await this.files.linkOnPath(location.folder, location.relativePath, [])) === 'none') {
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(location.uri));
      } catch {
        text = null; // no entities file: only the knowledge base and the corpus itself
      }
    }
    this.corpus.setUserEntities(text);
    this.analyser.setUserEntitiesText(text);
  }

  /**
   * Reports the entities file's problems once the articles are read (whether a split name is used
   * only they can tell). Saving the file while editing it must not pop up the same warning again.
   */
  private reportEntitiesFileProblems(): void {
    if (!this.indexed) return;
    const location = entitiesFileLocation();
    const problems = location ? this.current.entitiesFileProblems() : [];
    const signature = problems.join('\n');
    if (signature === this.entityErrors) return;
    this.entityErrors = signature;
    reportEntitiesProblems(this.output, location, problems);
  }
}
