// Commands dossier.exportActors (CSV or JSON, by the name chosen) and dossier.exportTimeline
// (CSV): the tables of src/core/exportTables.ts, written where the user points the save dialog.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../core/corpus';
import { inertText } from '../core/inertText';
import { actorsCsv, actorsJson, exportedActors, timelineCsv } from '../core/exportTables';

export interface ExportSource {
  snapshot(): CorpusSnapshot;
  whenIndexed?(): Promise<unknown>;
}

/** Where to write: a save dialog by default; undefined when the user cancels. */
export type PickTarget = (options: vscode.SaveDialogOptions) => Thenable<vscode.Uri | undefined>;

export function registerExportCommands(
  context: vscode.ExtensionContext,
  model: ExportSource,
  pickTarget: PickTarget = vscode.window.showSaveDialog,
  write: (uri: vscode.Uri, bytes: Uint8Array) => Thenable<void> = (uri, bytes) => vscode.workspace.fs.writeFile(uri, bytes),
): void {
  const exportTo = async (name: string, filters: Record<string, string[]>, content: (snapshot: CorpusSnapshot, uri: vscode.Uri) => string) => {
    await model.whenIndexed?.();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = await pickTarget({ defaultUri: folder && vscode.Uri.joinPath(folder, name), filters, saveLabel: vscode.l10n.t('Export') });
    if (!uri) return undefined;
    await write(uri, new TextEncoder().encode(content(model.snapshot(), uri)));
    void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: exported to {0}', inertText(vscode.workspace.asRelativePath(uri))));
    return uri;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.exportActors', () =>
      exportTo('actors.csv', { [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'], JSON: ['json'] }, (snapshot, uri) => {
        const actors = exportedActors(snapshot.entities, snapshot);
        return uri.path.toLowerCase().endsWith('.json') ? actorsJson(actors) : actorsCsv(actors);
      })),
    vscode.commands.registerCommand('dossier.exportTimeline', () =>
      exportTo('timeline.csv', { [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'] }, (snapshot) => timelineCsv(snapshot.articles, snapshot.events))),
  );
}
