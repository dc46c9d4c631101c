/**
 * Between the passes: decide which file every title gets. Content pages of the chosen
 * namespaces, a stub per redirect, a file per category used, raw wikitext for the raw
 * namespaces. Names are encoded (filenames.ts) and made unique under case-insensitive
 * comparison: in a group of clashing names the oldest page (lowest id) keeps the plain name,
 * the others get `~` and a hash of their title, so names stay stable when a new dump adds a
 * clashing page. The `targets` table then maps every linkable title (redirects included) to the
 * file a link should point at.
 */
import type { DB } from '../index/db.js';
import { foldCase } from '../index/scan.js';
import type { SiteConfig } from '../site/types.js';
import { encodeFileName, MAX_BASE_BYTES, namespaceFolder, shortHash } from './filenames.js';
import { mergeVariantCategories, variantTitles } from './variant-links.js';

export interface PlanOptions {
  /** Namespaces converted to Markdown. */
  namespaces: number[];
  /** Namespaces saved as raw wikitext. */
  rawNamespaces: number[];
  /** Content pages with fewer characters are skipped (the seed used 1024). */
  minSize: number;
}

export type FileKind = 'page' | 'category' | 'redirect' | 'raw';

const FILES_DDL = `
DROP TABLE IF EXISTS files;
DROP TABLE IF EXISTS targets;
CREATE TABLE files (
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  ns INTEGER NOT NULL,
  page_id INTEGER,
  dir TEXT NOT NULL,
  base TEXT NOT NULL,
  ext TEXT NOT NULL,
  key TEXT NOT NULL,
  file TEXT,
  PRIMARY KEY (title, kind)
);
CREATE TABLE targets (
  title TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  fragment TEXT
) WITHOUT ROWID;
`;

export interface PlanSummary {
  files: number;
  pages: number;
  categories: number;
  redirects: number;
  raw: number;
  /** Names that clashed under case-insensitive comparison and got a suffix. */
  renamed: Array<{ title: string; file: string }>;
}

/** The namespaces converted to Markdown: files (6) are never pages, and special ones (< 0) have none. */
export function convertedNamespaces(namespaces: readonly number[]): number[] {
  return namespaces.filter((ns) => ns !== 6 && ns >= 0);
}

/** An SQL list for `IN (…)`: -999, no namespace, stands in for an empty one. */
const sqlList = (namespaces: readonly number[]) => (namespaces.length ? namespaces.join(',') : '-999');

/**
 * The SQL condition on `pages` for a content page (kind 'page') of these namespaces: not a
 * category, not a redirect. The plan files these; the report counts the short ones it skipped.
 */
export function contentPageWhere(namespaces: readonly number[]): string {
  return `ns IN (${sqlList(convertedNamespaces(namespaces))}) AND ns != 14 AND redirect IS NULL`;
}

