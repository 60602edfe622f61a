import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticle } from '../../src/core/article';
import { ArticleSearchIndex, MAX_TYPO_DISTANCE, type SearchDocument } from '../../src/core/search';
import { snippetAround } from '../../src/core/searchMatch';
import { parseSearchQuery } from '../../src/core/searchQuery';
import MiniSearch from 'minisearch';
import { foldText } from '../../src/core/text';
import { TermReader, tokenizeForIndex } from '../../src/core/searchTerms';
import type { ParsedArticle } from '../../src/core/types';
import { seededRandom } from '../seededRandom';
import { LINEAR_RATIO, timeRatio } from './scaling';

/** A tiny corpus: parsed texts kept by path, an index that loads sentences from it. */
function corpusOf(files: [string, string][], actors: Record<string, string[]> = {}, stemming?: boolean) {
  const texts = new Map<string, string>();
  const parsed = new Map<string, ParsedArticle>();
  const docs = new Map<string, SearchDocument>();
  const index = new ArticleSearchIndex((path) => parsed.get(path)?.sentences, { stemming });
  const put = (path: string, text: string) => {
    const article = parseArticle(path, text);
    texts.set(path, text);
    parsed.set(path, article);
    const doc: SearchDocument = { path, title: article.title, month: article.headerMonth, sentences: article.sentences, actors: actors[path] ?? [] };
    docs.set(path, doc);
    index.addOrReplace(doc);
  };
  for (const [path, text] of files) put(path, text);
  return { index, texts, put, docs };
}

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds: [string, string][] = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => [f.slice(0, 3), readFileSync(new URL(f, seedDir), 'utf8')]);
const paths = (hits: { path: string }[]) => hits.map((h) => h.path).sort();

test('accents and case are folded both ways', () => {
  const { index, texts } = corpusOf(seeds);
  assert.equal(index.size, 5);
  for (const query of ['Geneve', 'genève', 'GENÈVE']) assert.deepEqual(paths(index.search(query)), ['001', '002'], query);
  const [hit] = index.search('Salame', { month: '2019' });
  assert.equal(hit.path, '004');
  assert.equal(texts.get('004')!.slice(hit.matchStart, hit.matchEnd), 'Salamé');
});

test('typos and prefixes: "Hafter", "Ghadamez", "Ghadam"', () => {
  const { index } = corpusOf(seeds);
  assert.deepEqual(paths(index.search('Hafter')), ['000', '001', '002', '003', '004']);
  assert.deepEqual(paths(index.search('Ghadames')), ['003', '004']);
  assert.deepEqual(paths(index.search('Ghadamez')), ['003', '004']);
  assert.deepEqual(paths(index.search('Ghadam')), ['003', '004']);
  assert.deepEqual(paths(index.search('Sarraj')), ['001', '002', '004']); // am-Saaraj (001) within the typo distance
});

test('AND first, OR when AND finds nothing; stopword-only queries find nothing', () => {
  const { index } = corpusOf(seeds);
  assert.deepEqual(paths(index.search('Haftar Genève')), ['001', '002']);
  assert.deepEqual(paths(index.search('Ghadames conferentie')), ['003', '004']);
  // no article names both Ghadames and Berlijn: every article naming either is found
  assert.deepEqual(paths(index.search('Ghadames Berlijn')), ['000', '001', '002', '003', '004']);
  assert.deepEqual(index.search('de het een'), []);
  assert.deepEqual(index.search(''), []);
});

test('filters: month prefix and a set of paths; filters alone list the articles newest first', () => {
  const { index } = corpusOf(seeds);
  assert.deepEqual(paths(index.search('Haftar', { month: '2019' })), ['003', '004']);
  assert.deepEqual(paths(index.search('Haftar', { month: '2020-02' })), ['002']);
  assert.deepEqual(paths(index.search('Haftar', { paths: new Set(['000', '004']) })), ['000', '004']);
  assert.deepEqual(index.search('', { month: '2019-04' }).map((h) => h.path), ['003', '004']);
  assert.deepEqual(index.search('', { paths: new Set(['001', '002']) }).map((h) => h.path), ['002', '001']);
  assert.equal(index.search('Haftar', { limit: 2 }).length, 2);
  // the paths are applied before the limit
  const undated = new Set(['001']);
  assert.deepEqual(paths(index.search('Haftar', { limit: 1, paths: undated })), ['001']);
  assert.deepEqual(paths(index.search('', { paths: undated })), ['001']);
});

