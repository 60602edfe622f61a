import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import type { PostingList } from '../../src/core/postingList';
import { ArticleSearchIndex, SEARCH_INDEX_VERSION, type SearchDocument, type SearchIndexState } from '../../src/core/search';
import { TermReader, tokenizeForIndex } from '../../src/core/searchTerms';
import { seededRandom } from '../seededRandom';

function documentsOf(size: number): Map<string, SearchDocument> {
  const towns = ['Zwolle', 'Genève', 'Groningen', 'Tripoli', 'Arnhem'];
  const docs = new Map<string, SearchDocument>();
  for (let i = 0; i < size; i++) {
    const path = `regio/${i}.txt`;
    const article = parseArticle(path, ` date 20${10 + (i % 14)}-0${1 + (i % 9)} Overleg in ${towns[i % 5]}. De raad van ${towns[(i * 3) % 5]} besprak de woningbouw${i % 4 === 0 ? ' en de dijkversterking' : ''}.`);
    docs.set(path, { path, title: article.title, month: article.headerMonth, sentences: article.sentences, actors: i % 3 === 0 ? ['Wethouder Jansen'] : [] });
  }
  return docs;
}

function indexOf(docs: Map<string, SearchDocument>): ArticleSearchIndex {
  const index = new ArticleSearchIndex((path) => docs.get(path)?.sentences);
  for (const doc of docs.values()) index.addOrReplace(doc);
  return index;
}

const QUERIES = ['overleg', 'Geneve', 'woningbou', 'dijkversterkng', 'jansen raad', 'Tripoli Zwolle'];

