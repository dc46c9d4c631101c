import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { doc, p, ref, refs, t, ul, table, th, cell, ext } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';
import { auditMarkdown } from './helpers/render-audit.js';
import type { Block } from '../../src/ast/nodes.js';

test('a marker and its definition', () => {
  const out = writeMarkdown(doc(p(t('数学'), ref('1'), t('。')), refs(['1', [p(t('来源'))]])));
  assert.equal(out, '数学[^1]。\n\n[^1]: 来源\n');
});

test('adjacent markers stay separate footnotes in both readers, and apart on screen', () => {
  // GitHub shows a marker as a bare superscript number: `[^1][^2]` would read as note 12.
  const out = writeMarkdown(doc(p(t('a'), ref('1'), ref('2'), ref('3'), t('b')), refs(['1', [p(t('x'))]], ['2', [p(t('y'))]], ['3', [p(t('z'))]])));
  assert.equal(out.split('\n')[0], 'a[^1] [^2] [^3]b');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.fnRefs, 3);
    assert.deepEqual(s.fnDefs, ['x', 'y', 'z']);
  }
  assert.deepEqual(auditMarkdown(out, 'a b'), []);
});

test('markers apart across an empty part, in a table cell and after a link', () => {
  const cell1 = writeMarkdown(doc(table([[th([t('h')])], [cell([t('v'), ref('1'), t(''), ref('2')])]]), refs(['1', [p(t('x'))]], ['2', [p(t('y'))]])));
  assert.match(cell1, /\| v\[\^1\] \[\^2\] \|/);
  for (const s of Object.values(parseBack(cell1))) assert.equal(s.fnRefs, 2);
  const linked = writeMarkdown(doc(p(ext('http://x.org', 'labelled', t('site')), ref('1'), ref('2')), refs(['1', [p(t('x'))]], ['2', [p(t('y'))]])));
  assert.equal(linked.split('\n')[0], '[site](http://x.org)[^1] [^2]');
});

test('a marker followed by ( or : text is not read as a link or definition', () => {
  const out = writeMarkdown(doc(p(ref('1'), t('(x) [y]')), refs(['1', [p(t('n'))]])));
  assert.equal(out.split('\n')[0], '[^1]\\(x) [y]');
  const colon = writeMarkdown(doc(p(t('a'), { type: 'break' }, ref('1'), t(': not a definition')), refs(['1', [p(t('n'))]])));
  assert.equal(colon.split('\n')[1], '[^1]\\: not a definition');
  for (const s of Object.values(parseBack(out))) assert.equal(s.fnRefs, 1);
});

test('labels with spaces are made safe on both sides', () => {
  const out = writeMarkdown(doc(p(t('a'), ref('note 1')), refs(['note 1', [p(t('n'))]])));
  assert.equal(out, 'a[^note_1]\n\n[^note_1]: n\n');
});

test('an empty definition shows the reference name, or its label', () => {
  const out = writeMarkdown(doc(p(ref('1'), ref('2')), refs(['1', [], 'smith2001'], ['2', [p(t(' '))]])));
  assert.equal(out, '[^1] [^2]\n\n[^1]: smith2001\n\n[^2]: 2\n');
  for (const s of Object.values(parseBack(out))) assert.deepEqual(s.fnDefs, ['smith2001', '2']);
});

test('multi-block definitions are indented by four spaces', () => {
  const def: Block[] = [p(t('first')), ul([p(t('a'))], [p(t('b'))]), p(t('last'))];
  const out = writeMarkdown(doc(p(t('x'), ref('1')), refs(['1', def])));
  assert.equal(out, 'x[^1]\n\n[^1]: first\n\n    - a\n    - b\n\n    last\n');
  for (const s of Object.values(parseBack(out))) {
    assert.deepEqual(s.fnDefs, ['firstablast']);
  }
});

test('a definition starting with a list', () => {
  const out = writeMarkdown(doc(p(t('x'), ref('1')), refs(['1', [ul([p(t('a'))], [p(t('b'))])]])));
  assert.equal(out, 'x[^1]\n\n[^1]: - a\n    - b\n');
  for (const s of Object.values(parseBack(out))) assert.deepEqual(s.fnDefs, ['ab']);
});

test('references nested in a container are printed at the end of the page', () => {
  const out = writeMarkdown(doc(p(t('x'), ref('1')), ul([refs(['1', [p(t('n'))]])]), p(t('after'))));
  assert.equal(out, 'x[^1]\n\n-\n\nafter\n\n[^1]: n\n');
});

test('markers in table cells and in external link text', () => {
  const out = writeMarkdown(doc(
    table([[th([t('h')])], [cell([t('c'), ref('1')])]]),
    p(ext('http://e.org', 'labelled', t('site'), ref('2'))),
    refs(['1', [p(t('n1'))]], ['2', [p(t('n2'))]]),
  ));
  assert.equal(out, '| h |\n| --- |\n| c[^1] |\n\n[site](http://e.org)[^2]\n\n[^1]: n1\n\n[^2]: n2\n');
  for (const s of Object.values(parseBack(out))) assert.equal(s.fnRefs, 2);
});
