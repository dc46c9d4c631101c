/**
 * The whole dump → Markdown mirror, in three steps and a plan:
 *  1. index (index-pass.ts): stream the dump once into SQLite (titles, redirects, categories,
 *     template text);
 *     plan (plan-pass.ts): every page its file; what an update must convert again;
 *  2. convert (convert-pass.ts): content pages through the converter in worker threads, with links
 *     resolved by the index; every finished page is checkpointed, so an interrupted run resumes
 *     where it stopped and a re-run on a newer dump converts only revisions that changed;
 *  3. assemble (compose.ts): category pages, redirect stubs, redirects.tsv, index.tsv/json, report;
 *     files of pages that left the dump are removed.
 * The run's bookkeeping lives beside it: OUTDIR and its lock (out-dir.ts), what an index and a
 * checkpoint were made from (run-identity.ts), the report and the exit code (run-report.ts).
 * This file is the frame around a run (the input looked at first, OUTDIR locked, the database
 * opened, failures turned into exit codes, the folder of a first run on no dump taken away again);
 * the steps themselves, in order, are run-steps.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeInput } from '../dump/input.js';
import { openDatabase, type DB } from '../index/db.js';
import type { ImageMode } from '../engine/types.js';
import type { ProgressSink } from './progress.js';
import type { Report } from './report.js';
import { STATE_DB, STATE_DIR, type ConverterRef } from './types.js';
import { EXIT, Interrupted, MirrorError } from './errors.js';
import { outputWriteFailure, prepareOutDir } from './out-dir.js';
import { outputPlacesOf, runSteps } from './run-steps.js';

/**
 * The run's own connection's page cache. With SQLite's default here (64 MB) the index pass filled
 * it as the index grew and its pages stayed beside the workers' heaps for the whole conversion
 * (glibc keeps freed pages, so narrowing it later gave nothing back): on the 3.2 GB bench dump
 * (103 MB of index and state) the main thread held 182–201 MB as the conversion started, 156–167
 * with 16 MB (the readings of docs/mirror-measurements.md, session 16), with the index pass 5.3–5.7 s of CPU
 * either way and the plan 0.7–0.8 s. The checkpoint (a replay of that run's 96,037 results: 8.8–9.4 µs a result either way) and the
 * assembly (a re-run that only assembles: 1.48 s of user CPU against 1.56–1.61) do not need more.
 */
const RUN_CACHE_MB = 16;

export { EXIT, MirrorError } from './errors.js';
export { DEFAULT_CONVERTER, missingConverterError } from './run-steps.js';

export interface MirrorOptions {
  dump: string;
  outDir: string;
  jobs?: number;
  namespaces?: number[];
  rawNamespaces?: number[];
  minSize?: number;
  /** null: the seed's default (on for zh wikis). */
  attribution?: boolean | null;
  images?: ImageMode;
  /** `--upload-base` (see PageOutputOptions.uploadBase). */
  uploadBase?: string;
  variant?: string | null;
  frontMatter?: boolean;
  expandTemplates?: boolean;
  resume?: boolean;
  converter?: ConverterRef;
  decoder?: 'auto' | 'binary' | 'js';
  /** Where progress goes (default stderr); null for none. */
  progress?: ProgressSink | null;
  log?: (line: string) => void;
  signal?: AbortSignal;
  /** Called as each step starts (for benchmarks: time and CPU per step). */
  onPhase?: (phase: 'index' | 'plan' | 'convert' | 'assemble' | 'done') => void;
  /** Called as work advances: pages done (of total, when known) and bytes of wikitext. */
  onProgress?: (phase: 'index' | 'convert', done: number, total: number | null, bytes: number) => void;
}

export interface MirrorResult {
  exitCode: number;
  report: Report;
  message: string | null;
}

export async function runMirror(opts: MirrorOptions): Promise<MirrorResult> {
  const t0 = Date.now();
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const sink = opts.progress === undefined ? process.stderr : opts.progress;
  const outDir = path.resolve(opts.outDir);
  const stateDir = path.join(outDir, STATE_DIR);
  // A mistyped dump path must not leave an output folder behind: look at the input first.
  if (opts.dump !== '-') {
    try {
      describeInput(opts.dump);
    } catch (err) {
      throw new MirrorError(EXIT.INPUT, (err as Error).message);
    }
  }
  const outDirExisted = fs.existsSync(outDir);
  const stateExisted = fs.existsSync(stateDir);
  const releaseLock = prepareOutDir(outDir, stateDir);
  let unusableInput = false;
  const dbPath = path.join(stateDir, STATE_DB);
  // Not an internal error: the checkpoint holds what was finished, and the run goes on once there is room.
  const asOutputFailure = (err: unknown): unknown => {
    const unwritable = outputWriteFailure(err, outputPlacesOf(outDir, stateDir, opts.dump));
    return unwritable === null ? err : new MirrorError(EXIT.OUTPUT, `${unwritable}; what was finished is saved. Once the cause is fixed, run again with --resume to continue`, true);
  };
  try {
    let db: DB;
    try {
      // A full disk can stop the run here already (SQLite writes as it opens: the WAL, the schema).
      db = openDatabase(dbPath, { cacheMb: RUN_CACHE_MB });
    } catch (err) {
      throw asOutputFailure(err);
    }
    try {
      return await runSteps(opts, db, outDir, stateDir, log, sink, t0);
    } catch (err) {
      if (err instanceof Interrupted || (opts.signal?.aborted && !(err instanceof MirrorError))) {
        throw new MirrorError(EXIT.INTERRUPTED, 'interrupted; what was finished is saved. Run again with --resume to continue', true);
      }
      unusableInput = err instanceof MirrorError && err.exitCode === EXIT.INPUT;
      throw asOutputFailure(err);
    } finally {
      db.close();
    }
  } finally {
    releaseLock();
    // A first run on a file that is no dump (or stops inside its header) wrote nothing but the
    // index folder: take it away again, with OUTDIR if this run made it, so that the next try
    // with the right file does not meet a half-made folder (and `serve` no unfinished run).
    if (unusableInput && !stateExisted) {
      fs.rmSync(stateDir, { recursive: true, force: true });
      if (!outDirExisted) fs.rmSync(outDir, { recursive: true, force: true });
    }
  }
}
