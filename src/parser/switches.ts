/**
 * Behaviour switches (`__NOTOC__`, localised `__目录__` …) and the `#REDIRECT [[X]]` line.
 * Switches are removed from the text and recorded under their canonical English name.
 */
import type { SiteConfig } from '../site/types.js';
import { parseTitle } from '../site/titles.js';

const CANONICAL = [
  'NOTOC', 'FORCETOC', 'TOC', 'NOEDITSECTION', 'NEWSECTIONLINK', 'NONEWSECTIONLINK', 'NOGALLERY', 'HIDDENCAT',
  'EXPECTUNUSEDCATEGORY', 'NOCONTENTCONVERT', 'NOCC', 'NOTITLECONVERT', 'NOTC', 'INDEX', 'NOINDEX',
  'STATICREDIRECT', 'NOGLOBAL', 'DISAMBIG', 'EXPECTED_UNCONNECTED_PAGE', 'ARCHIVEDTALK', 'NOTALK',
  'EXPECTUNUSEDTEMPLATE', 'NOEXTERNALLANGLINKS',
];

/** Localised spellings → canonical name (zh, ja, ko, uk). Matching is case-insensitive. */
const LOCALISED: Record<string, string> = {
  目录: 'TOC', 目錄: 'TOC', 无目录: 'NOTOC', 無目錄: 'NOTOC', 强显目录: 'FORCETOC', 強顯目錄: 'FORCETOC',
  无段落编辑: 'NOEDITSECTION', 無段落編輯: 'NOEDITSECTION', 无编辑段落: 'NOEDITSECTION', 無編輯段落: 'NOEDITSECTION',
  新段落链接: 'NEWSECTIONLINK', 新段落連結: 'NEWSECTIONLINK', 无新段落链接: 'NONEWSECTIONLINK', 無新段落連結: 'NONEWSECTIONLINK',
  无图库: 'NOGALLERY', 無圖庫: 'NOGALLERY', 隐藏分类: 'HIDDENCAT', 隱藏分類: 'HIDDENCAT',
  不转换内容: 'NOCONTENTCONVERT', 不轉換內容: 'NOCONTENTCONVERT', 不转换标题: 'NOTITLECONVERT', 不轉換標題: 'NOTITLECONVERT',
  索引: 'INDEX', 无索引: 'NOINDEX', 無索引: 'NOINDEX', 静态重定向: 'STATICREDIRECT', 靜態重定向: 'STATICREDIRECT',
  消歧义: 'DISAMBIG', 消歧義: 'DISAMBIG',
  目次: 'TOC', 目次非表示: 'NOTOC', 目次強制: 'FORCETOC', 節編集非表示: 'NOEDITSECTION', 新しい節リンク: 'NEWSECTIONLINK',
  新しい節リンク非表示: 'NONEWSECTIONLINK', ギャラリー非表示: 'NOGALLERY', 非表示カテゴリ: 'HIDDENCAT',
  インデックス: 'INDEX', インデックス拒否: 'NOINDEX', 曖昧さ回避: 'DISAMBIG', 内容変換無効: 'NOCONTENTCONVERT',
  表題変換無効: 'NOTITLECONVERT', 静的リダイレクト: 'STATICREDIRECT',
  목차: 'TOC', 목차숨김: 'NOTOC', 목차보이기: 'FORCETOC', 목차강제: 'FORCETOC', 문단편집숨김: 'NOEDITSECTION',
  숨은분류: 'HIDDENCAT', 색인: 'INDEX', 색인거부: 'NOINDEX', 동음이의: 'DISAMBIG',
  БЕЗЗМІСТУ: 'NOTOC', ЗМІСТ: 'TOC', ОБОВ_ЗМІСТ: 'FORCETOC', БЕЗ_РЕДАГУВ_РОЗДІЛУ: 'NOEDITSECTION',
  БЕЗ_ГАЛЕРЕЇ: 'NOGALLERY', ПРИХОВАНА_КАТЕГОРІЯ: 'HIDDENCAT', ІНДЕКС: 'INDEX', БЕЗ_ІНДЕКСУ: 'NOINDEX',
};

const SWITCHES = new Map<string, string>();
for (const name of CANONICAL) SWITCHES.set(name, name);
for (const [local, canonical] of Object.entries(LOCALISED)) SWITCHES.set(local.toUpperCase(), canonical);

/** Longest switch name in characters, to bound the scan. */
const MAX_SWITCH_LENGTH = 32;

/**
 * If a behaviour switch `__NAME__` starts at `pos` (which holds '_'), return its canonical name
 * and the position after it.
 */
export function matchSwitch(src: string, pos: number, end: number): { name: string; end: number } | null {
  if (src.charCodeAt(pos + 1) !== 95) return null;
  const limit = Math.min(end, pos + 2 + MAX_SWITCH_LENGTH + 2);
  for (let i = pos + 2; i + 1 < limit; i++) {
    if (src.charCodeAt(i) === 95 && src.charCodeAt(i + 1) === 95) {
      if (i === pos + 2) return null;
      const canonical = SWITCHES.get(src.slice(pos + 2, i).toUpperCase());
      // `__A_B__`: a name may itself contain single underscores; keep looking past them.
      if (canonical) return { name: canonical, end: i + 2 };
    }
  }
  return null;
}

/**
 * `#REDIRECT [[Target#frag]]` at the start of the page (any localised spelling, case-insensitive,
 * optional colon). Returns the target and the offset where the rest of the page starts.
 */
export function matchRedirect(site: SiteConfig, text: string): { target: string; fragment: string | null; end: number } | null {
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  const c = text[i];
  if (c !== '#' && c !== '＃') return null;
  const head = text.slice(i, i + 40).toUpperCase();
  for (const word of site.redirectWords) {
    if (!head.startsWith(word.toUpperCase())) continue;
    let j = i + word.length;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n')) j++;
    if (text[j] === ':') {
      j++;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    }
    if (!text.startsWith('[[', j)) return null;
    const close = text.indexOf(']]', j + 2);
    if (close < 0) return null;
    let inner = text.slice(j + 2, close);
    const pipe = inner.indexOf('|');
    if (pipe >= 0) inner = inner.slice(0, pipe);
    const t = parseTitle(site, inner);
    if (!t) return null;
    const target = t.interwiki ? `${t.interwiki}:${t.text}` : t.full;
    return { target, fragment: t.fragment, end: close + 2 };
  }
  return null;
}
