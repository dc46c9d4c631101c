/**
 * Wikis without variants (ja, uk, en): MediaWiki runs no converter there, so `-{…}-` is text as
 * written at any nesting, and what it encloses is ordinary wikitext.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

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

test('markup nested past ten levels keeps its text, the deepest levels unparsed (the quotes there stay quotes)', () => {
  const deep = '-{'.repeat(30) + "'''a'''" + '}-'.repeat(30);
  const out = md(deep, 'ja');
  assert.equal(out, deep);
});
