/**
 * A fixed-size cache of link targets by title (title → href, or null for a title known to be
 * missing), for the conversion workers. Every page asks for hundreds of titles, each a fresh
 * string, in a cache of up to ~150,000 titles that cannot stay in the CPU caches while the engine
 * runs: a lookup costs what its memory misses cost. In a Map a lookup reads the bucket, the entry
 * and the stored key string (and the next entry of the chain, its key, …), scattered over the
 * heap; measured inside the conversion of the bench pages it was ~600 ns per lookup. Here the
 * slots are one Int32Array (hash, where the key's characters are, its length, its href) probed
 * linearly, and the keys' characters sit in one Uint16Array: a lookup touches one slot line and
 * one line of characters (~480 ns, timing included; 84 ms instead of 106–122 ms per round of
 * 175,000 lookups). Entries are never removed; a full cache is replaced by a new one (see the
 * two generations in worker.ts).
 */

/** Int32 values per slot: hash (never 0: 0 marks an empty slot), key offset, key length, href index + 1 (0: null). */
const SLOT = 4;
/** Key characters reserved per entry (titles average ~11). */
const CHARS_PER_ENTRY = 16;

export class TitleCache {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly chars: Uint16Array;
  private readonly hrefs: string[] = [];
  private charsUsed = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    let size = 2;
    while (size < capacity * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * SLOT);
    this.chars = new Uint16Array(Math.max(capacity * CHARS_PER_ENTRY, 1024));
  }

  /** FNV-1a's starting state. */
  static readonly FNV_START = 0x811c9dc5 | 0;

  /** FNV-1a's state after `s`'s UTF-16 units, continuing from `state` (a prefix hashed once, see lookup-log.ts). */
  static hashFrom(state: number, s: string): number {
    let h = state;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  }

  /** FNV-1a over the UTF-16 units, never 0. */
  static hash(s: string): number {
    return TitleCache.hashFrom(TitleCache.FNV_START, s) | 1;
  }

  get size(): number {
    return this.count;
  }

  /** The href of `title` (hash `h`), null for a title cached as missing, undefined when not cached. */
  get(title: string, h: number): string | null | undefined {
    const slots = this.slots;
    const chars = this.chars;
    const n = title.length;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * SLOT;
      const sh = slots[at]!;
      if (sh === 0) return undefined;
      if (sh === h && slots[at + 2] === n) {
        const from = slots[at + 1]!;
        let j = 0;
        while (j < n && chars[from + j] === title.charCodeAt(j)) j++;
        if (j === n) {
          const href = slots[at + 3]!;
          return href === 0 ? null : this.hrefs[href - 1]!;
        }
      }
    }
  }

  /** Whether `title` would not fit any more (the caller starts a new cache). */
  full(title: string): boolean {
    return this.count >= this.capacity || this.charsUsed + title.length > this.chars.length;
  }

  /** Add a title not in the cache (check `get` and `full` first). */
  set(title: string, h: number, href: string | null): void {
    const slots = this.slots;
    let i = h & this.mask;
    while (slots[i * SLOT] !== 0) i = (i + 1) & this.mask;
    const at = i * SLOT;
    const n = title.length;
    slots[at] = h;
    slots[at + 1] = this.charsUsed;
    slots[at + 2] = n;
    if (href !== null) {
      this.hrefs.push(href);
      slots[at + 3] = this.hrefs.length;
    }
    for (let j = 0; j < n; j++) this.chars[this.charsUsed + j] = title.charCodeAt(j);
    this.charsUsed += n;
    this.count++;
  }
}
