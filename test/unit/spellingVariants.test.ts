import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Corpus } from '../../src/core/corpus';
import { SpellingVariants, spellingVariantsOf } from '../../src/core/spellingVariants';
import type { Entity } from '../../src/core/types';
import { LINEAR_RATIO, timeRatio } from './scaling';
import { CHILE, writingEntity } from './writingEntities';

const variants = new SpellingVariants(CHILE);
const found = (text: string) => variants.findIn(text).map((v) => [text.slice(v.start, v.end), v.entity.name, v.replacement]);

describe('spelling variants', () => {
  test('a spelling the articles use besides the preferred one is found, with what replaces it', () => {
    assert.deepEqual(found('Gabriel Borik sprak met José Antonio Cast.'), [
      ['Gabriel Borik', 'Gabriel Boric', 'Gabriel Boric'],
      ['José Antonio Cast', 'José Antonio Kast', 'José Antonio Kast'],
    ]);
    // any case; a Dutch possessive keeps its s
    assert.deepEqual(found('volgens GABRIEL BORIK en Michele Bachelets plan'), [
      ['GABRIEL BORIK', 'Gabriel Boric', 'Gabriel Boric'],
      ['Michele Bachelets', 'Michelle Bachelet', 'Michelle Bachelets'],
    ]);
  });

  test('not variants: the preferred spelling, its accents left out, a run of its words, unknown names', () => {
    assert.deepEqual(found('Gabriel Boric, Gabriël Borić, Boric, Santiago de Chile, José Antonio Kast, Felipe Kast en Pedro Pérez.'), []);
  });

  test("a possessive is the spelling it is the possessive of: no variant where that is none", () => {
    const possessives = new SpellingVariants([writingEntity('a', 'person', { 'Jetta Klijnsma': 3, "Klijnsma's": 1, 'Jetta Kleinsma': 1, "Kleinsma's": 1 }, 3)]);
    assert.deepEqual(possessives.findIn("Klijnsma's woordvoerder en Jetta Kleinsma").map((v) => v.surface), ['Jetta Kleinsma']);
  });

  test('a spelling two entities have is no variant of either', () => {
    const shared = new SpellingVariants([
      writingEntity('a', 'person', { 'Ana Castro': 3, 'A. Castro': 1 }, 3),
      writingEntity('b', 'person', { 'Alberto Castro': 2, 'A. Castro': 1 }, 2),
    ]);
    assert.deepEqual(shared.findIn('A. Castro zei'), []);
  });

  test('invisible characters inside the name: the range covers the name as written', () => {
    const text = 'Zo zei Gabriel Bo\u00adrik gisteren.';
    const [variant] = variants.findIn(text);
    assert.equal(text.slice(variant.start, variant.end), 'Gabriel Bo\u00adrik');
  });

  test('how often the articles write the preferred spelling and the variant', () => {
    const [variant] = variants.findIn('Gabriel Borik');
    // "Gabriël Borić" is the preferred spelling with accents: 30 + 2
    assert.deepEqual(variants.usage(variant), { preferred: 32, variant: 3 });
  });

  test('the seeds: "Fayez am-Saaraj" and "Moammar al-Khadafi" are variants', () => {
    const corpus = new Corpus();
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) corpus.upsertFile(file, readFileSync(`seeds/${file}`));
    const snapshot = corpus.snapshot();
    const seeds = spellingVariantsOf(snapshot);
    assert.deepEqual(seeds.findIn('Fayez am-Saaraj en Moammar al-Khadafi; Fayez al-Sarraj.').map((v) => [v.surface, v.entity.name]), [
      ['Fayez am-Saaraj', 'Fayez al-Sarraj'],
      ['Moammar al-Khadafi', 'Moammar Kadhafi'],
    ]);
    assert.equal(spellingVariantsOf(snapshot), seeds, 'built once per snapshot');
  });

  test('a document costs the same with eight times the entities (one pass over the document)', () => {
    const entities = (n: number): Entity[] =>
      Array.from({ length: n }, (_, i) => writingEntity(`e${i}`, 'person', { [`Name${i} Surname${i}`]: 2, [`Naam${i} Surname${i}`]: 1 }, 1));
    const document = Array.from({ length: 400 }, (_, i) => `Naam${i} Surname${i} en Name${i} Surname${i} spraken.`).join('\n');
    const scans = (n: number) => {
      const built = new SpellingVariants(entities(n));
      return () => {
        for (let i = 0; i < 20; i++) assert.equal(built.findIn(document).length, 400);
      };
    };
    const ratio = timeRatio(scans(2000), scans(16000));
    assert.ok(ratio < LINEAR_RATIO, `a pass took ${ratio.toFixed(2)}x as long with 8x the entities`);
  });
});
