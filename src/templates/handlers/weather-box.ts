/**
 * The rows of `{{Weather box}}` the way the wiki lays them out: a temperature, precipitation or
 * snow measure given in one unit is shown in both (`-0.3 (31.5)` under `°C (°F)`), metric first
 * when `metric first` says so (or, when it is not set, in the unit the call gives); a year value
 * the call leaves out is worked out from the twelve months — the highest record high, the
 * lowest record low, the mean of means, the sum of amounts, days and hours — as the template
 * does. Values the call gives are shown as written; only derived ones are formatted here.
 */
import type { UiLang } from '../util.js';

type Labels = Record<UiLang, string>;
const l = (zh: string, ja: string, en: string, uk: string): Labels => ({ zh, ja, en, uk, ko: en });

/** A measure shown in two units, the argument suffixes (`C`/`F`) folded to lower case. */
interface UnitPair {
  metric: string;
  imperial: string;
  metricLabel: string;
  imperialLabel: string;
  toImperial(v: number): number;
  toMetric(v: number): number;
  /** Decimal places a derived imperial value gains over its metric source (negative: loses). */
  imperialDecimals: number;
}

const TEMPERATURE: UnitPair = {
  metric: 'c', imperial: 'f', metricLabel: '°C', imperialLabel: '°F',
  toImperial: (c) => (c * 9) / 5 + 32, toMetric: (f) => ((f - 32) * 5) / 9, imperialDecimals: 0,
};
const RAINFALL: UnitPair = {
  metric: 'mm', imperial: 'inch', metricLabel: 'mm', imperialLabel: 'inch',
  toImperial: (mm) => mm / 25.4, toMetric: (inch) => inch * 25.4, imperialDecimals: 1,
};
const SNOWFALL: UnitPair = {
  metric: 'cm', imperial: 'inch', metricLabel: 'cm', imperialLabel: 'inch',
  toImperial: (cm) => cm / 2.54, toMetric: (inch) => inch * 2.54, imperialDecimals: 0,
};

type YearRule = 'max' | 'min' | 'mean' | 'sum';

interface Measure {
  /** The argument name between the month and the unit (`record high`, `precipitation days`). */
  key: string;
  label: Labels;
  units: UnitPair | null;
  year: YearRule;
  /** The argument naming the threshold a day counts from (`unit precipitation days = 0.01 in`). */
  threshold?: string;
}

