/**
 * What a page's output depends on besides its own text and the options: the titles it asked the
 * index about while it was converted. An update run converts again every unchanged page that
 * asked about a title whose answer the new dump changed (changed-titles.ts), so that the update
 * gives the mirror a fresh run would.
 *
 * A title is recorded as a key, the FNV-1a hash the link cache already computes (TitleCache.hash),
 * in one of two kinds (both odd, `| 1`: 31 bits of hash in a 32-bit integer):
 * - `titleKey`: where a link to it goes, whether it exists, where its redirect leads, whether it
 *   is a local file — asked by links, category links, `#ifexist`, images, variant spellings;
 * - `textKey`: its wikitext — read by template expansion (and `{{:Page}}`, `PAGESIZE`, modules).
 * A third kind, `NOW_KEY`, is the dump's date, which `{{CURRENTYEAR}}`, `#time` and ages read.
 * An edit to an article changes only its text key, which no link asks about, so pages linking to
 * it stay as they are. Two titles with the same key only make a page be converted again for
 * nothing, which is safe: with 31-bit keys and 378 distinct keys a page (the ja dump's average),
 * each changed key matches an unrelated page's by chance about once in 5.7 million pages, so an
 * update changing C keys redoes some C × 0.18 pages per million for nothing (10,000 changed keys:
 * ~1,800 per million pages).
 *
 * A page's keys are complete only if every answer it used notes its keys on this page: an answer
 * kept across pages (any cache that outlives a page: the link and template caches here, the
 * engine's parsed template trees and NoteTA groups, own-templates.ts, variant-links.ts) must note
 * again the keys it was found with, on every hit — by `replay`, or through PageSource.noteUse for
 * the engine's caches. A cache that does not leaves pages stale after an update
 * (test/mirror/update.test.ts has two pages sharing each kind of answer).
 *
 * Keys are noted into one growing Int32Array per worker (no allocation per lookup; a second one, as
 * long, is the radix sort's scratch once a page notes many keys); `take` hands
 * a page's keys over sorted and without repeats (a bench page notes ~420, 378 distinct on average
 * on the ja dump's pages).
 */
import { TitleCache } from './title-cache.js';

/** The key of a title's answer as a link target, page or file (its hash as the link cache has it). */
export const titleKey = (title: string): number => TitleCache.hash(title);

/** The FNV-1a state after `prefix` ("File:"), for keying titles under it with `titleKeyUnder`. */
export function prefixHash(prefix: string): number {
  return TitleCache.hashFrom(TitleCache.FNV_START, prefix);
}

/** `titleKey(prefix + name)` without joining the strings (a joined string is flattened again to be hashed). */
export function titleKeyUnder(prefixState: number, name: string): number {
  return TitleCache.hashFrom(prefixState, name) | 1;
}

/** The key of a title's wikitext: the same hash, mixed by an odd constant so that it is another number. */
export const textKeyOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) | 1;
export const textKey = (title: string): number => textKeyOf(TitleCache.hash(title));

/** The key of the conversion's "now" (the dump's latest edit): no title holds a NUL. */
export const NOW_KEY = titleKey('\u0000now');

/**
 * The date the engine converts with (ConvertOptions.now), noting NOW_KEY in `log` whenever it is
 * read: every reading method is wrapped (the engine only calls methods on it).
 */
export function noticedDate(ms: number, log: LookupLog): Date {
  class NoticedDate extends Date {}
  const proto = NoticedDate.prototype as unknown as Record<PropertyKey, unknown>;
  const dateProto = Date.prototype as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>;
  const names: PropertyKey[] = Object.getOwnPropertyNames(Date.prototype).filter((n) => /^(get|to|valueOf)/.test(n));
  for (const name of [...names, Symbol.toPrimitive]) {
    const read = dateProto[name]!;
    // defineProperty: Date.prototype's Symbol.toPrimitive is read-only, which forbids assigning over it.
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (this: Date, ...args: unknown[]) {
        log.note(NOW_KEY);
        return read.apply(this, args);
      },
    });
  }
  return new NoticedDate(ms);
}

/** No keys (a page that asked nothing, a checkpoint row without keys). */
export const NO_KEYS = new Int32Array(0);

