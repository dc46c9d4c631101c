/**
 * An address that names a page by its title instead of its file, as a reader types or pastes
 * it: `/Page/C/C++.md` or `/Page/C/C++` for the file `Page/C%2FC++.md` (a title's `/ : ? " %`
 * are `%XX` in file names, filenames.ts), `/Page/数学` without `.md`, `/Page/Cascading_Style_Sheets`
 * with the wiki's underscores, and the wiki's own form `/wiki/Category:数学`, so that a link to the
 * live wiki works once its host is swapped for the reader's. The title is looked up in index.tsv
 * (its file column, a `~hash` name of a case clash included); only a file on disk is answered.
 * Titles are matched as written: no case folding; the other Chinese script is tried after, by
 * variant-address.ts on the same places (titlePlaces).
 */
import type { MirrorTitles } from './mirror-titles.js';

/** The mirror file (relative path) a missing address names by its title, or null. */
export function titleAddress(titles: MirrorTitles, relative: string, isFile: (file: string) => boolean): string | null {
  for (const [where, name] of titlePlaces(titles, relative)) {
    for (const spelling of spellings(name)) {
      const file = titles.fileOfName(where, spelling);
      if (file !== undefined && file !== relative && isFile(file)) return file;
    }
  }
  return null;
}

/** The [folder, name] pairs a title address may stand for, in the order they are tried (also variant-address.ts). */
export function titlePlaces(titles: MirrorTitles, relative: string): Array<[string, string]> {
  const slash = relative.indexOf('/');
  if (slash <= 0) return [];
  const folder = relative.slice(0, slash);
  const rest = relative.slice(slash + 1).replace(/\.md$/, '');
  if (rest === '') return [];
  return folder === 'wiki' ? wikiPlaces(titles, rest) : titles.prefixOfFolder(folder) === undefined ? [] : [[folder, rest]];
}

/** A name as written, then with the wiki's underscores as spaces. */
export function spellings(name: string): string[] {
  return name.includes('_') ? [name, name.replace(/_/g, ' ')] : [name];
}

/** `/wiki/Category:X` → [Category, X] (each folder whose prefix the title starts with), else [Page, title]. */
function wikiPlaces(titles: MirrorTitles, title: string): Array<[string, string]> {
  const places: Array<[string, string]> = [];
  for (const [folder, prefix] of titles.folderPrefixes()) {
    if (prefix !== '' && (title.startsWith(prefix) || title.startsWith(prefix.replace(/ /g, '_')))) places.push([folder, title.slice(prefix.length)]);
  }
  places.push(['Page', title]);
  return places;
}
