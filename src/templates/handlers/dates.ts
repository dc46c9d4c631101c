/**
 * Date templates: `{{birth date|1990|5|3}}` → zh `1990年5月3日`; `{{birth date and age}}` adds
 * `（35岁）`; `{{death date and age}}` the age at death; zh `{{bd|…}}` life spans; `{{start date}}`,
 * `{{dts}}`, `{{age}}`, `{{marriage}}`; the ja names (`生年月日と年齢` …).
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { formatDate, parseDate, today, ukMonthGenitive, yearsBetween, ymdFromParts, type DateOrder, type YMD } from '../datefmt.js';
import { arg, DROP, inline, inlineOrDrop, inlineResult, isYes, join, plain, pos, text, uiLang, type UiLang } from '../util.js';

function order(call: TemplateCall): DateOrder {
  if (isYes(arg(call, ['df']))) return 'dmy';
  return 'mdy';
}

/** Date from positional arguments starting at `from` (y, m, d), or one ISO-like string there. */
function dateAt(call: TemplateCall, ctx: TemplateContext, from: number): YMD | null {
  const y = plain(ctx, pos(call, from));
  if (!y) return null;
  return ymdFromParts(y, plain(ctx, pos(call, from + 1)) || undefined, plain(ctx, pos(call, from + 2)) || undefined);
}

const AGE: Record<UiLang, (n: number) => string> = {
  zh: (n) => `（${n}岁）`,
  ja: (n) => `（${n}歳）`,
  en: (n) => ` (age ${n})`,
  uk: (n) => ` (${n} р.)`,
  ko: (n) => ` (${n}세)`,
};

const AGE_AT_DEATH: Record<UiLang, (n: number) => string> = {
  zh: (n) => `（${n}岁）`,
  ja: (n) => `（${n}歳没）`,
  en: (n) => ` (aged ${n})`,
  uk: (n) => ` (${n} р.)`,
  ko: (n) => ` (${n}세)`,
};

/** `{{birth date|y|m|d}}`, `{{start date|y|m|d|h|min}}`, `{{dts|…}}`: the date in the page's style. */
function plainDate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const d = dateAt(call, ctx, 1);
  if (!d) return inlineOrDrop(inline(ctx, pos(call, 1)));
  let s = formatDate(d, uiLang(ctx), order(call));
  const h = plain(ctx, pos(call, 4));
  const min = plain(ctx, pos(call, 5));
  if (h && min && call.name.toLowerCase().startsWith('start')) s += ` ${h.padStart(2, '0')}:${min.padStart(2, '0')}`;
  return inlineResult([text(s)]);
}

/**
 * uk `{{ДН|14|3|1854}}` (day, month, year) → "14 березня 1854". Arguments 4–6 are the same day in
 * the Julian calendar (day; month and year when they differ), which the wiki prints first with the
 * Gregorian date in brackets: `{{ДН|14|3|1854|2}}` → "2 (14) березня 1854", `{{ДН|9|3|1814|25|2}}`
 * → "25 лютого (9 березня) 1814", `{{ДН|8|1|1901|26|12|1900}}` → "26 грудня 1900 (8 січня 1901)"
 * (uk 0099 Шевченко's lead had lost the Old Style date).
 */
function dayMonthYear(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const d = ymdFromParts(plain(ctx, pos(call, 3)), plain(ctx, pos(call, 2)) || undefined, plain(ctx, pos(call, 1)) || undefined);
  if (!d) return DROP;
  const od = Number(plain(ctx, pos(call, 4)));
  const om = Number(plain(ctx, pos(call, 5)) || d.m);
  const oy = Number(plain(ctx, pos(call, 6)) || d.y);
  const julian = uiLang(ctx) === 'uk' && d.d > 0 && d.m > 0 && od >= 1 && od <= 31 && ukMonthGenitive(om) !== '' && Number.isInteger(oy);
  if (!julian) return inlineResult([text(formatDate(d, uiLang(ctx)))]);
  const month = ukMonthGenitive(d.m);
  let s: string;
  if (oy !== d.y) s = `${od} ${ukMonthGenitive(om)} ${oy} (${d.d} ${month} ${d.y})`;
  else if (om !== d.m) s = `${od} ${ukMonthGenitive(om)} (${d.d} ${month}) ${d.y}`;
  else s = `${od} (${d.d}) ${month} ${d.y}`;
  return inlineResult([text(s)]);
}

