import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../../src/core/corpus';
import type { DossierApi } from '../../src/extension';
import { showSearch } from '../../src/vscode/searchQuickPick';
import type { DossierModel } from '../../src/vscode/workspaceIndex';
import { filesMentioning } from './articleFacts';
import { activatedApi, waitForModel, workspaceArticles, workspaceFolder } from './dossierApi';

/** The quick pick once it shows the answer to its value. */
async function settled<T extends vscode.QuickPickItem>(quickPick: vscode.QuickPick<T>): Promise<vscode.QuickPick<T>> {
  for (let waited = 0; quickPick.busy; waited += 50) {
    assert.ok(waited < 10_000, 'the search answers');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return quickPick;
}

const silent = { appendLine: () => undefined } as unknown as vscode.OutputChannel;

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
        const searchResults: CorpusSnapshot['searchResults'] = (query, limit) => {
          if (query.length > 1000) throw new RangeError('Invalid typed array length: $(zap)\u001b[2J');
          return snapshot.searchResults(query, limit);
        };
        return Object.assign(Object.create(snapshot) as CorpusSnapshot, { searchResults });
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

suite('search that answers', () => {
  let api: DossierApi;
  suiteSetup(async () => { api = await activatedApi(); });

  test('the title counts the results; a query that matches nothing says so', async () => {
    const expected = filesMentioning(await workspaceArticles(), 'Ghadames');
    const found = await settled(showSearch(api.model, silent, 'Ghadames'));
    try {
      assert.equal(found.title, `Dossier: Search Articles · ${expected.length} articles`);
      assert.equal(found.items.length, expected.length);
    } finally {
      found.hide();
    }
    const none = await settled(showSearch(api.model, silent, 'xyzzyq'));
    try {
      assert.deepEqual(none.items.map((item) => [item.label, item.hit]), [['$(search-stop) No articles match "xyzzyq"', undefined]]);
      assert.equal(none.title, 'Dossier: Search Articles · 0 articles');
    } finally {
      none.hide();
    }
  });

  test('a month that is none and an unknown actor are flagged, with a close spelling to choose', async () => {
    const month = await settled(showSearch(api.model, silent, 'month:2020-13'));
    try {
      assert.deepEqual(month.items.map((item) => item.label), ['$(warning) month:2020-13 is not a month']);
    } finally {
      month.hide();
    }
    const actor = await settled(showSearch(api.model, silent, 'actor:Hafter'));
    try {
      const labels = actor.items.map((item) => item.label);
      assert.equal(labels[0], '$(warning) No actor called "Hafter"');
      assert.match(labels[1] ?? '', /^\$\(person\) Search for actor:"[^"]*Haftar"$/);
    } finally {
      actor.hide();
    }
  });

  test('choosing a result for "staakt het vuren" selects the phrase in the editor', async () => {
    const texts = await workspaceArticles();
    const [hit] = api.model.snapshot().search('staakt het vuren');
    assert.ok(hit, 'a hit');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('dossier.openArticle', { path: hit.path, offset: hit.matchStart, end: hit.matchEnd });
    const active = editor ?? vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection).toLowerCase(), 'staakt-het-vuren');
    const line = texts.get(hit.path)!.slice(0, hit.matchStart).split('\n').length - 1;
    assert.equal(active.selection.active.line, line);
  });

  test('"Khadafi" finds the articles of every spelling the card knows', async () => {
    const texts = await workspaceArticles();
    const hits = api.model.snapshot().search('Khadafi');
    assert.deepEqual(hits.map((hit) => hit.path).sort(), filesMentioning(texts, 'Khadafi', 'Kadhafi', 'Kadafi'));
  });
});