test('snippets: the best sentence, offsets that select the matched word in the file', () => {
  const { index, texts } = corpusOf(seeds);
  for (const query of ['wapenstilstand', 'Ghadames conferentie', 'Genève', 'veldmaarschalk', 'Kadhafi', 'gesprekken hernemen']) {
    const hits = index.search(query);
    assert.ok(hits.length > 0, query);
    for (const hit of hits) {
      const word = texts.get(hit.path)!.slice(hit.matchStart, hit.matchEnd);
      assert.ok(word.length > 0, `${query} in ${hit.path}`);
      assert.ok(hit.snippet.includes(word), `${hit.snippet} / ${word}`);
      assert.ok(hit.snippet.length <= 170, hit.snippet);
    }
  }
  const [hit] = index.search('gesprekken hernemen');
  assert.equal(hit.path, '001');
  assert.match(hit.snippet, /gesprekken vanaf 18 februari te hernemen/);
});

test('another topic: actors field, Tweede Kamer survives stopwords, stemming finds other forms', () => {
  const files: [string, string][] = [
    ['nl/kamer.txt', ' date 2023-07 De Tweede Kamer debatteert over de val van het kabinet. Premier Rutte biedt zijn ontslag aan.'],
    ['nl/boeren.txt', ' date 2022-06 Boeren blokkeren snelwegen uit protest tegen het stikstofbeleid. Een boer uit Stroe voert actie.'],
    ['cl/boric.txt', ' date 2021-12 Gabriel Boric wint de verkiezingen in Chili. Hij versloeg José Antonio Kast.'],
  ];
  const { index } = corpusOf(files, { 'cl/boric.txt': ['Gabriel Boric', 'José Antonio Kast'], 'nl/kamer.txt': ['Mark Rutte'] });
  assert.deepEqual(paths(index.search('tweede kamer')), ['nl/kamer.txt']);
  assert.deepEqual(paths(index.search('Jose Kast')), ['cl/boric.txt']);
  assert.deepEqual(paths(index.search('verkiezing')), ['cl/boric.txt']);
  assert.deepEqual(paths(index.search('boer')), ['nl/boeren.txt']);
  assert.deepEqual(paths(index.search('Rutte')), ['nl/kamer.txt']);
});

test('incremental: replace drops the old terms, remove drops the article', () => {
  const { index, put } = corpusOf(seeds);
  put('002', ' date 2020-03 Een nieuw artikel over Tunesië en Bourguiba.');
  assert.equal(index.size, 5);
  assert.deepEqual(paths(index.search('veldmaarschalk')), []);
  assert.deepEqual(paths(index.search('Bourguiba')), ['002']);
  assert.equal(index.search('Bourguiba')[0].month, '2020-03');
  index.remove('002');
  index.remove('002'); // removing twice is harmless
  index.remove('never-added');
  assert.equal(index.size, 4);
  assert.deepEqual(paths(index.search('Bourguiba')), []);
  put('002', ' date 2020-04 Weer terug: Bourguiba.');
  assert.deepEqual(paths(index.search('Bourguiba')), ['002']);
});

test('hostile queries and missing sentences do not throw', () => {
  const index = new ArticleSearchIndex(() => undefined);
  const article = parseArticle('x.txt', 'Een tekst over Haftar.');
  index.addOrReplace({ path: 'x.txt', title: article.title, month: null, sentences: article.sentences, actors: [] });
  for (const query of ['(((', '*', '"', 'a'.repeat(5000), '\u0000', 'actor:', '👍 Haftar']) assert.doesNotThrow(() => index.search(query), query);
  const [hit] = index.search('Haftar');
  assert.deepEqual([hit.snippet, hit.matchStart, hit.matchEnd], ['Een tekst over Haftar.', 0, 0]);
});

