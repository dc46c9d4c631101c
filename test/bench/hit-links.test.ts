import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { hitLinks, parseShare } from '../../bench/hit-links.js';
import type { BenchPages } from '../../bench/synthetic.js';

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
