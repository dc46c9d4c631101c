import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { cell, doc, ext, link, p, ref, refs, strong, t, table } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';

const md = (...children: Parameters<typeof p>): string => writeMarkdown(doc(p(...children)));

test('wiki links: label, href with spaces and parentheses, CJK kept raw', () => {
  assert.equal(md(link('./数学.md', t('数学')), t('是')), '[数学](./数学.md)是\n');
  assert.equal(md(link('./Foo bar (baz).md', t('x'))), '[x](./Foo%20bar%20(baz).md)\n');
  assert.equal(md(link('./a(b.md', t('x'))), '[x](./a%28b.md)\n');
  assert.equal(md(link('./a.md', t('[1] x]'))), '[[1] x\\]](./a.md)\n');
  assert.equal(md(link('./a.md', t('^up'))), '[\\^up](./a.md)\n');
});

test('readableUrls shows percent-escaped letters as letters, in Markdown and HTML cells', () => {
  const d = doc(p(link('https://zh.wikipedia.org/wiki/%E6%95%B0%E5%AD%A6', t('数学'))), table([[cell([link('https://zh.wikipedia.org/wiki/%E7%89%A9', t('物'))], { colspan: 2 })]]));
  assert.equal(writeMarkdown(d, { readableUrls: true }), '[数学](https://zh.wikipedia.org/wiki/数学)\n\n<table>\n<tr>\n<td colspan="2"><a href="https://zh.wikipedia.org/wiki/物">物</a></td>\n</tr>\n</table>\n');
  assert.equal(writeMarkdown(d).split('\n')[0], '[数学](https://zh.wikipedia.org/wiki/%E6%95%B0%E5%AD%A6)');
});

test('an empty label falls back to the title; a missing href leaves the text', () => {
  assert.equal(md(link('./T.md')), '[T](./T.md)\n');
  assert.equal(md(link(undefined, t('文本'))), '文本\n');
});

test('a title with a colon is a path, not a URL scheme', () => {
  assert.equal(md(link('Category:数学.md', t('c'))), '[c](./Category:数学.md)\n');
});

test('external links: labelled, numbered, bare (autolink), magic', () => {
  assert.equal(md(ext('https://example.org/a b', 'labelled', t('Example'))), '[Example](https://example.org/a%20b)\n');
  assert.equal(md(ext('https://example.org', 'numbered', t('[1]'))), '[[1]](https://example.org)\n');
  assert.equal(md(ext('https://example.org/x_y', 'bare', t('https://example.org/x_y'))), '<https://example.org/x_y>\n');
  assert.equal(md(ext('//example.org/p', 'bare', t('//example.org/p'))), '[//example.org/p](//example.org/p)\n');
  assert.equal(md(ext('https://zh.wikipedia.org/wiki/Special:BookSources/978', 'magic', t('ISBN 978'))), '[ISBN 978](https://zh.wikipedia.org/wiki/Special:BookSources/978)\n');
});

test('a ! before a link is escaped so no image appears', () => {
  assert.equal(md(t('Wow!'), link('./a.md', t('a'))), 'Wow\\![a](./a.md)\n');
});

test('a ! before a link is escaped in long paragraphs too (links past the first thirty parts)', () => {
  const children = [];
  let expected = '';
  for (let i = 0; i < 40; i++) {
    children.push(link(`./${i}.md`, t(`a${i}`)), t('!'));
    expected += `[a${i}](./${i}.md)` + (i < 39 ? '\\!' : '!');
  }
  assert.equal(md(...children), expected + '\n');
});

test('links inside link text are flattened, footnotes move after the link', () => {
  const out = writeMarkdown(doc(p(link('./a.md', t('a '), link('./b.md', t('b')), ref('1'))), refs(['1', [p(t('n'))]])));
  assert.equal(out, '[a b](./a.md)[^1]\n\n[^1]: n\n');
});

test('parse-back: targets and labels survive in both readers', () => {
  const out = md(link('./x (y).md', t('x (y)')), t(' '), ext('http://e.org/?q=a&b=c', 'labelled', strong(t('E'))), t(' '), link('./数.md', t('数')), t('学'));
  for (const s of Object.values(parseBack(out))) {
    assert.deepEqual(s.links, ['./x (y).md x(y)', 'http://e.org/?q=a&b=c E', './数.md 数']);
  }
});
