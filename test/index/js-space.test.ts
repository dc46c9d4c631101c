import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NON_ASCII_SPACES, spaceAsUtf8Bytes } from '../../src/index/js-space.js';

test('the non-ASCII white space is what trim removes: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF', () => {
  const trimmed: string[] = [];
  for (let cp = 0x80; cp <= 0xffff; cp++) if (String.fromCharCode(cp).trim() === '') trimmed.push(String.fromCharCode(cp));
  assert.deepEqual(NON_ASCII_SPACES, trimmed);
  const hex = (c: string) => c.charCodeAt(0).toString(16);
  assert.deepEqual(NON_ASCII_SPACES.map(hex), ['a0', '1680', ...Array.from({ length: 11 }, (_, i) => (0x2000 + i).toString(16)), '2028', '2029', '202f', '205f', '3000', 'feff']);
});

test('spaceAsUtf8Bytes matches each white-space character as UTF-8 bytes read as latin1, and nothing else', () => {
  const space = new RegExp(`^${spaceAsUtf8Bytes()}$`);
  const asLatin1 = (c: string) => Buffer.from(c, 'utf8').toString('latin1');
  for (const c of ['\t', '\n', '\v', '\f', '\r', ' ', ...NON_ASCII_SPACES]) assert.ok(space.test(asLatin1(c)), JSON.stringify(c));
  for (const c of ['\u200b', '\u180e', '\u0085', 'a', '\u00a1', '\u2030', '\u3001']) assert.ok(!space.test(asLatin1(c)), JSON.stringify(c));
});