export function planFiles(db: DB, site: SiteConfig, opts: PlanOptions): PlanSummary {
  db.exec(FILES_DDL);
  const insert = db.prepare('INSERT OR IGNORE INTO files(title, kind, ns, page_id, dir, base, ext, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const add = (title: string, kind: FileKind, ns: number, pageId: number | null, name: string) => {
    const dir = namespaceFolder(site, ns);
    const ext = kind === 'raw' ? '.wikitext' : '.md';
    const base = encodeFileName(name);
    insert.run(title, kind, ns, pageId, dir, base, ext, foldCase(`${dir}/${base}${ext}`));
  };
  const converted = convertedNamespaces(opts.namespaces);
  const nsList = sqlList(converted);
  const rawList = sqlList(opts.rawNamespaces);
  const catNs = site.namespaces.get(14)?.name ?? 'Category';
  type P = { id: number; ns: number; title: string; name: string };

  db.transaction(() => {
    // A category named in another script than its page's is that page's (zh; variant-links.ts).
    mergeVariantCategories(db, site, variantTitles(site));
    // Categories first: a used category whose page is a redirect gets the category file.
    const used = db.prepare('SELECT DISTINCT category FROM categories').pluck().all() as string[];
    const catPage = db.prepare('SELECT id, redirect FROM pages WHERE ns = 14 AND title = ?');
    for (const name of used) {
      const title = `${catNs}:${name}`;
      const page = catPage.get(title) as { id: number; redirect: string | null } | undefined;
      add(title, 'category', 14, page && page.redirect === null ? page.id : null, name);
    }
    // Pages in id order, a chunk at a time (millions of rows must not sit in memory at once).
    const eachPage = (where: string, params: unknown[], fn: (p: P) => void) => {
      const stmt = db.prepare(`SELECT id, ns, title, name FROM pages WHERE ${where} AND id > ? ORDER BY id LIMIT 10000`);
      for (let after = -1; ; ) {
        const rows = stmt.all(...params, after) as P[];
        if (!rows.length) break;
        after = rows[rows.length - 1]!.id;
        rows.forEach(fn);
      }
    };
    if (converted.includes(14)) eachPage('ns = 14 AND redirect IS NULL', [], (p) => add(p.title, 'category', 14, p.id, p.name));
    // Without --min-size the index measured no sizes (chars is builder.ts CHARS_NOT_MEASURED);
    // with it, chars may be a bound that answers `chars >= minSize` for this minSize only (text-size.ts).
    const bySize = opts.minSize > 0 ? 'AND chars >= ?' : '';
    const sizeParams = opts.minSize > 0 ? [opts.minSize] : [];
    eachPage(`${contentPageWhere(opts.namespaces)} ${bySize}`, sizeParams, (p) => add(p.title, 'page', p.ns, p.id, p.name));
    const hasCategory = db.prepare("SELECT 1 FROM files WHERE title = ? AND kind = 'category'");
    eachPage(`ns IN (${nsList}) AND redirect IS NOT NULL`, [], (p) => {
      if (!(p.ns === 14 && hasCategory.get(p.title))) add(p.title, 'redirect', p.ns, p.id, p.name);
    });
    eachPage(`ns IN (${rawList}) AND redirect IS NULL`, [], (p) => add(p.title, 'raw', p.ns, p.id, p.name));
  })();

  const renamed = resolveClashes(db);
  db.exec("UPDATE files SET file = dir || '/' || base || ext");
  db.exec('CREATE UNIQUE INDEX files_file ON files(file)');
  db.exec('CREATE INDEX files_page ON files(page_id)');
  db.exec(`INSERT INTO targets(title, file, fragment) SELECT title, file, NULL FROM files WHERE kind IN ('page', 'category')`);
  db.exec(`INSERT OR IGNORE INTO targets(title, file, fragment)
    SELECT r.title, f.file, r.target_fragment FROM pages r
    JOIN pages t ON t.id = r.target_id
    JOIN files f ON f.title = t.title AND f.kind IN ('page', 'category')
    WHERE r.redirect IS NOT NULL`);
  const count = (kind: string) => (db.prepare('SELECT count(*) FROM files WHERE kind = ?').pluck().get(kind) as number);
  const summary: PlanSummary = {
    files: db.prepare('SELECT count(*) FROM files').pluck().get() as number,
    pages: count('page'),
    categories: count('category'),
    redirects: count('redirect'),
    raw: count('raw'),
    renamed,
  };
  return summary;
}

/** Give every member of a case-insensitive clash group but the first a `~hash` suffix. */
function resolveClashes(db: DB): Array<{ title: string; file: string }> {
  db.exec('CREATE INDEX files_key ON files(key)');
  const groups = db.prepare('SELECT key FROM files GROUP BY key HAVING count(*) > 1').pluck().all() as string[];
  const members = db.prepare(
    "SELECT rowid, title, kind, dir, base, ext FROM files WHERE key = ? ORDER BY kind = 'redirect', page_id IS NULL, page_id, title",
  );
  const taken = db.prepare('SELECT 1 FROM files WHERE key = ? LIMIT 1');
  const update = db.prepare('UPDATE files SET base = ?, key = ? WHERE rowid = ?');
  const renamed: Array<{ title: string; file: string }> = [];
  db.transaction(() => {
    for (const key of groups) {
      const rows = members.all(key) as Array<{ rowid: number; title: string; kind: string; dir: string; base: string; ext: string }>;
      for (const row of rows.slice(1)) {
        let base = '';
        let newKey = '';
        for (let chars = 8; chars <= 40; chars += 4) {
          const suffix = `~${shortHash(row.title + '\u0000' + row.kind, chars)}`;
          let head = row.base;
          while (Buffer.byteLength(head + suffix) > MAX_BASE_BYTES + 9) head = [...head].slice(0, -1).join('');
          base = head + suffix;
          newKey = foldCase(`${row.dir}/${base}${row.ext}`);
          if (!taken.get(newKey)) break;
        }
        update.run(base, newKey, row.rowid);
        renamed.push({ title: row.title, file: `${row.dir}/${base}${row.ext}` });
      }
    }
  })();
  return renamed;
}
