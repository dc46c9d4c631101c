/**
 * The steps of a run (run.ts runMirror opens the database and turns failures into exit codes):
 * the options resolved against the wiki and the state's record of earlier runs, the index
 * (index-pass.ts) built or reused, the plan (plan-pass.ts), the conversion (convert-pass.ts), the
 * assembly (compose.ts) and the report (run-report.ts), then the closing line on the terminal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeInput, type DumpInput } from '../dump/input.js';
import { findBzip2Binary } from '../dump/bz2.js';
import { siteFromInfo } from '../dump/site.js';
import type { PageProblem, SiteInfo } from '../dump/types.js';
import type { SiteConfig } from '../site/types.js';
import { createIndexIndexes, getInfo, getState, putState, setInfo, setState, type DB } from '../index/db.js';
import { Composer } from './compose.js';
import { OutputWriter } from './output-writer.js';
import { defaultJobs } from './worker-settings.js';
import type { ProgressSink } from './progress.js';
import type { Report, ReportOptions, RunTimings } from './report.js';
import { givenOptionArgs } from './report-markdown.js';
import { UploadSites } from './uploads.js';
import { DEFAULT_NAMESPACES, RESUME_STATE, STATE_DB, defaultAttribution, type ConverterRef, type PageOutputOptions } from './types.js';
import { convertPass } from './convert-pass.js';
import { indexPass } from './index-pass.js';
import { planPass } from './plan-pass.js';
import { variantConverter, variantNote } from './variant.js';
import { variantOfWiki } from '../variants/literal.js';
import { EXIT, Interrupted, MirrorError } from './errors.js';
import type { OutputPlaces } from './out-dir.js';
import { adoptAndCheckRecordedBuild, categoriesFitOptions, fingerprintOf, identityOf, readBuildRecord, recordComplete, recordRunBuild, refuseOtherOptions, upgradeNote, writeBuildRecord } from './run-identity.js';
import { buildIdFrom, buildPartsOf } from './build-id.js';
import { validateVariant } from '../variants/codes.js';
import { runOutcome, writeRunReport } from './run-report.js';
import { describeProblem } from './bad-pages.js';
import type { MirrorOptions, MirrorResult } from './run.js';
import { anotherWikiMessage, namespaceNotes, sameWiki } from './dump-checks.js';

/** Damaged pages named on the terminal (REPORT.md and report.json list more: bad-pages.ts BAD_PAGES_SHOWN, BAD_PAGES_LISTED). */
const DAMAGED_LOGGED = 20;

export const DEFAULT_CONVERTER: ConverterRef = {
  module: new URL('../engine/convert.js', import.meta.url).href,
  exportName: 'convertPage',
};

/**
 * The refusal for a converter module that is not there, or null when it is. Only the default
 * engine (`defaultModule`) missing is a broken installation (exit 70, named as a path: a file: URL
 * would show a space as %20); a custom converter (the API's or WIKIMARK_CONVERTER) is mistyped.
 */
export function missingConverterError(converter: ConverterRef, defaultModule: string = DEFAULT_CONVERTER.module): MirrorError | null {
  const file = converter.module.startsWith('file:') ? fileURLToPath(converter.module) : converter.module;
  if (fs.existsSync(file)) return null;
  if (converter.module === defaultModule) return new MirrorError(EXIT.INTERNAL, `the conversion engine is missing (${file}); run npm run build`);
  return new MirrorError(EXIT.USAGE, `the converter module ${converter.module} is not there`);
}

/** Where a run from standard input keeps its copy of the dump (read again by the convert step and by --resume). */
function spoolPath(stateDir: string): string {
  return path.join(stateDir, 'stdin.dump');
}

/** What the run writes and what it only reads, for outputWriteFailure: on the main thread and in the workers alike. */
export function outputPlacesOf(outDir: string, stateDir: string, dump: string): OutputPlaces {
  return { outDir, database: path.join(stateDir, STATE_DB), inputs: dump === '-' ? [spoolPath(stateDir)] : [dump, spoolPath(stateDir)] };
}

