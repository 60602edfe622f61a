import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension';
import { filesMentioning } from './articleFacts';
import { activatedApi, waitForModel, workspaceArticles, workspaceFolder } from './dossierApi';

suite('search and live updates', () => {
  let api: DossierApi;
  suiteSetup(async () => { api = await activatedApi(); });

  test('searching "Ghadames" finds exactly the articles that name it', async () => {
    const expected = filesMentioning(await workspaceArticles(), 'Ghadames');
    assert.ok(expected.length > 0);
    const hits = api.model.snapshot().search('Ghadames');
    assert.deepEqual([...new Set(hits.map((h) => h.path))].sort(), expected);
    for (const hit of hits) assert.match(hit.snippet, /Ghadames/i);
  });

  test('the search command opens a quick pick without failing', async () => {
    await vscode.commands.executeCommand('dossier.search');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  test('a file written into the workspace is indexed, and removed again when deleted', async () => {
    const name = '900_integration_new.txt';
    const uri = vscode.Uri.joinPath(workspaceFolder(), name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(' date 2031-07 Overleg in Zuwarah over de haven van Zuwarah.\n'));
    try {
      const article = await waitForModel(api, () => api.model.snapshot().article(name));
      assert.equal(article.month, '2031-07');
      assert.deepEqual(api.model.snapshot().search('Zuwarah').map((h) => h.path), [name]);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitForModel(api, () => (api.model.snapshot().article(name) ? undefined : true));
  });
});
