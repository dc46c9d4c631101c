/**
 * Charts and diagrams whose picture is drawn by CSS but whose content is text: bar boxes
 * (`{{bar box|bars={{bar percent|label|color|42}}…}}` → a titled list of "label: 42%"), pie
 * charts (labels and values), cladograms (`{{clade}}` → nested lists), the compass table of
 * neighbours (uk `{{Розташування2}}`), and ja's metropolitan-area cells (`{{都市圏}}`).
 */
import type { Block, Inline, ListItem, Table, TableRow } from '../../ast/nodes.js';
import { listNode } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { formatNum } from '../../preprocess/functions/strings.js';
import { arg, blocks, DROP, inline, inlineOrDrop, inlineResult, isCjk, paragraph, plain, pos, positionals, text, textCell, uiLang, wikiLink } from '../util.js';

function colon(ctx: TemplateContext): string {
  return isCjk(uiLang(ctx)) ? '：' : ': ';
}

/** "42.1" → "42.1%"; values already carrying a unit stay as written. */
function percent(v: string): string {
  const t = v.trim();
  if (t === '') return t;
  const last = t.charCodeAt(t.length - 1);
  return last >= 48 && last <= 57 ? t + '%' : t;
}

function listOf(items: Inline[][]): Block {
  const listItems: ListItem[] = items.map((children) => ({ type: 'listItem', children: [paragraph(children)] }));
  return listNode(listItems);
}

/** `{{bar percent|label|color|42.1}}` → "label: 42.1%". */
function barPercent(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const label = inline(ctx, pos(call, 1));
  const value = percent(plain(ctx, pos(call, 3)));
  if (!value) return inlineOrDrop(label);
  return inlineResult(label.length ? [...label, text(colon(ctx) + value)] : [text(value)]);
}

/** ja `{{bar percent 2|label|A|color|50.0|B|color|41.1}}` → "label: A 50.0%, B 41.1%". */
function barPercent2(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const label = inline(ctx, pos(call, 1));
  const parts: string[] = [];
  for (let i = 2; i <= 8; i += 3) {
    const who = plain(ctx, pos(call, i));
    const v = percent(plain(ctx, pos(call, i + 2)));
    if (v) parts.push(who ? `${who} ${v}` : v);
  }
  if (!parts.length) return inlineOrDrop(label);
  const sep = isCjk(uiLang(ctx)) ? '、' : ', ';
  return inlineResult(label.length ? [...label, text(colon(ctx) + parts.join(sep))] : [text(parts.join(sep))]);
}

/** Lines of an argument holding one rendered item each (bar percents, legend entries). */
function lineItems(ctx: TemplateContext, v: string | undefined): Inline[][] {
  if (!v) return [];
  const out: Inline[][] = [];
  for (const line of v.split('\n')) {
    const nodes = inline(ctx, line);
    if (nodes.length) out.push(nodes);
  }
  return out;
}

/** `{{bar box|title=…|bars=…}}` → the title in bold, then one list item per bar. */
function barBox(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const out: Block[] = [];
  const title = inline(ctx, arg(call, ['title']));
  if (title.length) out.push(paragraph([{ type: 'strong', children: title }]));
  const bars = lineItems(ctx, arg(call, ['bars']));
  if (bars.length) out.push(listOf(bars));
  const caption = inline(ctx, arg(call, ['caption']));
  if (caption.length) out.push(paragraph(caption));
  return out.length ? { kind: 'block', nodes: out } : DROP;
}

/** `{{pie chart|caption=…|label1=…|value1=…}}` → the caption, then "label: value%" per slice. */
function pieChart(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const slices: Inline[][] = [];
  for (let i = 1; i <= 30; i++) {
    // ukwiki {{Секторна діаграма}} names them мітка/значення.
    const label = inline(ctx, arg(call, [`label${i}`, `мітка${i}`]));
    const value = percent(plain(ctx, arg(call, [`value${i}`, `значення${i}`])));
    if (!label.length && !value) {
      if (!call.args.has(`label${i + 1}`) && !call.args.has(`мітка${i + 1}`)) break;
      continue;
    }
    slices.push(value ? [...label, text((label.length ? colon(ctx) : '') + value)] : label);
  }
  const out: Block[] = [];
  const caption = inline(ctx, arg(call, ['caption']));
  if (caption.length) out.push(paragraph([{ type: 'strong', children: caption }]));
  if (slices.length) out.push(listOf(slices));
  return out.length ? { kind: 'block', nodes: out } : DROP;
}

