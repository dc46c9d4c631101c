/**
 * What a conversion worker converts every page with: the site, the template source and the link
 * resolver backed by the index (link targets, redirects' anchors, titles in another script,
 * recorded category names), and the upload sites. Made once per worker (worker.ts); the mirror
 * benches make the same for the engine alone (bench/mirror-engine.ts), so that both sides do the
 * same work.
 */
import type { DB } from '../index/db.js';
import { TitleIndex } from '../index/title-index.js';
import { siteFromInfo } from '../dump/site.js';
import { detached } from '../engine/strings.js';
import type { ConvertOptions, PageSource } from '../engine/types.js';
import { linkAnchor } from '../writer/anchors.js';
import { UploadSites } from './uploads.js';
import { ownTemplatesOf } from './own-templates.js';
import { TitleCache } from './title-cache.js';
import { linkPath } from './filenames.js';
import { variantConverter } from './variant.js';
import { categoryAsRecorded, variantTitles, withVariantTitles } from './variant-links.js';
import type { WorkerInit } from './types.js';
import { LookupLog, noticedDate, textKey, titleKey } from './lookup-log.js';

export interface PageOptions {
  /** Every option but the page's own: spread with `site: uploadSites.forFile(file)` and `title`. */
  base: ConvertOptions;
  uploadSites: UploadSites;
  /** The titles each page asked about (lookup-log.ts): the worker takes them after each page. */
  lookups: LookupLog;
  /**
   * Drop the link targets cached so far (both generations) and the zh spelling keys kept with
   * them. The mirror does so itself only on a wiki with variants, when the spelling keys fill
   * (rememberSpellings); the benches do at each copy of their pages, which on a dump of repeated
   * pages would otherwise find every title cached after the first copy, unlike a whole wiki's
   * dump, whose pages keep linking new titles (bench/mirror-split.ts `-cold` modes).
   */
  forgetTargets(): void;
}

/**
 * Template text is asked for again and again (every page calls Cite web, and the infobox handlers
 * ask for their template's source on every page): keep the recent ones, misses (null) included.
 * Two generations, as for link targets below: a hit in the newer one is one Map lookup; a hit in
 * the older one moves the entry to the newer; when the newer one holds half the budget the older
 * one is dropped. (An exact LRU — delete and re-insert on every hit — cost ~0.7 % of a worker's
 * CPU on the bench dump.) At most `budget` bytes of text are held in both together. Each entry
 * keeps the keys its lookup noted in `log`, noted again on every hit (lookup-log.ts).
 */
function cachedSource(source: PageSource, log: LookupLog, budget = 32 << 20): PageSource {
  type Entry = { text: string | null; keys: Int32Array };
  let recent = new Map<string, Entry>();
  let older = new Map<string, Entry>();
  let recentSize = 0;
  const sizeOf = (title: string, text: string | null) => (text?.length ?? 0) * 2 + title.length * 2 + 64;
  const cached: PageSource = {
    exists: (title) => source.exists(title),
    get: (title) => {
      const hit = recent.get(title);
      if (hit !== undefined) {
        log.replay(hit.keys);
        return hit.text;
      }
      let entry = older.get(title);
      let key = title;
      if (entry === undefined) {
        const from = log.length;
        const text = source.get(title);
        entry = { text, keys: log.since(from) };
        // A copy of the key: a title sliced from a page would keep that page's text alive.
        key = detached(title);
      } else log.replay(entry.keys);
      const size = sizeOf(title, entry.text);
      if (recentSize + size > budget / 2) {
        older = recent;
        recent = new Map();
        recentSize = 0;
      }
      recent.set(key, entry);
      recentSize += size;
      return entry.text;
    },
  };
  if (source.otherSpelling) cached.otherSpelling = source.otherSpelling.bind(source);
  if (source.redirectTarget) cached.redirectTarget = source.redirectTarget.bind(source);
  // A cache of the engine's (a parsed tree) answered for this title: note the keys its `get` noted.
  // An entry evicted here while the engine kept its tree is read again just to note them: rare, and correct.
  cached.noteUse = (title) => {
    cached.get(title);
  };
  return cached;
}

