// Adds the namesake articles (test/namesakeArticles.ts) to the workspace and removes them again.
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { namesakeArticles } from '../namesakeArticles';
import { waitForModel, workspaceFolder } from './dossierApi';

export { FREQUENT, NAMESAKES, SHARED_SURNAME } from '../namesakeArticles';

export async function addNamesakeArticles(api: DossierApi): Promise<void> {
  for (const [name, text] of namesakeArticles) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceFolder(), name), new TextEncoder().encode(text));
  await waitForModel(api, () => (namesakeArticles.every(([name]) => api.model.snapshot().article(name)) ? true : undefined));
}

export async function removeNamesakeArticles(api: DossierApi): Promise<void> {
  for (const [name] of namesakeArticles) await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), name));
  await waitForModel(api, () => (namesakeArticles.some(([name]) => api.model.snapshot().article(name)) ? undefined : true));
}
