// Checks that work grows linearly without timing against a clock: the time per unit (article, MB)
// at a size and at `factor` times that size, medians of several runs, compared as a ratio. Runs of
// the two sizes alternate, so a burst of load on this shared machine slows both alike.

/** Median time per unit at `factor * size` divided by that at `size`; about 1 when linear. */
export function timePerUnitRatio(work: (size: number) => () => void, size: number, factor = 8, runs = 7): number {
  return timeRatio(work(size), work(factor * size), runs) / factor;
}

/** Median time of `large` divided by that of `small`, their runs alternating after a warm-up run each. */
export function timeRatio(small: () => void, large: () => void, runs = 7): number {
  const time = (run: () => void) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  time(small); // warm-up: the first run pays for compilation
  time(large);
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    smallTimes.push(time(small));
    largeTimes.push(time(large));
  }
  return median(largeTimes) / median(smallTimes);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/**
 * What "linear" allows at 8x the size: a quadratic step gives about 8, linear work about 1. Loaded
 * 2-core machines were seen to give 2.2 for linear work, so the bound sits halfway to quadratic;
 * `npm run bench` reports the exact ratios.
 */
export const LINEAR_RATIO = 4;
