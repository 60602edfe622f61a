import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Corpus } from '../../src/core/corpus';
import { NameCompletionIndex, nameCompletionsOf } from '../../src/core/nameCompletion';
import type { Entity } from '../../src/core/types';
import { timeRatio, LINEAR_RATIO } from './scaling';
import { CHILE, writingEntity } from './writingEntities';

const index = new NameCompletionIndex(CHILE);
const names = (line: string, offset = line.length) => index.completeAt(line, offset)?.suggestions.map((s) => s.entity.name);

describe('name completion', () => {
  test('part of a name, any word of it, suggests the preferred spelling, most articles first', () => {
    assert.deepEqual(names('De regering van Bor'), ['Gabriel Boric']);
    assert.deepEqual(names('Ka'), ['José Antonio Kast', 'Felipe Kast', 'Kastro']);
    assert.deepEqual(names('Zei Kast'), ['José Antonio Kast', 'Felipe Kast', 'Kastro']);
    assert.deepEqual(names('anto'), ['José Antonio Kast']);
  });

  test('case and accents are forgiven, and a variant spelling leads to the entity', () => {
    assert.deepEqual(names('JOSE ANT'), ['José Antonio Kast']);
    assert.deepEqual(names('gabriël'), ['Gabriel Boric']);
    const suggestion = index.completeAt('Cast', 4)?.suggestions[0];
    assert.equal(suggestion?.entity.name, 'José Antonio Kast');
    assert.equal(suggestion?.spelling, 'José Antonio Cast');
  });

  test('the words typed so far make one name: the range to replace starts at its first word', () => {
    const line = 'Volgens Felipe Ka';
    const found = index.completeAt(line, line.length);
    assert.deepEqual(found?.suggestions.map((s) => s.entity.name), ['Felipe Kast']);
    assert.equal(line.slice(found!.start, found!.end), 'Felipe Ka');
    // a word no spelling starts with is not part of the range
    const other = index.completeAt('Volgens Bor', 11);
    assert.equal('Volgens Bor'.slice(other!.start), 'Bor');
  });

  test('nothing for one letter, in mid-word, after a space, or for words no spelling starts with', () => {
    assert.equal(index.completeAt('B', 1), undefined);
    assert.equal(index.completeAt('Boric ', 6), undefined);
    assert.equal(index.completeAt('Boric', 2), undefined);
    assert.equal(index.completeAt('Zzyzx', 5), undefined);
  });

  test('the seeds: "Saar" leads to Fayez al-Sarraj through the spelling "am-Saaraj"', () => {
    const corpus = new Corpus();
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) corpus.upsertFile(file, readFileSync(`seeds/${file}`));
    const snapshot = corpus.snapshot();
    const found = nameCompletionsOf(snapshot).completeAt('Premier Saar', 12);
    assert.equal(found?.suggestions[0]?.entity.name, 'Fayez al-Sarraj');
    assert.equal(found?.suggestions[0]?.spelling, 'Fayez am-Saaraj');
    assert.equal(nameCompletionsOf(snapshot), nameCompletionsOf(snapshot), 'built once per snapshot');
  });

  test('a lookup costs the same with eight times the entities (no scan of all of them)', () => {
    // many names, and a few rare ones the lookups ask for, at both sizes
    const entities = (n: number): Entity[] => [
      ...Array.from({ length: 5 }, (_, i) => writingEntity(`rare${i}`, 'person', { [`Rosa Zeldzaam${i}`]: 1 }, 60)),
      ...Array.from({ length: n }, (_, i) => writingEntity(`e${i}`, 'person', { [`Name${i % 97} Surname${i}`]: 1 }, 1 + ((n - i) % 50))),
    ].sort((a, b) => b.articles.length - a.articles.length);
    const lookups = (n: number) => {
      const built = new NameCompletionIndex(entities(n));
      return () => {
        for (let i = 0; i < 2000; i++) {
          assert.equal(built.completeAt('bij Rosa Zeldz', 14)?.suggestions.length, 5);
          built.completeAt('sur', 3);
        }
      };
    };
    const ratio = timeRatio(lookups(2000), lookups(16000));
    assert.ok(ratio < LINEAR_RATIO, `lookups took ${ratio.toFixed(2)}x as long with 8x the entities`);
  });
});
