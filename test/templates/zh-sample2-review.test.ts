/**
 * Review of session 21's second zh template round (branch `reader`): inputs next to the ones its
 * tests used, each failing before its fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Infobox } from '../../src/ast/nodes.js';
import { inlineOf, makeCtx, render, show } from './harness.js';

// The harness's today is 2025-06-01.
const zh = makeCtx('zh', '测试');

test('{{age in years (and days)}} with one date of three parts counts to today (it read 1989 and 7 as two whole dates: "-1982")', () => {
  const v = (name: string, args: string[]) => show(inlineOf(render(name, args, {}, zh)));
  assert.equal(v('Age in years', ['1989', '7', '23']), '35');
  assert.equal(v('Age in years and days', ['2024', '5', '1']), '1年31天');
  // Empty second-date parts are today too.
  assert.equal(v('Age in years and days', ['2024', '5', '1', '', '', '']), '1年31天');
  // The forms the round fixed stay as they were.
  assert.equal(v('Age in years and days', ['1022', '3', '23', '1063', '4', '30']), '41年38天');
  assert.equal(v('Age in years', ['1950', '2000']), '50');
  assert.equal(v('Age in years', ['1950']), '75');
});

test('{{val}} with a ± or +/− uncertainty and e=: the power covers both, in brackets (read "1.23±0.04×10⁻⁵")', () => {
  const v = (args: string[], named: Record<string, string>) => show(inlineOf(render('Val', args, named, zh)));
  assert.equal(v(['1.23', '0.04'], { e: '-5', u: 'kg' }), '(1.23±0.04)×10<sup>−5</sup>\u00a0kg');
  assert.equal(v(['5', '+0.2', '-0.1'], { e: '3' }), '(5<sup>+0.2</sup><sub>−0.1</sub>)×10<sup>3</sup>');
  // The bracketed digits are one token with the figure, and a bare figure needs no brackets.
  assert.equal(v(['1.23', '(4)'], { e: '-5' }), '1.23(4)×10<sup>−5</sup>');
  assert.equal(v(['2.1'], { e: '-11' }), '2.1×10<sup>−11</sup>');
});

test('Infobox military conflict: a side\'s further combatant groups (combatant1a) are 参战方 too (read "Combatant1a")', () => {
  const r = render('Infobox military conflict', [], { conflict: '甲之战', combatant1: '甲军', combatant1a: '丙军', combatant2: '乙军', combatant2b: '丁军' }, zh);
  assert.equal(r.kind, 'block');
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  assert.deepEqual(box.rows.map((x) => `${x.label ? show(x.label) : ''}=${show(x.value)}`), ['参战方=甲军', '参战方=丙军', '参战方=乙军', '参战方=丁军']);
});