test('reading text piece by piece gives exactly the tokens of the whole text', () => {
  const reader = new TermReader(false);
  const alphabet = ['a', 'Z', 'é', 'e\u0301', 'Σ', 'ς', 'İ', 'ß', 'ﬁ', '™', '½', '7', '-', "'", '.', ' ', ' ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '\ufeff', '\u2011', '\u3000', 'ø', '😀'];
  const next = seededRandom(10);
  for (let run = 0; run < 2000; run++) {
    const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const pieces: string[] = [];
    reader.forEachPiece(text, (piece) => pieces.push(...piece.tokens.map((token) => token.token)));
    assert.deepEqual(pieces, tokenizeForIndex(text), JSON.stringify(text));
  }
});

test('queueing articles makes no documents: they are made one by one as they are indexed', () => {
  const docs = documentsOf(50);
  const index = new ArticleSearchIndex((path) => docs.get(path)?.sentences);
  let made = 0;
  index.enqueue(docs.keys(), (path) => { made++; return docs.get(path); });
  assert.equal(made, 0);
  assert.equal(index.pendingCount, 50);
  index.indexPending(0);
  assert.equal(made, 1);
  docs.delete('regio/7.txt'); // gone before its turn: not indexed
  while (index.indexPending(5) > 0);
  assert.equal(made, 50);
  assert.equal(index.size, 49);
});

test('exported and imported, the index finds the same hits with the same scores and snippets', () => {
  const docs = documentsOf(200);
  const index = indexOf(docs);
  index.remove('regio/3.txt');
  index.addOrReplace({ ...docs.get('regio/4.txt')!, title: 'Vervangen titel over Zwolle' });
  const state = structuredClone(index.exportState());
  const loaded = new ArticleSearchIndex((path) => docs.get(path)?.sentences);
  assert.equal(loaded.importState(state), true);
  assert.equal(loaded.size, index.size);
  // the same articles indexed afresh in the same order (the changed one last), without removed ones' postings
  const fresh = new ArticleSearchIndex((path) => docs.get(path)?.sentences);
  for (const doc of docs.values()) if (doc.path !== 'regio/3.txt' && doc.path !== 'regio/4.txt') fresh.addOrReplace(doc);
  fresh.addOrReplace({ ...docs.get('regio/4.txt')!, title: 'Vervangen titel over Zwolle' });
  for (const query of [...QUERIES, '']) {
    for (const options of [{}, { month: '2015' }, { paths: new Set(['regio/4.txt', 'regio/5.txt', 'regio/10.txt']) }]) {
      const found = loaded.find(query, { ...options, limit: 300 });
      assert.ok(query === '' || Object.keys(options).length > 0 || found.total > 0, query);
      assert.deepEqual(found, fresh.find(query, { ...options, limit: 300 }), `${query} ${JSON.stringify(options)}`);
    }
  }
  // and it stays a working index: changes after loading count
  loaded.addOrReplace({ ...docs.get('regio/1.txt')!, title: 'Afsluitdijk' });
  assert.deepEqual(loaded.search('afsluitdijk').map((hit) => hit.path), ['regio/1.txt']);
});

test('a state of another version, another stemming or a damaged one is refused, and the index stays empty', () => {
  const docs = documentsOf(20);
  const state = indexOf(docs).exportState();
  const refused = (changed: Partial<SearchIndexState>, stemming = true) => {
    const index = new ArticleSearchIndex(() => undefined, { stemming });
    const taken = index.importState({ ...state, ...changed });
    return !taken && index.size === 0;
  };
  assert.equal(refused({ version: SEARCH_INDEX_VERSION + 1 }), true);
  assert.equal(refused({}, false), true);
  assert.equal(refused({ titles: state.titles.slice(1) }), true);
  assert.equal(refused({ postings: state.postings.subarray(2) }), true);
  const outOfRange = state.postings.slice();
  outOfRange[0] = 10_000;
  assert.equal(refused({ postings: outOfRange }), true);
  assert.equal(refused({ terms: state.terms.map(() => 'x') }), true);
  assert.equal(refused({ postings: undefined as unknown as Uint32Array }), true);
  assert.equal(refused({}), false);
  const notEmpty = indexOf(docs);
  assert.equal(notEmpty.importState(state), false);
});

test('articles changed again and again are swept out of the posting lists: the export does not grow', () => {
  const docs = documentsOf(100);
  const index = indexOf(docs);
  const before = index.exportState().postings.length;
  const lists = (index as unknown as { store: { byTerm: Map<string, (number[] | undefined)[]> } }).store.byTerm;
  const entries = () => [...lists.values()].reduce((sum, postings) => sum + postings.reduce((n, list) => n + (list?.length ?? 0), 0), 0);
  const fresh = entries();
  for (let round = 0; round < 20; round++) for (const doc of docs.values()) index.addOrReplace(doc);
  assert.equal(index.size, 100);
  assert.ok(entries() < 1.5 * fresh, `${entries()} entries after 2,000 changes, ${fresh} fresh`);
  assert.equal(index.exportState().postings.length, before);
  assert.deepEqual(index.search('dijkversterking', { limit: 100 }).length, 25);
});

test('a loaded index keeps the state’s postings without copying them, and changes after loading, swept as usual, give what a built index gives', () => {
  const docs = documentsOf(120);
  const state = indexOf(docs).exportState();
  const loaded = new ArticleSearchIndex((path) => docs.get(path)?.sentences);
  assert.equal(loaded.importState(state), true);
  const lists = (loaded as unknown as { store: { byTerm: Map<string, (PostingList | undefined)[]> } }).store.byTerm;
  assert.ok([...lists.values()].every((postings) => postings.every((list) => list === undefined || list.data.buffer === state.postings.buffer)), 'views into the state');

  const built = indexOf(docs);
  for (const index of [loaded, built]) {
    for (let round = 0; round < 3; round++) {
      for (const doc of [...docs.values()].slice(0, 40)) index.addOrReplace({ ...doc, title: `${doc.title} ronde ${round}` });
    }
    for (const path of ['regio/50.txt', 'regio/51.txt']) index.remove(path);
  }
  for (const query of [...QUERIES, 'ronde', '']) assert.deepEqual(loaded.find(query, { limit: 300 }), built.find(query, { limit: 300 }), query);
  assert.deepEqual(loaded.exportState(), built.exportState());
});
