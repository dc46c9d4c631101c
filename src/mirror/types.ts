/** Shapes shared by the mirror's main thread and its workers. */
import type { ConvertOptions, ConvertResult, ImageMode } from '../engine/types.js';
import type { DumpInput } from '../dump/input.js';
import type { SiteInfo } from '../dump/types.js';

/** The single-page converter the mirror drives (the engine's `convertPage`). */
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
}

export type WorkerRequest =
  | { type: 'pages'; job: number; pages: WorkPage[] }
  | { type: 'stream'; job: number; start: number; end: number; wanted: WorkItem[] };

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
  categories: Array<[string, string | null]>;
  /** The title in the requested variant (PageMeta.variantTitle), when a variant was given. */
  variantTitle?: string;
  /** Converted text of a category page (assembled with the member lists later). */
  markdown?: string;
  /** Set when the converter threw: the page was written as a fallback. */
  failed?: string;
}

export type WorkerResponse =
  | { type: 'ready' }
  | { type: 'done'; job: number; results: PageResult[]; xmlBytes: number }
  | { type: 'error'; job: number; message: string };
