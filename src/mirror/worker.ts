/**
 * A conversion worker: receives batches of pages (or a multistream stream range to decode
 * itself), converts each with the injected converter and a link resolver backed by the index
 * (SQLite opened read-only), writes each file atomically (temp file + rename, so a kill never
 * leaves half a page), and reports per-page results for the checkpoint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFragment, readPageTextAt } from '../dump/reader.js';
import { encodeScratch, encodeUtf8 } from '../dump/utf8.js';
import { openDatabase } from '../index/db.js';
import { pageOptions } from './page-options.js';
import { errorWithPlace } from './errors.js';
import { nameRefusal, withFileNamed } from './out-dir.js';
import { refusedNameFailure, SCRATCH_DIR, STATE_DIR } from './types.js';
import type { ConvertFn, LocatedItem, PageResult, SystemErrorFields, WorkerInit, WorkerRequest, WorkerResponse, WorkItem, WorkPage } from './types.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const db = openDatabase(init.dbPath, { readonly: true, cacheMb: 16 });
/** The link resolver, template source and upload sites every page converts with (page-options.ts). */
const { base: baseOptions, uploadSites, lookups } = pageOptions(init, db);

/** The output's UTF-8 bytes are made in these buffers (dump/utf8.ts encodeUtf8). */
const encodeBuffers = encodeScratch();

/**
 * Each page is written to this worker's scratch file in the state folder, then renamed into
 * place, so a kill never leaves a half-written page. The scratch file lives outside `Page/`: a
 * temporary name created and removed again in a folder of a million entries cost the kernel as
 * much as the page's own entry, and one left behind by a kill would sit among the pages.
 *
 * Each worker has a folder of its own: creating a file holds its folder's lock while the kernel
 * looks for a free inode (25 µs, or some hundreds after a mass deletion on ext4 without a
 * journal), and a rename holds both folders' locks; with one shared folder the other worker's
 * creation or rename waited on that lock, much of it spinning (rwsem_spin_on_owner: 0.97 % and
 * 0.21 % of a worker's CPU samples in two `perf record`s of 346 MB conversions while file creation
 * was slow after a mass deletion; none seen while it was fast).
 */
const scratchDir = path.join(init.outDir, STATE_DIR, SCRATCH_DIR, `worker-${threadId}`);
fs.mkdirSync(scratchDir, { recursive: true });
const scratchFile = path.join(scratchDir, 'page.tmp');

/**
 * Wall time spent creating and renaming page files in the current job (openSync + renameSync),
 * reported with its results: on a disk shared with others, creating a file costs ~25 µs or, for
 * minutes after someone's mass deletion, 150–700 µs of kernel time, and the benchmark shows it.
 */
let fileSeconds = 0;

/** Write `full` (a path inside OUTDIR) through this worker's scratch file, renamed into place. */
function writeAtomic(full: string, content: string): void {
  const { bytes, size } = encodeUtf8(content, encodeBuffers);
  let t0 = performance.now();
  const fd = fs.openSync(scratchFile, 'w');
  let spent = performance.now() - t0;
  try {
    for (let at = 0; at < size; ) at += fs.writeSync(fd, bytes, at, size - at);
  } finally {
    fs.closeSync(fd);
  }
  t0 = performance.now();
  fs.renameSync(scratchFile, full);
  spent += performance.now() - t0;
  fileSeconds += spent / 1000;
}

/**
 * writeAtomic, with the page's file named on an error that names none (write(2)'s: a full disk).
 * A name the file system refuses fails this page alone: it is marked so and not written, and the
 * run goes on (convert-pass.ts decides when such refusals are the output's fault after all).
 */
function writePage(result: PageResult, page: WorkPage, content: string): void {
  const full = path.join(init.outDir, page.file);
  try {
    writeAtomic(full, content);
  } catch (err) {
    const refusal = nameRefusal(err, full);
    if (refusal === null) throw withFileNamed(err, full);
    result.refusedName = { title: page.title, reason: refusal };
    result.failed = refusedNameFailure(page.file, refusal);
  }
}

/** A file system error's fields, for the pool to tell OUTDIR that cannot be written from a page's fault. */
function systemFields(err: unknown): SystemErrorFields | undefined {
  if (!(err instanceof Error)) return undefined;
  const { code, syscall, path: file, dest } = err as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string') return undefined;
  return { code, message: err.message, ...(syscall !== undefined ? { syscall } : {}), ...(file !== undefined ? { path: file } : {}), ...(dest !== undefined ? { dest } : {}) };
}

/**
 * The page's size in UTF-8 bytes: the dump states it (`<text bytes=…>`); counting it again is a
 * pass over the whole text. A stated size no UTF-8 text of this length can have is not believed.
 */
function utf8Size(page: WorkPage): number {
  const stated = page.bytes;
  return stated !== undefined && stated >= page.text.length && stated <= page.text.length * 3 ? stated : Buffer.byteLength(page.text);
}

