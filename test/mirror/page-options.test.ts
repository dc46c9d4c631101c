/**
 * page-options.ts: the options a worker converts every page with, on a mirror's own index — link
 * targets (pages, redirects with their section, misses, titles in the other script), category
 * links and recorded category names, the template source and its cache, the upload sites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/index/db.js';
import { siteFromInfo } from '../../src/dump/site.js';
import type { SiteInfo } from '../../src/dump/types.js';
import { linkAnchor } from '../../src/writer/anchors.js';
import { linkPath } from '../../src/mirror/filenames.js';
import { pageOptions } from '../../src/mirror/page-options.js';
import { textKey, titleKey } from '../../src/mirror/lookup-log.js';
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
        pageXml(5, 'Template:注', "'''注'''：{{{1}}}", { ns: 10 }) +
        pageXml(6, 'EU (曖昧さ回避)', '== 一覧 (A) ==\n[[数学]]') +
        pageXml(7, 'EU', '#REDIRECT [[EU (曖昧さ回避)#一覧 (A)]]', { redirect: 'EU (曖昧さ回避)' }) +
        pageXml(8, '算学', '#REDIRECT [[数学#]]', { redirect: '数学' }),
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

/** One mirror for every test here; each test opens its own read-only handle on its index. */
const mirror = mirrorIndex();

const output = (expandTemplates: boolean, uploadBase?: string): PageOutputOptions => ({
  attribution: false, images: 'embed', variant: null, frontMatter: false, expandTemplates, ...(uploadBase !== undefined ? { uploadBase } : {}),
});

test("a worker's resolver answers from the index: pages, a redirect with its section, other scripts, misses; twice the same", async () => {
  const { dbPath, siteInfo, fileOf } = await mirror;
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const { base, uploadSites } = pageOptions({ siteInfo, output: output(true), now: '2024-01-09T00:00:00Z' }, db);
    assert.equal(uploadSites.forFile('Page/数学.md').lang, siteFromInfo(siteInfo).lang);
    const resolve = base.resolveLink!;
    const math = '../' + linkPath(fileOf('数学'));
    assert.equal(math, '../Page/数学.md');
    for (let round = 0; round < 2; round++) {
      assert.equal(resolve('数学', 0, null), math);
      // A link's own section is the engine's to add; a redirect brings its own.
      assert.equal(resolve('数学', 0, '历史'), math);
      assert.equal(resolve('幾何', 0, null), `${math}#${linkAnchor('历史')}`);
      // A link naming a section through a redirect that names one too: the link's wins (the engine adds it).
      assert.equal(resolve('幾何', 0, '历史'), math);
      // A redirect to an empty section is one to the page: no `#` (an empty fragment is not null).
      assert.equal(resolve('算学', 0, null), math);
      // zh: a title in the other script finds its page, as the wiki links it.
      assert.equal(resolve('數學', 0, null), math);
      assert.equal(resolve('没有的页面', 0, null), null);
      // A file whose path needs encoding, found directly and through a redirect to its section.
      assert.equal(resolve('EU (曖昧さ回避)', 0, null), '../Page/EU%20%28曖昧さ回避%29.md');
      assert.equal(resolve('EU', 0, null), `../Page/EU%20%28曖昧さ回避%29.md#${linkAnchor('一覧 (A)')}`);
      assert.equal(base.categoryHref!('学科'), '../' + linkPath(fileOf('Category:学科')));
      assert.equal(base.categoryHref!('没有的分类'), null);
      // A category named in the other script is recorded under the spelling that has a page.
      assert.equal(base.categoryAsRecorded!('學科'), '学科');
      assert.equal(base.categoryAsRecorded!('没有的分类'), '没有的分类');
    }
    const templates = base.templates!;
    assert.equal(templates.get('Template:注'), "'''注'''：{{{1}}}");
    assert.equal(templates.get('Template:没有'), null);
    // Asked again, a template, a miss, a link and a category come from the worker's caches: with
    // the index closed they still answer, while a title not asked before cannot.
    db.close();
    assert.equal(templates.get('Template:注'), "'''注'''：{{{1}}}");
    assert.equal(templates.get('Template:没有'), null);
    assert.equal(resolve('數學', 0, null), math);
    assert.equal(base.categoryAsRecorded!('學科'), '学科');
    assert.throws(() => templates.get('Template:未问过'), /not open/);
  } finally {
    if (db.open) db.close();
  }
});

