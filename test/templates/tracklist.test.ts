import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../../src/ast/nodes.js';
import { makeCtx, render, show } from './harness.js';
import { convertPage } from '../../src/engine/convert.js';

const zh = makeCtx('zh');

test('tracklist → a table with the columns used', () => {
  const r = render('Tracklist', [], { title1: '歌人', lyrics1: '林夕', length1: '4:01', title2: '等', length2: '3:30', total_length: '7:31' }, zh);
  assert.equal(r.kind, 'block');
  const [table, total] = (r as { nodes: Block[] }).nodes;
  assert.equal(table!.type, 'table');
  const cells = (table as { rows: Array<{ cells: Array<{ children: Block[] }> }> }).rows.map((row) => row.cells.map((c) => show(c.children).trim()));
  assert.deepEqual(cells, [['曲序', '曲目', '作词', '时长'], ['1.', '歌人', '林夕', '4:01'], ['2.', '等', '', '3:30']]);
  assert.equal(show([total!]), '总时长：7:31\n');
});
test('tracklist longnoteN stands on its own line under the title (zh 歌人 (許志安專輯))', () => {
  const src = '{{tracklist\n| title1 = 蟑螂\n| longnote1 = 台灣第三主打歌<br>香港第二主打歌\n| length1 = 4:39\n| title2 = 唱\n| note2 = 現場\n| longnote2 = \n| length2 = 4:38\n}}';
  assert.equal(convertPage(src, { site: 'zh', title: 'T' }).markdown.trim(),
    '| 曲序 | 曲目 | 时长 |\n| --- | --- | --- |\n| 1. | 蟑螂<br />台灣第三主打歌<br />香港第二主打歌 | 4:39 |\n| 2. | 唱 (現場) | 4:38 |');
});
test('zhwiki {{tracklist/common}}: tN titles and nN notes as a track table under its headline (zh 0015 lost its DVD list)', () => {
  const src = '{{tracklist/common\n| collapsed = yes\n| headline = DVD\n| ln = yes\n| lnw = 80%\n| t1 = 蟑螂\n| n1 = MV\n| t2 = 比翼雙飛\n| t3 = 葬花笛\n| n3 = MV\n}}';
  assert.equal(convertPage(src, { site: 'zh', title: 'T' }).markdown.trim(),
    // No track has a length: no empty 时长 column.
    '**DVD**\n\n| 曲序 | 曲目 |\n| --- | --- |\n| 1. | 蟑螂 (MV) |\n| 2. | 比翼雙飛 |\n| 3. | 葬花笛 (MV) |');
});
