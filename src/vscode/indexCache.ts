// The analysis cache in VS Code: files in the extension's storage folder for this workspace
// (context.storageUri). Not workspaceState: a value there is serialised whole and sent to the main
// process on every write, which froze the UI for seconds at 10k notes in Foam (its PR #1681). Off
// in Restricted Mode. Loaded before the first scan, saved a while after each indexing run in the
// background, cleared by "Dossier: Clear Index Cache".
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import * as vscode from 'vscode';
import type { FileAnalysis } from '../core/analysis';
import type { EntityResolution } from '../core/corpus';
import type { SearchIndexState } from '../core/search';
import { AnalysisCache, type CacheLoadReport, type CachedAnalysis, type FileStamp } from '../node/analysisCache';
import { analysisCacheVersion } from '../node/analysisCacheVersion';
import { makeMentionsInBackground, SavedEntities } from '../node/entityResolutionFile';
import { keyedFileHeader } from '../node/keyedCacheFile';
import { decodeSavedView, encodeSavedView, VIEW_FILE, VIEW_FORMAT, type SavedView } from '../node/savedView';

const gzip = promisify(gzipCallback);

/** What the workspace index needs of the cache. */
export interface AnalysisStore {
  load(): Promise<void>;
  lookup(path: string, stamp: FileStamp): CachedAnalysis | undefined;
  record(path: string, stamp: FileStamp, analysis: FileAnalysis, userEntitiesText: string | null): void;
  /**
   * Saves after a quiet while, in the background, with the search index `searchIndex`, the
   * entities `entities` and the view `view` give then (undefined while there are none) unless the
   * saved ones were made from the same analyses.
   */
  saveSoon(searchIndex: () => SearchIndexState | undefined, entities: () => EntityResolution | undefined, view: () => Promise<SavedView | undefined>): void;
  /** the saved search index, when it was made from exactly the analyses looked up since the load */
  loadSearchIndex(): Promise<SearchIndexState | undefined>;
  /** the saved entities, when they were made from exactly the analyses looked up since the load */
  loadEntities(): Promise<EntityResolution | undefined>;
  /**
   * The saved view with the entities and search index made from the same analyses, for a warm
   * start to show before it loads them; undefined when there is none.
   */
  loadSavedView(): Promise<SavedViewParts | undefined>;
  /** the view loadSavedView gave is shown as it is: no need to write it again while the analyses stay the same */
  keepSavedView(): void;
  /** a loaded analysis of `path` as of `stamp`, not counted as looked up (the saved view's snippets) */
  peek(path: string, stamp: FileStamp): CachedAnalysis | undefined;
}

/** A saved view and, on their way, what was made from the same analyses (undefined: not on disk, damaged or made from others). */
export interface SavedViewParts {
  view: SavedView;
  entities: Promise<EntityResolution | undefined>;
  searchIndex: Promise<SearchIndexState | undefined>;
}

type Output = Pick<vscode.OutputChannel, 'appendLine'>;

/** A burst of file changes is saved once, after it. */
const SAVE_DELAY_MS = 2000;

export class IndexCache implements AnalysisStore, vscode.Disposable {
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** the save under way, for a clear to wait for: it would write the entities and the view after the clear */
  private saving: Promise<void> = Promise.resolve();
  private readonly entities: SavedEntities;
  /** the key of the view on disk, when it was loaded or written here */
  private viewKeyOnDisk: string | undefined;
  /** what loadSavedView read, for the scan's end to take instead of reading it again when the analyses are the same */
  private warm: { key: string; entities?: Promise<EntityResolution | undefined>; searchIndex?: Promise<SearchIndexState | undefined> } | undefined;

  constructor(private readonly cache: AnalysisCache, private readonly output: Output) {
    this.entities = new SavedEntities(cache);
  }

  async load(): Promise<void> {
    this.report(await this.cache.load());
  }

  lookup(path: string, stamp: FileStamp): CachedAnalysis | undefined {
    return this.cache.lookup(path, stamp);
  }

  peek(path: string, stamp: FileStamp): CachedAnalysis | undefined {
    return this.cache.peek(path, stamp);
  }

  record(path: string, stamp: FileStamp, analysis: FileAnalysis, userEntitiesText: string | null): void {
    this.cache.record(path, stamp, analysis, userEntitiesText);
  }

