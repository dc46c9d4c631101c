import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { doc, h, p, t, ul } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';
import type { Block } from '../../src/ast/nodes.js';
import { convertPage } from '../../src/engine/convert.js';

const md = (...b: Block[]): string => writeMarkdown(doc(...b));

test('thematic break', () => {
  assert.equal(md(p(t('a')), { type: 'thematicBreak' }, p(t('b'))), 'a\n\n---\n\nb\n');
});

test('block quotes hold blocks; blank lines inside keep the >', () => {
  const out = md({ type: 'blockquote', children: [p(t('one')), ul([p(t('a'))]), p(t('> two'))] });
  assert.equal(out, '> one\n>\n> - a\n>\n> \\> two\n');
  for (const s of Object.values(parseBack(out))) assert.equal(s.items, 1);
  assert.equal(md({ type: 'blockquote', children: [] }), '>\n');
});

test('html blocks: div and center print their content, blockquote quotes, hr rules', () => {
  assert.equal(md({ type: 'htmlBlock', tag: 'div', attrs: { style: 'float:right' }, children: [p(t('x')), p(t('y'))] }, p(t('z'))), 'x\n\ny\n\nz\n');
  assert.equal(md({ type: 'htmlBlock', tag: 'center', attrs: {}, children: [p(t('c'))] }), 'c\n');
  assert.equal(md({ type: 'htmlBlock', tag: 'blockquote', attrs: {}, children: [p(t('q'))] }), '> q\n');
  assert.equal(md({ type: 'htmlBlock', tag: 'hr', attrs: {}, children: [] }), '---\n');
  assert.equal(md({ type: 'htmlBlock', tag: 'h3', attrs: {}, children: [p(t('T'))] }), '### T\n');
});

test('unsafe html blocks are dropped with their content', () => {
  assert.equal(md({ type: 'htmlBlock', tag: 'script', attrs: {}, children: [p(t('alert(1)'))] }, p(t('ok'))), 'ok\n');
  assert.equal(md({ type: 'htmlBlock', tag: 'style', attrs: {}, children: [p(t('body{}'))] }), '');
});

test('variant markup prints its raw text, dropped templates nothing', () => {
  assert.equal(md(p(t('a'), { type: 'variant', raw: 'zh-hans:x' }, { type: 'dropped', name: 'Citation needed' }, t('b'))), 'azh-hans:xb\n');
});

test('headings and paragraphs alternate with single blank lines', () => {
  assert.equal(md(h(2, t('A')), p(t('x')), h(3, t('B')), p(t('y'))), '## A\n\nx\n\n### B\n\ny\n');
});

test('a heading keeps a U+3000 or &nbsp; indent: only ASCII white space is trimmed at its start', () => {
  // At the end any white space goes, as in a paragraph (ja id55, id426, id428, id436 end headings so).
  assert.equal(md(h(2, t(' \u3000標題\u3000 '))), '## \u3000標題\n');
  const out = convertPage('== \u3000標題 ==\n\n== &nbsp;# 標題 ==\n', { site: 'zh', title: 'T' }).markdown;
  assert.equal(out, '## \u3000標題\n\n## \u00a0# 標題\n');
});

test('HTML definition lists and lists keep their structure', () => {
  const hb = (tag: string, ...children: Block[]): Block => ({ type: 'htmlBlock', tag, attrs: {}, children });
  const out = md(hb('dl', hb('dt', p(t('x'))), hb('dd', p(t('a'))), hb('dd', p(t('b')))), hb('ol', hb('li', p(t('one'))), hb('li', p(t('two')))));
  assert.equal(out, '<dl>\n<dt>x</dt>\n<dd>a</dd>\n<dd>b</dd>\n</dl>\n\n1. one\n2. two\n');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.dt, 1);
    assert.equal(s.dd, 2);
    assert.equal(s.items, 2);
  }
});
