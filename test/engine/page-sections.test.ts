/**
 * A page's own sections (engine/page-sections.ts): links within the page find the heading the
 * wiki's id names among all the headings GitHub anchors, in document order.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, site = 'zh'): string => convertPage(wikitext, { title: 'T', site }).markdown.trim();
const firstLine = (wikitext: string, site = 'zh'): string => md(wikitext, site).split('\n')[0]!;

test('a heading inside a quotation counts: the second 历史 is GitHub\'s 历史-1', () => {
  const src = '[[#历史_2]] [[#历史]]\n\n<blockquote>\n== 历史 ==\n</blockquote>\n\n== 历史 ==\n';
  const out = md(src);
  assert.equal(out.split('\n')[0], '[#历史_2](#历史-1) [#历史](#历史)');
  assert.match(out, /> ## 历史\n/);
});

test('a heading inside a div and a list item counts too', () => {
  assert.equal(firstLine('[[#A_2]] [[#A_3]]\n\n<div>\n== A ==\n</div>\n<ul><li>\n== A ==\n</li></ul>\n\n== A ==\n'), '[#A_2](#a-1) [#A_3](#a-2)');
});

test('a heading in a table takes its wiki id but no GitHub anchor', () => {
  // The wiki: 历史 (in the table), 历史_2; GitHub anchors only the second, as 历史.
  const src = '[[#历史_2]]\n\n{|\n|\n== 历史 ==\n|}\n\n== 历史 ==\n';
  assert.equal(firstLine(src), '[#历史_2](#历史)');
});

test('uk: Історія and історія are two ids on the wiki; a link to the second lands on it', () => {
  const src = '[[#історія]] [[#Історія]]\n\n== Історія ==\n\n== історія ==\n';
  assert.equal(firstLine(src, 'uk'), '[#історія](#історія-1) [#Історія](#історія)');
});

test('a repeated heading with maths inside a quotation keeps its numbered extra anchor', () => {
  const out = md('<blockquote>\n== A<math>x</math>B ==\n</blockquote>\n\n== A<math>x</math>B ==\n');
  assert.match(out, /^> ## A \$x\$ B<a id="axb"><\/a>$/m);
  assert.match(out, /^## A \$x\$ B<a id="axb-2"><\/a>$/m);
});

test('a heading in a definition counts on GitHub only where the writer prints the definition as Markdown', () => {
  // The first <dd> is written as HTML (<dd><h2>历史</h2></dd>): a wiki id, no GitHub anchor.
  const html = '[[#历史_2]]\n\n<dl><dd>\n== 历史 ==\n</dd></dl>\n\n== 历史 ==\n';
  assert.equal(firstLine(html), '[#历史_2](#历史)');
  // One holding maths is written as Markdown inside its <dd>: GitHub anchors it.
  const markdown = '[[#B_x_2]]\n\n<dl><dd>\n== B <math>x</math> ==\n</dd></dl>\n\n== B x ==\n\n== B x ==\n';
  assert.equal(firstLine(markdown), '[#B_x_2](#b-x-2)');
});
