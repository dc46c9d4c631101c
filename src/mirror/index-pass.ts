/**
 * Step 1 of the mirror (run.ts): the dump streamed once into the SQLite index, and the categories
 * of unchanged pages put back after the index was rebuilt.
 */
import fs from 'node:fs';
import { DumpReader } from '../dump/reader.js';
import type { DumpInput } from '../dump/input.js';
import { MultistreamIndex } from '../dump/multistream.js';
import { DumpError, type PageProblem, type SiteInfo } from '../dump/types.js';
import { IndexBuilder, resolveRedirects, type IndexSummary } from '../index/builder.js';
import { columnsOf, dropPreviousIndex, getInfo, getState, PREVIOUS_TABLES, putState, resetIndex, setAsideIndex, setInfo, setState, type DB } from '../index/db.js';
import { BadPageList, namespaceOfTitle, titleProblem } from './bad-pages.js';
import { formatBytes, Progress, type ProgressSink } from './progress.js';
import { EXIT, Interrupted, MirrorError } from './errors.js';
import type { MirrorOptions } from './run.js';
import { categoryReplacer, type CategoryEntry } from './page-categories.js';
import { WORK_ROWS } from './convert-pass.js';

/** The index pass; returns the bytes of XML read. */
export async function indexPass(
  db: DB,
  input: DumpInput,
  opts: MirrorOptions,
  jobs: number,
  spool: string,
  sink: ProgressSink | null,
  checkAbort: () => void,
  /** Throws to refuse the dump once its siteinfo is read, before the index is touched. */
  checkSite: (info: SiteInfo) => void = () => {},
): Promise<number> {
  const minSize = opts.minSize ?? 0;
  const tee = input.path === '-' ? fs.openSync(spool, 'w') : undefined;
  let reader: DumpReader;
  try {
    // bzip2 decoding is the slow part of this pass: a multistream dump is decoded on every core.
    // The index needs few page texts decoded (xmlText: see src/dump/page.ts).
    reader = await DumpReader.open(input.path, { decoder: opts.decoder, tee, decodeJobs: jobs, xmlText: true, checkUtf8: true, listBadPages: true });
  } catch (err) {
    if (tee !== undefined) fs.closeSync(tee);
    if (err instanceof DumpError) throw new MirrorError(EXIT.INPUT, `${opts.dump}: ${err.message}`);
    throw err;
  }
  try {
    checkSite(reader.siteInfo);
  } catch (err) {
    await reader.close();
    if (tee !== undefined) fs.closeSync(tee);
    throw err;
  }
  // An update run keeps the previous index's rows aside for the pages this dump damaged
  // (restoreKeptPages); a first run has nothing to keep.
  if (db.prepare('SELECT 1 FROM done LIMIT 1').get() !== undefined) setAsideIndex(db);
  else {
    dropPreviousIndex(db);
    resetIndex(db);
  }
  const site = reader.site;
  setInfo(db, 'siteinfo', JSON.stringify(reader.siteInfo));
  const builder = new IndexBuilder(db, site, { minSize });
  setInfo(db, 'chars', String(minSize));
  const streams = input.multistreamIndex ? new MultistreamIndex(input.multistreamIndex) : null;
  const progress = new Progress(sink, 'index', input.size);
  let truncated: DumpError | null = null;
  const bad = new BadPageList();
  // A skipped page whose id is readable but whose title is not keeps what an earlier run wrote for
  // it (the run state's done rows survive resetIndex): an update run must not delete the last good
  // copy of a page because this dump damaged it. compose.ts removeStale spares the files of these
  // ids. A page whose title is readable is not kept: the title may have moved or be another page's
  // (a file the new plan gives to a redirect or a page would be overwritten anyway).
  const convertedBefore = db.prepare('SELECT 1 FROM done WHERE page_id = ? LIMIT 1').pluck();
  const keptIds: number[] = [];
  const keepPrevious = (p: PageProblem): PageProblem => {
    if (p.id === null || p.title || !p.skipped || convertedBefore.get(p.id) === undefined) return p;
    keptIds.push(p.id);
    return { ...p, problem: `${p.problem}, previous version kept` };
  };
  let bytes = 0;
  try {
    for await (const page of reader.pages()) {
      const found = reader.takeBadPages();
      if (found.length > 0) bad.scanned(found.map(keepPrevious));
      bad.reached(page.offset);
      // A page without <ns>: its title's prefix is all there is to tell the namespace by.
      if (page.nsMissing) page.ns = namespaceOfTitle(site, page.title);
      const wrongTitle = titleProblem(site, page);
      if (wrongTitle !== null) {
        bad.add(keepPrevious({ offset: page.offset, id: page.id, title: page.title, problem: wrongTitle.problem, skipped: wrongTitle.skip }));
        if (wrongTitle.skip) continue;
      }
      // Kept: a page whose revisions were left out of the export is a page all the same.
      if (page.noRevision) {
        bad.add({ offset: page.offset, id: page.id, title: page.title, problem: 'has no <revision>; converted as an empty page', skipped: false });
      }
      builder.add(page, streams ? await streams.streamOf(page.id) : null);
      bytes += page.bytes;
      opts.onProgress?.('index', builder.pages, null, bytes);
      progress.update(reader.inBytes, builder.pages, reader.outBytes);
      if ((builder.pages & 255) === 0) checkAbort();
    }
  } catch (err) {
    // Ctrl-C also reaches a bzip2 child: its death is the interruption, not a data error.
    if (opts.signal?.aborted) throw new Interrupted('interrupted');
    if (!(err instanceof DumpError)) throw err;
    if (err.kind !== 'truncated') throw new MirrorError(EXIT.INPUT, `${opts.dump}: ${err.message}`);
    truncated = err;
    if (inDecompressedXmlOffsets(input, reader)) truncated = new DumpError('truncated', inDecompressedXml(err.message, input, reader.inBytes), err.offset, err.lastGood);
  } finally {
    // Pages skipped after the last good one (or in a dump with none).
    bad.scanned(reader.takeBadPages().map(keepPrevious));
    bad.finish();
    if (tee !== undefined) fs.closeSync(tee);
    await streams?.close();
  }
  const summary = builder.finish();
  progress.finish(`${summary.pages} pages, ${summary.redirects} redirects, ${formatBytes(reader.outBytes)} of XML`);
  setInfo(db, 'summary', JSON.stringify({ ...summary, problems: summary.problems.slice(0, 1000) }));
  setInfo(db, 'truncated', JSON.stringify(truncated ? { message: truncated.message, offset: truncated.offset, lastGood: truncated.lastGood } : null));
  // Offsets count bytes of XML: of a compressed dump, not of the file (as for truncation above).
  const inDecompressed = inDecompressedXmlOffsets(input, reader);
  setInfo(db, 'badPages', JSON.stringify({ count: bad.count, listed: bad.listed, offsetsInDecompressedXml: inDecompressed }));
  setInfo(db, 'keptPages', JSON.stringify(keptIds));
  setInfo(db, 'xmlBytes', String(reader.outBytes));
  setInfo(db, 'complete', '1');
  return reader.outBytes;
}

