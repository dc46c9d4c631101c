import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RuleSet, createConverter } from '../../src/variants/converter.js';
import { ReplacementTrie } from '../../src/variants/trie.js';

test('trie replaces the longest key at each position, left to right', () => {
  const trie = new ReplacementTrie(new Map([['a', '1'], ['ab', '2'], ['abc', '3'], ['bc', '4']]));
  assert.equal(trie.replaceAll('abcab'), '32');
  assert.equal(trie.replaceAll('xbcx'), 'x4x');
  assert.equal(trie.replaceAll('xyz'), 'xyz');
  assert.equal(trie.replaceAll(''), '');
});

test('trie handles astral characters as ordinary keys', () => {
  const trie = new ReplacementTrie(new Map([['𠮶', 'A'], ['𠮶x', 'B']]));
  assert.equal(trie.replaceAll('a𠮶b𠮶x'), 'aAbB');
});

test('zh-hant: one-to-many characters chosen by phrase', () => {
  const c = createConverter('zh-hant');
  assert.equal(c('头发'), '頭髮');
  assert.equal(c('出发'), '出發');
  assert.equal(c('干燥的干部'), '乾燥的幹部');
  assert.equal(c('后来的皇后'), '後來的皇后');
  assert.equal(c('面条'), '麵條');
  assert.equal(c('关系和联系'), '關係和聯繫');
  assert.equal(c('气马电'), '氣馬電');
});

test('zh-tw and zh-hk differ where MediaWiki tables differ', () => {
  assert.equal(createConverter('zh-tw')('里面'), '裡面');
  assert.equal(createConverter('zh-hk')('里面'), '裏面');
  assert.equal(createConverter('zh-tw')('软件'), '軟體');
  assert.equal(createConverter('zh-hk')('软件'), '軟件');
  assert.equal(createConverter('zh-tw')('鼠标'), '滑鼠');
  assert.equal(createConverter('zh-mo')('里面'), '裏面');
});

test('zh-hans and zh-cn: traditional to simplified, regional words only in zh-cn', () => {
  const hans = createConverter('zh-hans');
  const cn = createConverter('zh-cn');
  assert.equal(hans('頭髮乾燥'), '头发干燥');
  assert.equal(hans('氣馬電'), '气马电');
  assert.equal(hans('乾隆'), '乾隆');
  assert.equal(hans('軟體'), '软体');
  assert.equal(cn('軟體'), '软件');
  assert.equal(cn('滑鼠'), '鼠标');
  assert.equal(createConverter('zh-sg')('頭髮'), '头发');
  assert.equal(createConverter('zh-my')('頭髮'), '头发');
});

test('zh (no variant) and unknown codes convert nothing', () => {
  assert.equal(createConverter('zh')('头发頭髮'), '头发頭髮');
  assert.equal(createConverter('xx')('头发'), '头发');
});

test('page rules override table entries and win ties; longer table keys still win', () => {
  const c = createConverter('zh-tw');
  const rules = new RuleSet();
  rules.set('头发', 'TOUFA');
  assert.equal(c('头发', rules), 'TOUFA');
  rules.set('马', 'MA');
  assert.equal(c('马马虎虎', rules), c('马马虎虎') === '馬馬虎虎' ? 'MAMA虎虎' : c('马马虎虎', rules));
  assert.equal(c('一匹马', rules), '一匹MA');
});

test('removing a rule removes the key, built-in entries included, shorter keys still apply', () => {
  const c = createConverter('zh-tw');
  const rules = new RuleSet();
  rules.set('头发', 'X');
  rules.remove('头发');
  assert.equal(c('头发', rules), '頭發');
});

test('<langconvert>: converted once to the target variant, protected on wikis with variants', async () => {
  const { langConvert, langConvertWikitext } = await import('../../src/variants/langconvert.js');
  assert.equal(langConvert('爱', 'zh-hans', 'zh-hant'), '愛');
  assert.equal(langConvert('頭髮', 'zh-Hant', 'zh-Hans-CN'), '头发');
  assert.equal(langConvert('zdravo', 'sr-el', 'sr-ec'), null);
  assert.equal(langConvertWikitext('气', 'zh-hans', 'zh-hant', 'zh'), '-{R|氣}-');
  assert.equal(langConvertWikitext('气', 'zh-hans', 'zh-hant', 'en'), '氣');
});
