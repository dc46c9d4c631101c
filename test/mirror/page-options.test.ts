/**
 * page-options.ts: the options a worker converts every page with, on a mirror's own index — link
 * targets (pages, redirects with their section, misses), category links, the template source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/index/db.js';
import { siteFromInfo } from '../../src/dump/site.js';
import type { SiteInfo } from '../../src/dump/types.js';
import { sectionAnchor } from '../../src/mirror/anchor.js';
import { linkPath } from '../../src/mirror/filenames.js';
import { pageOptions } from '../../src/mirror/page-options.js';
import { EXIT, runMirror } from '../../src/mirror/run.js';
import { STATE_DB, STATE_DIR, type PageOutputOptions } from '../../src/mirror/types.js';
import { miniDump, pageXml, tmpDir } from './helpers.js';

async function mirrorIndex(): Promise<{ dbPath: string; siteInfo: SiteInfo; fileOf: (title: string) => string }> {
  const dir = tmpDir('page-options');
  const dump = path.join(dir, 'dump.xml');
  fs.writeFileSync(
    dump,
    miniDump(
      pageXml(1, '数学', '数学は[[几何]]を含む。\n== 历史 ==\n古い。\n[[Category:学科]]') +
        pageXml(2, '几何', '[[数学#历史]]') +
        pageXml(3, '幾何', '#REDIRECT [[数学#历史]]', { redirect: '数学' }) +
        pageXml(4, 'Category:学科', '学科の分類。', { ns: 14 }) +
        pageXml(5, 'Template:注', "'''注'''：{{{1}}}", { ns: 10 }),
    ),
  );
  const out = path.join(dir, 'out');
  const result = await runMirror({ dump, outDir: out, jobs: 1, progress: null, log: () => {} });
  assert.equal(result.exitCode, EXIT.OK);
  const dbPath = path.join(out, STATE_DIR, STATE_DB);
  const db = openDatabase(dbPath, { readonly: true });
  const siteInfo = JSON.parse((db.prepare("SELECT value FROM info WHERE key = 'siteinfo'").get() as { value: string }).value) as SiteInfo;
  const files = new Map((db.prepare('SELECT title, file FROM targets').all() as Array<{ title: string; file: string }>).map((r) => [r.title, r.file]));
  db.close();
  return { dbPath, siteInfo, fileOf: (title) => files.get(title)! };
}

const output = (expandTemplates: boolean): PageOutputOptions => ({ attribution: false, images: 'embed', variant: null, frontMatter: false, expandTemplates });

test("a worker's resolver answers from the index: pages, a redirect with its section, misses; twice the same", async () => {
  const { dbPath, siteInfo, fileOf } = await mirrorIndex();
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const { base, uploadSites } = pageOptions({ siteInfo, output: output(true), now: '2024-01-09T00:00:00Z' }, db);
    assert.equal(uploadSites.forFile('Page/数学.md').lang, siteFromInfo(siteInfo).lang);
    const resolve = base.resolveLink!;
    const math = '../' + linkPath(fileOf('数学'));
    for (let round = 0; round < 2; round++) {
      assert.equal(resolve('数学', 0, null), math);
      // A link's own section is the engine's to add; a redirect brings its own.
      assert.equal(resolve('数学', 0, '历史'), math);
      assert.equal(resolve('幾何', 0, null), `${math}#${sectionAnchor('历史')}`);
      assert.equal(resolve('没有的页面', 0, null), null);
      assert.equal(base.categoryHref!('学科'), '../' + linkPath(fileOf('Category:学科')));
      assert.equal(base.categoryHref!('没有的分类'), null);
    }
    assert.equal(base.templates?.get('Template:注'), "'''注'''：{{{1}}}");
    assert.equal(base.templates?.get('Template:没有'), null);
  } finally {
    db.close();
  }
});

test('without template expansion a worker has no template source', async () => {
  const { dbPath, siteInfo } = await mirrorIndex();
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const { base } = pageOptions({ siteInfo, output: output(false), now: '' }, db);
    assert.equal(base.templates, null);
    assert.equal(base.expansion, undefined);
  } finally {
    db.close();
  }
});
