/**
 * The mirror's SQLite database: one file under OUTDIR/.wikimark/ holding the title index of the
 * current dump (rebuilt when the dump changes) and the run state that survives across runs
 * (which pages were written from which revision). One file, so one transaction can record a
 * converted page and its categories together.
 */
import Database from 'better-sqlite3';

export type DB = Database.Database;

const INDEX_DDL = `
CREATE TABLE IF NOT EXISTS pages (
  id INTEGER PRIMARY KEY,
  ns INTEGER NOT NULL,
  title TEXT NOT NULL,          -- full title as in the dump ("Category:数学")
  name TEXT NOT NULL,           -- title without the namespace prefix
  fold TEXT NOT NULL,           -- case-folded full title
  redirect TEXT,                -- redirect target (full title), NULL for articles
  redirect_fragment TEXT,
  rev INTEGER NOT NULL,
  ts TEXT NOT NULL,
  sha1 TEXT NOT NULL,
  size INTEGER NOT NULL,        -- bytes of wikitext
  chars INTEGER NOT NULL,       -- UTF-16 length of the wikitext (the seed's --min-size unit), or a bound
                                --   answering chars >= N for the N of info 'chars' (text-size.ts); -1 unmeasured
  offset INTEGER NOT NULL,      -- byte offset of <page> in the uncompressed XML
  length INTEGER NOT NULL,
  stream INTEGER,               -- compressed offset of its bz2 stream (multistream dumps)
  target_id INTEGER,            -- final page a redirect leads to (chains followed)
  target_fragment TEXT,
  redirect_status TEXT          -- 'ok', 'double', 'broken', 'loop', 'too-long'
);
CREATE TABLE IF NOT EXISTS categories (
  page_id INTEGER NOT NULL,
  category TEXT NOT NULL,       -- category name without prefix
  sortkey TEXT
);
CREATE TABLE IF NOT EXISTS texts (
  page_id INTEGER PRIMARY KEY,  -- wikitext of templates, for expansion
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

/**
 * Built after the bulk insert, and again (a no-op when present) when a run reuses an index an
 * older build made. `pages_offset` lets the convert pass (convert-pass.ts) fetch its work in dump
 * order chunk by chunk: without it each chunk of 5,000 scanned and sorted every file row, so the
 * chunks together grew with the square of the page count — ~0.1 s of the 1 GB bench's 0.2 s
 * sweep, ~110 s on a dump of 1.4 million pages; with it a chunk reads its own rows. `pages_rev`
 * answers the reader's `?oldid=` (reader/page-ids.ts), which opens this file read-only and so
 * cannot make it: without it each such lookup read the whole table (~0.1 s for 1.4 M rows).
 */
const INDEX_INDEXES = `
CREATE INDEX IF NOT EXISTS pages_title ON pages(title);
CREATE INDEX IF NOT EXISTS pages_offset ON pages(offset);
CREATE INDEX IF NOT EXISTS pages_fold ON pages(fold);
CREATE INDEX IF NOT EXISTS pages_rev ON pages(rev);
CREATE INDEX IF NOT EXISTS categories_page ON categories(page_id);
CREATE INDEX IF NOT EXISTS categories_category ON categories(category, sortkey);
`;

const STATE_DDL = `
CREATE TABLE IF NOT EXISTS state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS done (
  file TEXT PRIMARY KEY,        -- output file (relative to OUTDIR)
  page_id INTEGER NOT NULL,
  kind TEXT NOT NULL,           -- 'page', 'category' (text kept in category_text) or 'raw'
  rev INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,    -- options the page was converted with
  ns INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  warning_codes TEXT,           -- JSON {code: n}
  fallbacks TEXT,               -- JSON [..]
  unhandled TEXT,               -- JSON {template: n}
  categories TEXT,              -- JSON [[name, sortkey]] from the converter
  failed TEXT,                  -- error message when the converter threw
  variant_title TEXT,           -- the title converted to --variant (PageMeta.variantTitle)
  lookups BLOB                  -- sorted Int32 keys of the titles the conversion asked about (mirror/lookup-log.ts)
);
CREATE INDEX IF NOT EXISTS done_page ON done(page_id);
CREATE TABLE IF NOT EXISTS category_text (
  page_id INTEGER PRIMARY KEY,  -- converted Markdown of a category page's own text
  markdown TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS written (
  file TEXT PRIMARY KEY,        -- every file of OUTDIR this tool wrote (relative path)
  hash TEXT
);
`;

export function openDatabase(path: string, opts: { readonly?: boolean; cacheMb?: number } = {}): DB {
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(STATE_DDL);
    db.exec(INDEX_DDL);
    migrateState(db);
  }
  db.pragma(`cache_size = -${(opts.cacheMb ?? 64) * 1024}`);
  // Readers map the file: a lookup then costs no read() system call. As much of it as SQLite maps
  // at most (its SQLITE_MAX_MMAP_SIZE, 0x7fff0000 bytes; it was 1 GB): pages past the mapping are
  // read into the connection's own cache (16 MB in a worker), and on a whole wiki the `targets`
  // table, which the plan writes after the index, lies far into the file. Read that way, with a
  // cache holding ~5 % of the table, a link title's lookup cost 1,273 ns of CPU against 846
  // mapped (bench/link-lookups.ts on the hit-heavy bench index, load 9.5).
  if (opts.readonly) db.pragma('mmap_size = 2147418112');
  return db;
}

/** Columns added after a mirror's state was first created (its done rows stay valid). */
function migrateState(db: DB): void {
  const columns = new Set(columnsOf(db, 'done'));
  if (!columns.has('variant_title')) db.exec('ALTER TABLE done ADD COLUMN variant_title TEXT');
  // NULL in the rows written before: an update run converts those pages again (changed-titles.ts).
  if (!columns.has('lookups')) db.exec('ALTER TABLE done ADD COLUMN lookups BLOB');
}

/** Drop the index of a previous dump (the run state stays). */
export function resetIndex(db: DB): void {
  db.exec(`
    DROP TABLE IF EXISTS pages; DROP TABLE IF EXISTS categories; DROP TABLE IF EXISTS texts;
    DROP TABLE IF EXISTS info; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS targets;
  `);
  db.exec(INDEX_DDL);
}

/** The tables of the previous index that setAsideIndex keeps, under these names. */
export const PREVIOUS_TABLES = { pages: 'previous_pages', categories: 'previous_categories', texts: 'previous_texts' } as const;
/** The previous plan's link targets (mirror/plan.ts), kept with them to tell which answers changed (mirror/changed-titles.ts). */
export const PREVIOUS_TARGETS = 'previous_targets';

/**
 * resetIndex, keeping the previous index's pages, categories and texts as PREVIOUS_TABLES (a
 * rename: no row is copied) for the caller to take rows back from. Their indexes are dropped: they
 * would keep their names and stop createIndexIndexes making the new ones. Tables already set aside
 * are kept instead: they are left only by a run stopped before its plan (run.ts drops them before
 * converting anything), so they still hold the last whole index, and the index beside them is that
 * run's partial rebuild, which lacks every page the dump damaged.
 */
export function setAsideIndex(db: DB): void {
  db.transaction(() => {
    if (columnsOf(db, PREVIOUS_TABLES.pages).length === 0) {
      dropPreviousIndex(db);
      db.exec(INDEX_INDEXES.replace(/CREATE INDEX IF NOT EXISTS (\w+) ON .*;/g, 'DROP INDEX IF EXISTS $1;'));
      for (const [table, previous] of Object.entries(PREVIOUS_TABLES)) db.exec(`ALTER TABLE ${table} RENAME TO ${previous}`);
      if (columnsOf(db, 'targets').length) db.exec(`ALTER TABLE targets RENAME TO ${PREVIOUS_TARGETS}`);
    }
    resetIndex(db);
  })();
}

/** Drop the tables setAsideIndex kept, once the plan no longer needs them. */
export function dropPreviousIndex(db: DB): void {
  for (const previous of [...Object.values(PREVIOUS_TABLES), PREVIOUS_TARGETS]) db.exec(`DROP TABLE IF EXISTS ${previous}`);
}

export function createIndexIndexes(db: DB): void {
  db.exec(INDEX_INDEXES);
}

export function getInfo(db: DB, key: string): string | null {
  const row = db.prepare('SELECT value FROM info WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

export function setInfo(db: DB, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO info(key, value) VALUES (?, ?)').run(key, value);
}

export function getState(db: DB, key: string): string | null {
  const row = db.prepare('SELECT value FROM state WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? row.value : null;
}

export function setState(db: DB, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO state(key, value) VALUES (?, ?)').run(key, value);
}

/** Set state `key`, or delete it for null. */
export function putState(db: DB, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM state WHERE key = ?').run(key);
  else setState(db, key, value);
}

/** The column names of a table (none when it does not exist). */
export function columnsOf(db: DB, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}
