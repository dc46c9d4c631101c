/**
 * Infobox parameters that are not rows of their own, by the conventions infobox templates share
 * (enwiki's Infobox country and the zh/ja/uk boxes built from it):
 * - a label parameter and its data parameter: `leader_title1=Президент | leader_name1=Зеленський`
 *   is one row "Президент: Зеленський", `established_event1` / `established_date1` likewise;
 * - qualifiers of another row: `GDP_PPP_year`, `area_rank`, `HDI_category` are printed beside
 *   `GDP_PPP`, `area`, `HDI`, not as rows named "GDP PPP year";
 * - a section heading given as a parameter (`sovereignty_type=Незалежність` above the events);
 * - coordinates given in parts (`latd|latm|latNS|longd|longm|longEW`): one position.
 * Parameter names here are folded (foldParam: lower case, `_` and `-` as spaces).
 */
import { foldParam } from '../util.js';

/** The row a label parameter heads: `leader title1` → `leader name1`; `event start` → `date start`. */
const LABEL_SIDE: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string[]]> = [
  [/^(.+) title(\d*)$/, (m) => [`${m[1]} name${m[2]}`]],
  // Island boxes: `country_admin_divisions_title=村 | country_admin_divisions=…` (zh 中业群礁, Infobox Disputed Islands).
  [/^(.+ divisions) title( \d+)?$/, (m) => [`${m[1]}${m[2] ?? ''}`]],
  [/^(.+) event(\d*)$/, (m) => [`${m[1]} date${m[2]}`]],
  [/^event(\d+)$/, (m) => [`date event${m[1]}`]],
  [/^event (start|end|pre|post)$/, (m) => [`date ${m[1]}`]],
  // Infobox unit: `units1=SI units | inunits1=1000 mm`; taxoboxes: the rank heading its list.
  [/^units(\d*)$/, (m) => [`inunits${m[1]}`]],
  // zhwiki Infobox China County: `officerTitle=县长 | officer=…`.
  [/^officertitle(\d*)$/, (m) => [`officer${m[1]}`]],
  // Football club infobox: `chrtitle=董事长 | chairman=…`, `mgrtitle=主教練 | manager=…` (zh 广东华南虎足球俱乐部).
  [/^chrtitle$/, () => ['chairman']],
  [/^mgrtitle$/, () => ['manager']],
  // zhwiki Infobox name module: `cust_label1=… | cust_data1=…` (its label9/data9).
  [/^cust label(\d+)$/, (m) => [`cust data${m[1]}`]],
  // Infobox officeholder's own deputies of an office: `1blankname1=第一副主席 | 1namedata1=刘少奇…`
  // (1–4 per office, the office's number last; 毛泽东's vice chairmen and secretaries).
  [/^([1-4])blankname(\d*)$/, (m) => [`${m[1]}namedata${m[2]}`]],
  [/^subdivision ranks$/, () => ['subdivision']],
  // Infobox airport: `stat1-header=客運量（人次） | stat1-data=1,350,000` (zh 香港國際機場).
  [/^stat(\d+) header$/, (m) => [`stat${m[1]} data`]],
  // zhwiki Infobox University: `董事會主持者頭銜=校董會主席 | 董事會主持者=…` (its label44/data44), `頭銜=…|頭銜者=…`.
  [/^(董事會主持者|董事会主持者)(頭銜|头衔)$/, (m) => [m[1]!]],
  [/^chairman label$/, () => ['chairman']],
  [/^head label$/, () => ['head']],
  [/^(頭銜|头衔)$/, (m) => [`${m[1]}者`]],
  // zhwiki Infobox 日本的町村: `其他象徵物=市章 | 其他象徵=…` (its demographics1_title4 / info4).
  [/^其他象徵物$/, () => ['其他象徵']],
  // ukwiki country box: `незалежність2=Від СРСР | дати_отримання_незалежності2=24 серпня 1991`.
  [/^незалежність(\d*)$/, (m) => [`дати отримання незалежності${m[1]}`]],
  // jawiki {{世界の市}}: `下位区分種類1=州 | 下位区分名1=イリノイ州`, `成立区分=設立 | 成立日=1837年`,
  // `最高行政執行者称号=市長 | 最高行政執行者名=…`.
  [/^下位区分種類(\d+)$/, (m) => [`下位区分名${m[1]}`]],
  [/^成立区分(\d*)$/, (m) => [`成立日${m[1]}`]],
  [/^最高行政執行者称号$/, () => ['最高行政執行者名']],
];

