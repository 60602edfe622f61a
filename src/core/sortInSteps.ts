// A sort in steps, for corpus-wide lists (every article's events: a million at 100,000 articles,
// over a second in one sort): chunks sorted one per step, then merged pairwise, yielding every
// CHUNK items, so a host can let other work run in between (see steps.ts). Stable, as
// Array.prototype.sort is.
import type { Steps } from './steps';

const CHUNK = 8192;

export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  if (items.length <= CHUNK) return items.slice().sort(compare);
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    runs.push(items.slice(i, i + CHUNK).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) merged.push(yield* mergeInSteps(runs[i], runs[i + 1], compare));
    if (runs.length % 2 === 1) merged.push(runs[runs.length - 1]);
    runs = merged;
  }
  return runs[0];
}

/** Two sorted runs as one; on a tie the item of `first` comes first. */
function* mergeInSteps<T>(first: readonly T[], second: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    merged.push(compare(second[j], first[i]) < 0 ? second[j++] : first[i++]);
    if (merged.length % CHUNK === 0) yield;
  }
  while (i < first.length) merged.push(first[i++]);
  while (j < second.length) merged.push(second[j++]);
  return merged;
}
