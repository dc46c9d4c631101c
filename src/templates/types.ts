/**
 * Built-in template handlers: the first tier of template support, needing no dump. A handler
 * turns one call into document-tree nodes (or deliberately drops it).
 */
import type { Block, Inline } from '../ast/nodes.js';
import type { PageMeta, Warning } from '../engine/types.js';
import type { SiteConfig } from '../site/types.js';

export interface TemplateCall {
  /** Normalised name without namespace: first letter upper-cased, underscores → spaces ("Cite web"). */
  name: string;
  /**
   * Arguments by name. Positional ones are "1", "2", …; values are raw wikitext after expansion
   * (they may contain strip markers). Named values are trimmed, positional ones are not — as in MediaWiki.
   */
  args: Map<string, string>;
  /** Offset of `{{` in the page source, for warnings. */
  offset: number;
  /** The call stands alone on its line(s), so block output fits there. */
  lineStart: boolean;
  /**
   * Set by the preprocessor for a template it could not expand that is laid out like an
   * infobox (preprocess/databox.ts): with no handler of its own it is shown as one.
   */
  dataBox?: boolean;
  /**
   * Set by the preprocessor when the template's own page is at hand and built on `{{Infobox}}`:
   * named argument → the label of the row the page shows it in (wikitext, '' for a row without
   * a label). Arguments missing from the map are no row of their own on the wiki.
   */
  rowLabels?: ReadonlyMap<string, string>;
  /**
   * Set by the preprocessor on the first piece of a wrapper call cut at its lines when that first
   * line is blank (`{{lang-ja|\n* 乙}}`, preprocess/wrapper-lines.ts): a wrapper that prints a
   * label before its text (TemplateTraits.wrapperRest) prints the label alone.
   */
  wrapperHead?: boolean;
  /**
   * Set on the call the preprocessor adds after the last line of a wrapper call cut at its lines
   * when the call had arguments its TemplateTraits.wrapperTail names (`{{lang-ja|\n* 乙|translit=X}}`):
   * it prints what follows the whole text (Module:Lang's transliteration after the list).
   */
  wrapperTail?: boolean;
  /**
   * Set by the preprocessor for a flag-family call when the page source has the country's
   * `Template:Country data …` page (preprocess/country-data.ts): the wiki's own link target and
   * shown name for the call.
   */
  countryData?: CountryData;
  /**
   * Set by the preprocessor for a call that names several countries (TemplateTraits.countryKeys):
   * each one's data page read as for countryData, null where the source has none.
   */
  countriesData?: (CountryData | null)[];
}

/** What a `Template:Country data …` page says for one call: expanded with the call's name and variant. */
export interface CountryData {
  /** The page the name links to: `link alias-<variant>` when the page has one, else `alias`. */
  link: string;
  /** The shown name (wikitext): the page's `name` (which takes the call's `name=`), '' when it gives none. */
  name: string;
}

export interface TemplateContext {
  site: SiteConfig;
  /** Full title of the page being converted. */
  title: string;
  /** Parse a wikitext fragment (an argument value) as inline content. */
  parseInline(wikitext: string): Inline[];
  /** Parse a wikitext fragment as blocks (multi-line arguments such as quotes). */
  parseBlocks(wikitext: string): Block[];
  /** The page's metadata, for handlers that record rather than render (NoteTA, DEFAULTSORT …). */
  meta: PageMeta;
  warn(w: Warning): void;
  /**
   * "Today" for age computations (`{{birth date and age}}`): the dump or revision time, so output
   * is reproducible. Optional; handlers fall back to the current date.
   */
  now?: Date;
  /**
   * Whether the page `fullTitle` is part of the output (a mirror knows this from its index): lets
   * interlanguage link templates show the other wiki's article only while the local one is
   * missing, as the wiki's own templates do with #ifexist. Null or absent: not known (one page
   * converted on its own).
   */
  pageExists?(fullTitle: string): boolean | null;
}

export type TemplateResult =
  | { kind: 'inline'; nodes: Inline[] }
  | { kind: 'block'; nodes: Block[] }
  /** Deliberately dropped (navbox, maintenance banner, NoteTA): not counted as unhandled. */
  | { kind: 'drop' };

export type TemplateHandler = (call: TemplateCall, ctx: TemplateContext) => TemplateResult;

/** What a handler's entry says about its calls besides the handler itself. */
export interface TemplateTraits {
  /**
   * The wiki shows a call as a block (a navigation box's table, a layout template's div) or as
   * nothing: a line holding only such calls ends the paragraph before it (parser/blocks.ts).
   */
  block?: boolean;
  /**
   * A stand-in for a template whose text we do not have (its citation, its data): used only when
   * the page source has no text for the template; a dump that carries it expands its own.
   */
  fallbackOnly?: boolean;
  /**
   * The call shows one argument's text in an inline element and nothing else (`{{lang}}`,
   * `{{nowrap}}`, `{{small}}`, colours): list lines in that argument belong to the page's lists,
   * so the preprocessor cuts such a call at its line breaks (preprocess/wrapper-lines.ts).
   */
  wrapper?: boolean;
  /**
   * For a wrapper that prints something before its text once (`{{lang-ja|A\n* B}}`: "日语：A", then
   * "B" alone, as the one expanded call reads on the wiki): the call for each line after the first.
   * `piece` is the line's call (its argument `key` holds the line).
   */
  wrapperRest?: (piece: TemplateCall, key: string) => TemplateCall;
  /**
   * Arguments a labelled wrapper prints after its whole text (`translit=` of `{{lang-xx}}`): when
   * the call is cut at its lines they leave the first line's call for a `wrapperTail` call after the last.
   */
  wrapperTail?: readonly string[];
  /**
   * For the flag family: which `Template:Country data <key>` page the call reads on the wiki and
   * the flag variant and `name=` it passes (null: none). The preprocessor reads that page, when the page
   * source has it, into `call.countryData`.
   */
  countryKey?: (call: TemplateCall) => { key: string; variant: string; name: string } | null;
  /**
   * For a call showing several countries (`{{Infobox bilateral relations}}`): the data page request
   * of each (null for a missing one), read into `call.countriesData` in the same order.
   */
  countryKeys?: (call: TemplateCall) => ({ key: string; variant: string; name: string } | null)[];
}

export interface TemplateRegistry {
  /** The handler for a normalised template name in a language, or null when none is registered. */
  lookup(name: string, lang: string): TemplateHandler | null;
  /**
   * For a call the preprocessor marked `dataBox` (no handler, no source to expand it from): the
   * handler that shows it as an infobox, or null when its arguments carry no facts worth it.
   */
  dataBox?(call: TemplateCall, lang: string): TemplateHandler | null;
  /** The traits of the handler lookup gives for the name (none when it gives none). */
  traits?(name: string, lang: string): TemplateTraits | null;
}
