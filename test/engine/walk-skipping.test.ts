import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

// The walk before the writer skips top-level blocks the parser saw make no dropped or footnote
// node; a variant pass that parses refs and dropped templates out of `-{…}-` must turn that off.
// Expected outputs are the ones of the engine before the skip existed (commit 2c48557).
const PAGE = '首段<ref>甲</ref>。\n\n-{zh-hans:简<ref>乙</ref>{{未知}}；zh-hant:繁<ref>丙</ref>{{未知}}}-，后文<ref>丁</ref>\n\n普通段落（{{未知}}）。\n\n== 注释 ==\n<references/>';

test('refs and dropped templates parsed by the variant pass are numbered and repaired as before', () => {
  assert.equal(convertPage(PAGE, { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown, "首段[^1]。\n\n，後文[^2]\n\n普通段落。\n\n## 注釋\n\n[^1]: 甲\n\n[^2]: 丁\n");
  assert.equal(convertPage(PAGE, { site: 'zh', title: 'T', variant: 'zh-cn' }).markdown, "首段[^1]。\n\n简[^2]；zh-hant:繁[^3]，后文[^4]\n\n普通段落。\n\n## 注释\n\n[^1]: 甲\n\n[^2]: 乙\n\n[^3]: 丙\n\n[^4]: 丁\n");
  assert.equal(convertPage(PAGE, { site: 'zh', title: 'T' }).markdown, "首段[^1]。\n\n简[^2]；zh-hant:繁[^3]，后文[^4]\n\n普通段落。\n\n## 注释\n\n[^1]: 甲\n\n[^2]: 乙\n\n[^3]: 丙\n\n[^4]: 丁\n");
});

test('links get their targets from the writer: local paths, anchors and the live wiki', () => {
  const md = convertPage('[[甲]]、[[乙#历史|乙]]、[[T#概要|本页]]、[[文件:A b.png|thumb|图]]', {
    site: 'zh', title: 'T', resolveLink: (t) => (t === '甲' ? '../甲.md' : null),
  }).markdown;
  assert.equal(md, "[甲](../甲.md)、[乙](https://zh.wikipedia.org/wiki/乙#历史)、[本页](#概要)、\n\n![图](https://upload.wikimedia.org/wikipedia/commons/8/84/A_b.png)<br />\n图\n");
});

// On a wiki without variants a `-{` the parser made no node of (`|-{{…}}` opening a table row)
// takes the same path as a page without one: scars are repaired in the link walk, and nothing is
// restored. Expected outputs are the ones of the engine that walked these pages separately.
test('a `-{` that is no markup on a wiki without variants changes nothing; real markup stays literal', () => {
  const page = "Текст ({{Невідомий шаблон}}) і далі.<ref>Джерело</ref>\n\n{|\n|-{{Невідомий|x}}\n| Київ || [[Україна]]\n|-\n| Львів ({{Невідомий}}) || -{буква}-\n|}\n\n== Примітки ==\n<references/>";
  const expected = (cell: string) =>
    `Текст і далі.[^1]\n\n<table>\n<tr>\n<td>Київ</td>\n<td><a href="https://uk.wikipedia.org/wiki/Україна">Україна</a></td>\n</tr>\n<tr>\n<td>Львів</td>\n<td>${cell}</td>\n</tr>\n</table>\n\n## Примітки\n\n[^1]: Джерело\n`;
  assert.equal(convertPage(page, { site: 'uk', title: 'Т' }).markdown, expected('-{буква}-'));
  assert.equal(convertPage(page.replace('-{буква}-', 'буква'), { site: 'uk', title: 'Т' }).markdown, expected('буква'));
});

// Inside a block that is walked, paragraphs the parser saw make no dropped or footnote node are
// skipped by the scar repair, the footnote index and the removal of emptied paragraphs. Expected
// outputs are the ones of the engine before that skip (main at 570a28e).
test('emptied items go and footnotes number the same when plain paragraphs of a list are skipped', () => {
  const list = '* a\n* {{Невідомий}}\n* b<ref>c<ref>{{Невідомий}}</ref>d</ref>\n*: {{Невідомий}}\n* e\n\n<references/>';
  assert.equal(convertPage(list, { site: 'uk', title: 'T' }).markdown, '- a\n- b[^1]d\\</ref>\n\n  <dl>\n  <dd></dd>\n  </dl>\n\n- e\n\n[^1]: c\\<ref>\n');
  const div = '<div>\na\n\n{{Невідомий}}\n\nb<ref>x</ref>\n</div>';
  assert.equal(convertPage(div, { site: 'uk', title: 'T' }).markdown, 'a\n\nb[^1]\n\n[^1]: x\n');
});
