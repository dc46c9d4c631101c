/**
 * MediaWiki core's parser functions (CoreParserFunctions) and magic variables: case
 * conversion, URL and namespace functions, formatnum/padleft/plural, #tag, #language,
 * DEFAULTSORT/DISPLAYTITLE, the date words (CURRENT*, LOCAL*, REVISION*) from a fixed clock,
 * title words and site words.
 */
import { parseTitle } from '../../site/titles.js';
import { tagAttributeValue } from '../../templates/util.js';
import { dateNames } from './datenames.js';
import { bcp47, languageDir, languageName } from './language.js';
import {
  anchorencode, formatNum, formatnumFunction, killMarkers, lc, lcfirst, pad, plural, uc, ucfirst, urlencodeFunction,
  wfUrlencode,
} from './strings.js';
import { formatDate } from './time.js';
import {
  escapeWikiText, filepathFunction, nsFunction, TITLE_WORDS, titleWord, urlFunction,
} from './titles.js';
import type { FnArg, FnContext, MagicVariable, ParserFunction } from './types.js';
import { UTC, type Zone } from './zones.js';

const text = (args: FnArg[], i: number): string => (args[i] ? args[i]!.text() : '');

function pageTitle(ctx: FnContext) {
  return parseTitle(ctx.site, ctx.title, 0) ?? { ns: 0, text: ctx.title, full: ctx.title, fragment: null, interwiki: null };
}

/** The title a title function's argument names; the page itself when empty; null when invalid. */
function argTitle(ctx: FnContext, arg: string) {
  if (arg === '') return pageTitle(ctx);
  const t = parseTitle(ctx.site, arg, 0);
  return t && !t.interwiki ? t : null;
}

const info = (ctx: FnContext) => ({ site: ctx.site, subpagesInMain: ctx.subpagesInMain });

// ---- date words ----

const DATE_FORMATS: Record<string, string> = {
  MONTH: 'm', MONTH1: 'n', MONTHNAME: 'F', MONTHNAMEGEN: 'xg', MONTHABBREV: 'M', DAY: 'j', DAY2: 'd',
  DAYNAME: 'l', DOW: 'w', YEAR: 'Y', TIME: 'H:i', HOUR: 'H', TIMESTAMP: 'YmdHis',
};

function dateWord(ctx: FnContext, zone: Zone, which: string): string {
  const ms = ctx.now.getTime();
  if (which === 'WEEK') return String(Number(formatDate('W', ms, zone, 'en')));
  return formatDate(DATE_FORMATS[which]!, ms, zone, ctx.lang);
}

function revisionWord(ctx: FnContext, format: string): string {
  const ts = ctx.revision.timestamp ?? ctx.now;
  return formatDate(format, ts.getTime(), UTC, 'en');
}

export const VARIABLES: Record<string, MagicVariable> = {
  SITENAME: (ctx) => ctx.site.siteName,
  CURRENTVERSION: () => '1.45.0-wmf.1',
  CONTENTLANGUAGE: (ctx) => ctx.lang,
  CONTENTLANG: (ctx) => ctx.lang,
  PAGELANGUAGE: (ctx) => ctx.lang,
  USERLANGUAGE: (ctx) => ctx.lang,
  DIRECTIONMARK: () => '\u200e',
  DIRMARK: () => '\u200e',
  '!': () => '|',
  '=': () => '=',
  REVISIONID: (ctx) => ctx.revision.id ?? '',
  REVISIONDAY: (ctx) => revisionWord(ctx, 'j'),
  REVISIONDAY2: (ctx) => revisionWord(ctx, 'd'),
  REVISIONMONTH: (ctx) => revisionWord(ctx, 'm'),
  REVISIONMONTH1: (ctx) => revisionWord(ctx, 'n'),
  REVISIONYEAR: (ctx) => revisionWord(ctx, 'Y'),
  REVISIONTIMESTAMP: (ctx) => revisionWord(ctx, 'YmdHis'),
  REVISIONUSER: (ctx) => ctx.revision.user ?? '',
  REVISIONSIZE: (ctx) => (ctx.revision.size !== undefined ? String(ctx.revision.size) : ''),
};
for (const which of Object.keys(DATE_FORMATS).concat('WEEK')) {
  VARIABLES['CURRENT' + which] = (ctx) => dateWord(ctx, UTC, which);
  VARIABLES['LOCAL' + which] = (ctx) => dateWord(ctx, ctx.localZone, which);
}
for (const word of TITLE_WORDS) VARIABLES[word] = (ctx) => titleWord(word, pageTitle(ctx), info(ctx));
for (const stat of ['NUMBEROFPAGES', 'NUMBEROFARTICLES', 'NUMBEROFFILES', 'NUMBEROFUSERS', 'NUMBEROFACTIVEUSERS', 'NUMBEROFEDITS', 'NUMBEROFADMINS']) {
  VARIABLES[stat] = (ctx) => (ctx.statistics[stat] !== undefined ? formatNum(String(ctx.statistics[stat]), ctx.lang) : '');
}