/**
 * `{{clade|label1=A|1=X|2={{clade|…}}}}` → nested lists: each branch an item, its label first
 * ("A: X"); a nested clade arrives already rendered and becomes the item's sub-list.
 */
function clade(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const items: ListItem[] = [];
  for (let i = 1; i <= 30; i++) {
    const value = call.args.get(String(i));
    const label = inline(ctx, arg(call, [`label${i}`]));
    if (value === undefined && !label.length) {
      if (!call.args.has(String(i + 1))) break;
      continue;
    }
    const content = blocks(ctx, value);
    const children: Block[] = [];
    const first = content[0];
    if (label.length) {
      if (first && first.type === 'paragraph') {
        children.push(paragraph([...label, text(colon(ctx)), ...first.children]), ...content.slice(1));
      } else children.push(paragraph(label), ...content);
    } else children.push(...content);
    if (children.length) items.push({ type: 'listItem', children });
  }
  if (!items.length) return DROP;
  const out: Block[] = [];
  const title = inline(ctx, arg(call, ['label', 'title']));
  if (title.length) out.push(paragraph([{ type: 'strong', children: title }]));
  out.push(listNode(items));
  return { kind: 'block', nodes: out };
}

const DIRECTIONS: Array<{ key: string; ukKey: string; uk: string; en: string }> = [
  { key: 'nw', ukKey: 'північний_захід', uk: 'Північний захід', en: 'Northwest' },
  { key: 'n', ukKey: 'північ', uk: 'Північ', en: 'North' },
  { key: 'ne', ukKey: 'північний_схід', uk: 'Північний схід', en: 'Northeast' },
  { key: 'w', ukKey: 'захід', uk: 'Захід', en: 'West' },
  { key: 'c', ukKey: 'центр', uk: 'Центр', en: 'Centre' },
  { key: 'e', ukKey: 'схід', uk: 'Схід', en: 'East' },
  { key: 'sw', ukKey: 'південний_захід', uk: 'Південний захід', en: 'Southwest' },
  { key: 's', ukKey: 'південь', uk: 'Південь', en: 'South' },
  { key: 'se', ukKey: 'південний_схід', uk: 'Південний схід', en: 'Southeast' },
];

/** uk `{{Розташування2|n=…|ne=…|…}}`, en `{{Geographic location}}`: one line per compass direction. */
function neighbours(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const uk = uiLang(ctx) === 'uk';
  const items: Inline[][] = [];
  for (const d of DIRECTIONS) {
    const v = inline(ctx, arg(call, [d.key, d.key.toUpperCase(), d.en.toLowerCase(), d.ukKey, d.ukKey.replace('_', ' ')]));
    if (v.length) items.push([text(`${uk ? d.uk : d.en}: `), ...v]);
  }
  if (!items.length) return DROP;
  const out: Block[] = [];
  const title = inline(ctx, arg(call, ['заголовок', 'title', 'назва']));
  if (title.length) out.push(paragraph([{ type: 'strong', children: title }]));
  out.push(listOf(items));
  return { kind: 'block', nodes: out };
}

/** ja `{{都市圏|盛岡|38|2706|盛岡都市圏}}` → "盛岡 382,706": the area (linked when a page is given) and its people. */
function cityArea(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const name = inline(ctx, pos(call, 1));
  const high = plain(ctx, pos(call, 2));
  const low = plain(ctx, pos(call, 3));
  const target = plain(ctx, pos(call, 4));
  const shown: Inline[] = target ? [wikiLink(ctx, target, name)] : name;
  let people = '';
  if (/^\d+$/.test(high) && /^\d+$/.test(low)) people = Number(high + low.padStart(4, '0')).toLocaleString('en-US');
  else if (/^\d+$/.test(high)) people = Number(high + '0000').toLocaleString('en-US');
  if (!people) return inlineOrDrop(shown);
  return inlineResult(shown.length ? [...shown, { type: 'break' }, text(people)] : [text(people)]);
}

const YEAR_POP: Record<string, [string, string]> = {
  zh: ['年份', '人口'], ja: ['年', '人口'], uk: ['Рік', 'Населення'], en: ['Year', 'Pop.'], ko: ['연도', '인구'],
};

/** `{{Historical populations|1900|100|1910|200}}` (year/population pairs) → a two-column table. */
function historicalPopulations(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const pairs: Array<[Inline[], Inline[]]> = [];
  for (let i = 1; i <= 120; i += 2) {
    const y = inline(ctx, pos(call, i));
    const p = inline(ctx, pos(call, i + 1));
    if (!y.length && !p.length) {
      if (!call.args.has(String(i + 2))) break;
      continue;
    }
    pairs.push([y, p]);
  }
  return populationTable(call, ctx, pairs);
}

