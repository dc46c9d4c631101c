/**
 * Table conversion of plain text to one Chinese variant: MediaWiki's table (lazy-loaded, built
 * into a trie once per variant and cached) plus the page's manual rules (`-{H|…}-`, NoteTA, groups),
 * all matched longest-first at each position as MediaWiki's `strtr` does.
 */
import { validateVariant, type Variant } from './codes.js';
import { loadTable } from './tables.js';
import { ReplacementTrie } from './trie.js';

const tries = new Map<Variant, ReplacementTrie>();

/** The table trie of a variant, built on first use. */
export function tableTrie(variant: Variant): ReplacementTrie {
  let trie = tries.get(variant);
  if (!trie) {
    const table = loadTable(variant);
    // zh-mo/zh-hk and zh-sg/zh-my/zh-cn share tables; share their tries too.
    for (const [v, t] of tries) if (loadTable(v) === table) trie = t;
    trie ??= new ReplacementTrie(table);
    tries.set(variant, trie);
  }
  return trie;
}

/**
 * The page's manual rules for one variant: pairs added (`setPair`) and keys removed
 * (`-{-|…}-` deletes the key from the variant's table, built-in entries included).
 */
export class RuleSet {
  private readonly pairs = new Map<string, string>();
  private readonly removed = new Set<string>();
  /** Trie over `pairs`, rebuilt lazily after changes (rules come in bursts: NoteTA, groups). */
  private compiled: ReplacementTrie | null = null;

  get size(): number {
    return this.pairs.size + this.removed.size;
  }

  set(from: string, to: string): void {
    if (from === '') return;
    this.pairs.set(from, to);
    this.removed.delete(from);
    this.compiled = null;
  }

  remove(from: string): void {
    if (from === '') return;
    if (this.pairs.delete(from)) this.compiled = null;
    this.removed.add(from);
  }

  /** The rules as a trie (empty pairs give an empty trie). */
  trie(): ReplacementTrie {
    return (this.compiled ??= new ReplacementTrie(this.pairs));
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
    conv = (text, rules) => (rules && rules.size > 0 ? convertWithRules(trie, text, rules) : trie.replaceAll(text));
  }
  converters.set(v, conv);
  return conv;
}

function convertWithRules(trie: ReplacementTrie, text: string, rules: RuleSet): string {
  const n = text.length;
  const len = new Int32Array(1);
  const skip = rules.hasRemovals() ? rules.isRemoved : undefined;
  const ruleTrie = rules.trie();
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
    const ruleTo = ruleTrie.startsAny(c) ? ruleTrie.longest(text, i, n, len) : null;
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
