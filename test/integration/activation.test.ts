import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedApi, extensionId, workspaceArticles } from './dossierApi';

suite('activation', () => {
  test('the extension activates by itself in a workspace with text files', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    // No activate() call here: the activation events must do it.
    for (let waited = 0; !extension.isActive && waited < 20_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
    assert.ok(extension.isActive);
  });

  test('activate() returns the model, which indexes every article of the workspace', async () => {
    const api = await activatedApi();
    const texts = await workspaceArticles();
    assert.ok(texts.size > 0);
    const paths = api.model.snapshot().articles.map((a) => a.path).sort();
    assert.deepEqual(paths, [...texts.keys()].sort());
  });

  test('every command in package.json is registered', async () => {
    await activatedApi();
    const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const declared = manifest.contributes.commands.map((c) => c.command);
    assert.ok(declared.includes('dossier.search') && declared.includes('dossier.openTimeline'));
    assert.deepEqual(declared.filter((id) => !registered.has(id)), []);
  });
});
