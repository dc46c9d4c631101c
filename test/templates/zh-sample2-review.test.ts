/**
 * Review of session 21's second zh template round (branch `reader`): inputs next to the ones its
 * tests used, each failing before its fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
