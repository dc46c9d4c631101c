/** The dump's bytes as the passes read them (dump/input.ts): the copy kept of standard input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describeInput, xmlBytes } from '../../src/dump/input.js';
import { DumpError } from '../../src/dump/types.js';
import { SAMPLE, tmpDir } from '../mirror/helpers.js';

test('the copy of the input (the stdin spool) is written as read; a failed write of it is the system\'s error, not an unreadable input', { skip: !fs.existsSync('/dev/full') }, async () => {
  const input = describeInput(SAMPLE);
  const copy = path.join(tmpDir('tee'), 'copy.xml');
  const fd = fs.openSync(copy, 'w');
  for await (const chunk of xmlBytes(input, { inBytes: 0 }, { tee: fd })) void chunk;
  fs.closeSync(fd);
  assert.deepEqual(fs.readFileSync(copy), fs.readFileSync(SAMPLE));

  const full = fs.openSync('/dev/full', 'w');
  try {
    await assert.rejects(
      (async () => {
        for await (const chunk of xmlBytes(input, { inBytes: 0 }, { tee: full })) void chunk;
      })(),
      (err: unknown) => !(err instanceof DumpError) && (err as NodeJS.ErrnoException).code === 'ENOSPC',
    );
  } finally {
    fs.closeSync(full);
  }
});
