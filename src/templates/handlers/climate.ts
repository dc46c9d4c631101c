/**
 * Climate tables: `{{Weather box}}` (en, ja, zh: `|Jan high C = 8.1|…|year high C = …`) and
 * ukwiki's `{{Клімат міста}}` (`|Січ_сер_макс = -0.3|…`) → a table with one column per month
 * plus the year, one row per measure the call gives, its title as the caption and the source
 * below. Values are shown as written: the templates' own conversions (°F from °C, yearly
 * means) are not recomputed.
 */
import type { Block, Inline, Table, TableRow } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { arg, DROP, inline, paragraph, pos, text, textCell, type UiLang, uiLang } from '../util.js';
import { weatherBoxRows } from './weather-box.js';

export type Labels = Record<UiLang, string>;

interface Measure {
  /** The parameter after the month, lower case (`record high c`, `сер_макс`). */
  suffix: string;
  label: Labels;
}

export const l = (zh: string, ja: string, en: string, uk: string): Labels => ({ zh, ja, en, uk, ko: en });

/** `{{Weather box}}` measures in the order the template shows them. */
const WEATHER_BOX: Measure[] = [
  { suffix: 'record high c', label: l('历史最高温 °C', '最高気温記録 °C', 'Record high °C', 'Абсолютний максимум, °C') },
  { suffix: 'record high f', label: l('历史最高温 °F', '最高気温記録 °F', 'Record high °F', 'Абсолютний максимум, °F') },
  { suffix: 'high c', label: l('平均高温 °C', '平均最高気温 °C', 'Mean daily maximum °C', 'Середній максимум, °C') },
  { suffix: 'high f', label: l('平均高温 °F', '平均最高気温 °F', 'Mean daily maximum °F', 'Середній максимум, °F') },
  { suffix: 'mean c', label: l('日均气温 °C', '日平均気温 °C', 'Daily mean °C', 'Середня температура, °C') },
  { suffix: 'mean f', label: l('日均气温 °F', '日平均気温 °F', 'Daily mean °F', 'Середня температура, °F') },
  { suffix: 'low c', label: l('平均低温 °C', '平均最低気温 °C', 'Mean daily minimum °C', 'Середній мінімум, °C') },
  { suffix: 'low f', label: l('平均低温 °F', '平均最低気温 °F', 'Mean daily minimum °F', 'Середній мінімум, °F') },
  { suffix: 'record low c', label: l('历史最低温 °C', '最低気温記録 °C', 'Record low °C', 'Абсолютний мінімум, °C') },
  { suffix: 'record low f', label: l('历史最低温 °F', '最低気温記録 °F', 'Record low °F', 'Абсолютний мінімум, °F') },
  { suffix: 'precipitation mm', label: l('平均降水量 mm', '降水量 mm', 'Average precipitation mm', 'Опади, мм') },
  { suffix: 'precipitation inch', label: l('平均降水量 inch', '降水量 inch', 'Average precipitation inches', 'Опади, дюйми') },
  { suffix: 'rain mm', label: l('平均降雨量 mm', '降雨量 mm', 'Average rainfall mm', 'Дощ, мм') },
  { suffix: 'snow cm', label: l('平均降雪量 cm', '降雪量 cm', 'Average snowfall cm', 'Сніг, см') },
  { suffix: 'precipitation days', label: l('平均降水天数', '平均降水日数', 'Average precipitation days', 'Днів з опадами') },
  { suffix: 'rain days', label: l('平均降雨天数', '平均降雨日数', 'Average rainy days', 'Дощових днів') },
  { suffix: 'snow days', label: l('平均降雪天数', '平均降雪日数', 'Average snowy days', 'Сніжних днів') },
  { suffix: 'humidity', label: l('平均相对湿度（%）', '平均湿度（%）', 'Average relative humidity (%)', 'Відносна вологість, %') },
  { suffix: 'sun', label: l('月均日照时数', '平均月間日照時間', 'Mean monthly sunshine hours', 'Сонячних годин') },
  { suffix: 'percentsun', label: l('日照百分比', '日照率', 'Percent possible sunshine', 'Сонячність, %') },
  { suffix: 'uv', label: l('平均紫外线指数', '平均紫外線指数', 'Average ultraviolet index', 'УФ-індекс') },
];

