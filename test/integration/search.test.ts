import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../../src/core/corpus';
import type { DossierApi } from '../../src/extension';
import { showSearch } from '../../src/vscode/searchQuickPick';
import type { DossierModel } from '../../src/vscode/workspaceIndex';
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

  test('a search that throws shows one inert "Search failed" row instead of results, and logs the query', async () => {
    const real = api.model;
    // The real corpus, except that a long query throws, as MiniSearch's fuzzy search once did.
    const model: DossierModel = {
      onDidChange: real.onDidChange,
      whenIndexed: () => real.whenIndexed(),
      uriFor: (path) => real.uriFor(path),
      pathFor: (uri) => real.pathFor(uri),
      snapshot: () => {
        const snapshot = real.snapshot();
        const search: CorpusSnapshot['search'] = (query, limit) => {
          if (query.length > 1000) throw new RangeError('Invalid typed array length: $(zap)\u001b[2J');
          return snapshot.search(query, limit);
        };
        return Object.assign(Object.create(snapshot) as CorpusSnapshot, { search });
      },
    };
    const logged: string[] = [];
    const output = { appendLine: (line: string) => { logged.push(line); } } as unknown as vscode.OutputChannel;
    // (A value set by an extension does not fire onDidChangeValue, so the failing query is the first.)
    const quickPick = showSearch(model, output, `Ghadames ${'x'.repeat(1_500)}`);
    try {
      for (let waited = 0; quickPick.busy || quickPick.items.length === 0; waited += 50) {
        assert.ok(waited < 10_000, `still busy: ${quickPick.busy}; items: ${JSON.stringify(quickPick.items.map((i) => i.label))}; log: ${logged.join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.deepEqual(quickPick.items.map((item) => [item.label, item.hit]), [['Search failed: Invalid typed array length: \\$(zap)␛[2J', undefined]]);
      assert.match(logged[0] ?? '', /^Search for "Ghadames x{100,}…" failed: Invalid typed array length: \$\(zap\)␛\[2J$/);
      assert.ok(logged[0]!.length < 400, 'the log quotes a shortened query');
    } finally {
      quickPick.hide();
    }
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
