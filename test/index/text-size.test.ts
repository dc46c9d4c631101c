/**
 * `--min-size` without decoding every text (src/index/text-size.ts): the value stored for a page
 * compares with N exactly as the decoded text's JS length does, and the exact count taken from
 * the bytes is that length.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { decodeXmlBytes } from '../../src/dump/page.js';
import { DumpReader } from '../../src/dump/reader.js';
import { DumpError } from '../../src/dump/types.js';
import { IndexBuilder } from '../../src/index/builder.js';
import { openDatabase } from '../../src/index/db.js';
import { charsForMinSize, decodedLengthOfXml, entityExcess } from '../../src/index/text-size.js';
import { DUMPS, hasShared } from '../mirror/helpers.js';

/** The text as the index pass sees it: XML-escaped, its UTF-8 bytes one char each. */
function xmlTextOf(text: string, quote = '&quot;'): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, quote).replace(/'/g, '&apos;');
  return Buffer.from(escaped, 'utf8').toString('latin1');
}

/** Every N from 1 to past the escaped length: charsForMinSize keeps what the length keeps. */
function assertAgreesForEveryN(xmlText: string, label: string): void {
  const length = decodeXmlBytes(xmlText).length;
  assert.equal(decodedLengthOfXml(xmlText), length, `${label}: exact count`);
  for (let n = 1; n <= xmlText.length + 2; n++) {
    if (charsForMinSize(xmlText, n) >= n !== length >= n) {
      assert.fail(`${label}: N=${n}, length ${length}, stored ${charsForMinSize(xmlText, n)}`);
    }
  }
}

test('pages just under, at and over N: multi-byte text, entities, surrogate pairs', () => {
  // 300 emoji: 1,200 bytes, 600 UTF-16 units (each a surrogate pair, counted 2 as JS does).
  const emoji = xmlTextOf('😀'.repeat(300));
  assert.equal(emoji.length, 1200);
  assert.equal(decodedLengthOfXml(emoji), 600);
  assert.ok(charsForMinSize(emoji, 599) >= 599);
  assert.ok(charsForMinSize(emoji, 600) >= 600);
  assert.ok(charsForMinSize(emoji, 601) < 601);
  // 1,023 / 1,024 / 1,025 CJK chars with quotes: 3 bytes a char, `&quot;` 6 bytes for one.
  for (const [chars, kept] of [[1023, false], [1024, true], [1025, true]] as const) {
    const text = '"漢字"'.repeat(chars / 4 | 0) + '字'.repeat(chars % 4);
    assert.equal(text.length, chars);
    const xmlText = xmlTextOf(text);
    assert.equal(decodedLengthOfXml(xmlText), chars);
    assert.equal(charsForMinSize(xmlText, 1024) >= 1024, kept, `${chars} chars`);
  }
  // Only entities: L = 6 C, the lower bound at its tightest.
  const quotes = xmlTextOf('"'.repeat(500));
  assert.equal(quotes.length, 3000);
  assert.equal(charsForMinSize(quotes, 500) >= 500, true);
  assert.equal(charsForMinSize(quotes, 501) >= 501, false);
  // A fractional N behaves as its ceiling: 600 units are not ≥ 600.5.
  assert.equal(charsForMinSize(emoji, 600.5) >= 600.5, false);
});

test('every N agrees with the decoded length: mixed scripts, short and long texts', () => {
  const samples: Record<string, string> = {
    ascii: 'Plain [[link]] text. '.repeat(20),
    cyrillic: 'Україна — держава. '.repeat(15),
    cjk: '東京都は日本の首都である。'.repeat(25),
    astral: '𠮷野家 😀 𝄞 '.repeat(30),
    entities: `<ref name="a">'x' & "y"</ref> `.repeat(20),
    mixed: 'Ωmega «ё» 漢 😀 <b>&</b> "q" '.repeat(12),
    short: '漢😀<&>',
    latin2: 'é'.repeat(200),
    edge: '\uFEFF\u0000\uFFFF\uFFFD end',
  };
  for (const [label, text] of Object.entries(samples)) {
    assertAgreesForEveryN(xmlTextOf(text), label);
    assertAgreesForEveryN(xmlTextOf(text, '"'), `${label} (quotes left raw)`);
    assert.equal(decodedLengthOfXml(xmlTextOf(text)), text.length, label);
  }
});

