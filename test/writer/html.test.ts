import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBlocksHtml, renderInlineHtml } from '../../src/writer/html.js';
import { br, cell, code, em, ext, h, html, img, link, math, ol, p, ref, refs, strong, t, table, th, ul } from './helpers/tree.js';

test('inline nodes', () => {
  assert.equal(renderInlineHtml([t('a < b & c'), strong(t('B')), em(t('I')), code('x<y'), br(), math('x^2'), ref('1')]),
    'a &lt; b &amp; c<b>B</b><i>I</i><code>x&lt;y</code><br /><code class="math">x^2</code><sup class="reference"><a href="#fn-1">[1]</a></sup>');
  assert.equal(renderInlineHtml([link('./a b.md', t('A')), ext('https://e.org/?a=1&b="2"', 'labelled', t('E'))]),
    '<a href="./a b.md">A</a><a href="https://e.org/?a=1&amp;b=&quot;2&quot;">E</a>');
  assert.equal(renderInlineHtml([html('span', { class: 'x', style: 'color:red' }, t('s'))]), '<span class="x" style="color:red">s</span>');
  assert.equal(renderInlineHtml([html('span', { class: 'x' }, t('s'))], { profile: 'markdown' }), 's');
  assert.equal(renderInlineHtml([html('span', { onclick: 'x' }, t('s'))]), 's');
});

test('images by mode', () => {
  const i = img('A b.jpg', 'https://u/A_b.jpg', { format: 'thumb', caption: [t('cap')], width: 220 });
  assert.equal(renderInlineHtml([i]), '<img src="https://u/A_b.jpg" alt="cap" width="220" /><br />cap');
  assert.equal(renderInlineHtml([i], { images: 'link' }), '<a href="https://u/A_b.jpg">cap</a>');
  assert.equal(renderInlineHtml([i], { images: 'drop' }), '');
  // Sound and video files: a link to the file, which the browser plays.
  assert.equal(renderInlineHtml([img('Anthem.ogg', 'https://u/Anthem.ogg', { format: 'thumb', caption: [t('国歌')] })]), '<a href="https://u/Anthem.ogg">国歌</a>');
});

test('blocks, with no raw newline anywhere', () => {
  const out = renderBlocksHtml([
    h(2, t('H')),
    p(t('para\nline')),
    ul([p(t('a'))], [p(t('b')), p(t('c'))]),
    ol([p(t('1'))]),
    { type: 'codeBlock', lang: 'py', value: 'a\n\nb\n' },
    { type: 'preformatted', children: [t('\nx')] },
    { type: 'blockquote', children: [p(t('q'))] },
    { type: 'thematicBreak' },
    table([[th([t('h')], { colspan: 2 })], [cell([t('c')], { align: 'center' }), cell([t('d')])]], [t('cap')]),
    refs(['1', [p(t('note'))]], ['2', [], 'nm']),
  ]);
  assert.equal(out, '<h2>H</h2><p>para line</p><ul><li>a</li><li><p>b</p><p>c</p></li></ul><ol><li>1</li></ol>' +
    '<pre><code class="language-py">a&#10;&#10;b</code></pre><pre>&#10;&#10;x</pre><blockquote><p>q</p></blockquote><hr />' +
    '<table><caption>cap</caption><tr><th colspan="2">h</th></tr><tr><td align="center">c</td><td>d</td></tr></table>' +
    '<ol class="references"><li id="fn-1">note</li><li id="fn-2">nm</li></ol>');
  assert.equal(out.includes('\n'), false);
});