/** The `{{Weather box}}` measure with this suffix (its labels serve the other templates). */
function measure(suffix: string): Labels {
  return WEATHER_BOX.find((m) => m.suffix === suffix)!.label;
}

/** ukwiki `{{Клімат міста}}` measures (`а` absolute, `сер` mean), in °C and mm. */
const UK_CITY: Measure[] = [
  { suffix: 'а_макс', label: measure('record high c') },
  { suffix: 'сер_макс', label: measure('high c') },
  { suffix: 'сер', label: measure('mean c') },
  { suffix: 'сер_мін', label: measure('low c') },
  { suffix: 'а_мін', label: measure('record low c') },
  { suffix: 'сер_опади', label: { ...measure('precipitation mm'), uk: 'Норма опадів, мм' } },
];

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'year'];
const UK_MONTHS = ['січ', 'лют', 'бер', 'кві', 'тра', 'чер', 'лип', 'сер', 'вер', 'жов', 'лис', 'гру', 'рік'];

const HEADINGS: Record<UiLang, string[]> = {
  zh: ['月份', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '全年'],
  ja: ['月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '年'],
  en: ['Month', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Year'],
  uk: ['Місяць', 'Січ', 'Лют', 'Бер', 'Кві', 'Тра', 'Чер', 'Лип', 'Сер', 'Вер', 'Жов', 'Лис', 'Гру', 'Рік'],
  ko: ['월', '1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월', '연간'],
};

const SOURCE_LABEL: Record<UiLang, string> = { zh: '来源：', ja: '出典：', en: 'Source: ', uk: 'Джерело: ', ko: '출처: ' };

/** Arguments by lower-case name with `_` as a space, so `Jan_high_C` and `jan high C` meet. */
function folded(call: TemplateCall): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of call.args) {
    const value = v.trim();
    if (value !== '') out.set(k.trim().toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' '), value);
  }
  return out;
}

function climateTable(
  ctx: TemplateContext,
  args: Map<string, string>,
  measures: readonly Measure[],
  months: readonly string[],
  caption: Inline[] | null,
  source: string | undefined,
): TemplateResult {
  const lang = uiLang(ctx);
  const rows: TableRow[] = [];
  for (const m of measures) {
    const key = m.suffix.replace(/_/g, ' ');
    const values = months.map((month) => args.get(`${month} ${key}`) ?? '');
    if (values.every((v) => v === '')) continue;
    rows.push(measureRow(ctx, [text(m.label[lang])], values));
  }
  return tableResult(ctx, rows, caption, source);
}

/** One table row: the measure's label, then a cell per month and the year. */
export function measureRow(ctx: TemplateContext, label: Inline[], values: readonly string[]): TableRow {
  return { type: 'tableRow', attrs: {}, cells: [textCell(label), ...values.map((v) => textCell(inline(ctx, v)))] };
}

function tableResult(ctx: TemplateContext, rows: TableRow[], caption: Inline[] | null, source: string | undefined, withYear = true): TemplateResult {
  if (!rows.length) return DROP;
  const lang = uiLang(ctx);
  const headings = withYear ? HEADINGS[lang] : HEADINGS[lang].slice(0, 13);
  const head: TableRow = { type: 'tableRow', attrs: {}, cells: headings.map((h) => textCell([text(h)], true)) };
  const table: Table = { type: 'table', attrs: {}, caption, rows: [head, ...rows] };
  const out: Block[] = [table];
  if (source) out.push(paragraph([text(SOURCE_LABEL[lang]), ...inline(ctx, source)]));
  return { kind: 'block', nodes: out };
}

