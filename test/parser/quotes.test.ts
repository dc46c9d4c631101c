import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b, dump, i, inl, link, t } from './util.js';
import { assertLinear } from '../helpers/linear.js';

test('bold, italic, both', () => {
  assert.deepEqual(inl("a '''b''' ''c'' '''''d'''''"), [t('a '), b(t('b')), t(' '), i(t('c')), t(' '), i(b(t('d')))]);
  assert.deepEqual(inl("'''''x''' y''"), [i(b(t('x')), t(' y'))]);
  assert.deepEqual(inl("'''''x'' y'''"), [b(i(t('x')), t(' y'))]);
});

test('runs of 4 and more than 5', () => {
  assert.deepEqual(inl("''''x''''"), [t("'"), b(t("x'"))]);
  assert.deepEqual(inl("''''''''x'''''"), [t("'''"), i(b(t('x')))]);
});

test('unbalanced runs close at the end of the line', () => {
  assert.equal(dump(inl("'''bold\nplain")), 'B("bold") " plain"');
  assert.equal(dump(inl("''it")), 'I("it")');
});

test('apostrophe heuristics: single-letter word, multi-letter word, space', () => {
  assert.deepEqual(inl("plain l'''italic''plain"), [t("plain l'"), i(t('italic')), t('plain')]);
  assert.deepEqual(inl("'''This year''''s election ''should'' beat"), [b(t("This year'")), t('s election '), i(t('should')), t(' beat')]);
  assert.deepEqual(inl("''Tom'''s car is bigger than ''Susan'''s."), [i(t('Tom'), b(t('s car is bigger than '))), b(t('Susan')), t('s.')]);
});

test('possessive after an italic link', () => {
  assert.deepEqual(inl("''[[Lunar Prospector]]'''s"), [i(link('Lunar Prospector', 'Lunar Prospector'), t("'")), t('s')]);
});

test('a lone apostrophe and apostrophes in words are text', () => {
  assert.deepEqual(inl("don't l'amour"), [t("don't l'amour")]);
});

test('100k apostrophes stay linear', () => {
  const out = inl("x" + "'".repeat(100000) + 'y');
  assert.equal(out.length > 0, true);
  const many = inl("''a'' ".repeat(20000));
  assert.equal(many.length, 39999);
  assertLinear('apostrophe run', (n) => inl('x' + "'".repeat(n) + 'y'), 100000);
  assertLinear('many italics', (n) => inl("''a'' ".repeat(n)), 20000);
});
