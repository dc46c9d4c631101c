/**
 * Bringing the search index in step with the mirror, file by file: a file whose size, mtime and
 * title are those recorded when it was indexed is skipped; a changed or new one is (re)read; a row
 * whose file left index.tsv or the disk is dropped. Work is committed in batches, so a build that
 * is stopped (Ctrl-C, a crash) keeps every finished batch and the next run continues from there.
 * Synchronous: it runs in the indexing worker (index-worker.ts), or directly in tests and tools.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { isSearchable, parseIndexLine, tsvLines } from './index-tsv.js';
import { markdownToPlainText, mirrorFingerprint } from './search-index.js';

export interface SyncCounts {
  /** Searchable files in index.tsv (the caller's count until the walk has finished, then the files looked at). */
  total: number;
  /** Files looked at so far: indexed + unchanged + missing. */
  done: number;
  /** Files read and written to the index (new or changed). */
  indexed: number;
  /** Files skipped because they are as they were when indexed. */
  unchanged: number;
  /** Listed in index.tsv but not on disk. */
  missing: number;
  /** Rows dropped: their file left the mirror. */
  removed: number;
  elapsedMs: number;
}

export interface SyncResult extends SyncCounts {
  /** False when stopped before the end (what was done so far is kept). */
  complete: boolean;
}

export interface SyncHooks {
  /** Files per transaction (default 500). */
  batchSize?: number;
  /** Searchable files in index.tsv, if the caller has counted them (else they are counted first, for progress). */
  total?: number;
  /** Once the files are counted, and after each committed batch. */
  onProgress?(counts: SyncCounts): void;
  /** Asked before each batch; may block (a test hook pauses the build here). True stops the sync. */
  beforeBatch?(): boolean;
}

interface FileRow {
  id: number;
  size: number;
  mtime: number;
  title: string;
}

/** Row ids touched in this pass, as a growable bitmap: 1.4 M files cost ~175 kB. */
class IdSet {
  private bits = new Uint8Array(1024);
  add(id: number): void {
    const byte = id >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    this.bits[byte]! |= 1 << (id & 7);
  }
  has(id: number): boolean {
    return ((this.bits[id >>> 3] ?? 0) & (1 << (id & 7))) !== 0;
  }
}

/** Searchable lines of index.tsv (a file listed twice counts twice: rare, and corrected at the end). */
function countSearchable(indexTsv: string): number {
  let n = 0;
  for (const line of tsvLines(indexTsv)) {
    const row = parseIndexLine(line);
    if (row && isSearchable(row)) n++;
  }
  return n;
}

const metaValue = (db: Database.Database, key: string) =>
  (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;

export function syncSearchIndex(db: Database.Database, outDir: string, hooks: SyncHooks = {}): SyncResult {
  const started = Date.now();
  const fingerprint = mirrorFingerprint(outDir);
  const counts: SyncCounts = { total: hooks.total ?? -1, done: 0, indexed: 0, unchanged: 0, missing: 0, removed: 0, elapsedMs: 0 };
  if (metaValue(db, 'synced') === fingerprint) {
    // Nothing changed since the last complete pass: every file is as indexed.
    const n = (db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
    return { ...counts, total: n, done: n, unchanged: n, complete: true };
  }
  db.prepare("DELETE FROM meta WHERE key = 'synced'").run();
  if (counts.total < 0) counts.total = countSearchable(path.join(outDir, 'index.tsv'));
  hooks.onProgress?.({ ...counts });

  const lookup = db.prepare('SELECT id, size, mtime, title FROM files WHERE file = ?');
  const addFile = db.prepare('INSERT INTO files (file, size, mtime, title) VALUES (?, ?, ?, ?)');
  const updateFile = db.prepare('UPDATE files SET size = ?, mtime = ?, title = ? WHERE id = ?');
  const dropFile = db.prepare('DELETE FROM files WHERE id = ?');
  const addText = db.prepare('INSERT INTO pages (rowid, title, file, body) VALUES (?, ?, ?, ?)');
  const dropText = db.prepare('DELETE FROM pages WHERE rowid = ?');
  const seen = new IdSet();

  const visit = (file: string, title: string) => {
    const row = lookup.get(file) as FileRow | undefined;
    if (row && seen.has(row.id)) return; // listed twice: the first row's title wins
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(path.join(outDir, file), { throwIfNoEntry: false });
    } catch {
      st = undefined; // a name the file system refuses (ENAMETOOLONG, EACCES…): not there for us
    }
    counts.done++;
    if (!st?.isFile()) {
      counts.missing++;
      if (row) {
        dropText.run(row.id);
        dropFile.run(row.id);
        counts.removed++;
      }
      return;
    }
    if (row && row.size === st.size && row.mtime === st.mtimeMs && row.title === title) {
      seen.add(row.id);
      counts.unchanged++;
      return;
    }
    let body: string;
    try {
      body = markdownToPlainText(fs.readFileSync(path.join(outDir, file), 'utf8'));
    } catch {
      counts.missing++; // vanished between stat and read
      return;
    }
    let id: number;
    if (row) {
      id = row.id;
      updateFile.run(st.size, st.mtimeMs, title, id);
      dropText.run(id);
    } else {
      id = Number(addFile.run(file, st.size, st.mtimeMs, title).lastInsertRowid);
    }
    addText.run(id, title, file, body);
    seen.add(id);
    counts.indexed++;
  };
  const runBatch = db.transaction((batch: [string, string][]) => {
    for (const [file, title] of batch) visit(file, title);
  });

  const batchSize = hooks.batchSize ?? 500;
  let batch: [string, string][] = [];
  const flush = (): boolean => {
    if (hooks.beforeBatch?.()) return false;
    runBatch(batch);
    batch = [];
    counts.elapsedMs = Date.now() - started;
    hooks.onProgress?.({ ...counts, total: Math.max(counts.total, counts.done) });
    return true;
  };
  for (const line of tsvLines(path.join(outDir, 'index.tsv'))) {
    const row = parseIndexLine(line);
    if (!row || !isSearchable(row)) continue;
    batch.push([row.file, row.shownTitle]);
    if (batch.length >= batchSize && !flush()) return { ...counts, elapsedMs: Date.now() - started, complete: false };
  }
  if (batch.length && !flush()) return { ...counts, elapsedMs: Date.now() - started, complete: false };
  counts.total = counts.done;

  // Rows no file of index.tsv claimed this pass: pages the mirror no longer has.
  const stale = (db.prepare('SELECT id FROM files').pluck().all() as number[]).filter((id) => !seen.has(id));
  db.transaction(() => {
    for (const id of stale) {
      dropText.run(id);
      dropFile.run(id);
    }
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('synced', ?)").run(fingerprint);
  })();
  counts.removed += stale.length;
  if (counts.indexed + counts.removed > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  counts.elapsedMs = Date.now() - started;
  return { ...counts, complete: true };
}
