/**
 * OUTDIR made ready for a run: checked (a folder that is empty or holds a mirror), locked
 * (run-lock.ts), its scratch folders emptied.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError } from './errors.js';
import { acquireRunLock } from './run-lock.js';
import { SCRATCH_DIR, STATE_DIR } from './types.js';

/** Check OUTDIR, take its run lock, empty the scratch folders; returns the lock's release. */
export function prepareOutDir(outDir: string, stateDir: string): () => void {
  let release: (() => void) | null = null;
  try {
    if (fs.existsSync(outDir)) {
      if (!fs.statSync(outDir).isDirectory()) throw new MirrorError(EXIT.OUTPUT, `${outDir} exists and is not a directory`);
      const entries = fs.readdirSync(outDir);
      if (entries.length && !entries.includes(STATE_DIR)) {
        throw new MirrorError(EXIT.OUTPUT, `${outDir} is not empty and holds no wikimark mirror; choose an empty or new directory`);
      }
    }
    makeDirs(stateDir);
    release = acquireRunLock(stateDir, outDir);
    // No scratch file outlives its run: a worker killed mid-write leaves its page.tmp, and earlier
    // versions wrote tmp/page-N.tmp beside the worker folders. Nothing in it is ever resumed.
    fs.rmSync(path.join(stateDir, SCRATCH_DIR), { recursive: true, force: true });
    fs.accessSync(outDir, fs.constants.W_OK);
    return release;
  } catch (err) {
    release?.();
    if (err instanceof MirrorError) throw err;
    throw new MirrorError(EXIT.OUTPUT, `cannot write to ${outDir}: ${systemErrorText(err as Error)}`);
  }
}

/**
 * `mkdir -p`, one level at a time from the nearest folder that exists. Node 20's recursive
 * mkdirSync spins for ever when a level fails with ENOENT under a parent that exists (under /proc,
 * say), and on a read-only mount it reports ENOENT instead of EROFS; a plain mkdir of each level
 * fails at once with the real cause.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (let i = missing.length - 1; i >= 0; i--) fs.mkdirSync(missing[i]!);
}

/** `ENOSPC: no space left on device, write` → `no space left on device (ENOSPC)`. */
function systemErrorText(err: Error): string {
  return err.message.replace(/^(E[A-Z]+): ([^,]+),.*$/s, '$2 ($1)');
}

/**
 * What a file system says when it will not store a name: too long for it (a limit under 255 bytes,
 * or a path past PATH_MAX), not valid there (EILSEQ: a name not in UTF-8 or not normalised, as
 * some refuse), or holding a character it does not allow (EINVAL on vfat, SMB).
 */
const NAME_REFUSALS = new Set(['ENAMETOOLONG', 'EILSEQ', 'EINVAL']);

/**
 * Whether `err` is the file system refusing the name of `file` (a full path) itself, and what it
 * said (`name too long (ENAMETOOLONG)`); null for any other error. Only the rename into place
 * names the file: its temporary has a short name of the writer's own (the worker's scratch file,
 * mainTmpFile), so a refusal of anything else — the temporary, OUTDIR, a folder of the layout —
 * is no one file's fault.
 */
export function nameRefusal(err: unknown, file: string): string | null {
  if (!(err instanceof Error)) return null;
  const { code, syscall, dest } = err as NodeJS.ErrnoException & { dest?: string };
  if (syscall !== 'rename' || dest !== file || typeof code !== 'string' || !NAME_REFUSALS.has(code)) return null;
  return systemErrorText(err);
}

/** System calls that write. A read that fails inside OUTDIR (a dump kept there, the stdin spool) is no output failure. */
const WRITING_CALLS = new Set(['open', 'write', 'rename', 'mkdir', 'unlink', 'rmdir', 'rm', 'copyfile', 'ftruncate', 'fsync', 'fdatasync', 'close', 'link', 'symlink', 'utime', 'futime']);

/**
 * Errors that only a write gives, whatever the call and whether or not it names a path: Node's
 * errors from write(2) carry none (`writeFileSync('/dev/full', 'x')` throws {code: 'ENOSPC',
 * syscall: 'write'} and no path).
 */
const NO_ROOM_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

