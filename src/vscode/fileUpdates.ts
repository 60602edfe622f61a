// What became of a workspace file since the index last saw it: gone, a folder now, unreadable, as
// the cache holds it, or read and analysed (the one place a file is read and analysed, by an
// analysis worker: this thread does no I/O for it). Nothing is read through a symbolic link: the
// folders on the way are checked (articleFiles.ts), the file's lstat tells whether it is a link
// itself, and the worker opens it without following one.
import * as vscode from 'vscode';
import type { FileAnalysis } from '../core/analysis';
import type { CachedAnalysis } from '../node/analysisCache';
import { untilAnswered, type FileAnalyser } from '../node/analysisPool';
import { COULD_NOT_BE_READ } from '../node/articleFileReading';
import { fileStamp, isListedLink, wholeMilliseconds } from './articleFiles';
import { matchesAnyGlob } from './glob';
import type { AnalysisStore } from './indexCache';
import { relativeTo, type IndexSettings } from './indexSettings';
import { linkReason, type WorkspaceFiles } from './workspaceFiles';

export interface FileStamp {
  uri: vscode.Uri;
  mtime: number;
  size: number;
  /** set for what is skipped without being read (a link, a folder that cannot be listed): why */
  skipped?: string;
}

/** What looking at a file when it changed gave: `toRead`, to be read and analysed by the analyser (a worker reads it, see articleFileReading.ts). */
type ReadOutcome =
  | { kind: 'gone'; path: string }
  | { kind: 'folder'; path: string; uri: vscode.Uri }
  | { kind: 'unreadable'; path: string; stamp: FileStamp; reason: string }
  | { kind: 'toRead'; path: string; stamp: FileStamp }
  | { kind: 'cached'; path: string; stamp: FileStamp; cached: CachedAnalysis };

/** What became of a file: as read, or read and analysed. */
export type FileUpdate = Exclude<ReadOutcome, { kind: 'toRead' }> | { kind: 'analysed'; path: string; stamp: FileStamp; analysis: FileAnalysis; userEntitiesText: string | null };

/** What the reader needs of the index: its files, settings, what it knows of each file, its cache. */
export interface FileUpdateSources {
  files: WorkspaceFiles;
  settings(): IndexSettings;
  /** the stamp the index keeps for `path` */
  known(path: string): FileStamp | undefined;
  pathFor(uri: vscode.Uri): string | undefined;
  analyser: FileAnalyser;
  cache: AnalysisStore | undefined;
}

/** Stats the given files, reads and analyses the changed ones, all at once. */
export function fileUpdates(sources: FileUpdateSources, uris: vscode.Uri[]): Promise<(FileUpdate | undefined)[]> {
  const checkedFolders = new Map<string, Promise<string | undefined>>();
  return Promise.all(uris.map((uri) => fileUpdate(sources, uri, checkedFolders)));
}

/**
 * A file's analysis when it changed, or what else became of it (undefined: nothing). A file whose
 * analysis stopped a worker twice is skipped with the reason.
 */
async function fileUpdate(sources: FileUpdateSources, uri: vscode.Uri, checkedFolders: Map<string, Promise<string | undefined>>): Promise<FileUpdate | undefined> {
  let read = undefined as ReadOutcome | undefined;
  const result = await untilAnswered(async () => {
    read = await readIfChanged(sources, uri, checkedFolders);
    return read?.kind === 'toRead' ? sources.analyser.readAndAnalyse(uri.fsPath, read.path, sources.settings().maxBytes) : undefined;
  });
  if (read?.kind !== 'toRead') return read;
  const { path, stamp } = read;
  // A file to read was given to the analyser, so there is an answer.
  const answer = result!;
  if (answer.workerStopped !== undefined) return { kind: 'unreadable', path, stamp, reason: vscode.l10n.t('could not be analysed: {0}', answer.workerStopped) };
  // Not read (gone, a link or too large since the lstat, not readable): not kept in the cache either.
  if (!answer.stamp && answer.analysis.skipped !== undefined) return { kind: 'unreadable', path, stamp, reason: translatedReadReason(answer.analysis.skipped) };
  // The stamp of what was read, should the file have changed since the lstat.
  const readStamp = answer.stamp ? { uri, size: answer.stamp.size, mtime: wholeMilliseconds(answer.stamp.mtime) } : stamp;
  return { kind: 'analysed', path, stamp: readStamp, analysis: answer.analysis, userEntitiesText: answer.userEntitiesText };
}

/** `checkedFolders`: the folders' link checks of the files looked at together (symbolicLinkInFolders). */
async function readIfChanged(sources: FileUpdateSources, uri: vscode.Uri, checkedFolders: Map<string, Promise<string | undefined>>): Promise<ReadOutcome | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const path = sources.pathFor(uri);
  // A folder that is not on disk is listed as skipped by the scan (WorkspaceFiles.walk).
  if (!folder || path === undefined || folder.uri.scheme !== 'file') return undefined;
  const settings = sources.settings();
  const relative = relativeTo(folder, uri);
  const linkedFolder = await sources.files.linkInFolders(folder, relative, checkedFolders);
  if (linkedFolder) return skippedLink(sources, linkedFolder.path, linkedFolder.uri);
  const stat = await fileStamp(uri.fsPath);
  if (!stat) return { kind: 'gone', path };
  // A link is reported where a walk would list it, else passed over without a word.
  if (stat.kind === 'link') return (await isListedLink(folder.uri.fsPath, relative, settings.include)) ? skippedLink(sources, path, uri) : undefined;
  if (stat.kind === 'folder') return { kind: 'folder', path, uri };
  // File events come for every new file; only articles are read.
  if (!matchesAnyGlob(relative, settings.include)) return undefined;
  const stamp: FileStamp = { uri, mtime: stat.mtime, size: stat.size };
  const known = sources.known(path);
  if (known && known.mtime === stat.mtime && known.size === stat.size) return undefined;
  if (stat.size > settings.maxBytes) {
    // Never read a huge file just to refuse it.
    return { kind: 'unreadable', path, stamp, reason: vscode.l10n.t('larger than {0} MB (setting dossier.articles.maxFileSizeMB)', settings.maxBytes / (1024 * 1024)) };
  }
  // A file the cache holds as it is now is not read.
  const cached = sources.cache?.lookup(path, stamp);
  if (cached) return { kind: 'cached', path, stamp, cached };
  return { kind: 'toRead', path, stamp };
}

/** The worker's reason for not reading a file, in the UI's language where it is an I/O failure. */
function translatedReadReason(reason: string): string {
  return reason.startsWith(COULD_NOT_BE_READ) ? vscode.l10n.t('could not be read: {0}', reason.slice(COULD_NOT_BE_READ.length)) : reason;
}

/** A link, skipped unread; nothing when the index lists it so already. */
function skippedLink(sources: FileUpdateSources, path: string, uri: vscode.Uri): ReadOutcome | undefined {
  const reason = linkReason();
  if (sources.known(path)?.skipped === reason) return undefined;
  return { kind: 'unreadable', path, stamp: { uri, mtime: -1, size: -1, skipped: reason }, reason };
}
