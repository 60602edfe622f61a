// The analysis cache in the extension host: a second index over the same workspace (what a window
// reload starts) reads no unchanged file, says so in its run line, and shows the same articles.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { PostingStore } from '../../src/core/searchPostings';
import { AnalysisCache } from '../../src/node/analysisCache';
import { IndexCache } from '../../src/vscode/indexCache';
import { WorkspaceIndex } from '../../src/vscode/workspaceIndex';
import { countCalls } from '../unit/callCounts';
import { activatedApi, workspaceFolder } from './dossierApi';

/** Indexes the workspace once with a cache in `folder`, as one start of VS Code would; returns its output and snapshot. */
async function startWithCache(folder: string) {
  const lines: string[] = [];
  const output = { appendLine: (line: string) => lines.push(line), show: () => undefined };
  const cache = new IndexCache(new AnalysisCache(folder, 'integration-test'), output);
  const index = new WorkspaceIndex(new Corpus(), output, { cache });
  try {
    await cache.load();
    await index.rescan();
    // a search right away: what it has to index is what the start did not load
    let hits = 0;
    const indexedBySearch = countCalls(PostingStore.prototype, 'add', () => (hits = index.snapshot().search(index.snapshot().articles[0]?.title ?? '').length));
    await new Promise((resolve) => setTimeout(resolve, 2500)); // the save waits for a quiet moment
    for (let waited = 0; !lines.some((line) => line.startsWith('Index cache saved')) && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    const [run] = lines.filter((line) => line.includes('Refresh:'));
    const read = Number(/, (\d+) read, /.exec(run ?? '')?.[1]);
    return { lines, read, indexedBySearch, hits, snapshot: index.snapshot() };
  } finally {
    cache.dispose();
    index.dispose();
  }
}

suite('index cache', () => {
  suiteSetup(async () => {
    await activatedApi(); // the extension's own first indexing is done, so the two do not race
  });

  test('a second start reads no unchanged file and shows the same articles; a changed one is read again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-index-cache-'));
    const first = await startWithCache(folder);
    const articles = first.snapshot.articles.length;
    assert.ok(articles > 0 && first.read >= articles, first.lines.join('\n'));
    assert.ok(readdirSync(folder).some((name) => name.endsWith('.json.gz')), 'the cache was saved');
    // The first start reads every file, so it builds the search index as it adds them: a search
    // right after it has nothing left to index (and finds what the second start finds).
    assert.equal(first.indexedBySearch, 0, 'the first start built the search index while it read the articles');
    assert.ok(first.hits > 0, 'a search for the first article\'s title right after the first start finds it');

    const second = await startWithCache(folder);
    assert.equal(second.read, 0, second.lines.join('\n'));
    assert.equal(second.indexedBySearch, 0, 'the second start loads the search index the first one saved');
    assert.equal(second.hits, first.hits);
    assert.ok(second.lines.some((line) => new RegExp(`^Index cache: ${first.read} file analyses loaded`).test(line)), second.lines.join('\n'));
    assert.deepEqual(second.snapshot.articles.map((article) => [article.path, article.month, article.title]), first.snapshot.articles.map((article) => [article.path, article.month, article.title]));
    assert.deepEqual(second.snapshot.entities.map((entity) => [entity.id, entity.articles]), first.snapshot.entities.map((entity) => [entity.id, entity.articles]));

    const path = first.snapshot.articles[0]!.path;
    const file = join(workspaceFolder().fsPath, path);
    const text = readFileSync(file);
    try {
      writeFileSync(file, ' date 2021-06 Burgemeester Femke Halsema sprak in Amsterdam over de begroting.\n');
      const third = await startWithCache(folder);
      assert.equal(third.read, 1, third.lines.join('\n'));
      assert.equal(third.snapshot.article(path)?.month, '2021-06');
    } finally {
      writeFileSync(file, text);
    }
  });

  test('Clear Index Cache while a save is under way leaves no file of it behind', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-index-cache-'));
    const output = { appendLine: () => undefined, show: () => undefined };
    const cache = new IndexCache(new AnalysisCache(folder, 'integration-test'), output);
    // The save writes the shards and the entities, then makes the view: held there until the clear has begun.
    let viewAsked!: () => void;
    const asked = new Promise<void>((resolve) => (viewAsked = resolve));
    let releaseView!: () => void;
    const released = new Promise<void>((resolve) => (releaseView = resolve));
    const saveSoon = cache.saveSoon.bind(cache);
    cache.saveSoon = (searchIndex, entities, view) => saveSoon(searchIndex, entities, async () => {
      viewAsked();
      await released;
      return view();
    });
    const index = new WorkspaceIndex(new Corpus(), output, { cache });
    try {
      await cache.load();
      await index.rescan();
      await asked;
      assert.ok(readdirSync(folder).some((name) => name.endsWith('.json.gz')), 'the save wrote the shards before it made the view');
      const cleared = cache.clear();
      releaseView();
      await cleared;
      assert.deepEqual(readdirSync(folder), []);
    } finally {
      cache.dispose();
      index.dispose();
    }
  });
});
