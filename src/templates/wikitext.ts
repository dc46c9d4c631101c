/**
 * Built-in template bodies: a few templates whose output is wikitext that must take part in
 * parsing — a URL inside `[… label]` (ja `{{NDLDC|798508}}`), table syntax (`{{(!}}` → `{|`), a
 * table row (ja `{{CharCode}}`) — cannot be rendered as nodes after the fact. They are given
 * here as template source, to be expanded by the preprocessor like a dump's own templates;
 * a page source with the real template (a dump) wins over these.
 */
import type { PageSource } from '../engine/types.js';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import { exactName } from './registry.js';

interface BuiltinBody {
  names: readonly string[];
  /** Only on wikis in these languages; omitted: everywhere. */
  langs?: readonly string[];
  body: string;
}

const BODIES: readonly BuiltinBody[] = [
  // Table syntax in template-safe spelling.
  { names: ['(!'], body: '{|' },
  { names: ['!)'], body: '|}' },
  { names: ['!-'], body: '|-' },
  { names: ['!!'], body: '||' },
  // A bare URL, written inside the editor's own brackets: `[{{NDLDC|798508}} 書名]`.
  { names: ['NDLDC', 'NDLJP', '近代デジタルライブラリー'], langs: ['ja'], body: 'https://dl.ndl.go.jp/pid/{{{1}}}' },
  // A row of the character tables (記号 / Unicode / JIS X 0213 / 文字参照 / 名称).
  {
    names: ['CharCode'],
    langs: ['ja'],
    body: '\n|-\n| &#{{{1}}}; || U+{{uc:{{{2}}}}} || {{{3|}}} || &amp;#{{{1}}};{{#if:{{{5|}}}|<br />&amp;{{{5}}};}} || {{{4|}}}',
  },
  // zhwiki junction lists: one table, one row per junction or facility. Cells a row leaves out
  // (covered by a `tspan`/`lspan` of the row above) stay blank instead of spanning, which keeps
  // every row's cells under their headings.
  {
    names: ['TWNinttop'],
    langs: ['zh'],
    body: '{| class="wikitable"\n{{#if:{{{county|}}}|{{!}}+ {{{county}}}}}\n! 鄉鎮市區 !! 地點 !! 公里 !! 交會道路 !! 備註',
  },
  {
    names: ['TWNint'],
    langs: ['zh'],
    body:
      '\n|-\n| {{#if:{{{tcd|}}}|[[{{#if:{{{tcd_link|}}}|{{{tcd_link}}}|{{{tcd}}}}}{{!}}{{{tcd}}}]]}} || {{{location|}}} || {{{km|}}} || {{{road|}}} || {{{notes|}}}',
  },
  // A bridge or tunnel on the route: `{{台灣公路設施|bri||榮橋|km|notes}}`.
  { names: ['台灣公路設施'], langs: ['zh'], body: '\n|-\n| || {{{3|}}} || {{{4|}}} || || {{{5|}}}' },
  { names: ['Jctbtm'], langs: ['zh'], body: '\n|}' },
];

/** lang ('' = every wiki) → template name (as MediaWiki resolves it) → body. */
const TABLE = new Map<string, Map<string, string>>();
for (const b of BODIES) {
  for (const lang of b.langs ?? ['']) {
    let m = TABLE.get(lang);
    if (!m) TABLE.set(lang, (m = new Map()));
    for (const name of b.names) m.set(exactName(name), b.body);
  }
}

function builtinBody(site: SiteConfig, fullTitle: string): string | null {
  const t = parseTitle(site, fullTitle);
  if (!t || t.ns !== 10) return null;
  const name = exactName(t.text);
  return TABLE.get(site.lang)?.get(name) ?? TABLE.get('')?.get(name) ?? null;
}

/** The built-in bodies behind `source` (whose pages win): pass the result to the preprocessor. */
export function withBuiltinTemplates(site: SiteConfig, source: PageSource | null): PageSource {
  return {
    get(fullTitle: string): string | null {
      return source?.get(fullTitle) ?? builtinBody(site, fullTitle);
    },
    exists(fullTitle: string): boolean {
      return (source?.exists(fullTitle) ?? false) || builtinBody(site, fullTitle) !== null;
    },
  };
}