/** `{{birth date and age|y|m|d}}` → "1990年5月3日（35岁）". */
function birthDateAndAge(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const d = dateAt(call, ctx, 1);
  if (!d) return inlineOrDrop(inline(ctx, pos(call, 1)));
  const lang = uiLang(ctx);
  // ja `{{生年月日と年齢|1935|1|8|died}}`: any fourth argument ("no", "died") leaves the age out —
  // the person has died, or lived centuries ago (Spinoza would be "393歳").
  if (call.name === '生年月日と年齢' && plain(ctx, pos(call, 4))) return inlineResult([text(formatDate(d, lang, order(call)))]);
  const age = yearsBetween(d, today(ctx.now));
  return inlineResult([text(formatDate(d, lang, order(call)) + AGE[lang](age))]);
}

/** `{{death date and age|dy|dm|dd|by|bm|bd}}` → "1961年6月30日（87岁）". */
function deathDateAndAge(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const death = dateAt(call, ctx, 1);
  if (!death) return inlineOrDrop(inline(ctx, pos(call, 1)));
  const lang = uiLang(ctx);
  const birth = dateAt(call, ctx, 4);
  const s = formatDate(death, lang, order(call)) + (birth ? AGE_AT_DEATH[lang](yearsBetween(birth, death)) : '');
  return inlineResult([text(s)]);
}

/** ja `{{死亡年月日と没年齢|by|bm|bd|dy|dm|dd}}`: birth first. */
function deathDateAndAgeBirthFirst(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const birth = dateAt(call, ctx, 1);
  const death = dateAt(call, ctx, 4);
  if (!death) return DROP;
  const lang = uiLang(ctx);
  return inlineResult([text(formatDate(death, lang) + (birth ? AGE_AT_DEATH[lang](yearsBetween(birth, death)) : ''))]);
}

/** `{{birth year and age|1950}}`, `{{death year and age|2000|1920}}`. */
function yearAndAge(death: boolean): TemplateHandler {
  return (call, ctx) => {
    const y = dateAt(call, ctx, 1);
    if (!y) return DROP;
    const lang = uiLang(ctx);
    const year: YMD = { y: y.y, m: 0, d: 0 };
    if (death) {
      const born = dateAt(call, ctx, 2);
      const s = formatDate(year, lang) + (born ? AGE_AT_DEATH[lang](y.y - born.y) : '');
      return inlineResult([text(s)]);
    }
    return inlineResult([text(formatDate(year, lang) + AGE[lang](today(ctx.now).y - y.y))]);
  };
}

/** `{{age|y|m|d}}` (age today) or `{{age|y1|m1|d1|y2|m2|d2}}`: the number of whole years. */
function age(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const from = dateAt(call, ctx, 1);
  if (!from) return DROP;
  const to = dateAt(call, ctx, 4) ?? today(ctx.now);
  return inlineResult([text(String(yearsBetween(from, to)))]);
}

/**
 * The two dates of `{{age in years}}` / `{{age in years and days}}`: positional parts, three for
 * each date (`|1022|3|23|1063|4|30`, how 宋仁宗's box writes its reign), or two whole dates
 * (`|1950|2000`); a missing second date is today, as in Module:Age. A third part marks the parts
 * form: `|1989|7|23` (a birth date, age today) was read as the whole dates 1989 and 7 ("-1982").
 */
