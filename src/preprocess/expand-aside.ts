/**
 * Expansion read aside for a built-in handler: the row labels of an `{{Infobox}}`-based template
 * (infobox-plan.ts) and a flag's `Template:Country data <X>` fields (country-data.ts). The page is
 * expanded in a child frame of the call, as a transclusion would be, but its text goes to the
 * handler, not into the page. Split out of expand.ts, whose Expander is the host.
 */
import type { CountryData } from '../templates/types.js';
import { frameArgs } from './call-parts.js';
import type { ExpansionHost } from './contexts.js';
import { cachedCountryFields, countryArgs, countryDataOf, countryDataTitle, type CountryRequest } from './country-data.js';
import { callTitle, templateTree } from './expand-titles.js';
import { Frame } from './frame.js';
import { cachedInfoboxPlan, rowLabelsOf } from './infobox-plan.js';
import type { PPTemplate, TokenizeOptions } from './tree.js';
import { countTable, type ExpandLimits, type ExpandOptions } from './types.js';

/** What the reads need of the Expander. */
export interface AsideHost extends ExpansionHost {
  readonly opts: ExpandOptions;
  readonly includeOpts: TokenizeOptions;
  readonly limits: ExpandLimits;
  /** Calls omitted for the post-expand include size so far (a read adds to the size as any transclusion does). */
  readonly omitted: number;
  offsetOf(node: { offset: number }, frame: Frame): number;
}

/**
 * For a handled call whose template page is at hand and built on `{{Infobox}}`: each named
 * argument a `dataN` of the page reads → its `labelN` expanded with the call's arguments
 * ('' when the row has none). Arguments no `dataN` reads are left out: the wiki shows no row for them.
 */
export function readRowLabels(host: AsideHost, node: PPTemplate, frame: Frame, page: string, args: ReadonlyMap<string, string>): Map<string, string> | null {
  // Both the tree (null when the source has no such page) and its plan are cached across pages.
  const tree = templateTree(host.opts.source, host.site, page, host.includeOpts);
  const plan = tree ? cachedInfoboxPlan(tree) : null;
  if (!plan || frame.isExpanding(page) || frame.depth >= host.limits.maxTemplateDepth) return null;
  const child = new Frame(frame, page, frame.depth + 1, frameArgs(node.parts, frame, host), host.offsetOf(node, frame));
  return aside(host, () => rowLabelsOf(plan, args, (nodes) => host.expandNodes(nodes, child).trim()));
}

/**
 * For a flag-family call (TemplateTraits.countryKey) whose `Template:Country data …` page the
 * source has (redirects followed: `Country data PRC` is China's): the page's link and name
 * for the call (country-data.ts). The page's tree and fields are cached across pages.
 */
export function readCountryData(host: AsideHost, node: PPTemplate, frame: Frame, req: CountryRequest): CountryData | null {
  const name = countryDataTitle(req);
  const t = name === null ? null : callTitle(host.site, name);
  if (!t || t.ns !== 10 || t.interwiki !== null) return null;
  const tree = templateTree(host.opts.source, host.site, t.full, host.includeOpts);
  const fields = tree ? cachedCountryFields(tree) : null;
  if (!fields || frame.isExpanding(t.full) || frame.depth >= host.limits.maxTemplateDepth) return null;
  const child = new Frame(frame, t.full, frame.depth + 1, countryArgs(req), host.offsetOf(node, frame));
  const omitted = host.omitted;
  const data = aside(host, () => countryDataOf(fields, req, (nodes) => host.expandNodes(nodes, child).trim()));
  // A read that passed the size limit holds omitted templates: the flag falls back to the table.
  return host.omitted > omitted ? null : data;
}

/**
 * Expansion that is read, not shown as such: what it calls counts neither as used nor as missing.
 * It does count towards the size limit, as the wiki's transclusion of the page would.
 */
function aside<T>(host: AsideHost, read: () => T): T {
  const r = host.record;
  const saved = { templates: countTable(r.templates), unhandled: countTable(r.unhandled), modules: countTable(r.modules) };
  const out = read();
  r.templates = saved.templates;
  r.unhandled = saved.unhandled;
  r.modules = saved.modules;
  return out;
}
