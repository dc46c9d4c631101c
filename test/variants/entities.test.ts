/**
 * `-{` or `}-` written with an entity (`-&#123;`, `&#45;{`, `}&#45;`): MediaWiki leaves entities
 * encoded in the HTML its converter scans for markup, so such a spelling is text, shown as the
 * characters it names, and the text around it is converted as usual.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, variant: string | null, site = 'zh'): string =>
  convertPage(wikitext, { title: '测试', site, variant }).markdown.trim();

test('an entity for { or - after or before the other half is not markup, with or without a variant', () => {
  for (const variant of ['zh-tw', null]) {
    assert.equal(md('A -&#123;x}- B', variant), 'A -{x}- B');
    assert.equal(md('A &#45;{x}- B', variant), 'A -{x}- B');
    assert.equal(md('A &#45;&#123;x}- B', variant), 'A -{x}- B');
    assert.equal(md('A -&#x7B;x}- B', variant), 'A -{x}- B');
    assert.equal(md('A -&lbrace;x}- B', variant), 'A -{x}- B');
  }
  // The text inside is ordinary text: converted.
  assert.equal(md('-&#123;zh-hans:软件;zh-hant:軟體}-', 'zh-tw'), '-{zh-hans:軟體;zh-hant:軟體}-');
  // Real markup next to it still works.
  assert.equal(md('-&#123;a}- -{zh-hans:软件;zh-hant:軟體}-', 'zh-tw'), '-{a}- 軟體');
});

test('an entity for } or - in the closing leaves the markup unclosed', () => {
  assert.equal(md('A -{x}&#45; B', 'zh-tw'), 'A -{x}- B');
  assert.equal(md('A -{x&#125;- B', null), 'A -{x}- B');
});

test('entities elsewhere decode into the text as before', () => {
  assert.equal(md('a&#45;b &#123;c&#125; -{d}-', 'zh-tw'), 'a-b {c} d');
  assert.equal(md('A -&#123;x}- B', null, 'ja'), 'A -{x}- B');
});
