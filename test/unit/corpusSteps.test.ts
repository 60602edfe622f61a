// The corpus-wide work in steps (Corpus.snapshotSteps, prepareForChanges, decodeEntities): the same
// result as the work done at once, changes between the steps included, and a bounded amount of work
// per step (counted, not timed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../seededRandom';
import { countCalls } from './callCounts';
import { Corpus, type CorpusSnapshot } from '../../src/core/corpus';
import { FormIndex } from '../../src/core/entities/formIndex';
import { EntityResolver } from '../../src/core/entityResolver';
import { MonthInference } from '../../src/core/monthInference';
import type { Steps } from '../../src/core/steps';
import { decodeEntities, encodeEntities, mentionSteps } from '../../src/node/entityResolutionFile';
import { syntheticArchive } from '../../scripts/syntheticArchive';

const archive = syntheticArchive(120).map(({ path, text }) => ({ path, text }));
const USER_ENTITIES = JSON.stringify({ merges: [[archive[0].text.match(/[A-Z][a-z]+ [A-Z][a-z]+/)![0], 'Generaal Haftar']] });

function view(snapshot: CorpusSnapshot) {
  return {
    entities: snapshot.entities,
    articles: snapshot.articles.map((article) => [article.path, article.month, article.monthSource, article.entities]),
    events: snapshot.events,
  };
}

/** A corpus of `texts` made the usual way: every change, then one snapshot. */
function corpusOf(texts: Map<string, string>, userEntities: string | null): Corpus {
  const corpus = new Corpus();
  corpus.setUserEntities(userEntities);
  for (const [path, text] of texts) corpus.upsertText(path, text);
  return corpus;
}

/** Runs `steps`, calling `between` after each step; returns the result and how many steps there were. */
function drive<T>(steps: Steps<T>, between: () => void = () => undefined): { value: T; count: number } {
  for (let count = 0; ; count++) {
    const next = steps.next();
    if (next.done) return { value: next.value, count };
    between();
  }
}

test('the snapshot made in steps equals the one made at once, also with articles changed, added, removed and a new entities file between the steps', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const texts = new Map(archive.filter(() => random() < 0.6).map(({ path, text }) => [path, text]));
    let userEntities: string | null = random() < 0.5 ? USER_ENTITIES : null;
    const corpus = corpusOf(texts, userEntities);
    assert.deepEqual(view(drive(corpus.snapshotSteps()).value), view(corpusOf(texts, userEntities).snapshot()), `seed ${seed}, no change between the steps`);

    let changes = 0;
    const change = () => {
      const roll = random();
      if (roll < 0.01) {
        userEntities = userEntities === null ? USER_ENTITIES : null;
        corpus.setUserEntities(userEntities);
      } else if (roll < 0.4) {
        const path = pick([...texts.keys()]);
        texts.delete(path);
        corpus.removeFile(path);
      } else {
        const { path } = pick(archive);
        const text = pick(archive).text;
        texts.set(path, text);
        corpus.upsertText(path, text);
      }
      changes++;
    };
    // Changed before the steps too, so the steps have some of everything to do.
    for (const path of [...texts.keys()].slice(0, 5)) {
      const text = `${pick(archive).text} `;
      texts.set(path, text);
      corpus.upsertText(path, text);
    }
    const { value } = drive(corpus.snapshotSteps(), () => random() < 0.02 && changes < 30 && change());
    assert.ok(changes > 0, `seed ${seed}: changes came in between the steps`);
    assert.deepEqual(view(value), view(corpusOf(texts, userEntities).snapshot()), `seed ${seed}, ${changes} changes between the steps`);
    assert.equal(corpus.snapshot(), value, 'the snapshot made in steps is the corpus\'s snapshot');
  }
});

test('each step of the snapshot counts at most one article into the names and infers at most one month', () => {
  const corpus = corpusOf(new Map(archive.map(({ path, text }) => [path, text])), null);
  const steps = corpus.snapshotSteps();
  let longest = { counted: 0, inferred: 0 };
  let count = 0;
  for (let done = false; !done; count++) {
    let inferred = 0;
    const counted = countCalls(FormIndex.prototype, 'set', () => {
      inferred = countCalls(MonthInference.prototype, 'infer', () => (done = steps.next().done === true));
    });
    longest = { counted: Math.max(longest.counted, counted), inferred: Math.max(longest.inferred, inferred) };
  }
  assert.deepEqual(longest, { counted: 1, inferred: 1 });
  assert.ok(count > archive.length, `${count} steps for ${archive.length} articles`);
});

