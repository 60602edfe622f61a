// Corpus-wide work cut into steps: a generator that yields between bounded pieces of work (one
// article, one step of the grouping), so a caller on a shared thread (the extension host, see
// src/node/threadSlices.ts) can let other work run in between. Run at once, it is the one-step work.

/** Work in steps; its return value is the result. */
export type Steps<T = void> = Generator<void, T, void>;

/** Runs every step at once and gives the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