test('forgetTargets drops the cached link targets: asked again, titles come from the index with the same hrefs', async () => {
  const { dbPath, siteInfo, fileOf } = await mirror;
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const { base, forgetTargets } = pageOptions({ siteInfo, output: output(false), now: '' }, db);
    const resolve = base.resolveLink!;
    const math = '../' + linkPath(fileOf('数学'));
    const asked = () => [resolve('数学', 0, null), resolve('幾何', 0, null), resolve('没有的页面', 0, null), base.categoryHref!('学科')];
    const first = asked();
    assert.deepEqual(first, [math, `${math}#${linkAnchor('历史')}`, null, '../' + linkPath(fileOf('Category:学科'))]);
    forgetTargets();
    assert.deepEqual(asked(), first);
    // Forgotten, a title must be looked up again: with the index closed it cannot be.
    forgetTargets();
    db.close();
    assert.throws(() => resolve('数学', 0, null), /not open/);
  } finally {
    if (db.open) db.close();
  }
});

test('with --upload-base relative to the output, each folder depth sees it from its own folder', async () => {
  const { dbPath, siteInfo } = await mirror;
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const { uploadSites } = pageOptions({ siteInfo, output: output(false, 'images'), now: '' }, db);
    assert.equal(uploadSites.forFile('index.md').uploadBase, 'images/');
    assert.equal(uploadSites.forFile('Page/数学.md').uploadBase, '../images/');
    assert.equal(uploadSites.forFile('Page/a/b.md').uploadBase, '../../images/');
    // One site per depth, the same object for every page there.
    assert.equal(uploadSites.forFile('Category/学科.md'), uploadSites.forFile('Page/数学.md'));
    // An absolute base is the same from every folder.
    const absolute = pageOptions({ siteInfo, output: output(false, 'https://img.example.org/w'), now: '' }, db).uploadSites;
    assert.equal(absolute.forFile('Page/数学.md').uploadBase, 'https://img.example.org/w/');
    assert.equal(absolute.forFile('Page/a/b.md').uploadBase, 'https://img.example.org/w/');
  } finally {
    db.close();
  }
});

test('without template expansion a worker has no template source', async () => {
  const { dbPath, siteInfo } = await mirror;
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const { base } = pageOptions({ siteInfo, output: output(false), now: '' }, db);
    assert.equal(base.templates, null);
    assert.equal(base.expansion, undefined);
  } finally {
    db.close();
  }
});

test('zh: a title in the other script that falls out of the link cache and comes back notes the same keys each time', async () => {
  const { dbPath, siteInfo } = await mirror;
  const db = openDatabase(dbPath, { readonly: true });
  try {
    // Two titles a generation: five other links drop 數學's answer from both. They are pages as
    // written, so no spellings are kept for them: 數學's stay below 2 × 2 entries, and
    // forgetTargets (which would drop them with the answers) never runs.
    const { base, lookups } = pageOptions({ siteInfo, output: output(false), now: '' }, db, 2);
    const noted: number[] = [];
    const keys: Int32Array[] = [];
    for (let round = 0; round < 4; round++) {
      const from = lookups.length;
      assert.equal(base.resolveLink!('數學', 0, null), '../Page/数学.md');
      noted.push(lookups.length - from);
      keys.push(lookups.take());
      for (const other of ['几何', '幾何', '数学', 'EU', 'EU (曖昧さ回避)']) assert.ok(base.resolveLink!(other, 0, null), other);
      lookups.take();
    }
    // The first lookup notes the title and its spellings; later ones replay the kept spellings
    // (still kept: not forgotten) and, the answer dropped, try the spellings again (the same list
    // replaced, not a longer one).
    assert.ok(noted[0]! > 1);
    assert.equal(noted[1], 2 * noted[0]! - 1);
    assert.deepEqual(noted.slice(2), [noted[1], noted[1]]);
    for (const k of keys.slice(1)) assert.deepEqual(k, keys[0]);
  } finally {
    db.close();
  }
});

test('answers kept across pages note the same keys for the second page as for the first', async () => {
  const { dbPath, siteInfo } = await mirror;
  const db = openDatabase(dbPath, { readonly: true });
  try {
    const { base, lookups } = pageOptions({ siteInfo, output: output(true), now: '' }, db);
    const templates = base.templates!;
    const asks: Array<[string, () => unknown, number]> = [
      // A category recorded under its other spelling: the spellings tried and the page found.
      ['category name', () => base.categoryAsRecorded!('學科'), titleKey('Category:学科')],
      // A template's text (the cache's get), and the engine's cache of its tree (noteUse).
      ['template', () => templates.get('Template:注'), textKey('Template:注')],
      ['template used again', () => templates.noteUse!('Template:注'), textKey('Template:注')],
      ['missing template', () => templates.get('Template:没有'), titleKey('Template:没有')],
    ];
    lookups.take();
    for (const [what, ask, key] of asks) {
      ask();
      const first = lookups.take();
      assert.ok(first.includes(key), what);
      ask();
      assert.deepEqual(lookups.take(), first, what);
    }
  } finally {
    db.close();
  }
});