const DEMOGRAPHY_YEAR = /^\d{3,4}$/;
const CENSUS_YEAR = /^\d{4}$/;
const WHOLE_NUMBER = /^\d+$/;

function byNumber(a: string, b: string): number {
  return Number(a) - Number(b);
}

/** The call's argument names that are years (`pattern`), in year order. */
function yearKeys(call: TemplateCall, pattern: RegExp): string[] {
  const years: string[] = [];
  for (const k of call.args.keys()) if (pattern.test(k.trim())) years.push(k);
  return years.sort(byNumber);
}

/**
 * A census figure: a bare number grouped as the template's formatnum prints it (plain text, not
 * parsed again); anything else (`約2万`, a figure with its ref) as the wikitext it is.
 */
function censusFigure(ctx: TemplateContext, raw: string | undefined): Inline[] {
  const figure = plain(ctx, raw).trim();
  if (!figure) return [];
  return WHOLE_NUMBER.test(figure) ? [text(formatNum(figure, ctx.site.lang))] : inline(ctx, raw!.trim());
}

/**
 * `{{Demography|1801=54万7800|1851=105万3000}}` (ja パリ): the years are the argument names,
 * the populations their values — the same two-column table, in year order.
 */
function demography(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const years = yearKeys(call, DEMOGRAPHY_YEAR);
  const pairs: Array<[Inline[], Inline[]]> = [];
  for (const y of years) {
    const p = inline(ctx, call.args.get(y));
    if (p.length) pairs.push([[text(y.trim())], p]);
  }
  return populationTable(call, ctx, pairs);
}

const ESTIMATE: Record<string, string> = { ja: '（推計）', zh: '（估计）', uk: ' (оцінка)' };

/**
 * `{{US Census population|1840=4470|…|2010=2695598|estimate=2696555|estyear=2021|footnote=…}}`
 * (ja 0117 シカゴ, under 人口動勢, dropped): the census years and populations, grouped as the
 * template's formatnum prints them, then the estimate's year and figure, then the footnote.
 */
function usCensusPopulation(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const pairs: Array<[Inline[], Inline[]]> = [];
  for (const y of yearKeys(call, CENSUS_YEAR)) {
    const p = censusFigure(ctx, call.args.get(y));
    if (p.length) pairs.push([[text(y.trim())], p]);
  }
  const estimate = censusFigure(ctx, arg(call, ['estimate']));
  const estYear = plain(ctx, arg(call, ['estyear'])).trim();
  if (estimate.length) pairs.push([[text(`${estYear}${ESTIMATE[uiLang(ctx)] ?? ' (est.)'}`.trim())], estimate]);
  return populationTable(call, ctx, pairs);
}

function populationTable(call: TemplateCall, ctx: TemplateContext, pairs: Array<[Inline[], Inline[]]>): TemplateResult {
  if (!pairs.length) return DROP;
  const [year, pop] = YEAR_POP[uiLang(ctx)] ?? YEAR_POP.en!;
  const rows: TableRow[] = [{ type: 'tableRow', attrs: {}, cells: [textCell([text(year)], true), textCell([text(pop)], true)] }];
  for (const [y, p] of pairs) rows.push({ type: 'tableRow', attrs: {}, cells: [textCell(y), textCell(p)] });
  const out: Block[] = [];
  const title = inline(ctx, arg(call, ['title']));
  if (title.length) out.push(paragraph([{ type: 'strong', children: title }]));
  out.push({ type: 'table', attrs: {}, caption: null, rows } as Table);
  const source = inline(ctx, arg(call, ['source', 'footnote']));
  if (source.length) out.push(paragraph(source));
  return { kind: 'block', nodes: out };
}

const REGION_COLUMNS: Array<{ key: string; label: string }> = [
  { key: 'NAMEJ', label: '名称' }, { key: 'NAMEL', label: '現地語名' }, { key: 'POP', label: '人口' },
  { key: 'AREA', label: '面積' }, { key: 'CAPJ', label: '中心都市' }, { key: 'CAPL', label: '現地語名' }, { key: 'ETC', label: '備考' },
];

