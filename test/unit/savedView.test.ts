// The view a warm start shows before it loads the analyses (src/node/savedView.ts,
// savedViewSnapshot.ts): it survives its file, anything else in the file is refused whole, the disk
// check finds a changed, removed or added file, and its snapshot shows and searches as the corpus's.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Corpus, type CorpusSnapshot } from '../../src/core/corpus';
import { checkSavedView, decodeSavedView, encodeSavedView, type SavedView } from '../../src/node/savedView';
import type { ArticleSearchIndex, SearchIndexState } from '../../src/core/search';
import type { Sentence } from '../../src/core/types';
import { savedViewSnapshot } from '../../src/node/savedViewSnapshot';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).filter((file) => file.endsWith('.txt')).map((file) => [file, readFileSync(new URL(file, seedDir), 'utf8')] as const);
const corpus = new Corpus();
for (const [path, text] of seeds) corpus.upsertText(path, text);
const snapshot = corpus.snapshot();
corpus.indexForSearch(Infinity);
const searchIndex = corpus.searchIndexState()!;
const resolution = corpus.entityResolution()!;
/** An index of the state as the corpus imports one for a warm start, its sentences from `sentences`. */
const importWith = (sentences: (path: string) => readonly Sentence[] | undefined) => (state: SearchIndexState) => new Corpus().importSearchIndex(state, sentences);

function viewOf(of: CorpusSnapshot, folder = '/nowhere'): SavedView {
  const articles = of.articles.map((article, i) => ({
    path: article.path, month: article.month, monthSource: article.monthSource, title: article.title, summary: article.summary,
    bodyStart: article.bodyStart, warnings: article.warnings, entities: article.entities, fsPath: join(folder, article.path), size: 100 + i, mtime: 1_700_000_000_000 + i,
  }));
  return { context: '["folders"]', userEntitiesText: null, articles, skipped: [{ path: 'big.txt', reason: 'too large' }], folders: [[folder, 1_700_000_000_000]] };
}

test('a saved view comes back from its file as it was written', () => {
  const view = viewOf(snapshot);
  assert.ok(view.articles.some((article) => article.entities.length > 0 && article.warnings.length === 0));
  assert.deepEqual(decodeSavedView(encodeSavedView(view)), view);
});

test('a damaged or foreign body is refused whole', () => {
  const body = encodeSavedView(viewOf(snapshot));
  assert.equal(decodeSavedView(body.subarray(0, body.length - 10)), undefined, 'cut short');
  assert.equal(decodeSavedView(Buffer.from('{"context":"x"}')), undefined, 'no articles');
  const parsed = JSON.parse(Buffer.from(body).toString('utf8'));
  parsed.articles[3][10] = [parsed.entityIds.length];
  assert.equal(decodeSavedView(Buffer.from(JSON.stringify(parsed))), undefined, 'an entity that is not listed');
  const wrongType = JSON.parse(Buffer.from(body).toString('utf8'));
  wrongType.articles[0][2] = '100';
  assert.equal(decodeSavedView(Buffer.from(JSON.stringify(wrongType))), undefined, 'a size that is no number');
});