/**
 * The scanner counts bytes of XML; of a compressed dump cut short, "truncated at byte 5671121"
 * named an offset past the end of a 1.5 MB file. Say whose bytes they are and where the
 * compressed data ended. (A damaged block is already named by the decoder's own message.)
 */
export function inDecompressedXml(message: string, input: DumpInput, compressedBytes: number): string {
  const kind = input.compression === 'none' ? 'compressed' : input.compression;
  return message.replace(
    /^dump truncated at byte (\d+)(?: \(inside the element starting at byte (\d+)\))?/,
    (_, at: string, inside: string | undefined) =>
      `dump truncated at byte ${at} of the decompressed XML (${inside ? `inside the element starting at byte ${inside}; ` : ''}the ${kind} data ends after ${compressedBytes} bytes)`,
  );
}

/**
 * The pages the index pass kept from an earlier run (info 'keptPages': skipped as damaged, their
 * id readable, their title not) back into the index from the previous one (setAsideIndex), with
 * their categories and text, so that index.tsv, their categories' pages and links still find
 * them. Only a page whose file was converted with these options (`fingerprint`) from the row's
 * revision, and whose id and title no page of this dump holds: anything else would be work for
 * the convert pass, which cannot read the page from this dump. Returns the ids put back; a no-op
 * without a previous index, and on a second call. The ids are also recorded (restoredPageIds), in
 * the same transaction: a run stopped before its plan finds them there when resumed.
 *
 * On an upgrade run the kept files were written by an older build, under one of `olderFingerprints`
 * (run-identity.ts fingerprintsOfOtherBuilds: more than one when an interrupted upgrade was resumed
 * by yet another build): those count too, or the page would leave index.tsv and its
 * categories and every reconverted page's links to it would break. Their checkpoint rows are
 * moved to this fingerprint (the convert pass cannot redo them from this dump: a row left under
 * an older one would be work for it), and remembered under the older one (state KEPT_OF_ANOTHER_BUILD):
 * once a dump no longer damages the page, its row goes back to the older fingerprint and the page
 * is converted again by this build, even with its revision unchanged.
 */
