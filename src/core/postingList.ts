// One term's postings in one field: [short id, frequency] pairs, short ids ascending, in a typed
// array with room to grow. Four bytes a number where a plain array takes eight (plus the room a
// push leaves), and an article added costs no copy. A loaded index's lists are views into its
// state, copied only when an article is added to them.

const MIN_CAPACITY = 4;

export class PostingList {
  /** the pairs are `data[0, length)`; what lies beyond is room to grow */
  data: Uint32Array;
  #length: number;

  private constructor(data: Uint32Array, length: number) {
    this.data = data;
    this.#length = length;
  }

  static empty(): PostingList {
    return new PostingList(new Uint32Array(MIN_CAPACITY), 0);
  }

  /** A list of exactly these numbers, kept as they are (a view into a loaded state stays one). */
  static over(numbers: Uint32Array): PostingList {
    return new PostingList(numbers, numbers.length);
  }

  /** Numbers held: twice the number of postings. */
  get length(): number {
    return this.#length;
  }

  push(shortId: number, frequency: number): void {
    if (this.#length + 2 > this.data.length) {
      // Half again as much room: appends stay amortised O(1), and the room at most a third of the list.
      const grown = new Uint32Array(Math.max(MIN_CAPACITY, 2 * Math.ceil((this.#length + 2) * 0.75)));
      grown.set(this.data.subarray(0, this.#length));
      this.data = grown;
    }
    this.data[this.#length++] = shortId;
    this.data[this.#length++] = frequency;
  }

  /** Keeps the postings whose short id `isLive` accepts, in order; returns how many numbers are left. */
  keepIds(isLive: (shortId: number) => boolean): number {
    const { data } = this;
    let to = 0;
    for (let from = 0; from < this.#length; from += 2) {
      if (!isLive(data[from])) continue;
      data[to++] = data[from];
      data[to++] = data[from + 1];
    }
    this.#length = to;
    return to;
  }
}
