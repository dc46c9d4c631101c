/**
 * Options and records of template expansion (expand.ts): what the expander needs to know about
 * the page and the wiki, its limits, and what it reports back (templates used and unhandled,
 * DEFAULTSORT/DISPLAYTITLE, Lua modules without a built-in handler).
 */
import type { PageSource, TemplateNames, Warning } from '../engine/types.js';
import type { SiteConfig } from '../site/types.js';
import type { TemplateRegistry } from '../templates/types.js';
import type { RevisionInfo } from './functions/types.js';
import type { ModuleHandler } from './functions/modules.js';
import type { SiteUrls } from './functions/titles.js';
import type { MarkerTable } from './markers.js';

export interface ExpandLimits {
  /** Template nesting depth ($wgMaxTemplateDepth). */
  maxTemplateDepth: number;
  /** Recursion depth of expansion itself ($wgMaxPPExpandDepth). */
  maxExpandDepth: number;
  /** Post-expand include size in bytes ($wgMaxArticleSize × 1024). */
  maxIncludeSize: number;
  /** Expansion calls (PPFrame::expand entries) ($wgMaxPPNodeCount). */
  maxNodes: number;
}

export const DEFAULT_LIMITS: ExpandLimits = {
  maxTemplateDepth: 40,
  maxExpandDepth: 40,
  maxIncludeSize: 2 * 1024 * 1024,
  maxNodes: 1_000_000,
};

/** What expansion records for the page's metadata; counts accumulate across calls sharing it. */
export interface ExpandRecord {
  /** Normalised template name → uses, for every template the page calls (directly or nested). */
  templates: Record<string, number>;
  /** Templates with neither a built-in handler nor a page: name → uses. */
  unhandled: Record<string, number>;
  /** `#invoke` calls without a built-in module handler: "Module|function" → uses. */
  modules: Record<string, number>;
  defaultSort?: string;
  displayTitle?: string;
}

export function newExpandRecord(): ExpandRecord {
  return { templates: countTable(), unhandled: countTable(), modules: countTable() };
}

/**
 * An empty plain object for counts by name, in V8's dictionary mode from the start. Filled one
 * template name at a time, a `{}` took a new hidden class per name added (and kept a transition
 * tree of every name sequence ever seen), so `counts[name]` missed the stub cache at nearly every
 * call: 13k IC misses per two rounds of the bench, the most of any site (`node --log-ic`). Deleting
 * a property other than the last one added turns an object into a hash table, and it stays one.
 */
export function countTable(from?: Readonly<Record<string, number>>): Record<string, number> {
  const table: Record<string, number> = { a: 0, b: 0 };
  delete table.a;
  delete table.b;
  if (from) for (const name in from) table[name] = from[name]!;
  return table;
}

export interface ExpandOptions {
  site: SiteConfig;
  /** Full title of the page ("Category:数学", "数学"): magic words and loop detection use it. */
  title: string;
  /** Pages to transclude; null expands parser functions and magic words only. */
  source: PageSource | null;
  /** Built-in handlers; a registered template becomes a `template` marker instead of being expanded. */
  registry: TemplateRegistry | null;
  /** The clock for CURRENT* words and `#time` (the dump's date, for reproducible output). */
  now: Date;
  limits?: Partial<ExpandLimits>;
  warn?(w: Warning): void;
  /** Filled with templates used/unhandled, DEFAULTSORT … (a fresh record when absent). */
  record?: ExpandRecord;
  /** Templates to expand from the source even though a built-in handler exists. */
  preferExpansion?: TemplateNames | 'all';
  /**
   * A missing template: 'drop' (a `dropped` marker, the default) or 'link' (`[[:Template:X]]`,
   * as MediaWiki shows a red link — for fidelity tests).
   */
  missingTemplates?: 'drop' | 'link';
  /** IANA zone for LOCAL* words and `#timel`; defaults by language (zh: Asia/Shanghai …). */
  localTimezone?: string;
  revision?: RevisionInfo;
  urls?: Partial<SiteUrls>;
  /** NUMBEROF* values, when known. */
  statistics?: Record<string, number>;
  /** Main-namespace subpages (Wikipedia: off). */
  subpagesInMain?: boolean;
  /** Extra `#invoke` handlers: module name (without namespace) → function → handler. */
  modules?: Record<string, Record<string, ModuleHandler>>;
  /** Marker table to add to (a fresh one when absent). */
  markers?: MarkerTable;
}
