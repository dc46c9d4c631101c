/**
 * A read-only trie over UTF-16 code units for maximal-munch replacement (PHP `strtr` semantics:
 * at each position the longest key wins, scanning left to right, replaced text is not rescanned).
 *
 * Layout, chosen for the hot path (a zh-tw page walks the trie at most CJK characters, and the
 * tables are big enough that every separate array read is a likely cache miss):
 * - the root's children are a direct 65 536-entry table indexed by the first code unit;
 * - nodes are numbered breadth-first so that each node's children are consecutive ids, sorted by
 *   their code unit, and each node is one 4-int record (value, first child, child count, own code
 *   unit) in one Int32Array: a step down the trie reads one record and scans its children's
 *   records, which lie side by side.
 * - a bitset over the BMP says which code units begin some key: 8 KB that stays in the first-level
 *   cache, so the Latin, digits and punctuation between Chinese words cost one bit test each.
 */
export class ReplacementTrie {
  /** Node id of the root's child for each first code unit (0 = no key starts with it). */
  private readonly root = new Int32Array(65536);
  /** Bit `c` set when some key starts with code unit `c`. */
  private readonly starts = new Int32Array(2048);
  /**
   * Per node, 4 ints: value index (-1 none), first child id, child count, and a mask with bit
   * `code & 31` set for each child's code unit — most steps below the first character find no
   * child (no key continues), and the mask answers those without looking at the children.
   */
  private readonly nodes: Int32Array;
  /** Code unit of the edge into each node (children of a node are consecutive ids, sorted). */
  private readonly codes: Uint16Array;
  private readonly values: string[] = [];
  /** Per value: 1 when the replacement equals its key (the entry only stops shorter matches). */
  private readonly unchanged: Uint8Array;
  readonly size: number;

  constructor(pairs: Iterable<readonly [string, string]> | Map<string, string>) {
    // Build a plain object trie first, then lay it out breadth-first.
    const top = new Map<number, BuildNode>();
    const keys: string[] = [];
    let count = 0;
    let size = 0;
    for (const [key, replacement] of pairs) {
      if (key.length === 0) continue;
      size++;
      let node = top.get(key.charCodeAt(0));
      if (!node) {
        top.set(key.charCodeAt(0), (node = { kids: null, value: -1 }));
        count++;
      }
      for (let i = 1; i < key.length; i++) {
        const code = key.charCodeAt(i);
        node.kids ??= new Map();
        let next = node.kids.get(code);
        if (!next) {
          node.kids.set(code, (next = { kids: null, value: -1 }));
          count++;
        }
        node = next;
      }
      if (node.value >= 0) this.values[node.value] = replacement;
      else {
        node.value = this.values.length;
        this.values.push(replacement);
      }
      keys[node.value] = key;
    }
    this.size = size;
    this.unchanged = new Uint8Array(this.values.length);
    for (let v = 0; v < this.values.length; v++) if (this.values[v] === keys[v]) this.unchanged[v] = 1;

    // Node 0 is unused (0 means "no node" in `root`); ids 1.. in breadth-first order.
    const nodes = new Int32Array((count + 1) * 4);
    const codes = new Uint16Array(count + 1);
    let queue: Array<[number, BuildNode]> = [...top].sort((a, b) => a[0] - b[0]);
    let nextId = 1;
    for (const [code] of queue) {
      this.root[code] = nextId++;
      this.starts[code >>> 5]! |= 1 << (code & 31);
    }
    let id = 1;
    while (queue.length > 0) {
      const following: Array<[number, BuildNode]> = [];
      for (const [code, node] of queue) {
        const p = id++ * 4;
        nodes[p] = node.value;
        codes[p >>> 2] = code;
        if (node.kids) {
          const kids = [...node.kids].sort((a, b) => a[0] - b[0]);
          nodes[p + 1] = nextId;
          nodes[p + 2] = kids.length;
          nextId += kids.length;
          for (const kid of kids) {
            nodes[p + 3] |= 1 << (kid[0] & 31);
            following.push(kid);
          }
        }
      }
      queue = following;
    }
    this.nodes = nodes;
    this.codes = codes;
  }

