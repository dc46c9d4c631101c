/**
 * A page's categories as its conversion reported them, written over the ones the index pass
 * scanned from its text (templates add categories the scan cannot see; the engine's sort keys
 * win). Used by the checkpoint of every converted page (convert-pass.ts) and, after a rebuilt
 * index, for the pages an update run does not convert again (index-pass.ts reapplyCategories).
 */
import type { DB } from '../index/db.js';

/** One category of a page: name without prefix, sort key (null: the page's own name). */
export type CategoryEntry = readonly [name: string, sortKey: string | null];

/** What a name held by several rows maps to: no sort key (not even undefined) equals it. */
const SEVERAL = Symbol('several rows');

/**
 * `(pageId, categories)` → the page's rows in `categories` afterwards: for each name reported
 * (the last sort key given for it winning), exactly one row with that key; rows of names not
 * reported stay. A name whose one row already holds the key is left as it is: the scan and the
 * engine agree on almost every category (14,518 of 14,518 on the bench's 330 MB dump), and
 * deleting and re-inserting each row — three B-trees each way — was 9–11 µs of the main thread
 * per converted page, against ~1.3 µs for reading the page's rows once (32,000 checkpointed
 * results replayed against a copy of the 1 GB bench's index).
 */
export function categoryReplacer(db: DB): (pageId: number, categories: readonly CategoryEntry[]) => void {
  const rowsOf = db.prepare('SELECT category, sortkey FROM categories WHERE page_id = ?');
  const del = db.prepare('DELETE FROM categories WHERE page_id = ? AND category = ?');
  const ins = db.prepare('INSERT INTO categories(page_id, category, sortkey) VALUES (?, ?, ?)');
  return (pageId, categories) => {
    if (!categories.length) return;
    // A name with one row maps to its key; with several rows, to SEVERAL (equal to no key).
    const present = new Map<string, string | null | typeof SEVERAL>();
    for (const row of rowsOf.all(pageId) as Array<{ category: string; sortkey: string | null }>) {
      present.set(row.category, present.has(row.category) ? SEVERAL : row.sortkey);
    }
    const wanted = new Map<string, string | null>();
    for (const [name, key] of categories) wanted.set(name, key);
    for (const [name, key] of wanted) {
      if (present.has(name) && present.get(name) === key) continue;
      del.run(pageId, name);
      ins.run(pageId, name, key);
    }
  };
}
