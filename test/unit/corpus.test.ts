// The corpus glue: incremental updates, hover lookup, search filters and user corrections.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../seededRandom';
import { analyseFile, knownSpellingsMatcher } from '../../src/core/analysis';
import { Corpus } from '../../src/core/corpus';
import { loadKnowledgeBase } from '../../src/core/knowledgeBase';

const encode = (text: string) => new TextEncoder().encode(text);

function sportCorpus(): Corpus {
  const corpus = new Corpus();
  corpus.upsertText('2023/ajax.txt', ' date 2023-03 Trainer Maurice Steijn van Ajax sprak zondag in Amsterdam over de nederlaag. Steijn zei dat de ploeg moet herstellen.');
  corpus.upsertText('2023/psv.txt', ' date 2023-04 Aanvoerder Luuk de Jong van PSV scoorde twee keer in Eindhoven. De Jong was daarna tevreden.');
  corpus.upsertText('2023/feyenoord.txt', ' date 2023-05 Trainer Arne Slot van Feyenoord werd op 14 mei gehuldigd in Rotterdam. Slot bedankte de supporters.');
  return corpus;
}

test('every change gives a new snapshot; unchanged corpora reuse the cached one', () => {
  const corpus = sportCorpus();
  const first = corpus.snapshot();
  assert.equal(corpus.snapshot(), first);
  assert.equal(first.articles.length, 3);
  corpus.removeFile('2023/psv.txt');
  const second = corpus.snapshot();
  assert.ok(second.version > first.version);
  assert.deepEqual(second.articles.map((article) => article.path), ['2023/ajax.txt', '2023/feyenoord.txt']);
  assert.ok(!second.entities.some((entity) => /de jong/i.test(entity.name)), 'a removed article takes its actors along');
});

test('re-analysing a changed file replaces what it said before', () => {
  const corpus = sportCorpus();
  corpus.upsertText('2023/ajax.txt', ' date 2023-06 Directeur Sven Mislintat van Ajax vertrok in juni uit Amsterdam.');
  const snapshot = corpus.snapshot();
  assert.equal(snapshot.article('2023/ajax.txt')?.month, '2023-06');
  assert.ok(!snapshot.entities.some((entity) => /steijn/i.test(entity.name)));
  assert.ok(snapshot.entities.some((entity) => /mislintat/i.test(entity.name)));
});

test('hover finds full names, surnames alone, case- and accent-tolerant', () => {
  const snapshot = sportCorpus().snapshot();
  const line = 'Volgens steijn en SLOT is het seizoen voorbij.';
  assert.match(snapshot.entityAt(line, line.indexOf('steijn') + 2)?.entity?.name ?? '', /Maurice Steijn/);
  assert.match(snapshot.entityAt(line, line.indexOf('SLOT') + 1)?.entity?.name ?? '', /Arne Slot/);
  assert.equal(snapshot.entityAt(line, line.indexOf('seizoen') + 1), undefined);
});

test('a surname two people share is not guessed on hover: the hover gets both people', () => {
  const corpus = new Corpus();
  corpus.upsertText('a.txt', ' date 2021-01 President Andrés Manuel López Obrador sprak in Mexico-Stad. López Obrador kondigde hervormingen aan.');
  corpus.upsertText('b.txt', ' date 2021-02 Minister Julen López van Spanje bezocht Madrid. Volgens minister Julen López gaat de hervorming door.');
  const snapshot = corpus.snapshot();
  const people = snapshot.entities.filter((entity) => entity.type === 'person' && /lópez/i.test(entity.name));
  assert.equal(people.length, 2, JSON.stringify(people.map((entity) => entity.aliases)));
  const shared = snapshot.entityAt('Volgens López', 10);
  assert.equal(shared?.entity, undefined);
  assert.deepEqual(shared?.candidates.map((entity) => entity.id).sort(), people.map((entity) => entity.id).sort());
  assert.deepEqual([shared?.start, shared?.end], [8, 13]);
  assert.equal(snapshot.entityAt('Julen López zei', 8)?.entity?.id, people.find((entity) => /julen/i.test(entity.name))?.id);
});

