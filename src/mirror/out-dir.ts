/**
 * OUTDIR made ready for a run: checked (a folder that is empty or holds a mirror), locked
 * (run-lock.ts), its scratch folders emptied.
 */
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

/** System calls that write. A read that fails inside OUTDIR (a dump kept there, the stdin spool) is no output failure. */
const WRITING_CALLS = new Set(['open', 'write', 'rename', 'mkdir', 'unlink', 'rmdir', 'rm', 'copyfile', 'ftruncate', 'fsync', 'fdatasync', 'close', 'link', 'symlink', 'utime', 'futime']);

/**
 * What a failure to write into OUTDIR during the run says, in a line: a file system error on a path
 * inside it (a full disk, a file system gone read-only, a folder where a page goes), or SQLite's
 * own on the state database. Null for any other error.
 */
export function outputWriteFailure(err: unknown, outDir: string): string | null {
  if (!(err instanceof Error)) return null;
  const { code, syscall, path: file, dest } = err as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string') return null;
  if (/^SQLITE_(FULL|IOERR|READONLY)/.test(code)) return `cannot write to ${outDir}: ${err.message} (${code})`;
  const inside = (p: string | undefined) => p !== undefined && (p + path.sep).startsWith(outDir + path.sep);
  if (typeof syscall !== 'string' || !WRITING_CALLS.has(syscall) || !(inside(dest) || inside(file))) return null;
  return `cannot write ${inside(dest) ? dest : file}: ${systemErrorText(err)}`;
}
