// A warm start shows the view saved at the end of the last session (src/node/savedView.ts) before
// it loads a single analysis: the tree, the status bar and the search answer from it within a
// second, while the workspace index loads the analyses and scans the files behind it; the live
// snapshot then takes its place. The view is shown only when every file it lists, and every folder
// holding them, is as it recorded them; otherwise it is dropped with a line in the output.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import type { ArticleSearchIndex, SearchIndexState } from '../core/search';
import type { Sentence } from '../core/types';
import { inertText } from '../core/inertText';
import { checkSavedView, type SavedView } from '../node/savedView';
import { savedViewSnapshot } from '../node/savedViewSnapshot';
import { ThreadSlices } from '../node/threadSlices';
import { fileStamp } from './articleFiles';
import type { FileStamp } from './fileUpdates';
import type { AnalysisStore } from './indexCache';
import type { IndexSettings } from './indexSettings';

/** The saved view as the features see it, and the files of its articles (the scan has not stamped them yet). */
export interface WarmView {
  snapshot: CorpusSnapshot;
  uriFor(path: string): vscode.Uri | undefined;
  /** the saved search index and the index the snapshot searches, made of it, for the corpus to take once it holds these analyses */
  searchIndex: { state: SearchIndexState; index: ArticleSearchIndex };
}

/** Corpus.importSearchIndex: an index of the state, reading sentences from the corpus, else from `sentencesMeanwhile`. */
export type ImportSearchIndex = (state: SearchIndexState, sentencesMeanwhile: (path: string) => readonly Sentence[] | undefined) => ArticleSearchIndex | undefined;

type Output = Pick<vscode.OutputChannel, 'appendLine'>;

/** The version of the saved view's snapshot: below every corpus snapshot's, which count up from 0. */
const SAVED_VIEW_VERSION = -1;

/** What else the view depends on: the workspace folders and the article settings. */
function viewContext(settings: IndexSettings): string {
  return JSON.stringify([(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString()), settings]);
}

/**
 * The saved view when it can be shown as it is: the cache has one, made with these settings and
 * the entities file text `userEntitiesText` gives, and the disk still holds exactly its files.
 * Undefined otherwise. The files are checked while the entities and the search index load.
 */
export async function loadWarmView(cache: AnalysisStore, settings: IndexSettings, userEntitiesText: Promise<string | null>, importSearchIndex: ImportSearchIndex, output: Output): Promise<WarmView | undefined> {
  try {
    return await loadAndCheck(cache, settings, userEntitiesText, importSearchIndex, output);
  } catch (error) {
    output.appendLine(`[error] ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return undefined;
  }
}

async function loadAndCheck(cache: AnalysisStore, settings: IndexSettings, userEntitiesText: Promise<string | null>, importSearchIndex: ImportSearchIndex, output: Output): Promise<WarmView | undefined> {
  const startedAt = performance.now();
  const parts = await cache.loadSavedView();
  if (!parts) return undefined;
  const { view } = parts;
  const changed = view.context === viewContext(settings) ? await checkSavedView(view) : undefined;
  const [entities, searchIndex, entitiesText] = await Promise.all([parts.entities, parts.searchIndex, userEntitiesText]);
  const problem = !entities || !searchIndex ? vscode.l10n.t('its entities or search index were not saved with it')
    : view.context !== viewContext(settings) ? vscode.l10n.t('the workspace folders or the article settings changed')
      : view.userEntitiesText !== entitiesText ? vscode.l10n.t('the entities file changed') : changedFile(changed);
  const stamps = new Map(view.articles.map((article) => [article.path, article]));
  const sentencesMeanwhile = (path: string) => {
    const stamp = stamps.get(path);
    return stamp && cache.peek(path, stamp)?.analysis.article?.parsed.sentences;
  };
  let index: ArticleSearchIndex | undefined;
  const snapshot = problem === undefined && entities && searchIndex
    ? savedViewSnapshot(view, entities, searchIndex, (state) => (index = importSearchIndex(state, sentencesMeanwhile)), SAVED_VIEW_VERSION)
    : undefined;
  if (!snapshot || !index || !searchIndex) {
    output.appendLine(vscode.l10n.t('Saved view not shown ({0}): the articles appear once their analyses are loaded', inertText(problem ?? vscode.l10n.t('its parts do not belong together'))));
    return undefined;
  }
  cache.keepSavedView();
  output.appendLine(vscode.l10n.t('Saved view shown: {0} articles, checked and loaded in {1} ms; the analyses load behind it', snapshot.articles.length, Math.round(performance.now() - startedAt)));
  const uris = new Map<string, vscode.Uri>();
  return {
    snapshot,
    searchIndex: { state: searchIndex, index },
    uriFor: (path) => {
      const fsPath = stamps.get(path)?.fsPath;
      if (fsPath === undefined) return undefined;
      let uri = uris.get(path);
      if (!uri) uris.set(path, (uri = vscode.Uri.file(fsPath)));
      return uri;
    },
  };
}

function changedFile(fsPath: string | undefined): string | undefined {
  return fsPath === undefined ? undefined : vscode.l10n.t('{0} changed', fsPath);
}

/**
 * The view of `snapshot` to save, with each article's stamp and the mtimes of the folders on the
 * way to it; undefined when a stamp is missing (the snapshot is not of these files).
 */
export async function viewToSave(snapshot: CorpusSnapshot, stamps: ReadonlyMap<string, FileStamp>, settings: IndexSettings, userEntitiesText: string | null): Promise<SavedView | undefined> {
  const articles: SavedView['articles'] = [];
  const folders = new Set<string>();
  const roots = new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath));
  const slices = new ThreadSlices();
  for (const article of snapshot.articles) {
    await slices.yieldIfLong();
    const stamp = stamps.get(article.path);
    if (!stamp || stamp.skipped !== undefined) return undefined;
    const { path, month, monthSource, title, summary, bodyStart, warnings, entities } = article;
    const fsPath = stamp.uri.fsPath;
    articles.push({ path, month, monthSource, title, summary, bodyStart, warnings, entities, fsPath, size: stamp.size, mtime: stamp.mtime });
    for (let folder = dirname(fsPath); !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder);
      if (roots.has(folder) || dirname(folder) === folder) break;
    }
  }
  for (const root of roots) folders.add(root);
  const stamped: SavedView['folders'] = [];
  for (const folder of folders) {
    const stat = await fileStamp(folder);
    if (stat?.kind !== 'folder') return undefined;
    stamped.push([folder, stat.mtime]);
  }
  return { context: viewContext(settings), userEntitiesText, articles, skipped: snapshot.skipped, folders: stamped };
}
