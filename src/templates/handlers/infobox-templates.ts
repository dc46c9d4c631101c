/**
 * What particular infobox templates show that their parameter names do not say: a title built
 * from codes (`{{Infobox Taiwan Highway|Type=ph|Num=10b}}` is headed 台10乙線), labels for
 * parameters named in English on zhwiki (`SpeedHigh` → 速限), and codes that are no rows at all.
 * Keys are folded names (foldParam: lower case, `_` as space) of the template and its parameters.
 * zhwiki's templates are in infobox-templates-zh.ts.
 */
import type { Inline, InfoboxRow } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext, TemplateTraits } from '../types.js';
import { arg, foldParam, pos, wikiLink } from '../util.js';
import { countryLink, countryShown } from './flags.js';
import { ZH_TEMPLATES } from './infobox-templates-zh.js';
import { ZH_TEMPLATES_MORE } from './infobox-templates-zh2.js';
import { ZH_TEMPLATES_THIRD } from './infobox-templates-zh3.js';
import { EN_SHIP_PARTS, SHIP_PARTS_EVERY_WIKI, ZH_SHIP_PARTS } from './infobox-ship.js';

export interface InfoboxTemplate {
  /** The box's heading from its parameters, or null to keep the usual one. */
  title?(call: TemplateCall): string | null;
  /** Parameter → label. */
  labels?: Readonly<Record<string, string>>;
  /** Labels that depend on the call (Infobox 日本的町村: 首長 is 町長 or 村長 by its `町村`), over `labels`. */
  callLabels?(call: TemplateCall): Record<string, string>;
  /** Parameters the template reads for layout or codes: never rows. */
  hidden?: readonly string[];
  /** Parameter names of this shape are layout too (a football club's kit colours). */
  hiddenPattern?: RegExp;
  /** [URL parameter, its link text]: the row of the first shows the second, linked. */
  linkText?: readonly [string, string];
  /** The parameter the usual heading comes from is shown as the box's first line instead. */
  nameAsSubheader?: boolean;
  /** Parameter → the unit the template prints after its value (before the value's footnotes). */
  units?: Readonly<Record<string, string>>;
  /** Parameters (numbered ones by their stem) whose plain figures the template groups with formatnum. */
  grouped?: readonly string[];
  /** Picture parameter → the parameter that captions it: no picture, no caption. */
  captions?: Readonly<Record<string, string>>;
  /** Rows the template builds from its positional arguments, shown before the named ones. */
  positionalRows?(call: TemplateCall, ctx: TemplateContext): InfoboxRow[];
  /** The template is always a part of the box it is written in (its own `child = yes`): its rows join that box. */
  child?: boolean;
  /** Parameters whose value the template wraps in `-{…}-` (a region's own spelling): shown as written in every variant. */
  asWritten?: readonly string[];
  /** A value as the template prints it around the parameter (Infobox 日本的町村: "+81-" before the phone number). */
  printed?(folded: string, value: string, call: TemplateCall): string;
  /** Parameters (numbered ones by their stem) whose value heads the rows after them (Infobox Chinese's `altname`). */
  headings?: readonly string[];
  /**
   * The block of rows a parameter belongs to (Infobox Chinese's second to fifth names): its key and
   * the heading printed once before its first row ('' for none), `false` when the template does not
   * print that block at all, null for a parameter of no block. Blocks with a `rank` are printed in
   * the template's order of ranks, whatever order the page wrote them in (blockOrder).
   */
  block?(folded: string, call: TemplateCall): { key: string; heading: string; rank?: number } | false | null;
  /** The box's foot line built from several parameters (which are then no rows), or null. */
  belowRow?(call: TemplateCall, ctx: TemplateContext): InfoboxRow | null;
}

/**
 * `{{Infobox bilateral relations|中不|PRC|Bhutan|map=…}}`: the two countries (`party1`/`party2`, else
 * arguments 2 and 3, codes or names as flag templates take them) stand side by side under the map,
 * one cell each; argument 1 is the pair's short name the heading is made of. zhwiki's box shows each
 * as `{{flagbig|X|variant}}` (flag, then the data page's name linked to its alias) when
 * `Template:Country data X` exists, `Taiwan` read as `Republic of China`; the pages are read when the
 * source has them (BILATERAL_DATA, call.countriesData), else the built-in table names the country.
 */
function party(call: TemplateCall, n: 1 | 2): string | undefined {
  return arg(call, [`party${n}`]) ?? pos(call, n + 1);
}

