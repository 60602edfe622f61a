// Hover cards for named entities in plaintext and markdown editors (dossier.hover.* settings).
import * as vscode from 'vscode';
import { buildEntityCard, buildSharedSurnameCard, CARD_COMMANDS } from './entityCard';
import { dossierMarkdown } from './markdownString';
import { formatMonth } from './monthLabel';
import type { DossierModel } from './workspaceIndex';
import { writingSelector } from './writingDocuments';

export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly model: DossierModel, private readonly locale = vscode.env.language) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const snapshot = this.model.snapshot();
    const line = document.lineAt(position.line).text;
    // The corpus's spelling matcher is built once per snapshot: no rescan per hover.
    const found = snapshot.entityAt(line, position.character);
    if (!found) return undefined;
    const markdown = found.entity
      ? buildEntityCard(found.entity, { article: snapshot.article, formatMonth: (month) => formatMonth(month, this.locale), t: vscode.l10n.t })
      : buildSharedSurnameCard(line.slice(found.start, found.end), found.candidates, vscode.l10n.t);
    return new vscode.Hover(dossierMarkdown(markdown, CARD_COMMANDS), new vscode.Range(position.line, found.start, position.line, found.end));
  }
}

/** Registers the hover provider while dossier.hover.enabled is on, for dossier.hover.languages. */
export function registerHover(context: vscode.ExtensionContext, model: DossierModel): void {
  const provider = new EntityHoverProvider(model);
  let registration: vscode.Disposable | undefined;
  const update = () => {
    registration?.dispose();
    registration = undefined;
    const config = vscode.workspace.getConfiguration('dossier.hover');
    if (!config.get<boolean>('enabled', true)) return;
    const selector = writingSelector();
    if (selector.length > 0) registration = vscode.languages.registerHoverProvider(selector, provider);
  };
  update();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dossier.hover')) update();
    }),
    { dispose: () => registration?.dispose() },
  );
}
