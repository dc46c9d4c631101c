/**
 * A read-only trie over UTF-16 code units for maximal-munch replacement (PHP `strtr` semantics:
 * at each position the longest key wins, scanning left to right, replaced text is not rescanned).
 *
 * Layout, chosen for speed on the hot path: the root's children are a direct 65536-entry table
 * indexed by the first code unit; deeper edges live in one open-addressing hash keyed by
 * (parent node, code unit). Per node: the index of its replacement (or -1) and whether it has
 * children, so most characters cost one typed-array read.
 */
export class ReplacementTrie {
  /** Child of the root for each first code unit (0 = no key starts with it). */
  private readonly root = new Int32Array(65536);
  private hashParent: Int32Array;
  private hashCode: Uint16Array;
  private hashChild: Int32Array;
  private hashMask: number;
  /** Per node: index into `values`, or -1. */
  private value: Int32Array;
  private hasChildren: Uint8Array;
  /**
   * Per node: bit `code & 31` set when some child edge has a code unit with those low bits. Most
   * lookups below the root find no child (no key continues), and the mask answers those without
   * hashing.
   */
  private childMask: Int32Array;
  private readonly values: string[] = [];
  private nodeCount = 1;
  readonly size: number;

  constructor(pairs: Iterable<readonly [string, string]> | Map<string, string>) {
    const list = [...pairs].filter(([from]) => from.length > 0);
    let units = 1;
    for (const [from] of list) units += from.length;
    let cap = 1024;
    while (cap < units * 2) cap <<= 1;
    this.hashMask = cap - 1;
    this.hashParent = new Int32Array(cap).fill(-1);
    this.hashCode = new Uint16Array(cap);
    this.hashChild = new Int32Array(cap);
    this.value = new Int32Array(units + 1).fill(-1);
    this.hasChildren = new Uint8Array(units + 1);
    this.childMask = new Int32Array(units + 1);
    for (const [from, to] of list) this.insert(from, to);
    this.size = list.length;
  }

  private insert(key: string, replacement: string): void {
    let node = this.root[key.charCodeAt(0)]!;
    if (node === 0) {
      node = this.nodeCount++;
      this.root[key.charCodeAt(0)] = node;
    }
    for (let i = 1; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = this.child(node, code);
      if (child === 0) {
        child = this.nodeCount++;
        this.addEdge(node, code, child);
        this.hasChildren[node] = 1;
      }
      node = child;
    }
    const existing = this.value[node]!;
    if (existing >= 0) this.values[existing] = replacement;
    else {
      this.value[node] = this.values.length;
      this.values.push(replacement);
    }
  }

  private slot(parent: number, code: number): number {
    return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
  }

  private addEdge(parent: number, code: number, child: number): void {
    let h = this.slot(parent, code) & this.hashMask;
    while (this.hashParent[h] !== -1) h = (h + 1) & this.hashMask;
    this.hashParent[h] = parent;
    this.hashCode[h] = code;
    this.hashChild[h] = child;
    this.childMask[parent] |= 1 << (code & 31);
  }

  /** Child of `parent` along code unit `code`, or 0. */
  child(parent: number, code: number): number {
    if ((this.childMask[parent]! & (1 << (code & 31))) === 0) return 0;
    const mask = this.hashMask;
    let h = this.slot(parent, code) & mask;
    for (;;) {
      const p = this.hashParent[h]!;
      if (p === -1) return 0;
      if (p === parent && this.hashCode[h] === code) return this.hashChild[h]!;
      h = (h + 1) & mask;
    }
  }

  /**
   * Longest key starting at `at` (at most `end`): writes its length to `out[0]` and returns the
   * replacement, or returns null. When `skip` is given, matches whose key it rejects are passed
   * over in favour of the next shorter one (rule removal, `-{-|…}-`).
   */
  longest(text: string, at: number, end: number, out: Int32Array, skip?: (key: string) => boolean): string | null {
    let node = this.root[text.charCodeAt(at)]!;
    if (node === 0) return null;
    let bestLen = 0;
    let best = -1;
    let stack: number[] | null = null;
    let i = at + 1;
    for (;;) {
      const v = this.value[node]!;
      if (v >= 0) {
        if (skip) (stack ??= []).push(i - at, v);
        bestLen = i - at;
        best = v;
      }
      if (i >= end || this.hasChildren[node] === 0) break;
      node = this.child(node, text.charCodeAt(i));
      if (node === 0) break;
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

  /** Whether any key starts with this code unit (cheap pre-check for the hot loop). */
  startsAny(code: number): boolean {
    return this.root[code] !== 0;
  }

  /**
   * Replace every maximal match in `text`. With `overrides` (the page's rules), a rule key at a
   * position wins over a table key that is not longer (MediaWiki's rules replace table entries).
   */
  replaceAll(text: string, overrides?: Overrides): string {
    const n = text.length;
    const root = this.root;
    const value = this.value;
    const hasChildren = this.hasChildren;
    const values = this.values;
    const first = overrides ? overrides.first : null;
    const ruleLen = first ? new Int32Array(1) : null;
    const out = new FlatBuilder();
    let started = false;
    let copied = 0;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      let node = root[c]!;
      let ruleTo: string | null = null;
      if (first !== null && first[c] !== 0) ruleTo = overrides!.longest(text, i, ruleLen!);
      if (node === 0 && ruleTo === null) {
        i++;
        continue;
      }
      let best = -1;
      let bestEnd = i + 1;
      if (node !== 0) {
        best = value[node]!;
        let j = i + 1;
        while (j < n && hasChildren[node] !== 0) {
          node = this.child(node, text.charCodeAt(j));
          if (node === 0) break;
          j++;
          const v = value[node]!;
          if (v >= 0) {
            best = v;
            bestEnd = j;
          }
        }
      }
      let to: string | null = best >= 0 ? values[best]! : null;
      if (ruleTo !== null && (best < 0 || i + ruleLen![0]! >= bestEnd)) {
        to = ruleTo;
        bestEnd = i + ruleLen![0]!;
      }
      if (to !== null) {
        if (!started) {
          out.start(n);
          started = true;
        }
        out.copy(text, copied, i);
        out.copy(to, 0, to.length);
        i = bestEnd;
        copied = i;
      } else i++;
    }
    if (!started) return text;
    out.copy(text, copied, n);
    return out.finish();
  }
}

/**
 * Builds the converted text as one flat string. Appending to a string with `+=` makes a rope of
 * thousands of tiny pieces that V8 flattens later, when the writer first reads a character —
 * which cost more than the conversion itself.
 */
class FlatBuilder {
  private static buffer = new Uint16Array(4096);
  private len = 0;

  start(hint: number): void {
    this.len = 0;
    if (FlatBuilder.buffer.length < hint * 2) FlatBuilder.buffer = new Uint16Array(hint * 2);
  }

  copy(s: string, from: number, to: number): void {
    let buf = FlatBuilder.buffer;
    if (this.len + (to - from) > buf.length) {
      const bigger = new Uint16Array(Math.max(buf.length * 2, this.len + (to - from)));
      bigger.set(buf.subarray(0, this.len));
      FlatBuilder.buffer = buf = bigger;
    }
    let k = this.len;
    for (let i = from; i < to; i++) buf[k++] = s.charCodeAt(i);
    this.len = k;
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
  /** Non-zero for each code unit some key starts with. */
  readonly first: Uint8Array;
  /** Longest key at `at`: its length in `out[0]` and its replacement, or null. */
  longest(text: string, at: number, out: Int32Array): string | null;
}