  saveSoon(searchIndex: () => SearchIndexState | undefined, entities: () => EntityResolution | undefined, view: () => Promise<SavedView | undefined>): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.cache.keepSearchIndex(searchIndex);
      this.saving = this.saving.then(() => this.save(entities, view)).catch(() => undefined);
    }, SAVE_DELAY_MS);
  }

  async loadSavedView(): Promise<SavedViewParts | undefined> {
    // The three files are read and unpacked at once (libuv's threads), their keys compared after.
    const entities = this.entities.loadWithKey(null);
    const searchIndex = this.cache.loadSearchIndexWithKey(null);
    const loaded = await this.cache.loadKeyedFile(VIEW_FILE, VIEW_FORMAT, decodeSavedView, null);
    if (!loaded) return undefined;
    const ofThisView = <T>(part: Promise<{ value: T; key: string } | undefined>) => part.then((found) => (found?.key === loaded.key ? found.value : undefined));
    const warm = { key: loaded.key, entities: ofThisView(entities), searchIndex: ofThisView(searchIndex) };
    this.warm = { ...warm };
    return { view: loaded.value, ...warm };
  }

  loadSearchIndex(): Promise<SearchIndexState | undefined> {
    const warm = this.warmNow();
    const taken = warm?.searchIndex;
    if (warm) warm.searchIndex = undefined;
    return taken ?? this.cache.loadSearchIndex();
  }

  loadEntities(): Promise<EntityResolution | undefined> {
    const warm = this.warmNow();
    const taken = warm?.entities?.then((resolution) => {
      if (resolution) makeMentionsInBackground(resolution);
      return resolution;
    });
    if (warm) warm.entities = undefined;
    return taken ?? this.entities.load();
  }

  keepSavedView(): void {
    this.viewKeyOnDisk = this.warm?.key;
    // Made after the view, which needs none of them: keepSavedView is called just before the view
    // is shown (in this turn's promise jobs), so the mentions start in the next turn.
    void this.warm?.entities?.then((resolution) => resolution && setImmediate(() => makeMentionsInBackground(resolution)));
  }

  /** What loadSavedView read (each part taken once), when the analyses in use now are the ones it was made from. */
  private warmNow(): IndexCache['warm'] {
    if (this.warm && this.warm.key !== this.cache.usedAnalysesKey()) this.warm = undefined;
    return this.warm;
  }

  async clear(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.viewKeyOnDisk = undefined;
    this.warm = undefined;
    await this.saving;
    await this.cache.clear();
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
  }

  private async save(entities: () => EntityResolution | undefined, view: () => Promise<SavedView | undefined>): Promise<void> {
    const saved = await this.cache.save();
    for (const failure of [await this.entities.save(entities), await this.saveView(view)]) if (failure !== undefined) saved.failures.push(failure);
    if (saved.shards > 0) {
      this.output.appendLine(vscode.l10n.t('Index cache saved: {0} files, {1} MB in {2} s (longest pause {3} ms)', saved.shards, (saved.compressedBytes / 1e6).toFixed(1), (saved.milliseconds / 1000).toFixed(1), Math.round(saved.longestBlockMs)));
    }
    for (const failure of saved.failures) this.output.appendLine(vscode.l10n.t('Index cache could not be saved: {0}', failure));
  }

  /** Writes the view under the key of the analyses in use, unless the one on disk has it; returns why it failed, if it did. */
  private async saveView(made: () => Promise<SavedView | undefined>): Promise<string | undefined> {
    const key = this.cache.usedAnalysesKey();
    if (key === this.viewKeyOnDisk) return undefined;
    const view = await made();
    // the analyses changed meanwhile: the next save writes the view
    if (!view || key !== this.cache.usedAnalysesKey()) return undefined;
    try {
      await this.cache.replaceFile(VIEW_FILE, Buffer.concat([keyedFileHeader(VIEW_FORMAT, this.cache.version, key), await gzip(encodeSavedView(view), { level: 1 })]));
      this.viewKeyOnDisk = key;
      return undefined;
    } catch (error) {
      return `${VIEW_FILE}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  private report(loaded: CacheLoadReport): void {
    this.output.appendLine(vscode.l10n.t('Index cache: {0} file analyses loaded in {1} s (longest pause {2} ms)', loaded.analyses, (loaded.milliseconds / 1000).toFixed(1), Math.round(loaded.longestBlockMs)));
    if (loaded.problems.length === 0) return;
    const reasons = new Map<string, number>();
    for (const { kind, detail } of loaded.problems) {
      const reason = `${problemLabel(kind)} (${detail})`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    const listed = [...reasons].map(([reason, count]) => `${count} × ${reason}`).join('; ');
    this.output.appendLine(vscode.l10n.t('Index cache: {0} of its files dropped, their articles are read again: {1}', loaded.problems.length, listed));
  }
}

function problemLabel(kind: 'version' | 'corrupt' | 'unreadable'): string {
  switch (kind) {
    case 'version': return vscode.l10n.t('written by another version of Dossier');
    case 'corrupt': return vscode.l10n.t('damaged');
    case 'unreadable': return vscode.l10n.t('could not be read');
  }
}

/**
 * The cache for this workspace, or undefined: in Restricted Mode, without a workspace, or where the
 * storage is not on disk. The "Dossier: Clear Index Cache" command is registered either way.
 */
export function registerIndexCache(context: vscode.ExtensionContext, output: Output): IndexCache | undefined {
  const storage = context.storageUri;
  const cache = vscode.workspace.isTrusted && storage?.scheme === 'file'
    ? new IndexCache(new AnalysisCache(vscode.Uri.joinPath(storage, 'analyses').fsPath, analysisCacheVersion()), output)
    : undefined;
  if (!cache) output.appendLine(vscode.l10n.t('Index cache off (Restricted Mode or no storage for this workspace): every start reads all articles.'));
  context.subscriptions.push(
    ...(cache ? [cache] : []),
    vscode.commands.registerCommand('dossier.clearIndexCache', async () => {
      await cache?.clear();
      void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: index cache cleared. The next start reads every article again.'));
    }),
  );
  return cache;
}