test('parseSearchQuery: actor and month filters, quoted names; a month that is none is a problem, not text', () => {
  const month = (from: string, to = from) => ({ kind: 'span', from, to });
  assert.deepEqual(parseSearchQuery('actor:haftar month:2020-02 wapenstilstand'), { text: 'wapenstilstand', actor: 'haftar', month: month('2020-02'), problems: [] });
  assert.deepEqual(parseSearchQuery('actor:"Fayez al-Sarraj" Tripoli'), { text: 'Tripoli', actor: 'Fayez al-Sarraj', problems: [] });
  assert.deepEqual(parseSearchQuery('Month:2019 Ghadames'), { text: 'Ghadames', month: month('2019-01', '2019-12'), problems: [] });
  assert.deepEqual(parseSearchQuery('month:2020-13 vrede'), { text: 'vrede', problems: [{ kind: 'invalid-month', value: '2020-13' }] });
  assert.deepEqual(parseSearchQuery('  gewoon  zoeken '), { text: 'gewoon zoeken', problems: [] });
  assert.deepEqual(parseSearchQuery('actor:"Khalifa Haftar'), { text: '', actor: 'Khalifa Haftar', problems: [] });
  assert.deepEqual(parseSearchQuery('factor:x'), { text: 'factor:x', problems: [] });
});

test('snippetAround cuts at words around the match', () => {
  const text = `${'begin '.repeat(30)}MATCH${' einde'.repeat(40)}`;
  const start = text.indexOf('MATCH');
  const snippet = snippetAround(text, start, start + 5);
  assert.ok(snippet.startsWith('…begin') && snippet.endsWith('einde…') && snippet.includes('MATCH'));
  assert.equal(snippetAround('Kort.', 0, 4), 'Kort.');
});

/**
 * Measures whether Snowball stemming helps: a small judged set of Dutch articles and queries
 * (plural/singular and inflected forms, plus names). Recall, precision and F1 are macro-averaged.
 */
test('stemming measurably helps on a judged set (numbers printed)', () => {
  const docs: [string, string][] = [
    ['d1', 'De boeren voerden actie tegen de stikstofregels. Duizenden trekkers blokkeerden de snelwegen.'],
    ['d2', 'Een boer uit Gelderland protesteert tegen het stikstofbeleid van het kabinet.'],
    ['d3', 'De minister sprak met de boerenorganisaties over een uitkoopregeling.'],
    ['d4', 'Bij een aanval op een konvooi kwamen vier militairen om.'],
    ['d5', 'De aanvallen op de hoofdstad gingen de hele nacht door.'],
    ['d6', 'De verkiezingen in Chili werden gewonnen door Boric.'],
    ['d7', 'Bij de verkiezing van een nieuwe burgemeester stemde de raad unaniem.'],
    ['d8', 'De gesprekken tussen de partijen liepen vast.'],
    ['d9', 'Na een kort gesprek met de premier vertrok de gezant.'],
    ['d10', 'De landen van de Europese Unie sloten een akkoord over migratie.'],
    ['d11', 'Het land kampt met een zware droogte.'],
    ['d12', 'Twee steden in het noorden werden overstroomd.'],
    ['d13', 'Het onderwijs in de stad lijdt onder het lerarentekort.'],
    ['d14', 'De regeringen van Frankrijk en Duitsland overleggen.'],
    ['d15', 'De regering valt over de asielwet.'],
    ['d16', 'De landbouwminister bezocht een boerderij.'],
    ['d17', 'De wapens werden in beslag genomen.'],
    ['d18', 'Het wapenbezit in de regio is gestegen.'],
    ['d19', 'Troepen trokken de grens over.'],
    ['d20', 'Een troep soldaten bewaakte de brug.'],
  ];
  const judged: [string, string[]][] = [
    ['boeren', ['d1', 'd2', 'd3']],
    ['boer', ['d1', 'd2', 'd3']],
    ['aanval', ['d4', 'd5']],
    ['aanvallen', ['d4', 'd5']],
    ['verkiezingen', ['d6', 'd7']],
    ['verkiezing', ['d6', 'd7']],
    ['gesprekken', ['d8', 'd9']],
    ['landen', ['d10', 'd11']],
    ['steden', ['d12', 'd13']],
    ['regeringen', ['d14', 'd15']],
    ['regering', ['d14', 'd15']],
    ['wapens', ['d17', 'd18']],
    ['troepen', ['d19', 'd20']],
    ['Boric', ['d6']],
    ['Frankrijk', ['d14']],
    ['militairen', ['d4']],
  ];
  const measure = (stemming: boolean) => {
    const { index } = corpusOf(docs, {}, stemming);
    let recall = 0;
    let precision = 0;
    let f1 = 0;
    for (const [query, relevant] of judged) {
      const found = index.search(query).map((h) => h.path);
      const right = found.filter((p) => relevant.includes(p)).length;
      const r = right / relevant.length;
      const p = found.length === 0 ? 0 : right / found.length;
      recall += r;
      precision += p;
      f1 += r + p === 0 ? 0 : (2 * r * p) / (r + p);
    }
    const n = judged.length;
    return { recall: recall / n, precision: precision / n, f1: f1 / n };
  };
  const withStems = measure(true);
  const without = measure(false);
  const show = (m: { recall: number; precision: number; f1: number }) => `recall ${m.recall.toFixed(3)} precision ${m.precision.toFixed(3)} F1 ${m.f1.toFixed(3)}`;
  console.log(`search stemming on:  ${show(withStems)}\nsearch stemming off: ${show(without)}`);
  assert.ok(withStems.f1 > without.f1, 'stemming is on by default, so it must win on this set');
  // folding is independent of stemming
  assert.equal(foldText('Genève'), 'geneve');
});