test('search filters on actor and on inferred months', () => {
  const corpus = sportCorpus();
  // Undated, but about the same people and places as the May article.
  corpus.upsertText('undated.txt', 'Arne Slot en Feyenoord vierden op 15 mei in Rotterdam het kampioenschap met de supporters.');
  const snapshot = corpus.snapshot();
  assert.equal(snapshot.article('undated.txt')?.monthSource, 'inferred');
  assert.equal(snapshot.article('undated.txt')?.month, '2023-05');
  assert.deepEqual(snapshot.search('supporters month:2023-05').map((hit) => hit.path).sort(), ['2023/feyenoord.txt', 'undated.txt']);
  assert.deepEqual(snapshot.search('actor:"Maurice Steijn"').map((hit) => hit.path), ['2023/ajax.txt']);
  assert.deepEqual(snapshot.search('amsterdam month:2023-05'), []);
});

test('bad files are skipped with a reason and leave the rest intact', () => {
  const corpus = sportCorpus();
  assert.match(corpus.upsertFile('empty.txt', encode('')) ?? '', /empty/);
  assert.match(corpus.upsertFile('binary.bin', new Uint8Array([1, 0, 2, 0, 3])) ?? '', /binary/);
  assert.match(corpus.upsertFile('big.txt', encode('x '.repeat(600)), 1000) ?? '', /large|limit/);
  assert.equal(corpus.upsertFile('fine.txt', encode(' date 2023-07 Arne Slot sprak in Rotterdam.')), null);
  const snapshot = corpus.snapshot();
  assert.deepEqual(snapshot.skipped.map((file) => file.path), ['big.txt', 'binary.bin', 'empty.txt']);
  assert.equal(snapshot.articles.length, 4);
  // A skipped file that becomes readable is an article again.
  corpus.upsertFile('empty.txt', encode(' date 2023-08 Luuk de Jong stopte.'));
  assert.deepEqual(corpus.snapshot().skipped.map((file) => file.path), ['big.txt', 'binary.bin']);
});

test('the user entities file corrects the model and reports its errors', () => {
  const corpus = sportCorpus();
  const errors = corpus.setUserEntities(JSON.stringify({ ignore: ['Rotterdam'], entities: [{ id: 'psv', name: 'PSV Eindhoven', type: 'organization', aliases: ['PSV'], description: 'Football club from Eindhoven' }] }));
  assert.deepEqual(errors, []);
  const snapshot = corpus.snapshot();
  assert.ok(!snapshot.entities.some((entity) => entity.name === 'Rotterdam'));
  assert.equal(snapshot.entity('psv')?.description, 'Football club from Eindhoven');
  assert.deepEqual(snapshot.entity('psv')?.articles, ['2023/psv.txt']);
  assert.ok(corpus.setUserEntities('{ not json').length > 0);
});

test('snapshots updated change by change equal a corpus built from scratch', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const seeds = readdirSync('seeds').map((name) => ({ path: `seeds/${name}`, text: readFileSync(`seeds/${name}`, 'utf8') }));
  const extra = [
    { path: 'x/a.txt', text: ' date 2020-02 Khalifa Haftar en Fayez al-Sarraj spraken op 3 februari in Genève.' },
    { path: 'x/b.txt', text: 'Haftar en al-Sarraj ontmoetten elkaar op 18 februari in Genève en Berlijn.' },
    { path: 'x/c.txt', text: ' date 2019-04 Ghassan Salamé opende van 14 tot 16 april de conferentie in Ghadames.' },
  ];
  const all = [...seeds, ...extra];
  // A fixed pseudo-random order of adds, edits and removals.
  const next = seededRandom(7);
  const incremental = new Corpus();
  const present = new Map<string, string>();
  for (let step = 0; step < 60; step++) {
    const file = all[Math.floor(next() * all.length)];
    const action = next();
    if (action < 0.6) {
      const text = action < 0.3 ? file.text : `${file.text}\n\nOok Abdel Fattah al-Sisi sprak op ${1 + (step % 27)} maart in Caïro.`;
      incremental.upsertText(file.path, text);
      present.set(file.path, text);
    } else {
      incremental.removeFile(file.path);
      present.delete(file.path);
    }
    if (step % 3 === 0) incremental.snapshot();
  }
  const fresh = new Corpus();
  for (const [path, text] of present) fresh.upsertText(path, text);
  const view = (corpus: Corpus) => {
    const snapshot = corpus.snapshot();
    return {
      articles: snapshot.articles.map((article) => ({ ...article, entities: article.entities })),
      events: snapshot.events,
      entities: snapshot.entities.map((entity) => [entity.id, entity.articles, entity.aliases]),
    };
  };
  assert.ok(present.size > 0);
  assert.deepEqual(view(incremental), view(fresh));
});