export async function runSteps(
  opts: MirrorOptions,
  db: DB,
  outDir: string,
  stateDir: string,
  log: (line: string) => void,
  sink: ProgressSink | null,
  t0: number,
): Promise<MirrorResult> {
  const signal = opts.signal;
  const checkAbort = () => {
    if (signal?.aborted) throw new Interrupted('interrupted');
  };
  let input: DumpInput;
  try {
    input = describeInput(opts.dump);
  } catch (err) {
    throw new MirrorError(EXIT.INPUT, (err as Error).message);
  }
  const status = getState(db, 'status');
  const resume = opts.resume ?? false;
  if (status === 'running' && !resume) {
    throw new MirrorError(EXIT.OUTPUT, `${outDir} holds an interrupted run: add --resume to continue it, or choose another directory`, true);
  }
  const namespaces = opts.namespaces ?? [...DEFAULT_NAMESPACES];
  const rawNamespaces = opts.rawNamespaces ?? [];
  const minSize = opts.minSize ?? 0;
  const converter = opts.converter ?? DEFAULT_CONVERTER;
  const missing = missingConverterError(converter);
  if (missing !== null) throw missing;
  const jobs = Math.max(1, opts.jobs ?? defaultJobs());
  const decoderName =
    input.compression !== 'bzip2'
      ? 'none'
      : (opts.decoder !== 'js' && findBzip2Binary() ? 'bzip2 binary' : 'libbz2 WebAssembly') +
        (input.multistreamIndex ? `, ${jobs} streams at once (multistream, --jobs)` : '');

  // What a page is converted with; the attribution's default depends on the wiki's language.
  const outputButAttribution = {
    images: opts.images ?? 'embed',
    // One spelling, whatever the caller passed (the CLI already gives one; the API may not).
    variant: opts.variant ? (validateVariant(opts.variant) ?? opts.variant) : null,
    frontMatter: opts.frontMatter ?? false,
    expandTemplates: opts.expandTemplates ?? true,
    ...(opts.uploadBase !== undefined ? { uploadBase: opts.uploadBase } : {}),
  } satisfies Omit<PageOutputOptions, 'attribution'>;
  // A variant that is none of the wiki's is dropped (variants/literal.ts variantOfWiki; the run's
  // note: variant.ts variantNote): not in the fingerprint nor the recorded options.
  const outputFor = (site: SiteConfig): PageOutputOptions => ({
    attribution: opts.attribution ?? defaultAttribution(site.lang),
    ...outputButAttribution,
    variant: variantOfWiki(site.lang, outputButAttribution.variant),
  });

  // The dump and options as this run was given them (attribution only when a flag chose it).
  const resumeRecord = JSON.stringify({
    dump: opts.dump === '-' ? '-' : path.resolve(opts.dump),
    args: givenOptionArgs({ namespaces, rawNamespaces, minSize, ...outputButAttribution, attribution: opts.attribution ?? undefined }),
  });
  // The build converting (build-id.ts): in every fingerprint, so pages another build wrote are
  // converted again (the state's record of it: run-identity.ts RecordedBuild).
  const buildParts = buildPartsOf(converter);
  const build = buildIdFrom(buildParts);
  const fingerprintFor = (output: PageOutputOptions, underBuild: string | null = build) =>
    fingerprintOf({ ...output, namespaces, rawNamespaces, minSize, converter, build: underBuild });
  // The interrupted run's wiki is the index's. The mirror's pages were written under these
  // options by another build: the run says so.
  const siteBefore = getInfo(db, 'siteinfo');
  const outputBefore = siteBefore === null ? null : outputFor(siteFromInfo(JSON.parse(siteBefore) as SiteInfo));
  const otherBuild =
    outputBefore === null
      ? null
      : adoptAndCheckRecordedBuild(db, build, outputBefore.variant, resume && status === 'running', (variant, b) => fingerprintFor({ ...outputBefore, variant }, b), outputBefore.variant === null ? outputButAttribution.variant : null);

  // --- 1. index -------------------------------------------------------------------------
  const identity = identityOf(input);
  const spool = spoolPath(stateDir);
  // The character counts of an index answer only the --min-size it was built for (info 'chars',
  // 0 for none: builder.ts CHARS_NOT_MEASURED; otherwise text-size.ts stores bounds).
  const indexReusable =
    getInfo(db, 'complete') === '1' &&
    getState(db, 'dump') === identity &&
    (identity !== 'stdin' || (resume && fs.existsSync(spool))) &&
    (minSize === 0 || getInfo(db, 'chars') === String(minSize)) &&
    categoriesFitOptions(db, (info) => fingerprintFor(outputFor(siteFromInfo(info))));
  const t1 = Date.now();
  let rebuilt = false;
  let xmlBytes = Number(getInfo(db, 'xmlBytes') ?? 0);
  opts.onPhase?.('index');
  if (!indexReusable) {
    const previous = getInfo(db, 'siteinfo');
    const checkSite = (info: SiteInfo) => {
      if (previous === null) return;
      const before = JSON.parse(previous) as SiteInfo;
      if (!sameWiki(before, info)) throw new MirrorError(EXIT.OUTPUT, anotherWikiMessage(outDir, before, info));
    };
    setState(db, 'status', 'running');
    // From here on an interruption leaves a run to resume: say how (serve's advice reads it). A
    // run resumed keeps the interrupted run's record until its options are checked below.
    const previousRecord = getState(db, RESUME_STATE);
    const previousBuildRecord = readBuildRecord(db);
    if (status !== 'running') {
      setState(db, RESUME_STATE, resumeRecord);
      // The options --resume is checked against go with the record, or the finished run's would
      // refuse the very command the interruption message prints. Unknown before a first index
      // (the attribution's default depends on the wiki): then none, and the check after the index decides.
      recordRunBuild(db, outputBefore === null ? null : fingerprintFor(outputBefore), build, buildParts, otherBuild, false);
    }
    const restoreStatus = () => {
      putState(db, 'status', status);
      putState(db, RESUME_STATE, previousRecord);
      writeBuildRecord(db, previousBuildRecord);
    };
    try {
      xmlBytes = await indexPass(db, input, opts, jobs, spool, sink, checkAbort, checkSite);
    } catch (err) {
      // A bad input changes nothing: the mirror already in OUTDIR stays as it was (its index
      // is rebuilt by the next run); only an interruption leaves a run to resume. A dump of
      // another wiki is refused before the index is touched.
      if (err instanceof MirrorError && (err.exitCode === EXIT.INPUT || err.exitCode === EXIT.OUTPUT)) {
        if (err.exitCode === EXIT.INPUT) setInfo(db, 'complete', '0');
        restoreStatus();
      }
      throw err;
    }
    setState(db, 'dump', identity);
    rebuilt = true;
  } else {
    // An index an older build made may lack an index added since (pages_offset): all are IF NOT EXISTS.
    createIndexIndexes(db);
  }
  const indexSeconds = (Date.now() - t1) / 1000;
  const siteInfo = JSON.parse(getInfo(db, 'siteinfo')!) as SiteInfo;
  const site = siteFromInfo(siteInfo);
  for (const line of namespaceNotes(site.namespaces, namespaces, rawNamespaces)) log(`note: ${line}`);
  const truncated = JSON.parse(getInfo(db, 'truncated') ?? 'null') as Report['truncated'];
  const damaged = JSON.parse(getInfo(db, 'badPages') ?? '{"count":0,"listed":[]}') as { count: number; listed: PageProblem[]; offsetsInDecompressedXml?: boolean };
  // An index built before PageProblem.skipped existed said it only in the text.
  for (const p of damaged.listed) p.skipped ??= p.problem.endsWith('; skipped');
  const decompressed = damaged.offsetsInDecompressedXml ?? false;
  for (const p of damaged.listed.slice(0, DAMAGED_LOGGED)) log(`warning: ${describeProblem(p, decompressed)}`);
  if (damaged.count > DAMAGED_LOGGED) log(`warning: … and ${damaged.count - DAMAGED_LOGGED} more damaged pages; see REPORT.md`);

  const output = outputFor(site);
  const variantDropped = variantNote(outputButAttribution.variant, site.lang);
  if (variantDropped !== null) log(`note: ${variantDropped}`);
  const fingerprint = fingerprintFor(output);
  if (resume && status === 'running') refuseOtherOptions(db, (b) => fingerprintFor(output, b));
  setState(db, 'status', 'running');
  recordRunBuild(db, fingerprint, build, buildParts, otherBuild, resume && status === 'running');
  const reportOptions: ReportOptions = {
    namespaces,
    rawNamespaces,
    minSize,
    variant: output.variant,
    images: output.images,
    attribution: output.attribution,
    frontMatter: output.frontMatter,
    expandTemplates: output.expandTemplates,
    ...(output.uploadBase !== undefined ? { uploadBase: output.uploadBase } : {}),
  };
  setState(db, RESUME_STATE, resumeRecord);

  // --- plan (plan-pass.ts) --------------------------------------------------------------
  opts.onPhase?.('plan');
  const { planned, now } = planPass(db, site, fingerprint, { namespaces, rawNamespaces, minSize }, rebuilt, outDir);
  const note = upgradeNote(db, fingerprint, buildParts);
  if (note !== null) log(`note: ${note}`);

  // --- 2. convert -----------------------------------------------------------------------
  opts.onPhase?.('convert');
  const t2 = Date.now();
  // What the pages not converted again are: on a resume, mostly what the interrupted run finished.
  const skippedAs = resume && status === 'running' ? 'already done' : 'unchanged';
  const pass2Input = input.path === '-' ? describeInput(spool) : input;
  const conv = await convertPass(db, pass2Input, {
    jobs, outDir, siteInfo, output, converter, fingerprint, sink, checkAbort, signal, decoder: opts.decoder, onProgress: opts.onProgress,
    now,
    skippedAs,
    outputPlaces: outputPlacesOf(outDir, stateDir, opts.dump),
    // The last place lost stops the run (exit 71), whose message says why: no "going on with 0 workers".
    onPlaceLost: (reason, left) => {
      if (left > 0) log(`warning: a conversion worker could not be started again (${reason}); going on with ${left} worker${left === 1 ? '' : 's'}`);
    },
    warn: log,
  });
  const convertSeconds = (Date.now() - t2) / 1000;
  if (conv.interrupted) {
    throw new MirrorError(EXIT.INTERRUPTED, `interrupted; ${conv.converted} pages converted in this run are saved. Run again with --resume to continue`, true);
  }

  // --- 3. assemble ----------------------------------------------------------------------
  opts.onPhase?.('assemble');
  const t3 = Date.now();
  const writer = new OutputWriter(db, outDir, log);
  const uploads = output.uploadBase !== undefined ? new UploadSites(site, null, output.uploadBase) : null;
  const composer = new Composer(db, site, writer, variantConverter(site, output.variant), uploads);
  composer.categories();
  checkAbort();
  composer.redirects();
  composer.index();
  // A dump cut short holds no word on the pages after the cut: an update from it removes only the
  // files of its own pages that the options now leave out (compose.ts removeStale).
  const { removed, leftOut } = composer.removeStale(outDir, truncated !== null);
  const composeSeconds = (Date.now() - t3) / 1000;

  // This run's plan, or the interrupted run's that a resumed one continues; a finished run run
  // again on the same dump reuses the plan and redoes nothing because of it.
  const dependentsRedone = planned || (resume && status === 'running') ? getInfo(db, 'dependentsRedone') : null;
  const timings: RunTimings = {
    startedAt: new Date(t0).toISOString(),
    elapsedSeconds: (Date.now() - t0) / 1000,
    indexSeconds,
    convertSeconds,
    composeSeconds,
    convertedThisRun: conv.converted,
    skippedUnchanged: conv.skipped,
    ...(dependentsRedone ? { dependentsRedone: Number(dependentsRedone) } : {}),
    bytesThisRun: conv.bytes,
    xmlBytes,
    jobs: conv.workers,
    decoder: decoderName,
    feed: conv.feed,
    ...(conv.indexMisfit ? { indexMisfit: conv.indexMisfit } : {}),
    pageFiles: { count: conv.filesWritten, seconds: Number(conv.fileSeconds.toFixed(3)) },
    ...(conv.workersDied || conv.placesGivenUp.length ? { workerLosses: { died: conv.workersDied, placesGivenUp: conv.placesGivenUp } } : {}),
  };
  const report = writeRunReport(db, writer, {
    dump: opts.dump,
    site,
    options: reportOptions,
    truncated,
    damagedPages: { count: damaged.count, examples: damaged.listed, offsetsInDecompressedXml: decompressed },
    removedFiles: removed,
    removedLeftOut: leftOut,
    timings,
  });
  recordComplete(db);
  if (input.path === '-') fs.rmSync(spool, { force: true });
  opts.onPhase?.('done');
  log(
    `converted ${conv.converted} pages (${conv.skipped} ${skippedAs}) into ${outDir} in ${timings.elapsedSeconds.toFixed(1)} s; ` +
      `${report.files.categories} categories, ${report.files.redirects} redirect stubs${removedNote(removed, leftOut)}; see REPORT.md`,
  );
  return { ...runOutcome(report), report };
}

/** An update's removals in the closing line (REPORT.md counted them; the terminal said nothing of them). */
function removedNote(removed: number, leftOut: number): string {
  if (removed === 0) return '';
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  if (leftOut === 0) return `; ${files(removed)} removed (pages gone from the dump, categories left empty)`;
  const gone = removed - leftOut;
  if (gone === 0) return `; ${files(removed)} removed (pages of the dump the options now leave out)`;
  return `; ${files(removed)} removed (${leftOut} of pages the options now leave out, ${gone} of pages gone from the dump or categories left empty)`;
}
