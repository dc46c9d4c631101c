/**
 * After conversion: the files assembled from the index rather than converted. Category pages
 * (own text, then subcategories, pages and media sorted by sort key then title), a stub per
 * redirect, redirects.tsv, index.tsv / index.json; then files of earlier runs that no longer
 * belong to the mirror are removed. Every file is written only when its content changed
 * (output-writer.ts), so a re-run on a newer dump touches only what differs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getInfo, type DB } from '../index/db.js';
import { compareMembers } from '../index/title-index.js';
import { liveUrl, uploadUrl } from '../site/titles.js';
import type { UploadSites } from './uploads.js';
import type { SiteConfig } from '../site/types.js';
import { REFUSED_NAME } from './types.js';
import { linkAnchor } from '../writer/anchors.js';
import { decodeFileName, linkPath, namespaceFolder } from './filenames.js';
import type { OutputWriter } from './output-writer.js';
import { nameInVariant, type TitleConverter } from './variant.js';

/**
 * A TSV field: backslash, tab, newline and carriage return written as `\\`, `\t`, `\n`, `\r`
 * (the escapes of PostgreSQL's text COPY format), so a title holding them cannot break a row.
 */
export function tsvField(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

/** A field as tsvField wrote it, read back. */
export function readTsvField(s: string): string {
  return s.includes('\\') ? s.replace(/\\(.)/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c)) : s;
}

/** Files at the top of OUTDIR that are not pages. */
export const TOP_FILES = ['index.tsv', 'index.json', 'redirects.tsv', 'report.json', 'REPORT.md'];

interface Labels {
  subcategories: string;
  pages: string;
  media: string;
  redirectTo: string;
  /**
   * The target is not in the dump. Said as "not in this mirror", not "does not exist": a mirror
   * of part of a wiki (a cut dump, --namespaces, --min-size) links there to the live page.
   */
  brokenRedirect: string;
  loopRedirect: string;
}

const LABELS: Record<string, Labels> = {
  zh: { subcategories: '子分类', pages: '页面', media: '媒体文件', redirectTo: '重定向至', brokenRedirect: '目标页面不在本镜像中', loopRedirect: '循环重定向' },
  ja: { subcategories: '下位カテゴリ', pages: 'ページ', media: 'メディア', redirectTo: '転送先', brokenRedirect: '転送先はこのミラーにありません', loopRedirect: '循環リダイレクト' },
  ko: { subcategories: '하위 분류', pages: '문서', media: '미디어', redirectTo: '넘겨주기', brokenRedirect: '대상 문서가 이 미러에 없습니다', loopRedirect: '순환 넘겨주기' },
  uk: { subcategories: 'Підкатегорії', pages: 'Сторінки', media: 'Медіафайли', redirectTo: 'Перенаправлення на', brokenRedirect: 'цієї сторінки немає в дзеркалі', loopRedirect: 'циклічне перенаправлення' },
  en: { subcategories: 'Subcategories', pages: 'Pages', media: 'Media', redirectTo: 'Redirect to', brokenRedirect: 'not in this mirror', loopRedirect: 'redirect loop' },
};

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? LABELS[lang.split('-')[0]!] ?? LABELS.en!;
}

