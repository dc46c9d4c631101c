/**
 * The wiki's addresses that name no title but a page of the mirror all the same:
 * `Special:Random` (by any of its names: `特殊:随机页面`, `特別:おまかせ表示`,
 * `Спеціальна:Випадкова_сторінка`; `Special:Random/Category` for a namespace), and the
 * permanent addresses `?curid=N` (a page id) and `?oldid=N` (a revision id), on `/`,
 * `/w/index.php` or a `/wiki/` address, as MediaWiki::parseTitle reads them: `curid` names the
 * page, else `title` (or the path); an `oldid` the mirror holds overrides either.
 */
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import type { MirrorTitles, TitleEntry } from './mirror-titles.js';
import { decodedAddress, isVariantPath } from './title-address.js';

/**
 * Special:Random's names: MediaWiki's `$specialPageAliases['Randompage']` (MessagesEn.php
 * Random, RandomPage on every wiki; MessagesZh_hans.php 随机页面 and MessagesZh_hant.php 隨機頁面,
 * both on zh.wikipedia, whose messages fall back through both; MessagesJa.php おまかせ表示;
 * MessagesUk.php Випадкова_сторінка, and through its fallback to ru, MessagesRu.php
 * Случайная_страница and Случайная), compared in lower case with spaces.
 */
const RANDOM_NAMES: Readonly<Record<string, readonly string[]>> = {
  zh: ['随机页面', '隨機頁面'],
  ja: ['おまかせ表示'],
  uk: ['випадкова сторінка', 'случайная страница', 'случайная'],
};

/** A special page's name and what follows its slash, for a title of the special namespace; else null. */
export function specialPageName(site: SiteConfig, title: string): { name: string; sub: string } | null {
  const parsed = parseTitle(site, title);
  if (parsed === null || parsed.ns !== -1) return null;
  const text = parsed.text.replace(/_/g, ' ');
  const slash = text.indexOf('/');
  return { name: (slash === -1 ? text : text.slice(0, slash)).trim().toLowerCase(), sub: slash === -1 ? '' : text.slice(slash + 1).trim() };
}

/** Whether a special page's name (specialPageName) is Special:Random's on this wiki. */
function isRandomName(site: SiteConfig, name: string): boolean {
  return name === 'random' || name === 'randompage' || (RANDOM_NAMES[site.lang] ?? []).includes(name);
}

/** What `/wiki/Special:Random[/Namespace]` (or a variant path's, `/zh-cn/…`) asks for: the folder to draw from; null for another address. */
export function randomPageFolder(titles: MirrorTitles, site: SiteConfig, rawPath: string): { folder: string | null; sub: string } | null {
  const first = /^\/([^/]+)\//.exec(rawPath)?.[1];
  if (first !== 'wiki' && (first === undefined || !isVariantPath(site, first))) return null;
  const title = decodedAddress(rawPath)?.slice(first.length + 1);
  const special = title === undefined ? null : specialPageName(site, title);
  if (special === null || !isRandomName(site, special.name)) return null;
  return { folder: namespaceFolder(titles, site, special.sub), sub: special.sub };
}

/**
 * The mirror folder of the namespace a Special:Random subpage names (`Category`, `分类`): articles
 * (`Page`) for none or a name that is no namespace, as SpecialRandomPage falls back to the content
 * namespaces; null for a namespace the mirror has no folder for.
 */
function namespaceFolder(titles: MirrorTitles, site: SiteConfig, sub: string): string | null {
  if (sub === '') return 'Page';
  const wanted = parseTitle(site, `${sub}:X`);
  if (wanted === null || wanted.ns === 0 || wanted.interwiki !== null) return 'Page';
  for (const [folder, prefix] of titles.folderPrefixes()) {
    if (prefix !== '' && parseTitle(site, `${prefix}X`)?.ns === wanted.ns) return folder;
  }
  return null;
}

/** A random page of the mirror in `folder`: an article or a category page, never a redirect (SpecialRandomPage skips them). */
export function randomPage(titles: MirrorTitles, folder: string, random?: () => number): TitleEntry | null {
  return titles.randomEntry(folder === 'Page' ? 'page' : folder === 'Category' ? 'category' : 'page', folder, random);
}

/** A request by page or revision id, as the address gave it. */
export interface IdRequest {
  curid: number | null;
  oldid: number | null;
  /** The title the address also names (`title=`, or the `/wiki/` path), or null. */
  title: string | null;
}

/**
 * A positive id parameter as WebRequest::getInt reads it, PHP's (int): the number the value
 * begins with (`101abc` is 101, `1e3` 1000, ` 7` 7), anything else 0: none. Of a repeated
 * parameter the last counts, as PHP keeps the last. An id past the safe integers is still an id
 * (one no page has), not none.
 */
export function positiveInt(params: URLSearchParams, name: string): number | null {
  const value = params.getAll(name).at(-1);
  const lead = value === undefined ? null : /^[\s]*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)/i.exec(value);
  if (!lead) return null;
  const n = Math.trunc(Number(lead[1]));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** The ids an address asks for (`/?curid=`, `/w/index.php?oldid=`, `/wiki/数学?oldid=`), or null when it has none. */
export function idRequest(site: SiteConfig, rawPath: string, rawQuery: string): IdRequest | null {
  const params = new URLSearchParams(rawQuery);
  const curid = positiveInt(params, 'curid');
  const oldid = positiveInt(params, 'oldid');
  if (curid === null && oldid === null) return null;
  if (rawPath === '/' || rawPath === '/w/index.php' || rawPath === '/index.php') return { curid, oldid, title: params.get('title') };
  const first = /^\/([^/]+)\/./.exec(rawPath)?.[1];
  if (first !== 'wiki' && (first === undefined || !isVariantPath(site, first))) return null;
  const title = decodedAddress(rawPath)?.slice(first.length + 1) ?? null;
  return { curid, oldid, title };
}

/** What the run's index (`.wikimark/`) knows of ids: page-ids.ts. */
export interface IdFacts {
  /** The title of a page id, or null. */
  titleOfPage(id: number): string | null;
  /** The page title of a revision id the mirror holds, or null. */
  titleOfRevision(rev: number): string | null;
  /** The revision the mirror holds of a title as the dump spells it, or null. */
  revisionOfTitle(title: string): number | null;
}

/** The title an id request stands for, as MediaWiki::parseTitle finds it; null when none. */
export function idRequestTitle(request: IdRequest, facts: IdFacts): { title: string | null; revisionFound: boolean } {
  let title = request.curid !== null ? facts.titleOfPage(request.curid) : null;
  // A curid the wiki does not know leaves the title parameter to name the page.
  if (title === null && request.title !== null && request.title.trim() !== '') title = request.title;
  // The permanent link of the revision held (`title=数学&oldid=5007`) needs no search by revision.
  if (request.oldid !== null && title !== null && facts.revisionOfTitle(title.replace(/_/g, ' ')) === request.oldid) return { title, revisionFound: true };
  const byRevision = request.oldid !== null ? facts.titleOfRevision(request.oldid) : null;
  return { title: byRevision ?? title, revisionFound: byRevision !== null };
}
