// The live model: finds the workspace's article files, has them analysed (in worker threads, see
// src/node/analysisPool.ts) and adds them to the Corpus in batches, keeps them up to date from a
// file watcher (one changed file costs one file) and announces snapshots.
// Nothing is read through a symbolic link (articleFiles.ts): the scan does not follow links and
// every file is checked again before it is read, file events included.
import * as vscode from 'vscode';
import type { FileAnalysis } from '../core/analysis';
import { Corpus, type CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';
import { addToCorpus, type CachedAnalysis } from '../node/analysisCache';
import { AnalysisPool, untilAnswered, type FileAnalyser } from '../node/analysisPool';
import { measureLongestPause } from '../node/eventLoopPauses';
import { ThreadSlices } from '../node/threadSlices';
import { listDirectory as listDirectoryOnDisk, type ListDirectory } from './articleFiles';
import { ArticleWarnings } from './articleWarnings';
import { reportEntitiesProblems } from './entitiesProblems';
import { excludesFolder, matchesAnyGlob } from './glob';
import type { AnalysisStore } from './indexCache';
import { runLine, type RunCause, type RunFacts } from './indexLog';
import { RefreshSchedule } from './refreshSchedule';
import { linkReason, WorkspaceFiles, type Candidate } from './workspaceFiles';

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

interface IndexSettings {
  include: string[];
  exclude: string[];
  maxBytes: number;
}

interface FileStamp {
  uri: vscode.Uri;
  mtime: number;
  size: number;
  /** set for what is skipped without being read (a link, a folder that cannot be listed): why */
  skipped?: string;
}

type Output = Pick<vscode.OutputChannel, 'appendLine' | 'show'>;

/** What reading a file when it changed gave. */
type ReadOutcome =
  | { kind: 'gone'; path: string }
  | { kind: 'folder'; path: string; uri: vscode.Uri }
  | { kind: 'unreadable'; path: string; stamp: FileStamp; reason: string }
  | { kind: 'read'; path: string; stamp: FileStamp; bytes: Uint8Array }
  | { kind: 'cached'; path: string; stamp: FileStamp; cached: CachedAnalysis };

/** What became of a file: as read, or read and analysed. */
type FileUpdate = Exclude<ReadOutcome, { kind: 'read' }> | { kind: 'analysed'; path: string; stamp: FileStamp; analysis: FileAnalysis; userEntitiesText: string | null };

/** How far a scan is: files done of all found (0 of 0 while it looks for them), and the articles so far. */
export interface IndexProgress {
  done: number;
  total: number;
  articles: number;
}

/**
 * Files read and analysed in parallel per batch; the next batch is read while one is added to the
 * corpus, and between batches the extension host gets to run other work.
 */
const BATCH_SIZE = 64;
/** File events arriving within this window are applied together, as one change. */
const DEBOUNCE_MS = 200;
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
  private readonly watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private settings: IndexSettings = readSettings();

  /** all work runs one task at a time on this chain, so scans and updates never interleave */
  private tail: Promise<void> = Promise.resolve();
  private readonly pendingEvents = new Map<string, vscode.Uri>();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private indexed = false;
  /** counts the changes this index made to the corpus (reading the snapshot's version would resolve it) */
  private corpusChanges = 0;
  /**
   * What the features see. Hovers and tree rows read this instead of the corpus, so a hover in
   * the middle of indexing does not make the corpus resolve a half-read workspace.
   */
  private current: CorpusSnapshot;
  /** the entities file's problems as last reported */
  private entityErrors = '';
  private readonly files: WorkspaceFiles;
  private readonly warnings: ArticleWarnings;
  /** files whose bytes were read, for the output's line about each run */
  private filesRead = 0;
  private readonly analyser: FileAnalyser;
  private readonly cache: AnalysisStore | undefined;

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
    this.warnings = new ArticleWarnings(output);
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
    if (this.cache) void this.enqueue(() => this.cache!.load());
    void this.enqueue(() => this.loadUserEntities());
    void this.rescan('startup').then(() => {
      this.indexed = true;
      void vscode.commands.executeCommand('setContext', 'dossier.indexed', true);
      this.reportEntitiesFileProblems();
      this.buildSearchIndexWhenIdle();
    });
  }

  /**
   * After a scan that read no file (a warm start), takes the cache's entities and search index
   * while there is none yet: the cache gives them only when they were made from these analyses,
   * and they load far faster than they are made.
   */
  private async loadFromCache(filesRead: number): Promise<boolean> {
    if (!this.cache || filesRead > 0) return false;
    const entities = await this.cache.loadEntities();
    const entitiesLoaded = entities !== undefined && this.corpus.loadEntityResolution(entities);
    if (!this.corpus.hasSearchIndex) {
      const state = await this.cache.loadSearchIndex();
      if (state) this.corpus.loadSearchIndex(state);
    }
    return entitiesLoaded;
  }

  /**
   * Builds the search index in short slices between other work, so the first search is instant;
   * once it is built, the cache saves it for the next start.
   */
  private buildSearchIndexWhenIdle(): void {
    const step = () => {
      const more = this.corpus.indexForSearch(SEARCH_SLICE_MS);
      this.searchTimer = more ? setTimeout(step, SEARCH_PAUSE_MS) : undefined;
      if (!more) this.saveCacheSoon();
    };
    step();
  }

  /** Indexes for search what waits, in the same slices, as part of the task that runs. */
  private async indexPendingForSearch(): Promise<void> {
    while (this.corpus.indexForSearch(SEARCH_SLICE_MS)) await new Promise((resolve) => setTimeout(resolve, SEARCH_PAUSE_MS));
  }

  private saveCacheSoon(): void {
    this.cache?.saveSoon(() => this.corpus.searchIndexState(), () => this.corpus.entityResolution());
  }

  snapshot(): CorpusSnapshot {
    return this.current;
  }

  async whenIndexed(): Promise<CorpusSnapshot> {
    // Work can queue more work (a debounced flush, a rescan after a settings change): wait until quiet.
    for (;;) {
      const tail = this.tail;
      await tail;
      if (this.debounceTimer !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
        continue;
      }
      if (tail === this.tail && this.indexed) return this.snapshot();
      if (tail === this.tail) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  uriFor(path: string): vscode.Uri | undefined {
    return this.current.article(path) ? this.stamps.get(path)?.uri : undefined;
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
    clearTimeout(this.debounceTimer);
    clearTimeout(this.searchTimer);
    for (const disposable of [...this.watchers, ...this.disposables]) disposable.dispose();
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
          if (refreshes.due(this.corpus.size, readingFiles)) await this.announce();
          // A scan that reads files cannot use the cache's search index: the search index takes the
          // articles as they come, while the workers analyse the next ones, so it is complete when
          // the scan is, instead of being built at the first search in one long step.
          if (readingFiles) await this.indexPendingForSearch();
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
    let updates = this.fileUpdates(readable(candidates.slice(0, BATCH_SIZE)));
    for (let i = 0; i < candidates.length; i += BATCH_SIZE) {
      const batch = candidates.slice(i, i + BATCH_SIZE);
      const ready = await updates;
      // The workers analyse the next batch while this one goes into the corpus.
      if (i + BATCH_SIZE < candidates.length) updates = this.fileUpdates(readable(candidates.slice(i + BATCH_SIZE, i + 2 * BATCH_SIZE)));
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

  /** Excluded itself or inside an excluded folder. */
  private isExcluded(uri: vscode.Uri, folder: vscode.WorkspaceFolder): boolean {
    return excludesFolder(relativeTo(folder, uri), this.settings.exclude);
  }

  /** Stats the given files, reads and analyses the changed ones, all at once. */
  private fileUpdates(uris: vscode.Uri[]): Promise<(FileUpdate | undefined)[]> {
    return Promise.all(uris.map((uri) => this.fileUpdate(uri)));
  }

  /**
   * A file's analysis when it changed (the one place a file is read and analysed), or what else
   * became of it. A file whose analysis stopped a worker twice is skipped with the reason.
   */
  private async fileUpdate(uri: vscode.Uri): Promise<FileUpdate | undefined> {
    let read = undefined as ReadOutcome | undefined;
    const result = await untilAnswered(async () => {
      read = await this.readIfChanged(uri);
      return read?.kind === 'read' ? this.analyser.analyse(read.path, read.bytes, this.settings.maxBytes) : undefined;
    });
    if (read?.kind !== 'read') return read;
    const { path, stamp } = read;
    // A file that was read was given to the analyser, so there is an answer.
    const answer = result!;
    if (answer.workerStopped !== undefined) return { kind: 'unreadable', path, stamp, reason: vscode.l10n.t('could not be analysed: {0}', answer.workerStopped) };
    return { kind: 'analysed', path, stamp, analysis: answer.analysis, userEntitiesText: answer.userEntitiesText };
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

  private async readIfChanged(uri: vscode.Uri): Promise<ReadOutcome | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const path = this.pathFor(uri);
    // A folder that is not on disk is listed as skipped by the scan (WorkspaceFiles.walk).
    if (!folder || path === undefined || folder.uri.scheme !== 'file') return undefined;
    const relative = relativeTo(folder, uri);
    const link = await this.files.linkOnPath(folder, relative, this.settings.include);
    if (link === 'quiet') return undefined;
    if (link !== 'none') {
      const reason = linkReason();
      if (this.stamps.get(link.path)?.skipped === reason) return undefined;
      return { kind: 'unreadable', path: link.path, stamp: { uri: link.uri, mtime: -1, size: -1, skipped: reason }, reason };
    }
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return { kind: 'gone', path };
    }
    if (stat.type & vscode.FileType.Directory) return { kind: 'folder', path, uri };
    // File events come for every new file; only articles are read.
    if (!matchesAnyGlob(relative, this.settings.include)) return undefined;
    const stamp: FileStamp = { uri, mtime: stat.mtime, size: stat.size };
    const known = this.stamps.get(path);
    if (known && known.mtime === stat.mtime && known.size === stat.size) return undefined;
    if (stat.size > this.settings.maxBytes) {
      // Never read a huge file just to refuse it.
      return { kind: 'unreadable', path, stamp, reason: vscode.l10n.t('larger than {0} MB (setting dossier.articles.maxFileSizeMB)', this.settings.maxBytes / (1024 * 1024)) };
    }
    // A file the cache holds as it is now is not read.
    const cached = this.cache?.lookup(path, stamp);
    if (cached) return { kind: 'cached', path, stamp, cached };
    try {
      return { kind: 'read', path, stamp, bytes: await vscode.workspace.fs.readFile(uri) };
    } catch (error) {
      return { kind: 'unreadable', path, stamp, reason: vscode.l10n.t('could not be read: {0}', error instanceof Error ? error.message : String(error)) };
    }
  }

  private forget(path: string): void {
    this.stamps.delete(path);
    this.warnings.forget(path);
    this.corpus.removeFile(path);
    this.corpusChanges++;
  }

  /**
   * Tells the features about the new snapshot, reports new skips once, updates context keys. The
   * snapshot is made in slices; the features see the last one meanwhile.
   */
  private async announce(): Promise<void> {
    const snapshot = await new ThreadSlices().run(this.corpus.snapshotSteps());
    this.current = snapshot;
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
    if (this.indexed && this.searchTimer === undefined) this.buildSearchIndexWhenIdle();
  }

  private watchArticles(): void {
    for (const watcher of this.watchers.splice(0)) watcher.dispose();
    const onEvent = (uri: vscode.Uri) => this.queueFileEvent(uri);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // A folder created, moved in, deleted or renamed is reported only under its own name, which
      // the article globs need not match: watch creations and deletions everywhere, so the
      // articles inside it are indexed or forgotten.
      const everywhere = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      this.watchers.push(everywhere, everywhere.onDidCreate(onEvent), everywhere.onDidDelete(onEvent));
      // The article globs report creations too: in code-server 4.139 the `**` watcher did not
      // report a new file with a newline in its name.
      for (const include of this.settings.include) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include));
        this.watchers.push(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
      }
    }
    const entities = entitiesFileLocation();
    if (entities) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entities.folder, entities.relativePath));
      const reload = () => this.enqueue(() => this.reloadUserEntities());
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
  }

  /** Collects file events for a short while so a burst (a rename, a git checkout) is one change. */
  private queueFileEvent(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || this.isExcluded(uri, folder)) return;
    this.pendingEvents.set(uri.toString(), uri);
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      const uris = [...this.pendingEvents.values()];
      this.pendingEvents.clear();
      void this.enqueue(() => this.applyFileEvents(uris));
    }, DEBOUNCE_MS);
  }

  private async applyFileEvents(uris: vscode.Uri[]): Promise<void> {
    const startedAt = new Date();
    const pauses = measureLongestPause();
    const readBefore = this.filesRead;
    const before = this.corpusChanges;
    const vanished = new Set<string>();
    for (let i = 0; i < uris.length; i += BATCH_SIZE) await this.applyUpdates(await this.fileUpdates(uris.slice(i, i + BATCH_SIZE)), vanished);
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

/** The path of `uri` inside `folder`, '/'-separated, without the folder name. */
export function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}

function readSettings(): IndexSettings {
  const config = vscode.workspace.getConfiguration('dossier.articles');
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);
  const maxMB = config.get<number>('maxFileSizeMB', 10);
  return {
    include: strings(config.get('include')),
    exclude: strings(config.get('exclude')),
    maxBytes: Math.max(1024, (Number.isFinite(maxMB) && maxMB > 0 ? maxMB : 10) * 1024 * 1024),
  };
}

/** The user's entities file (setting dossier.entitiesFile), relative to the first workspace folder. */
export function entitiesFileLocation(): { folder: vscode.WorkspaceFolder; relativePath: string; uri: vscode.Uri } | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const relativePath = vscode.workspace.getConfiguration('dossier').get<string>('entitiesFile', '').trim().replace(/\\/g, '/').replace(/^\.?\//, '');
  if (!folder || relativePath === '' || relativePath.split('/').includes('..')) return undefined;
  return { folder, relativePath, uri: vscode.Uri.joinPath(folder.uri, relativePath) };
}
