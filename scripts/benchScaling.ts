// How the cost per article grows with the archive, measured within one process as a ratio of CPU
// time (user + system), never against a clock limit. The large size is indexed once, in chunks the
// size of the small one: the median chunk is what one more article costs as the corpus grows, and
// the corpus-wide step at the end is spread over every article. Small runs surround the large one,
// so a change in the machine's load affects both sides.

import { cpuTime, median } from './measure';

/** Indexing one archive of a given size, step by step. */
export interface Indexing {
  /** adds the items `from` to `to` (exclusive) */
  add(from: number, to: number): void;
  /** the corpus-wide step after every item is in */
  finish(): void;
}

export interface Scaling {
  /** CPU milliseconds per item at the small and at the large size */
  small: number;
  large: number;
  /** large / small: about 1 when the cost per item does not grow */
  ratio: number;
}

/** CPU milliseconds per item: the median chunk's cost per item, plus the final step spread over all. */
function costPerItem(indexing: Indexing, size: number, chunk: number): number {
  const chunks: number[] = [];
  for (let from = 0; from < size; from += chunk) {
    const to = Math.min(size, from + chunk);
    chunks.push(cpuTime(() => indexing.add(from, to)) / (to - from));
  }
  return median(chunks) + cpuTime(() => indexing.finish()) / size;
}

/** The cost per item at `large` relative to that at `small`; `runs` small runs (medians), after one warm-up run. */
export function costPerItemRatio(start: (size: number) => Indexing, small: number, large: number, runs = 4): Scaling {
  const smallRun = () => costPerItem(start(small), small, small);
  smallRun(); // warm-up: the first run pays for compilation
  const smallCosts = Array.from({ length: Math.ceil(runs / 2) }, smallRun);
  const largeCost = costPerItem(start(large), large, small);
  smallCosts.push(...Array.from({ length: Math.floor(runs / 2) }, smallRun));
  const smallCost = median(smallCosts);
  return { small: smallCost, large: largeCost, ratio: largeCost / smallCost };
}
