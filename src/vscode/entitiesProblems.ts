// Problems in the user's entities file. VS Code renders `[text](command:…)` and `[text](https:…)`
// in a notification's message as live links and offers no way to escape them, so the notification
// never quotes the file: not its content and not its path (the path is a workspace setting, which
// a shared folder can choose too). It counts the problems; the "Dossier" output lists each one
// with the file's path, as inert text.
import * as vscode from 'vscode';
import { inertText } from '../core/inertText';

export function reportEntitiesProblems(output: Pick<vscode.OutputChannel, 'appendLine' | 'show'>, file: string, errors: readonly string[]): void {
  for (const error of errors) output.appendLine(vscode.l10n.t('Entities file {0}: {1}', inertText(file), inertText(error)));
  const message = errors.length === 1
    ? vscode.l10n.t('Dossier: the entities file has a problem; the valid parts are used.')
    : vscode.l10n.t('Dossier: the entities file has {0} problems; the valid parts are used.', errors.length);
  const show = vscode.l10n.t('Show Problems');
  const edit = vscode.l10n.t('Edit Entities File');
  void vscode.window.showWarningMessage(message, show, edit).then((choice) => {
    if (choice === show) output.show(true);
    else if (choice === edit) void vscode.commands.executeCommand('dossier.editEntities');
  });
}
