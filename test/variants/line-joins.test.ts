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
