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
  // A row's two cells of a chart table: `|{{Single chart|Austria|10|artist=…|song=…}}` is the chart
  // ("オーストリア (Ö3 Austria Top 40)") and its peak position. The wiki adds a reference built
  // from the chart's own site, which is left out; an unknown chart key is shown as written.
  {
    names: ['Single chart'],
    langs: ['ja'],
    body:
      '{{#switch:{{{1}}}|Australia=オーストラリア (ARIA)|Austria=オーストリア (Ö3 Austria Top 40)|Flanders=ベルギー (Ultratop 50 Flanders)|Wallonia=ベルギー (Ultratop 50 Wallonia)|Canada=カナダ (Canadian Hot 100)|Denmark=デンマーク (Tracklisten)|Dutch40=オランダ (Dutch Top 40)|Dutch100=オランダ (Single Top 100)|Finland=フィンランド (Suomen virallinen lista)|France=フランス (SNEP)|Germany=ドイツ (GfK)|Ireland=アイルランド (IRMA)|Italy=イタリア (FIMI)|New Zealand=ニュージーランド (Recorded Music NZ)|Norway=ノルウェー (VG-lista)|Poland=ポーランド (Polish Airplay Top 100)|Spain=スペイン (PROMUSICAE)|Sweden=スウェーデン (Sverigetopplistan)|Switzerland=スイス (Schweizer Hitparade)|UK=イギリス (OCC)|Scotland=スコットランド (OCC)|Billboardhot100=アメリカ (Billboard Hot 100)|Billboardjapanhot100=日本 (Billboard Japan Hot 100)|#default={{{1}}}}}\n| style="text-align:center;"|{{{2|}}}',
  },
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
  // One wrapper per site and source for the whole run: the preprocessor caches the parsed trees of
  // template pages per source object (expand-titles.ts), and a new wrapper per page emptied that
  // cache on every page (each call re-read its title and body).
  const bySite = source === null ? builtinOnly : wrappers.get(source) ?? new WeakMap<SiteConfig, PageSource>();
  if (source !== null && !wrappers.has(source)) wrappers.set(source, bySite);
  let wrapper = bySite.get(site);
  if (!wrapper) {
    wrapper = wrap(site, source);
    bySite.set(site, wrapper);
  }
  return wrapper;
}

const builtinOnly = new WeakMap<SiteConfig, PageSource>();
const wrappers = new WeakMap<PageSource, WeakMap<SiteConfig, PageSource>>();

function wrap(site: SiteConfig, source: PageSource | null): PageSource {
  return {
    get(fullTitle: string): string | null {
      return source?.get(fullTitle) ?? builtinBody(site, fullTitle);
    },
    exists(fullTitle: string): boolean {
      return (source?.exists(fullTitle) ?? false) || builtinBody(site, fullTitle) !== null;
    },
  };
}
