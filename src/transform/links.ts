/**
 * Link resolution: every WikiLink gets the href the writer prints — a local path from the
 * mirror's resolver, else the page on the live wiki (or the sister project for interwiki links) —
 * and every image gets its real upload URL.
 */
import type { Document } from '../ast/nodes.js';
import { walk } from '../ast/walk.js';
import type { LinkResolver } from '../engine/types.js';
import { liveUrl, uploadUrl, urlPathEncode } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';

export interface LinkOptions {
  site: SiteConfig;
  /** Full title of the page being converted (links to itself become in-page anchors). */
  selfTitle: string;
  resolve?: LinkResolver | null;
  /** The anchor a heading called `fragment` gets in the written Markdown. */
  anchor(fragment: string): string;
}

/** Sister projects: prefix → host pattern (`{lang}` is the wiki's or the link's language). */
const PROJECT_HOSTS: Record<string, string> = {
  w: '{lang}.wikipedia.org', wikipedia: '{lang}.wikipedia.org',
  wikt: '{lang}.wiktionary.org', wiktionary: '{lang}.wiktionary.org',
  b: '{lang}.wikibooks.org', wikibooks: '{lang}.wikibooks.org',
  n: '{lang}.wikinews.org', wikinews: '{lang}.wikinews.org',
  q: '{lang}.wikiquote.org', wikiquote: '{lang}.wikiquote.org',
  s: '{lang}.wikisource.org', wikisource: '{lang}.wikisource.org',
  v: '{lang}.wikiversity.org', wikiversity: '{lang}.wikiversity.org',
  voy: '{lang}.wikivoyage.org', wikivoyage: '{lang}.wikivoyage.org',
  species: 'species.wikimedia.org', wikispecies: 'species.wikimedia.org',
  commons: 'commons.wikimedia.org', c: 'commons.wikimedia.org',
  d: 'www.wikidata.org', wikidata: 'www.wikidata.org',
  m: 'meta.wikimedia.org', meta: 'meta.wikimedia.org',
  mw: 'www.mediawiki.org', mediawikiwiki: 'www.mediawiki.org',
  foundation: 'foundation.wikimedia.org', wmf: 'foundation.wikimedia.org',
  incubator: 'incubator.wikimedia.org', outreach: 'outreach.wikimedia.org',
  oldwikisource: 'wikisource.org',
};

/** Prefixes that point outside Wikimedia: prefix → URL the (encoded) title is appended to. */
const EXTERNAL_PREFIXES: Record<string, string> = {
  doi: 'https://doi.org/',
  rfc: 'https://www.rfc-editor.org/rfc/rfc',
  google: 'https://www.google.com/search?q=',
  imdb: 'https://www.imdb.com/',
  iarchive: 'https://archive.org/details/',
  phab: 'https://phabricator.wikimedia.org/',
  phabricator: 'https://phabricator.wikimedia.org/',
  gerrit: 'https://gerrit.wikimedia.org/r/',
  bugzilla: 'https://bugzilla.wikimedia.org/',
  mail: 'https://lists.wikimedia.org/postorius/lists/',
};

/** URL of a title on another wiki. `title` may itself start with a language prefix (`wikt:en:word`). */
export function interwikiUrl(site: SiteConfig, prefix: string, title: string, fragment: string | null): string {
  const external = EXTERNAL_PREFIXES[prefix];
  const frag = fragment ? '#' + urlPathEncode(fragment.replace(/ /g, '_')) : '';
  if (external) return external + urlPathEncode(title.replace(/ /g, '_')) + frag;
  let lang = site.lang;
  let host = PROJECT_HOSTS[prefix];
  if (!host) {
    host = '{lang}.wikipedia.org';
    lang = prefix;
  } else {
    const colon = title.indexOf(':');
    if (colon > 0 && site.languages.has(title.slice(0, colon).toLowerCase())) {
      lang = title.slice(0, colon).toLowerCase();
      title = title.slice(colon + 1);
    }
  }
  return `https://${host.replace('{lang}', lang)}/wiki/${urlPathEncode(title.replace(/ /g, '_'))}${frag}`;
}

/** Fill `href` on every WikiLink and `src` on every Image of `doc`. */
export function resolveLinks(doc: Document, opts: LinkOptions): void {
  const { site } = opts;
  walk(doc, (node) => {
    if (node.type === 'image') {
      node.src = uploadUrl(site, node.file);
      return;
    }
    if (node.type !== 'wikiLink') return;
    const fragment = node.fragment;
    if (node.interwiki) {
      node.href = interwikiUrl(site, node.interwiki, node.title, fragment);
      return;
    }
    if (node.title === '' || node.title === opts.selfTitle) {
      if (fragment) {
        node.href = '#' + opts.anchor(fragment);
        return;
      }
    }
    const local = opts.resolve ? opts.resolve(node.title, node.ns, fragment) : null;
    if (local !== null && local !== undefined) {
      node.href = fragment && !local.includes('#') ? `${local}#${opts.anchor(fragment)}` : local;
    } else {
      node.href = liveUrl(site, node.title, fragment);
    }
  });
}