export function restoreKeptPages(db: DB, fingerprint: string, olderFingerprints: readonly string[] = []): number[] {
  const kept = JSON.parse(getInfo(db, 'keptPages') ?? '[]') as number[];
  releaseKeptOfAnotherBuild(db, kept);
  const olderJson = JSON.stringify(olderFingerprints.filter((f) => f !== fingerprint));
  const previousColumns = new Set(columnsOf(db, PREVIOUS_TABLES.pages));
  if (!kept.length || !previousColumns.size) return [];
  // An index an older build made may lack a column added since: those rows are not put back.
  const columns = columnsOf(db, 'pages');
  if (columns.some((c) => !previousColumns.has(c))) return [];
  const list = columns.join(', ');
  const keptIds = JSON.stringify([...new Set(kept)]);
  // Set-based: previous_categories lost its index (setAsideIndex), so a statement per page would
  // scan it once per kept page.
  const restored = db
    .prepare(
      `SELECT p.id FROM json_each(?) k JOIN ${PREVIOUS_TABLES.pages} p ON p.id = k.value
       WHERE EXISTS (SELECT 1 FROM done d WHERE d.page_id = p.id AND d.rev = p.rev AND (d.fingerprint = ? OR d.fingerprint ${IN_JSON_LIST}))
         AND NOT EXISTS (SELECT 1 FROM pages q WHERE q.id = p.id OR q.title = p.title)
       ORDER BY k.key`,
    )
    .pluck()
    .all(keptIds, fingerprint, olderJson) as number[];
  if (!restored.length) return [];
  const ids = JSON.stringify(restored);
  db.transaction(() => {
    db.prepare(`INSERT INTO pages (${list}) SELECT ${list} FROM ${PREVIOUS_TABLES.pages} WHERE id ${IN_JSON_LIST}`).run(ids);
    db.prepare(`INSERT INTO categories (page_id, category, sortkey) SELECT page_id, category, sortkey FROM ${PREVIOUS_TABLES.categories} WHERE page_id ${IN_JSON_LIST} ORDER BY rowid`).run(ids);
    db.prepare(`INSERT OR REPLACE INTO texts (page_id, text) SELECT page_id, text FROM ${PREVIOUS_TABLES.texts} WHERE page_id ${IN_JSON_LIST}`).run(ids);
    setInfo(db, RESTORED_INFO, JSON.stringify([...restoredPageIds(db), ...restored]));
    const rowsOfOlder = db.prepare(`SELECT DISTINCT page_id, fingerprint FROM done WHERE page_id ${IN_JSON_LIST} AND fingerprint ${IN_JSON_LIST}`).all(ids, olderJson) as Array<{ page_id: number; fingerprint: string }>;
    if (rowsOfOlder.length) {
      db.prepare(`UPDATE done SET fingerprint = ? WHERE page_id ${IN_JSON_LIST} AND fingerprint ${IN_JSON_LIST}`).run(fingerprint, ids, olderJson);
      const remembered = keptOfAnotherBuild(db);
      // The first fingerprint remembered is the one the file was written under: a page kept
      // through several builds must not take the last one's, which never wrote its file.
      for (const row of rowsOfOlder) remembered[row.page_id] ??= row.fingerprint;
      setState(db, KEPT_OF_ANOTHER_BUILD, JSON.stringify(remembered));
    }
  })();
  return restored;
}

/** A value in a JSON array bound as the parameter (a list of ids or fingerprints). */
const IN_JSON_LIST = 'IN (SELECT value FROM json_each(?))';

/** State key: page id → the older build's fingerprint, for kept pages whose rows restoreKeptPages moved to a newer build's. */
const KEPT_OF_ANOTHER_BUILD = 'keptOfAnotherBuild';

