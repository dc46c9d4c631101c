/**
 * The index built from byte-read pages (xmlText, as the mirror's index pass reads) holds exactly
 * what the index built from decoded pages holds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DumpReader } from '../../src/dump/reader.js';
import { DumpError } from '../../src/dump/types.js';
import { CHARS_NOT_MEASURED, IndexBuilder } from '../../src/index/builder.js';
import { openDatabase, type DB } from '../../src/index/db.js';
import { DUMPS, hasShared, miniDump, pageXml, SAMPLE, tmpDir } from '../mirror/helpers.js';

async function buildIndex(file: string, xmlText: boolean, minSize: number): Promise<DB> {
  const db = openDatabase(':memory:');
  const reader = await DumpReader.open(file, { xmlText });
  const builder = new IndexBuilder(db, reader.site, { minSize, keepText: [10, 4] });
  try {
    for await (const page of reader.pages()) builder.add(page);
  } catch (err) {
    if (!(err instanceof DumpError) || err.kind !== 'truncated') throw err;
  }
  builder.finish();
  return db;
}

/** Column `chars` of the pages table. */
const CHARS = 11;

/**
 * The index tables. Under --min-size, `chars` of a byte-read page may be a bound that compares
 * with minSize as the length does (src/index/text-size.ts): only that comparison is kept.
 */
function contents(db: DB, minSize: number): Record<string, unknown[]> {
  const pages = db.prepare('SELECT * FROM pages ORDER BY id').raw().all() as unknown[][];
  return {
    pages: minSize > 0 ? pages.map((row) => row.with(CHARS, (row[CHARS] as number) >= minSize)) : pages,
    categories: db.prepare('SELECT * FROM categories ORDER BY rowid').raw().all(),
    texts: db.prepare('SELECT * FROM texts ORDER BY page_id').raw().all(),
  };
}

async function assertSameIndex(file: string, minSize: number): Promise<Record<string, unknown[]>> {
  const fromBytes = await buildIndex(file, true, minSize);
  const fromText = await buildIndex(file, false, minSize);
  const expected = contents(fromText, minSize);
  assert.deepEqual(contents(fromBytes, minSize), expected, `${path.basename(file)}, min size ${minSize}`);
  fromBytes.close();
  fromText.close();
  return expected;
}

const HOSTILE = miniDump(
  pageXml(1, '甲', '[[Category:A&B|k]] <!-- [[Category:注释]] --> {{DEFAULTSORT:键}} [[Category:C]]\n<nowiki>[[Category:N]]</nowiki>') +
    pageXml(2, '乙', '#REDIRECT [[Category:甲类]]\n[[Category:重定向]]', { redirect: 'Category:甲类' }) +
    pageXml(3, '丙', '  #重定向 [[丁#节]] [[Category:也是重定向]]') +
    pageXml(4, 'Template:模', '<includeonly>[[Category:用]]</includeonly><noinclude>[[Category:模板]]</noinclude>', { ns: 10 }) +
    pageXml(5, '戊', 'x') +
    pageXml(6, 'Wikipedia:己', 'kept text &amp; more', { ns: 4 }),
);

test('byte-read and decoded pages give the same index: hostile pages, character references, sizes', async () => {
  const dir = tmpDir('builder');
  // A dump writer that uses character references (`&#91;` is `[`): those texts are scanned decoded.
  const reference = '  <page><title>庚</title><ns>0</ns><id>7</id><revision><id>70</id><text bytes="9">&#91;&#91;Category:&#x5F15;]] &#x5b;[Category:B]]</text></revision></page>\n';
  const file = path.join(dir, 'hostile.xml');
  fs.writeFileSync(file, HOSTILE.replace('</mediawiki>', reference + '</mediawiki>'));
  const lengths: number[] = [];
  for await (const page of (await DumpReader.open(file)).pages()) lengths.push(page.text.length);
  assert.deepEqual(lengths, [108, 42, 33, 79, 1, 20, 29]);
  for (const minSize of [1, 2, 20, 21, 29, 30, 33, 34, 79, 80, 108, 109]) {
    const measured = await assertSameIndex(file, minSize);
    const categories = (measured.categories as Array<[number, string, string | null]>).map(([id, name, key]) => `${id}:${name}:${key}`);
    assert.deepEqual(categories, ['1:A&B:k', '1:C:键', '2:重定向:null', '3:也是重定向:null', '4:模板:null', '7:引:null', '7:B:null']);
    assert.deepEqual((measured.pages as unknown[][]).map((row) => row[CHARS]), lengths.map((length) => length >= minSize), `min size ${minSize}`);
  }
  const unmeasured = await assertSameIndex(file, 0);
  assert.ok((unmeasured.pages as unknown[][]).every((row) => row[11] === CHARS_NOT_MEASURED));
  assert.deepEqual((unmeasured.texts as unknown[][]).map((row) => row[0]), [4, 6]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('byte-read and decoded pages give the same index: the sample and the shared ja/uk dumps', async (t) => {
  await assertSameIndex(SAMPLE, 1);
  await assertSameIndex(SAMPLE, 100);
  if (!hasShared()) return t.skip('shared data not found');
  for (const name of ['jawiki-truncated.xml', 'ukwiki-truncated.xml']) {
    const { pages, categories } = await assertSameIndex(path.join(DUMPS, name), 1024);
    assert.ok(pages.length > 200 && categories.length > 500, name);
  }
});