/** ja `{{地域区分表列|NAMEJ=…|POP=…}}`: one row of a region table (the table gathers them). */
function regionRow(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const cells = REGION_COLUMNS.map((c) => textCell(inline(ctx, call.args.get(c.key))));
  if (cells.every((c) => (c.children[0] as { children: Inline[] }).children.length === 0)) return DROP;
  return { kind: 'block', nodes: [{ type: 'table', attrs: { class: 'region-row' }, caption: null, rows: [{ type: 'tableRow', attrs: {}, cells }] }] };
}

/** ja `{{地域区分表|CONTENTS={{地域区分表列|…}}…}}` → one table of the rows, with the columns that hold anything. */
function regionTable(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const rows: TableRow[] = [];
  for (const b of blocks(ctx, arg(call, ['CONTENTS', 'contents']))) if (b.type === 'table') rows.push(...b.rows);
  if (!rows.length) return DROP;
  const used = REGION_COLUMNS.map((_, i) => rows.some((r) => ((r.cells[i]?.children[0] as { children?: Inline[] } | undefined)?.children?.length ?? 0) > 0));
  const keep = (r: TableRow): TableRow => ({ ...r, cells: r.cells.filter((_, i) => used[i]) });
  const header: TableRow = { type: 'tableRow', attrs: {}, cells: REGION_COLUMNS.filter((_, i) => used[i]).map((c) => textCell([text(c.label)], true)) };
  return { kind: 'block', nodes: [{ type: 'table', attrs: {}, caption: null, rows: [header, ...rows.map(keep)] }] };
}

const AIRPORT_HEADERS: Record<string, [string, string]> = {
  zh: ['航空公司', '目的地'], ja: ['航空会社', '就航地'], uk: ['Авіакомпанії', 'Пункти призначення'], en: ['Airlines', 'Destinations'], ko: ['항공사', '목적지'],
};

/**
 * `{{Airport-dest-list|Airline|Destinations|…}}` → a table of airlines and where they fly (ja 0162
 * lost both of its tables). `3rdcoltitle=` / `4thcoltitle=` add columns, each row then takes that
 * many arguments.
 */
function airportDestinations(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const [airlines, destinations] = AIRPORT_HEADERS[uiLang(ctx)] ?? AIRPORT_HEADERS.en!;
  const titles: Inline[][] = [[text(airlines)], [text(destinations)]];
  for (const key of ['3rdcoltitle', '4thcoltitle']) {
    const t = inline(ctx, call.args.get(key));
    if (t.length) titles.push(t);
  }
  const values = positionals(call);
  const rows: TableRow[] = [];
  for (let i = 0; i + 1 < values.length; i += titles.length) {
    const cells = titles.map((_, c) => textCell(inline(ctx, values[i + c])));
    if (cells.every((x) => (x.children[0] as { children: Inline[] }).children.length === 0)) continue;
    rows.push({ type: 'tableRow', attrs: {}, cells });
  }
  if (!rows.length) return DROP;
  const header: TableRow = { type: 'tableRow', attrs: {}, cells: titles.map((t) => textCell(t, true)) };
  return { kind: 'block', nodes: [{ type: 'table', attrs: {}, caption: null, rows: [header, ...rows] }] };
}

export const CHART_ENTRIES: HandlerEntry[] = [
  { family: 'chart', names: ['Airport-dest-list', 'Airport destination list'], handler: airportDestinations },
  { family: 'chart', names: ['Historical populations', 'Historical populations2', 'Населення за роками'], handler: historicalPopulations },
  { family: 'chart', names: ['Demography'], langs: ['ja'], handler: demography },
  { family: 'chart', names: ['US Census population', 'USCensusPop'], handler: usCensusPopulation, traits: { fallbackOnly: true } },
  { family: 'chart', names: ['地域区分表列'], langs: ['ja'], handler: regionRow },
  { family: 'chart', names: ['地域区分表'], langs: ['ja'], handler: regionTable },
  { family: 'chart', names: ['Bar percent', 'Bar pct', 'Percentage bar'], handler: barPercent },
  { family: 'chart', names: ['Bar percent 2'], handler: barPercent2 },
  { family: 'chart', names: ['Bar box', 'Barbox'], handler: barBox },
  { family: 'chart', names: ['Pie chart', 'Piechart', '円グラフ', '饼图', '餅圖', 'Секторна діаграма'], handler: pieChart },
  { family: 'chart', names: ['Clade', 'Cladogram', '演化树', '演化樹', 'Кладограма'], handler: clade },
  { family: 'chart', names: ['Розташування2', 'Розташування', 'Geographic location', 'Geographic Location', 'Відстані до великих міст'], handler: neighbours },
  { family: 'chart', names: ['都市圏'], langs: ['ja'], handler: cityArea },
];
