import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../../src/ast/nodes.js';
import { call, inlineOf, makeCtx, render, show } from './harness.js';
import { builtinRegistry } from '../../src/templates/registry.js';
import { convertPage } from '../../src/engine/convert.js';

const zh = makeCtx('zh');
const en = makeCtx('en');

test('plainlist and ubl: one item per line, inline (they live in cells)', () => {
  assert.deepEqual(inlineOf(render('Plainlist', ['\n* a\n* b\n'], {}, zh)), [
    { type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: 'b' },
  ]);
  assert.equal(show(inlineOf(render('Ubl', ['x', 'y', 'z'], {}, zh))), 'x<br>y<br>z');
});
test('hlist joins with · (、 on zh/ja); collapsible list keeps its title', () => {
  assert.equal(show(inlineOf(render('Hlist', ['a', 'b', 'c'], {}, en))), 'a · b · c');
  assert.equal(show(inlineOf(render('Hlist', ['甲', '乙'], {}, zh))), '甲、乙');
  assert.equal(show(inlineOf(render('Collapsible list', ['x', 'y'], { title: '列表' }, zh))), '列表<br>x<br>y');
  // bullets=on|true|yes: each item carries its bullet (zh 0029's synonyms).
  assert.equal(show(inlineOf(render('Collapsible list', ['x', 'y'], { title: '列表', bullets: 'true' }, zh))), '列表<br>• x<br>• y');
  assert.equal(show(inlineOf(render('Collapsible list', ['x'], { bullets: 'no' }, zh))), 'x');
});
test('bulleted list at the start of a line is a list block', () => {
  const c = call('Bulleted list', ['a', 'b']);
  c.lineStart = true;
  const r = builtinRegistry.lookup('Bulleted list', 'ja')!(c, makeCtx('ja'));
  assert.deepEqual(r, {
    kind: 'block',
    nodes: [{ type: 'list', ordered: false, start: 1, items: [
      { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }] }] },
      { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'b' }] }] },
    ] }],
  });
});
test('columns-list and col-list keep their content', () => {
  const r = render('Col-list', ['7.5em', '\n* a\n* b'], {}, makeCtx('ja'));
  assert.equal(r.kind, 'block');
  assert.equal(show((r as { nodes: Block[] }).nodes), '* a\n* b\n');
});
test('multiple image and gallery → a gallery node with captions', () => {
  const r = render('Multiple image', [], { image1: 'A.jpg', caption1: '甲', image2: 'B.jpg', width: '200', footer: '说明' }, zh);
  assert.equal(r.kind, 'block');
  const nodes = (r as { nodes: Block[] }).nodes;
  assert.equal(nodes[0]!.type, 'gallery');
  assert.deepEqual((nodes[0] as { items: Array<{ file: string }> }).items.map((i) => i.file), ['A.jpg', 'B.jpg']);
  assert.equal(show([nodes[1]!]), '说明\n');
  const g = render('Gallery', ['File:C.png', '丙'], { title: '图' }, zh);
  assert.equal(show((g as { nodes: Block[] }).nodes.slice(0, 1)), '**图**\n');
});
test('multiple image: `image1 = A.jpg{{!}}words` is the picture with its tooltip (ja 0187 lost five photos); {{Gallery}} skips numbers left out', () => {
  const md = convertPage('{{multiple image\n| image1 = Lake Kawaguchiko.JPG{{!}}春の河口湖\n| image2 = Shingen.jpg\n| caption2 = 信玄公祭り\n}}', { site: 'ja', title: 'T' }).markdown.trim();
  assert.equal(md, '- ![春の河口湖](https://upload.wikimedia.org/wikipedia/commons/6/63/Lake_Kawaguchiko.JPG)\n- ![信玄公祭り](https://upload.wikimedia.org/wikipedia/commons/0/06/Shingen.jpg)<br />\n  信玄公祭り');
  // Image options after the bar are options, not the tooltip; the last other part is.
  const opts = convertPage('{{multiple image\n| image1 = A.jpg{{!}}200px\n| image2 = B.jpg{{!}}link=X{{!}}words\n}}', { site: 'ja', title: 'T' }).markdown.trim();
  assert.equal(opts, '- ![A](https://upload.wikimedia.org/wikipedia/commons/6/67/A.jpg)\n- ![words](https://upload.wikimedia.org/wikipedia/commons/5/56/B.jpg)');
  const g = render('Gallery', [], { 1: 'File:A.png', 2: '甲', 7: 'File:C.png', 8: '丙' }, zh);
  const items = ((g as { nodes: Block[] }).nodes.find((n) => n.type === 'gallery') as { items: Array<{ file: string }> }).items;
  assert.deepEqual(items.map((i) => i.file), ['A.png', 'C.png']);
});
test('flatlist with a nested list: the nested items in brackets after their item, as the hlist styles show them', () => {
  assert.equal(convertPage('{{Flatlist|\n* a\n** a1\n** a2\n* b\n}}', { site: 'zh', title: 'T' }).markdown.trim(), 'a（a1、a2）、b');
  assert.equal(convertPage('x {{hlist|\n* [[甲]]\n*# 一\n* 乙\n}} y', { site: 'zh', title: 'T' }).markdown.trim(),
    'x [甲](https://zh.wikipedia.org/wiki/甲)（一）、乙 y');
  assert.equal(convertPage('{{Flatlist|\n* a\n** a1\n* b\n}}', { site: 'en', title: 'T' }).markdown.trim(), 'a (a1) · b');
  // Without nesting: items joined as before.
  assert.equal(convertPage('{{Flatlist|\n* a\n* b\n}}', { site: 'zh', title: 'T' }).markdown.trim(), 'a、b');
});
test('ja {{ul}} is an unordered list, one item per argument, its own lists nested; elsewhere it underlines', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const src = '{{ul\n| 国立公園\n* [[甲]]、乙\n| 国定公園\n}}\n{{ul| 海{{ul\n| 日本海\n| 瀬戸内海{{col-list|7.5em|\n* 大阪湾\n*明石海峡\n}}\n}}}}\n後。';
  assert.equal(
    convertPage(src, { site: 'ja', title: 'T' }).markdown.trim(),
    '- 国立公園\n  - [甲](https://ja.wikipedia.org/wiki/甲)、乙\n- 国定公園\n\n* 海\n  - 日本海\n  - 瀬戸内海\n    - 大阪湾\n    - 明石海峡\n\n後。',
  );
  assert.equal(convertPage('a{{ul|b}}c', { site: 'zh', title: 'T' }).markdown.trim(), 'a<ins>b</ins>c');
});
test('flatlist around a ;/: definition list: one line per call, term and colon, items and nested items in parentheses', () => {
  const src = '{{Flatlist|class=hlist-hyphen|\n; 主な山岳\n: [[箱根山]]\n: [[赤石岳]]\n:* [[赤石山脈]]\n}}\n'
    + '{{Flatlist|style=margin-left:2em;|;[[国立公園]]\n: 伊豆\n}}\n';
  assert.equal(
    convertPage(src, { title: '静岡県', site: 'ja' }).markdown,
    '主な山岳：[箱根山](https://ja.wikipedia.org/wiki/箱根山)、[赤石岳](https://ja.wikipedia.org/wiki/赤石岳)（[赤石山脈](https://ja.wikipedia.org/wiki/赤石山脈)）\n\n'
      + '[国立公園](https://ja.wikipedia.org/wiki/国立公園)：伊豆\n',
  );
  // Mid-line it stays inline; two terms in a row each take a colon; a description before the next term takes a dot.
  const en = (wikitext: string): string => convertPage(wikitext, { title: 'T', site: 'en' }).markdown;
  assert.equal(en('Parks {{Flatlist|\n; A\n; B\n: x\n: y\n; C\n: z}} here.'), 'Parks A: B: x · y · C: z here.\n');
  assert.equal(en('{{Hlist|\n; A : x\n: y}}'), 'A: x · y\n');
});
test('uk {{Родовід}}: the family tree as nested lists, father before mother (uk 0055 Ярослав Мудрий)', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const src = '{{Родовід\n|1= Ярослав\n|2= [[Володимир Святославич|Володимир]]\n|3= Рогнеда\n|4= Святослав\n|5= Малуша\n|7= невідомо\n|10= Мал\n}}\n';
  assert.equal(
    convertPage(src, { site: 'uk', title: 'Т' }).markdown,
    '- Ярослав\n  - [Володимир](https://uk.wikipedia.org/wiki/Володимир_Святославич)\n    - Святослав\n    - Малуша\n      - Мал\n      - ?\n  - Рогнеда\n    - ?\n    - невідомо\n',
  );
});
test('uk {{Дві колонки|…}} keeps its list (uk 0072 lost the 20 items of «Див. також»)', () => {
  const md = convertPage('== Див. також ==\n{{Дві колонки|\n* [[Документ]]\n* [[Текст]]\n}}\n== Джерела ==', { site: 'uk', title: 'Інформація' }).markdown;
  assert.match(md, /## Див\. також\n\n- \[Документ\]\([^)]*\)\n- \[Текст\]\([^)]*\)\n\n## Джерела/);
});
test('numbered list and jawiki {{番号付きリスト}}: an ordered list at a line start, numbered lines elsewhere', () => {
  const md = (src: string) => convertPage(src, { site: 'ja', title: 'T' }).markdown.trim();
  assert.equal(md('{{番号付きリスト|style="margin-left: 1.5em;"\n|甲\n|乙}}'), '1. 甲\n2. 乙');
  assert.equal(md('{{Ordered list|a|b}}'), '1. a\n2. b');
  // ja 0180 兵庫県: the districts of a map, numbered inside its caption; each keeps its number.
  assert.equal(md('区域図：{{番号付きリスト|神戸|阪神南}}'), '区域図：1. 神戸<br />\n2\\. 阪神南');
  assert.equal(md('{{番号付きリスト|style=x}}'), '');
  // `start` and the counter style (list_style_type, or the <ol> letter `type`) set the markers in running text.
  assert.equal(md('x {{Ordered list|start=5|a|b}}'), 'x 5. a<br />\n6\\. b');
  assert.equal(md('x {{Ordered list|list_style_type=lower-roman|start=3|a|b}}'), 'x iii. a<br />\niv. b');
  assert.equal(md('x {{Ordered list|type=A|a|b}}'), 'x A. a<br />\nB. b');
  assert.equal(md('x {{Ordered list|start=0|list_style_type=upper-roman|a|b}}'), 'x 0. a<br />\nI. b');
});

test('{{Ordered list}} at a line start: a Markdown list from `start`; other counter styles as numbered lines', async () => {
  const md = (src: string) => convertPage(src, { site: 'en', title: 'T' }).markdown.trim();
  assert.equal(md('{{Ordered list|start=5|a|b}}'), '5. a\n6. b');
  assert.equal(md('{{Ordered list|start=0|a}}'), '0. a');
  // Read back as GitHub reads it: an <ol> numbered from 5.
  const { renderMarkdown } = await import('../../src/reader/render-markdown.js');
  assert.match(renderMarkdown(md('{{Ordered list|start=5|a|b}}')), /^<ol start="5">\s*<li>a<\/li>\s*<li>b<\/li>\s*<\/ol>/);
  // GFM markers are decimal only: the wiki's roman or letter markers as text, one line an item.
  assert.equal(md('{{Ordered list|list_style_type=lower-roman|start=3|a|b}}'), 'iii. a<br />\niv. b');
  assert.equal(md('{{Ordered list|type=A|a|b}}'), 'A. a<br />\nB. b');
  // A start below 0 (CSS counts it, GFM cannot) likewise.
  assert.equal(md('{{Ordered list|start=-1|a|b}}'), '-1. a<br />\n0\\. b');
  // A last number past nine digits (GFM's limit) likewise; the largest nine-digit start with one item is a list.
  assert.equal(md('{{Ordered list|start=999999999|a|b}}'), '999999999\\. a<br />\n1000000000. b');
  assert.equal(md('{{Ordered list|start=999999999|a}}'), '999999999. a');
  // In a table cell, an HTML list carries the start.
  assert.match(md('{|\n|\n{{Ordered list|start=5|a|b}}\n|}'), /<ol start="5"><li>a<\/li><li>b<\/li><\/ol>/);
});
test('{{Numbered list}} opening a line inside a caption or an infobox value keeps its numbers', () => {
  const md = (src: string) => convertPage(src, { site: 'en', title: 'T' }).markdown;
  assert.match(md('[[File:A.png|thumb|Cap\n{{Numbered list|a|b}}]]'), /\nCap <br \/>\n1\\\. a<br \/>\n2\\\. b\n$/);
  assert.match(md('{{Infobox person|name=X|awards =\n{{Numbered list|a|b}}}}'), /\| 1\. a<br \/>2\. b \|/);
  // Counted from `start` there too.
  assert.match(md('[[File:A.png|thumb|Cap\n{{Ordered list|start=5|a|b}}]]'), /\nCap <br \/>\n5\\\. a<br \/>\n6\\\. b\n$/);
  assert.match(md('{{Infobox person|name=X|awards =\n{{Ordered list|start=5|a|b}}}}'), /\| 5\. a<br \/>6\. b \|/);
  // Nested in a list item's definition, flattened into its text.
  assert.match(md('# x\n#: {{Ordered list|start=2|y|z}}'), /<dd>2\. y<br \/>3\. z<\/dd>/);
});
test('<ol start="5"> written in wikitext is a Markdown list from 5', () => {
  const md = (src: string) => convertPage(src, { site: 'en', title: 'T' }).markdown.trim();
  assert.equal(md('<ol start="5"><li>a</li><li>b</li></ol>'), '5. a\n6. b');
  assert.match(md('{|\n|<ol start="7"><li>a</li></ol>\n|}'), /<ol start="7"><li>a<\/li><\/ol>/);
});
test('every list node carries `start`, in one property order (one object shape)', () => {
  const shape = (name: string, args: string[], named: Record<string, string> = {}) => {
    const c = call(name, args, named);
    c.lineStart = true;
    const r = builtinRegistry.lookup(name, 'en')!(c, makeCtx('en'));
    return Object.keys((r as { nodes: Block[] }).nodes[0]!);
  };
  const keys = ['type', 'ordered', 'start', 'items'];
  assert.deepEqual(shape('Ordered list', ['a']), keys);
  assert.deepEqual(shape('Ordered list', ['a'], { start: '5' }), keys);
  assert.deepEqual(shape('Bulleted list', ['a']), keys);
});
