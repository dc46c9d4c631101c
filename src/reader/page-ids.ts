/**
 * Page and revision ids, from the convert run's index (`OUTDIR/.wikimark/wikimark.sqlite`, its
 * `pages` table: id, title, rev, ts of every page of the dump). index.tsv has no ids, so a
 * mirror published without `.wikimark/` cannot answer `?curid=` or `?oldid=` (the reader says so).
 * Opened read-only for each question, as MirrorState.isDumpPage does: only such addresses ask.
 */
import fs from 'node:fs';
import path from 'node:path';
import { STATE_DB, STATE_DIR } from '../mirror/types.js';
import { openDatabase, type DB } from '../index/db.js';
import type { IdFacts } from './special-pages.js';

/** The revision of a page the mirror holds: its id and timestamp. */
export interface HeldRevision {
  rev: number;
  ts: string;
}

/** The run index of a mirror, or null when the mirror has none (published without `.wikimark/`). */
export function runIndexFile(root: string): string | null {
  const file = path.join(root, STATE_DIR, STATE_DB);
  return fs.existsSync(file) ? file : null;
}

/** `ask` on the run index; null when it is missing or cannot be read (never throws). */
function withRunIndex<T>(root: string, ask: (db: DB) => T | null): T | null {
  const file = runIndexFile(root);
  if (file === null) return null;
  let db: DB | null = null;
  try {
    db = openDatabase(file, { readonly: true });
    return ask(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * The ids a mirror's run index knows. A revision id is looked for among each page's one revision
 * (the dump's latest), through the `pages_rev` index (src/index/db.ts: 0.29 ms on 1.4 M rows); an
 * index made before session 24 lacks it until the next convert into the folder adds it, and the
 * lookup reads the table (0.11–0.18 s for 1.4 M rows in memory, more from a cold disk). Asked only
 * for an `oldid=` address not settled by the title.
 */
export function runIndexFacts(root: string): IdFacts {
  return {
    titleOfPage: (id) => withRunIndex(root, (db) => (db.prepare('SELECT title FROM pages WHERE id = ?').pluck().get(id) as string | undefined) ?? null),
    revisionOfTitle: (title) => heldRevision(root, title)?.rev ?? null,
    titleOfRevision: (rev) => withRunIndex(root, (db) => (db.prepare('SELECT title FROM pages WHERE rev = ? LIMIT 1').pluck().get(rev) as string | undefined) ?? null),
  };
}

/** The revision the mirror holds of a page (by its full title), or null. */
export function heldRevision(root: string, title: string): HeldRevision | null {
  return withRunIndex(root, (db) => (db.prepare('SELECT rev, ts FROM pages WHERE title = ? LIMIT 1').get(title) as HeldRevision | undefined) ?? null);
}
