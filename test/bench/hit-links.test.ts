import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseShare } from '../../bench/hit-links.js';

test('--share: a number from 0 to 1, 0.85 when not given', () => {
  assert.equal(parseShare(undefined), 0.85);
  assert.equal(parseShare('0'), 0);
  assert.equal(parseShare('1'), 1);
  assert.equal(parseShare('0.5'), 0.5);
});

test('--share: anything else stops the bench instead of giving every title a redirect', () => {
  for (const bad of ['abc', '', ' ', 'NaN', 'Infinity', '-0.1', '1.5', '85']) {
    assert.throws(() => parseShare(bad), /--share must be a number from 0 to 1/, JSON.stringify(bad));
  }
});
