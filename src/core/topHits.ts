// The bounded selection of a search's best hits: no sort of every matching article.

/** The best `limit` (id, score) pairs seen, kept in a min-heap; equal scores keep the older article. */
export class TopHits {
  private readonly heap: { shortId: number; score: number }[] = [];

  constructor(private readonly limit: number) {}

  offer(shortId: number, score: number): void {
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push({ shortId, score });
      this.up(heap.length - 1);
    } else if (this.limit > 0 && TopHits.worse(heap[0], { shortId, score })) {
      heap[0] = { shortId, score };
      this.down(0);
    }
  }

  sorted(): { shortId: number; score: number }[] {
    return [...this.heap].sort((x, y) => (TopHits.worse(x, y) ? 1 : TopHits.worse(y, x) ? -1 : 0));
  }

  private static worse(x: { shortId: number; score: number }, y: { shortId: number; score: number }): boolean {
    return x.score < y.score || (x.score === y.score && x.shortId > y.shortId);
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!TopHits.worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < heap.length && TopHits.worse(heap[child], heap[worst])) worst = child;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  }
}

/** Set bits of a mask: how many of the query's terms an article holds. */
export function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
