/**
 * `{{#language:code|inLanguage}}`: language names. A small table of the languages that show up
 * in our wikis' templates: the autonym, and the name in Chinese and Japanese. Unknown codes
 * print the code itself, as MediaWiki does.
 */

// code: [autonym, zh, ja]
const NAMES: Record<string, [string, string, string]> = {
  en: ['English', '英语', '英語'],
  zh: ['中文', '中文', '中国語'],
  'zh-hans': ['中文（简体）', '中文（简体）', '中国語 (簡体字)'],
  'zh-hant': ['中文（繁體）', '中文（繁体）', '中国語 (繁体字)'],
  'zh-cn': ['中文（中国大陆）', '中文（中国大陆）', '中国語 (中国本土)'],
  'zh-tw': ['中文（臺灣）', '中文（台湾）', '中国語 (台湾)'],
  'zh-hk': ['中文（香港）', '中文（香港）', '中国語 (香港)'],
  yue: ['粵語', '粤语', '広東語'],
  'zh-yue': ['粵語', '粤语', '広東語'],
  lzh: ['文言', '文言文', '漢文'],
  'zh-classical': ['文言', '文言文', '漢文'],
  nan: ['Bân-lâm-gú', '闽南语', '閩南語'],
  wuu: ['吴语', '吴语', '呉語'],
  ja: ['日本語', '日语', '日本語'],
  ko: ['한국어', '韩语', '韓国語'],
  uk: ['українська', '乌克兰语', 'ウクライナ語'],
  ru: ['русский', '俄语', 'ロシア語'],
  de: ['Deutsch', '德语', 'ドイツ語'],
  fr: ['français', '法语', 'フランス語'],
  es: ['español', '西班牙语', 'スペイン語'],
  it: ['italiano', '意大利语', 'イタリア語'],
  pt: ['português', '葡萄牙语', 'ポルトガル語'],
  nl: ['Nederlands', '荷兰语', 'オランダ語'],
  sv: ['svenska', '瑞典语', 'スウェーデン語'],
  pl: ['polski', '波兰语', 'ポーランド語'],
  cs: ['čeština', '捷克语', 'チェコ語'],
  el: ['Ελληνικά', '希腊语', 'ギリシャ語'],
  la: ['Latina', '拉丁语', 'ラテン語'],
  grc: ['Ἀρχαία ἑλληνικὴ', '古希腊语', '古代ギリシャ語'],
  ar: ['العربية', '阿拉伯语', 'アラビア語'],
  he: ['עברית', '希伯来语', 'ヘブライ語'],
  fa: ['فارسی', '波斯语', 'ペルシア語'],
  tr: ['Türkçe', '土耳其语', 'トルコ語'],
  hi: ['हिन्दी', '印地语', 'ヒンディー語'],
  sa: ['संस्कृतम्', '梵语', 'サンスクリット'],
  th: ['ไทย', '泰语', 'タイ語'],
  vi: ['Tiếng Việt', '越南语', 'ベトナム語'],
  id: ['Bahasa Indonesia', '印度尼西亚语', 'インドネシア語'],
  ms: ['Bahasa Melayu', '马来语', 'マレー語'],
  mn: ['монгол', '蒙古语', 'モンゴル語'],
  bo: ['བོད་ཡིག', '藏语', 'チベット語'],
  ug: ['ئۇيغۇرچە / Uyghurche', '维吾尔语', 'ウイグル語'],
  be: ['беларуская', '白俄罗斯语', 'ベラルーシ語'],
  bg: ['български', '保加利亚语', 'ブルガリア語'],
  hu: ['magyar', '匈牙利语', 'ハンガリー語'],
  fi: ['suomi', '芬兰语', 'フィンランド語'],
  da: ['dansk', '丹麦语', 'デンマーク語'],
  no: ['norsk', '挪威语', 'ノルウェー語'],
  ro: ['română', '罗马尼亚语', 'ルーマニア語'],
  sr: ['српски / srpski', '塞尔维亚语', 'セルビア語'],
  hr: ['hrvatski', '克罗地亚语', 'クロアチア語'],
  ka: ['ქართული', '格鲁吉亚语', 'ジョージア語'],
  hy: ['հայերեն', '亚美尼亚语', 'アルメニア語'],
  eo: ['Esperanto', '世界语', 'エスペラント'],
  ain: ['アイヌ・イタㇰ', '阿伊努语', 'アイヌ語'],
  tl: ['Tagalog', '他加禄语', 'タガログ語'],
  km: ['ភាសាខ្មែរ', '高棉语', 'クメール語'],
  lo: ['ລາວ', '老挝语', 'ラーオ語'],
  my: ['မြန်မာဘာသာ', '缅甸语', 'ビルマ語'],
  ta: ['தமிழ்', '泰米尔语', 'タミル語'],
  bn: ['বাংলা', '孟加拉语', 'ベンガル語'],
  ur: ['اردو', '乌尔都语', 'ウルドゥー語'],
};

