// The pieces of text (a word as written, between spaces) the search index has read, found again
// from the characters where they stand: a hash table keyed by the piece's characters, hashed while
// the text is scanned, so a piece read before costs no slice and no string hashing. Indexing meets
// each word of every article here; a news archive repeats a small vocabulary, so almost all hit.

/** FNV-1a over UTF-16 code units: the hash a scan builds one character at a time. */
export const PIECE_HASH_START = 0x811c9dc5 | 0;
export function pieceHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

const MIN_SLOTS = 1024;

export class PieceTable<Piece> {
  /** by slot: 1 + the index of the piece there, 0 for none (open addressing, linear probing) */
  private slots = new Int32Array(MIN_SLOTS);
  private texts: string[] = [];
  private hashes: number[] = [];
  private pieces: Piece[] = [];

  get size(): number {
    return this.pieces.length;
  }

  /** The piece of `text` in [start, end), whose hash is `hash`; undefined when not held. */
  find(text: string, start: number, end: number, hash: number): Piece | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] - 1;
      if (held < 0) return undefined;
      if (this.hashes[held] === hash && this.texts[held].length === length && text.startsWith(this.texts[held], start)) return this.pieces[held];
    }
  }

  /** Holds `piece` for `pieceText` (not held yet), whose hash is `hash`. */
  add(pieceText: string, hash: number, piece: Piece): void {
    if (2 * (this.pieces.length + 1) > this.slots.length) this.grow();
    this.texts.push(pieceText);
    this.hashes.push(hash);
    this.pieces.push(piece);
    this.place(this.pieces.length - 1);
  }

  clear(): void {
    this.slots = new Int32Array(MIN_SLOTS);
    this.texts = [];
    this.hashes = [];
    this.pieces = [];
  }

  private place(index: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[index] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    for (let index = 0; index < this.pieces.length; index++) this.place(index);
  }
}

