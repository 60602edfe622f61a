// Articles are one paragraph per line: without word wrap they need sideways scrolling. VS Code has
// no per-file wrap setting for extensions, and a language default for plaintext would change every
// text file of the user. So each article's editor gets View: Toggle Word Wrap, once per opened
// document, when its wrap is off (dossier.articles.wordWrap). The toggle lives as long as the open
// document; toggling it back with Alt+Z sticks, and no setting is written.
import * as vscode from 'vscode';
import type { DossierModel } from './workspaceIndex';

export function registerArticleWrap(context: vscode.ExtensionContext, model: DossierModel): void {
  /** documents whose wrap Dossier toggled (or left alone because it was on): never toggled again */
  const handled = new Set<string>();
  const wrap = async (editor: vscode.TextEditor | undefined) => {
    const document = editor?.document;
    if (!document || handled.has(document.uri.toString())) return;
    const path = model.pathFor(document.uri);
    if (!path || !model.snapshot().article(path)) return;
    if (!vscode.workspace.getConfiguration('dossier.articles', document).get<boolean>('wordWrap', true)) return;
    handled.add(document.uri.toString());
    if (vscode.workspace.getConfiguration('editor', document).get<string>('wordWrap') !== 'off') return;
    // the command acts on the active editor: only toggle while this one still is
    if (vscode.window.activeTextEditor !== editor) {
      handled.delete(document.uri.toString());
      return;
    }
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    // wrapping moves the text: keep what a jump selected in the centre (first display only)
    editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => void wrap(editor)),
    vscode.workspace.onDidCloseTextDocument((document) => handled.delete(document.uri.toString())),
    // articles indexed after their editor opened (the first indexing)
    model.onDidChange(() => void wrap(vscode.window.activeTextEditor)),
  );
  void wrap(vscode.window.activeTextEditor);
}
