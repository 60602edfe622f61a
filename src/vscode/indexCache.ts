// The analysis cache in VS Code: files in the extension's storage folder for this workspace
// (context.storageUri). Not workspaceState: a value there is serialised whole and sent to the main
// process on every write, which froze the UI for seconds at 10k notes in Foam (its PR #1681). Off
// in Restricted Mode. Loaded before the first scan, saved a while after each indexing run in the
// background, cleared by "Dossier: Clear Index Cache".
import * as vscode from 'vscode';
import type { FileAnalysis } from '../core/analysis';
import type { EntityResolution } from '../core/corpus';
import type { SearchIndexState } from '../core/search';
import { AnalysisCache, type CacheLoadReport, type CachedAnalysis, type FileStamp } from '../node/analysisCache';
import { analysisCacheVersion } from '../node/analysisCacheVersion';
import { SavedEntities } from '../node/entityResolutionFile';

/** What the workspace index needs of the cache. */
export interface AnalysisStore {
  load(): Promise<void>;
  lookup(path: string, stamp: FileStamp): CachedAnalysis | undefined;
  record(path: string, stamp: FileStamp, analysis: FileAnalysis, userEntitiesText: string | null): void;
  /**
   * Saves after a quiet while, in the background, with the search index `searchIndex` and the
   * entities `entities` give then (undefined while there are none) unless the saved ones were made
   * from the same analyses.
   */
  saveSoon(searchIndex: () => SearchIndexState | undefined, entities: () => EntityResolution | undefined): void;
  /** the saved search index, when it was made from exactly the analyses looked up since the load */
  loadSearchIndex(): Promise<SearchIndexState | undefined>;
  /** the saved entities, when they were made from exactly the analyses looked up since the load */
  loadEntities(): Promise<EntityResolution | undefined>;
}

type Output = Pick<vscode.OutputChannel, 'appendLine'>;

/** A burst of file changes is saved once, after it. */
const SAVE_DELAY_MS = 2000;

export class IndexCache implements AnalysisStore, vscode.Disposable {
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly entities: SavedEntities;

  constructor(private readonly cache: AnalysisCache, private readonly output: Output) {
    this.entities = new SavedEntities(cache);
  }

  async load(): Promise<void> {
    this.report(await this.cache.load());
  }

  lookup(path: string, stamp: FileStamp): CachedAnalysis | undefined {
    return this.cache.lookup(path, stamp);
  }

  record(path: string, stamp: FileStamp, analysis: FileAnalysis, userEntitiesText: string | null): void {
    this.cache.record(path, stamp, analysis, userEntitiesText);
  }

  saveSoon(searchIndex: () => SearchIndexState | undefined, entities: () => EntityResolution | undefined): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.cache.keepSearchIndex(searchIndex);
      void this.save(entities);
    }, SAVE_DELAY_MS);
  }

  loadSearchIndex(): Promise<SearchIndexState | undefined> {
    return this.cache.loadSearchIndex();
  }

  loadEntities(): Promise<EntityResolution | undefined> {
    return this.entities.load();
  }

  async clear(): Promise<void> {
    clearTimeout(this.saveTimer);
    await this.cache.clear();
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
  }

  private async save(entities: () => EntityResolution | undefined): Promise<void> {
    const saved = await this.cache.save();
    const failure = await this.entities.save(entities);
    if (failure !== undefined) saved.failures.push(failure);
    if (saved.shards > 0) {
      this.output.appendLine(vscode.l10n.t('Index cache saved: {0} files, {1} MB in {2} s (longest pause {3} ms)', saved.shards, (saved.compressedBytes / 1e6).toFixed(1), (saved.milliseconds / 1000).toFixed(1), Math.round(saved.longestBlockMs)));
    }
    for (const failure of saved.failures) this.output.appendLine(vscode.l10n.t('Index cache could not be saved: {0}', failure));
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