function twoDates(call: TemplateCall, ctx: TemplateContext): [YMD, YMD] | null {
  const parts = pos(call, 3) !== undefined;
  const a = parts ? dateAt(call, ctx, 1) : parseDate(plain(ctx, pos(call, 1)));
  if (!a) return null;
  const second = parts ? pos(call, 4) : pos(call, 2);
  const b = second?.trim() ? (parts ? dateAt(call, ctx, 4) : parseDate(plain(ctx, second))) : today(ctx.now);
  return b ? [a, b] : null;
}

/** `{{age in years|1950|2000}}`, `{{age in years|1989|7|23|2003|7|14}}`: the whole years between. */
function ageInYears(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const d = twoDates(call, ctx);
  return d ? inlineResult([text(String(yearsBetween(d[0], d[1])))]) : DROP;
}

/** Days since a fixed origin in the proleptic Gregorian calendar (any year, unlike Date.UTC's 0–99 → 19xx). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
}

const YEARS_AND_DAYS: Partial<Record<UiLang, (y: number, d: number) => string>> = {
  zh: (y, d) => `${y}年${d}天`,
  ja: (y, d) => `${y}年${d}日`,
  en: (y, d) => `${y} year${y === 1 ? '' : 's'}, ${d} day${d === 1 ? '' : 's'}`,
};

/**
 * `{{age in years and days|1022|3|23|1063|4|30}}` → zh "41年38天": the whole years, then the days
 * since the last anniversary. The six parts were read as two whole dates, years 1022 and 3, and
 * printed "-1019" (宋仁宗's 在位). Wikis without a known wording keep the years alone.
 */
function ageInYearsAndDays(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const d = twoDates(call, ctx);
  if (!d) return DROP;
  const [a, b] = d;
  const years = yearsBetween(a, b);
  const word = YEARS_AND_DAYS[uiLang(ctx)];
  if (!word || years < 0 || !a.m || !a.d || !b.m || !b.d) return inlineResult([text(String(years))]);
  // The last anniversary is the first date's month and day, `years` later; 29 February falls on
  // 1 March in a common year (the day count runs on).
  const since = dayNumber(b.y, b.m, b.d) - dayNumber(a.y + years, a.m, a.d);
  if (since < 0) return inlineResult([text(String(years))]);
  return inlineResult([text(word(years, since))]);
}

/**
 * zh `{{bd|1873年|8月26日|1961年|7月30日|catIdx=…}}` → "1873年8月26日—1961年7月30日". The dash
 * stands even without a death date: a living person reads "1980年6月2日—", zh.wikipedia's style
 * for the living (its documentation: the template exists to print the standard 连接号).
 */
function bd(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const birth = [...inline(ctx, pos(call, 1)), ...inline(ctx, pos(call, 2))];
  const death = [...inline(ctx, pos(call, 3)), ...inline(ctx, pos(call, 4))];
  if (!birth.length && !death.length) return DROP;
  return inlineResult([...birth, text('—'), ...death]);
}

/** How a marriage ended (`end=`), as the wiki words it; '' when the value is unknown or absent. */
type MarriageEnd = 'div' | 'died' | 'sep' | '';

function marriageEnd(v: string): MarriageEnd {
  const s = v.trim().toLowerCase().replace(/\.$/, '');
  if (s === 'div' || s === 'divorced' || s === 'divorce' || s === '离婚' || s === '離婚' || s === 'розлучення') return 'div';
  if (s === 'died' || s === 'd' || s === 'death' || s === '逝世' || s === '去世' || s === '死別' || s === 'смерть') return 'died';
  if (s === 'sep' || s === 'separated' || s === '分居') return 'sep';
  return '';
}

const END_WORD: Record<UiLang, Record<Exclude<MarriageEnd, ''>, string>> = {
  zh: { div: '离婚', died: '丧偶', sep: '分居' },
  ja: { div: '離婚', died: '死別', sep: '別居' },
  en: { div: 'div.', died: 'died', sep: 'sep.' },
  uk: { div: 'розлучення', died: 'смерть', sep: 'окремо' },
  ko: { div: '이혼', died: '사별', sep: '별거' },
};

