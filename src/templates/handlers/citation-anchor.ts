/**
 * The ids full citations take so that Harvard-style short citations (`{{sfn|Smith|Jones|2005}}`,
 * `{{harvnb}}`, `[[#CITEREFSmith2005|…]]`) land on them.
 *
 * CS1 (Module:Citation/CS1, citation0): unless `ref=none`, a citation is anchored at `ref=` when
 * given (`harv` is only a switch), else at "CITEREF" + the first four names of one list — the
 * authors', or the editors' when there are no authors — each its surname (`last`) or, lacking
 * one, the whole `author` — followed by `year=`, or else the year of `date=` with its
 * disambiguating letter ("2010a"). A Vancouver list (`vauthors=Smith J, Jones K`, `veditors=`)
 * gives its surnames in the same place. {{sfn}} links to "CITEREF" + its up to four names + year,
 * so the two meet whenever the editor gave the same surnames.
 *
 * ukwiki's GOST templates (`{{публікація}}`, `{{книга}}`, `{{стаття}}`, born on ruwiki) take no
 * anchor of their own: `ref=Климовський` asks for one, "CITEREF" + ref + `рік` (`год`), which is
 * what `{{sfn|Климовський|2003}}` links to.
 */
import type { TemplateCall, TemplateContext } from '../types.js';
import { arg, plain } from '../util.js';
import { DATE_PARAMS, NAME_KEYS, YEAR_PARAMS, type AuthorKeys } from './citation-params.js';

const MAX_ANCHOR_NAMES = 4;

/** A GOST template's year: ukwiki's `рік` (among YEAR_PARAMS) or the ruwiki original's `год`. */
const GOST_YEAR_PARAMS: readonly string[] = [...YEAR_PARAMS, 'год'];

/**
 * The surnames of a Vancouver-style `vauthors=Smith J, van der Berg K`: the names are split at
 * commas, and each loses its initials (the last word, when there is more than one), as CS1 does.
 */
function vancouverNames(call: TemplateCall, ctx: TemplateContext, param: string): string {
  const list = plain(ctx, arg(call, [param]));
  let names = '';
  let count = 0;
  for (const part of list.split(',')) {
    const name = part.trim();
    if (!name) continue;
    const space = name.search(/\s\S+$/);
    names += space > 0 ? name.slice(0, space).trim() : name;
    if (++count === MAX_ANCHOR_NAMES) break;
  }
  return names;
}

/** The names CS1 puts in an anchor: surname, else the whole name, of up to four people. */
function anchorNames(call: TemplateCall, ctx: TemplateContext, keys: readonly AuthorKeys[]): string {
  let names = '';
  let count = 0;
  let sawUnnumbered = false;
  for (let i = 0; i < keys.length && count < MAX_ANCHOR_NAMES; i++) {
    // `last` and `last1` (`author`, `author1`) name the same person.
    if (i === 1 && sawUnnumbered) continue;
    const k = keys[i]!;
    const name = plain(ctx, arg(call, k.last) ?? arg(call, k.full)).trim();
    if (!name) continue;
    if (i === 0) sawUnnumbered = true;
    names += name;
    count++;
  }
  return names;
}

/** `year=` as written, else the year of `date=` with a letter that tells two works apart. */
function anchorYear(call: TemplateCall, ctx: TemplateContext): string {
  const year = plain(ctx, arg(call, YEAR_PARAMS)).trim();
  if (year) return year;
  const date = plain(ctx, arg(call, DATE_PARAMS));
  const m = /(?<!\d)(\d{4})([a-z])?(?![\da-z])/.exec(date);
  return m ? m[1]! + (m[2] ?? '') : '';
}

/**
 * CS1's own anchor: "CITEREF" + names + year, or '' without names (and, when `needYear`, without
 * a year either — the anchor a citation only takes on pages that cite by author and year).
 */
export function citerefId(call: TemplateCall, ctx: TemplateContext, needYear = false): string {
  const names =
    anchorNames(call, ctx, NAME_KEYS.authors) ||
    vancouverNames(call, ctx, 'vauthors') ||
    anchorNames(call, ctx, NAME_KEYS.editors) ||
    vancouverNames(call, ctx, 'veditors');
  if (!names) return '';
  const year = anchorYear(call, ctx);
  if (needYear && !year) return '';
  return `CITEREF${names}${year}`;
}

/** A GOST template's `ref=`: "CITEREF" + ref + year; '' without one. */
export function gostAnchor(ref: string, call: TemplateCall, ctx: TemplateContext): string {
  if (!ref) return '';
  const year = plain(ctx, arg(call, GOST_YEAR_PARAMS)).trim();
  return `CITEREF${ref}${year}`;
}
