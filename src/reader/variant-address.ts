/**
 * A page asked for under its title in the other Chinese script (`/Page/數學.md` when the mirror
 * has 数学): zh.wikipedia shows the page (MediaWiki::parseTitle looks a missing title up in every
 * variant, as links do), so the reader sends the browser to it. Only for a mirror of a wiki we
 * have variant tables for, only for an address that names no file, a file address (`.md` under a
 * namespace folder) or a title address (title-address.ts: `/Page/數學`, `/wiki/Category:數學`); the first spelling in
 * MediaWiki's variant order whose entry in index.tsv names a file on disk wins (its file column,
 * so a `~hash` name of a case clash is found too). As the mirror's links do, an address whose
 * title is a page of the dump left out of the mirror (`--min-size`) is not sent to another
 * spelling: a link to it goes to the wiki as written (src/mirror/worker.ts lookupTarget).
 */
import { hasTitleVariants, otherSpellings } from '../mirror/variant-links.js';
import type { MirrorTitles } from './mirror-titles.js';
import type { SiteConfig } from '../site/types.js';
import { titlePlaces, spellings, type TitleFound, type TitlePlace } from './title-address.js';
import { titleGuess } from './views.js';

export interface AddressChecks {
  /** Whether a path inside the mirror is a file on disk (safe-path.ts resolveMirrorPath). */
  isFile(relative: string): boolean;
  /** Whether a title is a page of the dump the mirror was made from; absent when that is not known. */
  isDumpPage?(fullTitle: string): boolean;
}

/** The mirror file (relative path) a missing address stands for in another script, or null. */
export function variantAddress(titles: MirrorTitles, site: SiteConfig, relative: string, checks: AddressChecks): TitleFound | null {
  if (!hasTitleVariants(site.lang) || relative.endsWith('.wikitext')) return null;
  const slash = relative.lastIndexOf('/');
  const folder = relative.slice(0, Math.max(0, slash));
  // A file address (`Page/數學.md`, `Page/C%2FC++.md`) names its title as filenames.ts spells it;
  // a title address (`Page/數學`, `wiki/Category:數學`) as title-address.ts reads it.
  const places: TitlePlace[] =
    relative.endsWith('.md') && slash > 0 && titles.prefixOfFolder(folder) !== undefined ? [{ folder, name: titleGuess(relative), fragment: null }] : titlePlaces(titles, site, relative);
  for (const { folder: where, name: written, fragment } of places) {
    const prefix = titles.prefixOfFolder(where) ?? '';
    for (const name of spellings(written)) {
      if (checks.isDumpPage?.(prefix + name)) return null;
      for (const other of otherSpellings(name)) {
        const file = titles.fileOfName(where, other);
        if (file !== undefined && checks.isFile(file)) return { file, fragment };
      }
    }
  }
  return null;
}
