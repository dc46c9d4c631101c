import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DumpReader, readFragment, readPageAt, readPageTextAt } from '../../src/dump/reader.js';
import os from 'node:os';
import { describeInput } from '../../src/dump/input.js';
import { articleBaseOf } from '../../src/dump/site.js';
import { DumpError, type DumpPage } from '../../src/dump/types.js';
import { MultistreamIndex } from '../../src/dump/multistream.js';
import { PageScanner } from '../../src/dump/scanner.js';
import { DUMPS, hasShared, miniDump, pageXml, SAMPLE } from '../mirror/helpers.js';

async function readAll(file: string, decoder?: 'js' | 'binary'): Promise<{ pages: DumpPage[]; error: DumpError | null; reader: DumpReader }> {
  const reader = await DumpReader.open(file, { decoder });
  const pages: DumpPage[] = [];
  let error: DumpError | null = null;
  try {
    for await (const p of reader.pages()) pages.push(p);
  } catch (err) {
    error = err as DumpError;
  }
  return { pages, error, reader };
}

test('the sample dump: site from siteinfo, every page', async () => {
  const { pages, error, reader } = await readAll(SAMPLE);
  assert.equal(error, null);
  assert.equal(pages.length, 38);
  assert.equal(reader.site.lang, 'zh');
  assert.equal(reader.site.articleBase, 'https://zh.wikipedia.org/wiki/');
  assert.equal(reader.site.namespaces.get(14)?.name, 'Category');
  assert.ok(pages.some((p) => p.title === '𰻝𰻝面'));
});

test('article base from <base>', () => {
  assert.equal(articleBaseOf('https://ja.wikipedia.org/wiki/%E3%83%A1'), 'https://ja.wikipedia.org/wiki/');
  assert.equal(articleBaseOf('https://w.example.org/index.php?title=Main'), 'https://w.example.org/index.php?title=');
  assert.equal(articleBaseOf(''), undefined);
});

test('shared truncated dumps: complete pages then the truncation with offset and last good page', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  const expected: Record<string, [number, string, number]> = {
    'jawiki-truncated.xml': [238, 'Help:目次', 10234598],
    'ukwiki-truncated.xml': [532, '1701', 13592574],
  };
  for (const [file, [count, last, offset]] of Object.entries(expected)) {
    const { pages, error } = await readAll(path.join(DUMPS, file));
    assert.equal(pages.length, count, file);
    assert.equal(new Set(pages.map((p) => p.id)).size, count);
    assert.ok(error instanceof DumpError && error.kind === 'truncated');
    assert.equal(error.offset, offset);
    assert.equal(error.lastGood?.title, last);
  }
});

test('multistream: both decoders give the plain dump; streams decode on their own', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  const plain = await readAll(path.join(DUMPS, 'jawiki-truncated.xml'));
  const file = path.join(DUMPS, 'jawiki-truncated-multistream.xml.bz2');
  for (const decoder of ['js', 'binary'] as const) {
    const got = await readAll(file, decoder);
    assert.deepEqual(got.pages.map((p) => [p.id, p.offset, p.sha1]), plain.pages.map((p) => [p.id, p.offset, p.sha1]), decoder);
    assert.equal(got.error?.kind, 'truncated');
  }
  const input = describeInput(file);
  assert.ok(input.multistreamIndex?.endsWith('jawiki-truncated-multistream-index.txt.bz2'));
  const index = new MultistreamIndex(input.multistreamIndex!);
  const streams: number[] = [];
  for (const p of plain.pages) streams.push((await index.streamOf(p.id))!);
  await index.close();
  assert.deepEqual([...new Set(streams)], [710, 983271, 1721604]);
  const second: DumpPage[] = [];
  for await (const p of readFragment(input, { start: 983271, end: 1721604 }, { decoder: 'js' })) second.push(p);
  assert.deepEqual(second.map((p) => p.id), plain.pages.slice(100, 200).map((p) => p.id));
});

test('a missing file is an io error', async () => {
  await assert.rejects(DumpReader.open('/nonexistent/dump.xml'), (err: unknown) => err instanceof DumpError && err.kind === 'io' && /ENOENT/.test(err.message));
  assert.ok(fs.existsSync(SAMPLE));
});

/** readPageTextAt against readPageAt on every page of `file` (plain XML): same text, same size. */
async function assertSameTextAt(file: string): Promise<number> {
  const { pages } = await readAll(file);
  const fd = fs.openSync(file, 'r');
  try {
    for (const p of pages) {
      const at = { id: p.id, offset: p.offset, length: p.length };
      const full = readPageAt(fd, at);
      assert.deepEqual(readPageTextAt(fd, at, { buffer: Buffer.alloc(0) }), { text: full.text, bytes: full.bytes }, `${file}: ${p.title}`);
    }
  } finally {
    fs.closeSync(fd);
  }
  return pages.length;
}

