/**
 * report.json: what the mirror holds and how the run went. Counts come from the database (so a
 * resumed run reports the whole mirror), timings from this run. REPORT.md, its Markdown rendering,
 * is report-markdown.ts.
 */
import type { DB } from '../index/db.js';
import type { RedirectProblem } from '../index/builder.js';
import type { PageProblem } from '../dump/types.js';
import type { ImageMode } from '../engine/types.js';
import type { FeedMode } from './convert-feed.js';
import type { PlaceGivenUp } from './pool.js';
import { REFUSED_NAME, refusedNameFailure } from './types.js';

/**
 * What report.json's `run` holds about this run. Named for what it first held: its times, then
 * counts and the workers lost joined them, as they describe the run and not the mirror; the name
 * stays because report.json's readers know the object as `run` and the code as this.
 */
export interface RunTimings {
  startedAt: string;
  elapsedSeconds: number;
  indexSeconds: number;
  convertSeconds: number;
  composeSeconds: number;
  /** Pages converted in this run (not skipped as unchanged or already done). */
  convertedThisRun: number;
  skippedUnchanged: number;
  /**
   * On an update: the unchanged pages its plan marked to convert again because something they
   * depend on changed (changed-titles.ts), or because their checkpoint rows hold no keys (the
   * first update after upgrading redoes every page, counted here too); a resumed update reports
   * its plan's count.
   */
  dependentsRedone?: number;
  /** Bytes of wikitext converted in this run. */
  bytesThisRun: number;
  /** Bytes of (uncompressed) XML read by the index pass. */
  xmlBytes: number;
  /**
   * Conversion workers started in this run (convert-pass.ts `workers`): --jobs, or fewer when
   * there were fewer pages to convert; 0 when there was nothing to convert. Named `jobs` for the
   * readers of report.json that know it so (before workers were capped at the pages to convert,
   * it held --jobs itself); --jobs as given is in `decoder` when bzip2 streams were decoded that
   * many at once.
   */
  jobs: number;
  decoder: string;
  /** How the conversion step read its pages (convert-pass.ts FeedMode). */
  feed: FeedMode;
  /**
   * The multistream index's misfit when the main thread decoded the dump again because of it (no
   * stream where it puts one: feed "sequential"; pages filed under a stream that does not hold
   * them: feed "stream", those pages read again); absent when the index fitted or was not used.
   */
  indexMisfit?: string;
  /**
   * Page files written by the workers in this run and the wall time they spent creating and
   * renaming them (summed over workers): the file system's share, which depends on the disk.
   */
  pageFiles?: { count: number; seconds: number };
  /**
   * Conversion workers that died mid-run, after they had finished a job or with one in hand (each
   * replaced; what it had in hand tried again: a batch page by page, a page that kills its worker
   * alone is written as its source and listed in failedPages, having counted twice here), and
   * worker places given up because no worker could be started again in them (the run went on
   * with fewer); absent when neither happened. A worker that dies idle after working counts too.
   */
  workerLosses?: { died: number; placesGivenUp: PlaceGivenUp[] };
}

/** The options a mirror was made with (what decides its content), for its readers and for a rerun. */
export interface ReportOptions {
  namespaces: number[];
  rawNamespaces: number[];
  minSize: number;
  variant: string | null;
  images: ImageMode;
  attribution: boolean;
  frontMatter: boolean;
  expandTemplates: boolean;
  uploadBase?: string;
}

export interface Report {
  /** The DUMP argument: a path, or '-' for standard input. */
  dump: string;
  site: { lang: string; siteName: string; articleBase: string; namespaceNames: Record<string, string> };
  options: ReportOptions;
  pagesInDump: number;
  /** Content pages left out because they are shorter than --min-size (0 without it). */
  skippedShort: number;
  pagesPerNamespace: Record<string, number>;
  /**
   * Every namespace of the dump: its pages, redirects included, and of them redirects (the index's
   * count, so that `pagesInDump` adds up). Absent in reports of older builds.
   */
  dumpPagesPerNamespace?: Record<string, { pages: number; redirects: number }>;
  /** Pages (redirects included) of namespaces neither converted nor kept raw: no file of their own. Absent in older reports. */
  pagesOfOtherNamespaces?: number;
  /** Raw wikitext files (`files.raw`) per namespace of --raw-namespaces. Absent in older reports. */
  rawPerNamespace?: Record<string, number>;
  /** Redirects of the --raw-namespaces: no file (only the pages themselves are kept raw), counted here. Absent in older reports. */
  redirectsOfRawNamespaces?: number;
  files: { pages: number; categories: number; redirects: number; raw: number; renamedForCase: number };
  /**
   * brokenWithStub: of `broken`, those that have a stub (the rest are of namespaces not converted);
   * brokenInRaw: of the rest, those of --raw-namespaces (kept raw, their redirects get no file). Absent in older reports.
   */
  redirects: { total: number; double: number; broken: number; brokenWithStub?: number; brokenInRaw?: number; loops: number; tooLong: number; problems: RedirectProblem[] };
  warnings: { total: number; pages: number; byCode: Record<string, number> };
  fallbackPages: { count: number; examples: Array<{ title: string; fallbacks: string[] }> };
  /** namesRefused: of `count`, files not written because the file system refused their names (types.ts REFUSED_NAME; a page's Markdown or a raw namespace's .wikitext), tried again by the next run. */
  failedPages: { count: number; namesRefused: number; examples: Array<{ title: string; error: string }> };
  unhandledTemplates: Array<{ name: string; uses: number; pages: number }>;
  truncated: { message: string; offset: number | null; lastGood: { id: number; title: string } | null } | null;
  /**
   * Damaged pages of the dump (bad-pages.ts), skipped or kept as said in each: all counted, the
   * first BAD_PAGES_LISTED listed. Also counted in `warnings` (code "damaged-page"). Their offsets are
   * bytes of the decompressed XML when the dump was compressed.
   */
  damagedPages: { count: number; examples: PageProblem[]; offsetsInDecompressedXml: boolean };
  removedFiles: number;
  /** Of removedFiles, those of pages of the dump that the options (--namespaces, --min-size) now leave out. */
  removedLeftOut?: number;
  run: RunTimings & { pagesPerSecond: number; megabytesPerSecond: number };
}

