import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, dump, h, i, link, p, parse, t } from './util.js';

test('levels 1 to 6, content trimmed, inline markup inside', () => {
  assert.deepEqual(blocks('= A =\n== B ==\n=== C ===\n==== D ====\n===== E =====\n====== F ======'), [
    h(1, t('A')), h(2, t('B')), h(3, t('C')), h(4, t('D')), h(5, t('E')), h(6, t('F')),
  ]);
  assert.deepEqual(blocks("== ''x'' [[Y]] =="), [h(2, i(t('x')), t(' '), link('Y', 'Y'))]);
});

test('unbalanced = signs: the smaller side wins, extras are content', () => {
  assert.deepEqual(blocks('===a=='), [h(2, t('=a'))]);
  assert.deepEqual(blocks('==a==='), [h(2, t('a='))]);
  assert.deepEqual(blocks('=======a======='), [h(6, t('=a='))]);
  assert.deepEqual(blocks('==='), [h(1, t('='))]);
  assert.deepEqual(blocks('=='), [p(t('=='))]);
});

test('trailing whitespace and comments after the closing = are allowed', () => {
  assert.deepEqual(blocks('== A ==  \t'), [h(2, t('A'))]);
  assert.deepEqual(blocks('== A == <!-- note -->'), [h(2, t('A'))]);
  assert.deepEqual(blocks('== A == x'), [p(t('== A == x'))]);
});

test('headings end paragraphs and lists', () => {
  assert.equal(dump(blocks('text\n== H ==\nmore\n* a\n== I ==')), 'P("text") H2("H") P("more") UL(li(P("a"))) H2("I")');
});

test('HTML headings', () => {
  assert.deepEqual(blocks('<h3>Title</h3>'), [h(3, t('Title'))]);
});

test('behaviour switches opening a line are gone before headings and blank lines are found', () => {
  const r = parse('__NOTOC____目录__== A ==\ntext\n__NOINDEX__\nmore\n__TOC__ x\n__TOC__ == B ==');
  // A switch followed by anything but a heading stays inline (removed there): 'more' goes on.
  assert.equal(dump(r.doc), 'H2("A") P("text") P("more  x  == B ==")');
  assert.deepEqual(r.meta.switches, ['NOTOC', 'TOC', 'NOINDEX']);
  // Not a switch: the line is text.
  assert.equal(dump(blocks('__NOSUCH__== A ==')), 'P("__NOSUCH__== A ==")');
});
