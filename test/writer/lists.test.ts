import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { doc, h, p, t, ul, ol, table, th, cell, ref, refs } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';
import type { Block } from '../../src/ast/nodes.js';

const md = (...b: Block[]): string => writeMarkdown(doc(...b));

test('bullet and ordered lists, nested tightly like *a / **b', () => {
  const out = md(ul([p(t('a')), ul([p(t('b'))], [p(t('c'))])], [p(t('d'))]), ol([p(t('one'))], [p(t('two')), ol([p(t('x'))])]));
  assert.equal(out, '- a\n  - b\n  - c\n- d\n\n1. one\n2. two\n   1. x\n');
  for (const s of Object.values(parseBack(out))) assert.equal(s.items, 7);
});

test('mixed nesting *#* and continuation indentation of wide markers', () => {
  const items: Block[][] = [];
  for (let i = 0; i < 10; i++) items.push([p(t('i' + i))]);
  items[9]!.push(ul([p(t('deep'))]));
  const out = md(ul([p(t('a')), ol([p(t('b')), ul([p(t('c'))])])]), ol(...items));
  assert.ok(out.startsWith('- a\n  1. b\n     - c\n'));
  assert.ok(out.endsWith('10. i9\n    - deep\n'));
  for (const s of Object.values(parseBack(out))) assert.equal(s.items, 3 + 11);
});

test('an empty item, and a nested list starting with an empty item after a paragraph', () => {
  const out = md(ul([p(t('a'))], [], [p(t('c'))]), ul([p(t('x')), ul([], [p(t('y'))])]));
  assert.equal(out, '- a\n-\n- c\n\n* x\n\n  - \n  - y\n'.replace('  - \n', '  -\n'));
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.items, 6);
    assert.equal(s.headings.length, 0);
  }
});

test('two lists in a row stay two lists', () => {
  const out = md(ul([p(t('a'))]), ul([p(t('b'))]), ol([p(t('c'))]), ol([p(t('d'))]));
  assert.equal(out, '- a\n\n* b\n\n1. c\n\n1) d\n');
});

test('items holding blocks: heading, table, code', () => {
  const out = md(ul([h(3, t('H'))], [table([[th([t('a')])], [cell([t('b')])]])], [{ type: 'codeBlock', lang: null, value: 'x\n\ny' }], [p(t('end'))]));
  assert.equal(out, '- ### H\n- | a |\n  | --- |\n  | b |\n\n- ```\n  x\n\n  y\n  ```\n- end\n');
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.items, 4);
    assert.equal(s.cells, 2);
    assert.deepEqual(s.headings, ['3 H']);
  }
});

test('list item text that looks like markers is escaped', () => {
  const out = md(ul([p(t('- not nested'))], [p(t('1. not ordered'))]));
  assert.equal(out, '- \\- not nested\n- 1\\. not ordered\n');
});

test('a thematic break as the first block of an item', () => {
  const out = md(ul([{ type: 'thematicBreak' }]));
  assert.equal(out, '- ___\n');
  for (const s of Object.values(parseBack(out))) assert.equal(s.items, 1);
});

test('footnote markers in list items', () => {
  const out = md(ul([p(t('a'), ref('1'))]), refs(['1', [p(t('n'))]]));
  for (const s of Object.values(parseBack(out))) assert.equal(s.fnRefs, 1);
});
