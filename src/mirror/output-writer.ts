/**
 * Files of OUTDIR written only when their content changed: the sha1 of each file written is kept
 * in the state database (`written`), so a re-run on a newer dump touches only what differs. A name
 * the file system refuses is warned about and recorded (refused), not written.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DB } from '../index/db.js';
import { refusedNameFailure } from './types.js';
import { REFUSALS_IN_A_ROW, refusedNames } from './convert-pass.js';
import { failedWrite, mainTmpFile, nameRefusal, writeFileReplacing } from './out-dir.js';

export class OutputWriter {
  private readonly getHash;
  private readonly setHash;
  written = 0;
  unchanged = 0;
  /**
   * Files whose names the file system refused (out-dir.ts nameRefusal), each warned about: not
   * written and no hash recorded, so the next run writes them (assembly writes every file it
   * has not written unchanged). Reported as failed (report.ts) and left out of the index.
   */
  readonly refused: Array<{ title: string; file: string; reason: string }> = [];
  /** Refusals since the last name taken: REFUSALS_IN_A_ROW of them stop the run, as in the convert pass. */
  private refusedInARow = 0;

  constructor(
    db: DB,
    private readonly outDir: string,
    private readonly warn: (line: string) => void = () => {},
  ) {
    this.getHash = db.prepare('SELECT hash FROM written WHERE file = ?');
    this.setHash = db.prepare('INSERT OR REPLACE INTO written(file, hash) VALUES (?, ?)');
  }

  /** Write `file` (relative to OUTDIR) unless it already holds exactly `content`; `title` names it in a warning. */
  write(file: string, content: string, title = file): void {
    const hash = createHash('sha1').update(content).digest('hex');
    const full = path.join(this.outDir, file);
    const row = this.getHash.get(file) as { hash: string | null } | undefined;
    if (row && row.hash === hash && fs.existsSync(full)) {
      this.unchanged++;
      this.refusedInARow = 0;
      return;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    try {
      writeFileReplacing(full, content);
    } catch (err) {
      // A name refused fails this file alone, as a page's in a worker does.
      const reason = nameRefusal(err, full);
      if (reason === null) throw err;
      this.refused.push({ title, file, reason });
      this.warn(`warning: ${title}: ${refusedNameFailure(file, reason)}`);
      // A mirror copied to a file system that takes none of its names (vfat, SMB) would otherwise
      // warn once per stub and category page, hundreds of thousands of lines, and end with exit 1.
      if (++this.refusedInARow >= REFUSALS_IN_A_ROW) throw refusedNames(`${this.refusedInARow} file names in a row (the last ${file}: ${reason})`);
      return;
    }
    this.refusedInARow = 0;
    this.setHash.run(file, hash);
    this.written++;
  }

  /** A large file written piece by piece; on close it replaces the old one only if it differs. */
  stream(file: string): { write(s: string): void; close(): void } {
    const full = path.join(this.outDir, file);
    const tmp = mainTmpFile(full);
    let fd: number;
    try {
      fd = fs.openSync(tmp, 'w');
    } catch (err) {
      throw failedWrite(err, full, tmp);
    }
    const hash = createHash('sha1');
    let pending: string[] = [];
    let size = 0;
    const flush = () => {
      if (!pending.length) return;
      const chunk = pending.join('');
      pending = [];
      size = 0;
      hash.update(chunk);
      fs.writeSync(fd, chunk);
    };
    // A failed write closes the file and takes the temporary away; the caller sees the error with the file named.
    const failed = (err: unknown): unknown => {
      try {
        fs.closeSync(fd);
      } catch {
        // closed already
      }
      return failedWrite(err, full, tmp);
    };
    return {
      write: (s: string) => {
        pending.push(s);
        size += s.length;
        if (size > 1 << 20) {
          try {
            flush();
          } catch (err) {
            throw failed(err);
          }
        }
      },
      close: () => {
        try {
          flush();
          fs.closeSync(fd);
        } catch (err) {
          throw failed(err);
        }
        const digest = hash.digest('hex');
        const row = this.getHash.get(file) as { hash: string | null } | undefined;
        if (row && row.hash === digest && fs.existsSync(full)) {
          fs.rmSync(tmp);
          this.unchanged++;
          return;
        }
        try {
          fs.renameSync(tmp, full);
        } catch (err) {
          throw failedWrite(err, full, tmp);
        }
        this.setHash.run(file, digest);
        this.written++;
      },
    };
  }
}
