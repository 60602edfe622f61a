// Context-menu commands of an article row that act on its file: Reveal in Explorer and Copy Path.
// VS Code passes the row (an ArticleNode, with `path`); the file is looked up in the corpus, so
// only the corpus's own articles are acted on.
import * as vscode from 'vscode';
import type { DossierModel } from './workspaceIndex';

export function registerArticleFileCommands(context: vscode.ExtensionContext, model: DossierModel): void {
  const fileOf = (row: unknown): vscode.Uri | undefined => {
    const path = typeof row === 'object' && row !== null ? (row as { path?: unknown }).path : undefined;
    return typeof path === 'string' && model.snapshot().article(path) ? model.uriFor(path) : undefined;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.revealArticleInExplorer', async (row: unknown) => {
      const uri = fileOf(row);
      if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
    }),
    vscode.commands.registerCommand('dossier.copyArticlePath', async (row: unknown) => {
      const uri = fileOf(row);
      // the path as the Explorer's Copy Path gives it: the file system path for files on disk
      if (uri) await vscode.env.clipboard.writeText(uri.scheme === 'file' ? uri.fsPath : uri.toString());
    }),
  );
}
