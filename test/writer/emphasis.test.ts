import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { doc, em, p, strong, t, link, html } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';

const md = (...children: Parameters<typeof p>): string => writeMarkdown(doc(p(...children)));

function boldIn(markdown: string): string[][] {
  const r = parseBack(markdown);
  return [r.markdownIt.strong, r.micromark.strong];
}

test('plain bold and italic', () => {
  assert.equal(md(strong(t('数学')), t('是一门学科')), '**数学**是一门学科\n');
  assert.equal(md(t('an '), em(t('italic')), t(' word')), 'an *italic* word\n');
  assert.equal(md(t('x'), strong(t('y')), t('z')), 'x**y**z\n');
});

test('CJK punctuation inside the span next to letters outside gets invisible guards', () => {
  const out = md(t('的'), strong(t('《数书九章》')), t('的'));
  assert.equal(out, '的<!-- -->**《数书九章》**<!-- -->的\n');
  for (const b of boldIn(out)) assert.deepEqual(b, ['《数书九章》']);
});

test('punctuation at the end of a span before a letter', () => {
  const out = md(strong(t('C++')), t('的'));
  assert.equal(out, '**C++**<!-- -->的\n');
  for (const b of boldIn(out)) assert.deepEqual(b, ['C++']);
  const out2 = md(t('a'), strong(t('"b"')), t('c'));
  for (const b of boldIn(out2)) assert.deepEqual(b, ['"b"']);
});

test('brackets outside the span need no guard', () => {
  assert.equal(md(t('《'), strong(t('数书九章')), t('》')), '《**数书九章**》\n');
});

test('whitespace at span edges moves outside', () => {
  assert.equal(md(t('a'), strong(t(' b ')), t('c')), 'a **b** c\n');
  assert.equal(md(t('a '), strong(t(' b')), t(' c')), 'a **b** c\n');
  assert.equal(md(strong(t('   '))), '');
});

test('nested and adjacent spans', () => {
  const nested = md(strong(em(t('x'))), t('y'));
  for (const b of boldIn(nested)) assert.deepEqual(b, ['x']);
  const adjacent = md(em(t('a')), em(t('b')));
  assert.equal(adjacent, '*a*<!-- -->*b*\n');
  const r = parseBack(adjacent);
  assert.deepEqual(r.markdownIt.em, ['a', 'b']);
  assert.deepEqual(r.micromark.em, ['a', 'b']);
  const mixed = md(t('a'), strong(t('b'), em(t('c'))), t('d'));
  for (const b of boldIn(mixed)) assert.deepEqual(b, ['bc']);
});

test('symbols at span edges are safe under both punctuation readings', () => {
  const out = md(t('x'), strong(t('€5')), t('y'));
  for (const b of boldIn(out)) assert.deepEqual(b, ['€5']);
});

test('HTML b/i become Markdown spans; spans inside links', () => {
  assert.equal(md(html('b', {}, t('B')), html('i', {}, t('I'))), '**B**<!-- -->*I*\n');
  const out = md(link('./x.md', strong(t('粗'))), t('后'));
  assert.equal(out, '[**粗**](./x.md)后\n');
});
