/**
 * The conversion pass: pages still to do (not finished in an earlier or interrupted run) go to
 * the worker pool in dump order, either as page batches read here or, for multistream dumps, as
 * bz2 stream ranges each worker decodes itself (convert-feed.ts). Results are checkpointed in batched
 * transactions as they arrive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readPageAt } from '../dump/reader.js';
import type { DumpInput } from '../dump/input.js';
import { siteFromInfo } from '../dump/site.js';
import type { SiteInfo } from '../dump/types.js';
import { getInfo, type DB } from '../index/db.js';
import { liveUrl } from '../site/titles.js';
import { EXIT, Interrupted, MirrorError } from './errors.js';
import { keysToBlob, NO_KEYS } from './lookup-log.js';
import { nameRefusal, outputWriteFailure, writeFileReplacing, type OutputPlaces } from './out-dir.js';
import { categoryReplacer } from './page-categories.js';
import { feedLocated, feedSequential, feedStreams, misplacedStream, type FeedMode, type WorkRow } from './convert-feed.js';
import { WorkerPool, WorkerStartError, type PlaceGivenUp } from './pool.js';
import { formatBytes, Progress, type ProgressSink } from './progress.js';
import { jobItems, REFUSED_NAME, refusedNameFailure, type ConverterRef, type JobInput, type PageOutputOptions, type PageResult } from './types.js';

/**
 * FROM and WHERE of the files the convert pass has to write: a file planned for a page with no
 * done row for that file, page, revision and these options (the one parameter: the fingerprint).
 * index-pass.ts restoredNeedingWork asks the same question of the pages it put back.
 */
export const WORK_ROWS = `FROM files f JOIN pages p ON p.id = f.page_id
     LEFT JOIN done d ON d.file = f.file AND d.page_id = f.page_id AND d.rev = p.rev AND d.fingerprint = ?
     WHERE f.kind IN ('page', 'category', 'raw') AND d.file IS NULL`;

/**
 * The next chunk of work in dump order after a cursor (fingerprint, offset, file). It reads its
 * rows through the `pages_offset` index (src/index/db.ts); test/mirror/work-query.test.ts checks
 * the query plan says so.
 */
export const WORK_QUERY = `SELECT f.page_id AS id, f.kind, f.file, p.title, p.ns, p.rev, p.offset, p.length, p.stream
     ${WORK_ROWS} AND (p.offset, f.file) > (?, ?)
     ORDER BY p.offset, f.file LIMIT 5000`;

export interface ConvertPassOptions {
  jobs: number;
  outDir: string;
  siteInfo: SiteInfo;
  output: PageOutputOptions;
  converter: ConverterRef;
  fingerprint: string;
  sink: ProgressSink | null;
  checkAbort: () => void;
  signal?: AbortSignal;
  decoder?: 'auto' | 'binary' | 'js';
  now: string;
  /** Where the run writes and what it reads (run-steps.ts outputPlacesOf): a worker's file error in OUTDIR stops the run. */
  outputPlaces: OutputPlaces;
  /** What the progress line calls the pages not converted: 'unchanged' (an update) or 'already done' (a resume). */
  skippedAs: 'unchanged' | 'already done';
  onProgress?: (phase: 'index' | 'convert', done: number, total: number | null, bytes: number) => void;
  /** A worker's place was given up (it and its retry could not start); the run goes on with `workers`. */
  onPlaceLost?: (reason: string, workers: number) => void;
  /** A line to print as a warning (a page whose file name the file system refuses). */
  warn?: (line: string) => void;
}

export interface ConvertPassResult {
  converted: number;
  skipped: number;
  bytes: number;
  interrupted: boolean;
  feed: FeedMode;
  fileSeconds: number;
  filesWritten: number;
  /** Workers that died mid-run (replaced; see RunTimings.workerLosses) and places given up (pool.ts); none when nothing was converted. */
  workersDied: number;
  placesGivenUp: PlaceGivenUp[];
  /** Conversion workers started (places, not replacements): --jobs, or fewer when there were fewer pages to convert; 0 when none. */
  workers: number;
  /** What did not fit in the multistream index (the warning printed, without "warning: "), when the main thread decoded the dump again because of it. */
  indexMisfit?: string;
}

/**
 * Page names refused one after another, no page written between them, that make it the output's
 * fault and not the pages' (exit 4, as any other write into OUTDIR that fails): a file system
 * that refuses every name (OUTDIR's path itself past the limit, a mount that takes no such names).
 * Long titles come in runs too (a series of articles), so not a handful. Counted as results come
 * back, when every worker holds up to IN_FLIGHT (pool.ts, 2) batches of up to BATCH_PAGES (200):
 * those are converted before the run stops, up to jobs × 400 pages of work that is not recorded
 * and that --resume does again.
 */
