/** OUTDIR made ready for a run, and which errors of a run are OUTDIR that cannot be written (out-dir.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError } from '../../src/mirror/errors.js';
import { mainTmpFile, outputWriteFailure, prepareOutDir, writeFileReplacing } from '../../src/mirror/out-dir.js';
import { STATE_DIR } from '../../src/mirror/types.js';
import { spawnSync } from 'node:child_process';
import { REPO, SAMPLE, tmpDir } from './helpers.js';

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
  const places = { outDir: out, database: path.join(out, STATE_DIR, 'state.sqlite'), inputs: [] };
  const squatter = path.join(out, 'Page', 'A.md');
  fs.mkdirSync(squatter, { recursive: true });
  fs.writeFileSync(path.join(out, 'x.tmp'), '');
  const rename = fsError(() => fs.renameSync(path.join(out, 'x.tmp'), squatter));
  assert.equal(outputWriteFailure(rename, places), `cannot write ${squatter}: illegal operation on a directory (EISDIR)`);
  const write = fsError(() => fs.writeFileSync(squatter, 'text'));
  assert.equal(outputWriteFailure(write, places), `cannot write ${squatter}: illegal operation on a directory (EISDIR)`);
  // Reading (a dump kept in OUTDIR), a folder beside OUTDIR with a name it begins with, anything else: not ours to name.
  assert.equal(outputWriteFailure(fsError(() => fs.readFileSync(squatter)), places), null);
  const beside = `${out}-other`;
  fs.mkdirSync(path.join(beside, 'A.md'), { recursive: true });
  assert.equal(outputWriteFailure(fsError(() => fs.writeFileSync(path.join(beside, 'A.md'), '')), places), null);
  assert.equal(outputWriteFailure(new Error('boom'), places), null);
  assert.equal(outputWriteFailure('boom', places), null);
});

test('a full disk, which Node reports from write(2) with no path, is an output failure; so is one the writer names', { skip: !fs.existsSync('/dev/full') }, () => {
  const out = tmpDir('out-full');
  const places = { outDir: out, database: path.join(out, STATE_DIR, 'state.sqlite'), inputs: [] };
  const noPath = fsError(() => fs.writeFileSync('/dev/full', 'x'));
  assert.equal((noPath as NodeJS.ErrnoException).path, undefined, 'the premise: Node names no file');
  assert.equal(outputWriteFailure(noPath, places), `cannot write to ${out} or the temporary folder: no space left on device (ENOSPC)`);
  // The main thread's writer names the file it was writing (through a temporary that is /dev/full here).
  const file = path.join(out, 'index.tsv');
  fs.symlinkSync('/dev/full', mainTmpFile(file));
  const named = fsError(() => writeFileReplacing(file, 'text'));
  assert.equal(outputWriteFailure(named, places), `cannot write ${file}: no space left on device (ENOSPC)`);
  assert.deepEqual(fs.readdirSync(out), [], 'no temporary file left');
});

test('a dump or spool inside OUTDIR that cannot be opened for reading is no output failure', () => {
  const out = tmpDir('out-input');
  const dump = path.join(out, 'dump.xml');
  const places = { outDir: out, database: path.join(out, STATE_DIR, 'state.sqlite'), inputs: [dump] };
  const missing = fsError(() => fs.openSync(dump, 'r'));
  assert.equal((missing as NodeJS.ErrnoException).syscall, 'open');
  assert.equal(outputWriteFailure(missing, places), null);
  // The same call on a file the run writes is one.
  const page = path.join(out, 'Page', 'A.md');
  assert.equal(outputWriteFailure(fsError(() => fs.openSync(page, 'w')), places), `cannot write ${page}: no such file or directory (ENOENT)`);
});

test('SQLite errors: writes name the state database (a full one the temporary folder too); reads are not output failures', () => {
  const out = tmpDir('out-sqlite');
  const database = path.join(out, STATE_DIR, 'state.sqlite');
  const places = { outDir: out, database, inputs: [] };
  // better-sqlite3's errors: an extended code, no system call.
  const sqlite = (code: string, message: string) => Object.assign(new Error(message), { code });
  assert.equal(outputWriteFailure(sqlite('SQLITE_FULL', 'database or disk is full'), places), `cannot write ${database} or the temporary folder: database or disk is full (SQLITE_FULL)`);
  assert.equal(outputWriteFailure(sqlite('SQLITE_IOERR_WRITE', 'disk I/O error'), places), `cannot write ${database}: disk I/O error (SQLITE_IOERR_WRITE)`);
  assert.equal(outputWriteFailure(sqlite('SQLITE_READONLY_DBMOVED', 'attempt to write a readonly database'), places), `cannot write ${database}: attempt to write a readonly database (SQLITE_READONLY_DBMOVED)`);
  assert.equal(outputWriteFailure(sqlite('SQLITE_IOERR_READ', 'disk I/O error'), places), null);
  assert.equal(outputWriteFailure(sqlite('SQLITE_IOERR_SHORT_READ', 'disk I/O error'), places), null);
});

test('OUTDIR that is a file, or inside one: refused with exit 4 before anything is written', () => {
  const dir = tmpDir('out-file');
  const file = path.join(dir, 'out');
  fs.writeFileSync(file, 'not a folder');
  assert.throws(() => prepareOutDir(file, path.join(file, STATE_DIR)), (e: unknown) => e instanceof MirrorError && e.exitCode === EXIT.OUTPUT && e.message === `${file} exists and is not a directory`);
  const inside = path.join(file, 'mirror');
  assert.throws(() => prepareOutDir(inside, path.join(inside, STATE_DIR)), (e: unknown) => e instanceof MirrorError && e.exitCode === EXIT.OUTPUT && e.message === `cannot write to ${inside}: not a directory (ENOTDIR)`);
  assert.equal(fs.readFileSync(file, 'utf8'), 'not a folder');
});

test('OUTDIR whose folders do not exist yet is made level by level', () => {
  const deep = path.join(tmpDir('out-deep'), 'a', 'b', 'mirror');
  const release = prepareOutDir(deep, path.join(deep, STATE_DIR));
  release();
  assert.ok(fs.statSync(path.join(deep, STATE_DIR)).isDirectory());
});

// Node 20's recursive mkdirSync spins for ever on /proc/x (ENOENT under a parent that exists): run in
// a child process, whose time limit turns such a hang into a failure (a synchronous loop in this
// process could not be timed out).
test('OUTDIR that cannot be made (under /proc) is refused with exit 4 and the system\'s reason, not a hang', { skip: !fs.existsSync('/proc/self') }, () => {
  const out = '/proc/wikimark-test-mirror';
  const run = spawnSync(process.execPath, [path.join(REPO, 'dist', 'src', 'cli', 'main.js'), 'convert', SAMPLE, '-o', out, '-q'], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  assert.equal(run.signal, null, 'the run was killed by its time limit: it hung');
  assert.equal(run.status, EXIT.OUTPUT, run.stderr);
  assert.match(run.stderr, /cannot write to \/proc\/wikimark-test-mirror: no such file or directory \(ENOENT\)/);
});

test('a file whose name is near the 255-byte limit is written through a temporary of a short name (a suffix would pass the limit)', () => {
  const dir = tmpDir('long-name');
  // A case-clash name: 237 bytes of title, ~hash, .md = 249 bytes; with ".tmp-main" it was 258.
  const file = path.join(dir, `${'数'.repeat(79)}~0123abcd.md`);
  assert.equal(Buffer.byteLength(path.basename(file)), 249);
  writeFileReplacing(file, 'text');
  assert.equal(fs.readFileSync(file, 'utf8'), 'text');
  assert.deepEqual(fs.readdirSync(dir), [path.basename(file)]);
  assert.ok(Buffer.byteLength(path.basename(mainTmpFile(file))) < 30);
});