test('readPageTextAt reads the text readPageAt reads, on odd pages too', async () => {
  const pages = [
    // entities, a stated size that is wrong on purpose (the dump's word is taken, as readPageAt takes it)
    '<page><title>A</title><ns>0</ns><id>1</id><revision><id>2</id><text bytes="99" xml:space="preserve">a &lt;b&gt; &amp;amp; &#20013;文 &quot;q&quot;</text><sha1>x</sha1></revision></page>',
    // no bytes attribute: measured
    '<page><title>B</title><ns>0</ns><id>3</id><revision><id>4</id><text xml:space="preserve">中文 text</text></revision></page>',
    // empty text element
    '<page><title>C</title><ns>0</ns><id>5</id><revision><id>6</id><text bytes="0" /></revision></page>',
    // no text element at all
    '<page><title>D</title><ns>0</ns><id>7</id><revision><id>8</id></revision></page>',
    // a size that is not a number
    '<page><title>E</title><ns>0</ns><id>9</id><revision><id>10</id><text bytes="x1">ok</text></revision></page>',
    // two revisions: the last one's text
    '<page><title>F</title><ns>0</ns><id>11</id><revision><id>12</id><text bytes="3">old</text></revision><revision><id>13</id><text bytes="3">new</text></revision></page>',
  ];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-textat-')), 'd.xml');
  fs.writeFileSync(file, miniDump(pages.join('\n') + '\n'));
  assert.equal(await assertSameTextAt(file), pages.length);
  const fd = fs.openSync(file, 'r');
  try {
    const xml = fs.readFileSync(file);
    const offset = xml.indexOf('<page><title>B');
    const length = xml.indexOf('</page>', offset) + 7 - offset;
    assert.deepEqual(readPageTextAt(fd, { id: 3, offset, length }), { text: '中文 text', bytes: 11 });
    // Another page at that place: the same error as readPageAt's.
    assert.throws(() => readPageTextAt(fd, { id: 4, offset, length }), /the dump changed during the run: page 4 is not at byte/);
    assert.throws(() => readPageTextAt(fd, { id: 3, offset, length: xml.length }), /the dump is shorter than its index says/);
  } finally {
    fs.closeSync(fd);
  }
  fs.rmSync(path.dirname(file), { recursive: true });
});

test('readPageTextAt reads the text readPageAt reads on every page of the shared dumps', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  for (const f of ['jawiki-truncated.xml', 'ukwiki-truncated.xml']) assert.ok((await assertSameTextAt(path.join(DUMPS, f))) > 100);
});

test('damaged pages are listed only when asked (listBadPages): a reader for conversion, or a fragment, keeps none', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-badlist-'));
  const file = path.join(dir, 'bad.xml');
  const noTitle = pageXml(2, 'gone', 'x').replace(/\s*<title>gone<\/title>/, '');
  fs.writeFileSync(file, miniDump(pageXml(1, 'A', 'a') + noTitle + noTitle + pageXml(3, 'C', 'c')));
  const read = async (listBadPages: boolean) => {
    const reader = await DumpReader.open(file, { listBadPages });
    const ids: number[] = [];
    for await (const p of reader.pages()) ids.push(p.id);
    return { ids, bad: reader.takeBadPages() };
  };
  assert.deepEqual(await read(false), { ids: [1, 3], bad: [] });
  const listed = await read(true);
  assert.deepEqual(listed.ids, [1, 3]);
  const starts = [...fs.readFileSync(file, 'latin1').matchAll(/<page>/g)].map((m) => m.index);
  assert.deepEqual(listed.bad, [
    { offset: starts[1], id: 2, title: null, problem: 'has no <title>; skipped', skipped: true },
    { offset: starts[2], id: 2, title: null, problem: 'has no <title>; skipped', skipped: true },
  ]);
  // readFragment (the workers' reader, over the same bytes) skips them too and lists none: the
  // scanners it makes are watched as they read.
  const scanners: PageScanner[] = [];
  const push = PageScanner.prototype.push;
  PageScanner.prototype.push = function (this: PageScanner, ...args: Parameters<PageScanner['push']>) {
    if (!scanners.includes(this)) scanners.push(this);
    return push.apply(this, args);
  };
  const ids: number[] = [];
  try {
    const input = describeInput(file);
    const xml = fs.readFileSync(file, 'latin1');
    const start = xml.indexOf('<page>');
    for await (const p of readFragment(input, { start, end: xml.lastIndexOf('</page>') + '</page>'.length })) ids.push(p.id);
  } finally {
    PageScanner.prototype.push = push;
  }
  assert.deepEqual(ids, [1, 3]);
  assert.equal(scanners.length, 1);
  assert.deepEqual(scanners[0]!.badPages, []);
});
