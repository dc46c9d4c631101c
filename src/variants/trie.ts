/**
 * A read-only trie over UTF-16 code units for maximal-munch replacement (PHP `strtr` semantics:
 * at each position the longest key wins, scanning left to right, replaced text is not rescanned).
 *
 * The layout is chosen for the hot path. A zh-tw page starts a trie walk at most Chinese
 * characters, and between two text nodes the rest of the engine (and the other processes on the
 * machine) push the tables out of the CPU caches, so the cost is counted in memory reads:
 * - a bitset over the BMP of the code units that begin a key (8 KB, stays cached): Latin, digits
 *   and punctuation between Chinese words cost one bit test;
 * - for a first code unit, one direct read of its value word and child mask (8 bytes, side by
 *   side): a character with a one-character entry and no phrase continuing with the next
 *   character — the usual case — needs nothing else;
 * - nodes below are numbered breadth-first, so a node's children are consecutive ids sorted by
 *   code unit (`first[id]` to `first[id + 1]`), found through their child mask, then a short scan;
 * - the replacement is in the value word itself when it is one code unit (most entries), else in
 *   one Uint16Array pool: no string object to fetch per match.
 */
import { FlatBuilder } from './flat-builder.js';

/** Value word: no key ends here. */
const NONE = -1;
/** Value word: the key maps to itself (the entry only stops shorter matches inside it). */
const SAME = -2;
/** Value word flag: the replacement is the one code unit in the low 16 bits. */
const ONE_UNIT = 0x40000000;
/** Value word flag: the replacement is `long[word & LONG_INDEX]` (too long for the pool encoding). */
const LONG = 0x20000000;
const LONG_INDEX = 0x1fffffff;
/** Otherwise the word is `pool start << 5 | length`, for lengths up to 30 and starts below 2^24. */
const POOL_MAX_LEN = 30;
const POOL_MAX_START = 1 << 24;

/** Length of a rule match (RuleSet.longest reports it here); one array, conversion is synchronous. */
const ruleLength = new Int32Array(1);

export class ReplacementTrie {
  /** Bit `c` set when some key starts with code unit `c`. */
  private readonly starts = new Int32Array(2048);
  /** Per first code unit `c`: [2c] its value word, [2c + 1] the child mask of its node. */
  private readonly rootInfo = new Int32Array(65536 * 2);
  /** Node id of the first-level node of each first code unit (read only to go deeper). */
  private readonly rootId = new Int32Array(65536);
  /** Per node id: [2id] value word, [2id + 1] child mask (bit `code & 31` per child). */
  private readonly info: Int32Array;
  /** Per node id: its first child's id; the children run up to `first[id + 1]`. */
  private readonly first: Int32Array;
  /** Per node id: the code unit on the edge into it. */
  private readonly codes: Uint16Array;
  private readonly pool: Uint16Array;
  private readonly long: string[] = [];
  readonly size: number;

  constructor(pairs: Iterable<readonly [string, string]> | Map<string, string>) {
    const top = new Map<number, BuildNode>();
    let count = 0;
    let size = 0;
    for (const [key, replacement] of pairs) {
      if (key.length === 0) continue;
      size++;
      let node = top.get(key.charCodeAt(0));
      if (!node) {
        top.set(key.charCodeAt(0), (node = { kids: null, key: '', to: null }));
        count++;
      }
      for (let i = 1; i < key.length; i++) {
        const code = key.charCodeAt(i);
        node.kids ??= new Map();
        let next = node.kids.get(code);
        if (!next) {
          node.kids.set(code, (next = { kids: null, key: '', to: null }));
          count++;
        }
        node = next;
      }
      node.key = key;
      node.to = replacement;
    }
    this.size = size;
    for (let c = 0; c < 65536; c++) this.rootInfo[c * 2] = NONE;

    const pool: number[] = [];
    const word = (node: BuildNode): number => {
      const to = node.to;
      if (to === null) return NONE;
      if (to === node.key) return SAME;
      if (to.length === 1) return ONE_UNIT | to.charCodeAt(0);
      if (to.length > POOL_MAX_LEN || pool.length + to.length > POOL_MAX_START) {
        this.long.push(to);
        return LONG | (this.long.length - 1);
      }
      const w = (pool.length << 5) | to.length;
      for (let k = 0; k < to.length; k++) pool.push(to.charCodeAt(k));
      return w;
    };

    // Breadth-first: ids 1..count (0 = no node), the first level in code unit order, and each
    // node's children consecutive, sorted, right after the children of the node before it.
    const info = new Int32Array((count + 2) * 2);
    const first = new Int32Array(count + 2);
    const codes = new Uint16Array(count + 2);
    let level: Array<[number, BuildNode]> = [...top].sort((a, b) => a[0] - b[0]);
    let id = 1;
    let nextId = 1 + level.length;
    let depth = 1;
    while (level.length > 0) {
      const below: Array<[number, BuildNode]> = [];
      for (const [code, node] of level) {
        const w = word(node);
        let mask = 0;
        first[id] = nextId;
        if (node.kids) {
          const kids = [...node.kids].sort((a, b) => a[0] - b[0]);
          for (const kid of kids) {
            mask |= 1 << (kid[0] & 31);
            below.push(kid);
          }
          nextId += kids.length;
        }
        info[id * 2] = w;
        info[id * 2 + 1] = mask;
        codes[id] = code;
        if (depth === 1) {
          this.starts[code >>> 5]! |= 1 << (code & 31);
          this.rootInfo[code * 2] = w;
          this.rootInfo[code * 2 + 1] = mask;
          this.rootId[code] = id;
        }
        id++;
      }
      level = below;
      depth++;
    }
    first[id] = nextId;
    this.info = info;
    this.first = first;
    this.codes = codes;
    this.pool = Uint16Array.from(pool);
  }

