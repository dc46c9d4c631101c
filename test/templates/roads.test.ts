import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Infobox } from '../../src/ast/nodes.js';
import { convertPage } from '../../src/engine/convert.js';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh', '台10線');

test('{{Jct|country=TWN}}: each route by the name the wiki writes beside its shield', () => {
  assert.equal(show(inlineOf(render('Jct', ['PH', '61'], { country: 'TWN' }, zh))), '[[台61線|台61線]]');
  const branch = inlineOf(render('Jct', ['PH', '1b'], { country: 'TWN' }, zh));
  assert.equal(show(branch), '[[台1線|台1乙線]]');
  assert.equal(branch[0]!.type === 'wikiLink' && branch[0]!.fragment, '乙線');
  assert.equal(show(inlineOf(render('Jct', ['NH', '3', 'TRTC', '83'], { country: 'TWN' }, zh))), '國道3號、中83線');
  // Types we cannot name are left out rather than guessed; other countries are not handled.
  assert.equal(show(inlineOf(render('Jct', ['XX', '5', 'PH', '17'], { country: 'TWN' }, zh))), '[[台17線|台17線]]');
  assert.equal(render('Jct', ['I', '5'], { country: 'USA' }, zh).kind, 'drop');
});

test('{{TWNinttop}} … {{TWNint}} … {{Jctbtm}}: one junction table, spanned cells left blank', () => {
  const src = [
    '{{TWNinttop |county=臺中市 }}',
    '{{TWNint |tcd=清水區 |tcd_link=清水區 (台灣) |tspan=3 |location=大槺榔 |km=0.0 |road={{Jct|country=TWN|PH|17}} |notes=公路起點 }}',
    '{{台灣公路設施|bri||無名|3.2|跨越中山路}}',
    '{{TWNint |km= |road=中山路 |notes=僅西出東入 |status=incomplete }}',
    '{{Jctbtm |conv=no }}',
  ].join('\n');
  const md = convertPage(src, { site: 'zh', title: '台10線' }).markdown.trim();
  assert.equal(md, [
    '臺中市',
    '',
    '| 鄉鎮市區 | 地點 | 公里 | 交會道路 | 備註 |',
    '| --- | --- | --- | --- | --- |',
    '| [清水區](https://zh.wikipedia.org/wiki/清水區_(台灣)) | 大槺榔 | 0.0 | [台17線](https://zh.wikipedia.org/wiki/台17線) | 公路起點 |',
    '|  | 無名 | 3.2 |  | 跨越中山路 |',
    '|  |  |  | 中山路 | 僅西出東入 |',
  ].join('\n'));
});

test('{{Infobox Taiwan Highway}}: headed by the route (Type/Num), its name below, English keys labelled', () => {
  const r = render('Infobox Taiwan Highway', [], {
    Type: 'ph', Num: '10b', Name: '中航路', Length: '5.258', SpeedHigh: '最高40～60', Junc: '清水交流道', LastExt: '', section1: '台10線', Length1: '3.1',
  }, zh);
  assert.equal(r.kind, 'block');
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  assert.equal(show(box.title ?? []), '台10乙線');
  assert.deepEqual(box.rows.map((x) => `${x.label ? show(x.label) : ''}=${show(x.value)}`), ['=中航路', '长度=5.258公里', '速限=最高40～60', '主要交流道=清水交流道', '支線=台10線', '长度=3.1公里']);
});

test('{{Infobox Taiwan Highway}}: a length already carrying its unit keeps it once ("21.1公里", not "21.1公里公里")', () => {
  const r = render('Infobox Taiwan Highway', [], { Num: '10', Length: '21.1公里', Length1: '3.1', Length2: '約3 公里 ' }, zh);
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  assert.deepEqual(box.rows.map((x) => show(x.value)).filter((v) => v.includes('公里')), ['21.1公里', '3.1公里', '約3 公里']);
});

