/**
 * Calendar dates as the wikis print them: zh/ja `1990年5月3日`, en `May 3, 1990` or `3 May 1990`,
 * uk `3 травня 1990`. Plus reading the date strings editors write in citations.
 */
import type { UiLang } from './util.js';

export interface YMD {
  y: number;
  /** 1–12, or 0 when only the year is known. */
  m: number;
  /** 1–31, or 0 when unknown. */
  d: number;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UK_MONTHS_GEN = ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'];
/** uk month name in the genitive ("березня"), as dates print it; '' outside 1–12. */
export function ukMonthGenitive(m: number): string {
  return UK_MONTHS_GEN[m - 1] ?? '';
}
const UK_MONTHS_NOM = ['січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень'];

/** English month names and abbreviations → 1–12. */
const MONTH_BY_NAME = new Map<string, number>();
EN_MONTHS.forEach((name, i) => {
  MONTH_BY_NAME.set(name.toLowerCase(), i + 1);
  MONTH_BY_NAME.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_BY_NAME.set('sept', 9);
UK_MONTHS_GEN.forEach((name, i) => MONTH_BY_NAME.set(name, i + 1));
UK_MONTHS_NOM.forEach((name, i) => MONTH_BY_NAME.set(name, i + 1));

/** A month argument: "5", "05", "May", "五月" is not supported (rare). Returns 0 when unreadable. */
export function monthNumber(v: string | undefined): number {
  if (!v) return 0;
  const t = v.trim();
  const n = toInt(t);
  if (n !== null) return n >= 1 && n <= 12 ? n : 0;
  const stripped = t.endsWith('月') ? t.slice(0, -1) : t;
  const n2 = toInt(stripped);
  if (n2 !== null) return n2 >= 1 && n2 <= 12 ? n2 : 0;
  return MONTH_BY_NAME.get(t.toLowerCase().replace(/\.$/, '')) ?? 0;
}

/** A decimal integer (ASCII or full-width digits, optional sign), else null. */
export function toInt(s: string): number | null {
  const t = s.trim();
  if (t === '') return null;
  let i = 0;
  let neg = false;
  if (t.charCodeAt(0) === 45 || t.charCodeAt(0) === 0x2212) {
    neg = true;
    i = 1;
  }
  let n = 0;
  if (i >= t.length) return null;
  for (; i < t.length; i++) {
    let c = t.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xff10 - 48;
    if (c < 48 || c > 57) return null;
    n = n * 10 + (c - 48);
  }
  return neg ? -n : n;
}

/** Year, month, day arguments of `{{birth date|y|m|d}}` and friends; null when the year is unreadable. */
export function ymdFromParts(y: string | undefined, m: string | undefined, d: string | undefined): YMD | null {
  if (y === undefined) return null;
  const ys = y.trim();
  const yn = toInt(ys.endsWith('年') ? ys.slice(0, -1) : ys);
  if (yn === null) return parseDate(ys);
  const mn = monthNumber(m);
  let dn = 0;
  if (mn && d !== undefined) {
    const ds = d.trim();
    dn = toInt(ds.endsWith('日') ? ds.slice(0, -1) : ds) ?? 0;
    if (dn < 1 || dn > 31) dn = 0;
  }
  return { y: yn, m: mn, d: dn };
}

const ISO = /^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T[\d:]+Z?)?$/;
const CJK_DATE = /^(\d{1,4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/;
const DMY = /^(\d{1,2})\s+([A-Za-zА-Яа-яІіЇїЄєҐґ]+)\.?,?\s+(\d{1,4})$/;
const MDY = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{1,4})$/;
const MY = /^([A-Za-z]+)\.?,?\s+(\d{3,4})$/;
const YEAR = /^(\d{3,4})$/;

/** Read a date the way editors write them in citations; null when it is not a plain calendar date. */
export function parseDate(s: string): YMD | null {
  const t = s.trim();
  let m = ISO.exec(t);
  if (m) return checked(+m[1]!, m[2] ? +m[2] : 0, m[3] ? +m[3] : 0);
  if ((m = CJK_DATE.exec(t))) return checked(+m[1]!, m[2] ? +m[2] : 0, m[3] ? +m[3] : 0);
  if ((m = DMY.exec(t))) return checked(+m[3]!, monthNumber(m[2]), +m[1]!);
  if ((m = MDY.exec(t))) return checked(+m[3]!, monthNumber(m[1]), +m[2]!);
  if ((m = MY.exec(t))) return checked(+m[2]!, monthNumber(m[1]), 0);
  if ((m = YEAR.exec(t))) return { y: +m[1]!, m: 0, d: 0 };
  return null;
}

function checked(y: number, m: number, d: number): YMD | null {
  if (m < 0 || m > 12 || d < 0 || d > 31 || (m === 0 && d !== 0)) return null;
  return { y, m, d };
}

export type DateOrder = 'mdy' | 'dmy' | 'iso';

/** Format a date in the page language. `order` matters for English only (mf=y / df=y). */
export function formatDate(date: YMD, lang: UiLang, order: DateOrder = 'mdy'): string {
  const { y, m, d } = date;
  switch (lang) {
    case 'zh':
    case 'ja':
      return `${y}年` + (m ? `${m}月` + (d ? `${d}日` : '') : '');
    case 'ko':
      return `${y}년` + (m ? ` ${m}월` + (d ? ` ${d}일` : '') : '');
    case 'uk':
      if (!m) return String(y);
      return d ? `${d} ${UK_MONTHS_GEN[m - 1]} ${y}` : `${UK_MONTHS_NOM[m - 1]} ${y}`;
    default: {
      if (order === 'iso') return [String(y).padStart(4, '0'), m ? pad2(m) : '', d ? pad2(d) : ''].filter(Boolean).join('-');
      if (!m) return String(y);
      const month = EN_MONTHS[m - 1]!;
      if (!d) return `${month} ${y}`;
      return order === 'dmy' ? `${d} ${month} ${y}` : `${month} ${d}, ${y}`;
    }
  }
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Whole years between two dates (the age on `to` of someone born on `from`). */
export function yearsBetween(from: YMD, to: YMD): number {
  let age = to.y - from.y;
  if (from.m && to.m) {
    if (to.m < from.m || (to.m === from.m && from.d && to.d && to.d < from.d)) age--;
  }
  return age;
}

export function today(now: Date | undefined): YMD {
  const d = now ?? new Date();
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/**
 * A citation date in the page language's style where the wiki reformats it (ja prints
 * `2011年7月25日`); zh and en keep what the editor wrote, as their citation modules do.
 */
export function citationDate(s: string, lang: UiLang): string {
  if (lang !== 'ja') return s;
  const d = parseDate(s);
  return d ? formatDate(d, 'ja') : s;
}
