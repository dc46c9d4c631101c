/**
 * The wiki a mirror was made from, as the reader needs it to read an address the way the wiki
 * reads its URLs (title-address.ts): namespace names with their canonical names and aliases
 * (`/wiki/Category:X` on uk, `/wiki/分类:X` on zh), and each namespace's case rule (`/wiki/foo`
 * is Foo on a first-letter wiki). The dump's `<siteinfo>` as the convert run kept it
 * (OUTDIR/.wikimark), else report.json's namespace names with MediaWiki's default case rule
 * (first-letter): a mirror published without its `.wikimark/` folder still reads them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSite } from '../site/defaults.js';
import type { SiteConfig } from '../site/types.js';
import { siteFromInfo } from '../dump/site.js';
import type { SiteInfo } from '../dump/types.js';
import { getInfo, openDatabase, type DB } from '../index/db.js';
import { STATE_DB, STATE_DIR } from '../mirror/types.js';

/** The mirror's wiki; never throws (an unreadable state or report gives the language's defaults). */
export function readMirrorSite(root: string, lang: string): SiteConfig {
  const info = storedSiteInfo(root);
  if (info !== null) return siteFromInfo(info);
  return buildSite({ lang, namespaces: reportNamespaces(root) });
}

function storedSiteInfo(root: string): SiteInfo | null {
  const file = path.join(root, STATE_DIR, STATE_DB);
  if (!fs.existsSync(file)) return null;
  let db: DB | null = null;
  try {
    db = openDatabase(file, { readonly: true });
    const json = getInfo(db, 'siteinfo');
    const info = json === null ? null : (JSON.parse(json) as SiteInfo);
    return info !== null && Array.isArray(info.namespaces) ? info : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

function reportNamespaces(root: string): Array<{ id: number; name: string }> {
  try {
    const report = JSON.parse(fs.readFileSync(path.join(root, 'report.json'), 'utf8')) as { site?: { namespaceNames?: Record<string, unknown> } };
    return Object.entries(report.site?.namespaceNames ?? {})
      .filter((e): e is [string, string] => typeof e[1] === 'string' && /^-?\d+$/.test(e[0]))
      .map(([id, name]) => ({ id: Number(id), name }));
  } catch {
    return [];
  }
}