/**
 * A `targets` row as one string: the file, and after FRAGMENT_MARK a redirect's section. One
 * plucked string instead of a row object: better-sqlite3 builds each row object key by key. The
 * query alone on the hit-heavy bench index took 2.9–4.5 µs for a found title against 1.3–2.4 for
 * a missing one (about twice), the row object 1.5–2 µs of it; a hit's first lookup replayed with
 * the resolver (bench/mirror-hits.ts) cost 1.5 times a miss's (docs/mirror-measurements.md, "Session 18,
 * hits"). The mark cannot occur in a file path: file names write control characters as `%XX`
 * (filenames.ts; test/mirror/filenames.test.ts checks it for U+0001).
 */
type Row = string | undefined;
const FRAGMENT_MARK = '\u0001';

/** Link targets kept per generation (see `target` below). */
const TARGET_GENERATION = 150_000;
/** Recorded category names already worked out (a category is named on page after page); bounded. */
const RECORDED_KEPT = 50_000;

/**
 * The options of every page a worker converts, with the index `db` (opened read-only) behind them.
 * `targetGeneration`: link targets kept per generation (tests make it small to see entries dropped).
 */
export function pageOptions(init: Pick<WorkerInit, 'siteInfo' | 'output' | 'now'>, db: DB, targetGeneration = TARGET_GENERATION): PageOptions {
  const site = siteFromInfo(init.siteInfo);
  const index = new TitleIndex(db, site);
  const lookups = new LookupLog();
  const targetStmt = db.prepare("SELECT CASE WHEN fragment IS NULL THEN file ELSE file || char(1) || fragment END FROM targets WHERE title = ?").pluck();
  const categoryPrefix = (site.namespaces.get(14)?.name ?? 'Category') + ':';
  /** Image URLs: the index tells local files from Commons ones; --upload-base overrides (uploads.ts). */
  const uploadSites = new UploadSites(site, db, init.output.uploadBase, lookups);
  /** Titles in another script find their page on a wiki with variants (zh); null elsewhere (variant-links.ts). */
  const variants = variantTitles(site);
  const asked = { title: (full: string) => lookups.note(titleKey(full)), text: (full: string) => lookups.note(textKey(full)) };
  const templates = init.output.expandTemplates ? cachedSource(withVariantTitles(index.pageSource(asked), variants, lookups), lookups) : null;

  /**
   * Link targets recently looked up, misses included (null), each as the href of a link that does
   * not name its own section (a redirect's section anchor included): percent-encoding the path per
   * link cost more than the lookup. Two generations: a hit in the older one moves the entry to the
   * newer; when the newer is full the older is dropped. (An exact LRU — delete and re-insert on
   * every hit — cost 1.4 µs per link in a 300,000-entry Map, 9 % of a worker's CPU time on the bench
   * dump; a hit here is one or two probes of title-cache.ts, which keeps copies of the keys'
   * characters, so no title sliced from a page keeps that page's text alive.)
   */
  let recentTargets = new TitleCache(targetGeneration);
  let olderTargets = new TitleCache(targetGeneration);
  function target(title: string): string | null {
    const h = TitleCache.hash(title);
    lookups.note(h);
    if (spellingKeys !== null) {
      for (let known = spellingKeys.get(h); known !== undefined; known = known.next) lookups.replay(known.keys);
    }
    let hit = recentTargets.get(title, h);
    if (hit !== undefined) return hit;
    hit = olderTargets.get(title, h);
    if (hit === undefined) hit = lookupTarget(title, h);
    if (recentTargets.full(title)) {
      olderTargets = recentTargets;
      recentTargets = new TitleCache(targetGeneration);
    }
    recentTargets.set(title, h, hit);
    return hit;
  }

  const pageStmt = db.prepare('SELECT 1 FROM pages WHERE title = ? LIMIT 1');
  const pageExists = (title: string) => {
    lookups.note(titleKey(title));
    return pageStmt.get(title) !== undefined;
  };

  /**
   * On a wiki with variants, the keys of the spellings a title's lookup tried, by the title's hash
   * (`h`): a cached answer notes them again. One entry per title, chained when two titles
   * share a hash (a lookup notes both lists: only needless rewrites); a title that fell out of the
   * answers and is looked up again replaces its own entry. Kept longer than the answers: when it
   * holds as many titles as both generations, both are dropped with it.
   */
  type Spellings = { title: string; keys: Int32Array; next: Spellings | undefined };
  const spellingKeys = variants ? new Map<number, Spellings>() : null;
  function rememberSpellings(h: number, title: string, keys: Int32Array): void {
    if (spellingKeys!.size >= 2 * targetGeneration) forgetTargets();
    const first = spellingKeys!.get(h);
    for (let known = first; known !== undefined; known = known.next) {
      if (known.title === title) {
        known.keys = keys;
        return;
      }
    }
    // A copy of the title: one sliced from a page would keep that page's text alive.
    spellingKeys!.set(h, { title: detached(title), keys, next: first });
  }

  /**
   * A title not in the mirror: on a wiki with variants, the first spelling in another script that
   * names a page of the dump, as the wiki links it (`[[數學]]` → 数学). Not when the title as
   * written is a page of the dump (one left out of the mirror goes to the wiki, as before); a
   * spelling that is a page of the dump but not of the mirror goes to the wiki too (null).
   */
  function lookupTarget(title: string, h: number): string | null {
    const hit = hrefOfRow(targetStmt.get(title) as Row);
    if (hit !== null || !variants) return hit;
    const from = lookups.length;
    const other = variants.find(title, pageExists);
    if (lookups.length > from) rememberSpellings(h, title, lookups.since(from));
    return other === null ? null : hrefOfRow(targetStmt.get(other) as Row);
  }

  /**
   * With a variant the target page's headings are converted, so the anchor is the slug of the
   * converted fragment (`[[几何学#历史]]` → `#歷史` in zh-tw). Without one the engine appends the
   * anchor of the link's own fragment; the resolver adds only a redirect's.
   */
  const toVariant = variantConverter(site, init.output.variant);

  function hrefOfRow(row: Row): string | null {
    if (row === undefined) return null;
    const mark = row.indexOf(FRAGMENT_MARK);
    if (mark < 0) return '../' + linkPath(row);
    const base = '../' + linkPath(row.slice(0, mark));
    const fragment = row.slice(mark + 1);
    return fragment ? base + '#' + linkAnchor(toVariant ? toVariant(fragment) : fragment) : base;
  }

  const recordedNames = new Map<string, { name: string; keys: Int32Array }>();

  /**
   * On a wiki with variants, a category with no page whose name in another script has one takes
   * the membership (variant-links.ts). Each name is worked out once per worker: most categories
   * have a page, but the conversion into every variant comes before that lookup.
   */
  function recordedCategory(name: string): string {
    let recorded = recordedNames.get(name);
    if (recorded === undefined) {
      const from = lookups.length;
      const found = categoryAsRecorded(name, categoryPrefix, variants!, pageExists);
      recorded = { name: found, keys: lookups.since(from) };
      if (recordedNames.size >= RECORDED_KEPT) recordedNames.clear();
      // A copy of the key: a name sliced from a page would keep that page's text alive.
      recordedNames.set(detached(name), recorded);
    } else lookups.replay(recorded.keys);
    return recorded.name;
  }

  /** The href for a link naming `fragment` (linkPath encodes `#`, so the first one starts the anchor). */
  function hrefOf(plain: string, fragment: string | null): string {
    if (!fragment) return plain;
    const hash = plain.indexOf('#');
    const base = hash < 0 ? plain : plain.slice(0, hash);
    return toVariant ? base + '#' + linkAnchor(toVariant(fragment)) : base;
  }

  // A company wiki's own templates win over built-in handlers named like Wikipedia's (own-templates.ts).
  const preferOwn = ownTemplatesOf(site, templates);
  const base: ConvertOptions = {
    site,
    attribution: init.output.attribution,
    images: init.output.images,
    variant: init.output.variant,
    frontMatter: init.output.frontMatter,
    templates,
    expansion: preferOwn ? { preferExpansion: preferOwn } : undefined,
    now: noticedDate(Date.parse(init.now || '') || 0, lookups),
    resolveLink: (fullTitle, _ns, fragment) => {
      const t = target(fullTitle);
      return t ? hrefOf(t, fragment) : null;
    },
    categoryHref: (name) => {
      const t = target(categoryPrefix + name);
      return t ? hrefOf(t, null) : null;
    },
  };
  // The page's footer, front matter and the categories table use the recorded names (engine/categories.ts).
  if (variants) base.categoryAsRecorded = recordedCategory;
  /** Both generations of answers dropped, and the spelling keys kept with them. */
  function forgetTargets(): void {
    spellingKeys?.clear();
    recentTargets = new TitleCache(targetGeneration);
    olderTargets = new TitleCache(targetGeneration);
  }
  return { base, uploadSites, lookups, forgetTargets };
}
