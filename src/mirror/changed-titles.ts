/**
 * An update run gives the mirror a fresh run of the new dump would: besides the pages whose own
 * revision changed, it converts again every page that asked the index about a title whose answer
 * the new dump changed (the keys each page asked about are in its checkpoint row: lookup-log.ts).
 *
 * A title's answer as a link target, page or file (its `titleKey`) changed when the title
 * appeared or vanished, its redirect leads elsewhere (another final page, section or status), or
 * its link target changed (another file: a case clash with a new title, a category file made or
 * no longer made, a page now too short for --min-size). Its text (its `textKey`) changed when a
 * page whose wikitext the index keeps (templates) changed revision, appeared or vanished. The
 * date pages are converted with (the dump's latest edit: `NOW_KEY`) changed when this dump's is
 * not the one the last plan recorded (state `now`, set by `recordNow`), or when no plan recorded
 * one (a build before this one made the mirror).
 *
 * Compared: the previous index set aside by the index pass (db.ts setAsideIndex: previous_pages,
 * previous_texts, previous_targets) against the new one, after the plan.
 */
import { PREVIOUS_TABLES, PREVIOUS_TARGETS, columnsOf, getState, setState, type DB } from '../index/db.js';
import { keysFromBlob, NOW_KEY, sharesKey, textKey, textKeyOf, titleKey } from './lookup-log.js';

const OLD = PREVIOUS_TABLES.pages;
const OLD_TEXTS = PREVIOUS_TABLES.texts;

/** Titles whose answer as a page, redirect or link target differs between the two indexes. */
const TITLE_CHANGES = [
  // appeared, vanished
  `SELECT p.title FROM pages p WHERE NOT EXISTS (SELECT 1 FROM ${OLD} o WHERE o.title = p.title)`,
  `SELECT o.title FROM ${OLD} o WHERE NOT EXISTS (SELECT 1 FROM pages p WHERE p.title = o.title)`,
  // a redirect made, undone, or leading elsewhere (the final page by title: ids stay with a moved page)
  `SELECT p.title FROM pages p JOIN ${OLD} o ON o.title = p.title
     LEFT JOIN pages t ON t.id = p.target_id LEFT JOIN ${OLD} ot ON ot.id = o.target_id
     WHERE p.redirect IS NOT o.redirect OR p.redirect_fragment IS NOT o.redirect_fragment
        OR p.target_fragment IS NOT o.target_fragment OR p.redirect_status IS NOT o.redirect_status
        OR t.title IS NOT ot.title`,
  // a link target to another file or section, made, or no longer made
  `SELECT t.title FROM targets t LEFT JOIN ${PREVIOUS_TARGETS} o ON o.title = t.title
     WHERE o.title IS NULL OR o.file IS NOT t.file OR o.fragment IS NOT t.fragment`,
  `SELECT o.title FROM ${PREVIOUS_TARGETS} o WHERE NOT EXISTS (SELECT 1 FROM targets t WHERE t.title = o.title)`,
];

/** Titles whose kept wikitext differs (appeared and vanished titles are added from TITLE_CHANGES). */
const TEXT_CHANGES = `SELECT p.title FROM pages p JOIN ${OLD} o ON o.title = p.title
  WHERE (p.rev IS NOT o.rev OR p.sha1 IS NOT o.sha1 OR p.id IS NOT o.id)
    AND (EXISTS (SELECT 1 FROM texts x WHERE x.page_id = p.id) OR EXISTS (SELECT 1 FROM ${OLD_TEXTS} x WHERE x.page_id = o.id))`;

/** State key: the date the pages of the last plan were converted with. */
const NOW_STATE = 'now';

/** After the plan (and markDependentPages): the date this run converts with. */
export function recordNow(db: DB, now: string): void {
  setState(db, NOW_STATE, now);
}

/** What changed: every page to redo, when the previous index lacks what a comparison needs. */
export const EVERY_PAGE = 'every page';

/**
 * The keys whose answers changed, sorted; null when there is no previous index to compare with
 * (a first run, or an index reused as it was); EVERY_PAGE when the previous index lacks its plan's
 * targets or its texts (set aside by a build before this one, which stopped before its plan).
 * `now`: the date this run converts with.
 */
export function changedKeys(db: DB, now: string): Int32Array | typeof EVERY_PAGE | null {
  if (columnsOf(db, OLD).length === 0) return null;
  if (columnsOf(db, PREVIOUS_TARGETS).length === 0 || columnsOf(db, OLD_TEXTS).length === 0) return EVERY_PAGE;
  // The previous pages lost their indexes when set aside (setAsideIndex); this one goes with the table.
  db.exec(`CREATE INDEX IF NOT EXISTS ${OLD}_title ON ${OLD}(title)`);
  const keys = new Set<number>();
  for (const sql of TITLE_CHANGES) {
    for (const title of db.prepare(sql).pluck().iterate() as Iterable<string>) {
      const key = titleKey(title);
      keys.add(key);
      // A page appearing or vanishing changes its text too (only a template's is ever read).
      keys.add(textKeyOf(key));
    }
  }
  for (const title of db.prepare(TEXT_CHANGES).pluck().iterate() as Iterable<string>) keys.add(textKey(title));
  const before = getState(db, NOW_STATE);
  // No date recorded: the pages were converted by a build that did not record it, with any date.
  if (before !== now) keys.add(NOW_KEY);
  return Int32Array.from(keys).sort();
}

/**
 * Make the convert pass redo every converted page that asked about a changed key: its checkpoint
 * row is kept (its categories still count until it is redone) with a revision no page has. Rows
 * without keys were written by a build that did not record them: redone too, whatever changed.
 * Pages put back from the previous index (a damaged page's last good copy: index-pass.ts) are not
 * in this dump to be converted and stay as they are. Returns how many of the marked files the
 * convert pass would otherwise have skipped (the page, its revision and `fingerprint`, the
 * options, unchanged): the dependents; rows of pages that left the dump or changed are not counted.
 */
export function markDependentPages(db: DB, changed: Int32Array | typeof EVERY_PAGE, spared: readonly number[], fingerprint: string): number {
  const keep = new Set(spared);
  const every = changed === EVERY_PAGE;
  const stale: string[] = [];
  let dependents = 0;
  const rows = db.prepare("SELECT file, page_id, rev, fingerprint, lookups FROM done WHERE kind != 'raw' AND rev != -1");
  // Asked only for a row being marked (most are not): would the convert pass have skipped it?
  const unchanged = db.prepare(`SELECT 1 FROM files f JOIN pages p ON p.id = f.page_id
    WHERE f.file = ? AND f.page_id = ? AND p.rev = ?`).pluck();
  for (const row of rows.iterate() as Iterable<{ file: string; page_id: number; rev: number; fingerprint: string; lookups: Buffer | null }>) {
    if (keep.has(row.page_id)) continue;
    if (every || row.lookups === null || (changed.length > 0 && sharesKey(keysFromBlob(row.lookups), changed))) {
      stale.push(row.file);
      if (row.fingerprint === fingerprint && unchanged.get(row.file, row.page_id, row.rev) !== undefined) dependents++;
    }
  }
  const mark = db.prepare('UPDATE done SET rev = -1 WHERE file = ?');
  db.transaction(() => {
    for (const file of stale) mark.run(file);
  })();
  return dependents;
}
