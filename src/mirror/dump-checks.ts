/**
 * What a run checks about its dump before it changes anything: that it is of the wiki the mirror
 * in OUTDIR was made from, and that the namespaces asked for can give pages.
 */
import { siteFromInfo } from '../dump/site.js';
import type { SiteInfo } from '../dump/types.js';

/**
 * Whether two siteinfos are of one wiki: by database name where both have one, else by article
 * address. An update rewrites changed pages and removes the rest, so a dump of another wiki
 * pointed at a mirror by mistake would replace it wholesale (a company wiki's pages gone for a
 * Wikipedia sample's, without a word).
 */
export function sameWiki(a: SiteInfo, b: SiteInfo): boolean {
  if (a.dbName && b.dbName) return a.dbName === b.dbName;
  return siteFromInfo(a).articleBase === siteFromInfo(b).articleBase;
}

/**
 * The refusal of a dump of another wiki than the mirror in OUTDIR holds, naming both wikis
 * (site name, database name, article address), so that the user sees which dump is which.
 */
export function anotherWikiMessage(outDir: string, before: SiteInfo, now: SiteInfo): string {
  const name = (i: SiteInfo) => `${i.siteName}${i.dbName ? ` (${i.dbName})` : ''}, ${siteFromInfo(i).articleBase}`;
  return `${outDir} holds a mirror of another wiki — ${name(before)} — and this dump is of ${name(now)}; an update would replace every page. Choose another directory, or delete ${outDir} to start over`;
}

/**
 * What --namespaces and --raw-namespaces ask for that gives nothing: a number the wiki does not
 * have (a typo, or another wiki's custom namespace) and File (6), never converted. Silently, a
 * run with either looked like one whose namespace held no pages.
 */
export function namespaceNotes(known: ReadonlyMap<number, unknown>, namespaces: number[], rawNamespaces: number[]): string[] {
  const notes: string[] = [];
  if (namespaces.includes(6)) notes.push('--namespaces 6: File pages are never converted to Markdown (images link to the files themselves); --raw-namespaces 6 keeps their wikitext');
  for (const [flag, list] of [['--namespaces', namespaces], ['--raw-namespaces', rawNamespaces]] as const) {
    const missing = list.filter((ns) => ns !== 0 && !(ns === 6 && flag === '--namespaces') && !known.has(ns));
    if (missing.length) notes.push(`${flag}: this wiki has no namespace ${missing.join(', ')} (its namespaces are listed in report.json, site.namespaceNames)`);
  }
  return notes;
}