/** The warning code of a page damaged in the dump. */
export const DAMAGED_PAGE = 'damaged-page';

export function buildReport(
  db: DB,
  base: Omit<Report, 'pagesPerNamespace' | 'warnings' | 'fallbackPages' | 'failedPages' | 'unhandledTemplates' | 'run'>,
  timings: RunTimings,
  /** Files the assembly could not write as their names were refused (compose.ts OutputWriter.refused): redirect stubs, category pages. */
  refusedInAssembly: ReadonlyArray<{ title: string; file: string; reason: string }> = [],
): Report {
  const perNs: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  const templates = new Map<string, { uses: number; pages: number }>();
  const fallbackExamples: Report['fallbackPages']['examples'] = [];
  const failedExamples: Report['failedPages']['examples'] = [];
  let warnings = 0;
  let warnedPages = 0;
  let fallbackCount = 0;
  let failedCount = 0;
  const rows = db.prepare(
    `SELECT d.ns, d.kind, d.warnings, d.warning_codes, d.fallbacks, d.unhandled, d.failed, p.title, d.fingerprint = ? AS refused
     FROM done d JOIN pages p ON p.id = d.page_id WHERE d.kind != 'raw' OR d.fingerprint = ?`,
  );
  let namesRefused = 0;
  type Row = { ns: number; kind: string; warnings: number; warning_codes: string | null; fallbacks: string | null; unhandled: string | null; failed: string | null; title: string; refused: number };
  for (const r of rows.iterate(REFUSED_NAME, REFUSED_NAME) as IterableIterator<Row>) {
    // A raw namespace's .wikitext (a copy of the source, no conversion) counts only when its name was refused: not written, a failure.
    if (r.kind === 'raw') {
      failedCount++;
      namesRefused++;
      if (failedExamples.length < 100) failedExamples.push({ title: r.title, error: r.failed ?? '' });
      continue;
    }
    perNs[r.ns] = (perNs[r.ns] ?? 0) + 1;
    if (r.warnings) {
      warnings += r.warnings;
      warnedPages++;
      for (const [code, n] of Object.entries(JSON.parse(r.warning_codes ?? '{}') as Record<string, number>)) byCode[code] = (byCode[code] ?? 0) + n;
    }
    const fallbacks = JSON.parse(r.fallbacks ?? '[]') as string[];
    if (fallbacks.length) {
      fallbackCount++;
      if (fallbackExamples.length < 100) fallbackExamples.push({ title: r.title, fallbacks });
    }
    if (r.failed) {
      failedCount++;
      if (r.refused) namesRefused++;
      if (failedExamples.length < 100) failedExamples.push({ title: r.title, error: r.failed });
    }
    if (r.unhandled && r.unhandled !== '{}') {
      for (const [name, n] of Object.entries(JSON.parse(r.unhandled) as Record<string, number>)) {
        const t = templates.get(name) ?? { uses: 0, pages: 0 };
        t.uses += n;
        t.pages++;
        templates.set(name, t);
      }
    }
  }
  for (const r of refusedInAssembly) {
    failedCount++;
    namesRefused++;
    if (failedExamples.length < 100) failedExamples.push({ title: r.title, error: refusedNameFailure(r.file, r.reason) });
  }
  const unhandled = [...templates.entries()]
    .map(([name, t]) => ({ name, ...t }))
    .sort((a, b) => b.uses - a.uses || (a.name < b.name ? -1 : 1))
    .slice(0, 100);
  const secs = Math.max(timings.convertSeconds, 0.001);
  return {
    ...base,
    pagesPerNamespace: perNs,
    warnings: {
      total: warnings + base.damagedPages.count,
      pages: warnedPages + base.damagedPages.count,
      byCode: base.damagedPages.count ? { ...byCode, [DAMAGED_PAGE]: base.damagedPages.count } : byCode,
    },
    fallbackPages: { count: fallbackCount, examples: fallbackExamples },
    failedPages: { count: failedCount, namesRefused, examples: failedExamples },
    unhandledTemplates: unhandled,
    run: {
      ...timings,
      pagesPerSecond: Math.round(timings.convertedThisRun / secs),
      megabytesPerSecond: Number((timings.bytesThisRun / 1e6 / secs).toFixed(2)),
    },
  };
}