export const REFUSALS_IN_A_ROW = 100;

/** Results recorded in one checkpoint transaction, at most; and at least every this many ms. */
const CHECKPOINT_RESULTS = 1000;
const CHECKPOINT_MS = 1000;

export async function convertPass(
  db: DB,
  input: DumpInput,
  o: ConvertPassOptions,
): Promise<ConvertPassResult> {
  dropMovedRefusals(db);
  const fileCount = db.prepare("SELECT count(*) FROM files WHERE kind IN ('page', 'category', 'raw') AND page_id IS NOT NULL").pluck().get() as number;
  const workQuery = db.prepare(WORK_QUERY);
  const total = db.prepare(`SELECT count(*) ${WORK_ROWS}`).pluck().get(o.fingerprint) as number;
  const skipped = fileCount - total;
  if (total === 0) return { converted: 0, skipped, bytes: 0, interrupted: false, feed: 'none', fileSeconds: 0, filesWritten: 0, workersDied: 0, placesGivenUp: [], workers: 0 };

  // Work in dump order, fetched in chunks (the connection must stay free for checkpoints).
  let cursor: [number, string] = [-1, ''];
  let chunk: WorkRow[] = [];
  let at = 0;
  const nextWork = (): WorkRow | null => {
    if (at >= chunk.length) {
      chunk = workQuery.all(o.fingerprint, cursor[0], cursor[1]) as WorkRow[];
      at = 0;
      if (!chunk.length) return null;
      const last = chunk[chunk.length - 1]!;
      cursor = [last.offset, last.file];
    }
    return chunk[at++]!;
  };

  // Checkpoint: results recorded in batched transactions, files already renamed into place. A
  // transaction of 1,000 results costs the main thread ~40 % less per result than one of 200
  // (0.35 against 0.55 s of CPU for 32,000 results); a kill loses at most the last second of
  // records, whose pages --resume converts again.
  const insertDone = db.prepare(`INSERT OR REPLACE INTO done
    (file, page_id, kind, rev, fingerprint, ns, bytes, warnings, warning_codes, fallbacks, unhandled, categories, failed, variant_title, lookups)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const replaceCategories = categoryReplacer(db);
  const insText = db.prepare('INSERT OR REPLACE INTO category_text(page_id, markdown) VALUES (?, ?)');
  const insWritten = db.prepare('INSERT OR REPLACE INTO written(file, hash) VALUES (?, NULL)');
  let pending: PageResult[] = [];
  let lastFlush = Date.now();
  let converted = 0;
  let bytes = 0;
  let filesWritten = 0;
  const record = db.transaction((results: PageResult[]) => {
    for (const r of results) {
      insertDone.run(
        r.file, r.id, r.kind, r.rev, r.refusedName ? REFUSED_NAME : o.fingerprint, r.ns, r.bytes, r.warnings, JSON.stringify(r.warningCodes),
        JSON.stringify(r.fallbacks), JSON.stringify(r.unhandled), JSON.stringify(r.writtenCategories ?? r.categories), r.failed ?? null,
        r.variantTitle ?? null, keysToBlob(r.lookups ?? NO_KEYS), // none: raw wikitext, a page written as its source (no update redoes it for another's sake)
      );
      if (r.kind !== 'raw' && !r.failed) replaceCategories(r.id, r.categories);
      if (r.kind === 'category') insText.run(r.id, r.markdown ?? '');
      else if (!r.refusedName) {
        insWritten.run(r.file);
        filesWritten++;
      }
    }
  });
  const flush = () => {
    if (!pending.length) return;
    record(pending);
    pending = [];
    lastFlush = Date.now();
  };
  const progress = new Progress(o.sink, 'convert', total);
  let refusedInARow = 0;
  let refused = 0;
  const refusedFiles = new Set<string>();
  let pagesWritten = 0;
  /** A page whose name the file system refused fails alone (see REFUSED_NAME) until refusals repeat (REFUSALS_IN_A_ROW). */
  const noteRefusals = (results: PageResult[]) => {
    for (const r of results) {
      if (r.refusedName) {
        refused++;
        refusedFiles.add(r.file);
        refusedInARow++;
        // The file named: a raw namespace's .wikitext refused is not the page's Markdown.
        o.warn?.(`warning: ${r.refusedName.title}: ${refusedNameFailure(r.file, r.refusedName.reason)}`);
        if (refusedInARow >= REFUSALS_IN_A_ROW) throw refusedNames(`${refusedInARow} file names in a row (the last ${r.file}: ${r.refusedName.reason})`);
      } else if (r.kind !== 'category') {
        refusedInARow = 0;
        pagesWritten++;
      }
    }
  };
  const onResults = (results: PageResult[]) => {
    noteRefusals(results);
    pending.push(...results);
    converted += results.length;
    for (const r of results) bytes += r.bytes;
    if (pending.length >= CHECKPOINT_RESULTS || Date.now() - lastFlush > CHECKPOINT_MS) flush();
    progress.update(converted, converted, bytes);
    o.onProgress?.('convert', converted, total, bytes);
  };

  // A page that kills its worker even when converted alone is written as its source.
  const site = siteFromInfo(o.siteInfo);
  const onFailed = (job: JobInput, reason: string) => {
    const items = jobItems(job);
    if (job.type === 'located') {
      // The worker died with the text: read it here, to write the page as its source.
      const fd = fs.openSync(input.path, 'r');
      try {
        for (let i = 0; i < items.length; i++) items[i] = { ...items[i]!, text: readPageAt(fd, job.items[i]!).text };
      } catch {
        // the file changed: the page is linked to the live wiki instead
      } finally {
        fs.closeSync(fd);
      }
    }
    const results: PageResult[] = items.map((item) => {
      const body = item.text !== undefined
        ? `\`\`\`\`wikitext\n${item.text}\n\`\`\`\`\n`
        : `[${item.title}](${liveUrl(site, item.title)})\n`;
      const markdown = `# ${item.title}\n\n${body}`;
      const result: PageResult = {
        id: item.id, rev: item.rev, kind: item.kind, file: item.file, ns: item.ns, bytes: Buffer.byteLength(item.text ?? ''),
        warnings: 0, warningCodes: {}, fallbacks: [], unhandled: {}, categories: [],
        markdown: item.kind === 'category' ? markdown : undefined, failed: `the conversion worker died: ${reason}`,
      };
      if (item.kind !== 'category') {
        const full = path.join(o.outDir, item.file);
        try {
          writeFileReplacing(full, item.kind === 'raw' ? (item.text ?? '') : markdown);
        } catch (err) {
          // Its name refused: this page fails alone, as in a worker (noteRefusals warns and counts).
          const refusal = nameRefusal(err, full);
          if (refusal === null) throw err;
          result.refusedName = { title: item.title, reason: refusal };
          // Both said in REPORT.md: the name is the next run's to try, the crash the page's own.
          result.failed = `${refusedNameFailure(item.file, refusal)}; and ${result.failed}`;
        }
      }
      return result;
    });
    onResults(results);
  };
  // Workers that cannot start stop the run, resumable: the checkpoint holds every page written.
  // Called after the pool is closed and the last results flushed, so the count is all that is saved.
  const asRunError = (err: unknown): unknown => {
    if (!(err instanceof WorkerStartError)) return err;
    const saved = converted > 0 ? `; ${converted} pages converted in this run are saved` : '';
    return new MirrorError(EXIT.WORKERS, `${err.message}${saved}. Once the cause is fixed, run again with --resume to continue`, true);
  };
  // A worker costs its start (loading and compiling the engine, opening the index): a 3-page
  // update under --jobs 8 has work for 3 of them. (total > 0 here, and run.ts makes jobs at least 1.)
  const workers = Math.min(o.jobs, total);
  let pool: WorkerPool;
  try {
    pool = await WorkerPool.start(workers, {
      dbPath: db.name,
      outDir: o.outDir,
      siteInfo: o.siteInfo,
      converter: o.converter,
      output: o.output,
      now: o.now,
      input,
    }, onResults, onFailed, {
      signal: o.signal,
      onPlaceLost: o.onPlaceLost,
      isOutputFailure: (err) => outputWriteFailure(err, o.outputPlaces) !== null,
    });
  } catch (err) {
    if (!(err instanceof Interrupted)) throw asRunError(err);
    progress.finish('interrupted while the conversion workers started');
    return { converted: 0, skipped, bytes: 0, interrupted: true, feed: 'none', fileSeconds: 0, filesWritten: 0, workersDied: 0, placesGivenUp: [], workers: 0 };
  }
  let interrupted = false;
  let failure: unknown = null;
  let feed: FeedMode = 'none';
  let indexMisfit: string | undefined;
  const misfit = (what: string) => {
    indexMisfit = what;
    o.warn?.(`warning: ${what}`);
  };
  const onAbort = () => pool.abort(new Interrupted('interrupted'));
  o.signal?.addEventListener('abort', onAbort);
  // Ctrl-C between start() and here fired no listener.
  if (o.signal?.aborted) onAbort();
  try {
    const indexed = input.compression === 'bzip2' && input.multistreamIndex !== null;
    const unlisted = indexed ? (db.prepare('SELECT count(*) FROM pages WHERE stream IS NULL').pluck().get() as number) : 0;
    let byStream = indexed && unlisted === 0;
    if (indexed && unlisted > 0) {
      // An index missing lines (damaged, or of an older copy) is no index to decode by; said, as the misfits below.
      const first = db.prepare('SELECT id, title FROM pages WHERE stream IS NULL ORDER BY id LIMIT 1').get() as { id: number; title: string };
      misfit(`the multistream index ${input.multistreamIndex} lists no stream for ${unlisted} page${unlisted === 1 ? '' : 's'} of this dump (the first: id ${first.id} "${first.title}"); the dump is decoded again in one thread instead`);
    }
    const misplaced = byStream ? misplacedStream(db, input) : null;
    if (misplaced !== null) {
      byStream = false;
      misfit(`the multistream index ${input.multistreamIndex} does not fit this dump (no bzip2 stream at byte ${misplaced}, where it puts one); the dump is decoded again in one thread instead`);
    }
    feed = byStream ? 'stream' : input.compression === 'none' && input.path !== '-' ? 'located' : 'sequential';
    if (feed === 'stream') {
      await feedStreams(db, input, pool, nextWork, o.checkAbort);
      await pool.drain();
      flush();
      // Pages the index filed under a stream that does not hold them: no worker found them. Left
      // out, they would be missing with no word; the main thread decodes the dump again for them.
      cursor = [-1, ''];
      chunk = [];
      at = 0;
      const left = () => {
        for (let row = nextWork(); row; row = nextWork()) if (!refusedFiles.has(row.file)) return row;
        return null;
      };
      const first = left();
      if (first) {
        misfit(`the multistream index ${input.multistreamIndex} puts pages in bzip2 streams that do not hold them (the first: id ${first.id} "${first.title}"); the dump is decoded again in one thread for those`);
        let pushed: WorkRow | null = first;
        await feedSequential(input, pool, () => { const r = pushed ?? left(); pushed = null; return r; }, o.checkAbort, o.decoder);
      }
    } else if (feed === 'located') await feedLocated(pool, nextWork, o.checkAbort);
    else await feedSequential(input, pool, nextWork, o.checkAbort, o.decoder);
    await pool.drain();
  } catch (err) {
    if (err instanceof Interrupted) interrupted = true;
    else failure = err;
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    await pool.close();
    flush();
  }
  if (failure !== null) throw asRunError(failure);
  // Every name refused and no page file in the mirror at all: nothing says any name would do.
  // Not when interrupted: Ctrl-C is the user's stop (130), and the pages not tried may have taken their names.
  if (!interrupted && refused > 0 && pagesWritten === 0 && db.prepare("SELECT 1 FROM done WHERE kind != 'category' AND fingerprint != ? LIMIT 1").get(REFUSED_NAME) === undefined) {
    throw refusedNames(`every page file's name (${refused} page${refused === 1 ? '' : 's'})`);
  }
  progress.finish(`${converted} pages converted (${skipped} ${o.skippedAs}), ${formatBytes(bytes)} of wikitext`);
  return { converted, skipped, bytes, interrupted, feed, fileSeconds: pool.fileSeconds, filesWritten, workersDied: pool.workersDied, placesGivenUp: pool.placesGivenUp, workers, ...(indexMisfit ? { indexMisfit } : {}) };
}

