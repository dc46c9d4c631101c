/**
 * An address that names a page by its title instead of its file, as a reader types or pastes
 * it: `/Page/C/C++.md` or `/Page/C/C++` for the file `Page/C%2FC++.md` (a title's `/ : ? " %`
 * are `%XX` in file names, filenames.ts), `/Page/数学` without `.md`, `/Page/Cascading_Style_Sheets`
 * with the wiki's underscores, and the wiki's own forms, so that a link to the live wiki works
 * once its host is swapped for the reader's: `/wiki/Title`, and on a Chinese wiki the variant
 * paths `/zh-tw/Title`, `/zh-hans/Title` (zh.wikipedia's `$wgVariantArticlePath`, `/$2/$1`).
 * A `/wiki/` or variant address is read as MediaWiki reads a title (site/titles.ts parseTitle):
 * any of the namespace's names (local, canonical, alias, in any case: `Category:`, `分类:`,
 * `Категорія:`), spaces or underscores, the first letter upper-cased where the namespace's case
 * rule says so, a `%23` as the section. The title is looked up in index.tsv (its file column, a
 * `~hash` name of a case clash included); only a file on disk is answered. The other Chinese
 * script is tried after, by variant-address.ts on the same places (titlePlaces).
 */
import type { MirrorTitles } from './mirror-titles.js';
import { parseTitle, percentDecode, upperFirst } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import { ALL_VARIANTS } from '../variants/codes.js';

/** One reading of an address: the name of a title in a folder of the mirror, and the section asked for. */
export interface TitlePlace {
  folder: string;
  name: string;
  fragment: string | null;
}

export interface TitleFound {
  /** The mirror file (relative path). */
  file: string;
  /** The section the address named (`/wiki/数学%23历史`), as the wiki writes it, or null. */
  fragment: string | null;
}

/** zh.wikipedia's variant path prefixes (`/zh-tw/數學`): every variant code, `zh` included. */
const VARIANT_PATHS: ReadonlySet<string> = new Set(ALL_VARIANTS);

/**
 * Whether an address's first segment is one of zh.wikipedia's variant paths (`zh-tw` in
 * `/zh-tw/數學`) on this wiki: in lower case, as the wiki's path router matches them (`/ZH-tw/` is none).
 */
export function isVariantPath(site: SiteConfig, segment: string): boolean {
  return site.lang === 'zh' && VARIANT_PATHS.has(segment);
}

/** The mirror file a missing address names by its title, or null. `relative`: the address, decoded, without its leading `/`. */
export function titleAddress(titles: MirrorTitles, site: SiteConfig, relative: string, isFile: (file: string) => boolean): TitleFound | null {
  for (const place of titlePlaces(titles, site, relative)) {
    const file = titles.fileOfName(place.folder, place.name);
    if (file !== undefined && file !== relative && isFile(file)) return { file, fragment: place.fragment };
  }
  return null;
}

