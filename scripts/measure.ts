// Timing primitives shared by the benchmark's sections (bench.ts, pathological.ts).

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

export function format(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;
}
