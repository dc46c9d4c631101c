/**
 * Title magic words and functions: PAGENAME and its family (with the E-variants), namespace
 * words, `ns`/`nse`, URL functions (`fullurl`, `localurl`, `canonicalurl`, `filepath`),
 * `#titleparts`, `#rel2abs`. Outputs are escaped with wfEscapeWikiText as MediaWiki does, so a
 * title full of wiki syntax cannot turn into markup.
 */
import { parseTitle, uploadUrl } from '../../site/titles.js';
import type { SiteConfig, TitleParts } from '../../site/types.js';
import { pfMessage } from './messages.js';
import { errorHtml, phpIntFromString, phpRtrim } from './php.js';
import { wfUrlencode } from './strings.js';
import { editionHost } from '../../site/interwiki-map.js';

const ESCAPES: Array<[string, string]> = [
  ['"', '&#34;'], ['&', '&#38;'], ["'", '&#39;'], ['<', '&#60;'], ['=', '&#61;'], ['>', '&#62;'],
  ['[', '&#91;'], [']', '&#93;'], ['{', '&#123;'], ['|', '&#124;'], ['}', '&#125;'], [';', '&#59;'],
  ['!!', '&#33;!'], ['\n!', '\n&#33;'], ['\r!', '\r&#33;'], ['\n#', '\n&#35;'], ['\r#', '\r&#35;'],
  ['\n*', '\n&#42;'], ['\r*', '\r&#42;'], ['\n:', '\n&#58;'], ['\r:', '\r&#58;'], ['\n ', '\n&#32;'],
  ['\r ', '\r&#32;'], ['\n\n', '\n&#10;'], ['\r\n', '&#13;\n'], ['\n\r', '\n&#13;'], ['\r\r', '\r&#13;'],
  ['\n\t', '\n&#9;'], ['\r\t', '\r&#9;'], ['\n----', '\n&#45;---'], ['\r----', '\r&#45;---'],
  ['__', '_&#95;'], ['://', '&#58;//'], ['~~~', '~~&#126;'],
  ['ISBN ', 'ISBN&#32;'], ['RFC ', 'RFC&#32;'], ['PMID ', 'PMID&#32;'],
  ['ISBN\t', 'ISBN&#9;'], ['RFC\t', 'RFC&#9;'], ['PMID\t', 'PMID&#9;'],
];
const ESCAPE_FIRST = new Set(ESCAPES.map(([k]) => k.charCodeAt(0)));
const PROTOCOL_NO_SLASHES = /\b(mailto|news|tel|sms|urn|xmpp|geo|magnet|bitcoin|sip|sips):/gi;

