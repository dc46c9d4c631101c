/**
 * Full-text search over a mirror: an SQLite FTS5 table with the trigram tokenizer (it needs no word
 * breaking, so it works for Chinese and Japanese), kept in OUTDIR/.wikimark/search.sqlite beside a
 * table of what each indexed file was (path, size, mtime, title) when it was read. Kept in step
 * with the mirror file by file (index-sync.ts), in a worker thread while the server answers
 * (background-index.ts): a stopped build resumes, and a mirror updated by `convert` costs only the
 * files that changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { withoutFrontMatter } from './front-matter.js';

export const SEARCH_DB = path.join('.wikimark', 'search.sqlite');
/** Bump when the table layout or the text extraction changes, so old indexes are rebuilt. */
export const SCHEMA_VERSION = '9';

export function mirrorFingerprint(outDir: string): string {
  const st = fs.statSync(path.join(outDir, 'index.tsv'));
  return `v${SCHEMA_VERSION}:${st.size}:${Math.trunc(st.mtimeMs)}`;
}

/**
 * A picture followed by its caption as the writer puts it: `![caption](url)<br />` opening a
 * paragraph (at the start, after a blank line or a list item's marker, in a quote or not: where
 * the reader's image-captions finds it first in its paragraph), then the caption's lines (up to a
 * blank line or the next list item, as in a gallery's list).
 */
const CAPTIONED = /(?<=^[ \t>]*|\n[ \t>]*\n[ \t>]*|(?:^|\n)[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+)!\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)<br \/>\n((?:[ \t]*(?![-*+] |\d+[.)] )\S[^\n]*(?:\n|$))+)/g;

/**
 * The caption once: the picture's alt text is the caption's words again, which the reader does
 * not show (image-captions.ts empties it), and which would count every caption's words twice in
 * the index. An alt that differs from the caption (the wiki's `alt=`) stays, as in the reader.
 */
function captionOnce(whole: string, alt: string, caption: string): string {
  const words = alt.replace(/\s+/g, '');
  return words !== '' && words === markdownToPlainText(caption).replace(/\s+/g, '') ? ' ' + caption : whole;
}

/**
 * A link or picture, its label kept: a destination may hold balanced parentheses (the live
 * wiki's OS_(消歧义), an image X_(1).png), a label brackets two deep (an external link the wiki
 * numbers, `[[1]](https://…)`; wikitext `[[…]]` left in a citation's link label).
 */
const LINK = /!?\[((?:\\.|[^[\]\n\\]|\[(?:\\.|[^[\]\n\\]|\[(?:\\.|[^[\]\n\\])*\])*\])*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g;

/**
 * Links' and pictures' labels without their targets, a label's own links and pictures too: a
 * linked picture `[![alt](image)](page)` is its alt (one pass left the image's URL indexed).
 */
function linkTexts(md: string): string {
  for (let pass = 0; pass < 4; pass++) {
    const next = md.replace(LINK, '$1');
    if (next === md) break;
    md = next;
  }
  return md;
}

/**
 * Markdown → the text a reader sees, roughly: link targets, footnote markers, table rules, HTML
 * tags and emphasis marks go, so that snippets read as prose and URLs do not match queries.
 */
export function markdownToPlainText(md: string): string {
  // The --front-matter block repeats the title, and a source URL that is no text of the page
  // (the footer holds it too only on a mirror converted with --attribution).
  const text = withoutFrontMatter(md)
    // The "converted from [title](live URL)" quote that opens every page says nothing about it.
    // With the blank line after it: a captioned picture that opens the page then starts the text,
    // where CAPTIONED finds it (it counted its caption twice on 19 of the ja, uk and zh-sample pages).
    .replace(/^(?:> [^\n]*\]\(https?:[^\n]*\n)+\n*/, '')
    .replace(CAPTIONED, captionOnce)
    .replace(/<[^>\n]*>/g, ' ');
  return linkTexts(text)
    .replace(/\[\^[^\]\n]*\]:?/g, ' ')
    .replace(/^\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$/gm, ' ')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/(\*\*|__|\*|`+|\$\$?)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}


/**
 * Where the index of `outDir` lives: in the mirror, or, when the mirror may not be written to
 * (read-only disk, someone else's files), in a per-mirror cache directory under the system temp.
 */
export function searchDbFile(outDir: string): string {
  const inMirror = path.join(outDir, SEARCH_DB);
  try {
    fs.mkdirSync(path.dirname(inMirror), { recursive: true });
    fs.accessSync(path.dirname(inMirror), fs.constants.W_OK);
    if (fs.existsSync(inMirror)) fs.accessSync(inMirror, fs.constants.W_OK);
    return inMirror;
  } catch {
    const key = crypto.createHash('sha256').update(fs.realpathSync(outDir)).digest('hex').slice(0, 16);
    const dir = path.join(os.tmpdir(), 'wikimark-search', key);
    fs.mkdirSync(dir, { recursive: true });
    return path.join(dir, 'search.sqlite');
  }
}

const TABLES = `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
  CREATE TABLE files (id INTEGER PRIMARY KEY, file TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, mtime REAL NOT NULL, title TEXT NOT NULL);
  CREATE VIRTUAL TABLE pages USING fts5(title, file UNINDEXED, body, tokenize='trigram');`;

function schemaOf(db: Database.Database): string | null {
  try {
    return (db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined)?.value ?? null;
  } catch {
    return null;
  }
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '.building']) fs.rmSync(file + suffix, { force: true });
}

/**
 * The index for writing, created (or recreated, when `fresh` or from another layout) as needed.
 * WAL journal: the server's read-only connection sees every committed batch while the writer goes
 * on, and a process killed mid-batch loses only that batch. No fsync (synchronous OFF): the index
 * can always be rebuilt from the mirror, and fsyncs on a busy disk cost a third of the build time
 * (458 against 695 files/s on 6000 pages here); a power cut may need `serve --reindex`.
 */
export function openIndexForWriting(file: string, fresh = false): Database.Database {
  if (fresh) removeDb(file);
  let db: Database.Database;
  try {
    db = new Database(file);
    if (schemaOf(db) !== SCHEMA_VERSION) {
      const empty = !db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get();
      if (!empty) {
        db.close();
        removeDb(file);
        db = new Database(file);
      }
    }
  } catch {
    removeDb(file); // not a database at all: start over
    db = new Database(file);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // The WAL grows to a batch's worth of pages between checkpoints (~200 MB on big pages); without a
  // limit it keeps that size on disk for good.
  db.pragma('journal_size_limit = 67108864');
  if (schemaOf(db) !== SCHEMA_VERSION) {
    db.exec(TABLES);
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION);
    // Merge segments 8 at a time rather than 4: each trigram is rewritten fewer times as the
    // index grows (+20 % files/s on 6000 pages), for a few more segments per query to look in.
    db.exec("INSERT INTO pages (pages, rank) VALUES ('automerge', 8)");
  }
  return db;
}
