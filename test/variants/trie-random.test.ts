/**
 * The trie against a plain reference implementation of MediaWiki's replacement (PHP `strtr`:
 * longest key first at each position, left to right, replaced text not rescanned), on random
 * strings built from real table keys, pieces of keys and filler — the matcher's layout is tuned
 * for speed, this pins its semantics.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RuleSet, createConverter } from '../../src/variants/converter.js';
import { loadTable } from '../../src/variants/tables.js';
import { ReplacementTrie } from '../../src/variants/trie.js';
import { mulberry32 } from '../helpers/rng.js';

/** Deterministic, so a failure reproduces. */
const random = mulberry32;

/** Longest key of `table` at `at` (by trying every length), or 0. */
function longestAt(table: ReadonlyMap<string, string>, maxLen: number, text: string, at: number, skip?: (k: string) => boolean): number {
  for (let len = Math.min(maxLen, text.length - at); len > 0; len--) {
    const key = text.slice(at, at + len);
    if (table.has(key) && !(skip && skip(key))) return len;
  }
  return 0;
}

/**
 * Reference: table entries and page rules, a rule winning over a table key that is not longer;
 * `removed` keys are passed over in the table (MediaWiki deletes them from it).
 */
function reference(table: ReadonlyMap<string, string>, text: string, rules = new Map<string, string>(), removed = new Set<string>()): string {
  const maxTable = Math.max(0, ...[...table.keys()].map((k) => k.length));
  const maxRule = Math.max(0, ...[...rules.keys()].map((k) => k.length));
  const skip = removed.size ? (k: string) => removed.has(k) : undefined;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const t = longestAt(table, maxTable, text, i, skip);
    const r = longestAt(rules, maxRule, text, i);
    if (r > 0 && r >= t) {
      out += rules.get(text.slice(i, i + r));
      i += r;
    } else if (t > 0) {
      out += table.get(text.slice(i, i + t));
      i += t;
    } else out += text[i++];
  }
  return out;
}

/** Random text: whole keys, prefixes and suffixes of keys (near misses), CJK and Latin filler. */
function randomText(rand: () => number, keys: readonly string[], pieces: number): string {
  const filler = ['a', 'Z', '0', '9', ' ', '，', '。', '的', '是', '𠮶', '\n'];
  let s = '';
  for (let k = 0; k < pieces; k++) {
    const key = keys[Math.floor(rand() * keys.length)]!;
    const r = rand();
    if (r < 0.45) s += key;
    else if (r < 0.65) s += key.slice(0, 1 + Math.floor(rand() * key.length));
    else if (r < 0.8) s += key.slice(Math.floor(rand() * key.length));
    else s += filler[Math.floor(rand() * filler.length)]!;
  }
  return s;
}

test('trie matches the reference on random text from the zh-tw and zh-cn tables', () => {
  for (const variant of ['zh-tw', 'zh-cn'] as const) {
    const table = loadTable(variant);
    const trie = new ReplacementTrie(table);
    const keys = [...table.keys()];
    // Long keys are rare in the table; bias towards them so deep paths are exercised too.
    const longKeys = keys.filter((k) => k.length >= 3);
    const rand = random(variant === 'zh-tw' ? 1 : 2);
    for (let n = 0; n < 400; n++) {
      const text = randomText(rand, n % 2 ? keys : longKeys, 1 + Math.floor(rand() * 30));
      assert.equal(trie.replaceAll(text), reference(table, text), `${variant}: ${JSON.stringify(text)}`);
    }
  }
});

test('trie matches the reference on small overlapping key sets (identity entries, astral keys)', () => {
  const rand = random(3);
  const alphabet = ['a', 'b', 'c', '头', '发', '𠮶'];
  for (let round = 0; round < 200; round++) {
    const table = new Map<string, string>();
    const count = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < count; k++) {
      let key = '';
      const len = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < len; i++) key += alphabet[Math.floor(rand() * alphabet.length)]!;
      // Some entries map to themselves (they only stop shorter matches), some to the empty string.
      const r = rand();
      table.set(key, r < 0.2 ? key : r < 0.3 ? '' : `<${key.toUpperCase()}>`);
    }
    const trie = new ReplacementTrie(table);
    for (let n = 0; n < 20; n++) {
      let text = '';
      const len = Math.floor(rand() * 16);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)]!;
      assert.equal(trie.replaceAll(text), reference(table, text), `${JSON.stringify([...table])} on ${JSON.stringify(text)}`);
    }
  }
});

test('unchanged text is returned as the same string', () => {
  const trie = new ReplacementTrie(new Map([['ab', 'ab'], ['b', 'B']]));
  const text = 'xxabxx';
  assert.equal(trie.replaceAll(text), text);
  assert.equal(trie.replaceAll('xbx'), 'xBx');
});

test('converter with page rules and removals matches the reference on random zh-tw text', () => {
  const table = loadTable('zh-tw');
  const keys = [...table.keys()];
  const convert = createConverter('zh-tw');
  const rand = random(4);
  for (let round = 0; round < 60; round++) {
    const rules = new RuleSet();
    const pairs = new Map<string, string>();
    const removed = new Set<string>();
    const ruleCount = 1 + Math.floor(rand() * 20);
    for (let k = 0; k < ruleCount; k++) {
      const key = keys[Math.floor(rand() * keys.length)]!;
      // Rules on table keys, on their prefixes and on longer phrases around them.
      const r = rand();
      const from = r < 0.4 ? key : r < 0.7 ? key.slice(0, 1 + Math.floor(rand() * key.length)) : `${key}的`;
      if (rand() < 0.15 && round % 2 === 1) {
        rules.remove(from);
        pairs.delete(from);
        removed.add(from);
      } else {
        rules.set(from, `[${k}]`);
        pairs.set(from, `[${k}]`);
        removed.delete(from);
      }
    }
    for (let n = 0; n < 10; n++) {
      const text = randomText(rand, keys, 1 + Math.floor(rand() * 25));
      assert.equal(convert(text, rules), reference(table, text, pairs, removed), `rules ${JSON.stringify([...pairs])} removed ${JSON.stringify([...removed])} on ${JSON.stringify(text)}`);
    }
  }
});