/** The data page zhwiki's box reads for a party: `Taiwan` is `Republic of China` there (`#ifeq:Taiwan|…`). */
function dataKey(raw: string): string {
  return raw === 'Taiwan' ? 'Republic of China' : raw;
}

function bilateralCountries(call: TemplateCall, ctx: TemplateContext): InfoboxRow[] {
  const [a, b] = [party(call, 1), party(call, 2)];
  const data = call.countriesData ?? [];
  // Without the data pages, zhwiki's Republic of China page (name and alias 中華民國) stands in for
  // the built-in table, which reads `Taiwan` as 臺灣 for the flag templates.
  const shown = (raw: string, i: number): Inline[] =>
    !data[i] && ctx.site.lang === 'zh' && dataKey(raw.trim()) === 'Republic of China'
      ? [wikiLink(ctx, '中華民國')]
      : countryShown(ctx, raw, data[i], call.offset);
  if (a && b) return [{ label: shown(a, 0), value: shown(b, 1) }];
  if (a) return [{ label: null, value: shown(a, 0) }];
  // The template keeps its columns: the second country stays in the right cell (the left shows `[[]]`).
  return b ? [{ label: [], value: shown(b, 1) }] : [];
}

/** The data page each party's flag reads on zhwiki (`Taiwan` is `Republic of China` there). */
export const BILATERAL_DATA: TemplateTraits = {
  countryKeys: (call) =>
    ([1, 2] as const).map((n) => {
      const raw = party(call, n)?.trim();
      if (!raw) return null;
      return { key: dataKey(raw), variant: arg(call, [`flagvariant${n}`]) ?? '', name: '' };
    }),
};

/** zhwiki: `title=`, else `party1－party2關係`, else argument 1 and 關係; enwiki: "… relations". */
function bilateral(suffix: string, joiner: string): InfoboxTemplate {
  return {
    title: (call) => {
      const own = arg(call, ['title']);
      if (own) return own;
      const [a, b] = [arg(call, ['party1']), arg(call, ['party2'])];
      if (a && b) return a + joiner + b + suffix;
      const pair = pos(call, 1);
      return pair ? pair + suffix : null;
    },
    positionalRows: bilateralCountries,
    hidden: ['party1', 'party2', 'flagvariant1', 'flagvariant2', 'title'],
  };
}

/**
 * ukwiki's country box prints areas and densities in km² only: the square-mile figures enwiki
 * pages carry over (`areami²`, `area_sq_mi`, "Do not remove per WP:MOSNUM") are not shown.
 * `area` and `population_density` (the old parameter names) are in km² as well;
 * `footnote1` … are the box's foot notes, printed without a label.
 */
const UK_COUNTRY: InfoboxTemplate = {
  hidden: ['areami²', 'area sq mi', 'population densitymi²', 'population density sq mi'],
  labels: {
    footnote: '', area: 'Площа, км²', 'population density': 'Густота населення, осіб/км²',
    'iso 3166 1 alpha2': 'ISO 3166-1 alpha-2', 'iso 3166 1 alpha3': 'ISO 3166-1 alpha-3', 'iso 3166 1 numeric': 'ISO 3166-1 numeric',
  },
};

/**
 * ukwiki's programming-language box, labelled as the wiki prints it (uk.wikipedia.org/wiki/Java:
 * «Дата появи», «Останній реліз», «Система типізації», «Основні реалізації», «Звичайні розширення
 * файлів», «Вебсайт»).
 */
const UK_PROGRAMMING_LANGUAGE: InfoboxTemplate = {
  labels: {
    year: 'Дата появи', 'latest release version': 'Останній реліз', 'latest release date': 'Дата останнього релізу',
    typing: 'Система типізації', implementations: 'Основні реалізації', 'file ext': 'Звичайні розширення файлів', website: 'Вебсайт',
  },
};

/**
 * ukwiki's settlement box {{НП України}}: figures whose unit the box prints after them, the distances
 * to the oblast centre (`… о`) and to Kyiv (`… с`), the flag's and arms' alt texts (no rows: the
 * box shows them as tooltips), the montage caption and remarks printed without a label.
 */
const UK_SETTLEMENT: InfoboxTemplate = {
  hidden: ['опис прапора', 'опис герба'],
  labels: {
    площа: 'Площа, км²', густота: 'Густота населення, осіб/км²', висота: 'Висота над рівнем моря, м', код: 'Телефонний код',
    'зображення підпис': '', ремарки: '',
    'фізична о': 'Відстань до обласного центру (фізична), км', 'залізниця о': 'Відстань до обласного центру залізницею, км',
    'автошлях о': 'Відстань до обласного центру автошляхами, км', 'фізична с': 'Відстань до Києва (фізична), км',
    'залізниця с': 'Відстань до Києва залізницею, км', 'автошлях с': 'Відстань до Києва автошляхами, км',
  },
};

