// Checks that work grows linearly without timing against a clock: the time per unit (article, MB)
// at a size and at `factor` times that size, medians of several runs, compared as a ratio.

/** Median time per unit at `factor * size` divided by that at `size`; about 1 when linear. */
export function timePerUnitRatio(work: (size: number) => () => void, size: number, factor = 8, runs = 5): number {
  const perUnit = (n: number) => {
    const run = work(n);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      run();
      times.push((performance.now() - start) / n);
    }
    return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
  };
  perUnit(size); // warm-up: the first run pays for compilation
  return perUnit(factor * size) / perUnit(size);
}

/** Slack for a noisy 2-core machine; a quadratic step gives about `factor` (8). */
export const LINEAR_RATIO = 2;