  /** Whether any key starts with this code unit (cheap pre-check for the hot loop). */
  startsAny(code: number): boolean {
    return (this.starts[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /**
   * Longest key starting at `at` (at most `end`): writes its length to `out[0]` and returns the
   * replacement, or returns null. When `skip` is given, matches whose key it rejects are passed
   * over in favour of the next shorter one (rule removal, `-{-|…}-`).
   */
  longest(text: string, at: number, end: number, out: Int32Array, skip?: (key: string) => boolean): string | null {
    const nodes = this.nodes;
    const codes = this.codes;
    let p = this.root[text.charCodeAt(at)]! * 4;
    if (p === 0) return null;
    let bestLen = 0;
    let best = -1;
    let stack: number[] | null = null;
    let i = at + 1;
    for (;;) {
      const v = nodes[p]!;
      if (v >= 0) {
        if (skip) (stack ??= []).push(i - at, v);
        bestLen = i - at;
        best = v;
      }
      if (i >= end) break;
      p = childRecord(nodes, codes, p, text.charCodeAt(i));
      if (p === 0) break;
      i++;
    }
    if (skip && stack) {
      for (let k = stack.length - 2; k >= 0; k -= 2) {
        const len = stack[k]!;
        if (!skip(text.slice(at, at + len))) {
          out[0] = len;
          return this.values[stack[k + 1]!]!;
        }
      }
      return null;
    }
    if (best < 0) return null;
    out[0] = bestLen;
    return this.values[best]!;
  }

  /**
   * Replace every maximal match in `text`; returns `text` itself when nothing changes. With
   * `overrides` (the page's rules), a rule key at a position wins over a table key that is not
   * longer (MediaWiki's rules replace table entries).
   */
  replaceAll(text: string, overrides?: Overrides): string {
    const n = text.length;
    const root = this.root;
    const starts = this.starts;
    const nodes = this.nodes;
    const codes = this.codes;
    const values = this.values;
    const unchanged = this.unchanged;
    const ruleStarts = overrides ? overrides.starts : null;
    const ruleLen = ruleStarts ? new Int32Array(1) : null;
    let out: FlatBuilder | null = null;
    let copied = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const bit = 1 << (c & 31);
      let ruleTo: string | null = null;
      if (ruleStarts !== null && (ruleStarts[c >>> 5]! & bit) !== 0) ruleTo = overrides!.longest(text, i, ruleLen!);
      if ((starts[c >>> 5]! & bit) === 0 && ruleTo === null) {
        i++;
        continue;
      }
      let best = -1;
      let bestEnd = i + 1;
      let p = root[c]! * 4;
      if (p !== 0) {
        best = nodes[p]!;
        let j = i + 1;
        while (j < n) {
          p = childRecord(nodes, codes, p, text.charCodeAt(j));
          if (p === 0) break;
          j++;
          const v = nodes[p]!;
          if (v >= 0) {
            best = v;
            bestEnd = j;
          }
        }
      }
      if (ruleTo !== null && (best < 0 || i + ruleLen![0]! >= bestEnd)) {
        if (out === null) out = FlatBuilder.begin(n);
        out.copy(text, copied, i);
        out.append(ruleTo);
        i += ruleLen![0]!;
        copied = i;
      } else if (best < 0) {
        i++;
      } else if (unchanged[best] !== 0) {
        // The key maps to itself: the text stays, only shorter keys inside it are passed over.
        i = bestEnd;
      } else {
        if (out === null) out = FlatBuilder.begin(n);
        out.copy(text, copied, i);
        out.append(values[best]!);
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
  value: number;
}

/** The record offset of the child of record `p` along `code`, or 0. Children are sorted by code. */
function childRecord(nodes: Int32Array, codes: Uint16Array, p: number, code: number): number {
  if ((nodes[p + 3]! & (1 << (code & 31))) === 0) return 0;
  let lo = nodes[p + 1]!;
  const count = nodes[p + 2]!;
  if (count <= 8) {
    for (const end = lo + count; lo < end; lo++) if (codes[lo] === code) return lo * 4;
    return 0;
  }
  let hi = lo + count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = codes[mid]!;
    if (m === code) return mid * 4;
    if (m < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Builds the converted text as one flat string. Appending to a string with `+=` makes a rope of
 * thousands of tiny pieces that V8 flattens later, when the writer first reads a character —
 * which cost more than the conversion itself. One shared buffer: conversion is synchronous.
 */
class FlatBuilder {
  private static buffer = new Uint16Array(4096);
  private static readonly shared = new FlatBuilder();
  private len = 0;

  static begin(hint: number): FlatBuilder {
    const b = FlatBuilder.shared;
    b.len = 0;
    if (FlatBuilder.buffer.length < hint * 2) FlatBuilder.buffer = new Uint16Array(hint * 2);
    return b;
  }

  private reserve(extra: number): Uint16Array {
    const buf = FlatBuilder.buffer;
    if (this.len + extra <= buf.length) return buf;
    const bigger = new Uint16Array(Math.max(buf.length * 2, this.len + extra));
    bigger.set(buf.subarray(0, this.len));
    return (FlatBuilder.buffer = bigger);
  }

  copy(s: string, from: number, to: number): void {
    const buf = this.reserve(to - from);
    let k = this.len;
    for (let i = from; i < to; i++) buf[k++] = s.charCodeAt(i);
    this.len = k;
  }

  append(s: string): void {
    this.copy(s, 0, s.length);
  }

  finish(): string {
    const buf = FlatBuilder.buffer;
    const CHUNK = 8192;
    if (this.len <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, this.len) as unknown as number[]);
    let s = '';
    for (let k = 0; k < this.len; k += CHUNK) {
      s += String.fromCharCode.apply(null, buf.subarray(k, Math.min(this.len, k + CHUNK)) as unknown as number[]);
    }
    return s;
  }
}

/** Keys that take precedence over the trie's (a page's manual rules). */
export interface Overrides {
  /** Bit `c` set (bitset over the BMP, 2048 ints) for each code unit some key starts with. */
  readonly starts: Int32Array;
  /** Longest key at `at`: its length in `out[0]` and its replacement, or null. */
  longest(text: string, at: number, out: Int32Array): string | null;
}