export class LookupLog {
  private keys = new Int32Array(1024);
  private count = 0;
  /** radixSort's second buffer: at least as long as the largest page it sorted (made `keys`' length then). */
  private spare = NO_KEYS;

  /** Keys noted since the log was last taken. */
  get length(): number {
    return this.count;
  }

  note(key: number): void {
    if (this.count === this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.count++] = key;
  }

  /** The keys noted since `from` (a cache keeps them with its answer, to note them again on a hit). */
  since(from: number): Int32Array {
    return from === this.count ? NO_KEYS : this.keys.slice(from, this.count);
  }

  /** Note again the keys a cached answer was found with. */
  replay(keys: Int32Array): void {
    for (let i = 0; i < keys.length; i++) this.note(keys[i]!);
  }

  /** Forget what was noted (what a page asks is noted from here on). */
  clear(): void {
    this.count = 0;
  }

  /** The keys noted since the last `take`, sorted, without repeats; the log starts empty again. */
  take(): Int32Array {
    const n = this.count;
    this.count = 0;
    if (n === 0) return NO_KEYS;
    let sorted: Int32Array;
    if (n < RADIX_FROM) sorted = this.keys.subarray(0, n).sort();
    else {
      if (this.spare.length < n) this.spare = new Int32Array(this.keys.length);
      sorted = radixSort(this.keys, this.spare, n);
    }
    let unique = 1;
    for (let i = 1; i < n; i++) if (sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i]!;
    return sorted.slice(0, unique);
  }
}

/**
 * From this many keys on, `take` sorts by radixSort: a bench page notes ~420, which
 * `Int32Array#sort` (a call into C++'s std::sort) took ~11 µs to sort and the radix sort ~5–8,
 * the sort being 0.85 % of a worker's profile samples. The threshold itself was chosen, not
 * measured: below it the counts' fixed cost (~2 × 1024 steps) is of the order of the n·log n
 * comparisons.
 */
const RADIX_FROM = 128;
/** radixSort's digit counts, 256 per byte of a key. */
const digitCounts = new Int32Array(4 * 256);

/**
 * `a[0, n)` sorted as `Int32Array#sort` sorts it (signed), by four stable passes over its bytes,
 * least significant first (the top byte's sign bit flipped so that negatives come first), between
 * `a` and `b`; returns the one holding the result (`a`, after an even number of passes).
 */
function radixSort(a: Int32Array, b: Int32Array, n: number): Int32Array {
  const counts = digitCounts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const v = a[i]!;
    counts[v & 255]!++;
    counts[256 + ((v >>> 8) & 255)]!++;
    counts[512 + ((v >>> 16) & 255)]!++;
    counts[768 + ((v >>> 24) ^ 128)]!++;
  }
  // Each digit's count becomes where its first key goes.
  for (let at = 0; at < 1024; at += 256) {
    let sum = 0;
    for (let d = at; d < at + 256; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
  }
  let from = a;
  let to = b;
  for (let pass = 0; pass < 4; pass++) {
    const at = pass * 256;
    const shift = pass * 8;
    const flip = pass === 3 ? 128 : 0;
    for (let i = 0; i < n; i++) {
      const v = from[i]!;
      to[counts[at + (((v >>> shift) & 255) ^ flip)]!++] = v;
    }
    const done = to;
    to = from;
    from = done;
  }
  return from;
}

/** Whether a page's sorted keys include one of the changed keys (sorted): a binary search per page key. */
export function sharesKey(page: Int32Array, changed: Int32Array): boolean {
  for (let i = 0; i < page.length; i++) {
    const key = page[i]!;
    let lo = 0;
    let hi = changed.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = changed[mid]!;
      if (at === key) return true;
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return false;
}

/** Keys as stored in the checkpoint: the array's bytes in the machine's order (little-endian wherever Node runs in practice). */
export function keysToBlob(keys: Int32Array): Buffer {
  return Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength);
}

export function keysFromBlob(blob: Buffer): Int32Array {
  const n = blob.byteLength >>> 2;
  if ((blob.byteOffset & 3) === 0) return new Int32Array(blob.buffer, blob.byteOffset, n);
  const keys = new Int32Array(n);
  new Uint8Array(keys.buffer).set(blob.subarray(0, n * 4));
  return keys;
}
