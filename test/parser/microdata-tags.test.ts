/**
 * `<meta>` and `<link>` in wikitext: MediaWiki's Sanitizer keeps them only as microdata (with
 * `itemprop`, plus `content` on meta or `href` on link), where they show nothing; any other is
 * literal text (sanitizer.txt "Validating that <meta> and <link> work, but only for Microdata").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, dump, inl, t } from './util.js';

test('microdata <meta itemprop content> and <link itemprop href> show nothing', () => {
  assert.deepEqual(inl('a<meta itemprop="name" content="x">b', 'en'), [t('ab')]);
  assert.deepEqual(inl('a<meta itemprop="name" content="x" />b', 'en'), [t('ab')]);
  assert.deepEqual(inl('a<LINK ITEMPROP="url" HREF="//example.org">b', 'en'), [t('ab')]);
  // http-equiv or rel beside itemprop does not make them literal: MediaWiki drops those attributes.
  assert.deepEqual(inl('a<meta itemprop="x" http-equiv="refresh" content="5">b', 'en'), [t('ab')]);
});

test('without itemprop, or without the content/href it needs, they stay literal text', () => {
  assert.deepEqual(inl('<meta http-equiv="refresh" content="5">', 'en'), [t('<meta http-equiv="refresh" content="5">')]);
  assert.deepEqual(inl('<link rel="stylesheet" href="//example.org/a.css">', 'en'), [t('<link rel="stylesheet" href="//example.org/a.css">')]);
  assert.deepEqual(inl('<meta itemprop="x">', 'en'), [t('<meta itemprop="x">')]);
  assert.deepEqual(inl('<link itemprop="x">', 'en'), [t('<link itemprop="x">')]);
  assert.deepEqual(inl('</meta>', 'en'), [t('</meta>')]);
});

test('a block of microdata keeps only its literal leftovers', () => {
  const src = '<div itemscope>\n<meta itemprop="hello" content="world">\n<meta http-equiv="refresh" content="5">\n</div>';
  assert.equal(dump(blocks(src, 'en')), '<div {"itemscope":""}>[P("<meta http-equiv=\\"refresh\\" content=\\"5\\">")]');
});
