/**
 * Titles and generated text in the reader's variant (`--variant zh-tw`): the engine converts each
 * page's body and reports its title in the variant (PageMeta.variantTitle, which honours the
 * page's own `-{T|…}-` and NoteTA); what the mirror writes itself (category lists, redirect stubs,
 * section anchors of converted headings) goes through the same conversion tables. File names and
 * link targets always stay keyed by the original title.
 */
import type { SiteConfig } from '../site/types.js';
import { createConverter, hasConversionTables, validateVariant } from '../variants/index.js';

export type TitleConverter = (text: string) => string;

/** The converter for `variant` on this site, or null when no conversion applies. */
export function variantConverter(site: SiteConfig, variant: string | null | undefined): TitleConverter | null {
  if (!variant || !hasConversionTables(site.lang)) return null;
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