/** The label parameter a data parameter belongs to (the reverse of LABEL_SIDE). */
const VALUE_SIDE: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^(.+) name(\d*)$/, (m) => `${m[1]} title${m[2]}`],
  [/^(.+ divisions)( \d+)?$/, (m) => `${m[1]} title${m[2] ?? ''}`],
  [/^(.+) date(\d*)$/, (m) => `${m[1]} event${m[2]}`],
  [/^date event(\d+)$/, (m) => `event${m[1]}`],
  [/^date (start|end|pre|post)$/, (m) => `event ${m[1]}`],
  [/^inunits(\d*)$/, (m) => `units${m[1]}`],
  [/^officer(\d*)$/, (m) => `officertitle${m[1]}`],
  [/^chairman$/, () => 'chrtitle'],
  [/^manager$/, () => 'mgrtitle'],
  [/^cust data(\d+)$/, (m) => `cust label${m[1]}`],
  [/^([1-4])namedata(\d*)$/, (m) => `${m[1]}blankname${m[2]}`],
  [/^subdivision$/, () => 'subdivision ranks'],
  [/^stat(\d+) data$/, (m) => `stat${m[1]} header`],
  [/^其他象徵$/, () => '其他象徵物'],
  [/^(董事會主持者|董事会主持者)$/, (m) => `${m[1]}${m[1] === '董事會主持者' ? '頭銜' : '头衔'}`],
  [/^chairman$/, () => 'chairman label'],
  [/^head$/, () => 'head label'],
  [/^(頭銜|头衔)者$/, (m) => m[1]!],
  [/^дати отримання незалежності(\d*)$/, (m) => `незалежність${m[1]}`],
  [/^下位区分名(\d+)$/, (m) => `下位区分種類${m[1]}`],
  [/^成立日(\d*)$/, (m) => `成立区分${m[1]}`],
  [/^最高行政執行者名$/, () => '最高行政執行者称号'],
];

export type Pairing = { role: 'label'; data: string } | { role: 'data' } | { role: 'alone' } | null;

/**
 * Halves of a pair that the template prints only as an Infobox labelN/dataN: a label with no data
 * is no row, data with no label a row without one (Infobox airport's `statN-header`/`statN-data`).
 */
const PAIR_ONLY: ReadonlyArray<[RegExp, 'label' | 'data']> = [
  [/^stat\d+ header$/, 'label'], [/^stat\d+ data$/, 'data'],
  // Island boxes: a `… divisions title` (numbered `… divisions title 1`) whose divisions are empty labels nothing.
  [/^.+ divisions title( \d+)?$/, 'label'],
  // Infobox officeholder: a deputy's label without the deputy is an empty row, which the box leaves out;
  // the deputy without a label is a row without one.
  [/^[1-4]blankname\d*$/, 'label'], [/^[1-4]namedata\d*$/, 'data'],
];

/**
 * Whether `key` is half of a label/data pair whose other half is given (`filled` holds the
 * parameters with a non-blank value): the label half carries the data parameter's name; `data`
 * means no row of its own, `alone` a row without a label (PAIR_ONLY).
 */
export function pairing(key: string, filled: ReadonlySet<string>): Pairing {
  for (const [re, partners] of LABEL_SIDE) {
    const m = re.exec(key);
    if (!m) continue;
    for (const p of partners(m)) if (filled.has(p)) return { role: 'label', data: p };
  }
  for (const [re, partner] of VALUE_SIDE) {
    const m = re.exec(key);
    if (m && filled.has(partner(m))) return { role: 'data' };
  }
  for (const [re, half] of PAIR_ONLY) if (re.test(key)) return half === 'label' ? { role: 'data' } : { role: 'alone' };
  return null;
}

