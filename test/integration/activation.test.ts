import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activatedApi, extensionId, workspaceArticles } from './dossierApi';

suite('activation', () => {
  test('the extension activates in the seeds workspace and indexes every article', async () => {
    const api = await activatedApi();
    assert.ok(vscode.extensions.getExtension(extensionId)?.isActive);
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