test('saved entities are decoded one entity per step, to what was saved', () => {
  const corpus = corpusOf(new Map(archive.map(({ path, text }) => [path, text])), null);
  corpus.snapshot();
  const resolution = corpus.entityResolution()!;
  const { value, count } = drive(decodeEntities(encodeEntities(resolution)));
  assert.deepEqual(value, resolution);
  assert.ok(count >= resolution.entities.length, `${count} steps for ${resolution.entities.length} entities`);
});

test('decoded entities make their mentions when first read, or all in steps; a mention naming no string refuses the whole file', () => {
  const corpus = corpusOf(new Map(archive.map(({ path, text }) => [path, text])), null);
  corpus.snapshot();
  const resolution = corpus.entityResolution()!;
  const body = encodeEntities(resolution);
  const decoded = drive(decodeEntities(body)).value!;
  const busiest = resolution.entities.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  const index = resolution.entities.indexOf(busiest);
  assert.deepEqual(decoded.entities[index].mentions, busiest.mentions, 'one entity read before the others');
  assert.equal(decoded.entities[index].mentions, decoded.entities[index].mentions, 'made once');
  const { count } = drive(mentionSteps(decoded));
  assert.ok(count >= resolution.entities.length, `${count} steps for ${resolution.entities.length} entities`);
  assert.deepEqual(decoded, resolution);
  // the first mention's surface (its fourth number) points past the strings
  const damaged = Uint8Array.from(body);
  new DataView(damaged.buffer).setUint32(damaged.indexOf(0x0a) + 1 + 12, 0xffffff, true);
  assert.equal(drive(decodeEntities(damaged)).value, undefined);
});

test('after saved entities are taken, grouping the names in steps makes the first change cost only what it touches, with the cold start\'s result', () => {
  const texts = new Map(archive.map(({ path, text }) => [path, text]));
  const saved = (() => {
    const cold = corpusOf(texts, USER_ENTITIES);
    cold.snapshot();
    return cold.entityResolution()!;
  })();
  const changes: [string, (corpus: Corpus) => void][] = [
    ['changed', (corpus) => corpus.upsertText(archive[3].path, `${archive[3].text} Generaal Haftar sprak in Benghazi.`)],
    ['new', (corpus) => corpus.upsertText('nieuw.txt', ' date 2021-05 Generaal Haftar en de nieuwe gezant Pieter Vos spraken in Tunis.')],
    ['removed', (corpus) => corpus.removeFile(archive[7].path)],
  ];
  const prototype = EntityResolver.prototype as unknown as Record<string, () => unknown>;
  let incrementalChanges = 0;
  for (const [name, change] of changes) {
    const warm = corpusOf(texts, USER_ENTITIES);
    assert.equal(warm.loadEntityResolution(saved), true);
    const before = warm.snapshot().entities;
    const { count } = drive(warm.prepareForChanges());
    assert.ok(count > archive.length, `${name}: grouped in ${count} steps`);
    assert.equal(warm.snapshot().entities, before, `${name}: the saved entities stay in use`);
    const coldCorpus = corpusOf(texts, USER_ENTITIES);
    coldCorpus.snapshot();
    const groupingsAnew = (corpus: Corpus) => countCalls(prototype, 'cluster', () => {
      change(corpus);
      corpus.snapshot();
    });
    const cold = groupingsAnew(coldCorpus);
    assert.equal(groupingsAnew(warm), cold, `${name}: grouped anew as often as after a cold start`);
    assert.deepEqual(view(warm.snapshot()), view(coldCorpus.snapshot()), name);
    if (cold === 0) incrementalChanges++;
  }
  assert.ok(incrementalChanges > 0, 'some change is brought in without grouping anew');
});

test('grouping the names after saved entities were taken keeps one copy of each mention: the saved entities\' objects', () => {
  const texts = new Map(archive.map(({ path, text }) => [path, text]));
  const cold = corpusOf(texts, USER_ENTITIES);
  cold.snapshot();
  const saved = cold.entityResolution()!;
  const savedMentions = new Set(saved.entities.flatMap((entity) => entity.mentions));
  const warm = corpusOf(texts, USER_ENTITIES);
  assert.equal(warm.loadEntityResolution(saved), true);
  drive(warm.prepareForChanges());
  // A change makes the corpus's entities those of its resolver, grouped from its per-article index.
  warm.upsertText(archive[3].path, `${archive[3].text} Generaal Haftar sprak in Benghazi.`);
  const untouched = warm.snapshot().entities.flatMap((entity) => entity.mentions).filter((mention) => mention.path !== archive[3].path);
  assert.ok(untouched.length > 100, `${untouched.length} mentions`);
  assert.ok(untouched.every((mention) => savedMentions.has(mention)), 'every mention of an unchanged article is the saved object');
});
