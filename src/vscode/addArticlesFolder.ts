// "Dossier: Add Articles Folder": point Dossier at the folder that holds the articles, from the
// command palette (a folder picker), the Explorer's context menu or the welcome view. The folder's
// glob goes into the workspace's own dossier.articles.include; the first folder added replaces the
// default "every text file", later ones are added to it.
import * as vscode from 'vscode';
import { inertText } from '../core/inertText';
import { articlesFolderGlob, excludesFolder } from './glob';

export function registerAddArticlesFolder(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dossier.addArticlesFolder', (resource?: unknown) => addArticlesFolder(resource)));
}

async function addArticlesFolder(resource: unknown): Promise<void> {
  const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
  if (workspaceFolders.length === 0) {
    const open = vscode.l10n.t('Open Folder');
    if ((await vscode.window.showInformationMessage(vscode.l10n.t('Dossier: open the folder that holds your articles first.'), open)) === open) {
      await vscode.commands.executeCommand('workbench.action.files.openFolder');
    }
    return;
  }
  const picked = resource instanceof vscode.Uri ? resource : await pickFolder(workspaceFolders[0]!.uri);
  if (!picked) return;
  const folder = vscode.workspace.getWorkspaceFolder(picked);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Dossier reads articles inside the workspace only, and {0} is not in it. Add it to the workspace first (File › Add Folder to Workspace).', inertText(picked.fsPath)));
    return;
  }
  // '/'-separated inside the workspace folder; '' for the workspace folder itself
  const folderPath = picked.path.slice(folder.uri.path.length).replace(/^\/+|\/+$/g, '');
  const glob = articlesFolderGlob(folderPath);
  const config = vscode.workspace.getConfiguration('dossier.articles');
  const own = config.inspect<string[]>('include')?.workspaceValue;
  const include = own ? (own.includes(glob) ? own : [...own, glob]) : [glob];
  await config.update('include', include, vscode.ConfigurationTarget.Workspace);

  const name = folderPath === '' ? folder.name : folderPath;
  if (!vscode.workspace.isTrusted) {
    // Restricted Mode ignores the workspace's value of this setting (package.json, restrictedConfigurations).
    const trust = vscode.l10n.t('Manage Workspace Trust');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Dossier will read the articles in {0} once you trust this workspace: in Restricted Mode its own settings are not used.', inertText(name)), trust);
    if (answer === trust) await vscode.commands.executeCommand('workbench.trust.manage');
  } else if (excludesFolder(folderPath, config.get<string[]>('exclude', []))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Dossier: {0} is excluded by the setting dossier.articles.exclude; remove the pattern that matches it to read its articles.', inertText(name)));
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('Dossier now reads the articles (.txt, .text) in {0} and its subfolders.', inertText(name)));
  }
}

async function pickFolder(defaultUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri,
    openLabel: vscode.l10n.t('Add Articles Folder'),
    title: vscode.l10n.t('Dossier: the folder that holds your articles'),
  });
  return picked?.[0];
}
