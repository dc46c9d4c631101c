/**
 * MediaWiki's own conversion tables (ZhConversion, as compiled into the npm package
 * `wikimedia-langconv`), loaded lazily: nothing is read until a variant is first asked for.
 *
 * The package keeps the tables as foma source (`fst/zh-exceptions.foma`): one `define TABLE'ZH'XX [`
 * block per variant, each line a pair of UTF-8 byte lists `[ "E5" "A4" "B4" ] : [ … ] |`. The blocks
 * are already merged the way MediaWiki merges them (zh-tw = zh2TW + zh2Hant, zh-cn = zh2CN + zh2Hans …).
 * See docs/variants.md for why these tables were chosen over OpenCC.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Variant } from './codes.js';

/**
 * Which foma block serves each variant. MediaWiki's ZhConverter gives zh-mo the zh-hk table and
 * zh-my and zh-sg the zh-cn one; the package writes those out again as blocks MO, MY and SG, equal
 * entry for entry to HK and CN (checked in test/variants/tables.test.ts). Reading them as their
 * own Maps built eight tables and tries instead of five (≈ 30 MB more per thread).
 */
const BLOCK: Readonly<Record<Exclude<Variant, 'zh'>, string>> = {
  'zh-hans': 'HANS',
  'zh-hant': 'HANT',
  'zh-cn': 'CN',
  'zh-hk': 'HK',
  'zh-mo': 'HK',
  'zh-my': 'CN',
  'zh-sg': 'CN',
  'zh-tw': 'TW',
};

let fomaText: string | null = null;
const cache = new Map<string, Map<string, string>>();

/** Path of the foma table source inside the installed package. */
export function tableSourcePath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wikimedia-langconv/package.json')), 'fst', 'zh-exceptions.foma');
}

/** The conversion pairs (from → to) of one variant; an empty map for 'zh'. Cached. */
export function loadTable(variant: Variant): Map<string, string> {
  if (variant === 'zh') return new Map();
  const block = BLOCK[variant];
  const hit = cache.get(block);
  if (hit) return hit;
  // latin1 keeps the file one byte per char: the hex lists are ASCII anyway.
  fomaText ??= readFileSync(tableSourcePath(), 'latin1');
  const table = parseBlock(fomaText, block);
  cache.set(block, table);
  return table;
}

/** The pairs of one foma block as the package writes it (for the test that MO, MY and SG repeat HK and CN). */
export function loadBlock(block: string): Map<string, string> {
  fomaText ??= readFileSync(tableSourcePath(), 'latin1');
  return parseBlock(fomaText, block);
}

function parseBlock(text: string, block: string): Map<string, string> {
  const header = `define TABLE'ZH'${block} [`;
  const start = text.indexOf(header);
  if (start < 0) throw new Error(`conversion table ${block} not found in ${tableSourcePath()}`);
  const end = text.indexOf('\n];', start);
  const table = new Map<string, string>();
  const bytes = Buffer.alloc(4096);
  let pos = text.indexOf('\n', start) + 1;
  while (pos > 0 && pos < end) {
    const lineEnd = text.indexOf('\n', pos);
    const open1 = text.indexOf('[', pos);
    if (open1 < 0 || open1 > lineEnd) {
      pos = lineEnd + 1;
      continue;
    }
    const close1 = text.indexOf(']', open1);
    const open2 = text.indexOf('[', close1);
    const close2 = text.indexOf(']', open2);
    const from = decodeHexList(text, open1 + 1, close1, bytes);
    const to = decodeHexList(text, open2 + 1, close2, bytes);
    if (from !== '') table.set(from, to);
    pos = lineEnd + 1;
  }
  return table;
}

/** `"E5" "A4" "B4"` → the UTF-8 string those bytes spell. */
function decodeHexList(text: string, from: number, to: number, bytes: Buffer): string {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 34 /* " */) continue;
    bytes[n++] = (hexValue(text.charCodeAt(i + 1)) << 4) | hexValue(text.charCodeAt(i + 2));
    i += 3;
  }
  return bytes.toString('utf8', 0, n);
}

function hexValue(c: number): number {
  return c <= 57 ? c - 48 : (c | 32) - 87;
}