const QUALIFIER = /^(.+) (rank|year|category|as of)$/;
/** Qualifiers named otherwise: the offset belongs to the zone, the ISO code to the currency. */
const QUALIFIES: Readonly<Record<string, string>> = {
  'utc offset': 'time zone', 'utc offset dst': 'time zone dst', 'currency code': 'currency',
  // zhwiki Infobox China County: 总人口（2010）.
  'census yr': 'pop',
  // ukwiki's Ukrainian-named country box (uk 0380 Болгарія): ranks, years and the UTC offset.
  'класифікація за розміром території': 'площа території',
  'класифікація за густотою заселення': 'густота заселення',
  'рік перепису населення': 'населення згідно перепису',
  'рік звітування ввп': 'ввп пкс',
  'класифікація за рівнем ввп пкс': 'ввп пкс',
  'класифікація за рівнем ввп пкс на душу населення': 'ввп пкс на душу населення',
  'рік звітування ввп номінальний': 'ввп номінальний',
  'класифікація за рівнем ввп': 'ввп номінальний',
  'класифікація за рівнем ввп на душу населення': 'ввп на душу населення',
  'utc поправка': 'часовий пояс',
  // zhwiki Infobox 日本的町村: 人口 as of 統計時間 (its population_as_of).
  統計時間: '人口',
  // jawiki {{世界の市}}: the "as of" of the population figure.
  '人口の時点': '総人口',
};
/**
 * Qualifiers that say nothing without their row: {{世界の市}}'s blank form carries `人口の時点 =
 * 年月日` on pages that give no population (ja 0006 パリ), which is no fact of its own.
 */
const QUALIFIER_ONLY: ReadonlySet<string> = new Set(['人口の時点']);

/** Whether `key` only qualifies another row, and is to be left out when that row is not given. */
export function qualifierOnly(key: string): boolean {
  return QUALIFIER_ONLY.has(key);
}
/**
 * Parts the box prints run together with another row's value: Drugbox `ATC_prefix=N05 |
 * ATC_suffix=AA01` is the one code "N05AA01".
 */
const JOINED: Readonly<Record<string, string>> = { 'atc suffix': 'atc prefix' };

/** The row `key` is the continuation of (`atc suffix` → `atc prefix`), when that row is given; else null. */
export function joinedRow(key: string, filled: ReadonlySet<string>): string | null {
  const base = JOINED[key];
  return base !== undefined && filled.has(base) ? base : null;
}

const CAREER = /^(youth|national|manager|college)?(years|clubs|team|caps|goals)(\d+)$/;

/**
 * Sportspeople's career rows (Infobox football biography): `yearsN` / `clubsN` / `capsN` /
 * `goalsN` (and the youth, national-team, manager, college sets) are the cells of one table row
 * on the wiki ("1998−2004 | 錫周三 | 100 | (2)"). For the `yearsN` of a set whose team is given:
 * the parameters of that row; for its other parts: 'part' (shown in the years row); else null.
 */
export function careerRow(key: string, filled: ReadonlySet<string>): { group: string; team: string; caps: string; goals: string } | 'part' | null {
  const m = CAREER.exec(key);
  if (!m) return null;
  const group = m[1] ?? '';
  const n = m[3]!;
  const team = [`${group}clubs${n}`, `${group}team${n}`].find((k) => filled.has(k));
  if (!team || !filled.has(`${group}years${n}`)) return null;
  return m[2] === 'years' ? { group, team, caps: `${group}caps${n}`, goals: `${group}goals${n}` } : 'part';
}

