/**
 * `{{#time:}}`, `{{#timel:}}`, `{{#timef:}}`: MediaWiki's date formatting (Language::sprintfDate)
 * over dates read by dateparse.ts. Format characters dDjlNwzWFmMntLoYyaAgGhHiscrUeIOPTZ, the
 * `x` extensions that matter on our wikis (xg genitive month, xn/xN raw digits, xr roman
 * numerals, xx, xkY Thai year, xoY Minguo year, xtY Japanese era), `\` escapes and `"…"` literals.
 */
import { dateNames, hasDateNames } from './datenames.js';
import { daysInMonth, isLeap, parseDateInput } from './dateparse.js';
import { pfMessage } from './messages.js';
import { errorHtml } from './php.js';
import { formatOffset, UTC, wallTime, type WallTime, type Zone } from './zones.js';

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

function dayOfYear(w: WallTime): number {
  return Math.round((Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000);
}

/** ISO-8601 week number and week-numbering year. */
function isoWeek(w: WallTime): { week: number; year: number } {
  const date = new Date(Date.UTC(w.year, w.month - 1, w.day));
  const dow = (w.weekday + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - dow + 3); // Thursday of this week
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86400000));
  return { week, year };
}

function romanNumeral(n: number): string {
  if (n <= 0 || n > 10000) return String(n);
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

// Japanese eras: start date (UTC, y/m/d) and name.
const ERAS: Array<[number, number, number, string]> = [
  [2019, 5, 1, '令和'], [1989, 1, 8, '平成'], [1926, 12, 25, '昭和'], [1912, 7, 30, '大正'], [1873, 1, 1, '明治'],
];

function japaneseEra(w: WallTime): string {
  for (const [y, m, d, name] of ERAS) {
    if (w.year > y || (w.year === y && (w.month > m || (w.month === m && w.day >= d)))) {
      const n = w.year - y + 1;
      return name + (n === 1 ? '元' : String(n));
    }
  }
  return String(w.year);
}

function rfc2822(w: WallTime): string {
  const en = dateNames('en');
  return `${en.weekdaysAbbrev[w.weekday]}, ${pad2(w.day)} ${en.monthsAbbrev[w.month - 1]} ${String(w.year).padStart(4, '0')} ${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)} ${formatOffset(w.offset, false)}`;
}

/** Format an instant with a MediaWiki date format string, in a zone and language. */
export function formatDate(format: string, ms: number, zone: Zone, lang: string): string {
  const w = wallTime(ms, zone);
  const names = dateNames(lang);
  let out = '';
  let raw = false;
  let rawToggle = false;
  let roman = false;
  const len = format.length;
  for (let p = 0; p < len; p++) {
    let code = format[p]!;
    if (code === 'x' && p < len - 1) code += format[++p];
    if ((code === 'xi' || code === 'xj' || code === 'xk' || code === 'xm' || code === 'xo' || code === 'xt') && p < len - 1) code += format[++p];
    let num: string | null = null;
    switch (code) {
      case 'xx': out += 'x'; break;
      case 'xn': raw = true; break;
      case 'xN': rawToggle = !rawToggle; break;
      case 'xr': roman = true; break;
      case 'xh': break;
      case 'xg': out += names.monthsGen[w.month - 1]; break;
      case 'd': num = pad2(w.day); break;
      case 'D': out += names.weekdaysAbbrev[w.weekday]; break;
      case 'j': num = String(w.day); break;
      case 'l': out += names.weekdays[w.weekday]; break;
      case 'F': out += names.months[w.month - 1]; break;
      case 'm': num = pad2(w.month); break;
      case 'M': out += names.monthsAbbrev[w.month - 1]; break;
      case 'n': num = String(w.month); break;
      case 'Y': num = String(w.year).padStart(4, '0'); break;
      case 'y': num = String(w.year).padStart(4, '0').slice(2, 4); break;
      case 'xkY': num = String(w.year + 543); break;
      case 'xoY': num = String(w.year - 1911); break;
      case 'xtY': num = japaneseEra(w); break;
      case 'a': out += w.hour < 12 ? 'am' : 'pm'; break;
      case 'A': out += w.hour < 12 ? 'AM' : 'PM'; break;
      case 'g': num = String(w.hour % 12 || 12); break;
      case 'G': num = String(w.hour); break;
      case 'h': num = pad2(w.hour % 12 || 12); break;
      case 'H': num = pad2(w.hour); break;
      case 'i': num = pad2(w.minute); break;
      case 's': num = pad2(w.second); break;
      case 'c':
        out += `${String(w.year).padStart(4, '0')}-${pad2(w.month)}-${pad2(w.day)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${formatOffset(w.offset, true)}`;
        break;
      case 'r': out += rfc2822(w); break;
      case 'e': out += zone.name; break;
      case 'T': out += zone.abbrev(ms); break;
      case 'O': out += formatOffset(w.offset, false); break;
      case 'P': out += formatOffset(w.offset, true); break;
      case 'w': num = String(w.weekday); break;
      case 'N': num = String(w.weekday === 0 ? 7 : w.weekday); break;
      case 'z': num = String(dayOfYear(w)); break;
      case 'W': num = pad2(isoWeek(w).week); break;
      case 't': num = String(daysInMonth(w.year, w.month)); break;
      case 'L': num = isLeap(w.year) ? '1' : '0'; break;
      case 'o': num = String(isoWeek(w).year); break;
      case 'U': num = String(Math.floor(ms / 1000)); break;
      case 'I': num = '0'; break;
      case 'Z': num = String(w.offset); break;
      case '\\':
        out += p < len - 1 ? format[++p] : '\\';
        break;
      case '"': {
        const close = p < len - 1 ? format.indexOf('"', p + 1) : -1;
        if (close < 0) out += '"';
        else {
          out += format.slice(p + 1, close);
          p = close;
        }
        break;
      }
      default:
        out += format[p];
    }
    if (num !== null) {
      if (raw || rawToggle) {
        out += num;
        raw = false;
      } else if (roman) {
        out += romanNumeral(Number(num));
        roman = false;
      } else {
        out += num;
      }
    }
  }
  return out;
}

export interface TimeContext {
  now: Date;
  /** Content language (output language when none is given). */
  lang: string;
  /** The wiki's local time zone ($wgLocaltimezone), for `#timel` and LOCAL* words. */
  localZone: Zone;
}

/** `{{#time:format|date|lang|local}}` and `{{#timel:…}}`. */
export function timeFunction(ctx: TimeContext, format: string, date: string, language: string, local: boolean): string {
  const ms = parseDateInput(date, ctx.now);
  if (ms === null) return errorHtml(pfMessage(ctx.lang, 'time_error'));
  const zone = local ? ctx.localZone : UTC;
  const year = wallTime(ms, zone).year;
  if (year < 0) return errorHtml(pfMessage(ctx.lang, 'time_too_small'));
  if (year > 9999) return errorHtml(pfMessage(ctx.lang, 'time_too_big'));
  const lang = language !== '' && hasDateNames(language) ? language : ctx.lang;
  return formatDate(format, ms, zone, lang);
}

/** `{{#timef:date|type|lang}}`: a date in the language's own format. */
export function timefFunction(ctx: TimeContext, date: string, type: string, language: string, local: boolean): string {
  const kind = type === '' ? 'both' : type;
  if (kind !== 'both' && kind !== 'date' && kind !== 'time' && kind !== 'pretty') {
    return errorHtml(pfMessage(ctx.lang, 'timef_bad_format'));
  }
  const lang = language !== '' && hasDateNames(language) ? language : ctx.lang;
  return timeFunction(ctx, dateNames(lang).formats[kind], date, lang, local);
}
