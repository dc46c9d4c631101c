/**
 * Languages MediaWiki converts between variants (LanguageConverter subclasses). Elsewhere it runs
 * no converter and `-{ … }-` is text: the parser makes no markup node there.
 */
export const VARIANT_LANGUAGES: ReadonlySet<string> = new Set([
  'zh', 'gan', 'iu', 'kk', 'ku', 'shi', 'sr', 'tg', 'uz', 'crh', 'ban', 'wuu', 'zgh', 'sh', 'tly',
]);
