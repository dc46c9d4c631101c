/**
 * Table conversion of plain text to one Chinese variant: MediaWiki's table (lazy-loaded, built
 * into a trie once per variant and cached) plus the page's manual rules (`-{H|…}-`, NoteTA, groups),
 * all matched longest-first at each position as MediaWiki's `strtr` does.
 */
import { validateVariant, type Variant } from './codes.js';
import { loadTable } from './tables.js';
import { ReplacementTrie, type Overrides } from './trie.js';

/** One trie per table: zh-mo reads zh-hk's table, zh-my and zh-sg zh-cn's (tables.ts), so five in all. */
const tries = new Map<Map<string, string>, ReplacementTrie>();

/** The table trie of a variant, built on first use. */
export function tableTrie(variant: Variant): ReplacementTrie {
  const table = loadTable(variant);
  let trie = tries.get(table);
  if (!trie) {
    trie = new ReplacementTrie(table);
    tries.set(table, trie);
  }
  return trie;
}

/**
 * The page's manual rules for one variant: pairs added (`set`) and keys removed (`-{-|…}-`
 * deletes the key from the variant's table, built-in entries included).
 *
 * Pages have tens to a few hundred rules and add them in bursts (NoteTA, groups, `-{H|…}-` in
 * the body), so instead of a trie the keys are indexed by their first code unit, each bucket
 * sorted longest first: nothing to rebuild when a rule arrives, a handful of `startsWith` per hit.
 */
export class RuleSet implements Overrides {
  private readonly pairs = new Map<string, string>();
  private readonly removed = new Set<string>();
  /** First code unit → keys starting with it, longest first. */
  private readonly buckets = new Map<number, string[]>();
  /**
   * Bit `c` set for each code unit a key starts with: one bit test per character on the hot path,
   * and 8 KB to allocate per page (a byte per code unit was 64 KB, zeroed for every page).
   */
  readonly starts = new Int32Array(2048);

  /** An independent copy (NoteTA group snapshots are cloned into each page that uses them). */
  clone(): RuleSet {
    const copy = new RuleSet();
    for (const [from, to] of this.pairs) copy.pairs.set(from, to);
    for (const key of this.removed) copy.removed.add(key);
    for (const [first, keys] of this.buckets) copy.buckets.set(first, keys.slice());
    copy.starts.set(this.starts);
    return copy;
  }

  get size(): number {
    return this.pairs.size + this.removed.size;
  }

  set(from: string, to: string): void {
    if (from === '') return;
    if (!this.pairs.has(from)) {
      const first = from.charCodeAt(0);
      const bucket = this.buckets.get(first);
      this.starts[first >>> 5]! |= 1 << (first & 31);
      if (!bucket) this.buckets.set(first, [from]);
      else {
        let k = bucket.length;
        while (k > 0 && bucket[k - 1]!.length < from.length) k--;
        bucket.splice(k, 0, from);
      }
    }
    this.pairs.set(from, to);
    this.removed.delete(from);
  }

  remove(from: string): void {
    if (from === '') return;
    if (this.pairs.delete(from)) {
      const first = from.charCodeAt(0);
      const bucket = this.buckets.get(first)!;
      bucket.splice(bucket.indexOf(from), 1);
      if (bucket.length === 0) {
        this.buckets.delete(first);
        this.starts[first >>> 5]! &= ~(1 << (first & 31));
      }
    }
    this.removed.add(from);
  }

  /** Whether some rule key starts with this code unit (cheap pre-check for the hot loop). */
  startsAny(code: number): boolean {
    return (this.starts[code >>> 5]! & (1 << (code & 31))) !== 0;
  }

  /** Longest rule key at `at`: its length in `out[0]` and its replacement, or null. */
  longest(text: string, at: number, out: Int32Array): string | null {
    const bucket = this.buckets.get(text.charCodeAt(at));
    if (!bucket) return null;
    for (const key of bucket) {
      if (text.startsWith(key, at)) {
        out[0] = key.length;
        return this.pairs.get(key)!;
      }
    }
    return null;
  }

  isRemoved = (key: string): boolean => this.removed.has(key);
  hasRemovals(): boolean {
    return this.removed.size > 0;
  }
}

export type TextConverter = (text: string, rules?: RuleSet | null) => string;

const converters = new Map<string, TextConverter>();

/**
 * A converter for `variant` ('zh' or an unknown code: identity). Built once and cached; the table
 * is only loaded when the converter is first created, so pages without `--variant` pay nothing.
 */
export function createConverter(variant: string): TextConverter {
  const v = validateVariant(variant) ?? 'zh';
  let conv = converters.get(v);
  if (conv) return conv;
  if (v === 'zh') conv = (text) => text;
  else {
    const trie = tableTrie(v);
    conv = (text, rules) => {
      if (!rules || rules.size === 0) return trie.replaceAll(text);
      // Removed keys (`-{-|…}-`, rare) need the slower path that can pass table entries over.
      return rules.hasRemovals() ? convertWithRemovals(trie, text, rules) : trie.replaceAll(text, rules);
    };
  }
  converters.set(v, conv);
  return conv;
}

/**
 * Table conversion with page rules when some rule removed a key (`-{-|…}-`, rare): slower, each
 * position asks for the longest table key the rules have not removed.
 */
export function convertWithRemovals(trie: ReplacementTrie, text: string, rules: RuleSet): string {
  const n = text.length;
  const len = new Int32Array(1);
  const skip = rules.hasRemovals() ? rules.isRemoved : undefined;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let to: string | null = null;
    let toLen = 0;
    if (trie.startsAny(c)) {
      to = trie.longest(text, i, n, len, skip);
      if (to !== null) toLen = len[0]!;
    }
    const ruleTo = rules.startsAny(c) ? rules.longest(text, i, len) : null;
    // A page rule overrides a table entry of the same key (MediaWiki's setPair) and wins ties.
    if (ruleTo !== null && len[0]! >= toLen) {
      to = ruleTo;
      toLen = len[0]!;
    }
    if (to === null) {
      i++;
      continue;
    }
    if (copied < i) out += text.slice(copied, i);
    out += to;
    i += toLen;
    copied = i;
  }
  if (copied === 0) return text;
  if (copied < n) out += text.slice(copied);
  return out;
}
