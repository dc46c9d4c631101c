import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DumpReader, readFragment } from '../../src/dump/reader.js';
import { describeInput } from '../../src/dump/input.js';
import { articleBaseOf } from '../../src/dump/site.js';
import { DumpError, type DumpPage } from '../../src/dump/types.js';
import { MultistreamIndex } from '../../src/dump/multistream.js';
import { DUMPS, hasShared, SAMPLE } from '../mirror/helpers.js';

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
