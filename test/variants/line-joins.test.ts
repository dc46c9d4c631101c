/**
 * A word split across a source line inside a paragraph: MediaWiki's converter runs on the HTML
 * BlockLevelPass wrote, where the paragraph keeps its line breaks ("软\n件"), so no word of its
 * tables matches across one; the Markdown still joins the two CJK lines with nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, variant: string | null): string =>
  convertPage(wikitext, { title: '测试', site: 'zh', variant }).markdown;

test('a line break inside a word is a conversion boundary (flat text and quote tokens alike)', () => {
  assert.equal(md('这是软件和信息', 'zh-tw'), '這是軟體和信息\n');
  assert.equal(md('这是软\n件和信息', 'zh-tw'), '這是軟件和信息\n');
  assert.equal(md("''甲''这是软\n件和信息", 'zh-tw'), '*甲*這是軟件和信息\n');
  // Unconverted, the lines join as before.
  assert.equal(md('这是软\n件和信息', null), '这是软件和信息\n');
  // Words on one line each side still convert.
  assert.equal(md('软件\n软件', 'zh-tw'), '軟體軟體\n');
});

test('the boundary holds when a quote or a tag later in the paragraph turns flat text into tokens (was 軟體)', () => {
  assert.equal(md("软\n件'''乙'''", 'zh-tw'), '軟件**乙**\n');
  assert.equal(md('软\n件<b>乙</b>', 'zh-tw'), '軟件**乙**\n');
});

test('the boundary holds in text a handler shows, merged into the text around it ({{nowrap}}, {{lang}}, {{color}}; was 軟體)', () => {
  assert.equal(md('甲{{nowrap|软\n件}}乙', 'zh-tw'), '甲軟件乙\n');
  assert.equal(md("甲{{nowrap|软\n件'''乙'''}}", 'zh-tw'), '甲軟件**乙**\n');
  assert.equal(md('甲{{lang|zh|软\n件}}', 'zh-tw'), '甲軟件\n');
  assert.equal(md('甲{{color|red|软\n件}}', 'zh-tw'), '甲軟件\n');
  assert.equal(md('* 甲{{nowrap|软\n件}}', 'zh-tw'), '- 甲軟件\n');
  // As plain text, <span> and a link label already did.
  assert.equal(md('甲<span>软\n件</span>', 'zh-tw'), '甲軟件\n');
  assert.equal(md('[[甲|软\n件]]', 'zh-tw'), '[軟件](https://zh.wikipedia.org/wiki/甲)\n');
  // A word whole on one line inside the call still converts.
  assert.equal(md('甲{{nowrap|软件\n乙}}', 'zh-tw'), '甲軟體乙\n');
  assert.equal(md('甲{{nowrap|软\n件}}乙', null), '甲软件乙\n');
});
