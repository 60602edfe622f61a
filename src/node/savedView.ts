// The view a warm start shows at once (issue 10: tree and search within a second): what the tree,
// the status bar and the search need besides the saved entities and search index, kept beside the
// cache's shards as a keyed file (keyedCacheFile.ts, under the key of the analyses it was made from,
// as entities.bin and search-index.bin). Each article keeps its row's facts and its file's stamp,
// so a start checks the view against the disk (checkSavedView) before it shows anything of it;
// anything else that changed while the window was closed, the scan that follows finds.
import { lstatSync } from 'node:fs';
import type { ArticleView, Month, MonthSource, Skipped } from '../core/types';
import type { KeyedFileFormat } from './keyedCacheFile';
import { ThreadSlices } from './threadSlices';

export const VIEW_FILE = 'view.bin';
export const VIEW_FORMAT: KeyedFileFormat = { name: 'dossier-view', version: 1 };

/** An article as the view keeps it: its row and tooltip, and the file it was read from. */
export interface SavedArticle extends ArticleView {
  fsPath: string;
  size: number;
  mtime: number;
}

export interface SavedView {
  /** what else the view depends on (the workspace folders, the article settings), as the host names it */
  context: string;
  userEntitiesText: string | null;
  /** in snapshot order */
  articles: SavedArticle[];
  skipped: Skipped[];
  /** the folders holding articles, with their mtimes: adding or removing a file changes its folder's */
  folders: [fsPath: string, mtime: number][];
}

type ArticleRow = [path: string, fsPath: string, size: number, mtime: number, month: Month | null, monthSource: MonthSource, title: string, summary: string, bodyStart: number, warnings: string[], entities: number[]];

interface Body {
  context: string;
  userEntitiesText: string | null;
  /** the entity ids the articles name, each once */
  entityIds: string[];
  articles: ArticleRow[];
  skipped: Skipped[];
  folders: [string, number][];
}

/** The view as the file's body, not yet compressed. */
export function encodeSavedView(view: SavedView): Uint8Array {
  const entityIds: string[] = [];
  const indices = new Map<string, number>();
  const indexOf = (id: string) => {
    let index = indices.get(id);
    if (index === undefined) indices.set(id, (index = entityIds.push(id) - 1));
    return index;
  };
  const articles = view.articles.map((a): ArticleRow => [a.path, a.fsPath, a.size, a.mtime, a.month, a.monthSource, a.title, a.summary, a.bodyStart, a.warnings, a.entities.map(indexOf)]);
  const body: Body = { context: view.context, userEntitiesText: view.userEntitiesText, entityIds, articles, skipped: view.skipped, folders: view.folders };
  return Buffer.from(JSON.stringify(body));
}

/** The view `encodeSavedView` wrote; undefined for anything else (a damaged or foreign body): never part of one. */
export function decodeSavedView(body: Uint8Array): SavedView | undefined {
  let parsed: Body;
  try {
    parsed = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')) as Body;
  } catch {
    return undefined;
  }
  const { context, userEntitiesText, entityIds, articles, skipped, folders } = parsed ?? {};
  const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (typeof context !== 'string' || !(userEntitiesText === null || typeof userEntitiesText === 'string') || !strings(entityIds)) return undefined;
  if (!Array.isArray(articles) || !Array.isArray(skipped) || !Array.isArray(folders)) return undefined;
  if (!skipped.every((s) => typeof s?.path === 'string' && typeof s.reason === 'string')) return undefined;
  if (!folders.every((f) => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'number')) return undefined;
  const decoded: SavedArticle[] = [];
  for (const row of articles) {
    if (!Array.isArray(row) || row.length !== 11) return undefined;
    const [path, fsPath, size, mtime, month, monthSource, title, summary, bodyStart, warnings, entities] = row;
    if (typeof path !== 'string' || typeof fsPath !== 'string' || typeof size !== 'number' || typeof mtime !== 'number' || typeof title !== 'string' || typeof summary !== 'string' || typeof bodyStart !== 'number') return undefined;
    if (!(month === null || typeof month === 'string') || !(monthSource === null || monthSource === 'header' || monthSource === 'inferred') || !strings(warnings)) return undefined;
    if (!Array.isArray(entities) || !entities.every((index) => typeof entityIds[index] === 'string')) return undefined;
    decoded.push({ path, fsPath, size, mtime, month, monthSource, title, summary, bodyStart, warnings, entities: entities.map((index) => entityIds[index]) });
  }
  return { context, userEntitiesText, articles: decoded, skipped, folders };
}

/**
 * A file or folder of the view that changed, went or became something else since it was saved, or
 * undefined when every article file and folder is as the view recorded it. Synchronous stats, in
 * slices: a fifth of the CPU time of as many promised ones (about 40 ms for 10,000 files).
 */
export async function checkSavedView(view: SavedView, slices = new ThreadSlices()): Promise<string | undefined> {
  const unchanged = (fsPath: string, mtime: number, size?: number) => {
    const info = lstatSync(fsPath, { throwIfNoEntry: false });
    return info !== undefined && (size === undefined ? info.isDirectory() : info.isFile() && info.size === size) && info.mtime.getTime() === mtime;
  };
  for (const { fsPath, size, mtime } of view.articles) {
    if (!unchanged(fsPath, mtime, size)) return fsPath;
    await slices.yieldIfLong();
  }
  for (const [fsPath, mtime] of view.folders) {
    if (!unchanged(fsPath, mtime)) return fsPath;
  }
  return undefined;
}