test('the same articles added in any order give the same corpus, ids and order of entities included', async () => {
  // Worker threads answer in any order, and a warm start adds cached analyses in another: neither
  // may change which spelling goes with which person, or which of two alike names gets the plain id.
  const { readdirSync, readFileSync } = await import('node:fs');
  const { syntheticArchive } = await import('../../scripts/syntheticArchive');
  const files = [
    ...readdirSync('seeds').map((name) => ({ path: `seeds/${name}`, text: readFileSync(`seeds/${name}`, 'utf8') })),
    ...syntheticArchive(150).map((file) => ({ path: file.path, text: file.text })),
  ];
  const view = (corpus: Corpus) => {
    const snapshot = corpus.snapshot();
    return { articles: snapshot.articles, entities: snapshot.entities.map((entity) => [entity.id, entity.type, entity.aliases, entity.articles]) };
  };
  const inOrder = new Corpus();
  for (const file of files) inOrder.upsertText(file.path, file.text);
  const expected = view(inOrder);
  for (const seed of [1, 2, 3]) {
    const next = seededRandom(seed);
    const shuffled = files.map((file) => ({ file, rank: next() })).sort((a, b) => a.rank - b.rank).map(({ file }) => file);
    const corpus = new Corpus();
    for (const file of shuffled) corpus.upsertText(file.path, file.text);
    assert.deepEqual(view(corpus), expected, `order ${seed}`);
  }
});

test('hover knows the spellings the knowledge base and the user file give, not only those seen', () => {
  const corpus = new Corpus();
  corpus.upsertText('a.txt', ' date 2020-01 Turkije stuurt troepen. Fayez al-Sarraj vroeg om steun.');
  corpus.setUserEntities(JSON.stringify({ entities: [{ id: 'sarraj', name: 'Fayez al-Sarraj', type: 'person', aliases: ['el-Serraj'] }] }));
  const snapshot = corpus.snapshot();
  assert.equal(snapshot.entityAt('Turkey said', 2)?.entity?.name, 'Turkije');
  assert.equal(snapshot.entityAt('zei el-Serraj', 6)?.entity?.id, 'sarraj');
  assert.ok(!snapshot.entity('sarraj')?.aliases.includes('el-Serraj'), 'aliases list only spellings seen in the articles');
});

test('the snapshot reports split names no article and no known entity uses, with the file\'s own errors', () => {
  const corpus = new Corpus();
  const errors = corpus.setUserEntities(JSON.stringify({ splits: [['Jan Jansen', 'Jan Janssen'], ['Jan Jansen', 'Jaan Janssenn']], extra: 1 }));
  assert.deepEqual(errors, ['extra: unknown key (expected "entities", "merges", "splits" or "ignore")']);
  const unknown = (name: string, path: string) => `${path}: "${name}" is not a name the articles or the known entities use; the split does nothing`;
  // Before any article is read, every split name is unknown.
  assert.deepEqual(corpus.snapshot().entitiesFileProblems(), [...errors, unknown('Jan Jansen', 'splits[0][0]'), unknown('Jan Janssen', 'splits[0][1]'), unknown('Jan Jansen', 'splits[1][0]'), unknown('Jaan Janssenn', 'splits[1][1]')]);
  corpus.upsertText('a.txt', ' date 2020-01 Burgemeester Jan Jansen opende de brug.');
  corpus.upsertText('b.txt', ' date 2020-01 Wethouder Jan Janssen was er ook.');
  assert.deepEqual(corpus.snapshot().entitiesFileProblems(), [...errors, unknown('Jaan Janssenn', 'splits[1][1]')]);
  // Known entities count even where no article names them ("Turkije" is in the knowledge base).
  corpus.setUserEntities(JSON.stringify({ splits: [['Turkije', 'Jan Jansen']] }));
  assert.deepEqual(corpus.snapshot().entitiesFileProblems(), []);
});

