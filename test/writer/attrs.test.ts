import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCss, isSafeUrl, sanitizeAttributes } from '../../src/writer/attrs.js';

test('per-element attribute lists (MediaWiki) and the Markdown profile', () => {
  const a = { id: 'x y', class: 'c', style: 'color: red', title: 't', lang: 'en', dir: 'rtl', onclick: 'e', 'data-sort': '1', 'data-mw': 'no', href: 'x' };
  assert.equal(sanitizeAttributes('span', a, 'html'), ' id="x-y" class="c" style="color: red" title="t" lang="en" dir="rtl" data-sort="1"');
  assert.equal(sanitizeAttributes('span', a, 'markdown'), ' id="x-y" title="t" lang="en" dir="rtl"');
  assert.equal(sanitizeAttributes('td', { rowspan: '2', colspan: 'x', align: 'center', nowrap: '' }, 'html'), ' rowspan="2" align="center" nowrap=""');
  assert.equal(sanitizeAttributes('font', { color: 'red', size: '2' }, 'html'), ' color="red" size="2"');
  assert.equal(sanitizeAttributes('script', { src: 'x' }, 'html'), '');
  assert.equal(sanitizeAttributes('div', { tabindex: '1' }, 'html'), '');
  assert.equal(sanitizeAttributes('div', { tabindex: '0' }, 'html'), ' tabindex="0"');
  assert.equal(sanitizeAttributes('div', { itemtype: 'http://schema.org/X' }, 'html'), '');
  assert.equal(sanitizeAttributes('div', { itemscope: '', itemtype: 'http://schema.org/X' }, 'html'), ' itemscope="" itemtype="http://schema.org/X"');
  assert.equal(sanitizeAttributes('div', { about: 'javascript:x' }, 'html'), '');
  assert.equal(sanitizeAttributes('abbr', { title: '"><script>' }, 'html'), ' title="&quot;&gt;&lt;script&gt;"');
  assert.equal(sanitizeAttributes('q', { CITE: 'vbscript:x' }, 'html'), '');
});

test('CSS the way Sanitizer::checkCss sees it', () => {
  assert.equal(checkCss('color: red; width: 50%'), 'color: red; width: 50%');
  assert.equal(checkCss('width: expression(alert(1))'), null);
  assert.equal(checkCss('background: url(x.png)'), null);
  assert.equal(checkCss('background: u\\72l(x.png)'), null);
  assert.equal(checkCss('background: url/**/(x)'), null);
  assert.equal(checkCss('background: &#117;rl(x)'), null);
  assert.equal(checkCss('background-image: image-set("x" 1x)'), null);
  assert.equal(checkCss('-moz-binding: foo'), null);
  assert.equal(checkCss('color: red /* unterminated'), 'color: red ');
  assert.equal(checkCss('a\u0001b'), null);
});

test('URL protocols', () => {
  for (const u of ['https://x', 'http://x', '//x/y', './a.md', 'a/b:c', '#frag', 'mailto:a@b', 'ftp://f', 'tel:+1']) assert.equal(isSafeUrl(u), true, u);
  for (const u of ['javascript:x', ' javascript:x', 'java\nscript:x', 'JAVASCRIPT:x', 'vbscript:x', 'data:text/html,x', 'file:///etc', 'Category:X', '\u0000javascript:x']) assert.equal(isSafeUrl(u), false, u);
  assert.equal(isSafeUrl('https://u/a.png', 'image'), true);
  assert.equal(isSafeUrl('ftp://u/a.png', 'image'), false);
  assert.equal(isSafeUrl('data:image/png;base64,AA', 'image'), false);
});
