// Which files of a workspace folder Dossier may read. Symbolic links are never followed, file or
// folder, wherever they point: each is reported so the user sees it was skipped. VS Code's
// findFiles follows links (search.followSymlinks), passes over a folder it cannot list without a
// word and loses names that contain a newline, so the folder is walked here with node:fs. No
// `vscode` import: Node tests can run it on real folders.
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { excludesFolder, matchesAnyGlob } from './glob';

export type ListDirectory = (fsPath: string) => Promise<Dirent[]>;

export const listDirectory: ListDirectory = (fsPath) => readdir(fsPath, { withFileTypes: true });

export interface ArticleGlobs {
  include: readonly string[];
  exclude: readonly string[];
}

/** Paths are relative to the walked root, '/'-separated. */
export type FolderEntry =
  | { kind: 'file'; path: string }
  | { kind: 'link'; path: string }
  | { kind: 'unlisted'; path: string; error: string };

/**
 * The article files under `start` (relative to `root`; '' for the root itself), the links where an
 * article or a folder of articles would be and the folders that could not be listed. Excluded
 * folders are not entered.
 */
export async function walkFolder(root: string, start: string, globs: ArticleGlobs, list: ListDirectory = listDirectory): Promise<FolderEntry[]> {
  const entries: FolderEntry[] = [];
  const folders = [start];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let children: Dirent[];
    try {
      children = await list(absolute(root, folder));
    } catch (error) {
      entries.push({ kind: 'unlisted', path: folder, error: errorCode(error) });
      continue;
    }
    for (const child of children) {
      const path = folder === '' ? child.name : `${folder}/${child.name}`;
      const type = await entryType(child, absolute(root, path));
      if (type === 'directory') {
        if (!excludesFolder(path, globs.exclude)) folders.push(path);
      } else if (matchesAnyGlob(path, globs.exclude)) {
        continue;
      } else if (type === 'link') {
        if (await isListedLink(root, path, globs.include)) entries.push({ kind: 'link', path });
      } else if (type === 'file' && matchesAnyGlob(path, globs.include)) {
        entries.push({ kind: 'file', path });
      }
    }
  }
  return entries;
}

/**
 * A link is reported where it stands for an article (its name matches an include glob) or for a
 * folder. Learning that its target is a folder takes a stat, which reads nothing from the target.
 */
export async function isListedLink(root: string, path: string, include: readonly string[]): Promise<boolean> {
  if (matchesAnyGlob(path, include)) return true;
  return (await stat(absolute(root, path)).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * The symbolic link on the way to `path` inside `root` — the file itself or one of its folders —
 * relative to `root`, or undefined when there is none. `realRoot` is `root` with its own links
 * resolved (opening a folder through a link is the user's choice). One realpath call answers the
 * common case; only when it disagrees is each step looked at.
 */
export async function symbolicLinkOnPath(root: string, realRoot: string, path: string): Promise<string | undefined> {
  const segments = path.split('/');
  try {
    if ((await realpath(join(root, ...segments))) === join(realRoot, ...segments)) return undefined;
  } catch {
    // gone, dangling or a loop: the steps below tell which
  }
  for (let depth = 1; depth <= segments.length; depth++) {
    const step = segments.slice(0, depth);
    const info = await lstat(join(root, ...step)).catch(() => undefined);
    if (!info) return undefined; // gone: the caller finds that out by itself
    if (info.isSymbolicLink()) return step.join('/');
  }
  // Another spelling of the same place (a case-insensitive disk): not a link.
  return undefined;
}

/** What a file looks like now: its kind and, as the cache's stamps keep them, its size and mtime. */
export interface FileStampNow {
  kind: 'file' | 'folder' | 'link' | 'other';
  size: number;
  /** whole milliseconds, as VS Code's FileStat gives them (`mtime.getTime()`), so stamps written before still match */
  mtime: number;
}

/**
 * The file at `fsPath` as lstat sees it (a link is not followed), or undefined when it is gone.
 * Node's fs on the extension host's own thread pool, not VS Code's fs: there each stat is a round
 * trip to another process, which left a warm start of 10,000 files mostly waiting.
 */
export async function fileStamp(fsPath: string): Promise<FileStampNow | undefined> {
  const info = await lstat(fsPath).catch(() => undefined);
  if (!info) return undefined;
  const kind = info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  return { kind, size: info.size, mtime: wholeMilliseconds(info.mtimeMs) };
}

/** An mtime as the stamps keep it: rounded to whole milliseconds, as Node rounds it for `mtime` (a Date). */
export function wholeMilliseconds(mtimeMs: number): number {
  return Math.round(mtimeMs);
}

/**
 * The symbolic link among the folders on the way to `path` (not the file itself: lstat tells that),
 * as symbolicLinkOnPath finds it. `folders` keeps each folder's answer (by its absolute path) for
 * the files checked together, so a batch of files in one folder costs one realpath, not one each.
 */
export function symbolicLinkInFolders(root: string, realRoot: string, path: string, folders: Map<string, Promise<string | undefined>>): Promise<string | undefined> {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return Promise.resolve(undefined);
  const folder = path.slice(0, slash);
  const key = join(root, folder);
  let link = folders.get(key);
  if (!link) {
    link = symbolicLinkOnPath(root, realRoot, folder);
    folders.set(key, link);
  }
  return link;
}

/** `root` with its own links resolved; `root` itself when that fails. */
export function resolvedRoot(root: string): Promise<string> {
  return realpath(root).catch(() => root);
}

function absolute(root: string, path: string): string {
  return path === '' ? root : join(root, ...path.split('/'));
}

/** Dirent types; some file systems report none, then lstat tells (never stat: it would follow a link). */
async function entryType(entry: Dirent, fsPath: string): Promise<'file' | 'directory' | 'link' | 'other'> {
  const typed = entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() ? entry : await lstat(fsPath).catch(() => undefined);
  if (!typed) return 'other';
  return typed.isSymbolicLink() ? 'link' : typed.isDirectory() ? 'directory' : typed.isFile() ? 'file' : 'other';
}

/** `EACCES` rather than a message with the absolute path in it. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