/** wfEscapeWikiText: make text inert as wikitext by replacing syntax characters with entities. */
export function escapeWikiText(text: string): string {
  const s = '\n' + text;
  let out = '';
  let i = 0;
  outer: while (i < s.length) {
    if (ESCAPE_FIRST.has(s.charCodeAt(i))) {
      // strtr prefers the longest match.
      let best: [string, string] | null = null;
      for (const pair of ESCAPES) {
        if (s.startsWith(pair[0], i) && (!best || pair[0].length > best[0].length)) best = pair;
      }
      if (best) {
        out += best[1];
        i += best[0].length;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  return out.slice(1).replace(PROTOCOL_NO_SLASHES, '$1&#58;');
}

/** Where a wiki lives on the web: `{{SERVER}}`, article path, script path. */
export interface SiteUrls {
  /** `https://zh.wikipedia.org` (what fullurl prefixes; MediaWiki uses protocol-relative on WMF). */
  server: string;
  canonicalServer: string;
  /** `/wiki/$1`. */
  articlePath: string;
  /** `/w`. */
  scriptPath: string;
}

export function defaultUrls(site: SiteConfig): SiteUrls {
  const m = /^(https?:)?(\/\/[^/]+)(\/.*)?$/.exec(site.articleBase);
  const host = m ? m[2]! : '//' + site.lang + '.wikipedia.org';
  const path = m?.[3] ?? '/wiki/';
  // Wikimedia wikis set a protocol-relative $wgServer; elsewhere the server is the base as given.
  const wikimedia = /\.(?:wiki(?:pedia|media|books|data|news|quote|source|species|versity|voyage)|wiktionary|mediawiki)\.org$/.test(host);
  return {
    server: wikimedia || !m?.[1] ? host : m[1] + host,
    canonicalServer: (m?.[1] ?? 'https:') + host,
    articlePath: path + '$1',
    scriptPath: path === '/wiki/' ? '/w' : '',
  };
}

/** Namespace numbers whose pages have subpages (MediaWiki's defaults plus Wikipedia's portal/draft). */
function hasSubpages(ns: number, subpagesInMain: boolean): boolean {
  if (ns === 0) return subpagesInMain;
  if (ns < 0) return false;
  return ns % 2 === 1 || ns === 2 || ns === 4 || ns === 8 || ns === 10 || ns === 12 || ns >= 100;
}

export interface TitleInfo {
  site: SiteConfig;
  subpagesInMain: boolean;
}

function nsName(site: SiteConfig, ns: number): string {
  return site.namespaces.get(ns)?.name ?? '';
}

const underscores = (s: string): string => s.replace(/ /g, '_');
const encoded = (s: string): string => escapeWikiText(wfUrlencode(underscores(s)));

/** The value of a title word (PAGENAME, FULLPAGENAMEE, TALKSPACE, …) for a parsed title. */
export function titleWord(word: string, t: TitleParts, info: TitleInfo): string {
  const { site } = info;
  const subpages = hasSubpages(t.ns, info.subpagesInMain);
  const talkNs = t.ns < 0 ? null : t.ns % 2 === 0 ? t.ns + 1 : t.ns;
  const subjectNs = t.ns < 0 ? t.ns : t.ns - (t.ns % 2);
  const prefixed = (ns: number, text: string): string => {
    const name = nsName(site, ns);
    return name ? `${name}:${text}` : text;
  };
  switch (word) {
    case 'PAGENAME': return escapeWikiText(t.text);
    case 'PAGENAMEE': return encoded(t.text);
    case 'FULLPAGENAME': return escapeWikiText(prefixed(t.ns, t.text));
    case 'FULLPAGENAMEE': return encoded(prefixed(t.ns, t.text));
    case 'NAMESPACE': return escapeWikiText(nsName(site, t.ns));
    case 'NAMESPACEE': return encoded(nsName(site, t.ns));
    case 'NAMESPACENUMBER': return String(t.ns);
    case 'TALKSPACE': return talkNs === null ? '' : escapeWikiText(nsName(site, talkNs));
    case 'TALKSPACEE': return talkNs === null ? '' : encoded(nsName(site, talkNs));
    case 'SUBJECTSPACE': case 'ARTICLESPACE': return escapeWikiText(nsName(site, subjectNs));
    case 'SUBJECTSPACEE': case 'ARTICLESPACEE': return encoded(nsName(site, subjectNs));
    case 'TALKPAGENAME': return talkNs === null ? '' : escapeWikiText(prefixed(talkNs, t.text));
    case 'TALKPAGENAMEE': return talkNs === null ? '' : encoded(prefixed(talkNs, t.text));
    case 'SUBJECTPAGENAME': case 'ARTICLEPAGENAME': return escapeWikiText(prefixed(subjectNs, t.text));
    case 'SUBJECTPAGENAMEE': case 'ARTICLEPAGENAMEE': return encoded(prefixed(subjectNs, t.text));
    case 'BASEPAGENAME': case 'BASEPAGENAMEE': {
      const base = subpages && t.text.includes('/') ? t.text.slice(0, t.text.lastIndexOf('/')) : t.text;
      return word === 'BASEPAGENAMEE' ? encoded(base) : escapeWikiText(base);
    }
    case 'ROOTPAGENAME': case 'ROOTPAGENAMEE': {
      const root = subpages && t.text.includes('/') ? t.text.slice(0, t.text.indexOf('/')) : t.text;
      return word === 'ROOTPAGENAMEE' ? encoded(root) : escapeWikiText(root);
    }
    case 'SUBPAGENAME': case 'SUBPAGENAMEE': {
      const sub = subpages && t.text.includes('/') ? t.text.slice(t.text.lastIndexOf('/') + 1) : t.text;
      return word === 'SUBPAGENAMEE' ? encoded(sub) : escapeWikiText(sub);
    }
  }
  return '';
}

export const TITLE_WORDS = [
  'PAGENAME', 'PAGENAMEE', 'FULLPAGENAME', 'FULLPAGENAMEE', 'NAMESPACE', 'NAMESPACEE', 'NAMESPACENUMBER',
  'TALKSPACE', 'TALKSPACEE', 'SUBJECTSPACE', 'SUBJECTSPACEE', 'ARTICLESPACE', 'ARTICLESPACEE',
  'TALKPAGENAME', 'TALKPAGENAMEE', 'SUBJECTPAGENAME', 'SUBJECTPAGENAMEE', 'ARTICLEPAGENAME', 'ARTICLEPAGENAMEE',
  'BASEPAGENAME', 'BASEPAGENAMEE', 'ROOTPAGENAME', 'ROOTPAGENAMEE', 'SUBPAGENAME', 'SUBPAGENAMEE',
];

/** `{{ns:14}}`, `{{ns:Category}}`, `{{ns:分类}}` → the local namespace name. */
export function nsFunction(site: SiteConfig, arg: string, encode: boolean): string {
  let id: number | undefined;
  if (/^-?\d+$/.test(arg)) id = Number(arg);
  else id = site.namespaceLookup.get(arg.replace(/_/g, ' ').trim().toLowerCase());
  if (id === undefined || !site.namespaces.has(id)) return '';
  const name = nsName(site, id);
  return encode ? wfUrlencode(underscores(name)) : underscores(name).replace(/_/g, ' ');
}

/** Title for the URL functions; null when invalid. */
function urlTitle(site: SiteConfig, raw: string): TitleParts | null {
  return raw === '' ? null : parseTitle(site, raw, 0);
}

function localPath(urls: SiteUrls, t: TitleParts, query: string): string {
  const dbkey = wfUrlencode(underscores(t.full));
  const frag = t.fragment ? '#' + wfUrlencode(underscores(t.fragment)) : '';
  if (query === '') return urls.articlePath.replace('$1', dbkey) + frag;
  return `${urls.scriptPath}/index.php?title=${dbkey}&${query}${frag}`;
}

/** `{{localurl:}}`, `{{fullurl:}}`, `{{canonicalurl:}}` (and the -e variants, escaped for attributes). */
export function urlFunction(kind: 'local' | 'full' | 'canonical', site: SiteConfig, urls: SiteUrls, title: string, query: string, escape: boolean): string {
  const t = urlTitle(site, title);
  if (!t) return '';
  let url: string;
  if (t.interwiki) {
    const host = site.languages.has(t.interwiki) ? `//${editionHost(t.interwiki)}.wikipedia.org/wiki/` : null;
    if (!host) return '';
    url = (kind === 'canonical' ? 'https:' : '') + host + wfUrlencode(underscores(t.text));
  } else {
    const path = localPath(urls, t, query);
    url = kind === 'local' ? path : (kind === 'canonical' ? urls.canonicalServer : urls.server) + path;
  }
  return escape ? url.replace(/&/g, '&amp;') : url;
}

/** `{{filepath:Name.jpg}}`: the upload URL of a file. */
export function filepathFunction(site: SiteConfig, name: string): string {
  const t = parseTitle(site, name, 6);
  if (!t || (t.ns !== 6 && t.ns !== -2)) return '';
  return uploadUrl(site, t.text);
}

/** `{{#titleparts:title|parts|offset}}`. */
export function titleparts(site: SiteConfig, title: string, partsArg: string, offsetArg: string): string {
  const parts = phpIntFromString(partsArg);
  let offset = phpIntFromString(offsetArg);
  const t = parseTitle(site, title, 0);
  if (!t || t.interwiki) return title;
  const prefixed = t.full;
  // explode('/', $title, 25): the 25th piece keeps the rest.
  let bits = prefixed.split('/');
  if (bits.length > 25) bits = [...bits.slice(0, 24), bits.slice(24).join('/')];
  if (offset > 0) offset--;
  const start = offset < 0 ? Math.max(0, bits.length + offset) : offset;
  let end = bits.length;
  if (parts > 0) end = Math.min(bits.length, start + parts);
  else if (parts < 0) end = bits.length + parts;
  return start < end ? bits.slice(start, end).join('/') : '';
}

/** `{{#rel2abs:path|base}}`. */
export function rel2abs(pageTitle: string, toArg: string, fromArg: string, lang = 'en'): string {
  let from = fromArg.trim();
  if (from === '') from = pageTitle;
  const to = phpRtrim(toArg, ' /');
  if (to === '' || to === '.') return from;
  if (!to.startsWith('/') && !to.startsWith('./') && !to.startsWith('../') && to !== '..') from = '';
  let full = '/' + from + '/' + to + '/';
  full = full.replace(/\/(\.\/)+/g, '/').replace(/\/{2,}/g, '/');
  full = full.replace(/^\/+|\/+$/g, '');
  const out: string[] = [];
  for (const part of full.split('/')) {
    if (part === '..') {
      if (out.length === 0) {
        return errorHtml(pfMessage(lang, 'rel2abs_invalid_depth', full));
      }
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