function convertOne(convert: ConvertFn, page: WorkPage): PageResult {
  const result: PageResult = {
    id: page.id, rev: page.rev, kind: page.kind, file: page.file, ns: page.ns, bytes: utf8Size(page),
    warnings: 0, warningCodes: {}, fallbacks: [], unhandled: {}, categories: [],
  };
  if (page.kind === 'raw') {
    writePage(result, page, page.text);
    return result;
  }
  let markdown: string;
  // What the page asks the index about from here on is what an update run checks it against.
  lookups.clear();
  try {
    const out = convert(page.text, { ...baseOptions, site: uploadSites.forFile(page.file), title: page.title });
    markdown = out.markdown;
    result.warnings = out.warnings.length;
    for (const w of out.warnings) result.warningCodes[w.code] = (result.warningCodes[w.code] ?? 0) + 1;
    result.fallbacks = out.meta.fallbacks ?? [];
    result.unhandled = out.meta.unhandledTemplates ?? {};
    result.categories = (out.meta.categories ?? []).map((c) => [c.name, c.sortKey]);
    if (out.meta.writtenCategories) result.writtenCategories = out.meta.writtenCategories.map((c) => [c.name, c.sortKey]);
    if (out.meta.variantTitle) result.variantTitle = out.meta.variantTitle;
  } catch (err) {
    // The engine must not throw; if it does, the page still exists, as its source.
    result.failed = (err as Error).message?.split('\n')[0] ?? String(err);
    markdown = `# ${page.title}\n\n\`\`\`\`wikitext\n${page.text}\n\`\`\`\`\n`;
  }
  result.lookups = lookups.take();
  if (page.kind === 'category') result.markdown = markdown;
  else writePage(result, page, markdown);
  return result;
}

/**
 * A work item with its text, field by field: spreading the item (an object the message's
 * deserializer made) and the read text into a new object took ~1.5 µs a page in V8's generic
 * copy (a microbenchmark of 200-item messages; this literal ~0.03 µs; ~2 µs against ~0.1 µs a page
 * with readLocated's result object counted). `satisfies` makes the compiler ask for every field,
 * optional ones too, so that a field added to WorkPage later is not dropped silently.
 */
function workPage(item: WorkItem, text: string, bytes: number | undefined): WorkPage {
  return {
    id: item.id, kind: item.kind, file: item.file, title: item.title, ns: item.ns, rev: item.rev, text, bytes,
  } satisfies { [K in keyof Required<WorkPage>]: WorkPage[K] };
}

/** The dump file, for pages read by offset (plain XML); opened on first use. */
let dumpFd: number | null = null;
const scratch = { buffer: Buffer.allocUnsafe(1 << 20) };

function readLocated(item: LocatedItem): { text: string; bytes: number } {
  dumpFd ??= fs.openSync(init.input.path, 'r');
  return readPageTextAt(dumpFd, item, scratch);
}

async function main(): Promise<void> {
  const mod = (await import(init.converter.module.startsWith('file:') ? init.converter.module : pathToFileURL(init.converter.module).href)) as Record<string, unknown>;
  const convert = mod[init.converter.exportName] as ConvertFn | undefined;
  if (typeof convert !== 'function') throw new Error(`converter ${init.converter.exportName} not found in ${init.converter.module}`);
  port.on('message', (msg: WorkerRequest) => {
    void handle(convert, msg);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerResponse);
}

/**
 * Each job's lookups (link targets, templates) share one read transaction: outside a transaction
 * SQLite takes and drops its WAL read lock for every statement (two fcntl calls each: 178,000 on
 * a 150 MB dump). A job lasts about a second; in WAL mode the main thread's checkpoint writes are
 * not blocked by it.
 */
const beginRead = db.prepare('BEGIN');
const endRead = db.prepare('COMMIT');

let queue = Promise.resolve();
function handle(convert: ConvertFn, msg: WorkerRequest): Promise<void> {
  // Jobs run one at a time, in arrival order.
  queue = queue.then(async () => {
    beginRead.run();
    fileSeconds = 0;
    try {
      let results: PageResult[];
      let xmlBytes = 0;
      if (msg.type === 'pages') {
        results = msg.pages.map((p) => convertOne(convert, p));
        for (const p of msg.pages) xmlBytes += p.text.length;
      } else if (msg.type === 'located') {
        results = msg.items.map((item) => {
          xmlBytes += item.length;
          const read = readLocated(item);
          return convertOne(convert, workPage(item, read.text, read.bytes));
        });
      } else {
        results = [];
        const wanted = new Map<number, WorkItem>(msg.wanted.map((w) => [w.id, w]));
        try {
          for await (const page of readFragment(init.input, { start: msg.start, end: msg.end })) {
            xmlBytes += page.length;
            const item = wanted.get(page.id);
            if (item) results.push(convertOne(convert, workPage(item, page.text, page.bytes)));
          }
        } catch (err) {
          // A truncated or damaged last stream: pass one already reported it; keep what was converted.
          const kind = (err as { kind?: string }).kind;
          if (kind !== 'truncated' && kind !== 'corrupt') throw err;
        }
      }
      port.postMessage({ type: 'done', job: msg.job, results, xmlBytes, fileSeconds } satisfies WorkerResponse);
    } catch (err) {
      const system = systemFields(err);
      port.postMessage({ type: 'error', job: msg.job, message: errorWithPlace(err), ...(system ? { system } : {}) } satisfies WorkerResponse);
    } finally {
      if (db.inTransaction) endRead.run();
    }
  });
  return queue;
}

// A start that throws here (loading the converter) is reported with where it was thrown, or, when
// its stack names no place but this file (a converter that does not compile), with the converter's
// file; one that throws above (the index, the page options) reaches the pool as the worker's
// 'error' event.
const converterFile = init.converter.module.startsWith('file:') ? fileURLToPath(init.converter.module) : init.converter.module;
main().catch((err) => {
  const message = errorWithPlace(err, { ownFile: fileURLToPath(import.meta.url), instead: converterFile });
  // A file system error (a converter's temporary file on a full disk) goes with its fields, for the
  // pool to tell an output failure (exit 4, as mid-run) from a worker that cannot start (71).
  const system = systemFields(err);
  port.postMessage({ type: 'error', job: -1, message, ...(system ? { system } : {}) } satisfies WorkerResponse);
});
