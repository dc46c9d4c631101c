/**
 * Wikis without variants (ja, uk, en): MediaWiki runs no converter there, so `-{…}-` is text as
 * written at any nesting, and what it encloses is ordinary wikitext.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';
import { variantOfWiki } from '../../src/variants/literal.js';

const md = (wikitext: string, site: string): string => convertPage(wikitext, { title: 't', site }).markdown.trim();

test('nested markup keeps every bracket', () => {
  for (const site of ['ja', 'uk']) {
    assert.equal(md('X -{-{a}-}- Y', site), 'X -{-{a}-}- Y');
    assert.equal(md('-{-{-{a}-}-b}-', site), '-{-{-{a}-}-b}-');
    assert.equal(md('-{-{a}-}-{b}-', site), '-{-{a}-}-{b}-');
  }
});

test('the inside of nested markup is still wikitext', () => {
  assert.equal(md("-{'''-{b}-'''}-", 'ja'), '-{**-{b}-**}-');
  assert.equal(md('-{a -{[[B]]}-}-', 'ja'), '-{a -{[B](https://ja.wikipedia.org/wiki/B)}-}-');
});

test('markup nested at any depth is text, its inside parsed with the page (the quotes there are bold)', () => {
  const deep = '-{'.repeat(30) + "'''a'''" + '}-'.repeat(30);
  assert.equal(md(deep, 'ja'), '-{'.repeat(30) + '**a**' + '}-'.repeat(30));
});

test('quotes opened before a -{ close inside it, as MediaWiki reads it: <i>a -{b</i> c}- d', () => {
  assert.equal(md("''a -{b'' c}- d", 'ja'), '*a -{b* c}- d');
  assert.equal(md("''a -{b'' c}- d", 'uk'), '*a -{b* c}- d');
});

test('a footnote inside markup nested past ten levels is a footnote, not a leaked strip marker', () => {
  const out = md('-{'.repeat(12) + 'a<ref>note</ref>b' + '}-'.repeat(12), 'ja');
  assert.equal(out, '-{'.repeat(12) + 'a[^1]b' + '}-'.repeat(12) + '\n\n[^1]: note');
});

test('a variant applies on its own wiki only: zh, not zh-yue or zh-classical (no converter in MediaWiki), nor sr', () => {
  assert.equal(variantOfWiki('zh', 'zh-tw'), 'zh-tw');
  assert.equal(variantOfWiki('zh', null), null);
  for (const lang of ['zh-yue', 'zh-classical', 'zh-min-nan', 'sr', 'ja']) assert.equal(variantOfWiki(lang, 'zh-tw'), null, lang);
  // The engine asks the same question: 計算機 converted on zh only.
  const shown = (site: string) => convertPage('計算機', { title: 't', site, variant: 'zh-cn' }).markdown.trim();
  assert.equal(shown('zh'), '计算机');
  assert.equal(shown('zh-yue'), '計算機');
});
