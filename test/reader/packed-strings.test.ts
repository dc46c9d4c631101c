/** PackedStrings and PackedLookup: across chunk boundaries, table growth, matches at string edges. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PackedLookup, PackedStrings } from '../../src/reader/packed-strings.js';

const name = (i: number) => (i % 7 === 0 ? `页面${i}` : `p${i}`);

test('strings come back as pushed, sealed chunks and the pending one alike', () => {
  const packed = new PackedStrings();
  for (let i = 0; i < 10_000; i++) packed.push(name(i));
  assert.equal(packed.length, 10_000);
  for (const i of [0, 1, 4095, 4096, 4097, 8191, 8192, 9999]) assert.equal(packed.get(i), name(i), String(i));
});

test('forEachOccurrence: every occurrence, in order, at chunk edges too; NUL-flanked text', () => {
  const packed = new PackedStrings();
  for (let i = 0; i < 10_000; i++) packed.push(name(i));
  packed.push('');
  packed.push('ab');
  const found: number[] = [];
  packed.forEachOccurrence('页面409', (i, text, at) => {
    found.push(i);
    assert.equal(text.charCodeAt(at - 1), 0, 'starts the string');
  });
  assert.deepEqual(found, [4095]); // 409 is no multiple of 7; 4095 is: the last string of chunk 0
  const twice: number[] = [];
  packed.forEachOccurrence('p9', (i) => {
    twice.push(i);
  });
  assert.equal(twice.length, new Set(twice).size);
  assert.deepEqual(twice.slice(0, 3), [9, 90, 92]);
  const edge: number[] = [];
  packed.forEachOccurrence('b', (i, text, at) => {
    edge.push(i);
    assert.equal(text.charCodeAt(at + 1), 0, 'ends the string');
  });
  assert.deepEqual(edge, [10_001]);
  const stopped: number[] = [];
  packed.forEachOccurrence('p', (i) => stopped.push(i) < 3);
  assert.deepEqual(stopped, [1, 2, 3]);
  assert.deepEqual([packed.isEmpty(10_000), packed.isEmpty(10_001), packed.isEmpty(0)], [true, false, false]);
});

test('PackedLookup finds every string after growing past its first table; absent ones are undefined', () => {
  const packed = new PackedStrings();
  const lookup = new PackedLookup((i) => packed.get(i));
  for (let i = 0; i < 40_000; i++) {
    packed.push(`Page/${name(i)}.md`);
    lookup.add(`Page/${name(i)}.md`, i);
  }
  for (const i of [0, 7, 4096, 32_767, 32_768, 39_999]) assert.equal(lookup.get(`Page/${name(i)}.md`), i);
  assert.equal(lookup.get('Page/none.md'), undefined);
});
