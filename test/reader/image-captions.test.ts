/**
 * A captioned picture shows its caption once: the alt text the writer copies from the caption is
 * emptied (offline the browser would show it beside the caption), a different alt is kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/reader/render-markdown.js';
import { convertPage } from '../../src/engine/convert.js';

const render = (wikitext: string) => renderMarkdown(convertPage(wikitext, { title: 'T', site: 'zh' }).markdown);

test('a thumbnail with a caption (links and maths in it): the caption once, the alt empty', () => {
  const html = render('[[File:X.png|thumb|说明，含[[数学]]与<math>x^2</math>]]');
  assert.match(html, /^<p class="captioned"><img src="https:\/\/upload\.wikimedia\.org\/[^"]+X\.png" alt=""><br \/>\n说明，含<a [^>]+>数学<\/a>与 <span class="katex">/);
  assert.equal(html.match(/说明/g)?.length, 1);
});

test('an alt of its own is kept; so is the alt of a picture without caption or in running text', () => {
  assert.match(render('[[File:X.png|thumb|alt=另一幅图|说明]]'), /<p><img src="[^"]+" alt="另一幅图"><br \/>\n说明<\/p>/);
  assert.match(render('[[File:X.png|thumb]]'), /<p><img src="[^"]+" alt="X"><\/p>/);
  assert.match(render('文字 [[File:X.png|frameless|说明]] 文字'), /alt="说明"/);
});

test('the caption must be the whole rest of the paragraph', () => {
  assert.match(renderMarkdown('![说明](x.png)<br />\n说明，还有别的\n'), /<p><img src="x.png" alt="说明">/);
  assert.match(renderMarkdown('![说明 文字](x.png)<br />\n说明\n文字\n'), /<p class="captioned"><img src="x.png" alt="">/);
});