  /** Whether any key starts with this code unit (cheap pre-check for the hot loop). */
  startsAny(code: number): boolean {
    return (this.starts[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /** The id of `parent`'s child along `code`, or 0. */
  private child(parent: number, code: number): number {
    const codes = this.codes;
    let lo = this.first[parent]!;
    const end = this.first[parent + 1]!;
    if (end - lo <= 8) {
      for (; lo < end; lo++) if (codes[lo] === code) return lo;
      return 0;
    }
    let hi = end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = codes[mid]!;
      if (m === code) return mid;
      if (m < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The replacement a value word stands for, as a string (`key` for SAME entries). */
  private replacement(w: number, key: string): string {
    if (w === SAME) return key;
    if ((w & ONE_UNIT) !== 0) return String.fromCharCode(w & 0xffff);
    if ((w & LONG) !== 0) return this.long[w & LONG_INDEX]!;
    return String.fromCharCode.apply(null, this.pool.subarray(w >>> 5, (w >>> 5) + (w & 31)) as unknown as number[]);
  }

  /**
   * Longest key starting at `at` (at most `end`): writes its length to `out[0]` and returns the
   * replacement, or returns null. When `skip` is given, matches whose key it rejects are passed
   * over in favour of the next shorter one (rule removal, `-{-|…}-`).
   */
  longest(text: string, at: number, end: number, out: Int32Array, skip?: (key: string) => boolean): string | null {
    const c = text.charCodeAt(at);
    if (!this.startsAny(c)) return null;
    // Every key ending on the path, shortest first: [length, value word] pairs (with `skip`, a
    // shorter key may be the answer; without, only the longest is kept).
    const found: number[] = [0, NONE];
    let node = this.rootId[c]!;
    let i = at + 1;
    for (;;) {
      const w = this.info[node * 2]!;
      if (w !== NONE) {
        if (skip) found.push(i - at, w);
        else {
          found[0] = i - at;
          found[1] = w;
        }
      }
      if (i >= end || (this.info[node * 2 + 1]! & (1 << (text.charCodeAt(i) & 31))) === 0) break;
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) break;
      i++;
    }
    for (let k = found.length - 2; k >= 0; k -= 2) {
      if (found[k + 1] === NONE) continue;
      const len = found[k]!;
      const key = text.slice(at, at + len);
      if (skip && skip(key)) continue;
      out[0] = len;
      return this.replacement(found[k + 1]!, key);
    }
    return null;
  }

  /**
   * Replace every maximal match in `text`; returns `text` itself when nothing changes. With
   * `overrides` (the page's rules), a rule key at a position wins over a table key that is not
   * longer (MediaWiki's rules replace table entries).
   */
  replaceAll(text: string, overrides?: Overrides): string {
    const n = text.length;
    const starts = this.starts;
    const rootInfo = this.rootInfo;
    const info = this.info;
    const ruleStarts = overrides ? overrides.starts : null;
    let out: FlatBuilder | null = null;
    let copied = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const bit = 1 << (c & 31);
      let ruleTo: string | null = null;
      if (ruleStarts !== null && (ruleStarts[c >>> 5]! & bit) !== 0) ruleTo = overrides!.longest(text, i, ruleLength);
      if ((starts[c >>> 5]! & bit) === 0) {
        if (ruleTo === null) {
          i++;
          continue;
        }
      }
      // Longest table key at i: its value word and end.
      let best = rootInfo[c * 2]!;
      let bestEnd = i + 1;
      let mask = rootInfo[c * 2 + 1]!;
      if (mask !== 0 && i + 1 < n) {
        let code = text.charCodeAt(i + 1);
        let node = (mask & (1 << (code & 31))) !== 0 ? this.child(this.rootId[c]!, code) : 0;
        let j = i + 1;
        while (node !== 0) {
          j++;
          const w = info[node * 2]!;
          if (w !== NONE) {
            best = w;
            bestEnd = j;
          }
          mask = info[node * 2 + 1]!;
          if (mask === 0 || j >= n) break;
          code = text.charCodeAt(j);
          node = (mask & (1 << (code & 31))) !== 0 ? this.child(node, code) : 0;
        }
      }
      if (ruleTo !== null && (best === NONE || i + ruleLength[0]! >= bestEnd)) {
        out ??= FlatBuilder.begin(n);
        out.copy(text, copied, i);
        out.append(ruleTo);
        i += ruleLength[0]!;
        copied = i;
      } else if (best === NONE) {
        i++;
      } else if (best === SAME) {
        i = bestEnd;
      } else {
        out ??= FlatBuilder.begin(n);
        out.copy(text, copied, i);
        if ((best & ONE_UNIT) !== 0) out.unit(best & 0xffff);
        else if ((best & LONG) !== 0) out.append(this.long[best & LONG_INDEX]!);
        else out.units(this.pool, best >>> 5, best & 31);
        i = bestEnd;
        copied = i;
      }
    }
    if (out === null) return text;
    out.copy(text, copied, n);
    return out.finish();
  }
}

interface BuildNode {
  kids: Map<number, BuildNode> | null;
  /** The key ending at this node (when `to` is set). */
  key: string;
  /** Its replacement, or null when no key ends here. */
  to: string | null;
}

/** Keys that take precedence over the trie's (a page's manual rules). */
export interface Overrides {
  /** Bit `c` set (bitset over the BMP, 2048 ints) for each code unit some key starts with. */
  readonly starts: Int32Array;
  /** Longest key at `at`: its length in `out[0]` and its replacement, or null. */
  longest(text: string, at: number, out: Int32Array): string | null;
}
