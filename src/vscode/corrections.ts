// The correction commands (Merge with…, Split this spelling off, Rename the preferred spelling,
// Change type, Ignore), run from a hover card, an actor's context menu in the tree or the entity
// page. The flow is correctionFlow.ts; this file gives it VS Code's quick picks and input box, and
// the entities file. The index watches the file, so a correction shows at once in the tree,
// hovers, search and timeline.
//
// The file is changed with a WorkspaceEdit on its document's text and then saved, rather than
// written with workspace.fs: the correction is one step on the file's undo stack (Undo in its
// editor takes it back), and an editor with unsaved changes keeps them and gets the correction on
// top, left for the user to save (a write to disk would clash with them). Only a file that does
// not exist yet is created with workspace.fs: there is nothing to undo. Updates run one at a time.
// Nothing is written through a symbolic link or outside the workspace (entitiesFileLocation
// refuses `..`).
import * as vscode from 'vscode';
import { inertText } from '../core/inertText';
import { changedSpan } from '../core/jsonTextEdits';
import { perSnapshot } from '../core/snapshotCache';
import type { Entity, EntityType } from '../core/types';
import { resolvedRoot, symbolicLinkOnPath } from './articleFiles';
import { CORRECTION_COMMANDS, runCorrection, type CorrectionKind, type CorrectionNotice, type CorrectionQuestions, type EntitiesFileStore } from './correctionFlow';
import { ENTITY_ICONS, entityTypeLabel } from './entityCard';
import { entitiesFileLocation } from './indexSettings';
import { iconLabelText } from './themeIcons';
import type { DossierModel } from './workspaceIndex';

const t = vscode.l10n.t;

export function registerCorrections(context: vscode.ExtensionContext, model: DossierModel): void {
  for (const [kind, command] of Object.entries(CORRECTION_COMMANDS) as [CorrectionKind, string][]) {
    context.subscriptions.push(vscode.commands.registerCommand(command, (...args: unknown[]) => runCorrection(kind, args, model.snapshot(), questions, entitiesFile)));
  }
}

type EntityItem = vscode.QuickPickItem & { entity: Entity };

/** The actors as quick-pick rows, made once per snapshot (its entities array), most articles first. */
const itemsFor = perSnapshot((entities: readonly Entity[]): EntityItem[] => entities.map((entity) => ({
  label: `$(${ENTITY_ICONS[entity.type]}) ${iconLabelText(entity.name)}`,
  description: `${entityTypeLabel(entity.type, t)} · ${entity.articles.length === 1 ? t('1 article') : t('{0} articles', entity.articles.length)}`,
  entity,
})));

const questions: CorrectionQuestions = {
  async pickEntity(entities, except) {
    const items = itemsFor(entities);
    const picked = await vscode.window.showQuickPick(except ? items.filter((item) => item.entity.id !== except.id) : items, {
      placeHolder: except ? t('Merge {0} with…', inertText(except.name)) : t('Choose an actor to correct'),
      matchOnDescription: true,
    });
    return picked?.entity;
  },
  async pickSpelling(entity) {
    const picked = await vscode.window.showQuickPick(entity.aliases.map((spelling) => ({ label: iconLabelText(spelling), spelling })), {
      placeHolder: t('The spelling of {0} that is someone or something else', inertText(entity.name)),
    });
    return picked?.spelling;
  },
  askName(entity) {
    return Promise.resolve(vscode.window.showInputBox({
      prompt: t('The name Dossier shows for {0}', inertText(entity.name)),
      value: entity.name,
      validateInput: (value) => (value.trim() === '' ? t('A name cannot be empty') : undefined),
    }));
  },
  async pickType(entity) {
    const types: EntityType[] = ['person', 'organization', 'place'];
    const picked = await vscode.window.showQuickPick(types.map((type) => ({
      label: `$(${ENTITY_ICONS[type]}) ${entityTypeLabel(type, t)}`,
      description: type === entity.type ? t('current') : undefined,
      type,
    })), { placeHolder: t('What {0} is', inertText(entity.name)) });
    return picked?.type;
  },
  tell: (notice) => void tell(notice),
};

/** Notifications quote nothing from the articles or the file: VS Code would render link syntax in them. */
async function tell(notice: CorrectionNotice): Promise<void> {
  const edit = t('Edit Entities File');
  switch (notice) {
    case 'no-entities-file':
      return void vscode.window.showWarningMessage(t('Dossier: open a folder and set dossier.entitiesFile to a path inside it to keep an entities file.'));
    case 'symbolic-link':
      return void vscode.window.showWarningMessage(t('Dossier: the entities file or a folder on its path is a symbolic link; Dossier does not write through links.'));
    case 'unknown-entity':
      return void vscode.window.showWarningMessage(t('Dossier: that actor is no longer in the articles.'));
    case 'one-spelling':
      return void vscode.window.showInformationMessage(t('Dossier: this actor has one spelling only; there is nothing to split off.'));
    case 'already-there':
      return void vscode.window.showInformationMessage(t('Dossier: the entities file already holds this correction.'));
    case 'invalid-json':
    case 'not-an-object':
    case 'not-an-array':
      if ((await vscode.window.showWarningMessage(t('Dossier: the entities file cannot be corrected until its mistakes are fixed (see the Problems panel).'), edit)) === edit) {
        await vscode.commands.executeCommand('dossier.editEntities');
      }
  }
}

/** The update running now: the next one reads the file once it is written. */
let lastUpdate: Promise<unknown> = Promise.resolve();

const entitiesFile: EntitiesFileStore = {
  update(edit) {
    const update = lastUpdate.then(() => updateEntitiesFile(edit));
    lastUpdate = update.catch(() => undefined);
    return update;
  },
};

async function updateEntitiesFile(edit: (text: string | null) => string | undefined): Promise<'written' | 'unchanged' | 'no-entities-file' | 'symbolic-link'> {
  const location = entitiesFileLocation();
  if (!location || location.folder.uri.scheme !== 'file') return 'no-entities-file';
  const root = location.folder.uri.fsPath;
  if ((await symbolicLinkOnPath(root, await resolvedRoot(root), location.relativePath)) !== undefined) return 'symbolic-link';
  const exists = await vscode.workspace.fs.stat(location.uri).then(() => true, () => false);
  if (!exists) {
    const text = edit(null);
    if (text === undefined) return 'unchanged';
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(location.uri, '..'));
    await vscode.workspace.fs.writeFile(location.uri, new TextEncoder().encode(text));
    return 'written';
  }
  // The editor's text, if the file is open: unsaved changes are kept and corrected too.
  const document = await vscode.workspace.openTextDocument(location.uri);
  const before = document.getText();
  const text = edit(before);
  if (text === undefined) return 'unchanged';
  const wasDirty = document.isDirty;
  const changed = changedSpan(before, text);
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(changed.start), document.positionAt(changed.end)), changed.insert);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) return 'unchanged';
  if (!wasDirty) await document.save();
  else void offerToSave(document);
  return 'written';
}

async function offerToSave(document: vscode.TextDocument): Promise<void> {
  const save = t('Save');
  if ((await vscode.window.showInformationMessage(t('Dossier: the correction was added to the entities file, which has unsaved changes; it applies once the file is saved.'), save)) === save) await document.save();
}
