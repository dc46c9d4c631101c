/**
 * The review of session 21's zh template pass (branch reader): each case is a finding, checked
 * against the zhwiki template it names, through the whole pipeline where a variant matters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const page = (src: string, variant?: 'zh-cn' | 'zh-tw') => convertPage(src, { site: 'zh', title: 'T', variant }).markdown.trim();

test('Infobox film: the regional titles are shown as written in every variant (template 11 data50–55 wrap them in -{…}-)', () => {
  const src = '{{Infobox film\n|name=X\n|cn_name=美丽心灵\n|tw_name=美麗境界\n|hk_name=有你終生美麗\n}}';
  assert.equal(page(src, 'zh-cn'), ['| X |  |', '| --- | --- |', '| 中国大陆 | 美丽心灵 |', '| 台湾 | 美麗境界 |', '| 香港 | 有你終生美麗 |'].join('\n'));
  assert.equal(page(src, 'zh-tw'), ['| X |  |', '| --- | --- |', '| 中國大陸 | 美丽心灵 |', '| 臺灣 | 美麗境界 |', '| 香港 | 有你終生美麗 |'].join('\n'));
});

test('Infobox name module: each region\'s word and the kyūjitai are shown as written (its data15–21, data26)', () => {
  const src = '{{Infobox person\n|name=Y\n|module={{Infobox name module\n|putonghua=软件\n|taiwan=軟體\n|kyujitai=國語\n}}\n}}';
  assert.equal(page(src, 'zh-tw'), ['| Y |  |', '| --- | --- |', '| 中國大陸 | 软件 |', '| 台灣 | 軟體 |', '| 日語舊字體 | 國語 |'].join('\n'));
  assert.equal(page(src, 'zh-cn'), ['| Y |  |', '| --- | --- |', '| 中国大陆 | 软件 |', '| 台湾 | 軟體 |', '| 日语旧字体 | 國語 |'].join('\n'));
});

test('Parameter names with a hyphen: show-headers is no row, sec-title is 副标题, cust_label/cust_data one row (template 11 label3; name module label9/data9)', () => {
  assert.equal(page('{{Infobox film\n|name=X\n|sec-title=副\n}}'), ['| X |  |', '| --- | --- |', '| 副标题 | 副 |'].join('\n'));
  const src = '{{Infobox person\n|name=Y\n|module={{Infobox name module\n|show-headers=no\n|cust_label1=自定\n|cust_data1=值一\n}}\n}}';
  assert.equal(page(src), ['| Y |  |', '| --- | --- |', '| 自定 | 值一 |'].join('\n'));
});

test('zhwiki Quote box: title is a bold heading above the quote; content and quotetext hold the quote, 2 and 3 the cite line (Template:Quote box)', () => {
  assert.equal(page('{{Quote box|quote=引文|title=标题|author=甲}}'), '> **标题**\n>\n> 引文\n>\n> 甲');
  assert.equal(page('{{Quote box|content=引文内容|author=甲}}'), '> 引文内容\n>\n> 甲');
  assert.equal(page('{{Quote box|quotetext=Q|2=甲|3=乙}}'), '> Q\n>\n> 甲, 乙');
});

test('zhwiki lang-cdo: 平話字, 漢字 and 實際讀音 follow the text when given (Template:Lang-cdo)', () => {
  assert.equal(page('{{lang-cdo|福州話|buc=Hók-ciŭ-uâ|han=福州話|ipa=huʔ}}'),
    '闽东语：福州話，[平話字](https://zh.wikipedia.org/wiki/平話字)：Hók-ciŭ-uâ，[漢字](https://zh.wikipedia.org/wiki/漢字)：福州話，[實際讀音](https://zh.wikipedia.org/wiki/國際音標)：/huʔ/');
  assert.equal(page('{{lang-cdo|長樂話|ipa=tʰuŋ}}'), '闽东语：長樂話，[實際讀音](https://zh.wikipedia.org/wiki/國際音標)：/tʰuŋ/');
});

test('zhwiki Dead link with url=: the note links the archive\'s copies and has no 永久, which only its no-url branch prints (corpus template 13)', () => {
  assert.equal(page('甲{{Dead link|url=http://x.com/a|fix-attempted=yes}}', 'zh-cn'), '甲<sup>\\[[失效链接](http://web.archive.org/web/*/http://x.com/a)]</sup>');
  assert.equal(page('甲{{Dead link|fix-attempted=yes}}', 'zh-cn'), '甲<sup>[永久失效链接]</sup>');
});

test('Kit colours and 公司色/文字色 are layout only in the boxes that draw them: elsewhere they are rows', () => {
  const uk = convertPage('{{Infobox settlement\n|name=X\n|body1=Foo\n|socks2=Bar\n}}', { site: 'uk', title: 'X' }).markdown.trim();
  assert.equal(uk, ['| X |  |', '| --- | --- |', '| Body | Foo |', '| Socks | Bar |'].join('\n'));
  assert.equal(page('{{Infobox station\n|name=X\n|公司色=绿\n}}'), ['| X |  |', '| --- | --- |', '| 公司色 | 绿 |'].join('\n'));
  // The club box still draws its kit: no rows.
  assert.equal(page('{{Infobox football club\n|clubname=甲\n|fullname=甲队\n|body1=FF0000\n|socks1=FFFFFF\n}}'), ['| 甲 |  |', '| --- | --- |', '| 全名 | 甲队 |'].join('\n'));
});

test('DEC prints minutes and seconds whenever they are given, even empty, as its #ifeq does; left out, they are not printed', () => {
  assert.equal(page('{{DEC|+58||}}'), '+58°\u00a0′\u00a0″');
  assert.equal(page('{{DEC|+58}}'), '+58°');
  assert.equal(page('{{DEC|+58|25|25}}'), '+58°\u00a025′\u00a025″');
});

test('Infobox name module is headed only by the title it is given, not by a heading of its own', () => {
  const box = (module: string) => page(`{{Infobox person\n|name=Y\n|module={{Infobox name module\n${module}|japanese=香取\n}}\n}}`);
  assert.equal(box('|title=名称\n'), ['| Y |  |', '| --- | --- |', '| **名称** |  |', '| 日语原文 | 香取 |'].join('\n'));
  assert.equal(box(''), ['| Y |  |', '| --- | --- |', '| 日语原文 | 香取 |'].join('\n'));
});
