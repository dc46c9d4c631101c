import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldCase, scanCategories, scanRedirect } from '../../src/index/scan.js';
import { siteFor } from '../../src/site/defaults.js';

const zh = siteFor('zh');

test('categories with sort keys, aliases and DEFAULTSORT', () => {
  const text = `{{DEFAULTSORT:默认}}
[[Category:数学|*]] [[分类:代数]] [[ category : 几何_学 |几]]
[[:Category:只是链接]] <!-- [[Category:注释里]] --> <nowiki>[[Category:不算]]</nowiki>
<includeonly>[[Category:只给引用者]]</includeonly>`;
  assert.deepEqual(scanCategories(zh, text), [
    { name: '数学', sortKey: '*' },
    { name: '代数', sortKey: '默认' },
    { name: '几何 学', sortKey: '几' },
  ]);
  assert.deepEqual(scanCategories(siteFor('ja'), '[[カテゴリ:日本|にほん]]'), [{ name: '日本', sortKey: 'にほん' }]);
  assert.deepEqual(scanCategories(zh, 'no links'), []);
});

test('redirect target and fragment, in local words', () => {
  assert.deepEqual(scanRedirect(zh, '#REDIRECT [[几何学#历史]]'), { target: '几何学', fragment: '历史' });
  assert.deepEqual(scanRedirect(zh, '#重定向 [[分类:数学]]'), { target: 'Category:数学', fragment: null });
  assert.deepEqual(scanRedirect(siteFor('ja'), '#転送 [[日本]]'), { target: '日本', fragment: null });
  assert.equal(scanRedirect(zh, '普通文本 #REDIRECT [[X]]'), null);
});

test('case folding matches what case-insensitive file systems merge', () => {
  assert.equal(foldCase('Unix'), foldCase('UNIX'));
  assert.equal(foldCase('ſ'), foldCase('S'));
  assert.equal(foldCase('\u212a'), foldCase('k')); // Kelvin sign
  assert.equal(foldCase('e\u0301'), foldCase('\u00e9')); // NFC
  assert.notEqual(foldCase('数学'), foldCase('數學'));
});
