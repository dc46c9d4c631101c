/**
 * MediaWiki core's parser functions (CoreParserFunctions) and magic variables: case
 * conversion, URL and namespace functions, formatnum/padleft/plural, #tag, #language,
 * DEFAULTSORT/DISPLAYTITLE, the date words (CURRENT*, LOCAL*, REVISION*) from a fixed clock,
 * title words and site words.
 */
import { parseTitle } from '../../site/titles.js';
import { dateNames } from './datenames.js';
import { languageName } from './language.js';
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
  PAGEID: (ctx) => ctx.revision.pageId ?? '',
};
for (const which of Object.keys(DATE_FORMATS).concat('WEEK')) {
  VARIABLES['CURRENT' + which] = (ctx) => dateWord(ctx, UTC, which);
  VARIABLES['LOCAL' + which] = (ctx) => dateWord(ctx, ctx.localZone, which);
}
for (const word of TITLE_WORDS) VARIABLES[word] = (ctx) => titleWord(word, pageTitle(ctx), info(ctx));
for (const stat of ['NUMBEROFPAGES', 'NUMBEROFARTICLES', 'NUMBEROFFILES', 'NUMBEROFUSERS', 'NUMBEROFACTIVEUSERS', 'NUMBEROFEDITS', 'NUMBEROFADMINS']) {
  VARIABLES[stat] = (ctx) => (ctx.statistics[stat] !== undefined ? formatNum(String(ctx.statistics[stat]), ctx.lang) : '');
}

/** Case-insensitive variables (MediaWiki registers these without case sensitivity). */
export const VARIABLES_CI: Record<string, MagicVariable> = {
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
    let value = arg.value();
    const quoted = /^(?:["'](.+)["']|""|'')$/s.exec(value);
    if (quoted) value = quoted[1] ?? '';
    attrs[key] = value;
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
  PAGEID: (ctx, first) => {
    const t = argTitle(ctx, first);
    return t && t.full === pageTitle(ctx).full ? ctx.revision.pageId ?? '0' : '0';
  },
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

/** Case-insensitive core functions, keyed in lower case. */
export const FUNCTIONS_CI: Record<string, ParserFunction> = {
  lc: (_ctx, first) => lc(first),
  uc: (_ctx, first) => uc(first),
  lcfirst: (_ctx, first) => lcfirst(first),
  ucfirst: (_ctx, first) => ucfirst(first),
  urlencode: (_ctx, first, args) => urlencodeFunction(first, text(args, 0)),
  anchorencode: (_ctx, first) => anchorencode(first),
  formatnum: (ctx, first, args) => formatnumFunction(first, text(args, 0), ctx.lang),
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
  pagesincategory: (ctx) => formatNum('0', ctx.lang),
  int: (ctx, first) => message(ctx, first),
  '#language': (ctx, first, args) => languageName(first, text(args, 0)),
  '#tag': tagFunction,
  '#special': (ctx, first) => `${ctx.site.namespaces.get(-1)?.name ?? 'Special'}:${first}`,
  '#speciale': (ctx, first) => wfUrlencode(`${ctx.site.namespaces.get(-1)?.name ?? 'Special'}:${first}`.replace(/ /g, '_')),
  '#formatdate': (_ctx, first) => first,
  '#dateformat': (_ctx, first) => first,
  '#bcp47': (_ctx, first) => first.toLowerCase(),
  '#dir': () => 'ltr',
  '#property': () => '',
  '#statements': () => '',
  '#coordinates': () => '',
  '#related': () => '',
  '#invoke': (ctx, first, args) => {
    if (args.length === 0) return '';
    return ctx.invoke(first, args[0]!.text(), args.slice(1)) ?? '';
  },
};

const MESSAGES: Record<string, (ctx: FnContext) => string> = {
  lang: (ctx) => ctx.lang,
  word_separator: (ctx) => (/^(zh|ja|ko)/.test(ctx.lang) ? '' : ' '),
  comma_separator: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '、' : ', '),
  colon_separator: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '：' : ': '),
  parentheses_start: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '（' : '('),
  parentheses_end: (ctx) => (/^(zh|ja)/.test(ctx.lang) ? '）' : ')'),
  pipe_separator: () => ' | ',
};

/** `{{int:key}}`: interface messages we know; others print as MediaWiki prints a missing one. */
function message(ctx: FnContext, key: string): string {
  const k = key.replace(/ /g, '_');
  const lower = k.charAt(0).toLowerCase() + k.slice(1);
  const month = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.exec(lower);
  if (month) return dateNames(ctx.lang).months[['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].indexOf(lower)]!;
  const known = MESSAGES[lower.replace(/-/g, '_')];
  return known ? known(ctx) : `⧼${escapeWikiText(killMarkers(key))}⧽`;
}

