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
  // zhwiki succession boxes: {{start box}}, then rows of before / title / after cells (one
  // template per cell, editors put the `|-` between rows), then {{end box}}. Railway stations'
  // 临近车站 boxes are built the same way: {{start rail box|线路}}, {{s-inop|站|方向}} on either
  // side of {{s-line|线路 ← km 本站 km →}}. Dropping the cells (as navigation) left the section
  // empty. The section headings ({{s-off}}, {{s-mil}}, {{s-reg}}) stay dropped.
  { names: ['Start box', 'S-start'], langs: ['zh'], body: '{| class="wikitable succession-box"' },
  { names: ['End box', 'S-end'], langs: ['zh'], body: '\n|}' },
  { names: ['Start rail box'], langs: ['zh'], body: '{| class="wikitable"\n! 上一站 !! {{{1|}}} !! 下一站\n|-' },
  {
    names: ['S-bef', 'S-before'],
    langs: ['zh'],
    body: '\n|-\n| rowspan="{{{rows|1}}}" | 前任：<br />\'\'\'{{{before|{{{1|}}}}}}\'\'\'',
  },
  {
    names: ['S-ttl', 'S-title'],
    langs: ['zh'],
    body: '\n| rowspan="{{{rows|1}}}" | \'\'\'{{{title|{{{1|}}}}}}\'\'\'{{#if:{{{years|{{{2|}}}}}}|<br />{{{years|{{{2|}}}}}}}}',
  },
  {
    names: ['S-aft', 'S-after'],
    langs: ['zh'],
    body: '\n| rowspan="{{{rows|1}}}" | 继任：<br />\'\'\'{{{after|{{{1|}}}}}}\'\'\'',
  },
  {
    names: ['S-vacant', 'S-vac'],
    langs: ['zh'],
    body: '\n| rowspan="{{{rows|1}}}" | 空缺{{#if:{{{last|}}}|<br />上一任：{{{last}}}}}{{#if:{{{next|}}}|<br />下一任：{{{next}}}}}',
  },
  { names: ['S-inop'], langs: ['zh'], body: '\n| rowspan="{{{rows|1}}}" | {{{1|}}}{{#if:{{{2|}}}|<br />{{{2}}}}}' },
  { names: ['S-line'], langs: ['zh'], body: '\n| rowspan="{{{rows|1}}}" | {{{1|}}}' },
  {
    names: ['Succession box'],
    langs: ['zh'],
    body:
      '\n|-\n| 前任：<br />\'\'\'{{{before|}}}\'\'\' || \'\'\'{{{title|}}}\'\'\'{{#if:{{{years|}}}|<br />{{{years}}}}} || 继任：<br />\'\'\'{{{after|}}}\'\'\'',
  },
];

/**
 * lang ('' = every wiki) → template name (as MediaWiki resolves it) → body. Built on first use:
 * the registry asks `hasBuiltinBody` while it is being set up, and this module imports from it.
 */
let table: Map<string, Map<string, string>> | null = null;

function bodies(): Map<string, Map<string, string>> {
  if (table) return table;
  table = new Map();
  for (const b of BODIES) {
    for (const lang of b.langs ?? ['']) {
      let m = table.get(lang);
      if (!m) table.set(lang, (m = new Map()));
      for (const name of b.names) m.set(exactName(name), b.body);
    }
  }
  return table;
}

function bodyOf(lang: string, name: string): string | null {
  const t = bodies();
  return t.get(lang)?.get(name) ?? t.get('')?.get(name) ?? null;
}

function builtinBody(site: SiteConfig, fullTitle: string): string | null {
  const t = parseTitle(site, fullTitle);
  if (!t || t.ns !== 10) return null;
  return bodyOf(site.lang, exactName(t.text));
}

/**
 * Whether a template has a built-in body on a wiki of `lang` (`name` as MediaWiki resolves it):
 * the body is what that wiki's template prints, so it wins over a generic built-in handler (the
 * registry answers no handler, and the preprocessor expands the body — or the dump's own page).
 */
export function hasBuiltinBody(lang: string, name: string): boolean {
  return bodyOf(lang, name) !== null;
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