function keptOfAnotherBuild(db: DB): Record<string, string> {
  return JSON.parse(getState(db, KEPT_OF_ANOTHER_BUILD) ?? '{}') as Record<string, string>;
}

/** Pages moved to a newer build's rows that this dump does not damage (`kept`: those it does) go back to the older build's: converted again. */
function releaseKeptOfAnotherBuild(db: DB, kept: readonly number[]): void {
  const remembered = keptOfAnotherBuild(db);
  const stillKept = new Set(kept.map(String));
  const released = Object.keys(remembered).filter((id) => !stillKept.has(id));
  if (!released.length) return;
  const back = db.prepare('UPDATE done SET fingerprint = ? WHERE page_id = ?');
  db.transaction(() => {
    for (const id of released) {
      back.run(remembered[id]!, Number(id));
      delete remembered[id];
    }
    // None left: the key goes, not an empty '{}' for good.
    putState(db, KEPT_OF_ANOTHER_BUILD, Object.keys(remembered).length ? JSON.stringify(remembered) : null);
  })();
}

/** Info key: the ids restoreKeptPages put back into this index (and removeRestoredPages did not take out). */
const RESTORED_INFO = 'restored';

/** The pages restoreKeptPages put back into this index, in this run or in one stopped before its plan. */
export function restoredPageIds(db: DB): number[] {
  return JSON.parse(getInfo(db, RESTORED_INFO) ?? '[]') as number[];
}

/**
 * Of the pages restoreKeptPages put back, those the plan gave another file than the one their
 * conversion wrote (a page new in this dump whose title differs from theirs only in case may take
 * the plain name): they would be work for the convert pass (the same condition: WORK_ROWS).
 */
export function restoredNeedingWork(db: DB, ids: readonly number[], fingerprint: string): number[] {
  if (!ids.length) return [];
  return db
    .prepare(`SELECT f.page_id ${WORK_ROWS} AND f.page_id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(fingerprint, JSON.stringify(ids)) as number[];
}

/**
 * Redirects resolved again, and the index summary's redirect counts with them, once pages were put
 * back or taken out: the index pass resolved them without the pages restoreKeptPages puts back.
 */
export function resolveRedirectsAgain(db: DB): void {
  const summary = JSON.parse(getInfo(db, 'summary')!) as IndexSummary;
  const resolved = resolveRedirects(db);
  setInfo(db, 'summary', JSON.stringify({ ...summary, ...resolved, problems: resolved.problems.slice(0, 1000) }));
}

/** Take pages restoreKeptPages put back out of the index again. */
export function removeRestoredPages(db: DB, ids: readonly number[]): void {
  const statements = ['DELETE FROM pages WHERE id = ?', 'DELETE FROM categories WHERE page_id = ?', 'DELETE FROM texts WHERE page_id = ?'].map((sql) => db.prepare(sql));
  const removed = new Set(ids);
  db.transaction(() => {
    for (const id of ids) for (const statement of statements) statement.run(id);
    setInfo(db, RESTORED_INFO, JSON.stringify(restoredPageIds(db).filter((id) => !removed.has(id))));
  })();
}

/** After a rebuilt index, pages skipped as unchanged get back the categories their conversion reported (a second call changes nothing). */
export function reapplyCategories(db: DB, fingerprint: string): void {
  const page = db.prepare(
    `SELECT d.page_id, d.categories FROM done d JOIN pages p ON p.id = d.page_id
     WHERE d.rev = p.rev AND d.fingerprint = ? AND d.kind != 'raw' AND d.categories IS NOT NULL AND d.categories != '[]'
       AND d.page_id > ? ORDER BY d.page_id LIMIT 10000`,
  );
  const replaceCategories = categoryReplacer(db);
  for (let after = -1; ; ) {
    const rows = page.all(fingerprint, after) as Array<{ page_id: number; categories: string }>;
    if (!rows.length) break;
    after = rows[rows.length - 1]!.page_id;
    db.transaction(() => {
      for (const r of rows) replaceCategories(r.page_id, JSON.parse(r.categories) as CategoryEntry[]);
    })();
  }
}

/** Whether offsets of this read count bytes of decompressed XML rather than of the file. */
function inDecompressedXmlOffsets(input: { compression: string }, reader: { inBytes: number; outBytes: number }): boolean {
  return input.compression !== 'none' || reader.inBytes < reader.outBytes;
}
