// Shared by the suites: the activated extension's API and the workspace's files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';

export const extensionId = 'dossier-dev.dossier';

export async function activatedApi(): Promise<DossierApi> {
  const extension = vscode.extensions.getExtension<DossierApi>(extensionId);
  assert.ok(extension, `${extensionId} is installed`);
  const api = await extension.activate();
  assert.ok(api?.model, 'activate() returns the model');
  await api.model.whenIndexed();
  return api;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

/** The workspace's top-level .txt files and their text, read without the extension. */
export async function workspaceArticles(): Promise<Map<string, string>> {
  const folder = workspaceFolder();
  const texts = new Map<string, string>();
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (type !== vscode.FileType.File || !name.endsWith('.txt')) continue;
    texts.set(name, new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))));
  }
  return texts;
}

/** Resolves with the first snapshot for which `ready` holds (checked now and after each change). */
export async function waitForModel<T>(api: DossierApi, ready: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const now = ready();
  if (now !== undefined) return now;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { subscription.dispose(); reject(new Error(`model not updated within ${timeoutMs} ms`)); }, timeoutMs);
    const subscription = api.model.onDidChange(() => {
      const value = ready();
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}
