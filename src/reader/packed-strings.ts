/**
 * Many short strings stored as few long ones: 4096 strings joined by NUL into one chunk string,
 * with their start offsets. For 1.4 M titles this saves V8's per-string header and the array slot
 * of every string (and the sliced strings that would keep index.tsv's text alive), and a substring
 * search becomes a native indexOf over a few hundred long strings instead of 1.4 M calls.
 */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
/** Never inside a stored string (titles and file names hold no NUL). */
export const PACK_SEP = '\u0000';

export class PackedStrings {
  private readonly chunks: string[] = [];
  private readonly starts: Int32Array[] = [];
  /** Strings of the chunk being filled. */
  private pending: string[] = [];

  get length(): number {
    return this.chunks.length * CHUNK + this.pending.length;
  }

  push(s: string): void {
    this.pending.push(s);
    if (this.pending.length === CHUNK) this.seal();
  }

  private seal(): void {
    // Every string has a NUL before and after it, so a search for NUL + x finds strings starting with x.
    const starts = new Int32Array(CHUNK + 1);
    let at = 1;
    for (let i = 0; i < this.pending.length; i++) {
      starts[i] = at;
      at += this.pending[i]!.length + 1;
    }
    starts[CHUNK] = at;
    this.chunks.push(PACK_SEP + this.pending.join(PACK_SEP) + PACK_SEP);
    this.starts.push(starts);
    this.pending = [];
  }

  get(i: number): string {
    const c = i >>> CHUNK_BITS;
    if (c >= this.chunks.length) return this.pending[i - this.chunks.length * CHUNK]!;
    const starts = this.starts[c]!;
    const j = i & (CHUNK - 1);
    return this.chunks[c]!.slice(starts[j]!, starts[j + 1]! - 1);
  }

  /** get(i) === '' without making a string. */
  isEmpty(i: number): boolean {
    const c = i >>> CHUNK_BITS;
    if (c >= this.chunks.length) return this.pending[i - this.chunks.length * CHUNK] === '';
    const starts = this.starts[c]!;
    const j = i & (CHUNK - 1);
    return starts[j + 1]! - starts[j]! === 1;
  }

  /**
   * Calls `found(i, text, at)` for every occurrence of `needle` (which holds no NUL), in order,
   * until it returns false: string i holds it, at offset `at` of `text`, where the string is
   * flanked by NULs (so text.charCodeAt(at - 1) === 0 says the occurrence starts the string).
   */
  forEachOccurrence(needle: string, found: (i: number, text: string, at: number) => boolean | void): void {
    for (let c = 0; c < this.chunks.length; c++) {
      const text = this.chunks[c]!;
      const starts = this.starts[c]!;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
        // The string holding offset `at`: the last start ≤ at.
        let lo = 0;
        let hi = CHUNK - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >>> 1;
          if (starts[mid]! <= at) lo = mid;
          else hi = mid - 1;
        }
        if (found(c * CHUNK + lo, text, at) === false) return;
      }
    }
    const base = this.chunks.length * CHUNK;
    for (let i = 0; i < this.pending.length; i++) {
      const text = `${PACK_SEP}${this.pending[i]!}${PACK_SEP}`;
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (found(base + i, text, at) === false) return;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * string → entry number, for strings the caller can give back by number (`stringOf`): an
 * open-addressing table of entry numbers (4 bytes a slot, at most half full) and a hash per entry,
 * instead of a Map holding a second copy of every string.
 */
export class PackedLookup {
  private slots = new Int32Array(1 << 16).fill(-1);
  private hashes = new Uint32Array(1 << 15);
  private count = 0;

  constructor(private readonly stringOf: (i: number) => string) {}

  get(s: string): number | undefined {
    const mask = this.slots.length - 1;
    const h = hashString(s);
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const i = this.slots[at]!;
      if (i === -1) return undefined;
      if (this.hashes[i] === h && this.stringOf(i) === s) return i;
    }
  }

  /** Records that strings.get(i) === s (i: the next entry number, in order). */
  add(s: string, i: number): void {
    if (i >= this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[i] = hashString(s);
    this.count++;
    if (this.count * 2 > this.slots.length) this.rehash();
    this.place(i);
  }

  private place(i: number): void {
    const mask = this.slots.length - 1;
    let at = this.hashes[i]! & mask;
    while (this.slots[at]! !== -1) at = (at + 1) & mask;
    this.slots[at] = i;
  }

  private rehash(): void {
    const entries = this.slots.filter((i) => i !== -1);
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (const i of entries) this.place(i);
  }
}
