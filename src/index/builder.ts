/**
 * Pass one: every page of the dump into the index, streaming, in batched transactions. After
 * the last page: secondary indexes, then redirect chains resolved to their final page.
 */
import type { DumpPage } from '../dump/types.js';
import type { SiteConfig } from '../site/types.js';
import { createIndexIndexes, setInfo, type DB } from './db.js';
import { foldCase, scanCategories, scanRedirect, type ScannedCategory } from './scan.js';
import { hasCharacterReference, mayStartWithHash, redirectHeadXml, REDIRECT_LINK, scanCategoriesXml } from './scan-xml.js';
import { charsForMinSize } from './text-size.js';

const BATCH = 2000;
/** The `chars` column of a run without `--min-size` (plan.ts then filters no page by size). */
export const CHARS_NOT_MEASURED = -1;
/** Redirect chains longer than this are reported and not followed further. */
export const MAX_REDIRECT_HOPS = 10;

export interface RedirectProblem {
  id: number;
  title: string;
  status: 'broken' | 'loop' | 'too-long';
  chain: string[];
}

export interface IndexSummary {
  pages: number;
  redirects: number;
  doubleRedirects: number;
  problems: RedirectProblem[];
  /** Latest revision timestamp in the dump (the "now" of the conversion). */
  latest: string;
}

export interface IndexBuilderOptions {
  /** Namespaces whose wikitext is kept in the index (templates, for expansion). Default [10]. */
  keepText?: number[];
  /**
   * The run's `--min-size`: when 0 (default) no page is filtered by size, so the UTF-16 length of
   * each text (the `chars` column) is not measured and is stored as -1. Otherwise `chars` holds
   * the length or a bound of it that compares with this minSize as the length does (text-size.ts).
   */
  minSize?: number;
}

/** Conversion groups (`{{NoteTA|G1=…}}`) the variant converter reads from the dump. */
const GROUP_MODULE_PREFIX = 'CGroup/';

interface Scanned {
  redirect: string | null;
  fragment: string | null;
  categories: ScannedCategory[];
}

interface Row {
  values: Array<string | number | null>;
  categories: ScannedCategory[];
  text: string | null;
}

export class IndexBuilder {
  private batch: Row[] = [];
  private count = 0;
  private latest = '';
  private readonly keepText: Set<number>;
  /** `--min-size`, 0 for none: `chars` need only answer `chars >= minSize` (text-size.ts). */
  private readonly minSize: number;
  private readonly insertPage;
  private readonly insertCategory;
  private readonly insertText;
  private readonly flushBatch;

