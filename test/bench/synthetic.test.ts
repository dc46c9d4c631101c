import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { DumpPage } from '../../src/dump/types.js';
import { writeSynthetic, type SourcePages } from '../../bench/synthetic.js';

const page = (id: number, title: string, redirect: string | null = null): DumpPage => {
  const text = redirect ? `#REDIRECT [[${redirect}]]` : `text of ${title}`;
  return { id, ns: 0, title, redirect, revisionId: id, timestamp: '2026-01-01T00:00:00Z', sha1: '', text, bytes: Buffer.byteLength(text), offset: 0, length: 0 };
};

test('synthetic dump: the extra pages keep their titles and get ids no copied page has', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-synthetic-'));
  try {
    // A source page with the largest id a page may have (ids of copy k are k × 10,000,000 + id),
    // and extras whose own ids would collide with copy 2's.
    const src: SourcePages = { header: '<mediawiki>', pages: [page(1, 'A'), page(9_999_999, 'B')] };
    const extra = [page(20_000_001, 'C', 'A'), page(20_000_001, 'D', 'B')];
    const dump = writeSynthetic(path.join(dir, 'synthetic.xml'), src, { copies: 3 }, extra);
    const xml = fs.readFileSync(dump.file, 'utf8');
    const pages = [...xml.matchAll(/<title>([^<]*)<\/title>\n {4}<ns>0<\/ns>\n {4}<id>(\d+)<\/id>/g)].map((m) => [m[1], Number(m[2])] as const);
    assert.deepEqual(pages, [
      ['A', 1], ['B', 9_999_999],
      ['A (1)', 10_000_001], ['B (1)', 19_999_999],
      ['A (2)', 20_000_001], ['B (2)', 29_999_999],
      ['C', 30_000_001], ['D', 30_000_002],
    ]);
    assert.match(xml, /<title>C<\/title>[^]*?<redirect title="A" \/>/);
    assert.equal(dump.pages, 8);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
