/** Shapes shared by the mirror's main thread and its workers. */
import type { ConvertOptions, ConvertResult, ImageMode } from '../engine/types.js';
import type { DumpInput } from '../dump/input.js';
import type { SiteInfo } from '../dump/types.js';

/** The single-page converter the mirror drives (the engine's `convertPage`). */
/** The namespaces a mirror converts when `--namespaces` is not given: articles and categories. */
export const DEFAULT_NAMESPACES: readonly number[] = [0, 14];

/** Whether pages carry the "converted from" line by default: on Chinese wikis only (the seed mirror's line). */
export function defaultAttribution(lang: string): boolean {
  return lang.startsWith('zh');
}

/** The folder inside OUTDIR holding the index, the checkpoint and the workers' scratch files. */
export const STATE_DIR = '.wikimark';
/** The run state and index database inside STATE_DIR. */
export const STATE_DB = 'wikimark.sqlite';
/**
 * Run-state key: how to finish the run (`{ dump, args }`: the dump as given, made absolute, and the
 * options as command-line words), for `serve` to tell the reader of a mirror left unfinished.
 */
export const RESUME_STATE = 'resume';

/** The folder inside STATE_DIR holding one scratch folder per worker (worker.ts), emptied as a run starts. */
export const SCRATCH_DIR = 'tmp';

/**
 * The checkpoint's fingerprint for a page whose file name the file system refused: no run's
 * options have it, so the next run converts the page again (convert-pass.ts WORK_ROWS), while the
 * row lists the page as failed in this run's report.
 */
export const REFUSED_NAME = 'file-name-refused';

/** A refused file's `failed` text (its checkpoint row, the report's example): the file named, as a raw namespace's `.wikitext` is not the page's Markdown. */
export function refusedNameFailure(file: string, reason: string): string {
  return `${file} not written, as the file system refuses its name: ${reason}; the next run tries it again`;
}

export type ConvertFn = (wikitext: string, options: ConvertOptions) => ConvertResult;

/**
 * Where workers find the converter: a module URL/path and its export. Functions cannot cross
 * thread boundaries, so the converter is injected by name.
 */
export interface ConverterRef {
  module: string;
  exportName: string;
}

export interface PageOutputOptions {
  attribution: boolean;
  images: ImageMode;
  variant: string | null;
  frontMatter: boolean;
  /** Expand templates from the dump's Template namespace. */
  expandTemplates: boolean;
  /**
   * `--upload-base`: every file under this base in the hashed `a/ab/Name` layout; a path relative
   * to OUTDIR (`images/`) is seen from each page's folder. Absent: the wiki's own rule (site/uploads.ts).
   */
  uploadBase?: string;
}

export interface WorkerInit {
  dbPath: string;
  outDir: string;
  siteInfo: SiteInfo;
  converter: ConverterRef;
  output: PageOutputOptions;
  /** ISO timestamp used as "now" (the dump's latest revision), for reproducible output. */
  now: string;
  input: DumpInput;
}

export type WorkKind = 'page' | 'category' | 'raw';

export interface WorkItem {
  id: number;
  kind: WorkKind;
  file: string;
  title: string;
  ns: number;
  rev: number;
}

export interface WorkPage extends WorkItem {
  text: string;
  /** UTF-8 size as the dump states it, when known. */
  bytes?: number;
}

/** A page of a plain XML dump file, by its place in the file. */
export interface LocatedItem extends WorkItem {
  offset: number;
  length: number;
}

/**
 * Work for a worker: pages with their text (read by the main thread: compressed single-stream
 * input), pages of a plain XML file the worker reads itself, or one multistream bz2 stream the
 * worker decodes itself.
 */
export type JobInput =
  | { type: 'pages'; pages: WorkPage[] }
  | { type: 'located'; items: LocatedItem[] }
  | { type: 'stream'; start: number; end: number; wanted: WorkItem[] };

export type WorkerRequest = JobInput & { job: number };

/** The pages a job is about (for retries and failure reports). */
export function jobItems(job: JobInput): Array<WorkItem & { text?: string }> {
  return job.type === 'pages' ? job.pages : job.type === 'located' ? job.items : job.wanted;
}

/** A job split into one job per page (to find the page that kills workers). */
export function jobSingles(job: JobInput): JobInput[] {
  if (job.type === 'pages') return job.pages.map((page) => ({ type: 'pages', pages: [page] }));
  if (job.type === 'located') return job.items.map((item) => ({ type: 'located', items: [item] }));
  return job.wanted.map((w) => ({ type: 'stream', start: job.start, end: job.end, wanted: [w] }));
}

export interface PageResult {
  id: number;
  rev: number;
  kind: WorkKind;
  file: string;
  ns: number;
  bytes: number;
  warnings: number;
  warningCodes: Record<string, number>;
  fallbacks: string[];
  unhandled: Record<string, number>;
  /** The page's categories as the wiki records them (name, sort key): the categories table takes these. */
  categories: Array<[string, string | null]>;
  /**
   * The categories as written, when the wiki records them under other names (zh: a spelling in
   * the other script) or merged repeats: the checkpoint keeps these, and a later run on a newer
   * dump files them again (index-pass.ts reapplyCategories, then the variant merge).
   */
  writtenCategories?: Array<[string, string | null]>;
  /** The title in the requested variant (PageMeta.variantTitle), when a variant was given. */
  variantTitle?: string;
  /** The keys of the titles the conversion asked the index about, sorted (lookup-log.ts); none for raw pages. */
  lookups?: Int32Array;
  /** Converted text of a category page (assembled with the member lists later). */
  markdown?: string;
  /** Set when the converter threw: the page was written as a fallback; or when its file name was refused (below). */
  failed?: string;
  /**
   * The file system refused the page's file name (worker.ts nameRefusal): nothing was written, and
   * its checkpoint row is one the next run converts again (REFUSED_NAME).
   */
  refusedName?: { title: string; reason: string };
}

export type WorkerResponse =
  | { type: 'ready' }
  /** fileSeconds: wall time the job spent creating and renaming its files (worker.ts writeAtomic). */
  | { type: 'done'; job: number; results: PageResult[]; xmlBytes: number; fileSeconds: number }
  /** system: the file system error's own fields, when it was one (the pool asks whether it is OUTDIR that cannot be written). */
  | { type: 'error'; job: number; message: string; system?: SystemErrorFields };

/** What a file system error says besides its message (Node's ErrnoException), sent from a worker. */
export interface SystemErrorFields {
  code: string;
  message: string;
  syscall?: string;
  path?: string;
  dest?: string;
}
