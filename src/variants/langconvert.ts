/**
 * `<langconvert from="zh-hans" to="zh-hant">text</langconvert>` (MediaWiki's extension tag, usable
 * on any wiki): the text converted to the `to` variant once, whatever variant the page is read in.
 * For the preprocessor's extension-tag handler; only the Chinese variants are supported.
 */
import { validateVariant } from './codes.js';
import { createConverter } from './converter.js';
import { VARIANT_LANGUAGES } from './literal.js';

/**
 * The converted text, or null when `from`/`to` are not two convertible Chinese variants (MediaWiki
 * then shows an error in place of the tag).
 */
export function langConvert(text: string, from: string, to: string): string | null {
  const f = validateVariant(from);
  const t = validateVariant(to);
  if (!f || !t || f === 'zh' || t === 'zh') return null;
  return createConverter(t)(text);
}

/**
 * What the tag leaves in the page's wikitext: on a wiki with variants the converted text is
 * protected (`-{R|…}-`) so the page's own conversion leaves it alone.
 */
export function langConvertWikitext(text: string, from: string, to: string, siteLang: string): string | null {
  const converted = langConvert(text, from, to);
  if (converted === null) return null;
  return VARIANT_LANGUAGES.has(siteLang) ? `-{R|${converted}}-` : converted;
}