  constructor(
    private readonly db: DB,
    private readonly site: SiteConfig,
    opts: IndexBuilderOptions = {},
  ) {
    this.keepText = new Set(opts.keepText ?? [10]);
    this.minSize = Math.max(0, opts.minSize ?? 0);
    this.insertPage = db.prepare(`INSERT OR REPLACE INTO pages
      (id, ns, title, name, fold, redirect, redirect_fragment, rev, ts, sha1, size, chars, offset, length, stream)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertCategory = db.prepare('INSERT INTO categories(page_id, category, sortkey) VALUES (?, ?, ?)');
    this.insertText = db.prepare('INSERT OR REPLACE INTO texts(page_id, text) VALUES (?, ?)');
    this.flushBatch = db.transaction((rows: Row[]) => {
      for (const row of rows) this.write(row);
    });
  }

  add(page: DumpPage, stream: number | null = null): void {
    // Only the small row is kept until the batch is written, never the page text.
    this.batch.push(this.row(page, stream));
    if (page.timestamp > this.latest) this.latest = page.timestamp;
    if (this.batch.length >= BATCH) this.flush();
  }

  get pages(): number {
    return this.count + this.batch.length;
  }

  flush(): void {
    if (!this.batch.length) return;
    this.flushBatch(this.batch);
    this.count += this.batch.length;
    this.batch = [];
  }

  private row(page: DumpPage, stream: number | null): Row {
    const colon = page.title.indexOf(':');
    const name = page.ns !== 0 && colon >= 0 ? page.title.slice(colon + 1) : page.title;
    const xmlText = page.xmlText !== undefined && !hasCharacterReference(page.xmlText) ? page.xmlText : undefined;
    const scanned = xmlText !== undefined ? this.scanXml(page, xmlText) : this.scanText(page);
    const redirect = scanned.redirect;
    const keepText = redirect === null && (this.keepText.has(page.ns) || (page.ns === 828 && name.startsWith(GROUP_MODULE_PREFIX)));
    // A text decoded anyway (kept, or scanned decoded) gives its length for free.
    const chars =
      this.minSize === 0 ? CHARS_NOT_MEASURED : xmlText === undefined || keepText ? page.text.length : charsForMinSize(xmlText, this.minSize);
    return {
      values: [
        page.id, page.ns, page.title, name, foldCase(page.title), redirect, scanned.fragment, page.revisionId,
        page.timestamp, page.sha1, page.bytes, chars, page.offset, page.length, stream,
      ],
      categories: scanned.categories,
      text: keepText ? page.text : null,
    };
  }

  /** Redirect and categories from the decoded text. */
  private scanText(page: DumpPage): Scanned {
    let redirect = page.redirect;
    let fragment: string | null = null;
    if (redirect !== null || page.text.trimStart().startsWith('#') || page.text.trimStart().startsWith('＃')) {
      const scanned = scanRedirect(this.site, page.text);
      if (scanned) {
        redirect ??= scanned.target;
        fragment = scanned.fragment;
      }
    }
    const catText = redirect !== null ? page.text.replace(REDIRECT_LINK, '') : page.text;
    return { redirect, fragment, categories: scanCategories(this.site, catText) };
  }

  /** The same from the text as it stands in the XML (scan-xml.ts), decoding only what it needs. */
  private scanXml(page: DumpPage, xmlText: string): Scanned {
    let redirect = page.redirect;
    let fragment: string | null = null;
    if (redirect !== null || mayStartWithHash(xmlText)) {
      const scanned = scanRedirect(this.site, redirectHeadXml(xmlText));
      if (scanned) {
        redirect ??= scanned.target;
        fragment = scanned.fragment;
      }
    }
    const catText = redirect !== null ? xmlText.replace(REDIRECT_LINK, '') : xmlText;
    return { redirect, fragment, categories: scanCategoriesXml(this.site, catText) };
  }

  private write(row: Row): void {
    const id = row.values[0] as number;
    this.insertPage.run(...row.values);
    for (const c of row.categories) this.insertCategory.run(id, c.name, c.sortKey);
    if (row.text !== null) this.insertText.run(id, row.text);
  }

  /** Last page added: indexes, redirect resolution, summary. */
  finish(): IndexSummary {
    this.flush();
    createIndexIndexes(this.db);
    const summary = resolveRedirects(this.db);
    setInfo(this.db, 'latest', this.latest);
    return { pages: this.count, ...summary, latest: this.latest };
  }
}

/** Follow every redirect to its final page; mark broken targets, loops and over-long chains. */
export function resolveRedirects(db: DB): Omit<IndexSummary, 'pages' | 'latest'> {
  const byTitle = db.prepare('SELECT id, title, redirect, redirect_fragment FROM pages WHERE title = ? ORDER BY id DESC LIMIT 1');
  const page = db.prepare('SELECT id, title, redirect, redirect_fragment FROM pages WHERE redirect IS NOT NULL AND id > ? ORDER BY id LIMIT 5000');
  const update = db.prepare('UPDATE pages SET target_id = ?, target_fragment = ?, redirect_status = ? WHERE id = ?');
  type Row = { id: number; title: string; redirect: string | null; redirect_fragment: string | null };
  const problems: RedirectProblem[] = [];
  let redirects = 0;
  let doubles = 0;
  let after = 0;
  for (;;) {
    const rows = page.all(after) as Row[];
    if (!rows.length) break;
    after = rows[rows.length - 1]!.id;
    const updates: Array<[number | null, string | null, string, number]> = [];
    for (const row of rows) {
      redirects++;
      const chain = [row.title];
      const seen = new Set([row.id]);
      let fragment = row.redirect_fragment;
      let current: Row = row;
      let status: 'ok' | 'double' | RedirectProblem['status'] = 'ok';
      let target: Row | null = null;
      for (let hop = 0; ; hop++) {
        const next = byTitle.get(current.redirect) as Row | undefined;
        if (!next) {
          status = 'broken';
          chain.push(current.redirect!);
          break;
        }
        chain.push(next.title);
        if (seen.has(next.id)) {
          status = 'loop';
          break;
        }
        if (next.redirect === null) {
          target = next;
          if (hop > 0) status = 'double';
          break;
        }
        if (hop + 1 >= MAX_REDIRECT_HOPS) {
          status = 'too-long';
          break;
        }
        seen.add(next.id);
        fragment ??= next.redirect_fragment;
        current = next;
      }
      if (status === 'double') doubles++;
      if (status === 'broken' || status === 'loop' || status === 'too-long') {
        problems.push({ id: row.id, title: row.title, status, chain });
      }
      updates.push([target ? target.id : null, target ? fragment : null, status, row.id]);
    }
    db.transaction(() => {
      for (const u of updates) update.run(...u);
    })();
  }
  return { redirects, doubleRedirects: doubles, problems };
}