/** In the order the template shows them. */
const MEASURES: Measure[] = [
  { key: 'record high', label: l('历史最高温', '最高気温記録', 'Record high', 'Абсолютний максимум'), units: TEMPERATURE, year: 'max' },
  { key: 'high', label: l('平均高温', '平均最高気温', 'Mean daily maximum', 'Середній максимум'), units: TEMPERATURE, year: 'mean' },
  { key: 'mean', label: l('日均气温', '日平均気温', 'Daily mean', 'Середня температура'), units: TEMPERATURE, year: 'mean' },
  { key: 'low', label: l('平均低温', '平均最低気温', 'Mean daily minimum', 'Середній мінімум'), units: TEMPERATURE, year: 'mean' },
  { key: 'record low', label: l('历史最低温', '最低気温記録', 'Record low', 'Абсолютний мінімум'), units: TEMPERATURE, year: 'min' },
  { key: 'precipitation', label: l('平均降水量', '降水量', 'Average precipitation', 'Опади'), units: RAINFALL, year: 'sum' },
  { key: 'rain', label: l('平均降雨量', '降雨量', 'Average rainfall', 'Дощ'), units: RAINFALL, year: 'sum' },
  { key: 'snow', label: l('平均降雪量', '降雪量', 'Average snowfall', 'Сніг'), units: SNOWFALL, year: 'sum' },
  { key: 'precipitation days', label: l('平均降水天数', '平均降水日数', 'Average precipitation days', 'Днів з опадами'), units: null, year: 'sum', threshold: 'unit precipitation days' },
  { key: 'rain days', label: l('平均降雨天数', '平均降雨日数', 'Average rainy days', 'Дощових днів'), units: null, year: 'sum', threshold: 'unit rain days' },
  { key: 'snow days', label: l('平均降雪天数', '平均降雪日数', 'Average snowy days', 'Сніжних днів'), units: null, year: 'sum', threshold: 'unit snow days' },
  { key: 'humidity', label: l('平均相对湿度（%）', '平均湿度（%）', 'Average relative humidity (%)', 'Відносна вологість, %'), units: null, year: 'mean' },
  { key: 'sun', label: l('月均日照时数', '平均月間日照時間', 'Mean monthly sunshine hours', 'Сонячних годин'), units: null, year: 'sum' },
  { key: 'percentsun', label: l('日照百分比', '日照率', 'Percent possible sunshine', 'Сонячність, %'), units: null, year: 'mean' },
  { key: 'uv', label: l('平均紫外线指数', '平均紫外線指数', 'Average ultraviolet index', 'УФ-індекс'), units: null, year: 'mean' },
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface ClimateRow {
  label: string;
  /** Twelve months then the year, as wikitext ('' for an empty cell). */
  values: string[];
}

interface Reading {
  value: number;
  decimals: number;
}

/** A plain number as written (`-3.5`, `−3.5`, `1,234`), or null for anything else. */
function reading(raw: string | undefined): Reading | null {
  if (raw === undefined) return null;
  const s = raw.trim().replace(/^[\u2212\u2013]/, '-').replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const dot = s.indexOf('.');
  return { value: Number(s), decimals: dot < 0 ? 0 : s.length - dot - 1 };
}

/**
 * A derived value: fixed decimals, no `-0`. The minus stays the ASCII one the calls write, so
 * given and derived values in one row look alike.
 */
function format(v: number, decimals: number): string {
  const s = v.toFixed(Math.max(0, Math.min(decimals, 4)));
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** The year value worked out from twelve month readings, or null when a month is missing. */
function yearOf(months: readonly (Reading | null)[], rule: YearRule): Reading | null {
  if (months.length !== 12 || months.some((m) => m === null)) return null;
  const vs = months.map((m) => m!.value);
  const decimals = Math.max(...months.map((m) => m!.decimals));
  const value =
    rule === 'max' ? Math.max(...vs)
    : rule === 'min' ? Math.min(...vs)
    : rule === 'sum' ? vs.reduce((a, b) => a + b, 0)
    : vs.reduce((a, b) => a + b, 0) / 12;
  return { value, decimals };
}

function isNo(v: string | undefined): boolean {
  return v !== undefined && /^(n|no|false|0)$/i.test(v.trim());
}

function isYesValue(v: string | undefined): boolean {
  return v !== undefined && /^(y|yes|true|1)$/i.test(v.trim());
}

/** The rows for the measures the call gives (`args`: lower-case names, `_` folded to spaces). */
export function weatherBoxRows(args: ReadonlyMap<string, string>, lang: UiLang): ClimateRow[] {
  const rows: ClimateRow[] = [];
  const metricFirstArg = args.get('metric first');
  for (const m of MEASURES) {
    if (m.units) {
      const row = pairRow(args, m, m.units, isYesValue(metricFirstArg) ? true : isNo(metricFirstArg) ? false : null, lang);
      if (row) rows.push(row);
      continue;
    }
    const given = [...MONTHS, 'year'].map((month) => args.get(`${month} ${m.key}`) ?? '');
    if (given.every((v) => v === '')) continue;
    if (given[12] === '') {
      const year = yearOf(given.slice(0, 12).map((v) => (v === '' ? null : reading(v))), m.year);
      if (year) given[12] = format(year.value, year.decimals);
    }
    const threshold = m.threshold ? args.get(m.threshold) : undefined;
    rows.push({ label: threshold ? `${m.label[lang]} (≥ ${threshold})` : m.label[lang], values: given });
  }
  return rows;
}

function pairRow(args: ReadonlyMap<string, string>, m: Measure, u: UnitPair, metricFirst: boolean | null, lang: UiLang): ClimateRow | null {
  const months = [...MONTHS, 'year'];
  const metric = months.map((month) => args.get(`${month} ${m.key} ${u.metric}`) ?? '');
  const imperial = months.map((month) => args.get(`${month} ${m.key} ${u.imperial}`) ?? '');
  const metricCount = metric.filter((v) => v !== '').length;
  const imperialCount = imperial.filter((v) => v !== '').length;
  if (metricCount === 0 && imperialCount === 0) return null;
  const givenMetric = metricCount >= imperialCount;
  // The year value the call leaves out, from the months in the unit they are given in.
  const source = givenMetric ? metric : imperial;
  if (source[12] === '') {
    const year = yearOf(source.slice(0, 12).map((v) => (v === '' ? null : reading(v))), m.year);
    if (year) source[12] = format(year.value, year.decimals);
  }
  const values: string[] = [];
  const first = metricFirst ?? givenMetric;
  for (let i = 0; i < 13; i++) {
    let a = metric[i]!;
    let b = imperial[i]!;
    if (a === '' && b !== '') {
      const r = reading(b);
      if (r) a = format(u.toMetric(r.value), r.decimals - u.imperialDecimals);
    } else if (b === '' && a !== '') {
      const r = reading(a);
      if (r) b = format(u.toImperial(r.value), r.decimals + u.imperialDecimals);
    }
    const [p, s] = first ? [a, b] : [b, a];
    values.push(p === '' ? s : s === '' ? p : `${p} (${s})`);
  }
  const unit = first ? `${u.metricLabel} (${u.imperialLabel})` : `${u.imperialLabel} (${u.metricLabel})`;
  return { label: `${m.label[lang]} ${unit}`, values };
}
