/**
 * Footnotes where the page writes them: each run of definitions becomes a list under its heading,
 * items numbered as their markers, links both ways intact; the rest stays in the list at the end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/reader/render-markdown.js';
import { citationLetter } from '../../src/reader/footnote-places.js';

const page = `正文[^1]，又一句[^注-1]，再引[^1]，还有[^2]。

## 注释

[^注-1]: 统计学是否属于数学，学界看法不一。

## 参考资料

[^1]: 王小明. 数学概论讲义.
[^2]: 李华. 代数入门.

## 外部链接

- 链接
`;

test('each run of definitions is a list under its heading, numbered as the markers in the text', () => {
  const html = renderMarkdown(page);
  const notes = html.indexOf('<h2 id="注释">');
  const refs = html.indexOf('<h2 id="参考资料">');
  const links = html.indexOf('<h2 id="外部链接">');
  const note = html.indexOf('<li id="fn2" class="footnote-item" value="2"><p>统计学是否属于数学');
  const ref1 = html.indexOf('<li id="fn1" class="footnote-item" value="1"><p>王小明');
  const ref2 = html.indexOf('<li id="fn3" class="footnote-item" value="3"><p>李华');
  assert.ok(notes < note && note < refs && refs < ref1 && ref1 < ref2 && ref2 < links, html);
  assert.equal(html.match(/<section class="footnotes">/g)?.length, 2);
  assert.ok(!html.includes('footnotes-sep'), 'no end list, no rule');
  // Markers in the text and the links back from each note.
  assert.match(html, /<p>正文<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>，又一句<sup class="footnote-ref"><a href="#fn2" id="fnref2">\[2\]<\/a><\/sup>，再引<sup class="footnote-ref"><a href="#fn1" id="fnref1:1">\[1\]<\/a><\/sup>/);
  // A note cited twice links back by letter, as on the wiki; a note cited once by its arrow.
  assert.match(html, /王小明\. 数学概论讲义\. ↩︎ <sup><a href="#fnref1" class="footnote-backref">a<\/a><\/sup> <sup><a href="#fnref1:1" class="footnote-backref">b<\/a><\/sup><\/p>/);
  assert.match(html, /李华\. 代数入门\. <a href="#fnref3" class="footnote-backref">↩︎<\/a><\/p>/);
  for (const target of html.matchAll(/href="#([^"]+)"/g)) assert.ok(html.includes(` id="${target[1]}"`), target[1]);
});

test('a definition inside a quote, and an inline note, stay in the list at the end; unused ones are dropped as before', () => {
  const html = renderMarkdown('文[^a]与[^b]，内联^[就地]。\n\n> [^a]: 引文里的定义\n\n## 注\n\n[^b]: 标题下\n[^unused]: 无人引用\n');
  const end = html.indexOf('<hr class="footnotes-sep">');
  assert.ok(end > html.indexOf('<h2 id="注">'), html);
  assert.ok(html.indexOf('<li id="fn2" class="footnote-item" value="2"><p>标题下') < end, html);
  assert.ok(html.indexOf('<li id="fn1" class="footnote-item" value="1"><p>引文里的定义') > end, html);
  assert.ok(html.indexOf('<li id="fn3" class="footnote-item" value="3"><p>就地') > end, html);
  assert.ok(!html.includes('无人引用'));
});

test('a page without footnotes is unchanged', () => {
  assert.equal(renderMarkdown('# T\n\ntext [x](y)\n'), '<h1 id="t">T</h1>\n<p>text <a href="y">x</a></p>\n');
});

test('citation letters run a … z, then aa, ab …', () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52, 701, 702].map(citationLetter), ['a', 'b', 'z', 'aa', 'ab', 'az', 'ba', 'zz', 'aaa']);
});
