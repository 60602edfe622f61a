// Where the writing features work: the hover languages (dossier.hover.languages), on disk and in
// untitled editors, in the user's own documents — never in the articles themselves.
import * as vscode from 'vscode';
import type { DossierModel } from './workspaceIndex';

/** The editors of the hover languages, saved or untitled. */
export function writingSelector(): vscode.DocumentFilter[] {
  const languages = vscode.workspace.getConfiguration('dossier.hover').get<unknown>('languages');
  const list = Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : ['plaintext', 'markdown'];
  return list.flatMap((language): vscode.DocumentFilter[] => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
}

/** True for an article of the corpus (which the writing features leave alone). */
export function isArticle(model: DossierModel, document: vscode.TextDocument): boolean {
  const path = model.pathFor(document.uri);
  return path !== undefined && model.snapshot().article(path) !== undefined;
}

/** Registers a provider for the writing languages, again whenever they change; `register` returns its registration. */
export function registerForWritingLanguages(context: vscode.ExtensionContext, register: (selector: vscode.DocumentFilter[]) => vscode.Disposable): void {
  let registration: vscode.Disposable | undefined;
  const update = () => {
    registration?.dispose();
    const selector = writingSelector();
    registration = selector.length > 0 ? register(selector) : undefined;
  };
  update();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dossier.hover.languages')) update();
    }),
    { dispose: () => registration?.dispose() },
  );
}
