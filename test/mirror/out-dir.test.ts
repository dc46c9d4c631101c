/** Which errors of a run are OUTDIR that cannot be written (out-dir.ts outputWriteFailure). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { outputWriteFailure } from '../../src/mirror/out-dir.js';
import { tmpDir } from './helpers.js';

/** The error Node's fs really throws for `call` on `file` (a folder in a file's place gives EISDIR). */
function fsError(call: () => void): Error {
  try {
    call();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

test('a file-system error writing inside OUTDIR is an output failure naming the file; reads, other folders and other errors are not', () => {
  const out = tmpDir('out-dir');
  const squatter = path.join(out, 'Page', 'A.md');
  fs.mkdirSync(squatter, { recursive: true });
  fs.writeFileSync(path.join(out, 'x.tmp'), '');
  const rename = fsError(() => fs.renameSync(path.join(out, 'x.tmp'), squatter));
  assert.equal(outputWriteFailure(rename, out), `cannot write ${squatter}: illegal operation on a directory (EISDIR)`);
  const write = fsError(() => fs.writeFileSync(squatter, 'text'));
  assert.equal(outputWriteFailure(write, out), `cannot write ${squatter}: illegal operation on a directory (EISDIR)`);
  // Reading (a dump kept in OUTDIR), a folder beside OUTDIR with a name it begins with, anything else: not ours to name.
  assert.equal(outputWriteFailure(fsError(() => fs.readFileSync(squatter)), out), null);
  const beside = `${out}-other`;
  fs.mkdirSync(path.join(beside, 'A.md'), { recursive: true });
  assert.equal(outputWriteFailure(fsError(() => fs.writeFileSync(path.join(beside, 'A.md'), '')), out), null);
  assert.equal(outputWriteFailure(new Error('boom'), out), null);
  assert.equal(outputWriteFailure('boom', out), null);
  // better-sqlite3's error on the state database: a code, no system call.
  const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  assert.equal(outputWriteFailure(full, out), `cannot write to ${out}: database or disk is full (SQLITE_FULL)`);
});