test('the disk check passes an unchanged workspace and names a changed, removed or added file', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'dossier-saved-view-'));
  try {
    mkdirSync(join(folder, 'sub'));
    const files = ['a.txt', 'sub/b.txt', 'sub/c.txt'];
    for (const file of files) writeFileSync(join(folder, file), `text of ${file}\n`);
    const stamped = (): SavedView => ({
      context: '', userEntitiesText: null, skipped: [],
      articles: files.map((file) => {
        const info = statSync(join(folder, file));
        return { path: file, month: null, monthSource: null, title: file, summary: '', bodyStart: 0, warnings: [], entities: [], fsPath: join(folder, file), size: info.size, mtime: info.mtime.getTime() };
      }),
      folders: [folder, join(folder, 'sub')].map((path): [string, number] => [path, statSync(path).mtime.getTime()]),
    });
    const view = stamped();
    assert.equal(await checkSavedView(view), undefined);
    writeFileSync(join(folder, 'sub/b.txt'), 'another text, longer than before\n');
    assert.equal(await checkSavedView(view), join(folder, 'sub/b.txt'), 'changed');
    const afterEdit = stamped();
    rmSync(join(folder, 'a.txt'));
    assert.equal(await checkSavedView(afterEdit), join(folder, 'a.txt'), 'removed');
    writeFileSync(join(folder, 'a.txt'), 'text of a.txt\n');
    const afterRestore = stamped();
    writeFileSync(join(folder, 'sub/new.txt'), 'a new article\n');
    // the folder's mtime is whole milliseconds: make sure the addition shows in it
    utimesSync(join(folder, 'sub'), new Date(), new Date(afterRestore.folders[1][1] + 5000));
    assert.equal(await checkSavedView(afterRestore), join(folder, 'sub'), 'a file added to a folder');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the saved view\'s snapshot shows the articles and entities and searches as the corpus\'s snapshot', () => {
  const parsed = (path: string) => snapshot.parsed(path)?.sentences;
  const saved = savedViewSnapshot(decodeSavedView(encodeSavedView(viewOf(snapshot)))!, resolution, searchIndex, importWith(parsed), -1)!;
  assert.ok(saved);
  assert.deepEqual(saved.articles.map((a) => [a.path, a.month, a.monthSource, a.title, a.entities]), snapshot.articles.map((a) => [a.path, a.month, a.monthSource, a.title, a.entities]));
  assert.deepEqual(saved.entities.map((e) => [e.id, e.articles]), snapshot.entities.map((e) => [e.id, e.articles]));
  assert.deepEqual(saved.skipped, [{ path: 'big.txt', reason: 'too large' }]);
  const haftar = snapshot.entities.find((entity) => /Haftar/.test(entity.name))!;
  for (const query of ['Tripoli', 'Khadafi', `actor:"${haftar.name}"`, 'month:februari vrede', 'actor:Hafter vrede']) {
    assert.deepEqual(saved.searchResults(query, 20), snapshot.searchResults(query, 20), query);
  }
  // without the analyses, a hit's title stands for its snippet
  const untexted = savedViewSnapshot(viewOf(snapshot), resolution, searchIndex, importWith(() => undefined), -1)!;
  const hits = untexted.searchResults('Tripoli', 20);
  assert.deepEqual(hits.hits.map((hit) => hit.path), snapshot.searchResults('Tripoli', 20).hits.map((hit) => hit.path));
  assert.ok(hits.hits.length > 0 && hits.hits.every((hit) => hit.snippet === hit.title));
});

test('a saved view is not shown with entities or a search index of other articles', () => {
  const fewer = new Corpus();
  for (const [path, text] of seeds.slice(1)) fewer.upsertText(path, text);
  fewer.snapshot();
  fewer.indexForSearch(Infinity);
  const view = viewOf(snapshot);
  assert.equal(savedViewSnapshot(view, fewer.entityResolution()!, searchIndex, importWith(() => undefined), -1), undefined, 'entities');
  assert.equal(savedViewSnapshot(view, resolution, fewer.searchIndexState()!, importWith(() => undefined), -1), undefined, 'search index');
  assert.equal(savedViewSnapshot({ ...view, userEntitiesText: '{}' }, resolution, searchIndex, importWith(() => undefined), -1), undefined, 'entities file');
});

test('the corpus takes the index the saved view searched once it holds the same articles, without importing it again', () => {
  const later = new Corpus();
  let index: ArticleSearchIndex | undefined;
  const saved = savedViewSnapshot(viewOf(snapshot), resolution, searchIndex, (state) => (index = later.importSearchIndex(state, () => undefined)), -1)!;
  assert.ok(saved && index);
  for (const [path, text] of seeds) later.upsertText(path, text);
  assert.equal(later.loadSearchIndex(searchIndex, new Corpus().importSearchIndex(searchIndex, () => undefined)), false, 'an index another corpus made');
  assert.equal(later.loadSearchIndex(searchIndex, index), true);
  // snippets from the corpus's sentences, as the corpus's own index gives them
  assert.deepEqual(later.snapshot().searchResults('Tripoli', 20), snapshot.searchResults('Tripoli', 20));
  // that very index is the corpus's now: it takes in the corpus's changes
  later.upsertText('zz-new.txt', 'Nieuw bericht\n\nDe delegatie reisde naar Tripoli.\n');
  assert.ok(index.search('Tripoli').some((hit) => hit.path === 'zz-new.txt'));
});
