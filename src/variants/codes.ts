/**
 * The Chinese variant codes MediaWiki's ZhConverter knows, their fall-back order, display names and
 * manual-rule levels (facts from MediaWiki's ZhConverter/LanguageConverter, written down here).
 */

/** Every variant, in the order MediaWiki lists them ('zh' = no conversion). Order matters for rules. */
export const ALL_VARIANTS = ['zh', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-hk', 'zh-mo', 'zh-my', 'zh-sg', 'zh-tw'] as const;
export type Variant = (typeof ALL_VARIANTS)[number];

/**
 * Whether a wiki in `lang` has conversion tables here: the Chinese wiki (zh) only. MediaWiki
 * converts more languages (VARIANT_LANGUAGES in literal.ts) with tables we do not carry, and
 * zh-yue, zh-classical and zh-min-nan have no converter at all (literal.ts variantOfWiki): no
 * `--variant` and no title lookup in the other script apply there.
 */
export function hasConversionTables(lang: string): boolean {
  return lang === 'zh';
}

/** The variants a page can be converted to (`--variant`). */
export const TARGET_VARIANTS: readonly Variant[] = ['zh-hans', 'zh-hant', 'zh-cn', 'zh-tw', 'zh-hk', 'zh-mo', 'zh-sg', 'zh-my'];

/** Where a variant looks when markup has no text for it, nearest first. */
export const FALLBACKS: Readonly<Record<Variant, readonly Variant[]>> = {
  zh: ['zh-hans', 'zh-hant', 'zh-cn', 'zh-tw', 'zh-hk', 'zh-sg', 'zh-mo', 'zh-my'],
  'zh-hans': ['zh-cn', 'zh-sg', 'zh-my'],
  'zh-hant': ['zh-tw', 'zh-hk', 'zh-mo'],
  'zh-cn': ['zh-hans', 'zh-sg', 'zh-my'],
  'zh-sg': ['zh-my', 'zh-hans', 'zh-cn'],
  'zh-my': ['zh-sg', 'zh-hans', 'zh-cn'],
  'zh-tw': ['zh-hant', 'zh-hk', 'zh-mo'],
  'zh-hk': ['zh-mo', 'zh-hant', 'zh-tw'],
  'zh-mo': ['zh-hk', 'zh-hant', 'zh-tw'],
};

/** How manual rules (`-{H|…}-`) may change a variant's table. */
export type ManualLevel = 'bidirectional' | 'unidirectional' | 'disable';
export const MANUAL_LEVEL: Readonly<Record<Variant, ManualLevel>> = {
  zh: 'disable',
  'zh-hans': 'unidirectional',
  'zh-hant': 'unidirectional',
  'zh-cn': 'bidirectional',
  'zh-hk': 'bidirectional',
  'zh-mo': 'bidirectional',
  'zh-my': 'bidirectional',
  'zh-sg': 'bidirectional',
  'zh-tw': 'bidirectional',
};

/** Names printed by `-{D|…}-` and `-{N|…}-`. */
export const VARIANT_NAMES: Readonly<Record<string, string>> = {
  zh: '原文',
  'zh-hans': '简体',
  'zh-hant': '繁體',
  'zh-cn': '大陆',
  'zh-tw': '臺灣',
  'zh-hk': '香港',
  'zh-mo': '澳門',
  'zh-sg': '新加坡',
  'zh-my': '大马',
  // A few other languages `-{N|…}-` may name (autonyms).
  en: 'English',
  'sr-ec': 'српски (ћирилица)',
  'sr-cyrl': 'српски (ћирилица)',
  'sr-el': 'srpski (latinica)',
  'sr-latn': 'srpski (latinica)',
  ja: '日本語',
  ko: '한국어',
};

/** BCP 47 spellings (lower-cased) MediaWiki accepts for its internal codes. */
const BCP47: Readonly<Record<string, Variant>> = {
  'zh-hans-cn': 'zh-cn',
  'zh-hant-tw': 'zh-tw',
  'zh-hant-hk': 'zh-hk',
  'zh-hant-mo': 'zh-mo',
  'zh-hans-sg': 'zh-sg',
  'zh-hans-my': 'zh-my',
};

const VARIANT_SET: ReadonlySet<string> = new Set(ALL_VARIANTS);

/** A variant code in any accepted spelling ("zh-Hant-TW", "ZH-TW") → internal code, or null. */
export function validateVariant(code: string | null | undefined): Variant | null {
  if (!code) return null;
  const lower = code.trim().toLowerCase();
  if (VARIANT_SET.has(lower)) return lower as Variant;
  return BCP47[lower] ?? null;
}

/** Every spelling that may stand before `:` in a rule (used to split `a;b` rule lists). */
export const RULE_CODE_SPELLINGS: readonly string[] = [
  ...ALL_VARIANTS,
  'zh-Hans',
  'zh-Hant',
  'zh-Hans-CN',
  'zh-Hant-TW',
  'zh-Hant-HK',
  'zh-Hant-MO',
  'zh-Hans-SG',
  'zh-Hans-MY',
];
