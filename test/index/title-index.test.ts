import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DumpReader } from '../../src/dump/reader.js';
import { IndexBuilder } from '../../src/index/builder.js';
import { openDatabase } from '../../src/index/db.js';
import { TitleIndex } from '../../src/index/title-index.js';
import fs from 'node:fs';
import { SAMPLE, miniDump, pageXml, tmpDir } from '../mirror/helpers.js';

async function buildSampleIndex() {
  const reader = await DumpReader.open(SAMPLE);
  const db = openDatabase(path.join(tmpDir('index'), 'i.sqlite'));
  const builder = new IndexBuilder(db, reader.site);
  for await (const p of reader.pages()) builder.add(p);
  const summary = builder.finish();
  return { index: new TitleIndex(db, reader.site), summary };
}

test('redirects: chains followed, loops and broken targets reported', async () => {
  const { index, summary } = await buildSampleIndex();
  assert.equal(summary.pages, 38);
  assert.equal(summary.redirects, 9);
  assert.equal(summary.doubleRedirects, 1);
  assert.deepEqual(
    summary.problems.map((p) => [p.title, p.status, p.chain.join('>')]),
    [
      ['循环甲', 'loop', '循环甲>循环乙>循环甲'],
      ['循环乙', 'loop', '循环乙>循环甲>循环乙'],
      ['失效重定向', 'broken', '失效重定向>从未存在的条目'],
    ],
  );
  const r = index.resolve('幾何')!;
  assert.equal(r.page.title, '几何学');
  assert.equal(r.via?.title, '幾何');
  assert.equal(index.resolve('几何学的历史')!.fragment, '历史');
  assert.equal(index.resolve('几何学的历史#分支')!.fragment, '分支');
  assert.equal(index.resolve('循环甲'), null);
  assert.equal(index.resolve('不存在'), null);
  // Normalisation: namespace aliases, underscores, first letter.
  assert.equal(index.lookup('分类:数学')?.title, 'Category:数学');
  assert.equal(index.lookup('re:零')?.title, 'Re:零');
  assert.equal(index.resolve('Biángbiáng面')!.page.title, '𰻝𰻝面');
});

test('case variants, categories, members in sort-key order, template text', async () => {
  const { index } = await buildSampleIndex();
  assert.deepEqual(index.caseVariants('unix').map((p) => p.title), ['Unix', 'UNIX']);
  const math = index.lookup('数学')!;
  assert.deepEqual(index.categoriesOf(math.id), [{ name: '数学', sortKey: '*' }]);
  assert.deepEqual(index.members('面食').map((m) => [m.title, m.sortkey]), [['𰻝𰻝面', 'B'], ['拉面', 'L'], ['面条', '面条']]);
  // The index keeps categories as written: 分析学 says 數學分支 (the mirror's plan moves it to 数学分支, variant-links.ts).
  assert.deepEqual(index.members('数学分支').map((m) => m.title), ['代数', '几何学']);
  assert.deepEqual(index.members('數學分支').map((m) => m.title), ['分析学']);
  // The category redirect's own link is not a membership.
  assert.deepEqual(index.members('数学').map((m) => m.title), ['数学', 'Category:数学分支', '统计学']);
  const source = index.pageSource();
  assert.match(source.get('Template:Infobox 食品')!, /\{\{\{name\|/);
  assert.equal(source.get('Template:不存在'), null);
  assert.equal(source.exists('模板:Reflist'), true);
});

test('pageSource().redirectTarget: a redirect\'s final page, a broken redirect\'s target, null for a page or nothing', async () => {
  const { index } = await buildSampleIndex();
  const source = index.pageSource();
  assert.equal(source.redirectTarget?.('幾何'), '几何学');
  assert.equal(source.redirectTarget?.('失效重定向'), '从未存在的条目');
  assert.equal(source.redirectTarget?.('几何学'), null);
  assert.equal(source.redirectTarget?.('不存在'), null);
});

test('pageSource(): a transclusion follows two redirects (Parser::statelessFetchTemplate), a third is read as its own text', () => {
  const file = path.join(tmpDir('hops'), 'd.xml');
  fs.writeFileSync(
    file,
    miniDump(
      pageXml(1, 'Template:Goal', '终', { ns: 10 }) +
        pageXml(2, 'Template:R1', '#REDIRECT [[Template:Goal]]', { ns: 10, redirect: 'Template:Goal' }) +
        pageXml(3, 'Template:R2', '#REDIRECT [[Template:R1]]', { ns: 10, redirect: 'Template:R1' }) +
        pageXml(4, 'Template:R3', '#REDIRECT [[Template:R2]]', { ns: 10, redirect: 'Template:R2' }),
    ),
  );
  return (async () => {
    const reader = await DumpReader.open(file);
    const db = openDatabase(path.join(tmpDir('hops-index'), 'i.sqlite'));
    const builder = new IndexBuilder(db, reader.site);
    for await (const p of reader.pages()) builder.add(p);
    builder.finish();
    const index = new TitleIndex(db, reader.site);
    const source = index.pageSource();
    assert.equal(source.get('Template:R2'), '终');
    assert.equal(source.redirectTarget?.('Template:R2'), 'Template:Goal');
    assert.equal(source.get('Template:R3'), '#REDIRECT [[Template:Goal]]');
    assert.equal(source.redirectTarget?.('Template:R3'), 'Template:R1');
    // Links still follow the whole chain (resolved at build time).
    assert.equal(index.resolve('Template:R3')!.page.title, 'Template:Goal');
  })();
});
