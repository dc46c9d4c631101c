/** lookup-log.ts: the keys a page's lookups are recorded under, and the log that gathers them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LookupLog, NOW_KEY, prefixHash, sharesKey, textKey, titleKey, titleKeyUnder } from '../../src/mirror/lookup-log.js';

test('a title under a prefix has the key of the joined title', () => {
  const file = prefixHash('File:');
  for (const name of ['Logo.png', '', '标志.svg', '𠮷野.jpg', 'A'.repeat(300)]) assert.equal(titleKeyUnder(file, name), titleKey('File:' + name), name);
  assert.notEqual(titleKeyUnder(prefixHash('Datei:'), 'Logo.png'), titleKey('File:Logo.png'));
});

test('keys are odd (31 bits of hash): a title, its text and the date are three different keys', () => {
  for (const title of ['乙', 'Template:模板甲', 'File:Logo.png']) {
    assert.equal(titleKey(title) & 1, 1);
    assert.equal(textKey(title) & 1, 1);
    assert.notEqual(titleKey(title), textKey(title));
    assert.notEqual(titleKey(title), NOW_KEY);
  }
});

test('take hands over the keys sorted without repeats and starts again; replay notes kept keys again', () => {
  const log = new LookupLog();
  for (const key of [5, -3, 5, 9, -3]) log.note(key);
  const from = log.length;
  log.note(11);
  log.note(7);
  const kept = log.since(from);
  assert.deepEqual([...kept], [11, 7]);
  assert.deepEqual([...log.take()], [-3, 5, 7, 9, 11]);
  assert.equal(log.length, 0);
  log.replay(kept);
  assert.deepEqual([...log.take()], [7, 11]);
  assert.equal(log.take().length, 0);
});

test('take sorts a page of many keys as Int32Array#sort does (its radix sort), with repeats and both signs', () => {
  const log = new LookupLog();
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
  // Sizes around the radix threshold (128), large ones, then small ones again after the buffers grew.
  for (const n of [127, 128, 129, 420, 3000, 128, 127, 40]) {
    const noted: number[] = [-0x80000000, 0x7fffffff, -1, 0, 2, -0x80000000];
    while (noted.length < n) {
      const i = noted.length;
      noted.push(i % 7 === 3 ? noted[i >> 1]! : i % 5 === 0 ? next() & ~1 : next() | 1);
    }
    for (const key of noted) log.note(key);
    const expected = [...new Set(Int32Array.from(noted).sort())];
    assert.deepEqual([...log.take()], expected, `${n} keys`);
    assert.equal(log.length, 0);
  }
});

test('clear forgets what was noted before a page (the worker clears before each conversion)', () => {
  const log = new LookupLog();
  log.note(3);
  log.note(1);
  log.clear();
  assert.equal(log.length, 0);
  log.note(9);
  assert.deepEqual([...log.take()], [9]);
});

test('sharesKey: whether a page holds any changed key', () => {
  const page = Int32Array.from([-7, 3, 9]);
  assert.equal(sharesKey(page, Int32Array.from([-9, 3])), true);
  assert.equal(sharesKey(page, Int32Array.from([-9, 4, 10])), false);
  assert.equal(sharesKey(page, new Int32Array(0)), false);
});
