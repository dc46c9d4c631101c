/**
 * Lookup of parser functions and magic variables by the name written in `{{name:…}}` or
 * `{{NAME}}`, with MediaWiki's case rules: most functions (`#if`, `lc`, `ns`, …) match in any
 * case; title, date and revision words (`PAGENAME`, `CURRENTYEAR`, `DEFAULTSORT`) only as written.
 * Local aliases of the wikis we ship (zh, ja) are accepted too.
 */
import { FUNCTIONS, FUNCTIONS_CI, VARIABLES, VARIABLES_CI } from './core.js';
import { EXTENSION_FUNCTIONS } from './extension.js';
import type { MagicVariable, ParserFunction } from './types.js';

const caseInsensitive = new Map<string, ParserFunction>();
for (const [k, f] of Object.entries(FUNCTIONS_CI)) caseInsensitive.set(k, f);
for (const [k, f] of Object.entries(EXTENSION_FUNCTIONS)) caseInsensitive.set(k, f);

const caseSensitive = new Map<string, ParserFunction>(Object.entries(FUNCTIONS));
const variables = new Map<string, MagicVariable>(Object.entries(VARIABLES));
const variablesCI = new Map<string, MagicVariable>(Object.entries(VARIABLES_CI));

// Local spellings MediaWiki's zh and ja message files define for common words.
const ALIASES: Record<string, string> = {
  本页名称: 'PAGENAME', 页面名称: 'PAGENAME', 页面名: 'PAGENAME', 頁面名稱: 'PAGENAME', ページ名: 'PAGENAME',
  页面全称: 'FULLPAGENAME', 頁面全稱: 'FULLPAGENAME', 完全なページ名: 'FULLPAGENAME',
  名字空间: 'NAMESPACE', 名前空間: 'NAMESPACE',
  本年: 'CURRENTYEAR', 本月: 'CURRENTMONTH', 今天: 'CURRENTDAY', 現在の年: 'CURRENTYEAR', 現在の月: 'CURRENTMONTH',
  現在の日: 'CURRENTDAY', 网站名称: 'SITENAME', 網站名稱: 'SITENAME', サイト名: 'SITENAME',
  默认排序: 'DEFAULTSORT', 默認排序: 'DEFAULTSORT', デフォルトソート: 'DEFAULTSORT', 既定のソート: 'DEFAULTSORT',
  СОРТУВАННЯ: 'DEFAULTSORT', 기본정렬: 'DEFAULTSORT',
  显示标题: 'DISPLAYTITLE', 顯示標題: 'DISPLAYTITLE', 表示タイトル: 'DISPLAYTITLE',
};
for (const [alias, word] of Object.entries(ALIASES)) {
  const v = VARIABLES[word];
  if (v) variables.set(alias, v);
  const f = FUNCTIONS[word];
  if (f) caseSensitive.set(alias, f);
}

/** The parser function for the text before the colon in `{{name:…}}`, or null. */
export function lookupFunction(name: string): ParserFunction | null {
  return caseSensitive.get(name) ?? caseInsensitive.get(name.toLowerCase()) ?? null;
}

/** The magic variable `{{NAME}}` stands for, or null. */
export function lookupVariable(name: string): MagicVariable | null {
  return variables.get(name) ?? variablesCI.get(name.toLowerCase()) ?? null;
}

export type { FnArg, FnContext, MagicVariable, ParserFunction, RevisionInfo } from './types.js';
