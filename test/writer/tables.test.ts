import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { br, cell, code, doc, link, math, p, ref, refs, strong, t, table, th, ul, img } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';
import { convertPage } from '../../src/engine/convert.js';

test('a pipe table when it is exact: header row, same width, inline cells', () => {
  const out = writeMarkdown(doc(table([
    [th([t('名称')]), th([t('值')], { align: 'right' })],
    [cell([link('./a.md', t('a|b'))]), cell([t('1'), br(), t('2')], { align: 'right' })],
    [cell([code('x|y')]), cell([strong(t('粗'))], { align: 'right' })],
  ])));
  assert.equal(out, '| 名称 | 值 |\n| --- | ---: |\n| [a\\|b](./a.md) | 1<br />2 |\n| `x\\|y` | **粗** |\n');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.cells, 6);
    assert.deepEqual(s.links, ['./a.md a|b']);
    assert.deepEqual(s.strong, ['粗']);
  }
});

test('a caption is a line above the pipe table', () => {
  const out = writeMarkdown(doc(table([[th([t('a')])], [cell([t('b')])]], [t('表 1')])));
  assert.equal(out, '表 1\n\n| a |\n| --- |\n| b |\n');
});

test('a pipe-table cell keeps a U+3000 or &nbsp; indent: GitHub trims cells of ASCII space only', () => {
  const out = writeMarkdown(doc(table([[th([t('\u3000h1')]), th([t('h2 ')])], [cell([t(' \u3000a\u3000')]), cell([t('\u00a0b')])]])));
  assert.equal(out, '| \u3000h1 | h2 |\n| --- | --- |\n| \u3000a\u3000 | \u00a0b |\n');
  const md = convertPage('{| class="wikitable"\n!\u3000h1!!h2\n|-\n|\u3000a||&nbsp;b\n|}', { site: 'zh', title: 'T' }).markdown;
  assert.equal(md, '| \u3000h1 | h2 |\n| --- | --- |\n| \u3000a | \u00a0b |\n');
});

test('pipes inside maths and in attribute values do not split cells', () => {
  const out = writeMarkdown(doc(table([[th([t('f')])], [cell([math('|x|')])], [cell([{ type: 'htmlInline', tag: 'abbr', attrs: { title: 'a|b' }, children: [t('A')] }])]])));
  assert.equal(out, '| f |\n| --- |\n| $\\vert{}x\\vert{}$ |\n| <abbr title="a&#124;b">A</abbr> |\n');
  for (const s of Object.values(parseBack(out))) assert.equal(s.cells, 3);
});

test('spans, row headers or block content make an HTML table', () => {
  const out = writeMarkdown(doc(table([
    [th([t('h1')], { colspan: 2 })],
    [th([t('row')]), cell([t('a & <b>'), br(), link('./x.md', t('x'))], { rowspan: 2 })],
    [cell([ul([p(t('i1'))], [p(t('i2'))])])],
  ], [t('cap')])));
  assert.equal(out, [
    '<table>',
    '<caption>cap</caption>',
    '<tr>',
    '<th colspan="2">h1</th>',
    '</tr>',
    '<tr>',
    '<th>row</th>',
    '<td rowspan="2">a &amp; &lt;b&gt;<br /><a href="./x.md">x</a></td>',
    '</tr>',
    '<tr>',
    '<td><ul><li>i1</li><li>i2</li></ul></td>',
    '</tr>',
    '</table>',
    '',
  ].join('\n'));
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.cells, 4);
    assert.equal(s.items, 2);
    assert.deepEqual(s.links, ['./x.md x']);
  }
});

test('cells with footnotes or maths keep Markdown inside the HTML table', () => {
  const out = writeMarkdown(doc(
    table([[cell([t('a'), ref('1')], { colspan: 2 })], [cell([math('x_1')]), cell([t('plain')])]]),
    refs(['1', [p(t('note'))]]),
  ));
  assert.equal(out, [
    '<table>',
    '<tr>',
    '<td colspan="2">',
    '',
    'a[^1]',
    '',
    '</td>',
    '</tr>',
    '<tr>',
    '<td>',
    '',
    '$`x_1`$',
    '',
    '</td>',
    '<td>plain</td>',
    '</tr>',
    '</table>',
    '',
    '[^1]: note',
    '',
  ].join('\n'));
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.cells, 3);
    assert.equal(s.fnRefs, 1);
    assert.deepEqual(s.fnDefs, ['note']);
  }
});

test('a ragged table (rows of different widths) is HTML, never a broken pipe table', () => {
  const out = writeMarkdown(doc(table([[th([t('a')]), th([t('b')])], [cell([t('only')])]])));
  assert.ok(out.startsWith('<table>\n'));
  for (const s of Object.values(parseBack(out))) assert.equal(s.cells, 3);
});

test('a nested table inside an HTML table cell', () => {
  const inner = table([[th([t('x')])], [cell([t('y')])]]);
  const out = writeMarkdown(doc(table([[cell([inner])]])));
  assert.equal(out, '<table>\n<tr>\n<td><table><tr><th>x</th></tr><tr><td>y</td></tr></table></td>\n</tr>\n</table>\n');
});

test('images in cells', () => {
  const out = writeMarkdown(doc(table([[th([t('flag')])], [cell([img('Flag of China.svg', 'https://upload.wikimedia.org/a/ab/Flag_of_China.svg'), t(' 中国')])]])));
  assert.equal(out, '| flag |\n| --- |\n| ![Flag of China](https://upload.wikimedia.org/a/ab/Flag_of_China.svg) 中国 |\n');
});

test('an empty table prints its caption only', () => {
  assert.equal(writeMarkdown(doc(table([], [t('c')]))), 'c\n');
  assert.equal(writeMarkdown(doc(table([]))), '');
});

test('a borderless table whose cells hold nothing is written as nothing (the wiki shows nothing; GitHub would draw a box)', () => {
  const empty = (): ReturnType<typeof cell> => cell([], { children: [] });
  assert.equal(writeMarkdown(doc(p(t('a')), { ...table([[empty()], [empty()]]), attrs: { style: 'float:right;' } }, p(t('b')))), 'a\n\nb\n');
  // A bordered one (wikitable, border=, a CSS border) is an empty grid on the wiki too: kept.
  for (const attrs of [{ class: 'wikitable' }, { border: '1' }, { style: 'border:1px solid' }] as Record<string, string>[]) {
    assert.match(writeMarkdown(doc({ ...table([[empty()]]), attrs })), /<table/);
  }
  // uk 0001: `{| style="float:right;"` around a navbox we drop.
  const md = convertPage('a\n\n{| style="float:right;"\n|{{Періодична система елементів}}\n|}\n\nb', { site: 'uk', title: 'Атом' }).markdown;
  assert.equal(md, 'a\n\nb\n');
});