/**
 * "（1907年结婚—1911年离婚）", " (m. 1907; div. 1911)": the start, then the end with how it ended
 * when `end=` says so (en separates the two with "; " then, a plain range otherwise).
 */
function marriedText(lang: UiLang, start: string, end: string, how: MarriageEnd): string {
  const word = how && end ? END_WORD[lang][how] : '';
  switch (lang) {
    case 'zh':
      return `（${start}结婚${end ? '—' + end + word : ''}）`;
    case 'ja':
      return `（${start}結婚${end ? '—' + end + word : ''}）`;
    case 'en':
      return ` (m. ${start}${end ? (word ? `; ${word} ${end}` : '–' + end) : ''})`;
    case 'uk':
      return ` (шлюб ${start}${end ? '—' + end + (word ? ', ' + word : '') : ''})`;
    case 'ko':
      return ` (${start} 결혼${end ? '—' + end + (word ? ' ' + word : '') : ''})`;
  }
}

/** `{{marriage|Name|1907|1911|end=div}}` → "Name（1907年结婚—1911年离婚）". */
function marriage(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const who = inline(ctx, pos(call, 1));
  const lang = uiLang(ctx);
  const year = (v: string | undefined): string => {
    const p = plain(ctx, v);
    const d = p ? parseDate(p) : null;
    return d ? formatDate(d, lang, 'dmy') : p;
  };
  const start = year(pos(call, 2));
  const end = year(pos(call, 3));
  const out: Inline[] = [...who];
  if (start) out.push(text(marriedText(lang, start, end, marriageEnd(arg(call, ['end', 'reason']) ?? ''))));
  return inlineOrDrop(out);
}

/** ja `{{没年齢|1949|12|21|2022|10|30}}` (birth, then death) → "満72歳没". */
function ageAtDeath(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const birth = dateAt(call, ctx, 1);
  const death = dateAt(call, ctx, 4);
  if (!birth || !death) return DROP;
  return inlineResult([text(`満${yearsBetween(birth, death)}歳没`)]);
}

/**
 * uk `{{OldStyleDate|26|квітня|1795|15}}`: a date in both calendars, the Julian (old-style) day
 * first and the Gregorian in brackets, "15 (26) квітня 1795"; differing months or years are
 * spelt out on both sides: "21 грудня 1795 (1 січня 1796)".
 */
function oldStyleDate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const day = plain(ctx, pos(call, 1));
  const month = plain(ctx, pos(call, 2));
  const year = plain(ctx, pos(call, 3));
  const oldDay = plain(ctx, pos(call, 4));
  const oldMonth = plain(ctx, pos(call, 5));
  const oldYear = plain(ctx, pos(call, 6));
  if (!day && !month) return DROP;
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  if (!oldDay) return inlineResult([text(join(day, month, year))]);
  if ((!oldMonth || oldMonth === month) && (!oldYear || oldYear === year)) return inlineResult([text(join(`${oldDay} (${day})`, month, year))]);
  return inlineResult([text(`${join(oldDay, oldMonth || month, oldYear || (oldMonth ? '' : year))} (${join(day, month, year)})`)]);
}

/** `{{film date|1925|11|15|location}}`: the date (and place). */
function filmDate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const d = dateAt(call, ctx, 1);
  if (!d) return DROP;
  const lang = uiLang(ctx);
  const parts: Inline[][] = [[text(formatDate(d, lang, order(call)))]];
  const place = inline(ctx, pos(call, 4));
  if (place.length) parts.push(lang === 'zh' || lang === 'ja' ? [text('（'), ...place, text('）')] : [text('('), ...place, text(')')]);
  return inlineResult(join(parts, lang === 'zh' || lang === 'ja' ? '' : ' '));
}

