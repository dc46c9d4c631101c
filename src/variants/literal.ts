/**
 * Languages MediaWiki converts between variants (LanguageConverter subclasses). Elsewhere it runs
 * no converter and `-{ … }-` is text: the parser makes no markup node there.
 */
export const VARIANT_LANGUAGES: ReadonlySet<string> = new Set([
  'zh', 'gan', 'iu', 'kk', 'ku', 'shi', 'sr', 'tg', 'uz', 'crh', 'ban', 'wuu', 'zgh', 'sh', 'tly',
]);

/**
 * The variant a page of a `lang` wiki is shown in: only one of its own language's variants
 * (`zh-tw` on zh; the variant's language subtag is the wiki's), or null. MediaWiki converts a page
 * into a variant of its own language only. Our tables are Chinese: on sr or kk, which have
 * variants of their own, a `zh-*` variant would rewrite their text with Chinese tables; and
 * zh-yue, zh-classical and zh-min-nan are wikis with no converter (their language is no
 * LanguageConverter's), so no variant applies there either. The engine (convertPage) and the
 * mirror's note and titles (mirror/variant.ts) ask this one question.
 */
export function variantOfWiki(lang: string, variant: string | null | undefined): string | null {
  if (!variant || !VARIANT_LANGUAGES.has(lang)) return null;
  const dash = variant.indexOf('-');
  return (dash < 0 ? variant : variant.slice(0, dash)).toLowerCase() === lang ? variant : null;
}
