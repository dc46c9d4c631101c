/**
 * Lookup of parser functions and magic variables by the name written in `{{name:…}}` or
 * `{{NAME}}`, with MediaWiki's case rules: most functions (`#if`, `lc`, `ns`, …) match in any
 * case; title, date and revision words (`PAGENAME`, `CURRENTYEAR`, `DEFAULTSORT`) only as written.
 * Local aliases of the wikis we ship (zh's from MessagesZh_hans.php and MessagesZh_hant.php, ja) are accepted too.
 */
import { FUNCTIONS, FUNCTIONS_CI, VARIABLES, VARIABLES_CI } from './core.js';
import { ZH_HANS_MAGIC_ALIASES, ZH_HANT_MAGIC_ALIASES } from './aliases-zh.js';
import { EXTENSION_FUNCTIONS } from './extension.js';
import type { MagicVariable, ParserFunction } from './types.js';

const caseInsensitive = new Map<string, ParserFunction>();
for (const [k, f] of Object.entries(FUNCTIONS_CI)) caseInsensitive.set(k, f);
for (const [k, f] of Object.entries(EXTENSION_FUNCTIONS)) caseInsensitive.set(k, f);

const caseSensitive = new Map<string, ParserFunction>(Object.entries(FUNCTIONS));
const variables = new Map<string, MagicVariable>(Object.entries(VARIABLES));
const variablesCI = new Map<string, MagicVariable>(Object.entries(VARIABLES_CI));

// zhwiki's names (MessagesZh_hans.php and, by its fallback, MessagesZh_hant.php: aliases-zh.ts),
// then jawiki's and a few others' for common words. A name of a word MediaWiki matches in any case
// (the '0' words: URL编码, 本地URL, …) matches in any case here too.
const ALIASES: Array<[alias: string, word: string]> = [];
for (const table of [ZH_HANS_MAGIC_ALIASES, ZH_HANT_MAGIC_ALIASES]) {
  for (const [word, names] of Object.entries(table)) for (const alias of names) ALIASES.push([alias, word]);
}
ALIASES.push(
  ['ページ名', 'PAGENAME'], ['完全なページ名', 'FULLPAGENAME'], ['名前空間', 'NAMESPACE'],
  ['現在の年', 'CURRENTYEAR'], ['現在の月', 'CURRENTMONTH'], ['現在の日', 'CURRENTDAY'], ['サイト名', 'SITENAME'],
  ['デフォルトソート', 'DEFAULTSORT'], ['既定のソート', 'DEFAULTSORT'], ['表示タイトル', 'DISPLAYTITLE'],
  ['СОРТУВАННЯ', 'DEFAULTSORT'], ['기본정렬', 'DEFAULTSORT'],
);
for (const [alias, word] of ALIASES) {
  if (VARIABLES[word]) variables.set(alias, VARIABLES[word]);
  else if (VARIABLES_CI[word]) variablesCI.set(alias.toLowerCase(), VARIABLES_CI[word]);
  if (FUNCTIONS[word]) caseSensitive.set(alias, FUNCTIONS[word]);
  else {
    const f = FUNCTIONS_CI[word] ?? EXTENSION_FUNCTIONS[word];
    if (f) caseInsensitive.set(alias.toLowerCase(), f);
  }
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