/**
 * `{{As of|2021|post=,}}` → "As of 2021," (enwiki's wording; `lc=y` lower-cases it, `since=y`
 * reads "Since", `alt=` replaces the words and date, `post=` follows them). ukwiki pages call the
 * enwiki name; the Ukrainian wording is that of ukwiki's `{{Станом на}}` family.
 */
const AS_OF: Partial<Record<UiLang, { asOf: string; since: string }>> = {
  en: { asOf: 'As of', since: 'Since' },
  uk: { asOf: 'Станом на', since: 'Починаючи з' },
};

function asOf(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const post = inline(ctx, arg(call, ['post']));
  const alt = inline(ctx, arg(call, ['alt']));
  if (alt.length) return inlineResult([...alt, ...post]);
  const d = dateAt(call, ctx, 1);
  const words = AS_OF[uiLang(ctx)];
  if (!d || !words) return DROP;
  let lead = isYes(arg(call, ['since'])) ? words.since : words.asOf;
  if (isYes(arg(call, ['lc']))) lead = lead.charAt(0).toLowerCase() + lead.slice(1);
  return inlineResult([text(`${lead} ${formatDate(d, uiLang(ctx), (arg(call, ['df']) ?? '').toUpperCase() === 'US' ? 'mdy' : 'dmy')}`), ...post]);
}

export const DATE_ENTRIES: HandlerEntry[] = [
  {
    family: 'date',
    names: [
      'Birth date', 'Death date', 'Start date', 'End date', 'Dts', 'Date', 'Birth-date', 'Death-date', 'Dob',
      'Start-date', 'End-date', 'Release date', 'Date and time', '出生日期', '逝世日期', '死亡日期', '开始日期', '開始日期',
      '生年月日', '没年月日', 'Дата народження', 'Дата смерті', 'Start date and age', 'Start-date and age', 'Дата релізу та вік',
      'Дата релізу',
    ],
    handler: plainDate,
  },
  { family: 'date', names: ['Birth date and age', 'Bda', 'Birth date and age2', 'Birthdate and age', '出生日期和年龄', '出生日期與年齡', '生年月日と年齢', 'Дата народження і вік'], handler: birthDateAndAge },
  { family: 'date', names: ['Death date and age', 'Dda', 'Death date and given age', '逝世日期和年龄', '逝世日期與年齡', '死亡日期和年龄'], handler: deathDateAndAge },
  { family: 'date', names: ['死亡年月日と没年齢', '没年月日と年齢'], handler: deathDateAndAgeBirthFirst },
  { family: 'date', names: ['Birth year and age', 'Birth-year and age'], handler: yearAndAge(false) },
  { family: 'date', names: ['Death year and age', 'Death-year and age'], handler: yearAndAge(true) },
  { family: 'date', names: ['Age', 'Age in years, months and days', 'Age nts', '年龄', '年齢'], handler: age },
  { family: 'date', names: ['Age in years', 'Years ago'], handler: ageInYears },
  { family: 'date', names: ['Age in years and days'], handler: ageInYearsAndDays },
  { family: 'date', names: ['Bd', '生卒年'], langs: ['zh'], handler: bd },
  { family: 'date', names: ['Marriage', 'Married', '婚姻'], handler: marriage },
  { family: 'date', names: ['Film date'], handler: filmDate },
  { family: 'date', names: ['没年齢'], langs: ['ja'], handler: ageAtDeath },
  { family: 'date', names: ['OldStyleDate', 'OldStyleDateDY', 'OldStyleDateNY'], handler: oldStyleDate },
  { family: 'date', names: ['Дата'], langs: ['uk'], handler: plainDate },
  { family: 'date', names: ['As of', 'Asof'], langs: ['en', 'uk'], handler: asOf },
  { family: 'date', names: ['ДН', 'ДН2', 'ДС', 'ДС2'], langs: ['uk'], handler: dayMonthYear },
];
