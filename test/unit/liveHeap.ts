// Measures how many bytes of live memory a kind of value keeps, without a clock: the heap after a
// full garbage collection, before and after `count` values are made and held. Deterministic to a
// few bytes per value at the counts the tests use, so sizes can be compared between two shapes.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The heap after a full collection, and typed arrays' stores, which live outside it. */
function liveHeap(): number {
  collectGarbage();
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Live bytes (heap and typed arrays' stores) per value that `make(i)` returns, when `count` of them are held at once. */
export function liveBytesPer(count: number, make: (i: number) => unknown): number {
  const held = new Array<unknown>(count).fill(undefined);
  const before = liveHeap();
  for (let i = 0; i < count; i++) held[i] = make(i);
  const after = liveHeap();
  if (held.length !== count) throw new Error('values dropped');
  return (after - before) / count;
}
