/**
 * What the reader knows about one mirror: its site, its titles and its search index, reloaded
 * when the mirror changes underneath a running server (a new `wikimark convert` into OUTDIR).
 */
import fs from 'node:fs';
import path from 'node:path';
import { MirrorTitles } from './mirror-titles.js';
import { mirrorFingerprint, searchDbFile } from './search-index.js';
import { BackgroundIndex, type IndexStatus } from './background-index.js';
import { htmlLang } from './page-template.js';
import { ioReason, selfCommand, shellWord } from '../cli/args.js';
import { liveRunHolder } from '../mirror/run-lock.js';
import { RESUME_STATE, STATE_DB, STATE_DIR } from '../mirror/types.js';
import { getState, openDatabase, type DB } from '../index/db.js';
import type { SiteConfig } from '../site/types.js';
import { readMirrorSite } from './mirror-site.js';

export interface MirrorSummary {
  siteName: string;
  lang: string;
  /** The Chinese variant the mirror was converted to (`--variant`), or null. */
  variant: string | null;
  pages: number;
  categories: number;
  redirects: number;
}

export class ReaderError extends Error {}

/** The summary in `root`/report.json; `outDir` (OUTDIR as given) names it in the error. */
function readSummary(root: string, outDir: string): MirrorSummary {
  try {
    const report = JSON.parse(fs.readFileSync(path.join(root, 'report.json'), 'utf8')) as {
      site?: { siteName?: string; lang?: string };
      options?: { variant?: string | null };
      files?: { pages?: number; categories?: number; redirects?: number };
    };
    return {
      siteName: report.site?.siteName ?? 'Wikimark mirror',
      lang: report.site?.lang ?? 'en',
      variant: report.options?.variant ?? null,
      pages: report.files?.pages ?? 0,
      categories: report.files?.categories ?? 0,
      redirects: report.files?.redirects ?? 0,
    };
  } catch {
    throw new ReaderError(`${outDir} is not a finished Wikimark mirror (report.json is missing or unreadable)`);
  }
}

/**
 * Why OUTDIR cannot be served, and what to do instead: the usual slips are a typo, a convert run
 * that has not finished yet (or is still going), and a folder inside the mirror (its Page/) rather
 * than the mirror. The commands are spelt as this process was started, paths quoted for the shell.
 */
export function whyNotAMirror(outDir: string): string {
  const self = selfCommand();
  const giveOutDir = `give the folder a convert run wrote (${self} convert DUMP -o OUTDIR)`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(outDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return `${outDir} does not exist; ${giveOutDir}`;
    return `cannot look at ${outDir}: ${ioReason(err)}`;
  }
  if (!stat.isDirectory()) return `${outDir} is not a directory; ${giveOutDir}`;
  const stateDir = path.join(outDir, STATE_DIR);
  if (fs.existsSync(stateDir)) {
    const running = liveRunHolder(stateDir);
    if (running !== null) {
      return `${outDir} is not a Wikimark mirror yet (no index.tsv): a convert run (process ${running}) is still writing it; serve it once that run has finished`;
    }
    return unfinishedRun(outDir, stateDir, self);
  }
  const parent = path.dirname(path.resolve(outDir));
  if (fs.existsSync(path.join(parent, 'index.tsv')) && fs.existsSync(path.join(parent, STATE_DIR))) {
    return `${outDir} is a folder inside the mirror ${parent}; serve the mirror itself: ${self} serve ${shellWord(parent)}`;
  }
  return `${outDir} is not a Wikimark mirror (no index.tsv); ${giveOutDir}`;
}

/**
 * A mirror whose convert run stopped before it wrote index.tsv: what happened, and the command
 * that finishes it — the run's own dump and options (run.ts RESUME_STATE; --resume refuses any
 * others) — or, when no run is left to resume, the command that makes it.
 */
