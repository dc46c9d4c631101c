/**
 * Reading `#time`'s date argument the way PHP's DateTime constructor reads the forms people
 * write in templates: ISO dates and times, "15 January 2001", "January 15, 2001", "2001/1/15",
 * "@unix", compact "20010115000000", keywords (now, today, tomorrow, yesterday, noon, midnight),
 * relative offsets ("+1 day", "3 weeks ago", "next monday", "first day of next month"), and a
 * trailing time zone. Anything else is invalid (MediaWiki prints "Error: invalid time").
 */
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from './datenames.js';
import { instantOf, UTC, wallTime, zoneByName, type Zone } from './zones.js';

interface Parsed {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  timestamp?: number;
  zone?: Zone;
  rel: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  weekday?: { dow: number; behaviour: 'this' | 'next' | 'last' };
  dayOf?: 'first' | 'last';
  resetTime: boolean;
  /** A date was read: PHP rejects a second one ("Double date specification"), as in "19 Aug 2008-4 Sep 2010". */
  haveDate?: boolean;
  /** Something was read that PHP would stop at ("Unexpected character"): the input is invalid. */
  invalid?: boolean;
}

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const UNIT = '(sec|secs|second|seconds|min|mins|minute|minutes|hour|hours|day|days|week|weeks|fortnight|fortnights|month|months|year|years|weekday|weekdays)';
const WEEKDAY = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)';

type Rule = [RegExp, (m: RegExpExecArray, p: Parsed) => boolean];

const setDate = (p: Parsed, y: number | undefined, mo: number, d: number, minMonth = 1): boolean => {
  if (mo < minMonth || mo > 12 || d < 0 || d > 31 || p.haveDate) return false;
  p.haveDate = true;
  if (y !== undefined) p.year = y;
  p.month = mo;
  p.day = d;
  return true;
};
const setTime = (p: Parsed, h: number, mi: number, s: number, ampm?: string): boolean => {
  if (ampm) {
    if (h < 1 || h > 12) return false;
    if (ampm.startsWith('a')) h = h === 12 ? 0 : h;
    else h = h === 12 ? 12 : h + 12;
  }
  if (h > 24 || mi > 59 || s > 60) return false;
  p.hour = h;
  p.minute = mi;
  p.second = s;
  return true;
};
const month = (name: string): number => ENGLISH_MONTHS.get(name)!;

function addRelative(p: Parsed, n: number, unit: string): boolean {
  const u = unit.replace(/s$/, '');
  switch (u) {
    case 'sec': case 'second': p.rel.second += n; return true;
    case 'min': case 'minute': p.rel.minute += n; return true;
    case 'hour': p.rel.hour += n; return true;
    case 'day': case 'weekday': p.rel.day += n; return true;
    case 'week': p.rel.day += 7 * n; return true;
    case 'fortnight': p.rel.day += 14 * n; return true;
    case 'month': p.rel.month += n; return true;
    case 'year': p.rel.year += n; return true;
  }
  return false;
}