/**
 * ukwiki's software box {{Картка програми}}: `заголовок` is the caption under the screenshot
 * (`скріншот`), not under the logo; a box with only a logo shows no caption.
 */
const UK_SOFTWARE: InfoboxTemplate = { captions: { скріншот: 'заголовок' } };

/**
 * The operating-system and software boxes ukwiki copied from enwiki with their English parameters
 * ({{Картка ОС}}, {{Infobox OS}}, {{Infobox software}}): `caption` is the caption under the
 * `screenshot`; the logo's is `logo caption` (enwiki's Template:Infobox OS documentation).
 */
const UK_OS: InfoboxTemplate = { captions: { screenshot: 'caption' } };

/**
 * ukwiki's former-country box (enwiki's Infobox former country): `stat_area1` is printed grouped
 * with km² after it, `stat_pop1` grouped (`{{formatnum:}}` in both templates).
 */
const UK_FORMER_COUNTRY: InfoboxTemplate = { units: { 'stat area': '\u00a0км²' }, grouped: ['stat area', 'stat pop'] };

/** By wiki language, then folded template name: the same name is a different template on each wiki. */
const TEMPLATES: Readonly<Record<string, Readonly<Record<string, InfoboxTemplate>>>> = {
  zh: {
    ...ZH_TEMPLATES,
    ...ZH_TEMPLATES_MORE,
    ...ZH_TEMPLATES_THIRD,
    ...ZH_SHIP_PARTS,
    'infobox bilateral relations': bilateral('關係', '－'),
  },
  en: {
  'infobox bilateral relations': bilateral(' relations', '–'),
  ...EN_SHIP_PARTS,
  },
  ja: {
  'infobox language': {
    labels: { family: '言語系統', nation: '公用語', agency: '統制機関', rank: '話者数の順位', stand: '標準語', dialects: '方言' },
  },
  communefra: {
    labels: { cp: '郵便番号', km2: '面積（km²）', latitude: '緯度', longitude: '経度' },
    // The town's own name heads the box; x/y place the dot on the locator map.
    hidden: ['x', 'y', 'nomcommune'],
  },
  'infobox religious group': { hidden: ['group'] },
  // The city box (ja 0006 パリ, 0117 シカゴ): each picture with its 見出し; the unnumbered 下位区分名 is the country.
  世界の市: { labels: { 下位区分名: '国' }, captions: { 画像: '画像の見出し', 位置図: '位置図の見出し', 位置図2: '位置図の見出し2' } },
  // The island box takes bare figures and prints their units (ja 0184 北海道 read 面積 77,983.90).
  'infobox 島': { units: { 面積: '\u00a0km²', 周囲: '\u00a0km', 標高: '\u00a0m' } },
  // jawiki's building boxes take bare floor areas (ja 0053 両国国技館 read 延床面積 35700) and print them in m².
  建築物: { units: { 延床面積: '\u00a0m²', 建築面積: '\u00a0m²', 敷地面積: '\u00a0m²' }, grouped: ['延床面積', '建築面積', '敷地面積'] },
  体育館: { units: { 延床面積: '\u00a0m²', 建築面積: '\u00a0m²', 敷地面積: '\u00a0m²' }, grouped: ['延床面積', '建築面積', '敷地面積'] },
  // jawiki's politician box (ja 0142): 国旗 is the flag's code beside the country, サイトタイトル the
  // web site's link text; the box heads its first line "日本の政治家" from 国略称, shown as a row.
  政治家: { labels: { 国略称: '国' }, hidden: ['国旗', 'サイトタイトル'], linkText: ['ウェブサイト', 'サイトタイトル'] },
  'infobox continent': { labels: { time: '時間帯' } },
  // 背景色 (singer, group, …) picks the box's colour, not a fact.
  'infobox musician': { labels: { 'school background': '学歴' }, hidden: ['背景色'] },
  // A song's Writer is its words and music (作詞・作曲), not a film's 脚本.
  'infobox single': { labels: { misc: '', writer: '作詞・作曲' } },
  'infobox song': { labels: { writer: '作詞・作曲' } },
  'infobox ucr': {
    labels: {
      'city name': '都市', year: '年', 'violent crime': '暴力犯罪', homicide: '殺人', 'forcible rape': '強姦', robbery: '強盗',
      'aggravated assault': '加重暴行', 'property crime': '財産犯罪', burglary: '住居侵入', 'larceny theft': '窃盗',
      'motor vehicle theft': '自動車盗難', arson: '放火', 'source name': '出典', 'source url': '出典URL',
    },
  },
  },
  uk: {
    ...Object.fromEntries(['картка країна', 'картка:країна', 'картка країни', 'infobox country', 'країна'].map((name) => [name, UK_COUNTRY])),
    ...Object.fromEntries(['infobox programming language', 'картка мови програмування', 'картка:мова програмування'].map((name) => [name, UK_PROGRAMMING_LANGUAGE])),
    'нп україни': UK_SETTLEMENT,
    ...Object.fromEntries(['картка програми', 'картка:програма', 'картка програма'].map((name) => [name, UK_SOFTWARE])),
    ...Object.fromEntries(['картка ос', 'infobox os', 'infobox operating system', 'infobox software'].map((name) => [name, UK_OS])),
    ...Object.fromEntries(['картка:колишня країна', 'картка колишня країна', 'infobox former country'].map((name) => [name, UK_FORMER_COUNTRY])),
  },
};

