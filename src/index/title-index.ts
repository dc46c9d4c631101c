/**
 * Read side of the index: title lookups (normalised the way MediaWiki does, then exact; or
 * case-folded to find titles that differ only by case), redirects followed to their final page,
 * category memberships, and template text for expansion.
 */
import type { PageSource } from '../engine/types.js';
import { TRANSCLUSION_FETCHES } from '../engine/pagesource.js';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig, TitleParts } from '../site/types.js';
import { openDatabase, type DB } from './db.js';
import { foldCase } from './scan.js';

export interface PageRow {
  id: number;
  ns: number;
  title: string;
  name: string;
  redirect: string | null;
  redirect_fragment: string | null;
  rev: number;
  ts: string;
  sha1: string;
  size: number;
  chars: number;
  offset: number;
  length: number;
  stream: number | null;
  target_id: number | null;
  target_fragment: string | null;
  redirect_status: string | null;
}

export interface Resolution {
  /** The final page (never a redirect). */
  page: PageRow;
  /** Section to land on: the link's own, else the redirect's. */
  fragment: string | null;
  /** The redirect page the title named, when it was one. */
  via: PageRow | null;
}

/** Who hears the titles a page source looks up: as pages (exists, redirect) and as texts read. */
export interface PageLookups {
  title(full: string): void;
  text(full: string): void;
}

export interface Member {
  id: number;
  ns: number;
  title: string;
  name: string;
  sortkey: string;
}

export class TitleIndex {
  private readonly byTitle;
  private readonly byId;
  private readonly byFold;

  constructor(
    readonly db: DB,
    readonly site: SiteConfig,
  ) {
    this.byTitle = db.prepare('SELECT * FROM pages WHERE title = ? ORDER BY id DESC LIMIT 1');
    this.byId = db.prepare('SELECT * FROM pages WHERE id = ?');
    this.byFold = db.prepare('SELECT * FROM pages WHERE fold = ? ORDER BY id');
  }

  static open(path: string, site: SiteConfig, opts: { readonly?: boolean } = {}): TitleIndex {
    return new TitleIndex(openDatabase(path, opts), site);
  }

  close(): void {
    this.db.close();
  }

  /** Normalised full title of any spelling ("分类:数学" → "Category:数学"), or null if invalid. */
  normalise(title: string, defaultNs = 0): string | null {
    const parsed = parseTitle(this.site, title, defaultNs);
    if (!parsed || parsed.interwiki || !parsed.full) return null;
    return parsed.full;
  }

  /** The page with exactly this (normalised) title, redirect or not. */
  lookup(title: string, defaultNs = 0): PageRow | null {
    const full = this.normalise(title, defaultNs);
    if (full === null) return null;
    return (this.byTitle.get(full) as PageRow | undefined) ?? null;
  }

  get(id: number): PageRow | null {
    return (this.byId.get(id) as PageRow | undefined) ?? null;
  }

  /** Follow redirects (chains resolved at build time) to the final page. */
  resolve(title: string, defaultNs = 0): Resolution | null {
    const parsed = parseTitle(this.site, title, defaultNs);
    if (!parsed || parsed.interwiki || !parsed.full) return null;
    return this.resolveParsed(parsed);
  }

  /** `resolve` of a title already parsed (a valid, local one). */
  private resolveParsed(parsed: TitleParts): Resolution | null {
    const page = (this.byTitle.get(parsed.full) as PageRow | undefined) ?? null;
    if (!page) return null;
    if (page.redirect === null) return { page, fragment: parsed.fragment, via: null };
    if (page.target_id === null) return null;
    const target = this.get(page.target_id);
    if (!target) return null;
    return { page: target, fragment: parsed.fragment || page.target_fragment, via: page };
  }

  /** Every page whose title equals this one ignoring case (the title itself included). */
  caseVariants(title: string): PageRow[] {
    const full = this.normalise(title) ?? title;
    return this.byFold.all(foldCase(full)) as PageRow[];
  }

  categoriesOf(pageId: number): Array<{ name: string; sortKey: string | null }> {
    const rows = this.db.prepare('SELECT category, sortkey FROM categories WHERE page_id = ?').all(pageId) as Array<{ category: string; sortkey: string | null }>;
    return rows.map((r) => ({ name: r.category, sortKey: r.sortkey }));
  }

  /**
   * Members of a category, sorted as a category page lists them: by sort key (the page's own
   * key, else its title without namespace), then by title.
   */
  members(category: string): Member[] {
    const rows = this.db
      .prepare(
        `SELECT p.id, p.ns, p.title, p.name, coalesce(c.sortkey, p.name) AS sortkey
         FROM categories c JOIN pages p ON p.id = c.page_id WHERE c.category = ?`,
      )
      .all(category) as Member[];
    return rows.sort(compareMembers);
  }

  /**
   * Template text by title for the engine's expansion, following redirects. `asked`, when given,
   * hears each normalised title looked up and, for `get`, the page whose text was read (the
   * mirror records them: mirror/lookup-log.ts).
   */
  pageSource(asked?: PageLookups): PageSource {
    const text = this.db.prepare('SELECT text FROM texts WHERE page_id = ?');
    const exists = this.db.prepare('SELECT 1 FROM pages WHERE title = ? LIMIT 1');
    return {
      get: (fullTitle) => {
        // Parsed once: the title asked about and the page it resolves to both come from it.
        const parsed = parseTitle(this.site, fullTitle, 0);
        if (!parsed || parsed.interwiki || !parsed.full) return null;
        asked?.title(parsed.full);
        const page = this.transcluded(parsed.full, asked).page;
        if (!page) return null;
        asked?.text(page.title);
        // A chain cut short: the index keeps no redirect's text, so its line is written anew.
        if (page.redirect !== null) return `#REDIRECT [[${page.redirect}]]`;
        const row = text.get(page.id) as { text: string } | undefined;
        return row ? row.text : null;
      },
      exists: (fullTitle) => {
        const full = this.normalise(fullTitle);
        if (full !== null) asked?.title(full);
        return full !== null && exists.get(full) !== undefined;
      },
      redirectTarget: (fullTitle) => {
        const parsed = parseTitle(this.site, fullTitle, 0);
        if (!parsed || parsed.interwiki || !parsed.full) return null;
        asked?.title(parsed.full);
        return this.transcluded(parsed.full, asked).last;
      },
    };
  }

  /**
   * The page a transclusion of `full` reads, as Parser::statelessFetchTemplate fetches it: three
   * pages at most, so two redirects are followed and a third redirect's own text is read (the
   * build's resolved chain, up to MAX_REDIRECT_HOPS, is for links). `last`: the last title
   * redirected to (null when `full` is no redirect); `page` null for a missing page or target.
   */
  private transcluded(full: string, asked?: PageLookups): { page: PageRow | null; last: string | null } {
    let page = (this.byTitle.get(full) as PageRow | undefined) ?? null;
    let last: string | null = null;
    for (let fetched = 1; page && page.redirect !== null && fetched < TRANSCLUSION_FETCHES; fetched++) {
      last = this.normalise(page.redirect);
      if (last === null) return { page: null, last: null };
      asked?.title(last);
      page = (this.byTitle.get(last) as PageRow | undefined) ?? null;
    }
    return { page, last };
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM pages').get() as { n: number }).n;
  }
}

/** Code-point order (not UTF-16 order, so Ext-B characters sort after the BMP). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

export function compareMembers(a: { sortkey: string; title: string }, b: { sortkey: string; title: string }): number {
  return compareCodePoints(a.sortkey, b.sortkey) || compareCodePoints(a.title, b.title);
}
