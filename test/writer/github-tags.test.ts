/**
 * Allowed MediaWiki tags that GitHub's HTML sanitizer removes, keeping only their text, are
 * written as the tag GitHub keeps that looks the same: `<u>` as `<ins>` (underlined), `<center>`
 * in HTML as `<div align="center">`. The reader's own HTML ('html' profile) keeps the originals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../../src/ast/nodes.js';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { renderBlocksHtml } from '../../src/writer/html.js';
import { cell, doc, html, p, t, table, th } from './helpers/tree.js';
import { renderMarkdownIt, renderMicromark } from './helpers/parseback.js';

test('<u> is written <ins> in Markdown, in running text and in HTML table cells', () => {
  const out = writeMarkdown(doc(p(t('「言語」という語は'), html('u', {}, t('多義である')), t('、と'))));
  assert.equal(out, '「言語」という語は<ins>多義である</ins>、と\n');
  assert.equal(renderMicromark(out), '<p>「言語」という語は<ins>多義である</ins>、と</p>\n');
  const rowspan = table([[th([t('a')]), th([t('b')])], [cell([html('u', {}, t('x'))], { rowspan: 2 }), cell([t('y')])]]);
  assert.match(writeMarkdown(doc(rowspan)), /<td rowspan="2"><ins>x<\/ins><\/td>/);
});

test('<center> in an HTML cell becomes a centred div', () => {
  const centred: Block = { type: 'htmlBlock', tag: 'center', attrs: { id: 'c' }, children: [p(t('Афон'))] };
  const out = writeMarkdown(doc(table([[th([t('a')], { colspan: 2 })], [cell([centred], { colspan: 2 })]])));
  assert.match(out, /<td colspan="2"><div id="c" align="center"><p>Афон<\/p><\/div><\/td>/);
  assert.match(renderMarkdownIt(out), /<div id="c" align="center"><p>Афон<\/p><\/div>/);
});

test('the html profile keeps <u> and <center>', () => {
  const b: Block = { type: 'htmlBlock', tag: 'center', attrs: {}, children: [p(html('u', {}, t('x')))] };
  assert.equal(renderBlocksHtml([b]), '<center><p><u>x</u></p></center>');
});
