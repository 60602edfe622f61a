// Timing primitives shared by the benchmark's sections (bench*.ts, pathological.ts).

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The nearest-rank percentile: the smallest value that `fraction` of the values do not exceed. */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

export function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** Milliseconds of CPU (user + system, every thread of this process) that `action` took. */
export function cpuTime(action: () => void): number {
  return wallAndCpuTime(action).cpu;
}

/** Wall and CPU milliseconds of `action`: on a loaded machine the CPU time is the steadier figure. */
export function wallAndCpuTime(action: () => void): { wall: number; cpu: number } {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  action();
  const used = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

export function format(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;
}

export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1024 / 1024;
  return megabytes >= 1024 ? `${(megabytes / 1024).toFixed(2)} GB` : `${megabytes.toFixed(megabytes < 10 ? 1 : 0)} MB`;
}
