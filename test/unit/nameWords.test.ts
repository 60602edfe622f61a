import assert from 'node:assert/strict';
import test from 'node:test';
import { significantWords } from '../../src/core/entities/nameWords';

test('significant words leave out the particles names are written with, but "abu", which names', () => {
  assert.deepEqual(significantWords('ursula von der leyen'), ['ursula', 'leyen']);
  assert.deepEqual(significantWords('jan te winkel'), ['jan', 'winkel']);
  assert.deepEqual(significantWords('mohammed bin salman'), ['mohammed', 'salman']);
  assert.deepEqual(significantWords('abu salim'), ['abu', 'salim']);
  assert.deepEqual(significantWords('fayez al-sarraj'), ['fayez', 'sarraj']);
  // "Ben" first is a given name.
  assert.deepEqual(significantWords('ben van beurden'), ['ben', 'beurden']);
  assert.deepEqual(significantWords('zine el-abidine ben ali'), ['zine', 'abidine', 'ali']);
});

test('an Arabic "Abd" compound is one word, written apart, joined or with an article', () => {
  assert.deepEqual(significantWords('abdel aziz belkacem'), ['abdelaziz', 'belkacem']);
  assert.deepEqual(significantWords('abdelaziz belkacem'), ['abdelaziz', 'belkacem']);
  assert.deepEqual(significantWords('abd al-rahman'), ['abdalrahman']);
  assert.deepEqual(significantWords('abdoel karim'), ['abdoelkarim']);
  assert.deepEqual(significantWords('abdullah saleh'), ['abdullah', 'saleh']);
});
