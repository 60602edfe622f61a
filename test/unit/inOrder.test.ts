// Work on many items at once with the results used in the items' order; and measuring how long
// the event loop was blocked.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { measureLongestPause } from '../../src/node/eventLoopPauses';
import { forEachInOrder } from '../../src/node/inOrder';

test('results are used in the items\' order though later items finish first, with at most `limit` running', async () => {
  let running = 0;
  let most = 0;
  const used: number[] = [];
  async function* items() {
    for (let i = 0; i < 20; i++) yield i;
  }
  await forEachInOrder(items(), 4, async (item) => {
    running++;
    most = Math.max(most, running);
    await sleep((20 - item) % 5);
    running--;
    return item * 10;
  }, (result) => used.push(result));
  assert.deepEqual(used, Array.from({ length: 20 }, (_, i) => i * 10));
  assert.equal(most, 4);
});

test('a failure is thrown in its turn, after the results before it, and never reported as unhandled', async () => {
  const used: string[] = [];
  await assert.rejects(forEachInOrder(['a', 'bad', 'c'], 3, async (item) => {
    if (item === 'bad') throw new Error('bad item');
    await sleep(5);
    return item;
  }, (result) => used.push(result)), /bad item/);
  assert.deepEqual(used, ['a']);
});

test('the longest pause is the time the event loop was blocked', async () => {
  const idle = measureLongestPause();
  await sleep(100);
  const idleMs = await idle.stop();
  const blocked = measureLongestPause();
  await sleep(30);
  const start = performance.now();
  while (performance.now() - start < 250);
  await sleep(30);
  const blockedMs = await blocked.stop();
  assert.ok(blockedMs >= 240, `${blockedMs} ms for a 250 ms block`);
  assert.ok(idleMs < blockedMs, `${idleMs} ms idle`);
});

test('a block right before the measuring stops counts too (the last step of a run)', async () => {
  const pauses = measureLongestPause();
  await sleep(30);
  const start = performance.now();
  while (performance.now() - start < 250);
  const blockedMs = await pauses.stop();
  assert.ok(blockedMs >= 240, `${blockedMs} ms for a 250 ms block`);
});
