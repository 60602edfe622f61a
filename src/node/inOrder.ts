// Concurrency that nobody sees: work on many items at once, results used in the items' order.

/**
 * Runs `work` on each item, at most `limit` at once, and hands each result to `use` in the
 * order of the items, so the outcome is the same as one item after the other.
 */
export async function forEachInOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, work: (item: T) => Promise<R>, use: (result: R) => void): Promise<void> {
  const running: Promise<R>[] = [];
  for await (const item of items) {
    const result = work(item);
    // A failure is thrown when its turn comes; until then it must not count as unhandled.
    result.catch(() => undefined);
    running.push(result);
    if (running.length >= limit) use(await running.shift()!);
  }
  while (running.length > 0) use(await running.shift()!);
}
