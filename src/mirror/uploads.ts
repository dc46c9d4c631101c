/**
 * Image URLs in the mirror. On a Wikimedia wiki, a file whose File page (namespace 6) is in the
 * dump is the wiki's own upload (`upload.wikimedia.org/wikipedia/zh/…`), any other lives on
 * Commons: the title index, which holds every page of every namespace, answers which is which.
 * With `--upload-base` every file is under the given base; a base relative to the output folder
 * (`images/`) is seen from each page's own folder (`Page/X.md` → `../images/a/ab/X.png`).
 */
import { detached } from '../engine/strings.js';
import type { DB } from '../index/db.js';
import { parseTitle } from '../site/titles.js';
import type { LocalFiles, SiteConfig } from '../site/types.js';
import { prefixHash, titleKeyUnder, type LookupLog } from './lookup-log.js';
import { givenUploads, isRelativeBase, relativeUploadBase, withUploads } from '../site/uploads.js';

type FileRow = { redirect: string | null; tns: number | null; tname: string | null } | undefined;

/**
 * LocalFiles backed by the title index, with the recent answers kept (a logo is on many pages).
 * Each name asked, cached or not, is noted in `log` (lookup-log.ts): an update run converts the
 * page again when that file page appears, vanishes or is redirected elsewhere.
 */
export function indexedLocalFiles(db: DB, site: SiteConfig, cacheSize = 20_000, log?: LookupLog): LocalFiles {
  const stmt = db.prepare(
    'SELECT p.redirect AS redirect, t.ns AS tns, t.name AS tname FROM pages p LEFT JOIN pages t ON t.id = p.target_id WHERE p.title = ? ORDER BY p.id DESC LIMIT 1',
  );
  const prefix = (site.namespaces.get(6)?.name ?? 'File') + ':';
  const prefixState = prefixHash(prefix);
  const cache = new Map<string, { name: string; local: boolean } | null>();
  return {
    find(name) {
      log?.note(titleKeyUnder(prefixState, name));
      const hit = cache.get(name);
      if (hit !== undefined) return hit;
      // The name is often a slice of a page's text: the cache keeps a copy, not the page.
      const key = detached(name);
      const row = stmt.get(prefix + key) as FileRow;
      let found: { name: string; local: boolean } | null = null;
      if (row) {
        if (row.redirect === null) found = { name: key, local: true };
        else if (row.tns === 6 && row.tname !== null) found = { name: row.tname, local: true };
        else {
          // A redirect to a file the dump does not hold: the shared repository's, by its target name.
          const target = parseTitle(site, row.redirect);
          if (target && target.ns === 6 && !target.interwiki && target.text) found = { name: target.text, local: false };
        }
      }
      if (cache.size >= cacheSize) cache.clear();
      cache.set(key, found);
      return found;
    },
  };
}

/**
 * The site each page converts with: the dump's site with the upload settings of the mirror
 * (`uploadBase` from --upload-base, or the index's local files), per folder depth when the base
 * is relative. `forFile('Page/X.md')` is cheap: one site object per depth.
 */
export class UploadSites {
  private readonly byDepth: SiteConfig[] = [];
  private readonly site: SiteConfig;
  private readonly relative: string | null;

  constructor(site: SiteConfig, db: DB | null, uploadBase: string | undefined, log?: LookupLog) {
    if (uploadBase !== undefined) {
      const given = givenUploads(uploadBase);
      this.site = withUploads(site, given);
      this.relative = isRelativeBase(given.uploadBase) ? given.uploadBase : null;
    } else {
      this.site = site.localUploadBase !== undefined && db ? { ...site, localFiles: indexedLocalFiles(db, site, undefined, log) } : site;
      this.relative = null;
    }
  }

  /** The site for a page written to `file` (a path relative to the output folder, `/`-separated). */
  forFile(file: string): SiteConfig {
    if (this.relative === null) return this.site;
    let depth = 0;
    for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) depth++;
    let site = this.byDepth[depth];
    if (!site) {
      site = { ...this.site, uploadBase: relativeUploadBase(this.relative, depth) };
      this.byDepth[depth] = site;
    }
    return site;
  }
}
