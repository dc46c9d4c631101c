/**
 * Full-text search over a mirror: an SQLite FTS5 table with the trigram tokenizer (it needs no word
 * breaking, so it works for Chinese and Japanese), kept in OUTDIR/.wikimark/search.sqlite. Built
 * from the Markdown files on first use and rebuilt when index.tsv changes (size and mtime are the
 * fingerprint: every mirror run rewrites it).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MirrorTitles } from './mirror-titles.js';

export const SEARCH_DB = path.join('.wikimark', 'search.sqlite');
/** Bump when the table layout or the text extraction changes, so old indexes are rebuilt. */
const SCHEMA_VERSION = '2';

export function mirrorFingerprint(outDir: string): string {
  const st = fs.statSync(path.join(outDir, 'index.tsv'));
  return `v${SCHEMA_VERSION}:${st.size}:${Math.trunc(st.mtimeMs)}`;
}

/**
 * Markdown → the text a reader sees, roughly: link targets, footnote markers, table rules, HTML
 * tags and emphasis marks go, so that snippets read as prose and URLs do not match queries.
 */
export function markdownToPlainText(md: string): string {
  return md
    // The "converted from [title](live URL)" quote that opens every page says nothing about it.
    .replace(/^(?:> [^\n]*\]\(https?:[^\n]*\n)+/, '')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[\^[^\]\n]*\]:?/g, ' ')
    .replace(/^\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$/gm, ' ')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/(\*\*|__|\*|`+|\$\$?)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export type Progress = (done: number, total: number) => void;

function isCurrent(file: string, fingerprint: string): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    const db = new Database(file, { readonly: true });
    try {
      const row = db.prepare("SELECT value FROM meta WHERE key = 'fingerprint'").get() as { value: string } | undefined;
      return row?.value === fingerprint;
    } finally {
      db.close();
    }
  } catch {
    return false; // unreadable or from an older layout: rebuild
  }
}

/** Create the table and fill it from the mirror's Markdown files (redirect stubs left out). */
function fillIndex(db: Database.Database, outDir: string, titles: MirrorTitles, fingerprint: string, progress: Progress | null): void {
  db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE VIRTUAL TABLE pages USING fts5(title, file UNINDEXED, body, tokenize='trigram');`);
  const insert = db.prepare('INSERT INTO pages (title, file, body) VALUES (?, ?, ?)');
  const seen = new Set<string>();
  const wanted = titles.entries.filter((e) => e.kind !== 'redirect' && e.file.endsWith('.md') && !seen.has(e.file) && seen.add(e.file));
  const batch = db.transaction((entries: typeof wanted) => {
    for (const e of entries) {
      let text: string;
      try {
        text = fs.readFileSync(path.join(outDir, e.file), 'utf8');
      } catch {
        continue; // listed but gone: the page just is not searchable
      }
      insert.run(e.shownTitle, e.file, markdownToPlainText(text));
    }
  });
  // Transactions of a few hundred pages: fast inserts, and progress stays current.
  for (let i = 0; i < wanted.length; i += 500) {
    batch(wanted.slice(i, i + 500));
    progress?.(Math.min(i + 500, wanted.length), wanted.length);
  }
  if (wanted.length === 0) progress?.(0, 0);
  db.prepare("INSERT INTO meta (key, value) VALUES ('fingerprint', ?)").run(fingerprint);
  db.exec("INSERT INTO pages (pages) VALUES ('optimize')");
}

/**
 * Build the index into a scratch file and rename it into place, so a build stopped half-way never
 * leaves an index that claims to be complete.
 */
function buildFile(outDir: string, titles: MirrorTitles, file: string, fingerprint: string, progress: Progress | null): void {
  const scratch = `${file}.building`;
  fs.rmSync(scratch, { force: true });
  const db = new Database(scratch);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    fillIndex(db, outDir, titles, fingerprint, progress);
  } finally {
    db.close();
  }
  fs.renameSync(scratch, file);
}

const READ_ONLY_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']);

/**
 * Open the mirror's search index, building it first when missing, stale or `reindex` is set. A
 * mirror we may not write to (read-only disk, someone else's files) gets an index in memory.
 */
export function openSearchIndex(outDir: string, titles: MirrorTitles, options: { reindex?: boolean; progress?: Progress | null } = {}): Database.Database {
  const file = path.join(outDir, SEARCH_DB);
  const fingerprint = mirrorFingerprint(outDir);
  try {
    if (options.reindex || !isCurrent(file, fingerprint)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      buildFile(outDir, titles, file, fingerprint, options.progress ?? null);
    }
    return new Database(file, { readonly: true });
  } catch (err) {
    if (!READ_ONLY_ERRORS.has((err as { code?: string }).code ?? '')) throw err;
    const db = new Database(':memory:');
    fillIndex(db, outDir, titles, fingerprint, options.progress ?? null);
    return db;
  }
}
