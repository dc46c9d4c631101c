/**
 * zhwiki's S-gov and S-legal heading rows, for a dump without their pages: every code of the
 * templates' switches (zhwiki Template:S-gov and Template:S-legal read), not only prc / roc.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const heads = (call: string): string[] => {
  const src = `{{Start box}}\n{{${call}}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{s-after|丙}}\n{{End box}}`;
  const md = convertPage(src, { site: 'zh', title: '甲' } as Parameters<typeof convertPage>[1]).markdown;
  return [...md.matchAll(/<th colspan="3">(.*)<\/th>/g)].map((m) => m[1]!);
};
const link = (target: string, label = target) => `<a href="https://zh.wikipedia.org/wiki/${target}">${label}</a>`;

test('S-gov: each country code heads its government (usa, hk, roc-1912, rus, fra, uk), others as written', () => {
  assert.deepEqual(heads('s-gov|usa'), [`${link('美國聯邦政府', '美国政府')}职务`]);
  assert.deepEqual(heads('s-gov|hk'), [`${link('香港特別行政區政府', '香港政府')}职务`]);
  assert.deepEqual(heads('s-gov|roc-1912'), [`${link('北洋政府', '中华民国政府')}职务`]);
  assert.deepEqual(heads('s-gov|rus'), [`${link('俄羅斯聯邦政府', '俄罗斯政府')}职务`]);
  assert.deepEqual(heads('s-gov|fra'), [`${link('法國政府')}职务`]);
  assert.deepEqual(heads('s-gov|uk'), [`${link('英國政府')}职务`]);
  assert.deepEqual(heads('s-gov|roc'), [`${link('中華民國政府')}職務`]);
  assert.deepEqual(heads('s-gov|xyz'), ['xyz政府职务']);
});

test('S-legal: the PRC, its courts and its procuratorates; another code as written', () => {
  assert.deepEqual(heads('s-legal|prc'), [`${link('中华人民共和国')}司法职务`]);
  assert.deepEqual(heads('s-legal|prc-cour'), [`${link('中华人民共和国')}审判机关职务`]);
  assert.deepEqual(heads('s-legal|prc-proc'), [`${link('中华人民共和国')}检察机关职务`]);
  assert.deepEqual(heads('s-legal|香港'), ['香港司法职务']);
  assert.deepEqual(heads('s-legal'), ['司法职务']);
});