const ENGLISH: Record<string, string> = {
  en: 'English', zh: 'Chinese', 'zh-hans': 'Simplified Chinese', 'zh-hant': 'Traditional Chinese', yue: 'Cantonese',
  'zh-yue': 'Cantonese', lzh: 'Literary Chinese', 'zh-classical': 'Literary Chinese', nan: 'Min Nan Chinese', wuu: 'Wu Chinese',
  ja: 'Japanese', ko: 'Korean', uk: 'Ukrainian', ru: 'Russian', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian',
  pt: 'Portuguese', nl: 'Dutch', sv: 'Swedish', pl: 'Polish', cs: 'Czech', el: 'Greek', la: 'Latin', grc: 'Ancient Greek',
  ar: 'Arabic', he: 'Hebrew', fa: 'Persian', tr: 'Turkish', hi: 'Hindi', sa: 'Sanskrit', th: 'Thai', vi: 'Vietnamese',
  id: 'Indonesian', ms: 'Malay', mn: 'Mongolian', bo: 'Tibetan', ug: 'Uyghur', be: 'Belarusian', bg: 'Bulgarian',
  hu: 'Hungarian', fi: 'Finnish', da: 'Danish', no: 'Norwegian', ro: 'Romanian', sr: 'Serbian', hr: 'Croatian',
  ka: 'Georgian', hy: 'Armenian', eo: 'Esperanto', ain: 'Ainu', tl: 'Tagalog', km: 'Khmer', lo: 'Lao', my: 'Burmese',
  ta: 'Tamil', bn: 'Bangla', ur: 'Urdu', 'de-formal': 'German (formal address)',
};

/**
 * The name of a language, in `inLanguage` when we know it (English, Chinese, Japanese), else its
 * autonym; the code itself when unknown. An empty code names the content language.
 */
export function languageName(code: string, inLanguage: string, contentLang: string): string {
  let key = (code.trim() || contentLang).toLowerCase();
  if (!NAMES[key] && !ENGLISH[key]) key = INTERNAL[key] ?? key;
  const target = inLanguage.trim().toLowerCase().split('-')[0];
  if (target === 'en' && ENGLISH[key]) return ENGLISH[key]!;
  const row = NAMES[key];
  if (!row) return ENGLISH[key] && target === 'en' ? ENGLISH[key]! : code.trim() || contentLang;
  if (target === 'zh') return row[1];
  if (target === 'ja') return row[2];
  return row[0];
}

const RTL = new Set(['ar', 'arc', 'arz', 'azb', 'ckb', 'dv', 'fa', 'glk', 'he', 'ks-arab', 'lrc', 'mzn', 'pnb', 'ps', 'sd', 'syc', 'ug-arab', 'ur', 'yi']);

/** `{{#dir:code}}`: writing direction of a language. */
export function languageDir(code: string): 'ltr' | 'rtl' {
  return RTL.has(code.trim().toLowerCase()) ? 'rtl' : 'ltr';
}

// MediaWiki-internal codes whose BCP 47 form differs.
const BCP47: Record<string, string> = {
  'sr-ec': 'sr-Cyrl', 'sr-el': 'sr-Latn', 'zh-yue': 'yue', 'de-formal': 'de-x-formal', simple: 'en-simple', eml: 'egl',
  als: 'gsw', 'fiu-vro': 'vro', 'zh-classical': 'lzh', 'roa-rup': 'rup', 'bat-smg': 'sgs', 'zh-min-nan': 'nan',
  'be-x-old': 'be-tarask', 'nl-informal': 'nl-x-informal', 'es-formal': 'es-x-formal', 'hu-formal': 'hu-x-formal',
  'map-bms': 'jv-x-bms', 'roa-tara': 'nap-x-tara', nrm: 'nrf', 'zh-min-nan-latn': 'nan-Latn',
};

const INTERNAL: Record<string, string> = Object.fromEntries(Object.entries(BCP47).map(([k, v]) => [v.toLowerCase(), k]));

/** `{{#bcp47:code}}`: the BCP 47 spelling of a language code (script and region subtags cased). */
export function bcp47(code: string): string {
  const lower = code.trim().toLowerCase();
  const mapped = BCP47[lower] ?? lower;
  return mapped
    .split('-')
    .map((part, i) => {
      if (i === 0 || part.length === 1) return part;
      if (part.length === 2) return part.toUpperCase();
      if (part.length === 4) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      return part;
    })
    .join('-')
    .replace(/-x-[A-Za-z]+$/, (m) => m.toLowerCase());
}
