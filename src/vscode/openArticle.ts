// The dossier.openArticle command: opens an article of the corpus with a range selected (the
// mention a card, a search result, a tree row or the timeline points at) and centred. Links in
// hover cards call it, so it only ever opens the corpus's own articles.
import * as vscode from 'vscode';
import type { DossierModel } from './workspaceIndex';

export interface OpenArticleArgs {
  path: string;
  /** UTF-16 offset into the file text; the article's body start when absent */
  offset?: number;
  /** end of the range [offset, end) to select: the mention, the match, the date expression */
  end?: number;
  /** open in the editor group beside the active one (the timeline, "Open to the Side") */
  beside?: boolean;
}

export function registerOpenArticle(context: vscode.ExtensionContext, model: DossierModel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.openArticle', (args: unknown) => openArticle(model, args)),
    // from a tree row's context menu: the row is the argument, with path, offset and end
    vscode.commands.registerCommand('dossier.openArticleToSide', (args: unknown) => openArticle(model, args, true)),
  );
}

/** Returns the editor, or undefined when the arguments do not name an article of the corpus. */
export async function openArticle(model: DossierModel, args: unknown, beside = false): Promise<vscode.TextEditor | undefined> {
  const request = parseArgs(args);
  const article = request && model.snapshot().article(request.path);
  const uri = request && article && model.uriFor(request.path);
  if (!request || !article || !uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Dossier: that article is not part of the indexed articles.'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const start = document.positionAt(request.offset ?? article.bodyStart);
  const end = request.end !== undefined && request.end > (request.offset ?? 0) ? document.positionAt(request.end) : start;
  const selection = new vscode.Selection(start, end);
  const editor = await vscode.window.showTextDocument(document, {
    preview: true,
    viewColumn: beside || request.beside ? vscode.ViewColumn.Beside : undefined,
  });
  // set after showing: an article already open keeps its editor, which must move to the mention too
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  return editor;
}

/** Accepts `{path, offset?, end?, beside?}` (or a one-element array of it, as command links pass). */
function parseArgs(args: unknown): OpenArticleArgs | undefined {
  const value = Array.isArray(args) ? args[0] : args;
  if (typeof value !== 'object' || value === null) return undefined;
  const { path, offset, end, beside } = value as Record<string, unknown>;
  if (typeof path !== 'string') return undefined;
  const validOffset = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined);
  return { path, offset: validOffset(offset), end: validOffset(end), beside: beside === true };
}
