/**
 * Titles and generated text in the reader's variant (`--variant zh-tw`): the engine converts each
 * page's body and reports its title in the variant (PageMeta.variantTitle, which honours the
 * page's own `-{T|…}-` and NoteTA); what the mirror writes itself (category lists, redirect stubs,
 * section anchors of converted headings) goes through the same conversion tables. File names and
 * link targets always stay keyed by the original title.
 */
import type { SiteConfig } from '../site/types.js';
import { createConverter, validateVariant } from '../variants/index.js';
import { variantOfWiki } from '../variants/literal.js';

export type TitleConverter = (text: string) => string;

/**
 * `--variant` on a wiki none of whose variants it is: the note the run logs, or null. A note, as
 * `page` gives, and not a refusal: the run is the one without the flag (run-steps.ts drops it from
 * the options once the siteinfo is known, so it is in neither the recorded options nor the
 * fingerprint, and a later update without it redoes nothing). The question is the engine's
 * (variants/literal.ts variantOfWiki): the zh wiki only, not zh-yue or zh-classical, which
 * MediaWiki gives no converter.
 */
export function variantNote(variant: string | null | undefined, lang: string): string | null {
  if (!variant || variantOfWiki(lang, variant) !== null) return null;
  return `--variant ${variant} has no effect on a '${lang}' wiki (the dump's siteinfo): scripts are converted on the Chinese wiki (zh) only; the mirror is written without it`;
}

/** The converter for `variant` on this site, or null when no conversion applies. */
export function variantConverter(site: SiteConfig, variant: string | null | undefined): TitleConverter | null {
  if (!variant || variantOfWiki(site.lang, variant) === null) return null;
  const v = validateVariant(variant);
  if (!v || v === 'zh') return null;
  const convert = createConverter(v);
  return (text) => convert(text);
}

/** The name part of a full title in the variant ("Category:數學" → "數學"). */
export function nameInVariant(variantTitle: string, ns: number): string {
  if (ns === 0) return variantTitle;
  const colon = variantTitle.indexOf(':');
  return colon >= 0 ? variantTitle.slice(colon + 1) : variantTitle;
}
