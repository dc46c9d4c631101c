/**
 * `<nowiki>` on zh: MediaWiki converts the page while nowiki text is still hidden behind a strip
 * marker, so that text is shown as written in every variant and `-{…}-` inside it is plain text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const md = (wikitext: string, variant: string | null, site = 'zh'): string =>
  convertPage(wikitext, { title: '测试', site, variant }).markdown.trim();

test('nowiki text is not converted; the text around it is', () => {
  assert.equal(md('软件<nowiki>软件发展</nowiki>软件', 'zh-tw'), '軟體软件发展軟體');
  assert.equal(md('軟體<nowiki>軟體</nowiki>', 'zh-cn'), '软件軟體');
});

test('-{…}- inside nowiki is text, with or without a variant', () => {
  assert.equal(md('见<nowiki>-{软件}-</nowiki>', 'zh-tw'), '見-{软件}-');
  assert.equal(md('见<nowiki>-{软件}-</nowiki>', null), '见-{软件}-');
  // Markup outside the nowiki still works, and pairs only with its own delimiters.
  assert.equal(md('-{软件}-<nowiki>}-</nowiki>发展', 'zh-tw'), '软件}-發展');
});

test('nowiki in a link label and in a heading', () => {
  assert.equal(md('[[软件|<nowiki>软件</nowiki>]]', 'zh-tw'), '[软件](https://zh.wikipedia.org/wiki/软件)');
  assert.equal(md('== 历史<nowiki>历史</nowiki> ==', 'zh-tw'), '## 歷史历史');
});

test('other wikis: nowiki text as before', () => {
  assert.equal(md('a<nowiki>-{b}-</nowiki>c', null, 'ja'), 'a-{b}-c');
});

test('nowiki inside -{…}-: its text as written (MediaWiki parser tests "Language converter tricky html2wt cases")', () => {
  // (3): `-{<nowiki>-{foo}-</nowiki>}-` shows `-{foo}-`; (1): `-{<nowiki>}-</nowiki>}-` shows `}-`.
  for (const variant of [null, 'zh-tw']) {
    assert.equal(md('-{<nowiki>-{foo}-</nowiki>}-', variant), '-{foo}-');
    assert.equal(md('a-{<nowiki>-{软件}-</nowiki>}-b', variant), 'a-{软件}-b');
    assert.equal(md('-{<nowiki>}-</nowiki>}-', variant), '}-');
  }
  // The nowiki text is not converted; the markup's own text is shown as written too.
  assert.equal(md('软件-{<nowiki>软件</nowiki>}-', 'zh-tw'), '軟體软件');
});
