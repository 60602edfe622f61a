// The workspace folders as articleFiles.ts sees them, in VS Code terms: walks as URIs and corpus
// paths, and the symbolic-link check that runs before any file is read.
import * as vscode from 'vscode';
import { ThreadSlices } from '../node/threadSlices';
import { isListedLink, resolvedRoot, symbolicLinkInFolders, symbolicLinkOnPath, walkFolder, type ArticleGlobs, type ListDirectory } from './articleFiles';

/** What a walk of a workspace folder found, by corpus path. */
export interface Candidate {
  kind: 'file' | 'link' | 'unlisted';
  path: string;
  uri: vscode.Uri;
  /** for 'unlisted': why */
  reason?: string;
}

export function linkReason(): string {
  return vscode.l10n.t('symbolic link (not followed)');
}

export class WorkspaceFiles {
  /** each workspace folder's path with its own links resolved */
  private readonly realRoots = new Map<string, Promise<string>>();

  constructor(private readonly listDirectory: ListDirectory, private readonly pathFor: (uri: vscode.Uri) => string | undefined) {}

  /** Looks at the workspace folders' own links afresh (at the start of each scan). */
  reset(): void {
    this.realRoots.clear();
  }

  /** What the walk of `start` (relative to `folder`, '' for all of it) finds. */
  async walk(folder: vscode.WorkspaceFolder, start: string, globs: ArticleGlobs): Promise<Candidate[]> {
    // Links can be ruled out only on a disk (package.json declares no virtual workspaces).
    if (folder.uri.scheme !== 'file') return [{ kind: 'unlisted', path: folder.name, uri: folder.uri, reason: vscode.l10n.t('not a folder on this computer\'s disk') }];
    const entries = await walkFolder(folder.uri.fsPath, start, globs, this.listDirectory);
    // A URI and a corpus path for each of 10,000 entries take longer than a slice of the extension host.
    const slices = new ThreadSlices();
    const candidates: Candidate[] = [];
    for (const entry of entries) {
      await slices.yieldIfLong();
      const uri = entry.path === '' ? folder.uri : vscode.Uri.joinPath(folder.uri, ...entry.path.split('/'));
      const path = this.pathFor(uri) || folder.name;
      candidates.push(entry.kind === 'unlisted'
        ? { kind: entry.kind, path, uri, reason: vscode.l10n.t('could not be listed: {0}', entry.error) }
        : { kind: entry.kind, path, uri });
    }
    return candidates;
  }

  /**
   * The symbolic link on the way to `relative` in `folder` (the file itself or a folder), or
   * 'none'. 'quiet' for a link a walk would not list either (its name is no article's).
   */
  async linkOnPath(folder: vscode.WorkspaceFolder, relative: string, include: readonly string[]): Promise<{ path: string; uri: vscode.Uri } | 'none' | 'quiet'> {
    const link = await symbolicLinkOnPath(folder.uri.fsPath, await this.realRoot(folder), relative);
    if (link === undefined) return 'none';
    if (link === relative && !(await isListedLink(folder.uri.fsPath, link, include))) return 'quiet';
    return this.linkAt(folder, link);
  }

  /**
   * The linked folder on the way to `relative` in `folder`, or undefined (whether the file itself
   * is a link, its lstat tells); `folders` keeps each folder's answer for the files checked together.
   */
  async linkInFolders(folder: vscode.WorkspaceFolder, relative: string, folders: Map<string, Promise<string | undefined>>): Promise<{ path: string; uri: vscode.Uri } | undefined> {
    const link = await symbolicLinkInFolders(folder.uri.fsPath, await this.realRoot(folder), relative, folders);
    return link === undefined ? undefined : this.linkAt(folder, link);
  }

  private linkAt(folder: vscode.WorkspaceFolder, link: string): { path: string; uri: vscode.Uri } {
    const uri = vscode.Uri.joinPath(folder.uri, ...link.split('/'));
    return { path: this.pathFor(uri) ?? link, uri };
  }

  private realRoot(folder: vscode.WorkspaceFolder): Promise<string> {
    let real = this.realRoots.get(folder.uri.fsPath);
    if (!real) {
      real = resolvedRoot(folder.uri.fsPath);
      this.realRoots.set(folder.uri.fsPath, real);
    }
    return real;
  }
}
