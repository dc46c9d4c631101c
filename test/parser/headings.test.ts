import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, dump, h, i, link, p, t } from './util.js';

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