/**
 * The same query through MiniSearch's own index and search (every hit scored and sorted), with the
 * index's tokens, terms and options: the reference the ranking must equal.
 */
function miniSearchRanking(docs: Iterable<SearchDocument>, query: string): { id: string; score: number }[] {
  const reader = new TermReader(true);
  const processTerm = (term: string) => reader.term(term);
  const mini = new MiniSearch<SearchDocument>({
    idField: 'path',
    fields: ['title', 'body', 'actors'],
    extractField: (doc, field) => (field === 'body' ? doc.sentences.map((s) => s.text).join('\n') : field === 'actors' ? doc.actors.join(' ') : (doc as unknown as Record<string, string>)[field]),
    tokenize: tokenizeForIndex,
    processTerm,
    searchOptions: { tokenize: tokenizeForIndex, processTerm },
  });
  mini.addAll([...docs]);
  const options = {
    boost: { title: 2, actors: 2, body: 1 },
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: MAX_TYPO_DISTANCE,
  };
  let results = mini.search(query, { ...options, combineWith: 'AND' });
  if (results.length === 0) results = mini.search(query, { ...options, combineWith: 'OR' });
  return results.map((r) => ({ id: r.id as string, score: r.score }));
}

/** A deterministic little archive on another topic, where many articles share boilerplate. */
function boilerplateArchive(size: number): [string, string][] {
  const towns = ['Zwolle', 'Leeuwarden', 'Groningen', 'Assen', 'Arnhem', 'Nijmegen', 'Maastricht'];
  const topics = ['dijkversterking', 'woningbouw', 'stikstofvergunning', 'windmolenpark', 'waterschapsverkiezingen'];
  return Array.from({ length: size }, (_, i) => [
    `regio/${i}.txt`,
    ` date 20${10 + (i % 14)}-0${1 + (i % 9)} ${topics[i % 5]} in ${towns[i % 7]}. ` +
      `De gemeenteraad van ${towns[(i * 3) % 7]} besprak de ${topics[(i * 2) % 5]} uitvoerig. ` +
      'Lees ook onze andere berichten over de regio. '.repeat(1 + (i % 3)) +
      (i % 4 === 0 ? `Wethouder Jansen noemde de ${topics[i % 5]} urgent.` : 'Het college zweeg.'),
  ]);
}

test('ranking: the same hits in the same order as MiniSearch scoring every hit', () => {
  for (const [files, queries] of [
    [seeds, ['Haftar', 'Hafter Geneve', 'Ghadam', 'wapenstilstand', 'Ghadames Berlijn', 'Sarraj Tripoli', 'conferentie']],
    [boilerplateArchive(120), ['regio', 'berichten regio', 'Zwolle', 'woningbouw Zwolle', 'windmolen', 'dijkversterkng', 'wethouder urgent', 'Assen Arnhem', 'gem']],
  ] as [[string, string][], string[]][]) {
    const { index, docs } = corpusOf(files);
    for (const query of queries) {
      const expected = miniSearchRanking(docs.values(), query);
      const hits = index.search(query, { limit: 1000 });
      assert.ok(hits.length > 0, query);
      assert.deepEqual(hits.map((h) => h.path).sort(), expected.map((r) => r.id).sort(), query);
      hits.forEach((hit, i) => assert.ok(Math.abs(hit.score - expected[i].score) < 1e-9 * expected[i].score, `${query}: score ${i}`));
    }
  }
});