/**
 * A refused name's row (REFUSED_NAME) whose file the plan no longer gives that page: the page was
 * moved or deleted, and its old path may now be another page's or a redirect stub's. It is no
 * failure of this dump, and left in place it would keep every run at exit 1, be reported under
 * the old title and hide the new file from the index; removeStale would never drop it, as the
 * file is still planned. Rows of pages this dump damaged and kept (info keptPages) stay, as there.
 * A scan of done per run, as index() and buildReport make.
 */
export function dropMovedRefusals(db: DB): void {
  db.prepare(
    `DELETE FROM done WHERE fingerprint = @refused
       AND NOT EXISTS (SELECT 1 FROM files f WHERE f.file = done.file AND f.page_id = done.page_id AND f.kind IN ('page', 'raw'))
       AND page_id NOT IN (SELECT value FROM json_each(@kept))`,
  ).run({ refused: REFUSED_NAME, kept: getInfo(db, 'keptPages') ?? '[]' });
}

/** Refused names that are the output's fault (exit 4), resumable as any failed write into OUTDIR; the assembly's too (compose.ts). */
export function refusedNames(what: string): MirrorError {
  return new MirrorError(EXIT.OUTPUT, `the file system refuses ${what}; what was finished is saved. Once the cause is fixed (a file system that takes these names), run again with --resume to continue`, true);
}
