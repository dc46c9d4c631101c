/**
 * Review of session 23: what a page shown in another variant leaves as written and what it
 * converts, as MediaWiki's LanguageConverter::autoConvert does (maths and svg whole, title and
 * alt but not a URL in them, a free link's text).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import katex from 'katex';
import { convertHtmlText, convertSnippet } from '../../src/reader/variant-view.js';

test('maths is not converted: KaTeX MathML, its drawn glyphs and the annotation keep 軟體', () => {
  const maths = katex.renderToString('\\text{軟體計算機}', { throwOnError: false });
  assert.match(maths, /<mtext>軟體計算機<\/mtext>/);
  const html = `<p>軟體 ${maths} 軟體</p>`;
  assert.equal(convertHtmlText(html, 'zh-cn'), `<p>软件 ${maths} 软件</p>`);
  const display = `<span class="katex-display">${katex.renderToString('\\text{軟體}', { displayMode: true })}</span>`;
  assert.equal(convertHtmlText(`${display}軟體`, 'zh-cn'), `${display}软件`);
});

test('svg and math elements are left whole, nested tags of their kind counted', () => {
  const svg = '<svg viewBox="0 0 1 1"><g><text>軟體</text></g><svg><text>軟體</text></svg><text>軟體</text></svg>';
  assert.equal(convertHtmlText(`${svg}軟體`, 'zh-cn'), `${svg}软件`);
  const math = '<math><mtext>軟體</mtext></math>';
  assert.equal(convertHtmlText(`${math}軟體`, 'zh-cn'), `${math}软件`);
});

test('title and alt are converted unless they hold a URL; other attributes are not', () => {
  assert.equal(
    convertHtmlText('<img src="軟體.png" alt="軟體" title="軟體"><a href="../Page/軟體.md" title="https://zh.wikipedia.org/wiki/軟體">軟體</a>', 'zh-cn'),
    '<img src="軟體.png" alt="软件" title="软件"><a href="../Page/軟體.md" title="https://zh.wikipedia.org/wiki/軟體">软件</a>',
  );
  assert.equal(convertHtmlText('<img src="a.png" alt="軟體" />', 'zh-cn'), '<img src="a.png" alt="软件" />');
});

test('a URL written in the text keeps its spelling; the words around it are converted', () => {
  assert.equal(
    convertHtmlText('<p>見 <a href="https://zh.wikipedia.org/wiki/軟體">https://zh.wikipedia.org/wiki/軟體</a> 與 ftp://x.org/軟體 軟體</p>', 'zh-cn'),
    '<p>见 <a href="https://zh.wikipedia.org/wiki/軟體">https://zh.wikipedia.org/wiki/軟體</a> 与 ftp://x.org/軟體 软件</p>',
  );
});

test('a search snippet converts as one text: a word its marks cut converts as the page does, the mark widened to the word', () => {
  // Review of session 24: piece by piece, 硬<mark>体</mark>与软<mark>体</mark> where the zh-cn page reads 硬件与软件.
  assert.equal(convertSnippet('硬<mark>體</mark>與軟<mark>體</mark>', 'zh-cn'), '<mark>硬件</mark>与<mark>软件</mark>');
  // A word of another length (記憶體 → 内存), escapes kept, a URL written out left as it is.
  assert.equal(convertSnippet('…<mark>記憶</mark>體 &amp; &lt;軟體&gt; https://x.org/軟體 <mark>軟</mark>體…', 'zh-cn'), '…<mark>内存</mark> &amp; &lt;软件&gt; https://x.org/軟體 <mark>软件</mark>…');
  // Two marks in one word become one; marks on whole words stay as they were.
  assert.equal(convertSnippet('<mark>軟</mark><mark>體</mark>與<mark>硬體</mark>', 'zh-cn'), '<mark>软件</mark>与<mark>硬件</mark>');
  // Without marks, as the page's text converts.
  assert.equal(convertSnippet('硬體與軟體', 'zh-cn'), convertHtmlText('硬體與軟體', 'zh-cn'));
});
