/**
 * An `{{Infobox}}`-based template's own page, when the source has it, labels the rows of the
 * built-in infobox handler: `labelN` for what `dataN` reads, nothing for what no `dataN` reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { sharedDir } from '../helpers/shared-dir.js';

const zh = siteFor('zh');

const DEMO = [
  '{{Infobox',
  '| above = {{{name|}}}',
  '| image = {{{image_city|}}}|size={{{imagesize|}}}',
  '| label1 = 别称',
  '| data1 = {{{Othername|}}}',
  '| label2 = 总人口{{#if:{{{census yr|}}}|（{{{census yr}}}）}}',
  '| data2 = {{{pop|{{{population|}}}}}}',
  '| data3 = {{{motto|}}}',
  '| label4 = [[政府驻地]]',
  '| data4 = {{{seat|}}}',
  '}}<noinclude>{{Documentation}}</noinclude>',
].join('\n');

test('rows labelled by the template page: labelN expanded with the call, unlabelled dataN, unread arguments no rows', () => {
  const source = new MemoryPageSource(zh);
  source.set('Template:Infobox demo', DEMO);
  const page = '{{Infobox demo\n|name=香坊区\n|Othername=香坊\n|census yr=2010\n|population=92万\n|motto=勤\n|seat=三合路\n|colour=red\n|mystery=q\n}}';
  const md = convertPage(page, { site: 'zh', title: '香坊区', templates: source }).markdown.trim();
  assert.equal(md, [
    '| 香坊区 |  |', '| --- | --- |', '| 别称 | 香坊 |', '| 总人口（2010） | 92万 |', '| 勤 |  |',
    '| [政府驻地](https://zh.wikipedia.org/wiki/政府驻地) | 三合路 |',
  ].join('\n'));
  // A label is read, not shown: templates it calls that the source lacks are not reported missing.
  source.set('Template:Infobox demo2', DEMO.replace('| label1 = 别称', '| label1 = 别称{{No such template}}'));
  const meta = convertPage(page.replace('Infobox demo', 'Infobox demo2'), { site: 'zh', title: '香坊区', templates: source }).meta;
  assert.equal(meta.unhandledTemplates['No such template'], undefined);
  // Without the page the handler falls back to its own labels and shows every argument.
  const alone = convertPage(page, { site: 'zh', title: '香坊区' }).markdown;
  assert.match(alone, /\| Mystery \| q \|/);
});

test('the real zhwiki Infobox China County labels 香坊区\'s rows (corpus template 03)', (t) => {
  const shared = sharedDir('corpus');
  if (!shared) return t.skip('shared data not found');
  const source = new MemoryPageSource(zh);
  source.set('Template:Infobox China County', fs.readFileSync(path.join(shared, 'corpus/zhwiki/templates/03.wikitext'), 'utf8'));
  const call = '{{Infobox China County\n| county = 香坊区\n| Othername = 香坊\n| neighbor = 南岗区\n| climate = 温带季风气候\n| census yr = 2010\n| pop = 92万\n| mapsize = 250px\n| web = www.hrbxf.gov.cn\n}}';
  const md = convertPage(call, { site: 'zh', title: '香坊区', templates: source }).markdown;
  const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).slice(1);
  // `web` is read by the box's foot line (`below`), shown there without a label; `census yr` only by a label.
  assert.deepEqual(rows, [
    '| 别称 | 香坊 |', '| 毗邻 | 南岗区 |', '| 气候类型 | 温带季风气候 |', '| 总人口<sup>（2010）</sup> | 92万 |', '| www.hrbxf.gov.cn |  |',
  ]);
});