test('texts the byte count leaves to the decoder: bad UTF-8, unknown entities, bare ampersands', () => {
  const latin1 = (bytes: number[]) => Buffer.from(bytes).toString('latin1');
  const cjk = xmlTextOf('漢字'.repeat(100));
  const cases: Record<string, string> = {
    'lone continuation byte': cjk + latin1([0x80]) + cjk,
    'truncated sequence': cjk + latin1([0xe6, 0xbc]) + 'x' + cjk,
    'truncated at the end': cjk + latin1([0xf0, 0x9f, 0x98]),
    'encoded surrogate': cjk + latin1([0xed, 0xa0, 0x80]) + cjk,
    'overlong': latin1([0xc0, 0xaf]) + cjk,
    'short and bad': latin1([0xff, 0xfe, 0x41]),
    'unknown entity': cjk + '&nbsp;' + cjk,
    // decodeXml (src/dump/xml.ts) looks entity names up on a plain object: these decode longer.
    'entity named like an Object property': '&constructor;' + cjk + '&toString;',
    'short with an Object property': 'a&__proto__;',
    'bare ampersand': 'AT&T ' + cjk + ' & ',
    'ampersand without semicolon': cjk + '&amp',
  };
  for (const [label, xmlText] of Object.entries(cases)) assertAgreesForEveryN(xmlText, label);
  assert.equal(entityExcess('a &lt;b&gt; &amp; &quot;c&quot; &apos;'), 3 + 3 + 4 + 5 + 5 + 5);
  assert.equal(entityExcess('a &nbsp; b'), -1);
  assert.equal(entityExcess('a &#91; b'), -1);
});

/** Kept ids of an index built from byte-read pages with this N, and from decoded lengths. */
async function keptSets(file: string, minSize: number): Promise<{ fromIndex: number[]; fromText: number[] }> {
  const db = openDatabase(':memory:');
  const reader = await DumpReader.open(file, { xmlText: true });
  const builder = new IndexBuilder(db, reader.site, { minSize });
  const fromText: number[] = [];
  try {
    for await (const page of (await DumpReader.open(file)).pages()) if (page.text.length >= minSize) fromText.push(page.id);
  } catch (err) {
    if (!(err instanceof DumpError) || err.kind !== 'truncated') throw err;
  }
  try {
    for await (const page of reader.pages()) builder.add(page);
  } catch (err) {
    if (!(err instanceof DumpError) || err.kind !== 'truncated') throw err;
  }
  builder.finish();
  const fromIndex = db.prepare('SELECT id FROM pages WHERE chars >= ? ORDER BY id').pluck().all(minSize) as number[];
  db.close();
  return { fromIndex, fromText: fromText.sort((a, b) => a - b) };
}

test('every page of the ja/uk dumps: the kept set is the set by decoded length, for several N', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  for (const name of ['jawiki-truncated.xml', 'ukwiki-truncated.xml']) {
    const file = path.join(DUMPS, name);
    const sizes = new Set<number>();
    for (const minSize of [1, 100, 1024, 5000, 20000]) {
      const { fromIndex, fromText } = await keptSets(file, minSize);
      assert.deepEqual(fromIndex, fromText, `${name}, N=${minSize}`);
      sizes.add(fromIndex.length);
    }
    assert.equal(sizes.size, 5, `${name}: each N keeps a different number of pages`);
    // And page by page, for N at each page's own length and either side of it.
    const reader = await DumpReader.open(file, { xmlText: true });
    try {
      for await (const page of reader.pages()) {
        const length = page.text.length;
        assert.equal(decodedLengthOfXml(page.xmlText!), length, `${name} ${page.title}`);
        for (const n of [length - 1, length, length + 1, Math.ceil(page.xmlText!.length / 6), Math.ceil(page.xmlText!.length / 3)]) {
          if (n > 0) assert.equal(charsForMinSize(page.xmlText!, n) >= n, length >= n, `${name} ${page.title} N=${n}`);
        }
      }
    } catch (err) {
      if (!(err instanceof DumpError) || err.kind !== 'truncated') throw err;
    }
  }
});