test('a limit keeps the best hits of the full ranking, equal scores in the order articles were added', () => {
  const { index } = corpusOf(boilerplateArchive(300));
  for (const query of ['berichten', 'Groningen stikstof', 'college', 'Maastricht Nijmegen']) {
    const all = index.search(query, { limit: 1000 });
    assert.ok(all.length > 25, query);
    for (const limit of [1, 7, 25]) assert.deepEqual(index.search(query, { limit }).map((h) => h.path), all.slice(0, limit).map((h) => h.path), `${query} ${limit}`);
    for (let i = 1; i < all.length; i++) {
      assert.ok(all[i - 1].score >= all[i].score, query);
      if (all[i - 1].score === all[i].score) assert.ok(Number(all[i - 1].path.slice(6, -4)) < Number(all[i].path.slice(6, -4)), query);
    }
  }
  assert.deepEqual(index.search('berichten', { limit: 0 }), []);
  // filters alone: only the given paths (unknown ones ignored), newest first
  assert.deepEqual(index.search('', { paths: new Set(['regio/1.txt', 'elders.txt', 'regio/2.txt']) }).map((h) => h.path), ['regio/2.txt', 'regio/1.txt']);
  const june2015 = index.search('', { month: '2015-06', limit: 1000 }).map((h) => h.path);
  assert.deepEqual(june2015, boilerplateArchive(300).map(([path]) => path).filter((_, i) => i % 14 === 5 && i % 9 === 5).sort());
});

test('queued indexing: slices, searches index what is still queued, later changes win', () => {
  const files = boilerplateArchive(50);
  const index = new ArticleSearchIndex((path) => parsed.get(path)?.sentences);
  const parsed = new Map(files.map(([path, text]) => [path, parseArticle(path, text)]));
  const doc = (path: string): SearchDocument => {
    const article = parsed.get(path)!;
    return { path, title: article.title, month: article.headerMonth, sentences: article.sentences, actors: [] };
  };
  index.enqueue(files.map(([path]) => path), doc);
  assert.equal(index.pendingCount, 50);
  assert.equal(index.size, 0);
  assert.equal(index.indexPending(0), 49); // at least one article per slice
  assert.equal(index.size, 1);
  // a file that changes or disappears while queued: its newest state counts
  parsed.set('regio/3.txt', parseArticle('regio/3.txt', ' date 2024-01 Over de Afsluitdijk.'));
  index.addOrReplace(doc('regio/3.txt'));
  index.remove('regio/4.txt');
  assert.equal(index.pendingCount, 47);
  while (index.indexPending(5) > 0);
  assert.equal(index.size, 49);
  assert.deepEqual(paths(index.search('Afsluitdijk')), ['regio/3.txt']);
  assert.equal(index.search('college', { limit: 100 }).some((h) => h.path === 'regio/4.txt' || h.path === 'regio/3.txt'), false);

  // a search never misses queued articles
  const fresh = new ArticleSearchIndex((path) => parsed.get(path)?.sentences);
  fresh.enqueue(['regio/3.txt'], doc);
  assert.deepEqual(paths(fresh.search('afsluitdijk')), ['regio/3.txt']);
  assert.equal(fresh.pendingCount, 0);
});

test('typo distance in long words is capped (a long pasted word stays fast)', () => {
  const { index } = corpusOf([['x.txt', ' date 2024-02 Het onderhandelingsresultaat werd goedgekeurd.']], {}, false);
  assert.equal(MAX_TYPO_DISTANCE, 3);
  assert.deepEqual(paths(index.search('onderhandelingsresultaat')), ['x.txt']);
  assert.deepEqual(paths(index.search('onderhandelungsresultaot')), ['x.txt']); // 2 typos
  assert.deepEqual(paths(index.search('ondrhandelungsresultaot')), ['x.txt']); // 3 typos
  assert.deepEqual(paths(index.search('ondrhandelungsrusultaot')), []); // 4 typos: 20% of 23 letters would allow 5
  assert.deepEqual(index.search('x'.repeat(3000)), []);
});

test('no query throws: one huge word, a huge query, random strings', () => {
  const word = 'a'.repeat(200);
  const { index } = corpusOf([['x.txt', ` date 2024-02 Het ${word} werd goedgekeurd door de onderhandelaars.`]], {}, false);
  for (const length of [50_000, 66_000, 1_000_000]) {
    assert.deepEqual(paths(index.search('a'.repeat(length))), ['x.txt'], `a word of ${length} characters`);
  }
  assert.doesNotThrow(() => index.search(Array.from({ length: 100_000 }, (_, i) => `onderhandelaar${i}`).join(' ')));
  const next = seededRandom(6);
  for (let run = 0; run < 200; run++) {
    const length = Math.floor(next() ** 3 * 5000);
    const query = Array.from({ length }, () => String.fromCharCode(Math.floor(next() ** 2 * 0x10000))).join('');
    assert.doesNotThrow(() => index.search(query), `query ${run}`);
  }
});

