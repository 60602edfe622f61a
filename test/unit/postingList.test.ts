import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PostingList } from '../../src/core/postingList';
import { liveBytesPer } from './liveHeap';

const numbersOf = (list: PostingList) => [...list.data.subarray(0, list.length)];

test('a posting list keeps its pairs in order as it grows, and keeps only the live ids when swept', () => {
  const list = PostingList.empty();
  const expected: number[] = [];
  for (let id = 0; id < 1000; id++) {
    list.push(id, (id % 7) + 1);
    expected.push(id, (id % 7) + 1);
  }
  assert.deepEqual(numbersOf(list), expected);
  assert.ok(list.data.length <= 1.5 * list.length + 4, `room ${list.data.length} for ${list.length}`);
  assert.equal(list.keepIds((id) => id % 3 === 0), 2 * 334);
  assert.deepEqual(numbersOf(list), expected.filter((_, i) => expected[i - (i % 2)] % 3 === 0));
  assert.equal(list.keepIds(() => false), 0);
  assert.deepEqual(numbersOf(list), []);
});

test('a list over a loaded state is a view until it grows, and growing never writes past the view', () => {
  const state = new Uint32Array([1, 5, 2, 6, 9, 9]);
  const list = PostingList.over(state.subarray(0, 4));
  assert.equal(list.data.buffer, state.buffer);
  list.push(3, 7);
  assert.deepEqual(numbersOf(list), [1, 5, 2, 6, 3, 7]);
  assert.deepEqual([...state], [1, 5, 2, 6, 9, 9], 'the next list in the state is untouched');
});

test('a long posting list takes well under the memory of the plain array it replaces', () => {
  const fill = (push: (id: number, frequency: number) => void) => { for (let id = 0; id < 2000; id++) push(id, 3); };
  const typed = liveBytesPer(200, () => { const list = PostingList.empty(); fill((id, frequency) => list.push(id, frequency)); return list; });
  const plain = liveBytesPer(200, () => { const list: number[] = []; fill((id, frequency) => list.push(id, frequency)); return list; });
  // four bytes a number instead of eight, each with at most a third of room to grow (0.5 measured)
  assert.ok(typed < 0.6 * plain, `typed ${typed.toFixed(0)} B, plain ${plain.toFixed(0)} B a list of 4,000 numbers`);
});
