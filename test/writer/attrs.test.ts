import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCss, isSafeUrl, sanitizeAttributes } from '../../src/writer/attrs.js';
import { assertLinear } from '../helpers/linear.js';

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
  assert.equal(checkCss('background: src(x.png)'), null);
  // As MediaWiki's Sanitizer.php (master as of 2026): `filter:` is kept (older releases refused
  // it); bindings load only through url(, so a binding without one is kept too.
  assert.equal(checkCss('filter: invert(1)'), 'filter: invert(1)');
  assert.equal(checkCss('-moz-binding: none'), '-moz-binding: none');
  assert.equal(checkCss('behavior: none'), 'behavior: none');
  assert.equal(checkCss('-moz-binding: url(x.xml#a)'), null);
  assert.equal(checkCss('behavior: url(x.htc)'), null);
  assert.equal(checkCss('color: red /* unterminated'), 'color: red ');
  assert.equal(checkCss('a\u0001b'), null);
});

test('CSS escapes are decoded once: what is printed is what was checked', () => {
  // `\\75 rl(` is an escaped backslash before `75 rl(`; printed decoded (`\75 rl(`) a browser
  // would decode it again to `url(`. MediaWiki (cssDecodeCallback) prints \ " ' and newline re-escaped.
  assert.equal(checkCss('background:\\\\75 rl(https://evil.example/x.png)'), 'background:\\5c 75 rl(https://evil.example/x.png)');
  assert.equal(checkCss('background:\\5c 75 rl(x)'), 'background:\\5c 75 rl(x)');
  assert.equal(checkCss("font-family:'\\27 ;color:red'"), "font-family:'\\27 ;color:red'");
  assert.equal(checkCss('content:"\\22 x"'), 'content:"\\22 x"');
  // Nothing printed by checkCss, read again as CSS, holds a url( that the check did not see.
  for (const v of ['b:\\\\75 rl(x)', 'b:\\\\\\75 rl(x)', 'b:\\5c\\37 5 rl(x)', 'b:&#92;&#92;75 rl(x)']) {
    const out = checkCss(v);
    if (out !== null) assert.equal(checkCss(out), out, v);
  }
});

test('checkCss on a long attr( costs linear time', () => {
  // Sanitizer::checkCss's `attr\\s*\\([^)]+[\\s,]+url` backtracks over a run of commas or no-break
  // spaces (ordinary spaces are folded first): 40,000 commas in a style took 2.8 s in the reader.
  assertLinear('attr( and commas', (n) => checkCss('attr(' + ','.repeat(n) + 'x'), 5000);
  assertLinear('attr( and no-break spaces', (n) => checkCss('attr(' + '\u00a0'.repeat(n) + 'x'), 5000);
  assert.equal(checkCss('content: attr(title, url)'), null);
  assert.equal(checkCss('content: attr(data-x url)'), null);
  assert.equal(checkCss('content: attr(title)'), 'content: attr(title)');
});

test('CSS src() is refused, as Sanitizer::checkCss refuses it', () => {
  assert.equal(checkCss('background: src("https://evil.example/x.png")'), null);
  assert.equal(checkCss('background: SRC ("x")'), null);
  assert.equal(checkCss('background: s\\72 c(x)'), null);
});

test('URL protocols', () => {
  for (const u of ['https://x', 'http://x', '//x/y', './a.md', 'a/b:c', '#frag', 'mailto:a@b', 'ftp://f', 'tel:+1']) assert.equal(isSafeUrl(u), true, u);
  for (const u of ['javascript:x', ' javascript:x', 'java\nscript:x', 'JAVASCRIPT:x', 'vbscript:x', 'data:text/html,x', 'file:///etc', 'Category:X', '\u0000javascript:x']) assert.equal(isSafeUrl(u), false, u);
  assert.equal(isSafeUrl('https://u/a.png', 'image'), true);
  assert.equal(isSafeUrl('ftp://u/a.png', 'image'), false);
  assert.equal(isSafeUrl('data:image/png;base64,AA', 'image'), false);
});
