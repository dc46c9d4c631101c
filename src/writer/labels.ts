/** Words the writer adds to a page, per content language. */

const TRADITIONAL = /^zh-(hant|tw|hk|mo)/i;

function base(lang: string): string {
  const l = lang.toLowerCase();
  if (l.startsWith('zh')) return TRADITIONAL.test(l) ? 'zh-hant' : 'zh';
  return l.split('-')[0]!;
}

/** The attribution sentence around the link: [before, after]. */
const ATTRIBUTION: Record<string, [string, string]> = {
  zh: ['本文内容由', '转换而来。'],
  'zh-hant': ['本文內容由', '轉換而來。'],
  en: ['This article was converted from ', '.'],
  ja: ['この記事は', 'から変換されました。'],
  ko: ['이 문서는 ', '에서 변환되었습니다.'],
  uk: ['Цю статтю перетворено зі сторінки ', '.'],
};

const CATEGORIES: Record<string, [string, string]> = {
  zh: ['分类', '：'],
  'zh-hant': ['分類', '：'],
  en: ['Categories', ': '],
  ja: ['カテゴリ', ': '],
  ko: ['분류', ': '],
  uk: ['Категорії', ': '],
};

export function attributionWords(lang: string): [string, string] {
  return ATTRIBUTION[base(lang)] ?? ATTRIBUTION.en!;
}

/** The categories label and the separator after it. */
export function categoryWords(lang: string): [string, string] {
  return CATEGORIES[base(lang)] ?? CATEGORIES.en!;
}