const NUMBERED = /^(.*?)\d+$/;

export function infoboxTemplate(name: string, lang: string, call?: TemplateCall): InfoboxTemplate | null {
  const key = foldParam(name);
  const t = TEMPLATES[lang]?.[key] ?? SHIP_PARTS_EVERY_WIKI[key] ?? null;
  if (!t?.callLabels || !call) return t;
  return { ...t, labels: { ...t.labels, ...t.callLabels(call) } };
}

/** The template's own label for a parameter (`section1` reads as `section`), or null. */
export function templateLabel(t: InfoboxTemplate | null, folded: string): string | null {
  if (!t?.labels) return null;
  const direct = t.labels[folded];
  if (direct !== undefined) return direct;
  const m = NUMBERED.exec(folded);
  return m ? t.labels[m[1]!] ?? null : null;
}

/** What a parameter (`stat_area1` read as `stat area`) is printed with: its unit and grouping. */
export function templateUnit(t: InfoboxTemplate | null, folded: string): { unit?: string; grouped: boolean } {
  if (!t?.units && !t?.grouped) return { grouped: false };
  const stem = NUMBERED.exec(folded)?.[1] ?? folded;
  const unit = t.units?.[folded] ?? t.units?.[stem];
  return { unit, grouped: t.grouped?.includes(folded) === true || t.grouped?.includes(stem) === true };
}

/** The picture parameter a caption parameter belongs to in this template, or null. */
export function captionedPicture(t: InfoboxTemplate | null, folded: string): string | null {
  if (!t?.captions) return null;
  for (const [picture, caption] of Object.entries(t.captions)) if (caption === folded) return picture;
  return null;
}

/** The value as the template prints it: `-{…}-` around a parameter it shows as written (one line, no `-{`/`}-` of its own). */
export function writtenValue(t: InfoboxTemplate | null, folded: string, v: string): string {
  if (!t?.asWritten?.includes(folded) || /\n|-\{|\}-/.test(v)) return v;
  return `-{${v}}-`;
}

/** Whether the template prints this parameter's value as a heading over the rows after it. */
export function isOwnHeading(t: InfoboxTemplate | null, folded: string): boolean {
  if (!t?.headings) return false;
  return t.headings.includes(folded) || t.headings.includes(NUMBERED.exec(folded)?.[1] ?? folded);
}

export function isHidden(t: InfoboxTemplate | null, folded: string): boolean {
  return (t?.hidden?.includes(folded) || t?.hiddenPattern?.test(folded)) ?? false;
}

/**
 * The arguments with those of ranked blocks sorted by rank (stably), in the places such arguments
 * were written; others stay where they are (Infobox Chinese prints its Chinese, Korean, Japanese
 * names in that order whatever the call's order).
 */
export function blockOrder(t: InfoboxTemplate | null, call: TemplateCall, args: Iterable<[string, string]>): Iterable<[string, string]> {
  if (!t?.block) return args;
  const all = [...args];
  const ranked: Array<{ at: number; rank: number }> = [];
  all.forEach(([key], at) => {
    const b = t.block!(foldParam(key), call);
    if (b && b.rank !== undefined) ranked.push({ at, rank: b.rank });
  });
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || a.at - b.at);
  const out = [...all];
  ranked.forEach(({ at }, i) => (out[at] = all[sorted[i]!.at]!));
  return out;
}
