import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Bz2BlockDecoder, findBzip2Binary } from '../../src/dump/bz2.js';
import { DumpError } from '../../src/dump/types.js';
import { DUMPS, hasShared, SAMPLE } from '../mirror/helpers.js';

async function decodeAll(data: Uint8Array, chunk: number): Promise<Buffer> {
  const d = await Bz2BlockDecoder.create();
  const out: Uint8Array[] = [];
  for (let i = 0; i < data.length; i += chunk) out.push(...d.push(data.subarray(i, i + chunk)));
  out.push(...d.end());
  return Buffer.concat(out);
}

test('WebAssembly block decoder: many small blocks, several streams, any chunking', async (t) => {
  const bzip2 = findBzip2Binary();
  if (!bzip2) return t.skip('no bzip2 binary to make test data');
  // Level 1 = 100 kB blocks: the repeated sample spans several blocks; two streams concatenated.
  const text = Buffer.concat(Array.from({ length: 12 }, (_, i) => Buffer.from(fs.readFileSync(SAMPLE, 'utf8').replace(/数学/g, `数学${i}`))));
  const one = spawnSync(bzip2, ['-1', '-c'], { input: text }).stdout;
  const two = spawnSync(bzip2, ['-9', '-c'], { input: Buffer.from('第二个流\n') }).stdout;
  const both = Buffer.concat([one, two]);
  for (const chunk of [1 << 20, 4096, 97]) {
    const got = await decodeAll(both, chunk);
    assert.equal(got.length, text.length + Buffer.byteLength('第二个流\n'));
    assert.ok(got.equals(Buffer.concat([text, Buffer.from('第二个流\n')])), `chunk ${chunk}`);
  }
});

test('WebAssembly decoder reports a cut-off stream as truncated, after the complete blocks', async (t) => {
  const bzip2 = findBzip2Binary();
  if (!bzip2) return t.skip('no bzip2 binary to make test data');
  const text = Buffer.concat(Array.from({ length: 12 }, () => fs.readFileSync(SAMPLE)));
  const whole = spawnSync(bzip2, ['-1', '-c'], { input: text }).stdout;
  const d = await Bz2BlockDecoder.create();
  const out = d.push(whole.subarray(0, Math.floor(whole.length * 0.7)));
  const decoded = Buffer.concat(out);
  assert.ok(decoded.length > 0 && decoded.length < text.length);
  assert.ok(text.subarray(0, decoded.length).equals(decoded));
  assert.throws(() => d.end(), (err: unknown) => err instanceof DumpError && err.kind === 'truncated' && /compressed byte \d+/.test(err.message));
});

test('WebAssembly decoder equals bzip2 on the shared multistream dump', async (t) => {
  if (!hasShared()) return t.skip('shared data not found');
  const file = path.join(DUMPS, 'jawiki-truncated-multistream.xml.bz2');
  const got = await decodeAll(fs.readFileSync(file), 1 << 20);
  const plain = fs.readFileSync(path.join(DUMPS, 'jawiki-truncated.xml'));
  assert.ok(got.equals(plain));
});
