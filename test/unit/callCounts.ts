// Counts the calls of a built-in method while `work` runs: a deterministic measure of the work per
// item (regular-expression matches, set lookups), where a timing would be noisy.

export function countCalls(owner: object, method: string, work: () => void): number {
  const target = owner as Record<string, (...args: unknown[]) => unknown>;
  const original = target[method];
  let calls = 0;
  target[method] = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    work();
  } finally {
    target[method] = original;
  }
  return calls;
}
