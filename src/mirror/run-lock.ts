/**
 * One run per output folder. Two `wikimark convert` runs into the same OUTDIR would share its
 * SQLite state and checkpoint, and the second would empty the first one's scratch folders as it
 * starts; so a run holds `.wikimark/run.lock` (its process id) from before it touches anything
 * until it ends. A lock whose process is gone (a run killed with SIGKILL, a machine restart) is
 * stale and taken over, so `--resume` after a kill needs nothing removed by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, MirrorError } from './errors.js';

export const LOCK_FILE = 'run.lock';

/** Whether a process with this id exists (EPERM: it does, owned by someone else). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id a lock file names, or null when it names none (empty or garbled: stale). */
function lockHolder(file: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * Take the lock of `stateDir` for this process, or throw a MirrorError naming the run that holds
 * it. Returns the function that releases it.
 */
export function acquireRunLock(stateDir: string, outDir: string): () => void {
  const file = path.join(stateDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => releaseRunLock(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = lockHolder(file);
    // The same process id is another run of this process (the library called twice at once).
    if (holder !== null && processAlive(holder)) {
      throw new MirrorError(
        EXIT.OUTPUT,
        `${outDir} is being written by another wikimark run (process ${holder}); wait for it to end, or remove ${file} if that process is not a wikimark run`,
      );
    }
    fs.rmSync(file, { force: true });
  }
  throw new MirrorError(EXIT.OUTPUT, `cannot take the lock ${file}: another run keeps taking it`);
}

/** The process id of a live run that holds the lock of `stateDir`, or null (no lock, or a stale one). */
export function liveRunHolder(stateDir: string): number | null {
  const holder = lockHolder(path.join(stateDir, LOCK_FILE));
  return holder !== null && processAlive(holder) ? holder : null;
}

/** Remove the lock if it is still ours (never another run's that took over a stale one). */
function releaseRunLock(file: string): void {
  if (lockHolder(file) === process.pid) fs.rmSync(file, { force: true });
}