/** The places an address may stand for, in the order they are tried (also variant-address.ts); no repeats. */
export function titlePlaces(titles: MirrorTitles, site: SiteConfig, relative: string): TitlePlace[] {
  const slash = relative.indexOf('/');
  if (slash <= 0) return [];
  const first = relative.slice(0, slash);
  const rest = relative.slice(slash + 1);
  if (rest === '') return [];
  let places: TitlePlace[];
  if (first === 'wiki') places = wikiPlaces(titles, site, rest);
  else if (isVariantPath(site, first)) {
    // `/zh-cn/wiki/数学` mixes the two forms: the wiki reads it as the title "Wiki/数学", which no
    // article has; a reader typing it means 数学.
    places = wikiPlaces(titles, site, rest);
    if (rest.startsWith('wiki/')) places.push(...wikiPlaces(titles, site, rest.slice(5)));
  } else {
    const prefix = titles.prefixOfFolder(first);
    places = prefix === undefined ? [] : folderPlaces(site, first, prefix, rest);
  }
  const seen = new Set<string>();
  return places.filter((p) => {
    const key = `${p.folder}\n${p.name}`;
    if (p.name === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A name as written, then with the wiki's underscores as spaces. */
export function spellings(name: string): string[] {
  return name.includes('_') ? [name, name.replace(/_/g, ' ')] : [name];
}

/** A title as written, then without a `.md` the reader may have added (a title may end in `.md`). */
function withoutMd(text: string): string[] {
  return text.endsWith('.md') && text.length > 3 ? [text, text.slice(0, -3)] : [text];
}

/**
 * `/wiki/Title`: as MediaWiki reads it (parseTitle: namespaces by every name, case rule, `#`
 * section) and more leniently (`%XX` left by a second encoding and entities, which the wiki
 * refuses in a URL's title), then as written with a folder's prefix
 * (a title parseTitle refuses may still be a file of a hand-made mirror).
 */
function wikiPlaces(titles: MirrorTitles, site: SiteConfig, title: string): TitlePlace[] {
  const places: TitlePlace[] = [];
  const prefixes = titles.folderPrefixes();
  for (const text of withoutMd(title)) {
    let parsed = parseTitle(site, text);
    // The wiki's own language as a prefix (`/wiki/zh:数学` on zh): MediaWiki drops a local
    // interwiki prefix and splits the namespace again ($wgLocalInterwikis).
    if (parsed?.interwiki === site.lang && parsed.text !== '') parsed = parseTitle(site, parsed.fragment === null ? parsed.text : `${parsed.text}#${parsed.fragment}`);
    if (parsed === null || parsed.interwiki !== null) continue;
    const nsName = site.namespaces.get(parsed.ns)?.name ?? '';
    const prefix = parsed.ns === 0 ? '' : `${nsName}:`;
    for (const [folder, folderPrefix] of prefixes) {
      if (folderPrefix === prefix && (parsed.ns !== 0 || folder === 'Page')) places.push({ folder, name: parsed.text, fragment: parsed.fragment });
    }
  }
  for (const text of withoutMd(title)) {
    for (const [folder, prefix] of prefixes) {
      if (prefix !== '' && (text.startsWith(prefix) || text.startsWith(prefix.replace(/ /g, '_')))) {
        for (const name of spellings(text.slice(prefix.length))) places.push({ folder, name, fragment: null });
      }
    }
    for (const name of spellings(text)) places.push({ folder: 'Page', name, fragment: null });
  }
  return places;
}

/**
 * `/Page/Title`, `/Category/Name.md`: the name as written, with underscores as spaces, then as
 * the wiki would fold it (runs of spaces, the first letter by the namespace's case rule, a
 * percent-encoding left from a second encoding).
 */
function folderPlaces(site: SiteConfig, folder: string, prefix: string, rest: string): TitlePlace[] {
  const places: TitlePlace[] = [];
  const ns = prefix === '' ? 0 : site.namespaceLookup.get(prefix.slice(0, -1).toLowerCase());
  const firstLetter = ((ns === undefined ? undefined : site.namespaces.get(ns)?.case) ?? site.case) === 'first-letter';
  const names = rest.endsWith('.md') ? [rest.slice(0, -3), rest] : [rest];
  for (const name of names) {
    for (const spelling of spellings(name)) places.push({ folder, name: spelling, fragment: null });
    let folded = percentDecode(name).replace(/[ _]+/g, ' ').trim();
    if (firstLetter) folded = upperFirst(folded);
    places.push({ folder, name: folded, fragment: null });
  }
  return places;
}

/**
 * The request path decoded as a title address may be: once, a `%` that starts no escape kept as
 * it is (`/wiki/100%`, which a browser sends unencoded), in Unicode's composed form (NFC) as
 * MediaWiki normalises every request value (`Bia%CC%81ngbia%CC%81ng面`, decomposed, is
 * Biángbiáng面); null when the escapes are not UTF-8. Without the leading `/`.
 */
export function decodedAddress(rawPath: string): string | null {
  try {
    const decoded = decodeURIComponent(rawPath.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')).normalize('NFC');
    return decoded.startsWith('/') && !decoded.includes('\0') ? decoded.slice(1) : null;
  } catch {
    return null;
  }
}
