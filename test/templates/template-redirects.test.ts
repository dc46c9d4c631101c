/**
 * A dump's template redirect to a template we have a built-in handler or body for: the call is a
 * call of the target, as on the wiki (it printed nothing when the dump lacked the target's page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';

function zhSource(): MemoryPageSource {
  const src = new MemoryPageSource(siteFor('zh'));
  src.set('Template:Episodelist', '#REDIRECT [[Template:Episode list]]');
  src.set('Template:NoWrapX', '#重定向 [[Template:Nowrap]]');
  src.set('Template:Hop', '#REDIRECT [[Template:NoWrapX]]');
  return src;
}
const zh = (text: string) => convertPage(text, { site: 'zh', title: '页', templates: zhSource() }).markdown;

/** Template:R3 → R2 → R1 → Goal (终): three redirects, one more than a transclusion follows. */
function chainSource(): MemoryPageSource {
  const src = new MemoryPageSource(siteFor('zh'));
  src.set('Template:Goal', '终');
  src.set('Template:R1', '#REDIRECT [[Template:Goal]]');
  src.set('Template:R2', '#REDIRECT [[Template:R1]]');
  src.set('Template:R3', '#REDIRECT [[Template:R2]]');
  return src;
}

test('a redirect to a built-in body: {{Episodelist}} writes Episode list\'s row into the table', () => {
  assert.equal(zh('{|\n! 集 !! 标题\n{{Episodelist|EpisodeNumber=1|Title=试播}}\n|}'), '| 集 | 标题 |\n| --- | --- |\n| 1 | 试播 |\n');
});

test('a redirect (and a chain of two) to a handled template takes the handler', () => {
  assert.equal(zh('甲{{NoWrapX|a b}}乙'), '甲a b乙\n');
  assert.equal(zh('甲{{Hop|a b}}乙'), '甲a b乙\n');
});

test('MemoryPageSource.redirectTarget: the end of the chain, present or not; null for no redirect', () => {
  const src = zhSource();
  src.set('Template:Plain', 'x');
  assert.equal(src.redirectTarget('Template:Hop'), 'Template:Nowrap');
  assert.equal(src.redirectTarget('Template:Episodelist'), 'Template:Episode list');
  assert.equal(src.redirectTarget('Template:Plain'), null);
  assert.equal(src.redirectTarget('Template:Nothing'), null);
});

test('a transclusion follows two redirects, as Parser::statelessFetchTemplate: a third is read as its own text, with a warning', () => {
  const src = chainSource();
  src.set('Template:Self', '#REDIRECT [[Template:Self]]');
  assert.equal(src.get('Template:R2'), '终');
  assert.equal(src.redirectTarget('Template:R2'), 'Template:Goal');
  assert.equal(src.get('Template:R3'), '#REDIRECT [[Template:Goal]]');
  assert.equal(src.redirectTarget('Template:R3'), 'Template:R1');
  assert.equal(src.get('Template:Self'), '#REDIRECT [[Template:Self]]');
  const two = convertPage('甲{{R2}}乙', { site: 'zh', title: '页', templates: src });
  assert.equal(two.markdown, '甲终乙\n');
  assert.deepEqual(two.warnings.filter((w) => w.code === 'template-redirect-chain'), []);
  const three = convertPage('甲\n{{R3}}', { site: 'zh', title: '页', templates: src });
  assert.equal(three.markdown, '甲\n\n1. REDIRECT [Template:Goal](https://zh.wikipedia.org/wiki/Template:Goal)\n');
  assert.deepEqual(
    three.warnings.filter((w) => w.code === 'template-redirect-chain').map((w) => w.message),
    ['[[Template:R3]] redirects more than twice: the wiki shows the text of the redirect [[Template:R1]]'],
  );
});

test('a page is a redirect by its own source (WikitextContentHandler): a redirect line a template brings in at the start is a list item', () => {
  const src = chainSource();
  src.set('Template:1x', '{{{1}}}');
  const page = (text: string) => convertPage(text, { site: 'zh', title: '页', templates: src });
  const item = '1. REDIRECT [Template:Goal](https://zh.wikipedia.org/wiki/Template:Goal)\n';
  const three = page('{{R3}}\n\n正文');
  assert.equal(three.markdown, item + '\n正文\n');
  assert.equal(three.meta.redirect, null);
  assert.equal(page('{{R3}}').markdown, item);
  const wrapped = page('{{1x|#REDIRECT [[甲]]}}\n正文');
  assert.equal(wrapped.markdown, '1. REDIRECT [甲](https://zh.wikipedia.org/wiki/甲)\n\n正文\n');
  assert.equal(wrapped.meta.redirect, null);
  // A comment before the word: the source does not start with it (the title index agrees, index/scan.ts).
  assert.equal(page('<!-- c -->#REDIRECT [[甲]]').meta.redirect, null);
  // The page's own redirect still is one.
  const own = page('#REDIRECT [[甲]]\n正文');
  assert.deepEqual(own.meta.redirect, { target: '甲', fragment: null });
  assert.equal(own.markdown, '正文\n');
});