function unfinishedRun(outDir: string, stateDir: string, self: string): string {
  const state = readRunState(path.join(stateDir, STATE_DB));
  const out = shellWord(outDir);
  const command = (resume: boolean): string => {
    if (state?.resume == null) return `${self} convert DUMP -o ${out}${resume ? ' … --resume' : ''}`;
    const { dump, args } = state.resume;
    const words = [self, 'convert', shellWord(dump), '-o', out, ...args.map(shellWord), ...(resume ? ['--resume'] : [])];
    // A dump read from standard input is given there again (a run that had indexed it all reads its own copy instead).
    return words.join(' ') + (dump === '-' ? ' < DUMP (DUMP: the dump it was reading from standard input)' : '');
  };
  if (state !== null && state.status !== 'running') {
    // A finished run whose index.tsv was removed, or a run that stopped on its input: nothing to resume.
    return `${outDir} is not a Wikimark mirror (no index.tsv), and no convert run into it is left unfinished to resume; make it again with: ${command(false)}`;
  }
  const saved = state?.converted === false ? 'no page was converted yet' : 'the pages it converted are saved';
  const what = `${outDir} is not a Wikimark mirror yet (no index.tsv): the convert run writing it was stopped (interrupted, or it failed) before it finished; ${saved}`;
  if (state?.resume == null) {
    // No record of the run's command (a state written before runs recorded it, or a record that
    // cannot be read): the options are known only to whoever started it.
    return `${what}. Finish it by running convert again with the dump and options it was started with, and --resume: ${command(true)}`;
  }
  return `${what}. Finish it with: ${command(true)}`;
}

interface RunState {
  status: string | null;
  /** The run's dump and option words (run.ts RESUME_STATE); null when absent or malformed. */
  resume: { dump: string; args: string[] } | null;
  /** Whether any page was converted (null: not known). */
  converted: boolean | null;
}

