import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { br, doc, h, html, p, t, strong } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';

test('paragraphs are separated by a blank line; empty ones vanish', () => {
  assert.equal(writeMarkdown(doc(p(t('a')), p(t('  ')), p(), p(t('b')))), 'a\n\nb\n');
});

test('a U+3000 or &nbsp; indent inside bold at a paragraph start stays, outside the ** (else not bold)', () => {
  const out = writeMarkdown(doc(p(strong(t('\u3000\u3000臣亮言'))), p(strong(t(' \u00a0x'))), p(t('a '), strong(t('\u3000b')))));
  assert.equal(out, '\u3000\u3000**臣亮言**\n\n\u00a0**x**\n\na \u3000**b**\n');
  for (const s of Object.values(parseBack(out))) assert.deepEqual(s.strong, ['臣亮言', 'x', 'b']);
  // ASCII white space moved out of the span is still dropped next to other white space.
  assert.equal(writeMarkdown(doc(p(t('a '), strong(t(' b'))))), 'a **b**\n');
});

test('a break is <br /> then a newline; the next line is escaped as a line start', () => {
  const out = writeMarkdown(doc(p(t('a'), br(), t('- b'), br(), t('# c'))));
  assert.equal(out, 'a<br />\n\\- b<br />\n\\# c\n');
  const r = parseBack(out);
  assert.equal(r.markdownIt.items, 0);
  assert.equal(r.micromark.headings.length, 0);
});

test('breaks at line start do not leave a lone <br /> line opening an HTML block', () => {
  const out = writeMarkdown(doc(p(br(), t('x'), br(), br(), strong(t('y')))));
  assert.equal(out, '<br />x<br />\n<br />**y**\n');
  for (const s of Object.values(parseBack(out))) assert.deepEqual(s.strong, ['y']);
});

test('a paragraph starting with a lone tag line is joined so no HTML block opens', () => {
  const out = writeMarkdown(doc(p(html('sup', {}, t('\nx')), t(' *y*'))));
  assert.equal(out, '<sup> x</sup> \\*y\\*\n');
});

test('a heading: ATX, inline content on one line, closing hashes escaped', () => {
  assert.equal(writeMarkdown(doc(h(2, t('历史')))), '## 历史\n');
  assert.equal(writeMarkdown(doc(h(3, t('a'), br(), t('b\nc')))), '### a<br />b c\n');
  assert.equal(writeMarkdown(doc(h(2, t('C#')))), '## C#\n');
  assert.equal(writeMarkdown(doc(h(2, t('Issue #')))), '## Issue \\#\n');
  assert.equal(writeMarkdown(doc(h(2, t('#')))), '## \\#\n');
  assert.equal(writeMarkdown(doc(h(4))), '####\n');
  const r = parseBack(writeMarkdown(doc(h(1, t('A')), h(6, t('F')), h(2))));
  assert.deepEqual(r.markdownIt.headings, ['1 A', '6 F', '2 ']);
  assert.deepEqual(r.micromark.headings, ['1 A', '6 F', '2 ']);
});

test('a typical zh paragraph needs no backslash at all', () => {
  const text = '秦九韶（1208年—1268年），字道古，南宋末年人，著有《数书九章》。他与李冶、杨辉、朱世杰并称宋元数学四大家。';
  const out = writeMarkdown(doc(p(strong(t('秦九韶')), t(text))));
  assert.equal(out.includes('\\'), false);
});
