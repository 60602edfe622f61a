// The bounded selection of a search's best hits: no sort of every matching article.

/** The best `limit` items offered, kept in a min-heap; `worse(x, y)` orders them (a strict order). */
export class TopHits<T> {
  private readonly heap: T[] = [];

  constructor(private readonly limit: number, private readonly worse: (x: T, y: T) => boolean) {}

  offer(item: T): void {
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.limit > 0 && this.worse(heap[0], item)) {
      heap[0] = item;
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.heap].sort((x, y) => (this.worse(x, y) ? 1 : this.worse(y, x) ? -1 : 0));
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < heap.length && this.worse(heap[child], heap[worst])) worst = child;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  }
}

/** A scored hit: higher scores first, equal scores keep the older article (lower short id). */
export interface ScoredHit {
  shortId: number;
  score: number;
}

export function worseScore(x: ScoredHit, y: ScoredHit): boolean {
  return x.score < y.score || (x.score === y.score && x.shortId > y.shortId);
}

/** Set bits of a mask: how many of the query's terms an article holds. */
export function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
