/**
 * Text a zh page marks as written in another language ({{lang|ja|…}}, {{lang-ja|…}}, {{Jpn}},
 * {{zh|s=…|t=…}}) is shown as written in every variant, as zh.wikipedia's {{lang}} wraps it in
 * `-{…}-`; Chinese ({{lang|zh|…}}) is converted like the rest of the page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, variant: string | null): string =>
  convertPage(wikitext, { title: '测试', site: 'zh', variant }).markdown.trim();

test('{{lang|ja|…}} keeps Japanese kanji in every variant; the text around it is converted', () => {
  const src = '书名{{lang|ja|全八六〇余隻の栄光と悲劇}}。';
  assert.equal(md(src, 'zh-cn'), '书名全八六〇余隻の栄光と悲劇。');
  assert.equal(md(src, 'zh-tw'), '書名全八六〇余隻の栄光と悲劇。');
  assert.equal(md(src, 'zh-hk'), '書名全八六〇余隻の栄光と悲劇。');
  // No variant: the text as written, no markup left over.
  assert.equal(md(src, null), '书名全八六〇余隻の栄光と悲劇。');
});

test('{{lang|ja|…}} with a link inside: the label kept, the link still a link', () => {
  assert.equal(md('{{lang|ja|[[加藤シヅエ|加藤シヅエ]]}}与国', 'zh-tw'), '[加藤シヅエ](https://zh.wikipedia.org/wiki/加藤シヅエ)與國');
  assert.equal(md('{{lang|ja|[[加藤シヅエ|加藤シヅエ]]}}与国', null), '[加藤シヅエ](https://zh.wikipedia.org/wiki/加藤シヅエ)与国');
});

test('{{lang|zh|…}} is converted; {{lang|zh-hant|…}} is not', () => {
  assert.equal(md('{{lang|zh|头发}}', 'zh-tw'), '頭髮');
  assert.equal(md('{{lang|zh-hant|頭髮}}', 'zh-cn'), '頭髮');
});

test('{{lang-ja|…}}: the label follows the variant, the Japanese text does not', () => {
  assert.equal(md('{{lang-ja|歌川 国貞}}', 'zh-cn'), '日语：歌川 国貞');
  assert.equal(md('{{lang-ja|歌川 国貞}}', 'zh-tw'), '日語：歌川 国貞');
});

test('{{Jpn|j=…|kana=…}}: every Japanese form kept', () => {
  assert.equal(md('{{Jpn|j=足利義持|kana=あしかが よしもち}}', 'zh-cn'), '日语：足利義持／あしかが よしもち');
});

test('{{zh|s=…|t=…}}: simplified and traditional forms shown as written, labels converted', () => {
  assert.equal(md('{{zh|s=软件|t=軟體}}', 'zh-cn'), '简体中文：软件；繁体中文：軟體');
  assert.equal(md('{{zh|s=软件|t=軟體}}', 'zh-tw'), '簡體中文：软件；繁體中文：軟體');
});

test('Latin text is left unwrapped (nothing to convert); other wikis are untouched', () => {
  assert.equal(md('{{lang|de|Glühwein}}', 'zh-tw'), 'Glühwein');
  assert.equal(convertPage('{{lang|ja|栄光}}', { title: 'T', site: 'ja' }).markdown.trim(), '栄光');
});