/**
 * SQLite's codes for a write that failed (better-sqlite3 reports the extended ones). Not
 * SQLITE_IOERR_READ or _SHORT_READ: a read is no output failure.
 */
const SQLITE_WRITE_CODES = /^SQLITE_(FULL|READONLY(_[A-Z]+)?|IOERR_(WRITE|FSYNC|DIR_FSYNC|TRUNCATE|DELETE|SHMSIZE|DIR_CLOSE))$/;

/** Where a run writes and what it only reads: outputWriteFailure's view of the run. */
export interface OutputPlaces {
  outDir: string;
  /** The state database's file (better-sqlite3's db.name). */
  database: string;
  /** Files the run reads that may lie inside OUTDIR (the dump, the stdin spool): failing to open one is no output failure. */
  inputs: string[];
}

/**
 * What a failure to write into OUTDIR during the run says, in a line: a file system error on a path
 * inside it (a full disk, a file system gone read-only, a folder where a page goes), a full disk or
 * read-only file system with no path (write(2)'s errors), or SQLite's own on the state database.
 * Null for any other error.
 */
export function outputWriteFailure(err: unknown, places: OutputPlaces): string | null {
  if (!(err instanceof Error)) return null;
  const { outDir } = places;
  const { code, syscall, path: file, dest } = err as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string') return null;
  if (SQLITE_WRITE_CODES.test(code)) {
    // SQLite also writes its temporary files (sorts, large transactions) in the system's temporary folder.
    const where = code === 'SQLITE_FULL' ? `${places.database} or the temporary folder` : places.database;
    return `cannot write ${where}: ${err.message} (${code})`;
  }
  const inside = (p: string | undefined) => p !== undefined && (path.resolve(p) + path.sep).startsWith(outDir + path.sep);
  // With no path, the write may have been a converter's temporary file (a full /tmp), not OUTDIR's: name both, as SQLITE_FULL does.
  if (file === undefined && dest === undefined && NO_ROOM_CODES.has(code)) return `cannot write to ${outDir} or the temporary folder: ${systemErrorText(err)}`;
  if (typeof syscall !== 'string' || !WRITING_CALLS.has(syscall) || !(inside(dest) || inside(file))) return null;
  // open is also how a file is read: the dump or the spool that cannot be opened is the input's fault.
  if (syscall === 'open' && file !== undefined && places.inputs.some((p) => path.resolve(p) === path.resolve(file))) return null;
  return `cannot write ${inside(dest) ? dest : file}: ${systemErrorText(err)}`;
}

/**
 * The temporary file the main thread writes beside `file` before renaming it into place:
 * `.tmp-main-` and 12 hex digits of the name's hash. Not the name plus a suffix: a name that lost a
 * case clash is up to 249 bytes with its extension, and a suffix would pass the file system's 255
 * (ENAMETOOLONG on every run, a mirror that could never finish). Hidden, and one per name, so that
 * a file streamed piece by piece and others written meanwhile do not share one.
 */
export function mainTmpFile(file: string): string {
  return path.join(path.dirname(file), '.tmp-main-' + createHash('sha1').update(path.basename(file)).digest('hex').slice(0, 12));
}

/** Write `file` whole through its temporary (mainTmpFile), renamed into place, so that no reader sees half of it. */
export function writeFileReplacing(file: string, content: string): void {
  const tmp = mainTmpFile(file);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (err) {
    throw failedWrite(err, file, tmp);
  }
}

/**
 * A write of `file` through `tmp` that failed: the temporary removed (no half-written file stays
 * among the pages), and the file named on the error when the system gave no path (write(2)'s
 * errors carry none), so that outputWriteFailure can say which file could not be written.
 */
export function failedWrite(err: unknown, file: string, tmp: string): unknown {
  try {
    fs.rmSync(tmp, { force: true });
  } catch {
    // a folder in its place: the error below says so
  }
  return withFileNamed(err, file);
}

/** A file system error that names no file (write(2)'s: a full disk) given `file`'s name, for outputWriteFailure to say which. */
export function withFileNamed(err: unknown, file: string): unknown {
  if (err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string') (err as NodeJS.ErrnoException).path ??= file;
  return err;
}
