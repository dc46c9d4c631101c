import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../helpers/shared-dir.js';
import { isUtf8 } from 'node:buffer';
import { decodeUtf8, encodeScratch, encodeUtf8, firstInvalidUtf8 } from '../../src/dump/utf8.js';
import { mulberry32 } from '../helpers/rng.js';

const PAD = 'x'.repeat(300);

test('decodeUtf8 gives what buf.toString("utf8") gives for valid text of every width', () => {
  for (const text of [PAD + '数学 Геометрія ひらがな é', '\ufeff' + PAD, PAD + '😀𰻝𰻝面\u0000\n', 'short 数', '']) {
    const buf = Buffer.from(text);
    assert.equal(decodeUtf8(buf), text);
    assert.equal(decodeUtf8(buf), buf.toString('utf8'));
  }
});

test('decodeUtf8 of a byte range', () => {
  const buf = Buffer.from(PAD + '<page>数学</page>' + PAD);
  const start = buf.indexOf('<page>');
  const end = buf.indexOf('</page>') + 7;
  assert.equal(decodeUtf8(buf, start, end), '<page>数学</page>');
});

test('decodeUtf8 replaces invalid bytes with U+FFFD exactly as V8 does', () => {
  const cases = [[0xff], [0xc3], [0xe3, 0x81], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80]];
  for (const bad of cases) {
    const buf = Buffer.concat([Buffer.from(PAD), Buffer.from(bad), Buffer.from('数' + PAD)]);
    assert.equal(decodeUtf8(buf), buf.toString('utf8'), `bytes ${bad.join(',')}`);
  }
});

test('decodeUtf8 agrees with V8 on random cuts of real dump bytes (cut characters included)', () => {
  const shared = sharedDir('dumps');
  const file = shared ? path.join(shared, 'dumps', 'jawiki-truncated.xml') : null;
  const buf = file && fs.existsSync(file) ? fs.readFileSync(file) : Buffer.from(('数学 Геометрія ひらがな 😀 ').repeat(2000));
  const rng = mulberry32(7);
  for (let i = 0; i < 300; i++) {
    const start = Math.floor(rng() * buf.length);
    const end = Math.min(buf.length, start + Math.floor(rng() * 20000));
    assert.equal(decodeUtf8(buf, start, end), buf.toString('utf8', start, end));
  }
});

test('encodeUtf8 gives the bytes TextEncoder gives, lone surrogates included, long and short texts', () => {
  const scratch = encodeScratch();
  const texts = [
    PAD + '数学 Геометрія ひらがな é 😀𰻝',
    'short 数',
    '',
    PAD + 'a\ud800b',
    PAD + 'x\udc00',
    '\ud83d' + PAD,
    PAD + 'end\ud800',
    '数'.repeat(400_000),
  ];
  for (const text of texts) {
    const { bytes, size } = encodeUtf8(text, scratch);
    assert.deepEqual(Buffer.from(bytes.subarray(0, size)), Buffer.from(new TextEncoder().encode(text)), JSON.stringify(text.slice(0, 40)));
  }
});

test('encodeUtf8 of a rope built by concatenation', () => {
  let text = '';
  for (let i = 0; i < 500; i++) text += `[[数学 ${i}]]` + 'Геометрія ';
  const { bytes, size } = encodeUtf8(text, encodeScratch());
  assert.equal(bytes.subarray(0, size).toString('utf8'), text);
});

test('firstInvalidUtf8: -1 exactly for valid UTF-8, else the first byte V8 turns into U+FFFD', () => {
  const fixed: Array<[number[], number]> = [
    [[0x61, 0xe6, 0x95, 0xb0], -1],
    [[0x61, 0xff, 0x62], 1],
    [[0xc0, 0xaf], 0], // overlong "/"
    [[0xe0, 0x80, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0xe6, 0x95], 1], // cut short
    [[0xf0, 0x9f, 0x98, 0x80, 0x80], 4], // a stray continuation byte
  ];
  for (const [bytes, at] of fixed) assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), at, bytes.join(' '));
  // Random bytes, mostly valid text with damage: agrees with the native check, and everything
  // before the reported byte is valid.
  const rnd = mulberry32(7);
  const sample = Buffer.from('数学 Математика 𰻝 abc');
  for (let n = 0; n < 2000; n++) {
    const buf = Buffer.from(sample);
    if (rnd() < 0.7) buf[Math.floor(rnd() * buf.length)] = Math.floor(rnd() * 256);
    const at = firstInvalidUtf8(buf);
    assert.equal(at === -1, isUtf8(buf), buf.toString('hex'));
    if (at >= 0) {
      assert.ok(isUtf8(buf.subarray(0, at)), buf.toString('hex'));
      assert.ok(buf.toString('utf8', at).startsWith('\ufffd'), buf.toString('hex'));
    }
  }
});
