import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedMemo } from '../../src/core/boundedMemo';

test('a memo computes each key once and starts afresh past its bound', () => {
  const computed: string[] = [];
  const length = boundedMemo((key) => (computed.push(key), key.length), 2);
  assert.deepEqual([length('ab'), length('abc'), length('ab')], [2, 3, 2]);
  assert.deepEqual(computed, ['ab', 'abc']);
  length('abcd'); // a third key: the memory is cleared first
  length('ab');
  assert.deepEqual(computed, ['ab', 'abc', 'abcd', 'ab']);
});