/** Escape what Markdown would read as syntax inside link text. */
export function escapeLinkText(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

type Target = { file: string; fragment: string | null } | undefined;

/**
 * A member of a category as categories() lists it, with its row of `targets` (null: not in the
 * mirror) read by the same query: one statement per member less (48,438 members on the 1 GB bench).
 */
type Member = { id: number; ns: number; title: string; name: string; sortkey: string; target: string | null; fragment: string | null; vt?: string | null };

/** The converted title the engine reported for a page (not for template pages saved raw). */
const VARIANT_TITLE = "(SELECT d.variant_title FROM done d WHERE d.page_id = p.id AND d.kind != 'raw' LIMIT 1)";

export class Composer {
  private readonly target;
  private readonly labels: Labels;
  private readonly show: TitleConverter;

  /**
   * `toVariant`: titles and generated labels in the reader's variant (null: as written).
   * `uploads`: with --upload-base, a category's media link the files themselves (the team brought
   * them); without it their description pages on the live wiki (where the licence is).
   */
  constructor(
    private readonly db: DB,
    private readonly site: SiteConfig,
    private readonly out: OutputWriter,
    private readonly toVariant: TitleConverter | null = null,
    private readonly uploads: UploadSites | null = null,
  ) {
    this.target = db.prepare('SELECT file, fragment FROM targets WHERE title = ?');
    const labels = labelsFor(site.lang);
    this.show = toVariant ?? ((s) => s);
    this.labels = Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, this.show(v)])) as unknown as Labels;
  }

  private href(title: string, fragment: string | null = null): string {
    return this.hrefTo(title, this.target.get(title) as Target, fragment);
  }

  /** href() with the title's row of `targets` already read (undefined: not in the mirror). */
  private hrefTo(title: string, t: Target, fragment: string | null = null): string {
    if (!t) return liveUrl(this.site, title, fragment);
    const f = fragment ?? t.fragment;
    // Headings of converted pages are in the variant, and so are their anchors.
    return '../' + linkPath(t.file) + (f ? '#' + linkAnchor(this.show(f)) : '');
  }

  /** A title as the reader sees it: the engine's conversion of the page, else the tables'. */
  private shown(title: string, variantTitle: string | null | undefined): string {
    if (!this.toVariant) return title;
    return variantTitle || this.toVariant(title);
  }

  /** One Markdown file per category used (and per category page converted). */
  categories(): number {
    const page = this.db.prepare(
      "SELECT f.title, f.file, f.page_id, substr(f.title, instr(f.title, ':') + 1) AS name FROM files f WHERE f.kind = 'category' AND f.title > ? ORDER BY f.title LIMIT 2000",
    );
    const members = this.db.prepare(
      `SELECT p.id, p.ns, p.title, p.name, coalesce(c.sortkey, p.name) AS sortkey, t.file AS target, t.fragment${this.toVariant ? `, ${VARIANT_TITLE} AS vt` : ''}
       FROM categories c JOIN pages p ON p.id = c.page_id LEFT JOIN targets t ON t.title = p.title WHERE c.category = ?`,
    );
    const ownText = this.db.prepare('SELECT markdown FROM category_text WHERE page_id = ?').pluck();
    const L = this.labels;
    let after = '';
    let count = 0;
    for (;;) {
      const files = page.all(after) as Array<{ title: string; file: string; page_id: number | null; name: string }>;
      if (!files.length) break;
      after = files[files.length - 1]!.title;
      count += files.length;
      this.db.transaction(() => {
        for (const cat of files) {
          // Sorted by the original sort keys and titles, as the wiki sorts them.
          const rows = (members.all(cat.name) as Member[]).sort(compareMembers);
          const own = cat.page_id !== null ? (ownText.get(cat.page_id) as string | undefined) : undefined;
          let md = own !== undefined ? own.trimEnd() /* not /\s+$/: n² on a run of blanks */ + '\n' : `# ${escapeLinkText(this.shown(cat.title, null))}\n`;
          const list = (heading: string, items: typeof rows) => {
            if (!items.length) return;
            md += `\n## ${heading}\n\n`;
            for (const m of items) {
              const label = m.ns === 14 || m.ns === 6 ? (this.toVariant ? nameInVariant(this.shown(m.title, m.vt), m.ns) : m.name) : this.shown(m.title, m.vt);
              const href =
                m.ns === 6 && this.uploads
                  ? uploadUrl(this.uploads.forFile(cat.file), m.name).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))
                  : this.hrefTo(m.title, m.target === null ? undefined : { file: m.target, fragment: m.fragment });
              md += `- [${escapeLinkText(label)}](${href})\n`;
            }
          };
          list(L.subcategories, rows.filter((m) => m.ns === 14));
          list(L.pages, rows.filter((m) => m.ns !== 14 && m.ns !== 6));
          list(L.media, rows.filter((m) => m.ns === 6));
          this.out.write(cat.file, md, cat.title);
        }
      })();
    }
    return count;
  }

  /** A stub per redirect and redirects.tsv (source, target as written, final page, status). */
  redirects(): number {
    const L = this.labels;
    type Row = { id: number; file: string; title: string; redirect: string; redirect_fragment: string | null; redirect_status: string; final: string | null; target_fragment: string | null; vt?: string | null };
    const page = this.db.prepare(
      `SELECT r.id, f.file, r.title, r.redirect, r.redirect_fragment, r.redirect_status, t.title AS final, r.target_fragment
         ${this.toVariant ? `, ${VARIANT_TITLE.replace('p.id', 't.id')} AS vt` : ''}
       FROM files f JOIN pages r ON r.id = f.page_id LEFT JOIN pages t ON t.id = r.target_id
       WHERE f.kind = 'redirect' AND r.id > ? ORDER BY r.id LIMIT 5000`,
    );
    let after = -1;
    let count = 0;
    for (;;) {
      const stubs = page.all(after) as Row[];
      if (!stubs.length) break;
      after = stubs[stubs.length - 1]!.id;
      count += stubs.length;
      this.db.transaction(() => {
        for (const s of stubs) {
          let md = `# ${escapeLinkText(this.shown(s.title, null))}\n\n`;
          const section = (f: string | null) => (f ? '#' + this.show(f) : '');
          if (s.final !== null) {
            md += `${L.redirectTo} [${escapeLinkText(this.shown(s.final, s.vt) + section(s.target_fragment))}](${this.href(s.final, s.target_fragment)})\n`;
          } else {
            const why = s.redirect_status === 'broken' ? L.brokenRedirect : L.loopRedirect;
            // Chinese and Japanese put a note in full-width brackets, with no space before them.
            const note = this.site.lang === 'zh' || this.site.lang === 'ja' ? `（${why}）` : ` (${why})`;
            md += `${L.redirectTo} [${escapeLinkText(this.shown(s.redirect, null) + section(s.redirect_fragment))}](${liveUrl(this.site, s.redirect, s.redirect_fragment)})${note}\n`;
          }
          this.out.write(s.file, md, s.title);
        }
      })();
    }
    const tsv = this.out.stream('redirects.tsv');
    tsv.write('source\ttarget\tfinal\tstatus\n');
    const all = this.db.prepare(
      `SELECT r.title, r.redirect, r.redirect_fragment, r.redirect_status, t.title AS final, r.target_fragment
       FROM pages r LEFT JOIN pages t ON t.id = r.target_id WHERE r.redirect IS NOT NULL ORDER BY r.title, r.id`,
    );
    for (const r of all.iterate() as IterableIterator<Omit<Row, 'id' | 'file'>>) {
      const target = r.redirect + (r.redirect_fragment ? '#' + r.redirect_fragment : '');
      const final = r.final === null ? '' : r.final + (r.target_fragment ? '#' + r.target_fragment : '');
      tsv.write(`${tsvField(r.title)}\t${tsvField(target)}\t${tsvField(final)}\t${r.redirect_status}\n`);
    }
    tsv.close();
    return count;
  }

  /**
   * index.tsv and index.json: every title that has a file, the file, its kind and (with a
   * variant) the title as the reader sees it; files stay keyed by the original title.
   *
   * Not a file whose name the file system refused (its checkpoint row is REFUSED_NAME, or the
   * assembly's writer refused it): it does not exist, and the index lists what the reader finds.
   * Links and redirect stubs still point at it, where the run that writes it (on a file system
   * that takes the name) puts it: resolving them to the live wiki instead would leave them there
   * once it is written, as an update converts again only what changed, not the pages linking to
   * a file that came to exist.
   */
  index(): void {
    const tsv = this.out.stream('index.tsv');
    const json = this.out.stream('index.json');
    tsv.write(this.toVariant ? 'title\tfile\tkind\tvariant_title\n' : 'title\tfile\tkind\n');
    json.write('[');
    let first = true;
    // SQLite's BINARY collation on UTF-8 is code-point order.
    const rows = this.db.prepare(
      `SELECT f.title, f.file, f.kind, ${this.toVariant ? "(SELECT d.variant_title FROM done d WHERE d.file = f.file AND f.kind != 'raw')" : 'NULL'} AS vt
       FROM files f ORDER BY f.title, f.kind`,
    );
    // Collected first, not a NOT EXISTS per row: that doubled the query's CPU (0.21 → 0.42 s for
    // 300,000 files); the scan of done and a Set cost 0.02 s more.
    const refused = new Set(this.db.prepare('SELECT file FROM done WHERE fingerprint = ?').pluck().all(REFUSED_NAME) as string[]);
    for (const r of this.out.refused) refused.add(r.file);
    for (const r of rows.iterate() as IterableIterator<{ title: string; file: string; kind: string; vt: string | null }>) {
      if (refused.has(r.file)) continue;
      if (this.toVariant) {
        const vt = this.shown(r.title, r.vt);
        tsv.write(`${tsvField(r.title)}\t${r.file}\t${r.kind}\t${tsvField(vt)}\n`);
        json.write(`${first ? '\n' : ',\n'}${JSON.stringify({ title: r.title, file: r.file, kind: r.kind, variantTitle: vt })}`);
      } else {
        tsv.write(`${tsvField(r.title)}\t${r.file}\t${r.kind}\n`);
        json.write(`${first ? '\n' : ',\n'}${JSON.stringify({ title: r.title, file: r.file, kind: r.kind })}`);
      }
      first = false;
    }
    json.write('\n]\n');
    tsv.close();
    json.close();
  }

  /**
   * Remove files earlier runs wrote that the current dump no longer has, except those of pages
   * the index pass kept (skipped as damaged, title unreadable: info key keptPages); on a truncated
   * dump only those of its pages the options leave out. `leftOut` counts these among `removed`.
   */
  removeStale(outDir: string, truncated: boolean): { removed: number; leftOut: number } {
    // Pages this dump damaged and skipped keep their earlier files (index-pass.ts keptPages).
    const kept = getInfo(this.db, 'keptPages') ?? '[]';
    const keptIds = 'SELECT value FROM json_each(@kept)';
    const keptFiles = `SELECT file FROM done WHERE page_id IN (${keptIds})`;
    // A page of this dump with no file in the plan: the options leave it out (--namespaces,
    // --min-size). Known stale even on a dump cut short, which says nothing of the pages after the
    // cut: there only these go (a truncated download must not delete the mirror's later pages).
    const leftOutFiles = 'SELECT file FROM done WHERE page_id IN (SELECT id FROM pages) AND page_id NOT IN (SELECT page_id FROM files WHERE page_id IS NOT NULL)';
    const stale = this.db
      .prepare(
        `SELECT file, file IN (${leftOutFiles}) AS leftOut FROM written WHERE file NOT IN (SELECT file FROM files) AND file NOT IN (${keptFiles}) AND file NOT IN (SELECT value FROM json_each(@top))`,
      )
      .all({ kept, top: JSON.stringify(TOP_FILES) }) as Array<{ file: string; leftOut: number }>;
    // A redirect stub has no row in `done`: its page is found by the title its file name spells.
    const isLeftOut = this.leftOutByName();
    for (const row of stale) if (row.leftOut !== 1 && isLeftOut(row.file)) row.leftOut = 1;
    if (truncated) stale.splice(0, stale.length, ...stale.filter((row) => row.leftOut === 1));
    const del = this.db.prepare('DELETE FROM written WHERE file = ?');
    const undone = this.db.prepare('DELETE FROM done WHERE file = ?');
    this.db.transaction(() => {
      for (const { file } of stale) {
        fs.rmSync(path.join(outDir, file), { force: true });
        del.run(file);
        undone.run(file);
        removeEmptyFolder(outDir, path.dirname(file));
      }
      if (truncated) return;
      this.db.prepare(`DELETE FROM done WHERE file NOT IN (SELECT file FROM files) AND file NOT IN (${keptFiles})`).run({ kept });
      this.db
        .prepare(`DELETE FROM category_text WHERE page_id NOT IN (SELECT page_id FROM files WHERE kind = 'category' AND page_id IS NOT NULL) AND page_id NOT IN (${keptIds})`)
        .run({ kept });
    })();
    return { removed: stale.length, leftOut: stale.filter((row) => row.leftOut === 1).length };
  }

  /** Whether a file (`Project/About.md`) names a page of this dump that the plan gives no file. */
  private leftOutByName(): (file: string) => boolean {
    const nsOfFolder = new Map([0, ...this.site.namespaces.keys()].map((ns) => [namespaceFolder(this.site, ns), ns]));
    const query = this.db.prepare(
      'SELECT 1 FROM pages WHERE ns = ? AND name = ? AND id NOT IN (SELECT page_id FROM files WHERE page_id IS NOT NULL) LIMIT 1',
    );
    return (file) => {
      const slash = file.indexOf('/');
      const ns = nsOfFolder.get(file.slice(0, slash));
      if (slash < 0 || ns === undefined) return false;
      // A ~hash name (case clash, shortened) may not spell its title: such a file is not matched.
      const name = decodeFileName(file.slice(slash + 1).replace(/\.(md|wikitext)$/, '').replace(/~[0-9a-f]{8}$/, ''));
      return query.get(ns, name) !== undefined;
    };
  }
}

/** A folder of the mirror (`Project`) that the removals left empty goes too. */
function removeEmptyFolder(outDir: string, folder: string): void {
  if (folder === '.' || folder === '') return;
  try {
    fs.rmdirSync(path.join(outDir, folder));
  } catch {
    // Not empty (or already gone): kept.
  }
}