// Each rule is tried at the current position (sticky); the first that matches and accepts wins.
const RULES: Rule[] = [
  [/@(-?\d+)(?:\.\d+)?/y, (m, p) => ((p.timestamp = Number(m[1]) * 1000), true)],
  // Month 00 rolls back here too (2020-00-10T10:00 is iso8601date4 then a time: 2019-12-10 10:00).
  [/(\d{4})-(\d{1,2})-(\d{1,2})t(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?/y,
    (m, p) => setDate(p, +m[1]!, +m[2]!, +m[3]!, 0) && setTime(p, +m[4]!, +m[5]!, +(m[6] ?? 0))],
  [/(\d{4})(\d{2})(\d{2})t?(\d{2}):?(\d{2}):?(\d{2})(?!\d)/y,
    (m, p) => setDate(p, +m[1]!, +m[2]!, +m[3]!) && setTime(p, +m[4]!, +m[5]!, +m[6]!)],
  [/(\d{4})(\d{2})(\d{2})(?!\d)/y, (m, p) => setDate(p, +m[1]!, +m[2]!, +m[3]!)],
  // Year-month-day with dashes (timelib's iso8601date4 / gnudateshort): month 00 and day 00 are
  // read and roll back (2020-00-10 is 2019-12-10); a month over 12 or a day over 31 leaves a
  // character no format reads, so the whole date is invalid rather than read some other way.
  [/([+-]?\d{4,})-(\d{1,2})-(\d{1,2})(?!\d)/y, (m, p) => {
    if (+m[2]! > 12 || +m[3]! > 31) return (p.invalid = true);
    return setDate(p, +m[1]!, +m[2]!, +m[3]!, 0);
  }],
  [/(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/y, (m, p) => setDate(p, +m[1]!, +m[2]!, +m[3]!)],
  [/(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/y, (m, p) => setDate(p, fullYear(m[3]!), +m[1]!, +m[2]!)],
  [/(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?!\d)/y, (m, p) => setDate(p, +m[3]!, +m[2]!, +m[1]!)],
  // Year-month (gnudateshorter, month "0"?[0-9] | "1"[0-2]): 2020-00 is 2019-12-01; 2020-13 reads
  // "2020-1" and stops at the "3", so it is invalid rather than a year and a zone offset.
  [/(\d{4})-(\d{1,2})(?![\d:])/y, (m, p) => (+m[2]! > 12 ? (p.invalid = true) : setDate(p, +m[1]!, +m[2]!, 1, 0))],
  [/(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?(?![a-z]))?/y,
    (m, p) => setTime(p, +m[1]!, +m[2]!, +(m[3] ?? 0), m[4])],
  [/(\d{1,2})\s*([ap])\.?m\.?(?![a-z])/y, (m, p) => setTime(p, +m[1]!, 0, 0, m[2])],
  [new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t.-]*${MONTH}(?:[ \\t.,-]*(\\d{4}))?(?![a-z\\d])`, 'y'),
    (m, p) => setDate(p, m[3] !== undefined ? +m[3] : undefined, month(m[2]!), +m[1]!)],
  [new RegExp(`${MONTH}[ \\t.-]*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?[ \\t]*(\\d{4})(?![\\d:]))?`, 'y'),
    (m, p) => setDate(p, m[3] !== undefined ? +m[3] : undefined, month(m[1]!), +m[2]!)],
  [new RegExp(`${MONTH}[ \\t.,-]*(\\d{4})(?!\\d)`, 'y'), (m, p) => setDate(p, +m[2]!, month(m[1]!), 1)],
  [new RegExp(`${MONTH}(?![a-z])`, 'y'), (m, p) => setDate(p, undefined, month(m[1]!), p.day ?? 1)],
  [/(\d{4})(?![\d:])/y, (m, p) => ((p.year = +m[1]!), true)],
  [new RegExp(`([+-]?)\\s*(\\d+)\\s*${UNIT}(?![a-z])(\\s+ago)?`, 'y'), (m, p) => {
    let n = Number(m[2]) * (m[1] === '-' ? -1 : 1);
    if (m[4]) n = -n;
    return addRelative(p, n, m[3]!);
  }],
  [new RegExp(`(first|last) day of(?![a-z])`, 'y'), (m, p) => ((p.dayOf = m[1] as 'first' | 'last'), (p.resetTime = true), true)],
  [new RegExp(`(next|last|previous|this)\\s+${UNIT}(?![a-z])`, 'y'),
    (m, p) => addRelative(p, m[1] === 'next' ? 1 : m[1] === 'this' ? 0 : -1, m[2]!)],
  [new RegExp(`(next|last|previous|this)\\s+${WEEKDAY}(?![a-z])`, 'y'), (m, p) => {
    p.weekday = { dow: ENGLISH_WEEKDAYS.get(m[2]!.slice(0, 3))!, behaviour: m[1] === 'previous' ? 'last' : (m[1] as 'next' | 'last' | 'this') };
    p.resetTime = true;
    return true;
  }],
  [new RegExp(`${WEEKDAY}(?![a-z])`, 'y'), (m, p) => {
    p.weekday = { dow: ENGLISH_WEEKDAYS.get(m[1]!.slice(0, 3))!, behaviour: 'this' };
    p.resetTime = true;
    return true;
  }],
  [/(now)(?![a-z])/y, () => true],
  [/(today|midnight)(?![a-z])/y, (_m, p) => ((p.resetTime = true), true)],
  [/(noon)(?![a-z])/y, (_m, p) => setTime(p, 12, 0, 0)],
  [/(tomorrow)(?![a-z])/y, (_m, p) => ((p.rel.day += 1), (p.resetTime = true), true)],
  [/(yesterday)(?![a-z])/y, (_m, p) => ((p.rel.day -= 1), (p.resetTime = true), true)],
  [/([+-]\d{2}:?\d{2}|[+-]\d{1,2})(?![\d:])/y, (m, p) => {
    const z = zoneByName(m[1]!);
    return z ? ((p.zone = z), true) : false;
  }],
  [/([a-z]+(?:\/[a-z_+-]+)+)/y, (m, p) => {
    const z = zoneByName(m[1]!);
    return z ? ((p.zone = z), true) : false;
  }],
  [/([a-z]{1,5})(?![a-z])/y, (m, p) => {
    const z = zoneByName(m[1]!);
    return z ? ((p.zone = z), true) : false;
  }],
];

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Parse a `#time` date argument; null when PHP would reject it. */
export function parseDateInput(input: string, now: Date): number | null {
  let text = input.trim().toLowerCase();
  if (text === '') return now.getTime();
  // MediaWiki: a lone four-digit number is a year, not a time of day.
  if (/^\d{4}$/.test(text)) text = '00:00 ' + text;
  const p: Parsed = { rel: { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }, resetTime: false };
  let pos = 0;
  let guard = 0;
  while (pos < text.length) {
    if (++guard > 64) return null;
    const c = text.charCodeAt(pos);
    if (c === 0x20 || c === 0x09 || c === 0x2c || c === 0x0a) {
      pos++;
      continue;
    }
    let matched = false;
    const hadDate = p.haveDate;
    for (const [re, accept] of RULES) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length > 0 && accept(m, p)) {
        pos += m[0].length;
        matched = true;
        break;
      }
      // A rule that read a date and then refused its time read none.
      p.haveDate = hadDate;
    }
    if (!matched || p.invalid) return null;
  }
  return compose(p, now);
}

function compose(p: Parsed, now: Date): number | null {
  const zone = p.zone ?? UTC;
  let base: number;
  if (p.timestamp !== undefined) {
    base = p.timestamp;
  } else {
    const w = wallTime(now.getTime(), zone);
    let { year, month, day, hour, minute, second } = w;
    const dateGiven = p.month !== undefined || p.day !== undefined;
    if (p.year !== undefined) year = p.year;
    if (p.month !== undefined) month = p.month;
    if (p.day !== undefined) day = p.day;
    if (p.hour !== undefined) {
      hour = p.hour;
      minute = p.minute ?? 0;
      second = p.second ?? 0;
    } else if (dateGiven || p.resetTime) {
      hour = minute = second = 0;
    }
    base = instantOf(year, month, day, hour, minute, second, zone);
  }
  const r = p.rel;
  if (r.year || r.month || r.day || r.hour || r.minute || r.second || p.weekday || p.dayOf) {
    const w = wallTime(base, zone);
    let day = w.day + r.day;
    const monthIndex = w.month + r.month;
    if (p.dayOf === 'first') day = 1;
    else if (p.dayOf === 'last') day = daysInMonth(w.year + r.year + Math.floor((monthIndex - 1) / 12), ((monthIndex - 1) % 12 + 12) % 12 + 1);
    let ms = instantOf(w.year + r.year, monthIndex, day, w.hour + r.hour, w.minute + r.minute, w.second + r.second, zone);
    if (p.weekday) {
      const cur = wallTime(ms, zone);
      let delta = (p.weekday.dow - cur.weekday + 7) % 7;
      if (p.weekday.behaviour === 'next' && delta === 0) delta = 7;
      if (p.weekday.behaviour === 'last') delta = delta === 0 ? -7 : delta - 7;
      ms = instantOf(cur.year, cur.month, cur.day + delta, cur.hour, cur.minute, cur.second, zone);
    }
    base = ms;
  }
  return Number.isFinite(base) ? base : null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
