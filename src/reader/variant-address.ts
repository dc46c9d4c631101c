/**
 * A page asked for under its title in the other Chinese script (`/Page/數學.md` when the mirror
 * has 数学): zh.wikipedia shows the page (MediaWiki::parseTitle looks a missing title up in every
 * variant, as links do), so the reader sends the browser to it. Only for a zh mirror, only for
 * an address that names no file; the first spelling in MediaWiki's variant order that is a file
 * of the mirror wins (src/mirror/variant-links.ts).
 */
import { encodeFileName } from '../mirror/filenames.js';
import { otherSpellings } from '../mirror/variant-links.js';
import type { MirrorTitles } from './mirror-titles.js';
import { titleGuess } from './views.js';

/** The mirror file (relative path) a missing `.md` address stands for in another script, or null. */
export function variantAddress(titles: MirrorTitles, lang: string, relative: string): string | null {
  if (lang !== 'zh' || !relative.endsWith('.md')) return null;
  const dir = relative.slice(0, relative.lastIndexOf('/') + 1);
  for (const name of otherSpellings(titleGuess(relative))) {
    const file = `${dir}${encodeFileName(name)}.md`;
    if (titles.titleOfFile(file)) return file;
  }
  return null;
}
