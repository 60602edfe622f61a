// The dossier.editEntities command: opens the user's entities file, creating it with an empty
// skeleton the first time. The index watches the file and applies every save; the editor checks it
// against schemas/entities.schema.json (package.json, jsonValidation) and shows the index's problems.
import * as vscode from 'vscode';
import { entitiesFileLocation } from './indexSettings';

const SKELETON = `${JSON.stringify({
  comment: 'Corrections for Dossier. entities: [{ "id", "name", "type": person | organization | place, "aliases", "description" }]; merges: [["name", "other spelling"]] or [{ "name": "chosen name", "spellings": ["other spelling"] }]; splits: [["name", "name"]]; ignore: ["Word"]',
  entities: [],
  merges: [],
  splits: [],
  ignore: [],
}, null, 2)}\n`;

export function registerEditEntities(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dossier.editEntities', editEntities));
}

async function editEntities(): Promise<void> {
  const location = entitiesFileLocation();
  if (!location) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Dossier: open a folder and set dossier.entitiesFile to a path inside it to keep an entities file.'));
    return;
  }
  try {
    await vscode.workspace.fs.stat(location.uri);
  } catch {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(location.uri, '..'));
    await vscode.workspace.fs.writeFile(location.uri, new TextEncoder().encode(SKELETON));
  }
  await vscode.window.showTextDocument(location.uri);
}
