/**
 * Golden test on real pages: the 34 zh.wikipedia corpus pages (plain and --variant zh-tw) and
 * every article of the shared ja and uk dumps. Their text is not ours to commit, so the reviewed
 * outputs are kept as SHA-256 digests (test/golden/real-pages.sha256.tsv): any change in any
 * page's Markdown fails here, naming the pages. After an intended change, look at those pages'
 * output (`wikimark page`), then `WIKIMARK_UPDATE_GOLDEN=1 npm test` rewrites the digests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertPage } from '../../src/engine/convert.js';
import { siteFor } from '../../src/site/defaults.js';
import { readDumpPages } from '../../bench/pages.js';
import { sharedDir } from '../helpers/shared-dir.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const digestsFile = path.join(repo, 'test/golden/real-pages.sha256.tsv');
const UPDATE = process.env.WIKIMARK_UPDATE_GOLDEN === '1';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

test('golden: real zh/ja/uk pages convert to exactly the reviewed Markdown (by digest)', (t) => {
  const shared = sharedDir('dumps');
  if (!shared) return t.skip('shared data not found');
  const now = new Date('2026-01-01T00:00:00Z'); // ages and {{CURRENTYEAR}} must not move with the clock
  const produced = new Map<string, string>();
  const zh = siteFor('zh');
  const zhDir = path.join(shared, 'corpus/zhwiki/pages');
  for (const f of fs.readdirSync(zhDir).filter((f) => f.endsWith('.wikitext')).sort()) {
    const text = fs.readFileSync(path.join(zhDir, f), 'utf8');
    const name = f.replace(/\.wikitext$/, '');
    produced.set(`zh/${name}`, sha256(convertPage(text, { site: zh, title: name, now }).markdown));
    produced.set(`zh-tw/${name}`, sha256(convertPage(text, { site: zh, title: name, now, variant: 'zh-tw' }).markdown));
  }
  for (const [lang, file] of [['ja', 'jawiki-truncated.xml'], ['uk', 'ukwiki-truncated.xml']] as const) {
    const { site, pages } = readDumpPages(path.join(shared, 'dumps', file));
    for (const p of pages) {
      if (p.redirect || p.ns !== 0) continue;
      produced.set(`${lang}/${p.id}`, sha256(convertPage(p.text, { site, title: p.title, now }).markdown));
    }
  }
  if (UPDATE) {
    fs.writeFileSync(digestsFile, [...produced].map(([k, v]) => `${k}\t${v}`).join('\n') + '\n');
    return;
  }
  assert.ok(fs.existsSync(digestsFile), 'no digests yet; run with WIKIMARK_UPDATE_GOLDEN=1');
  const expected = new Map(fs.readFileSync(digestsFile, 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]));
  assert.ok(produced.size > 700, `only ${produced.size} pages found`);
  const changed = [...produced].filter(([k, v]) => expected.get(k) !== v).map(([k]) => k);
  const missing = [...expected.keys()].filter((k) => !produced.has(k));
  assert.deepEqual({ changed: changed.slice(0, 20), changedCount: changed.length, missing }, { changed: [], changedCount: 0, missing: [] });
});
