/**
 * Section links in a converted page: the Markdown's heading anchors come from the heading text as
 * the variant shows it, so links to the page's own headings must use that text too (MediaWiki's
 * ids keep the text as written, which no converted heading has any more).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';
import type { ConvertOptions } from '../../src/engine/types.js';

const md = (wikitext: string, variant: string | null, extra: ConvertOptions = {}): string =>
  convertPage(wikitext, { title: '软件发展', site: 'zh', variant, ...extra }).markdown.trim();

const PAGE = '见[[#历史|上文]]、[[#历史]]与[[软件发展#历史]]。\n\n== 历史 ==\n内容';

test('links to the page\'s own headings point at the converted heading', () => {
  assert.equal(md(PAGE, 'zh-tw'), '見[上文](#歷史)、[#歷史](#歷史)與[軟體發展#歷史](#歷史)。\n\n## 歷史\n\n內容');
  assert.equal(md(PAGE, 'zh-cn'), '见[上文](#历史)、[#历史](#历史)与[软件发展#历史](#历史)。\n\n## 历史\n\n内容');
  assert.equal(md(PAGE, null), '见[上文](#历史)、[#历史](#历史)与[软件发展#历史](#历史)。\n\n## 历史\n\n内容');
});

test('a heading converted by a page rule, and written with underscores in the link', () => {
  const src = '-{H|zh-cn:内存; zh-tw:記憶體;}-见[[#内存_管理]]。\n\n== 内存 管理 ==\n';
  assert.equal(md(src, 'zh-tw'), '見[#記憶體_管理](#記憶體-管理)。\n\n## 記憶體 管理');
});

test('a fragment naming no heading (an {{anchor}} id, never converted) is left as written', () => {
  assert.equal(md('见[[#发展]]。\n\n== 历史 ==\n', 'zh-tw'), '見[#發展](#发展)。\n\n## 歷史');
});

test('an `_2` fragment on a page with one such heading names another id (a span), left as written', () => {
  const src = '见[[#历史_2]]。\n\n== 历史 ==\n<span id="历史_2"></span>内容';
  const out = md(src, 'zh-tw');
  assert.equal(out.split('\n')[0], '見[#歷史_2](#历史-2)。');
  assert.match(out, /<a id="历史-2"><\/a>/);
});

test('two headings the variant shows alike keep their two wiki ids, from the text as written', () => {
  // The wiki: 软件 and 軟體 are two ids, [[#軟體]] the second; both are shown 軟體 in zh-tw.
  const src = '[[#軟體]] [[#软件]] [[#軟體_2]]\n\n== 软件 ==\n\n== 軟體 ==\n';
  assert.equal(md(src, 'zh-tw').split('\n')[0], '[#軟體](#軟體-1) [#軟體](#軟體) [#軟體_2](#軟體-2)');
});

test('a link naming a converted heading with maths by its text finds its extra anchor', () => {
  const out = md('[[#软件x版本]]\n\n== 软件<math>x</math>版本 ==\n', 'zh-tw');
  assert.equal(out.split('\n')[0], '[#軟體x版本](#軟體x版本)');
  assert.match(out, /^## 軟體 \$x\$ 版本<a id="軟體x版本"><\/a>$/m);
});

test('links to other pages of a mirror: the fragment converted as the page converts its text', () => {
  const resolveLink = (title: string) => `${title}.md`;
  assert.equal(md('[[计算机#历史|计算机历史]]', 'zh-tw', { resolveLink }), '[計算機歷史](./计算机.md#歷史)');
  assert.equal(md('[[计算机#历史|计算机历史]]', null, { resolveLink }), '[计算机历史](./计算机.md#历史)');
  // Without a mirror the link goes to zh.wikipedia, whose ids keep the text as written.
  assert.equal(md('[[计算机#历史|计算机历史]]', 'zh-tw'), '[計算機歷史](https://zh.wikipedia.org/wiki/计算机#历史)');
});

test("links to a repeated heading by the wiki's id (`历史_2`) land on GitHub's `-1` anchor, converted or not", () => {
  const src = '见[[#历史_2|下文]]、[[#历史]]。\n\n== 历史 ==\n甲\n\n== 历史 ==\n乙';
  assert.equal(md(src, null), '见[下文](#历史-1)、[#历史](#历史)。\n\n## 历史\n\n甲\n\n## 历史\n\n乙');
  assert.equal(md(src, 'zh-tw'), '見[下文](#歷史-1)、[#歷史](#歷史)。\n\n## 歷史\n\n甲\n\n## 歷史\n\n乙');
  // A heading literally called `历史 2` after them is the wiki's `历史_2_2`: `历史_2` stays the second 历史.
  const literal = '[[#历史_2]] [[#历史 2 2]]\n\n== 历史 ==\n\n== 历史 ==\n\n== 历史 2 ==';
  assert.equal(md(literal, 'zh-tw').split('\n')[0], '[#歷史_2](#歷史-1) [#歷史 2 2](#歷史-2)');
});
