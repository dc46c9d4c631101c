/**
 * `{{Infobox ship begin}}` … `{{Infobox ship end}}`: the parts (image, career, characteristics)
 * are separate calls but one box on the wiki; they used to print three boxes, each headed by the
 * page title, with rows labelled "Ship country", "Ship builder" ….
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

function md(wikitext: string, site: 'zh' | 'en', title: string): string {
  return convertPage(wikitext, { title, site }).markdown;
}

const ZH_SHIP = [
  '{{Infobox ship begin}}',
  '{{Infobox ship image|Ship image=Yamato.jpg|Ship caption=1941年試航}}',
  '{{Infobox ship career|Hide header=|Ship country=日本|Ship flag=[[File:Naval Ensign of Japan.svg|60px]]|Ship name=大和|Ship builder=[[吳海軍工廠]]|Ship laid down=1937年11月4日|Ship fate=1945年擊沉}}',
  '{{Infobox ship characteristics|Ship class=[[大和級戰艦]]|Ship displacement=65,000噸<ref>排水量注。</ref>|Ship speed=27節}}',
  '{{Infobox ship end}}',
  '大和號是戰艦。',
  '== 注釋 ==',
  '<references/>',
].join('\n');

test('zh ship parts: one box, the picture on top, 艦歷 and 技術數據 headings, zh labels, footnotes kept', () => {
  assert.equal(
    md(ZH_SHIP, 'zh', '大和號戰艦'),
    [
      '| 大和號戰艦 |  |',
      '| --- | --- |',
      '| ![1941年試航](https://upload.wikimedia.org/wikipedia/commons/6/6b/Yamato.jpg)<br />1941年試航 |  |',
      '| **艦歷** |  |',
      '| **日本** |  |',
      '| 艦名 | 大和 |',
      '| 建造者 | [吳海軍工廠](https://zh.wikipedia.org/wiki/吳海軍工廠) |',
      '| 動工 | 1937年11月4日 |',
      '| 結局 | 1945年擊沉 |',
      '| **技術數據** |  |',
      '| 艦級 | [大和級戰艦](https://zh.wikipedia.org/wiki/大和級戰艦) |',
      '| 排水量 | 65,000噸[^1] |',
      '| 速度 | 27節 |',
      '',
      '大和號是戰艦。',
      '',
      '## 注釋',
      '',
      '[^1]: 排水量注。',
      '',
    ].join('\n'),
  );
});

test('en ship parts: History / General characteristics, a second career with Hide header shows only its country', () => {
  const wikitext = [
    '{{Infobox ship begin}}',
    '{{Infobox ship image|Ship image=Pueblo.jpg}}',
    '{{Infobox ship career|Hide header=|Ship country=United States|Ship name=USS Pueblo|Ship laid down=1944}}',
    '{{Infobox ship career|Hide header=yes|Ship country=North Korea|Ship captured=23 January 1968}}',
    '{{Infobox ship characteristics|Ship type=Cargo ship|Ship EW=none}}',
    '{{Infobox ship end}}',
    'Text.',
  ].join('\n');
  assert.equal(
    md(wikitext, 'en', 'USS Pueblo'),
    [
      '| USS Pueblo |  |',
      '| --- | --- |',
      '| ![Pueblo](https://upload.wikimedia.org/wikipedia/commons/7/72/Pueblo.jpg) |  |',
      '| **History** |  |',
      '| **United States** |  |',
      '| Name | USS Pueblo |',
      '| Laid down | 1944 |',
      '| **North Korea** |  |',
      '| Captured | 23 January 1968 |',
      '| **General characteristics** |  |',
      '| Type | Cargo ship |',
      '| EW | none |',
      '',
      'Text.',
      '',
    ].join('\n'),
  );
});

test('ship parts with text between them are not one table on the wiki either: two boxes', () => {
  assert.equal(
    md('{{Infobox ship career|Ship name=甲}}\n文字。\n{{Infobox ship characteristics|Ship type=战舰}}', 'zh', '甲'),
    '| 甲 |  |\n| --- | --- |\n| **艦歷** |  |\n| 艦名 | 甲 |\n\n文字。\n\n| 甲 |  |\n| --- | --- |\n| **技術數據** |  |\n| 艦種 | 战舰 |\n',
  );
});

test('zhwiki writes the parts inside its own {| … |} (begin opens no table there): still one box; Header caption joins the heading', () => {
  const wikitext = [
    '{|{{Infobox ship begin}}',
    '{{Infobox ship image\n|Ship image= X.jpg\n|Ship caption=2005年摄\n}}',
    '{{Infobox ship career\n|Hide header=\n|Ship country=英国\n|Ship flag={{shipboxflag|United Kingdom|civil}}\n|Ship name=甲\n|Ship namesake=\n|Ship launched= 1843年7月19日\n}}',
    '{{Infobox ship characteristics\n|Hide header=\n|Header caption=（建成時）\n|Ship type= [[客轮]]\n|Ship capacity=*乘客360名\n*货物\n}}',
    '|}',
    '正文。',
  ].join('\n');
  assert.equal(
    md(wikitext, 'zh', '甲号'),
    [
      '| 甲号 |  |',
      '| --- | --- |',
      '| ![2005年摄](https://upload.wikimedia.org/wikipedia/commons/f/fa/X.jpg)<br />2005年摄 |  |',
      '| **艦歷** |  |',
      '| **英国** |  |',
      '| 艦名 | 甲 |',
      '| 下水 | 1843年7月19日 |',
      '| **技術數據 （建成時）** |  |',
      '| 艦種 | [客轮](https://zh.wikipedia.org/wiki/客轮) |',
      '| 容量 | 乘客360名<br />货物 |',
      '',
      '正文。',
      '',
    ].join('\n'),
  );
});
