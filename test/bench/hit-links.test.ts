import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { hitLinks, parseShare } from '../../bench/hit-links.js';
import type { BenchPages } from '../../bench/synthetic.js';
import type { DumpPage } from '../../src/dump/types.js';

test('--share: a number from 0 to 1, 0.85 when not given', () => {
  assert.equal(parseShare(undefined), 0.85);
  assert.equal(parseShare('0'), 0);
  assert.equal(parseShare('1'), 1);
  assert.equal(parseShare('0.5'), 0.5);
});

test('--share: anything else stops the bench instead of giving every title a redirect', () => {
  for (const bad of ['abc', '', ' ', 'NaN', 'Infinity', '-0.1', '1.5', '85']) {
    assert.throws(() => parseShare(bad), /--share must be a number from 0 to 1/, JSON.stringify(bad));
  }
});

test('hitLinks fails, not hangs, when its worker exits without posting', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-hit-links-'));
  try {
    // A converter whose loading ends the worker thread, before any title is asked.
    const module = path.join(dir, 'exiting-converter.mjs');
    fs.writeFileSync(module, 'process.exit(3);\nexport function convertPage() { return ""; }\n');
    const bench = {
      ref: { module: pathToFileURL(module).href, exportName: 'convertPage' },
      siteInfo: {}, now: '', converted: [], src: { pages: [] },
    } as unknown as BenchPages;
    await assert.rejects(hitLinks(bench, 0.5), /exited with code 3 before posting/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('hitLinks counts as existing what the index has a target for: pages, and redirects to one of them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wikimark-hit-links-'));
  try {
    // A converter that asks the resolver for each word of the page, as article titles.
    const module = path.join(dir, 'asking-converter.mjs');
    fs.writeFileSync(module, 'export function convertPage(text, o) { for (const w of text.split(" ")) o.resolveLink(w, 0, null); return ""; }\n');
    const page = (title: string, redirect: string | null, text: string): DumpPage => ({
      id: 1, ns: 0, title, redirect, revisionId: 1, timestamp: '2026-01-01T00:00:00Z', sha1: '', text, bytes: text.length, offset: 0, length: 0,
    });
    const article = page('P', null, 'P Gone Dead Lost Lost');
    const bench = {
      ref: { module: pathToFileURL(module).href, exportName: 'convertPage' },
      siteInfo: { siteName: '', dbName: '', base: 'https://en.wikipedia.org/wiki/Main_Page', generator: '', case: 'first-letter', lang: 'en', schemaVersion: '0.11', namespaces: [] },
      now: '', converted: [article],
      // Gone redirects out of the (truncated) dump: no target in the index, so no hit.
      src: { pages: [article, page('Gone', 'Missing', '#REDIRECT [[Missing]]'), page('Dead', 'P', '#REDIRECT [[P]]')] },
    } as unknown as BenchPages;
    const none = await hitLinks(bench, 0);
    assert.deepEqual([none.titles, none.existed, none.redirects.length, none.lookupShare], [4, 2, 0, 2 / 5]);
    const all = await hitLinks(bench, 1);
    assert.deepEqual([all.existed, all.lookupShare], [2, 1]);
    assert.deepEqual(all.redirects.map((r) => [r.title, r.redirect]), [['Gone', 'P'], ['Lost', 'P']]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