/** `{{Weather box|location=…|Jan high C=…|source 1=…}}`. */
function weatherBox(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const args = folded(call);
  const lang = uiLang(ctx);
  const location = args.get('location');
  let caption: Inline[] | null = null;
  if (location) {
    const place = inline(ctx, location);
    caption =
      lang === 'zh' ? [...place, text('的气候数据')]
      : lang === 'ja' ? [...place, text('の気候')]
      : lang === 'uk' ? [text('Клімат: '), ...place]
      : [text('Climate data for '), ...place];
  }
  const sources = ['source', 'source 1', 'source 2'].map((k) => args.get(k)).filter((s): s is string => !!s);
  const rows = weatherBoxRows(args, lang).map((r) => measureRow(ctx, [text(r.label)], r.values));
  return tableResult(ctx, rows, caption, sources.length ? sources.join(' ') : undefined);
}

/** ukwiki `{{Клімат міста|Місто_род=Чернівців|Січ_сер=-2.9|…|Джерело=…}}`. */
function ukCityClimate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const args = folded(call);
  const city = arg(call, ['Місто_род', 'Місто род', 'місто_род']);
  const caption = city ? [text(`Клімат ${city.trim()}`)] : null;
  return climateTable(ctx, args, UK_CITY, UK_MONTHS, caption, args.get('джерело'));
}

/** Twelve monthly values taken every `step` positional arguments from `first`; null when any is missing. */
function monthly(call: TemplateCall, first: number, step: number): string[] | null {
  const out: string[] = [];
  for (let i = 0; i < 12; i++) {
    const v = call.args.get(String(first + i * step))?.trim();
    if (!v) return null;
    out.push(v);
  }
  return out;
}

/**
 * `{{Climate chart|那覇市|14|19|107|…|source=…}}` (ja 沖縄県): the place, then each month's mean
 * minimum, mean maximum and precipitation, in °C and mm (°F and inches with `units=imperial`).
 * The wiki draws them as a chart; we show its figures as a table, without a year column.
 */
function climateChart(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lows = monthly(call, 2, 3);
  const highs = monthly(call, 3, 3);
  const precipitation = monthly(call, 4, 3);
  if (!lows || !highs || !precipitation) return DROP;
  const imperial = arg(call, ['units'])?.toLowerCase() === 'imperial';
  return chartTable(call, ctx, inline(ctx, pos(call, 1)), highs, lows, precipitation, imperial);
}

/**
 * jawiki `{{Climate graph|佐賀|47813|<12 precipitation>|<12 maxima>|<12 minima>}}` (ja 佐賀県): a
 * place, a station number, then twelve monthly precipitation totals (mm), mean maxima and mean
 * minima (°C), drawn as a chart on the wiki and shown as a table here.
 */
function climateGraph(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const precipitation = monthly(call, 3, 1);
  const highs = monthly(call, 15, 1);
  const lows = monthly(call, 27, 1);
  if (!lows || !highs || !precipitation) return DROP;
  return chartTable(call, ctx, inline(ctx, pos(call, 1)), highs, lows, precipitation, false);
}

function chartTable(
  call: TemplateCall, ctx: TemplateContext, caption: Inline[], highs: string[], lows: string[], precipitation: string[], imperial: boolean,
): TemplateResult {
  const lang = uiLang(ctx);
  const [t, p] = imperial ? ['f', 'inch'] : ['c', 'mm'];
  const label = (suffix: string) => [text(WEATHER_BOX.find((m) => m.suffix === suffix)!.label[lang])];
  const rows = [
    measureRow(ctx, label(`high ${t}`), highs),
    measureRow(ctx, label(`low ${t}`), lows),
    measureRow(ctx, label(`precipitation ${p}`), precipitation),
  ];
  return tableResult(ctx, rows, caption.length ? caption : null, arg(call, ['source']), false);
}

export const CLIMATE_ENTRIES: HandlerEntry[] = [
  { family: 'climate', names: ['Weather box', 'Weatherbox', '气候表', '氣候表', '天气框', '天氣框'], handler: weatherBox },
  { family: 'climate', names: ['Клімат міста'], langs: ['uk'], handler: ukCityClimate },
  { family: 'climate', names: ['Climate chart', 'Climatechart'], handler: climateChart },
  { family: 'climate', names: ['Climate graph'], langs: ['ja'], handler: climateGraph },
];