/** The heading the box gives a career set other than the senior clubs (whose rows need none). */
export const CAREER_HEADINGS: Readonly<Record<string, Readonly<Record<'zh' | 'ja' | 'en' | 'uk' | 'ko', string>>>> = {
  youth: { zh: '青年队', ja: 'ユース', en: 'Youth career', uk: 'Юнацька кар\'єра', ko: '유소년 경력' },
  national: { zh: '国家队', ja: '代表歴', en: 'International career', uk: 'Національна збірна', ko: '국가대표 경력' },
  manager: { zh: '执教球队', ja: '監督歴', en: 'Teams managed', uk: 'Тренерська кар\'єра', ko: '감독 경력' },
  college: { zh: '大学', ja: '大学', en: 'College career', uk: 'Коледж', ko: '대학 경력' },
};

/** Where the qualified figure may be: `area_rank` qualifies `area` or `area_km2`, an album box's `prev_year` its `prev_title`. */
const BASE_FORMS = ['', ' km2', ' total', ' estimate', ' title'];

const NOTE = /^(.+) notes?$/;

/** The row a note parameter follows (`area_notes`, `sovereignty_note`), when given; else null. */
export function notedRow(key: string, filled: ReadonlySet<string>): string | null {
  const m = NOTE.exec(key);
  if (!m) return null;
  if (filled.has(m[1]!)) return m[1]!;
  for (const form of BASE_FORMS) if (filled.has(m[1] + form)) return m[1] + form;
  // `area_notes` beside ukwiki's Ukrainian-named area (uk 0380).
  if (m[1] === 'area' && filled.has('площа території')) return 'площа території';
  // `sovereignty_note` goes with the heading `sovereignty_type`.
  return filled.has(m[1] + ' type') ? m[1] + ' type' : null;
}

/** The other population figure a rank may stand beside when its own is not given. */
const POPULATION_FIGURES: ReadonlyMap<string, string> = new Map([
  ['population estimate', 'population census'],
  ['population census', 'population estimate'],
]);

/** The row `key` qualifies (`gdp ppp year` → `gdp ppp`), when that row is given; else null. */
export function qualifiedRow(key: string, filled: ReadonlySet<string>): string | null {
  const named = QUALIFIES[key];
  if (named !== undefined) return filled.has(named) ? named : null;
  // Former-country boxes: `year_leader1` dates `leader1`.
  const years = /^year (leader|deputy)(\d+)$/.exec(key);
  if (years) return filled.has(years[1]! + years[2]) ? years[1]! + years[2] : null;
  const m = QUALIFIER.exec(key);
  if (!m) return null;
  for (const form of BASE_FORMS) if (filled.has(m[1] + form)) return m[1] + form;
  // A population rank without its own figure ranks the country's population all the same: uk 0376
  // gives `population_estimate_rank=59` and only a census figure, and "(59)" belongs beside that —
  // unless that figure has a rank of its own, which is the one beside it.
  const other = m[2] === 'rank' ? POPULATION_FIGURES.get(m[1]!) : undefined;
  return other !== undefined && filled.has(other) && !filled.has(`${other} rank`) ? other : null;
}

type CoordPart = 'latd' | 'latm' | 'lats' | 'latns' | 'longd' | 'longm' | 'longs' | 'longew';

const COORD_KEYS: Readonly<Record<string, CoordPart>> = {
  latd: 'latd', 'lat d': 'latd', 'lat deg': 'latd', 'lat degrees': 'latd',
  latm: 'latm', 'lat m': 'latm', 'lat min': 'latm', 'lat minutes': 'latm',
  lats: 'lats', 'lat s': 'lats', 'lat sec': 'lats', 'lat seconds': 'lats',
  latns: 'latns', 'lat ns': 'latns', 'lat dir': 'latns',
  longd: 'longd', 'long d': 'longd', 'lon deg': 'longd', 'long deg': 'longd', 'long degrees': 'longd',
  longm: 'longm', 'long m': 'longm', 'lon min': 'longm', 'long min': 'longm', 'long minutes': 'longm',
  longs: 'longs', 'long s': 'longs', 'lon sec': 'longs', 'long sec': 'longs', 'long seconds': 'longs',
  longew: 'longew', 'long ew': 'longew', 'lon dir': 'longew', 'long dir': 'longew',
  // jawiki {{世界の市}}.
  緯度度: 'latd', 緯度分: 'latm', 緯度秒: 'lats', 'n(北緯)及びs(南緯)': 'latns',
  経度度: 'longd', 経度分: 'longm', 経度秒: 'longs', 'e(東経)及びw(西経)': 'longew',
};