/** Case-insensitive variables, keyed in lower case: the words MessagesEn.php's `$magicWords` flags 0. */
export const VARIABLES_CI: Record<string, MagicVariable> = {
  pageid: (ctx) => ctx.revision.pageId ?? '',
  server: (ctx) => ctx.urls.server,
  servername: (ctx) => ctx.urls.server.replace(/^(?:https?:)?\/\//, ''),
  scriptpath: (ctx) => ctx.urls.scriptPath,
  stylepath: (ctx) => ctx.urls.scriptPath + '/skins',
  articlepath: (ctx) => ctx.urls.articlePath,
};

// ---- functions ----

function tagFunction(ctx: FnContext, first: string, args: FnArg[]): string {
  const name = first.toLowerCase();
  if (name === '') return '';
  const inner = args.length > 0 ? args[0]!.raw() : null;
  const attrs: Record<string, string> = {};
  for (const arg of args.slice(1)) {
    const key = arg.name();
    if (key === null) continue;
    attrs[key] = tagAttributeValue(arg.value());
  }
  return ctx.extensionTag(name, attrs, inner);
}

function revisionFunction(format: string | null): ParserFunction {
  return (ctx, first) => {
    const t = argTitle(ctx, first);
    if (!t) return '';
    const self = t.full === pageTitle(ctx).full;
    if (!self && !(ctx.source?.exists(t.full) ?? false)) return '';
    if (format === null) return self ? (ctx.revision.id ?? '') : '';
    return revisionWord(ctx, format);
  };
}

function pagesize(ctx: FnContext, first: string, args: FnArg[]): string {
  const t = argTitle(ctx, first);
  const wikitext = t && ctx.source ? ctx.source.get(t.full) : null;
  const size = wikitext === null ? 0 : Buffer.byteLength(wikitext, 'utf8');
  return text(args, 0).toUpperCase() === 'R' ? String(size) : formatNum(String(size), ctx.lang);
}

export const FUNCTIONS: Record<string, ParserFunction> = {
  DEFAULTSORT: (ctx, first) => (ctx.record('defaultsort', first), ''),
  DEFAULTSORTKEY: (ctx, first) => (ctx.record('defaultsort', first), ''),
  DEFAULTCATEGORYSORT: (ctx, first) => (ctx.record('defaultsort', first), ''),
  DISPLAYTITLE: (ctx, first) => (ctx.record('displaytitle', first), ''),
  PAGESIZE: pagesize,
  PAGELANGUAGE: (ctx) => ctx.lang,
  REVISIONID: revisionFunction(null),
  REVISIONDAY: revisionFunction('j'),
  REVISIONDAY2: revisionFunction('d'),
  REVISIONMONTH: revisionFunction('m'),
  REVISIONMONTH1: revisionFunction('n'),
  REVISIONYEAR: revisionFunction('Y'),
  REVISIONTIMESTAMP: revisionFunction('YmdHis'),
  REVISIONUSER: (ctx, first) => {
    const t = argTitle(ctx, first);
    return t && t.full === pageTitle(ctx).full ? ctx.revision.user ?? '' : '';
  },
  PROTECTIONLEVEL: () => '',
  PROTECTIONEXPIRY: () => 'infinity',
  CASCADINGSOURCES: () => '',
  NUMBERINGROUP: () => '0',
  NUMINGROUP: () => '0',
  PAGESINCATEGORY: (ctx) => formatNum('0', ctx.lang),
  PAGESINCAT: (ctx) => formatNum('0', ctx.lang),
};
for (const word of TITLE_WORDS) {
  FUNCTIONS[word] = (ctx, first) => {
    const t = argTitle(ctx, first);
    return t ? titleWord(word, t, info(ctx)) : '';
  };
}
for (const stat of ['NUMBEROFPAGES', 'NUMBEROFARTICLES', 'NUMBEROFFILES', 'NUMBEROFUSERS', 'NUMBEROFACTIVEUSERS', 'NUMBEROFEDITS', 'NUMBEROFADMINS']) {
  FUNCTIONS[stat] = (ctx, first) => {
    const n = ctx.statistics[stat];
    if (n === undefined) return '';
    return first.toUpperCase() === 'R' ? String(n) : formatNum(String(n), ctx.lang);
  };
}

/** Case-insensitive core functions, keyed in lower case (flag 0 in MessagesEn.php's `$magicWords`; `pageid` too). */
export const FUNCTIONS_CI: Record<string, ParserFunction> = {
  lc: (ctx, first) => lc(first, ctx.lang),
  uc: (ctx, first) => uc(first, ctx.lang),
  lcfirst: (ctx, first) => lcfirst(first, ctx.lang),
  ucfirst: (ctx, first) => ucfirst(first, ctx.lang),
  urlencode: (_ctx, first, args) => urlencodeFunction(killMarkers(first), text(args, 0)),
  anchorencode: (_ctx, first) => anchorencode(first),
  formatnum: (ctx, first, args) => formatnumFunction(first, args.map((a) => a.text()), ctx.lang),
  padleft: (_ctx, first, args) => pad(first, text(args, 0), args[1] ? args[1].text() : '0', true),
  padright: (_ctx, first, args) => pad(first, text(args, 0), args[1] ? args[1].text() : '0', false),
  plural: (ctx, first, args) => plural(first, args.map((a) => a.text()), ctx.lang),
  gender: (_ctx, _first, args) => {
    const forms = args.map((a) => a.text());
    return forms.length === 0 ? '' : forms[Math.min(2, forms.length - 1)]!;
  },
  grammar: (_ctx, _first, args) => text(args, 0),
  bidi: (_ctx, first) => first,
  ns: (ctx, first) => nsFunction(ctx.site, first, false),
  nse: (ctx, first) => nsFunction(ctx.site, first, true),
  localurl: (ctx, first, args) => urlFunction('local', ctx.site, ctx.urls, first, text(args, 0), false),
  localurle: (ctx, first, args) => urlFunction('local', ctx.site, ctx.urls, first, text(args, 0), true),
  fullurl: (ctx, first, args) => urlFunction('full', ctx.site, ctx.urls, first, text(args, 0), false),
  fullurle: (ctx, first, args) => urlFunction('full', ctx.site, ctx.urls, first, text(args, 0), true),
  canonicalurl: (ctx, first, args) => urlFunction('canonical', ctx.site, ctx.urls, first, text(args, 0), false),
  canonicalurle: (ctx, first, args) => urlFunction('canonical', ctx.site, ctx.urls, first, text(args, 0), true),
  filepath: (ctx, first) => filepathFunction(ctx.site, first),
  pageid: (ctx, first) => {
    const t = argTitle(ctx, first);
    return t && t.full === pageTitle(ctx).full ? ctx.revision.pageId ?? '0' : '0';
  },
  int: (ctx, first, args) => message(ctx, first, args),
  '#language': (ctx, first, args) => languageName(first, text(args, 0), ctx.lang),
  '#tag': tagFunction,
  '#special': (ctx, first) => specialPage(ctx, first),
  '#speciale': (ctx, first) => wfUrlencode(specialPage(ctx, first).replace(/ /g, '_')),
  '#formatdate': (ctx, first, args) => formatDateFunction(first, text(args, 0), ctx.lang),
  '#dateformat': (ctx, first, args) => formatDateFunction(first, text(args, 0), ctx.lang),
  '#bcp47': (ctx, first) => bcp47(first || ctx.lang),
  '#dir': (ctx, first) => languageDir(first || ctx.lang),
  '#contentmodel': (ctx, first, args) => contentModel(ctx, first, text(args, 0)),
  '#property': () => '',
  '#statements': () => '',
  '#coordinates': () => '',
  '#categorytree': () => '',
  '#related': () => '',
  '#invoke': (ctx, first, args) => {
    if (args.length === 0) return '';
    return ctx.invoke(first, args[0]!.text(), args.slice(1)) ?? '';
  },
};

const SPECIAL_PAGES = [
  'Random', 'Badtitle', 'Search', 'RecentChanges', 'AllPages', 'PrefixIndex', 'WhatLinksHere', 'BookSources',
  'Contributions', 'Categories', 'NewPages', 'SpecialPages', 'Version', 'Statistics', 'Upload', 'ListUsers',
  'Preferences', 'Watchlist', 'RecentChangesLinked', 'Export', 'Log', 'Redirect', 'EditPage', 'ComparePages',
];
const SPECIAL_ALIASES: Record<string, string> = { randompage: 'Random' };
for (const name of SPECIAL_PAGES) SPECIAL_ALIASES[name.toLowerCase()] = name;

/** `{{#special:Name}}`: the local name of a special page (known pages by their canonical name). */
function specialPage(ctx: FnContext, name: string): string {
  const ns = ctx.site.namespaces.get(-1)?.name ?? 'Special';
  const slash = name.indexOf('/');
  const base = slash < 0 ? name : name.slice(0, slash);
  const known = SPECIAL_ALIASES[base.replace(/ /g, '').toLowerCase()];
  return `${ns}:${known ?? ucfirst(base, 'en')}${slash < 0 ? '' : name.slice(slash)}`;
}

/** `{{#contentmodel:local|canonical|title}}`: wikitext, except CSS/JS/JSON pages in MediaWiki: and User:. */
function contentModel(ctx: FnContext, form: string, titleArg: string): string {
  const t = argTitle(ctx, titleArg);
  let model: [string, string] = ['wikitext', 'wikitext'];
  if (t && (t.ns === 8 || t.ns === 2)) {
    if (t.text.endsWith('.css')) model = ['css', 'CSS'];
    else if (t.text.endsWith('.js')) model = ['javascript', 'JavaScript'];
    else if (t.text.endsWith('.json')) model = ['json', 'JSON'];
  }
  return form === 'canonical' ? model[0] : model[1];
}

const FORMATDATE_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `{{#formatdate:date|mdy|dmy|ymd|ISO 8601}}`: reformat a recognised English or ISO date. */
function formatDateFunction(date: string, format: string, lang: string): string {
  const monthOf = (s: string): number => {
    const i = FORMATDATE_MONTHS.findIndex((m) => m === s.toLowerCase() || m.slice(0, 3) === s.toLowerCase());
    return i + 1;
  };
  let y: number | null = null;
  let m = 0;
  let d = 0;
  let match: RegExpExecArray | null;
  if ((match = /^(-?\d{4})-(\d\d)-(\d\d)$/.exec(date))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^([A-Za-z]+) (\d{1,2}),? (\d{1,4})$/.exec(date))) [m, d, y] = [monthOf(match[1]!), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2}) ([A-Za-z]+),? (\d{1,4})$/.exec(date))) [d, m, y] = [Number(match[1]), monthOf(match[2]!), Number(match[3])];
  else if ((match = /^([A-Za-z]+) (\d{1,2})$/.exec(date))) [m, d] = [monthOf(match[1]!), Number(match[2])];
  else if ((match = /^(\d{1,2}) ([A-Za-z]+)$/.exec(date))) [d, m] = [Number(match[1]), monthOf(match[2]!)];
  if (m < 1 || m > 12 || d < 1 || d > 31) return date;
  const name = dateNames(lang === 'en' || !/^(zh|ja|ko|uk|nl)/.test(lang) ? 'en' : lang).months[m - 1]!;
  const year = y === null ? '' : y <= 0 ? `${1 - y} BC` : String(y);
  switch (format.toLowerCase()) {
    case 'mdy': return year ? `${name} ${d}, ${year}` : `${name} ${d}`;
    case 'dmy': return year ? `${d} ${name} ${year}` : `${d} ${name}`;
    case 'ymd': return year ? `${year} ${name} ${d}` : `${name} ${d}`;
    case 'iso 8601': case 'iso8601': return y === null ? `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    default: return date;
  }
}

const MESSAGES: Record<string, (ctx: FnContext) => string> = {
  lang: (ctx) => ctx.lang,
  word_separator: (ctx) => (/^(zh|ja|ko)/.test(ctx.lang) ? '' : ' '),
  comma_separator: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '、' : ', '),
  colon_separator: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '：' : ': '),
  parentheses_start: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '（' : '('),
  parentheses_end: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '）' : ')'),
  pipe_separator: () => ' | ',
};

// Default texts of core messages that pages and templates transclude or call with int:.
const DEFAULT_MESSAGES: Record<string, string> = {
  ok: 'OK', mainpage: 'Main Page', history_short: 'History', 'new-messages': 'You have $1 ($2).',
  'word-separator': ' ', 'comma-separator': ', ', 'colon-separator': ': ', 'pipe-separator': ' | ',
  parentheses: '($1)', brackets: '[$1]', 'quotation-marks': '"$1"',
};

/** A core message's default text by key (any case of the first letter, `_` or `-` as written). */
export function defaultMessage(key: string): string | null {
  const k = key.charAt(0).toLowerCase() + key.slice(1);
  return DEFAULT_MESSAGES[k] ?? DEFAULT_MESSAGES[k.toLowerCase()] ?? null;
}

/**
 * `{{int:key|$1|…}}`: an interface message — the wiki's own `MediaWiki:Key` page when the source
 * has it (parsed as wikitext), else the few messages we know, else ⧼key⧽ as MediaWiki prints a
 * missing one.
 */
function message(ctx: FnContext, key: string, args: FnArg[]): string {
  const k = key.replace(/ /g, '_');
  const page = ctx.source?.get(`${ctx.site.namespaces.get(8)?.name ?? 'MediaWiki'}:${ucfirst(key, 'en')}`);
  if (page !== null && page !== undefined) {
    const filled = page.replace(/\$(\d+)/g, (m, n: string) => (args[Number(n) - 1] ? args[Number(n) - 1]!.text() : m));
    return ctx.expandWikitext(filled);
  }
  const lower = k.charAt(0).toLowerCase() + k.slice(1);
  const month = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.exec(lower);
  if (month) return dateNames(ctx.lang).months[['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(lower)]!;
  const known = MESSAGES[lower.replace(/-/g, '_')];
  if (known) return known(ctx);
  const text = defaultMessage(lower);
  if (text !== null) {
    return ctx.expandWikitext(text.replace(/\$(\d+)/g, (m, n: string) => (args[Number(n) - 1] ? args[Number(n) - 1]!.text() : m)));
  }
  return `⧼${escapeWikiText(killMarkers(key))}⧽`;
}

