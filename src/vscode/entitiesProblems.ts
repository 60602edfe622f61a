// Problems in the user's entities file: diagnostics on the file at each problem's JSON path (the
// Problems panel and squiggles in the editor, cleared once fixed), each one in the "Dossier" output,
// and a notification. VS Code renders `[text](command:…)` and `[text](https:…)` in a notification's
// message as live links and offers no way to escape them, so the notification never quotes the
// file: not its content and not its path (the path is a workspace setting, which a shared folder
// can choose too). It counts the problems; the diagnostics and the output show them as inert text.
import * as vscode from 'vscode';
import { inertText } from '../core/inertText';
import { JsonLocations } from '../core/jsonLocations';
import { resolvedRoot, symbolicLinkOnPath } from './articleFiles';

export interface EntitiesFile {
  folder: vscode.WorkspaceFolder;
  relativePath: string;
  uri: vscode.Uri;
}

let diagnostics: vscode.DiagnosticCollection | undefined;
/** increases with each report, so that a slow read cannot show problems a later report replaced */
let reports = 0;

export function registerEntitiesProblems(context: vscode.ExtensionContext): void {
  diagnostics = vscode.languages.createDiagnosticCollection('dossier.entities');
  context.subscriptions.push(diagnostics, { dispose: () => { diagnostics = undefined; } });
}

/**
 * Reports the entities file's current problems (none: clears them). `file` is undefined when
 * there is no entities file to report on.
 */
export function reportEntitiesProblems(output: Pick<vscode.OutputChannel, 'appendLine'>, file: EntitiesFile | undefined, errors: readonly string[]): void {
  const report = ++reports;
  void readEntitiesFile(file, errors).then((text) => {
    if (report !== reports || !diagnostics) return;
    diagnostics.clear();
    if (file && text !== undefined) diagnostics.set(file.uri, entitiesDiagnostics(text, errors));
  });
  if (!file || errors.length === 0) return;
  const label = inertText(vscode.workspace.asRelativePath(file.uri));
  for (const error of errors) output.appendLine(vscode.l10n.t('Entities file {0}: {1}', label, inertText(error)));
  // While the file is open, its squiggles say it all; a notification on every save would nag.
  if (vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === file.uri.toString())) return;
  const message = errors.length === 1
    ? vscode.l10n.t('Dossier: the entities file has a problem; the valid parts are used.')
    : vscode.l10n.t('Dossier: the entities file has {0} problems; the valid parts are used.', errors.length);
  const show = vscode.l10n.t('Show Problems');
  const edit = vscode.l10n.t('Edit Entities File');
  void vscode.window.showWarningMessage(message, show, edit).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
    else if (choice === edit) void vscode.commands.executeCommand('dossier.editEntities');
  });
}

/** One diagnostic per problem, at the key and value its JSON path names (see JsonLocations). */
export function entitiesDiagnostics(text: string, errors: readonly string[]): vscode.Diagnostic[] {
  const locations = new JsonLocations(text);
  return errors.map((error) => {
    const { start, end } = locations.locate(error);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), inertText(error), vscode.DiagnosticSeverity.Warning);
    diagnostic.source = 'Dossier';
    return diagnostic;
  });
}

/**
 * The file's text, to place the problems in; never read through a symbolic link (as the index
 * reads it). A file that cannot be read gets its problems on the first line. Undefined when there
 * is nothing to show.
 */
async function readEntitiesFile(file: EntitiesFile | undefined, errors: readonly string[]): Promise<string | undefined> {
  if (!file || errors.length === 0) return undefined;
  try {
    const root = file.folder.uri.fsPath;
    if ((await symbolicLinkOnPath(root, await resolvedRoot(root), file.relativePath)) !== undefined) return '';
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file.uri));
  } catch {
    return '';
  }
}