/** The run state's status, resume command and progress, or null when there is no readable state. */
function readRunState(file: string): RunState | null {
  if (!fs.existsSync(file)) return null;
  let db: DB | null = null;
  try {
    db = openDatabase(file, { readonly: true });
    return { status: getState(db, 'status'), resume: resumeRecord(getState(db, RESUME_STATE)), converted: anyConverted(db) };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** The recorded command, if it is one: a dump path and an array of option words. */
function resumeRecord(json: string | null): RunState['resume'] {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { dump, args } = value as { dump?: unknown; args?: unknown };
  if (typeof dump !== 'string' || !Array.isArray(args) || !args.every((a) => typeof a === 'string')) return null;
  return { dump, args: args as string[] };
}

function anyConverted(db: DB): boolean | null {
  try {
    return db.prepare('SELECT 1 FROM done LIMIT 1').get() !== undefined;
  } catch {
    return null; // no done table: a state from before the conversion tables existed
  }
}

/** index.tsv is read for this long (ms) between two turns of the event loop, 500 lines at a time. */
const TITLE_TURN_MS = 15;

export interface IndexSettings {
  onProgress?: ((status: IndexStatus) => void) | null;
  /** Test hooks: files per batch, and a worker that waits for index.step() before each batch. */
  batchSize?: number;
  gated?: boolean;
  steps?: number;
  searchGated?: boolean;
}

/**
 * The mirror the server shows. Titles are read in slices while the server already answers; the
 * full-text index is brought in step by a worker in the background (`index`), and searches
 * use whatever it has committed so far.
 */
export class MirrorState {
  /**
   * OUTDIR with symlinks resolved, once, when the reader starts: the root every served path must
   * stay inside, and the folder every file of the mirror is read from (report.json, index.tsv,
   * REPORT.md, the run's index, the search index). A link OUTDIR → mirror repointed while the
   * reader runs is not followed, so titles, search and pages all stay those of one mirror;
   * `outDir` is kept only to name the mirror in messages.
   */
  readonly rootReal: string;
  summary!: MirrorSummary;
  titles!: MirrorTitles;
  /** The indexer of the current mirror; null between a mirror change and its new indexer. */
  index: BackgroundIndex | null = null;
  /** Why there is no indexer, when starting one failed. */
  indexFailure: string | null = null;
  private fingerprint = '';
  private switching: Promise<void> = Promise.resolve();
  private titlesLoading: Promise<void> = Promise.resolve();
  private siteConfig: SiteConfig | null = null;

  constructor(readonly outDir: string, private readonly settings: IndexSettings = {}) {
    if (!fs.existsSync(path.join(outDir, 'index.tsv'))) throw new ReaderError(whyNotAMirror(outDir));
    this.rootReal = fs.realpathSync(outDir);
  }

  /**
   * Whether `fullTitle` is a page of the dump the mirror was made from, by the run's index
   * (OUTDIR/.wikimark): asked only for an address that names no file (variant-address.ts).
   * False when the index is gone or unreadable.
   */
  isDumpPage(fullTitle: string): boolean {
    const file = path.join(this.rootReal, STATE_DIR, STATE_DB);
    if (!fs.existsSync(file)) return false;
    let db: DB | null = null;
    try {
      db = openDatabase(file, { readonly: true });
      return db.prepare('SELECT 1 FROM pages WHERE title = ? LIMIT 1').get(fullTitle) !== undefined;
    } catch {
      return false;
    } finally {
      db?.close();
    }
  }

  /** Read titles and summary; start (or, after a change, restart) the background indexer. */
  load(reindex: boolean): void {
    this.summary = readSummary(this.rootReal, this.outDir);
    this.siteConfig = null;
    const titles = new MirrorTitles(path.join(this.rootReal, 'index.tsv'), this.summary.lang);
    this.titles = titles;
    this.titlesLoading = this.readTitles(titles);
    this.fingerprint = mirrorFingerprint(this.rootReal);
    const previous = this.index;
    this.index = null;
    // One writer at a time: the new pass starts once the old one has committed and stopped.
    this.switching = this.switching
      .then(() => previous?.close())
      .then(() => {
        this.indexFailure = null;
        this.index = new BackgroundIndex({
          outDir: this.rootReal,
          dbFile: searchDbFile(this.rootReal),
          fresh: reindex,
          batchSize: this.settings.batchSize,
          gated: this.settings.gated,
          steps: this.settings.steps,
          searchGated: this.settings.searchGated,
          onProgress: this.settings.onProgress,
        });
      })
      .catch((err: unknown) => {
        // No place to keep an index (not even the temp directory): pages and titles still work.
        this.indexFailure = err instanceof Error ? err.message : String(err);
      });
  }

  /**
   * index.tsv in slices of ~15 ms, the event loop free between them: on a 1.4 M-line index the
   * server answers pages at once and title search covers more titles each moment.
   */
  private async readTitles(titles: MirrorTitles): Promise<void> {
    for (;;) {
      const until = Date.now() + TITLE_TURN_MS;
      let more = true;
      while (more && this.titles === titles && Date.now() < until) more = titles.loadSlice(500);
      if (!more || this.titles !== titles) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Resolves once the current titles are all read. */
  async titlesLoaded(): Promise<void> {
    for (;;) {
      const titles = this.titles;
      await this.titlesLoading;
      if (titles === this.titles) return;
    }
  }

  /** Resolves once the indexer of the current mirror exists. */
  async indexer(): Promise<BackgroundIndex> {
    for (;;) {
      const switching = this.switching;
      await switching;
      if (switching === this.switching && this.index) return this.index;
      if (switching === this.switching && this.indexFailure) throw new Error(this.indexFailure);
    }
  }

  /** Reload if index.tsv changed since the last load (a cheap stat per search). */
  refreshIfChanged(): void {
    let now: string;
    try {
      now = mirrorFingerprint(this.rootReal);
    } catch {
      return; // mid-rewrite: keep serving what we have
    }
    if (now !== this.fingerprint) this.load(false);
  }

  /** Stop the indexer after its current batch (kept for the next start). */
  async close(): Promise<void> {
    await this.switching;
    await this.index?.close();
  }

  /** The pages' language, for the `lang` of what holds their text (page-template.ts htmlLang). */
  get htmlLang(): string {
    return htmlLang(this.summary.lang, this.summary.variant);
  }

  /** The wiki's namespaces and case rules, read on the first address that needs them (mirror-site.ts). */
  get site(): SiteConfig {
    this.siteConfig ??= readMirrorSite(this.rootReal, this.summary.lang);
    return this.siteConfig;
  }

  get siteLabel(): string {
    return `${this.summary.siteName} (${this.summary.lang})`;
  }
}
