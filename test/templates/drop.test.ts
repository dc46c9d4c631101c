import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRegistry } from '../../src/templates/registry.js';
import { inlineOf, makeCtx, render, show } from './harness.js';
import { convert } from './pipeline.js';

const DROPPED: Array<[string, string]> = [
  ['Navbox', 'zh'], ['Navbox with columns', 'en'], ['中国数学史导航', 'zh'], ['Physics navbox', 'en'], ['Sidebar', 'zh'],
  ['Politics sidebar', 'en'], ['S-start', 'en'], ['s-bef', 'en'], ['S-ttl', 'en'], ['S-aft', 'en'], ['S-end', 'en'], ['S-hou', 'zh'],
  ['Succession box', 'en'], ['Start box', 'en'], ['End box', 'en'], ['Portal', 'zh'], ['Authority control', 'zh'],
  ['Normdaten', 'ja'], ['Taxonbar', 'zh'], ['Commonscat', 'uk'], ['Citation needed', 'en'], ['Citation_needed', 'ja'],
  ['Fact', 'uk'], ['要出典', 'ja'], ['Unreferenced', 'zh'], ['Refimprove', 'zh'], ['Expand', 'zh'],
  ['Stub', 'zh'], ['US-scientist-stub', 'zh'], ['物理小作品', 'zh'], ['Cleanup', 'en'], ['Notability', 'en'],
  ['Dead link', 'zh'], ['失效链接', 'zh'], ['Featured article', 'zh'], ['Good article', 'zh'], ['Multiple issues', 'zh'],
  ['Clear', 'zh'], ['-', 'zh'], ['Col-begin', 'zh'], ['Col-end', 'zh'], ['Refbegin', 'zh'], ['Refend', 'zh'],
  ['Disambig', 'zh'], ['Pp-vandalism', 'ja'], ['脚注ヘルプ', 'ja'], ['Недоступне посилання', 'uk'], ['Navbar', 'en'],
  ['軍艦模板', 'zh'], ['複数の問題', 'ja'], ['Color sample', 'ja'], ['Рік в інших календарях', 'uk'],
  // Navigation and maintenance seen on the ja/uk dumps.
  ['日本の都道府県', 'ja'], ['社会科学のフッター', 'ja'], ['ショートカット', 'ja'], ['存命人物の出典明記', 'ja'], ['Columns-start', 'ja'],
  ['НАТО', 'uk'], ['Україна в темах', 'uk'], ['Країни Чорного моря', 'uk'], ['Математика-доробити', 'uk'], ['PD-письменник', 'uk'],
  ['黑龙江行政区划', 'zh'], ['重庆铁路车站', 'zh'], ['C++', 'zh'],
];

test('navboxes, sidebars, succession boxes, portals, authority control and banners drop', () => {
  const ctx = makeCtx();
  for (const [name, lang] of DROPPED) {
    const h = builtinRegistry.lookup(name, lang);
    assert.ok(h, `${name} (${lang}) has a handler`);
    assert.deepEqual(h({ name, args: new Map([['1', 'x'], ['title', 'y']]), offset: 0, lineStart: true }, ctx), { kind: 'drop' }, name);
  }
});

test('inline cleanup spans keep the text they wrap', () => {
  assert.equal(show(inlineOf(render('独自研究範囲', ['主張'], { date: '2020年1月' }, makeCtx('ja')))), '主張');
  assert.equal(show(inlineOf(render('要出典範囲', ['本文'], { date: '2020年1月' }, makeCtx('ja')))), '本文');
  assert.equal(show(inlineOf(render('Citation needed span', ['claim'], {}, makeCtx('en')))), 'claim');
});

test('zhwiki {{来源请求|text}} shows the doubted text; the bare tag drops (zh 香农-范诺编码, 数字姓)', () => {
  assert.equal(convert('编码{{来源请求|几乎从不被使用。|time=2021-7-17}}\n\n下文{{来源请求|time=2021-7-17}}。', 'X').markdown.trim(),
    '编码几乎从不被使用。\n\n下文。');
  assert.equal(convert('一：{{Citation_needed|[[明代]]有人叫一善。}}，2018年', 'X').markdown.trim(),
    '一：[明代](https://zh.wikipedia.org/wiki/明代)有人叫一善。，2018年');
  assert.equal(convert('x{{Fact|1=}}y', 'X').markdown.trim(), 'xy');
  // Elsewhere the tag's first argument is no text of the article.
  assert.equal(convert('claim{{Citation needed|date=May 2020}}.', 'X', 'en').markdown.trim(), 'claim.');
});

test('jawiki cleanup tags keep the doubted words given as 範囲=, as the wiki shows them', () => {
  assert.equal(convert('A{{要出典|範囲=本文の記述|date=2021年2月}}B', 'X', 'ja').markdown.trim(), 'A本文の記述B');
  assert.equal(convert('# {{要出典|範囲=「[[ニーチェ]]の哲学」なども|date=2021年2月}}。\n# x{{要出典|date=2021年2月}}', 'X', 'ja').markdown.trim(),
    '1. 「[ニーチェ](https://ja.wikipedia.org/wiki/ニーチェ)の哲学」なども。\n2. x');
  // Without 範囲 the tag goes and leaves nothing.
  assert.equal(convert('甲{{要出典|date=2021年2月}}乙', 'X', 'ja').markdown.trim(), '甲乙');
});

test('any jawiki "…範囲" span tag keeps its words', () => {
  assert.equal(convert('a{{疑問点範囲|最近の[[形態]]の研究|date=2020年}}b', 'X', 'ja').markdown.trim(), 'a最近の[形態](https://ja.wikipedia.org/wiki/形態)の研究b');
  assert.equal(convert('a{{要説明範囲|語|date=2020年}}b', 'X', 'ja').markdown.trim(), 'a語b');
});

test('ukwiki {{fact2|…}} is a span: the doubted words stay (uk 0375)', () => {
  assert.equal(
    convert('вперше зафіксовано в XIII столітті та {{fact2|вживався для позначення північних земель}}. Далі', 'T', 'uk').markdown.trim(),
    'вперше зафіксовано в XIII столітті та вживався для позначення північних земель. Далі',
  );
});
