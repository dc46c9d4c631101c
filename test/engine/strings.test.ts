import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeAt, detached } from '../../src/engine/strings.js';

/**
 * Strings of the representations V8 gives them, made at run time so none is a constant folded by
 * the compiler: flat one-byte, flat two-byte, slices of a longer string (13 characters or more)
 * and cons strings (ropes, concatenations of 13 characters or more), in both widths.
 */
function strings(): Array<[string, string]> {
  const latin = ['wiki', 'text', ' and ', 'markdown', '{{a|b}}'].join('-');
  const han = ['中文', '维基', '百科', '條目'].join('·');
  const pageLatin = latin.repeat(8);
  const pageHan = han.repeat(8);
  return [
    ['empty', ''.concat('')],
    ['flat one-byte', latin],
    ['flat two-byte', han],
    ['sliced one-byte', pageLatin.slice(7, 7 + 40)],
    ['sliced two-byte', pageHan.slice(3, 3 + 30)],
    ['cons one-byte', latin + pageLatin.slice(1)],
    ['cons two-byte', han + latin],
    ['cons of cons', (latin + han) + (han + latin)],
    ['surrogate pairs', 'a𝄞b😀'.repeat(10)],
    ['lone surrogates', '\ud800x\udfff'.concat(han)],
  ];
}

test('codeAt reads what charCodeAt reads at every index of every kind of string', () => {
  for (const [kind, s] of strings()) {
    for (let i = 0; i < s.length; i++) assert.equal(codeAt(s, i), s.charCodeAt(i), `${kind} at ${i}`);
  }
});

test('codeAt gives surrogate halves, not code points', () => {
  const s = 'x😀'.concat('y');
  assert.equal(codeAt(s, 1), 0xd83d);
  assert.equal(codeAt(s, 2), 0xde00);
  assert.equal(codeAt(s, 3), 0x79);
});

test('codeAt is NaN outside the string, as charCodeAt', () => {
  for (const [kind, s] of strings()) {
    assert.ok(Number.isNaN(codeAt(s, s.length)), `${kind} at length`);
    assert.ok(Number.isNaN(codeAt(s, -1)), `${kind} at -1`);
  }
});

test('detached keeps the text of every kind of string', () => {
  for (const [kind, s] of strings()) {
    const d = detached(s);
    assert.equal(d, s, kind);
    assert.equal(d.length, s.length, kind);
  }
  // Short strings (never slices in V8) and the 12/13-character boundary.
  const page = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
  for (const n of [0, 1, 12, 13, 14, 50]) assert.equal(detached(page.slice(3, 3 + n)), page.slice(3, 3 + n), `length ${n}`);
});
