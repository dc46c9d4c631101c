/**
 * Built-in template bodies: a few templates whose output is wikitext that must take part in
 * parsing — a URL inside `[… label]` (ja `{{NDLDC|798508}}`), table syntax (`{{(!}}` → `{|`), a
 * table row (ja `{{CharCode}}`) — cannot be rendered as nodes after the fact. They are given
 * here as template source, to be expanded by the preprocessor like a dump's own templates.
 * A page source with the real template (a dump) wins over these, unless its page only calls Lua
 * (see textBehind).
 */
import type { PageSource } from '../engine/types.js';
import { onlyCallsLua } from '../preprocess/lua-calls.js';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import { exactName } from './registry.js';
import { EPISODE_LIST, EPISODE_TABLE, episodeListBody, episodeTableBody } from './episode-list.js';
import { SUCCESSION_BODIES } from './succession-bodies.js';
import { footballTeamCases } from './football-teams.js';

/** A template body given here, under each of its names. */
export interface BuiltinBody {
  names: readonly string[];
  /** Only on wikis in these languages; omitted: everywhere. */
  langs?: readonly string[];
  body: string;
}

const BODIES: readonly BuiltinBody[] = [
  { names: [EPISODE_LIST], langs: ['zh'], body: episodeListBody() },
  { names: [EPISODE_TABLE], langs: ['zh'], body: episodeTableBody() },
  // Table syntax in template-safe spelling.
  { names: ['(!'], body: '{|' },
  { names: ['!)'], body: '|}' },
  { names: ['!-'], body: '|-' },
  { names: ['!!'], body: '||' },
  // A bare URL, written inside the editor's own brackets: `[{{NDLDC|798508}} 書名]`.
  { names: ['NDLDC', 'NDLJP', '近代デジタルライブラリー'], langs: ['ja'], body: 'https://dl.ndl.go.jp/pid/{{{1}}}' },
  // Days from one date to another (or to the day of the conversion: the dump's latest edit in a
  // mirror, 2026-01-01 by default), in the year|month|day form ja 0141 writes:
  // `{{age in days|2021|11|10}}`. Only that form is known to us; other forms (full dates, named
  // parameters) are no date to #time or #expr, and print nothing rather than our error text.
  {
    names: ['Age in days'],
    langs: ['ja'],
    body: '{{#iferror:{{#expr:floor(({{#time:U|{{#if:{{{4|}}}|{{{4}}}-{{{5|1}}}-{{{6|1}}}|now}}}}-{{#time:U|{{{1}}}-{{{2|1}}}-{{{3|1}}}}})/86400)}}|}}',
  },
  // A sum of figures: ja 0141's days in office, `{{sum2|{{age in days|2021|11|10}}|1}}日` (the page's
  // comment: plus one so that the first day counts). Up to six terms; the result is #expr's.
  {
    names: ['Sum2'],
    langs: ['ja'],
    body: '{{#expr:{{{1|0}}}+{{{2|0}}}+{{{3|0}}}+{{{4|0}}}+{{{5|0}}}+{{{6|0}}}}}',
  },
  // A row of the character tables (記号 / Unicode / JIS X 0213 / 文字参照 / 名称).
  {
    names: ['CharCode'],
    langs: ['ja'],
    body: '\n|-\n| &#{{{1}}}; || U+{{uc:{{{2}}}}} || {{{3|}}} || &amp;#{{{1}}};{{#if:{{{5|}}}|<br />&amp;{{{5}}};}} || {{{4|}}}',
  },
  // zhwiki's national-team record opens a table the page goes on writing rows into (山下芳輝:
  // `{{Football player national team statistics|JPN}}` then `|2001||2||0` …): the team as a
  // spanning heading, then 年 · 出場 · 入球 (Template:Football player national team statistics
  // read). Its #switch names some 200 teams (football-teams.ts); any other code falls to the
  // switch's default, `[[CODE|CODE國家足球隊]]`.
  {
    names: ['Football player national team statistics'],
    langs: ['zh'],
    body:
      '{| class="wikitable" style="text-align:center;"\n|-\n! colspan="3" | {{#switch:{{{1}}}' + footballTeamCases() +
      '|#default=[[{{{1|Country}}}|{{{1|國家}}}國家足球隊]]}}\n|-\n! 年 !! 出場 !! 入球',
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
  // A music certification table, one template per row (ja 0075: the 認定 section stood empty). The
  // region's certifying body and the award are named as the wiki's module names them for the common
  // cases; others are shown as written. The footnotes the bottom adds (`nosales=`, `streaming=`) are left out.
  {
    names: ['Certification Table Top'],
    langs: ['ja'],
    body: '{| class="wikitable"\n{{#if:{{{caption|}}}|{{!}}+ {{{caption}}}}}\n! 国/地域 !! 認定 !! 認定/売上数',
  },
  {
    names: ['Certification Table Entry'],
    langs: ['ja'],
    body:
      '\n|-\n| {{#switch:{{{region|}}}|United Kingdom=イギリス (BPI)|United States=アメリカ合衆国 (RIAA)|Japan=日本 (RIAJ)|Canada=カナダ (Music Canada)|Australia=オーストラリア (ARIA)|New Zealand=ニュージーランド (RMNZ)|Germany=ドイツ (BVMI)|France=フランス (SNEP)|Italy=イタリア (FIMI)|Spain=スペイン (PROMUSICAE)|Denmark=デンマーク (IFPI Danmark)|Sweden=スウェーデン (GLF)|#default={{{region|}}}}}'
      + ' || {{#switch:{{{award|}}}|Silver=シルバー|Gold=ゴールド|Platinum=プラチナ|Diamond=ダイヤモンド|Million=ミリオン|#default={{{award|}}}}}{{#if:{{{number|}}}|×{{{number}}}}}'
      + ' || {{{salesamount|}}}',
  },
  { names: ['Certification Table Bottom'], langs: ['ja'], body: '\n|}' },
  // jawiki succession boxes (`{{s-start}}` `{{s-bef}}` `{{s-ttl}}` `{{s-aft}}` `{{end}}`; every
  // prefecture's 行政区の変遷: the domains and prefectures it was made from). Each before · title ·
  // after triple is a one-row table of its own, opened by s-bef and closed by s-aft, so that
  // `{{s-start}}` and `{{end}}` stay dropped and an `{{end}}` closing some other box never prints a
  // stray `|}`. The labels are the call's 表記, else 先代 / 次代.
  { names: ['S-bef'], langs: ['ja'], body: '{| class="wikitable"\n|-\n| {{{表記|先代}}}<br />{{{before|}}}' },
  {
    names: ['S-ttl'],
    langs: ['ja'],
    body: "\n| '''{{{title|}}}'''{{#if:{{{years|}}}|<br />{{{years}}}}}{{#if:{{{years2|}}}|<br />{{{years2}}}}}",
  },
  { names: ['S-aft'], langs: ['ja'], body: '\n| {{{表記|次代}}}<br />{{{after|}}}\n|}' },
  // `{{Switcher|[[File:A]]|label A|[[File:B]]|label B|default=1}}`: the wiki shows one of the
  // contents (the `default`-th, else the first) and a script switches between them; ja 0007's
  // infobox lost its map with the call. The one shown without a script, as its wikitext.
  { names: ['Switcher'], body: '{{#switch:{{{default|1}}}|2={{{3|}}}|3={{{5|}}}|4={{{7|}}}|5={{{9|}}}|#default={{{1|}}}}}' },
  // Books that enwiki's and jawiki's AI articles cite through a template of their own
  // (`* {{Russell Norvig 2003}}.`; ja 0028 showed four bullets holding only "."): the same
  // citations as the wiki prints them: CS2, parts joined by commas and no closing full stop (the page
  // adds it), without the author links.
  {
    names: ['Russell Norvig 2003'],
    langs: ['ja', 'en'],
    body: "Russell, Stuart J.; Norvig, Peter (2003), ''Artificial Intelligence: A Modern Approach'' (2nd ed.), Upper Saddle River, New Jersey: Prentice Hall, ISBN 0-13-790395-2",
  },
  {
    names: ['Crevier 1993'],
    langs: ['ja', 'en'],
    body: "Crevier, Daniel (1993), ''AI: The Tumultuous Search for Artificial Intelligence'', New York, NY: BasicBooks, ISBN 0-465-02997-3",
  },
  {
    names: ['McCorduck 2004'],
    langs: ['ja', 'en'],
    body: "McCorduck, Pamela (2004), ''Machines Who Think'' (2nd ed.), Natick, MA: A. K. Peters, Ltd., ISBN 1-56881-205-1",
  },
  {
    names: ['Turing 1950'],
    langs: ['ja', 'en'],
    body: "Turing, Alan (October 1950), \"Computing Machinery and Intelligence\", ''Mind'', LIX (236): 433–460, doi:[https://doi.org/10.1093/mind/LIX.236.433 10.1093/mind/LIX.236.433]",
  },
  // zhwiki's and ukwiki's succession and rail boxes: whole tables (succession-bodies.ts).
  ...SUCCESSION_BODIES,
];

/**
 * lang ('' = every wiki) → template name (as MediaWiki resolves it) → body. Built at first use: the
 * registry, whose exactName this needs, asks hasBuiltinBody while it resolves names.
 */
let table: Map<string, Map<string, string>> | null = null;

function bodyTable(): Map<string, Map<string, string>> {
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

function bodyOf(lang: string, exact: string): string | null {
  const t = bodyTable();
  return t.get(lang)?.get(exact) ?? t.get('')?.get(exact) ?? null;
}

/**
 * Whether a template (its name as exactName gives it) has a built-in body on this wiki: the
 * registry's name patterns (`S-*` dropped as navigation …) leave such a name to its body.
 */
export function hasBuiltinBody(lang: string, exact: string): boolean {
  return bodyOf(lang, exact) !== null;
}

function builtinBody(site: SiteConfig, fullTitle: string): string | null {
  const t = parseTitle(site, fullTitle);
  if (!t || t.ns !== 10) return null;
  return bodyOf(site.lang, exactName(t.text));
}

/**
 * One wrapper per site and source (per site alone without a source): the preprocessor caches the
 * tokenized template pages per source object (expand-titles.ts templateTree), and a new wrapper
 * for every page made that cache last one page — every page tokenized its templates again and
 * asked the source (in the mirror: the index) again for each template it lacks.
 */
const wrappers = new WeakMap<SiteConfig, { none: PageSource | null; bySource: WeakMap<PageSource, PageSource> }>();

/** The built-in bodies behind `source` (whose pages win): pass the result to the preprocessor. */
export function withBuiltinTemplates(site: SiteConfig, source: PageSource | null): PageSource {
  let forSite = wrappers.get(site);
  if (!forSite) wrappers.set(site, (forSite = { none: null, bySource: new WeakMap() }));
  if (!source) return (forSite.none ??= builtinsBehind(site, null));
  let wrapper = forSite.bySource.get(source);
  if (!wrapper) forSite.bySource.set(source, (wrapper = builtinsBehind(site, source)));
  return wrapper;
}

// zhwiki's {{台灣公路設施|樣式|里程|名稱|條目連結|備註|出口}}, without its colours: one cell spanning
// eight columns (two when an exit number is given: the kilometre cut to a whole and the number,
// then seven), holding the kilometre and the name with the kind's suffix (無名 → （無名橋梁）), in
// bold, linked to argument 4 when it is given, then the notes; the parts are parted by U+3000 (an
// #if branch is trimmed of ASCII spaces only).
const FACILITY_NAME = "'''{{#if:{{{2|}}}|{{{2}}}　}}{{#switch:{{{3|}}}|無名=（無名{{#switch:{{{1|}}}|bri=橋梁|tun=隧道|und=地下道}}）|#default={{{3|}}}}}"
  + '{{#switch:{{{1|}}}|ser=服務區|res=休息站|pay=收費站<small>（歷史）</small>|wei=地磅站|con=管制站'
  + "|tun={{#ifeq:{{{3|}}}|無名||隧道}}|und={{#ifeq:{{{3|}}}|無名||地下道}}|cro=平交道}}'''";
const FACILITY_ALONE = '\n|-\n| {{#if:{{{6|}}}|\'\'\'{{#expr:trunc {{{2|}}}}}&nbsp;-{{{{6}}}}-\'\'\' {{!!}} colspan="7" {{!}}|colspan="8" {{!}}}} '
  + `{{#if:{{{4|}}}|[[{{{4}}}{{!}}${FACILITY_NAME}]]|${FACILITY_NAME}}}{{#if:{{{5|}}}|　{{{5}}}}}`;

/**
 * Bodies that make one table together, decided together: zhwiki's {{TWNinttop}} is wikitext with a
 * 縣市 column when no county= is given, the built-in one has none, and {{TWNint}}'s cells (Lua on
 * the wiki) follow the top's headings. So the two are paired (`pair`): when the dump's page of one
 * is missing or only calls Lua, the other takes its built-in body too — a wikitext top over
 * built-in rows put 5 cells under 6 headings. {{台灣公路設施}} on the wiki is one spanning cell
 * (colspan=8) that fits either top, so it follows the pair (`follows`: built-in when the pair is,
 * its own 5-cell body matching the built-in top) but its absence decides nothing for the pair.
 * When the pair is the source's own wikitext, a follower with no page of its own (or a Lua-only
 * one) takes its `alone` body: one cell spanning the row as the wiki's, since the source's top may
 * have 5 columns or 6 (zhwiki's has 縣市 first when no county= is given) and the 5-cell body fits
 * only the first.
 */
interface Family {
  pair: readonly string[];
  follows: readonly string[];
  alone: Readonly<Record<string, string>>;
}

const FAMILIES: readonly Family[] = [
  {
    pair: ['TWNinttop', 'TWNint'],
    follows: ['台灣公路設施'],
    alone: { 台灣公路設施: FACILITY_ALONE },
  },
];

function familyOf(exact: string): Family | undefined {
  return FAMILIES.find((f) => f.pair.some((n) => exactName(n) === exact) || f.follows.some((n) => exactName(n) === exact));
}

/** The full titles of the pages `exact`'s family decision reads (the other members of its pair). */
function familyReads(site: SiteConfig, exact: string): string[] {
  const family = familyOf(exact);
  if (!family) return [];
  const prefix = (site.namespaces.get(10)?.name ?? 'Template') + ':';
  return family.pair.filter((n) => exactName(n) !== exact).map((n) => prefix + n);
}

/** Whether a member of `exact`'s pair is missing from the dump or only calls Lua, so the family takes its bodies. */
function familyYields(site: SiteConfig, source: PageSource | null, exact: string): boolean {
  if (!source) return false;
  return familyReads(site, exact).some((title) => {
    const text = source.get(title);
    return text === null || onlyCallsLua(text);
  });
}

/** A follower's `alone` body when every page of its pair is the source's own wikitext, else null. */
function aloneBody(site: SiteConfig, source: PageSource | null, exact: string): string | null {
  const family = familyOf(exact);
  const name = family && Object.keys(family.alone).find((n) => exactName(n) === exact);
  if (!source || !family || name === undefined) return null;
  const ownPair = familyReads(site, exact).every((title) => {
    const text = source.get(title);
    return text !== null && !onlyCallsLua(text);
  });
  return ownPair ? family.alone[name]! : null;
}

/**
 * The text a template call gets: the source's page, unless it only hands the work to Lua (which
 * the engine does not run) and a built-in body stands in for it — zhwiki's {{TWNint}} is
 * `{{#invoke:Jctint/TWN|twnint}}`, and with the dump's page winning every junction row of a road
 * article came out empty. A page with wikitext of its own besides its #invoke calls still wins
 * (preprocess/lua-calls.ts onlyCallsLua); so does a family's page, unless a member yields.
 */
function textBehind(site: SiteConfig, source: PageSource | null, fullTitle: string): { text: string | null; builtin: boolean } {
  const own = source?.get(fullTitle) ?? null;
  const t = parseTitle(site, fullTitle);
  if (!t || t.ns !== 10) return { text: own, builtin: false };
  const exact = exactName(t.text);
  const body = bodyOf(site.lang, exact);
  if (body === null) return { text: own, builtin: false };
  if (own !== null && !onlyCallsLua(own) && !familyYields(site, source, exact)) return { text: own, builtin: false };
  return { text: aloneBody(site, source, exact) ?? body, builtin: true };
}

function builtinsBehind(site: SiteConfig, source: PageSource | null): PageSource {
  const wrapper: PageSource = {
    get(fullTitle: string): string | null {
      return textBehind(site, source, fullTitle).text;
    },
    exists(fullTitle: string): boolean {
      return (source?.exists(fullTitle) ?? false) || builtinBody(site, fullTitle) !== null;
    },
    isBuiltin(fullTitle: string): boolean {
      return textBehind(site, source, fullTitle).builtin;
    },
  };
  if (source?.redirectTarget) wrapper.redirectTarget = source.redirectTarget.bind(source);
  if (source?.otherSpelling) wrapper.otherSpelling = source.otherSpelling.bind(source);
  if (source?.noteUse) {
    const note = source.noteUse.bind(source);
    // A tree kept across pages notes its title on every hit: a family member's text also depends on
    // the pages familyYields read, so those are noted again too (mirror/lookup-log.ts), or an update
    // changing Template:TWNint would not redo the pages calling only {{TWNinttop}} from the cache.
    wrapper.noteUse = (fullTitle) => {
      note(fullTitle);
      const t = parseTitle(site, fullTitle);
      if (t && t.ns === 10 && bodyOf(site.lang, exactName(t.text)) !== null) for (const other of familyReads(site, exactName(t.text))) note(other);
    };
  }
  return wrapper;
}
