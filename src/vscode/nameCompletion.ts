// Name completion in the writing languages: part of a known name (any spelling, any case, accents
// optional) suggests the entity's preferred spelling with its type and one line about it, most
// articles first. Not in articles. The index behind it is built once per snapshot.
import * as vscode from 'vscode';
import type { EntityType } from '../core/types';
import type { DossierModel } from './workspaceIndex';
import { isArticle, registerForWritingLanguages } from './writingDocuments';
import { nameCompletionItems } from './writingHelp';

const KINDS: Record<EntityType, vscode.CompletionItemKind> = {
  person: vscode.CompletionItemKind.User,
  organization: vscode.CompletionItemKind.Module,
  place: vscode.CompletionItemKind.Reference,
};

export class NameCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly model: DossierModel, private readonly t = vscode.l10n.t) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    if (isArticle(this.model, document)) return undefined;
    const line = document.lineAt(position.line).text;
    const found = nameCompletionItems(this.model.snapshot(), line, position.character, this.t);
    if (!found) return undefined;
    const range = new vscode.Range(position.line, found.start, position.line, found.end);
    // What was typed is the filter: a spelling ("Saar") need not be a fuzzy match of the name it leads to.
    const typed = line.slice(found.start, found.end);
    const items = found.items.map((entry) => {
      const item = new vscode.CompletionItem({ label: entry.label, description: entry.description }, KINDS[entry.type]);
      item.detail = entry.description;
      item.documentation = entry.documentation;
      item.insertText = entry.insertText;
      item.range = range;
      item.filterText = typed;
      item.sortText = entry.sortText;
      return item;
    });
    // Incomplete: each keystroke asks again, so the ranking follows what is typed.
    return new vscode.CompletionList(items, true);
  }
}

export function registerNameCompletion(context: vscode.ExtensionContext, model: DossierModel): void {
  const provider = new NameCompletionProvider(model);
  registerForWritingLanguages(context, (selector) => vscode.languages.registerCompletionItemProvider(selector, provider));
}
