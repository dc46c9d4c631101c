/**
 * Month and weekday names as MediaWiki's message files give them, for the languages we ship
 * (and English as the fallback): full, genitive and abbreviated month names, full and
 * abbreviated weekday names, and the date formats `#timef` and the signature-style magic
 * words use.
 */

export interface DateNames {
  months: string[];
  monthsGen: string[];
  monthsAbbrev: string[];
  /** Sunday first. */
  weekdays: string[];
  weekdaysAbbrev: string[];
  /** `#timef` formats. */
  formats: { time: string; date: string; both: string; pretty: string };
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERED = (suffix: string) => Array.from({ length: 12 }, (_, i) => `${i + 1}${suffix}`);

const en: DateNames = {
  months: EN_MONTHS,
  monthsGen: EN_MONTHS,
  monthsAbbrev: EN_MONTHS.map((m) => m.slice(0, 3)),
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  weekdaysAbbrev: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  formats: { time: 'H:i', date: 'j F Y', both: 'H:i, j F Y', pretty: 'j F' },
};

const zh: DateNames = {
  months: NUMBERED('月'),
  monthsGen: NUMBERED('月'),
  monthsAbbrev: NUMBERED('月'),
  weekdays: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  weekdaysAbbrev: ['日', '一', '二', '三', '四', '五', '六'],
  // MessagesZh_hans: 'zh date' names the weekday in full, 'zh both' by its one-character abbreviation.
  formats: { time: 'H:i', date: 'Y年n月j日 (l)', both: 'Y年n月j日 (D) H:i', pretty: 'n月j日' },
};

const ja: DateNames = {
  months: NUMBERED('月'),
  monthsGen: NUMBERED('月'),
  monthsAbbrev: NUMBERED('月'),
  weekdays: ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日'],
  weekdaysAbbrev: ['日', '月', '火', '水', '木', '金', '土'],
  formats: { time: 'H:i', date: 'Y年n月j日 (D)', both: 'Y年n月j日 (D) H:i', pretty: 'n月j日' },
};

const ko: DateNames = {
  months: NUMBERED('월'),
  monthsGen: NUMBERED('월'),
  monthsAbbrev: NUMBERED('월'),
  weekdays: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'],
  weekdaysAbbrev: ['일', '월', '화', '수', '목', '금', '토'],
  formats: { time: 'H:i', date: 'Y년 M월 j일 (D)', both: 'Y년 M월 j일 (D) H:i', pretty: 'n월 j일' },
};

const uk: DateNames = {
  months: ['січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень', 'жовтень', 'листопад', 'грудень'],
  monthsGen: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  monthsAbbrev: ['січ', 'лют', 'бер', 'кві', 'тра', 'чер', 'лип', 'сер', 'вер', 'жов', 'лис', 'гру'],
  weekdays: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота'],
  weekdaysAbbrev: ['Нд', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
  formats: { time: 'H:i', date: 'j xg Y', both: 'H:i, j xg Y', pretty: 'j xg' },
};

const nl: DateNames = {
  months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  monthsGen: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  monthsAbbrev: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  weekdaysAbbrev: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  formats: { time: 'H:i', date: 'j M Y', both: 'j M Y H:i', pretty: 'j F' },
};

const BY_LANG: Record<string, DateNames> = { en, zh, ja, ko, uk, nl };

/** Names for a language code ("zh-hant" → zh); English when we have none. */
export function dateNames(lang: string): DateNames {
  return BY_LANG[lang] ?? BY_LANG[lang.split('-')[0]!] ?? en;
}

/** Whether we have names for the language (used to validate `#time`'s language argument). */
export function hasDateNames(lang: string): boolean {
  return lang in BY_LANG || lang.split('-')[0]! in BY_LANG;
}

/** English month names (full and three-letter) → month number, for reading dates. */
export const ENGLISH_MONTHS: Map<string, number> = new Map();
EN_MONTHS.forEach((m, i) => {
  ENGLISH_MONTHS.set(m.toLowerCase(), i + 1);
  ENGLISH_MONTHS.set(m.slice(0, 3).toLowerCase(), i + 1);
});
ENGLISH_MONTHS.set('sept', 9);

export const ENGLISH_WEEKDAYS: Map<string, number> = new Map();
en.weekdays.forEach((d, i) => {
  ENGLISH_WEEKDAYS.set(d.toLowerCase(), i);
  ENGLISH_WEEKDAYS.set(d.slice(0, 3).toLowerCase(), i);
});
