/**
 * Titles written in another script find their page, as on zh.wikipedia. When a title does not
 * exist as written, MediaWiki converts its name (the part after the namespace prefix) with each
 * variant's table and takes the first spelling that names an existing page (LanguageConverter's
 * findVariantLink; LinkHolderArray::doVariants for links): `[[數學]]` is a blue link to 数学.
 * It does so for links and category links, for category membership, for templates
 * (`{{數學模板}}`) and for `#ifexist`.
 *
 * In every namespace but Special: (doVariants skips it; Media: links are no link holders), User:
 * and User talk: included. The user-page exception some readers remember is
 * LanguageConverterSpecific's (sr, kk, ku, crh, … : their findVariantLink, so templates and
 * `#ifexist`, leaves user pages alone, while their links still convert); ZhConverter does not
 * inherit it, and zh is the only language we have tables for. A language added to
 * hasConversionTables other than zh needs that exception in `findMissing`.
 *
 * Who pays: a wiki whose language we have no tables for gets no finder at all (`variantTitles`
 * returns null), so ja/uk runs never call anything here. On a zh mirror, links, templates and
 * `#ifexist` pay only when the title misses (the exact title is looked up first); category names
 * are worked out for every category a page names (the recorded name replaces the written one in
 * the page), once per name and worker (worker.ts keeps the answers). The finder loads the five
 * variant tables on its first use (≈ 140–180 ms and ≈ 35 MB of RSS per thread, measured on
 * 2026-11-27), which a zh mirror pays once per worker.
 */
import type { PageSource } from '../engine/types.js';
import type { DB } from '../index/db.js';
import type { SiteConfig } from '../site/types.js';
import { createConverter, hasConversionTables, type TextConverter } from '../variants/index.js';
import { tableTrie } from '../variants/converter.js';
import { detached } from '../engine/strings.js';
import type { LookupLog } from './lookup-log.js';

/**
 * MediaWiki's ZhConverter variants in its own order (`getLanguageVariants`, 'zh' left out: its
 * table is empty). The first variant spelling that exists wins, as in findVariantLink, so the
 * order matters when two spellings of one title both exist (a rare case: doVariants takes
 * whichever the database returns first, both for page links and for the category replacement
 * of a page's categories, and this order stands in for it there too).
 */
const LOOKUP_ORDER = ['zh-hans', 'zh-hant', 'zh-cn', 'zh-hk', 'zh-mo', 'zh-my', 'zh-sg', 'zh-tw'] as const;

/**
 * Whether titles of a wiki in `lang` are looked up in other spellings here. MediaWiki does so on
 * every wiki whose content language has variants (sr, kk, ku, … too); we can only where we have
 * the conversion tables (variants/codes.ts).
 */
export const hasTitleVariants = hasConversionTables;

let converters: TextConverter[] | null = null;

/**
 * A name (no namespace prefix) in every variant's spelling, in lookup order, without repeats and
 * without the name itself. Loads every variant table on first use.
 */
export function otherSpellings(name: string): string[] {
  // zh-mo converts as zh-hk, zh-my and zh-sg as zh-cn (one table each): each table once, in order.
  converters ??= [...new Map(LOOKUP_ORDER.map((v) => [tableTrie(v), createConverter(v)])).values()];
  const out: string[] = [];
  for (const convert of converters) {
    const converted = convert(name);
    if (converted !== name && !out.includes(converted)) out.push(converted);
  }
  return out;
}

export class VariantTitles {
  constructor(private readonly site: SiteConfig) {}

  /**
   * The other spellings of `fullTitle`, in lookup order, without repeats and without the title
   * itself. The namespace prefix is kept as written; only the name is converted.
   */
  spellings(fullTitle: string): string[] {
    const split = this.prefixLength(fullTitle);
    // Special pages are never looked up in variants (doVariants skips NS_SPECIAL), nor is Media:.
    if (split < 0) return [];
    const names = otherSpellings(split === 0 ? fullTitle : fullTitle.slice(split));
    if (split === 0 || names.length === 0) return names;
    // A plain loop (no closure per call): this is the per-link miss path.
    const prefix = fullTitle.slice(0, split);
    for (let i = 0; i < names.length; i++) names[i] = prefix + names[i]!;
    return names;
  }

  /**
   * The title MediaWiki uses instead of `fullTitle`: null when `fullTitle` exists (a title that
   * exists is never converted) or no other spelling does; else the first spelling that exists.
   * The spellings come first: most titles have none, and then nothing is looked up.
   */
  find(fullTitle: string, exists: (title: string) => boolean): string | null {
    const spellings = this.spellings(fullTitle);
    if (spellings.length === 0 || exists(fullTitle)) return null;
    for (const title of spellings) if (exists(title)) return title;
    return null;
  }