export function isCoordPart(key: string): boolean {
  return COORD_KEYS[key] !== undefined;
}

/** `latd=50|latm=27|latNS=N|longd=30|longm=30|longEW=E` → "50°27′N 30°30′E"; null without degrees. */
export function coordText(args: ReadonlyMap<string, string>): string | null {
  const parts: Partial<Record<CoordPart, string>> = {};
  for (const [key, value] of args) {
    const part = COORD_KEYS[key];
    const v = value.trim();
    if (part && v && parts[part] === undefined) parts[part] = v;
  }
  if (!parts.latd || !parts.longd) return null;
  const dms = (d: string, m?: string, s?: string): string => `${d}°${m ? `${m}′` : ''}${m && s ? `${s}″` : ''}`;
  const lat = dms(parts.latd, parts.latm, parts.lats) + (parts.latns ?? 'N').toUpperCase();
  const long = dms(parts.longd, parts.longm, parts.longs) + (parts.longew ?? 'E').toUpperCase();
  return `${lat} ${long}`;
}

/** Parameters whose value heads the rows after them (enwiki Infobox country's `sovereignty_type`). */
const HEADING_KEYS = new Set(['sovereignty type', 'sovereignity type', 'title leader', 'title deputy', 'stat year']);

/** `title_leader` heads the `leader1`, `leader2` … rows wherever the call gives it. */
export function headedRows(key: string): string | null {
  const m = /^title (leader|deputy)$/.exec(key);
  return m ? m[1]! + '1' : null;
}

export function isHeadingKey(key: string): boolean {
  let e = key.length;
  while (e > 0 && key.charCodeAt(e - 1) >= 48 && key.charCodeAt(e - 1) <= 57) e--;
  return HEADING_KEYS.has(key.slice(0, e));
}

/** Life keys (folded) by the place person boxes print them in. */
const LIFE_RANK: ReadonlyMap<string, number> = new Map(
  ['birth name', 'birth date', 'birth place', 'death date', 'death place', 'death cause', 'resting place'].map((k, i) => [k, i]),
);

/**
 * A key's place among the life keys, or -1. Only a key that can fold to one (ten characters or
 * more, starting with b, d or r in either case) is folded: most keys are not, and the caller
 * folds every key again anyway.
 */
function lifeRank(key: string): number {
  if (key.length < 10) return -1;
  const c = key.charCodeAt(0) | 32;
  if (c !== 98 && c !== 100 && c !== 114) return -1;
  return LIFE_RANK.get(foldParam(key)) ?? -1;
}

/**
 * Life rows in any box (these keys are person-box keys): birth before death, as the person
 * boxes print them. Rows otherwise follow the call; a call that names death first (ja 0051
 * ソクラテス: `death_date` … `birth_date`) would show 死没 above 生誕. When the life keys stand out
 * of that order, they are gathered where the first of them stood, in order; when they are in
 * order already (nearly every call), the arguments come back as they are, uncopied.
 */
export function lifeOrder(args: ReadonlyMap<string, string>): Iterable<[string, string]> {
  let last = -1;
  for (const key of args.keys()) {
    const r = lifeRank(key);
    if (r < 0) continue;
    if (r < last) return gatherLife(args);
    last = r;
  }
  return args;
}

/** The arguments with the life keys gathered, in order, where the first of them stood. */
function gatherLife(args: ReadonlyMap<string, string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const life: Array<{ entry: [string, string]; rank: number }> = [];
  let at = -1;
  for (const entry of args) {
    const rank = lifeRank(entry[0]);
    if (rank < 0) {
      out.push(entry);
      continue;
    }
    if (at < 0) at = out.length;
    life.push({ entry, rank });
  }
  life.sort((a, b) => a.rank - b.rank);
  out.splice(at, 0, ...life.map((l) => l.entry));
  return out;
}