test('a query costs about the same however long it is', () => {
  const { index } = corpusOf(seeds);
  const query = (length: number) => {
    const text = Array.from({ length }, (_, i) => 'onderhandelingen'[i % 16]).join('');
    return () => index.search(text);
  };
  const ratio = timeRatio(query(2000), query(16_000));
  assert.ok(ratio < LINEAR_RATIO, `a query 8x as long takes ${ratio.toFixed(1)}x as long`);
});

test('a phrase is selected whole where its words stand together, else the rarest word', () => {
  const { index, texts } = corpusOf(seeds);
  const selected = (query: string) => index.search(query).map((hit) => texts.get(hit.path)!.slice(hit.matchStart, hit.matchEnd));
  assert.deepEqual(selected('staakt het vuren'), ['staakt-het-vuren', 'staakt-het-vuren']);
  const files: [string, string][] = [
    ['a.txt', ' date 2022-01 De regering staakt de betalingen. Later stemt men in met een wapenstilstand. Het vuren houdt pas op als de regering staakt het vuren afkondigt.'],
    ['b.txt', ' date 2022-02 De bond staakt. Niemand weet wanneer de regering reageert op Vuren.'],
  ];
  const other = corpusOf(files);
  const pick = (query: string) => other.index.search(query).map((hit) => [hit.path, other.texts.get(hit.path)!.slice(hit.matchStart, hit.matchEnd)]);
  assert.deepEqual(pick('staakt het vuren'), [['a.txt', 'staakt het vuren'], ['b.txt', 'staakt']]);
  // no run: the rarer word ("wapenstilstand" is in one article, "regering" in both)
  assert.deepEqual(pick('regering wapenstilstand').map(([, text]) => text), ['wapenstilstand']);
});

test('an entity the query spells matches every article that names it, under any spelling, and selects the mention', () => {
  const files: [string, string][] = [
    ['a.txt', ' date 2011-02 Kolonel Moammar al-Khadafi sprak in Tripoli.'],
    ['b.txt', ' date 2011-03 Muammar Kadafi trok zich terug.'],
    ['c.txt', ' date 2011-04 Moammar Kadhafi en Tripoli: de stad viel.'],
    ['d.txt', ' date 2011-05 Over Tripoli, zonder de kolonel.'],
  ];
  const { index, texts } = corpusOf(files);
  const mentions = new Map([['a.txt', [{ start: 22, end: 40 }]], ['b.txt', [{ start: 14, end: 28 }]], ['c.txt', [{ start: 14, end: 29 }]]]);
  for (const [path, [range]] of mentions) assert.match(texts.get(path)!.slice(range.start, range.end), /^M[uo]ammar/);
  const spelledEntities = (words: readonly string[]) => {
    const at = words.indexOf('khadafi');
    return at < 0 ? [] : [{ from: at, to: at + 1, mentions }];
  };
  // without it, "Kadafi" is one typo away but "Kadhafi" two
  assert.deepEqual(paths(index.search('Khadafi')), ['a.txt', 'b.txt']);
  const result = index.find('Khadafi', { spelledEntities });
  assert.equal(result.total, 3);
  assert.deepEqual(result.hits.map((hit) => texts.get(hit.path)!.slice(hit.matchStart, hit.matchEnd)).sort(), ['Moammar Kadhafi', 'Moammar al-Khadafi', 'Muammar Kadafi']);
  // with another word, the entity counts as that word: all words in c.txt only
  assert.deepEqual(paths(index.find('Khadafi Tripoli', { spelledEntities }).hits), ['a.txt', 'c.txt']);
});

test('find counts every matching article, not only the hits returned', () => {
  const { index } = corpusOf(seeds);
  assert.deepEqual([index.find('Haftar', { limit: 2 }).hits.length, index.find('Haftar', { limit: 2 }).total], [2, 5]);
  assert.equal(index.find('Ghadames Berlijn').total, 5);
  assert.equal(index.find('', { month: '2019-04' }).total, 2);
  assert.equal(index.find('xyzzyq').total, 0);
});