  /** As `find` for a title the caller knows has no page: the exact title is not looked up again. */
  findMissing(fullTitle: string, exists: (title: string) => boolean): string | null {
    for (const title of this.spellings(fullTitle)) if (exists(title)) return title;
    return null;
  }

  /** Length of the namespace prefix with its colon ("Category:"), 0 for the main namespace, -1 for Special: and Media:. */
  private prefixLength(fullTitle: string): number {
    const colon = fullTitle.indexOf(':');
    if (colon <= 0) return 0;
    const ns = this.site.namespaceLookup.get(fullTitle.slice(0, colon).toLowerCase());
    if (ns === undefined || ns === 0) return 0;
    return ns < 0 ? -1 : colon + 1;
  }
}

/** The finder for this wiki, or null when its language has no variants (nothing to pay). */
export function variantTitles(site: SiteConfig): VariantTitles | null {
  return hasTitleVariants(site.lang) ? new VariantTitles(site) : null;
}

/** Answers of otherSpelling kept per worker; missing templates are asked for on page after page. */
const OTHER_SPELLINGS_KEPT = 20_000;

/**
 * A page source that answers `otherSpelling` as MediaWiki does on a wiki with variants: a title
 * that does not exist is looked up in every variant for a transclusion and for `#ifexist`
 * (Parser::braceSubstitution and ParserFunctions' ifexist call findVariantLink), so
 * `{{數學模板}}` transcludes 数学模板. `get` and `exists` stay exact: a Lua module's `require`
 * or `{{PAGESIZE:…}}` finds no page in another script.
 */
export function withVariantTitles(source: PageSource, finder: VariantTitles | null, log?: LookupLog): PageSource {
  if (!finder) return source;
  const exists = (title: string) => source.exists(title);
  // Each answer keeps the keys its spellings' lookups noted in `log`, noted again when it is reused.
  const answers = new Map<string, { other: string | null; keys: Int32Array | null }>();
  const wrapper: PageSource = {
    get: (title) => source.get(title),
    exists,
    otherSpelling: (title) => {
      let answer = answers.get(title);
      if (answer === undefined) {
        const from = log?.length ?? 0;
        answer = { other: finder.findMissing(title, exists), keys: log ? log.since(from) : null };
        if (answers.size >= OTHER_SPELLINGS_KEPT) answers.clear();
        // A copy of the key: a title sliced from a page would keep that page's text alive.
        answers.set(detached(title), answer);
      } else if (answer.keys) log!.replay(answer.keys);
      return answer.other;
    },
  };
  if (source.isBuiltin) wrapper.isBuiltin = source.isBuiltin.bind(source);
  if (source.redirectTarget) wrapper.redirectTarget = source.redirectTarget.bind(source);
  return wrapper;
}

/** The name of the category page that takes a page's membership in category `name`, or `name` itself. */
export function categoryAsRecorded(name: string, prefix: string, finder: VariantTitles, exists: (title: string) => boolean): string {
  const other = finder.find(prefix + name, exists);
  return other === null ? name : other.slice(prefix.length);
}

/**
 * Category membership as the wiki records it: a page put in a category that has no page, while a
 * spelling of it in another script has one, is a member of that one (doVariants rewrites the
 * page's categories; LinksUpdate records them through findVariantLink). So `[[Category:數學]]`
 * lists the page under 数学 and no 數學 file is made. Rewrites the index's categories before the
 * plan, and again after an update run has put back the categories of unchanged pages as written.
 */
export function mergeVariantCategories(db: DB, site: SiteConfig, finder: VariantTitles | null): void {
  if (!finder) return;
  const prefix = (site.namespaces.get(14)?.name ?? 'Category') + ':';
  const page = db.prepare('SELECT 1 FROM pages WHERE title = ? LIMIT 1');
  const exists = (title: string) => page.get(title) !== undefined;
  const move = db.prepare('UPDATE categories SET category = ? WHERE category = ?');
  // A page in both spellings is a member once (the wiki's categories are keyed by name; the later sort key wins).
  const dedupe = db.prepare('DELETE FROM categories WHERE category = ? AND rowid NOT IN (SELECT max(rowid) FROM categories WHERE category = ? GROUP BY page_id)');
  for (const name of db.prepare('SELECT DISTINCT category FROM categories').pluck().all() as string[]) {
    const to = categoryAsRecorded(name, prefix, finder, exists);
    if (to === name) continue;
    move.run(to, name);
    dedupe.run(to, to);
  }
}