test('invisible characters inside names: one entity per name, mentions cover the whole name as written', () => {
  // zero-width space, soft hyphen, non-breaking hyphen, word joiner, ZWNJ, ZWJ and a BOM in mid-text
  const written = ['Ghas\u200bsan Sala\u00admé', 'Fayez al\u2011Sarraj', 'Khalifa Haf\u2060tar', 'Ab\u200cdul Ha\u200dmid Dbei\ufeffbah', 'Aguila Saleh'];
  const text = ` date 2020-02 VN-gezant ${written[0]} sprak op 3 fe\u00adbruari in Genève met premier ${written[1]}.\n\n`
    + `Generaal ${written[2]} kwam niet; ook ${written[3]} en ${written[4]} bleven weg. Volgens ${written[0]} is er hoop.`;
  const corpus = new Corpus();
  corpus.upsertText('a.txt', text);
  corpus.upsertText('b.txt', ' date 2020-02 Ghassan Salamé, Fayez al-Sarraj, Khalifa Haftar en Abdul Hamid Dbeibah spraken in Berlijn.');
  const snapshot = corpus.snapshot();
  for (const name of written) {
    const start = text.indexOf(name);
    const visible = name.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace('\u2011', '-');
    const entities = snapshot.entities.filter((entity) => entity.mentions.some((m) => m.path === 'a.txt' && m.start === start && m.end === start + name.length));
    assert.equal(entities.length, 1, `one entity with a mention of exactly ${JSON.stringify(name)}`);
    const [entity] = entities;
    assert.ok([entity.name, ...entity.aliases].includes(visible), `${JSON.stringify(visible)} among ${JSON.stringify([entity.name, ...entity.aliases])}`);
    assert.ok([entity.name, ...entity.aliases].every((alias) => !/[\u00ad\u200b-\u200d\u2011\u2060\ufeff]/.test(alias)), JSON.stringify(entity.aliases));
    assert.deepEqual(entity.articles, visible === 'Aguila Saleh' ? ['a.txt'] : ['a.txt', 'b.txt'], visible);
    // hovering the middle of the written name finds it, with the name's exact range
    const hover = snapshot.entityAt(text, start + Math.floor(name.length / 2));
    assert.deepEqual([hover?.entity?.id, hover?.start, hover?.end], [entity.id, start, start + name.length], name);
  }
  const fragments = /^(Ghas|san|Sala|mé|Haf|tar|Ab|dul|Ha|mid|Dbei|bah)$/;
  const spellings = snapshot.entities.flatMap((entity) => [entity.name, ...entity.aliases]);
  assert.deepEqual(spellings.filter((spelling) => spelling.split(/[\s-]+/).some((word) => fragments.test(word))), []);
  // the date is read through the soft hyphen and points at it as written
  const event = snapshot.events.find((e) => e.path === 'a.txt' && e.date === '2020-02-03');
  assert.equal(event?.start, text.indexOf('op 3 fe'));
  assert.equal(event?.expression, 'op 3 fe\u00adbruari');
});

test('an analysis made elsewhere is taken as it is, and found again when the entities file has changed since', () => {
  const entitiesJson = JSON.stringify({ entities: [{ id: 'wit-huis', name: 'Het Witte Huis', type: 'organization', aliases: ['Oval Office'] }] });
  const text = ' date 2024-02 Vanuit het Oval Office sprak president Joe Biden op 3 februari met premier Mark Rutte.';
  const withoutFile = analyseFile('a.txt', encode(text), knownSpellingsMatcher(loadKnowledgeBase()));

  const current = new Corpus();
  current.addAnalysis(withoutFile, null);
  assert.equal(current.snapshot().entity('wit-huis'), undefined);

  current.setUserEntities(entitiesJson);
  current.addAnalysis(withoutFile, null);
  assert.deepEqual(current.snapshot().entity('wit-huis')?.articles, ['a.txt'], 'a stale analysis is brought up to date');

  const skipped = analyseFile('b.txt', new Uint8Array([0, 1, 2, 0]), knownSpellingsMatcher(loadKnowledgeBase()));
  current.addAnalysis(skipped, entitiesJson);
  assert.ok(current.snapshot().skipped.some((file) => file.path === 'b.txt'));
});

test('the same entities file text again changes nothing: the snapshot stays, its errors are given again', () => {
  const corpus = new Corpus();
  corpus.upsertText('a.txt', 'Titel\n\nPresident Joe Biden sprak in Washington.\n');
  const broken = '{"entities": [{"name": 3}]}';
  const errors = corpus.setUserEntities(broken);
  assert.ok(errors.length > 0);
  const snapshot = corpus.snapshot();
  assert.deepEqual(corpus.setUserEntities(broken), errors);
  assert.equal(corpus.snapshot(), snapshot, 'not made again');
  corpus.setUserEntities(null);
  assert.notEqual(corpus.snapshot(), snapshot, 'another text: made again');
  const without = corpus.snapshot();
  corpus.setUserEntities(null);
  assert.equal(corpus.snapshot(), without);
});
