// The sort in steps gives what Array.prototype.sort gives, ties in the same order, and never does
// more than a chunk's work between two steps.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sortInSteps } from '../../src/core/sortInSteps';
import { runSteps } from '../../src/core/steps';
import { seededRandom } from '../seededRandom';

const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

test('sorted in steps as Array.prototype.sort sorts, stable, at every size around the chunks', () => {
  const random = seededRandom(7);
  for (const size of [0, 1, 100, 8192, 8193, 20_000, 50_001]) {
    const items = Array.from({ length: size }, (_, order) => ({ key: Math.floor(random() * 1000), order }));
    assert.deepEqual(runSteps(sortInSteps(items, byKey)), items.slice().sort(byKey), `${size} items`);
  }
});

test('a step sorts or merges at most one chunk: 100,000 items take dozens of steps, not one', () => {
  const random = seededRandom(3);
  const items = Array.from({ length: 100_000 }, () => ({ key: random() }));
  const steps = sortInSteps(items, byKey);
  let count = 0;
  while (!steps.next().done) count++;
  assert.ok(count >= 100_000 / 8192, `${count} steps`);
});
