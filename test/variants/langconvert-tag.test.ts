/**
 * `<langconvert from to>`: Chinese text converted once to `to`, on any wiki, and on zh kept from
 * the page's own conversion (MediaWiki's "ensure output is not double-converted").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, site: string, variant: string | null = null): string =>
  convertPage(wikitext, { title: 'T', site, variant }).markdown.trim();

test('zh-hans → zh-hant on a wiki without variants', () => {
  assert.equal(md('<langconvert from="zh-hans" to="zh-hant">爱</langconvert>', 'en'), '愛');
});

test('on zh the converted text is not converted again by the reader\'s variant', () => {
  assert.equal(md('氣\n\n<langconvert from="zh-hans" to="zh-hant">气</langconvert>', 'zh', 'zh-hans'), '气\n\n氣');
  assert.equal(md('<langconvert from="zh-hant" to="zh-hans">頭髮</langconvert>與頭髮', 'zh', 'zh-tw'), '头发與頭髮');
  assert.equal(md('<langconvert from="zh-hans" to="zh-hant">头发</langconvert>', 'zh'), '頭髮');
});

test('languages without a built-in converter show their text as written (it was dropped)', () => {
  assert.equal(md('x <langconvert from="sr-latn" to="sr-cyrl">zdravo</langconvert>', 'en'), 'x zdravo');
  assert.equal(md('x <langconvert from="zh-hans" to="zh-hant"></langconvert>', 'en'), 'x');
});
