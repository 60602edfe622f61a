// The settings the workspace index reads, and where its files are: which files are articles, the
// size limit, the entities file, a file's path inside its workspace folder.
import * as vscode from 'vscode';

export interface IndexSettings {
  include: string[];
  exclude: string[];
  maxBytes: number;
}

export function readSettings(): IndexSettings {
  const config = vscode.workspace.getConfiguration('dossier.articles');
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []);
  const maxMB = config.get<number>('maxFileSizeMB', 10);
  return {
    include: strings(config.get('include')),
    exclude: strings(config.get('exclude')),
    maxBytes: Math.max(1024, (Number.isFinite(maxMB) && maxMB > 0 ? maxMB : 10) * 1024 * 1024),
  };
}

/** The path of `uri` inside `folder`, '/'-separated, without the folder name. */
export function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}

/** The user's entities file (setting dossier.entitiesFile), relative to the first workspace folder. */
export function entitiesFileLocation(): { folder: vscode.WorkspaceFolder; relativePath: string; uri: vscode.Uri } | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const relativePath = vscode.workspace.getConfiguration('dossier').get<string>('entitiesFile', '').trim().replace(/\\/g, '/').replace(/^\.?\//, '');
  if (!folder || relativePath === '' || relativePath.split('/').includes('..')) return undefined;
  return { folder, relativePath, uri: vscode.Uri.joinPath(folder.uri, relativePath) };
}
