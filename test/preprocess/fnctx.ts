/** A parser-function context for unit tests: fixed clock, a tiny page source. */
import type { FnContext } from '../../src/preprocess/functions/types.js';
import { defaultUrls } from '../../src/preprocess/functions/titles.js';
import { UTC, zoneByName } from '../../src/preprocess/functions/zones.js';
import { siteFor } from '../../src/site/defaults.js';

export function fnContext(over: Partial<FnContext> & { pages?: Record<string, string> } = {}): FnContext & { recorded: Record<string, string> } {
  const site = over.site ?? siteFor('en');
  const pages = over.pages ?? {};
  const recorded: Record<string, string> = {};
  return {
    site,
    title: 'Parser test',
    lang: site.lang,
    now: new Date(Date.UTC(1970, 0, 1, 0, 2, 3)),
    localZone: UTC,
    urls: defaultUrls(site),
    source: { get: (t) => pages[t] ?? null, exists: (t) => t in pages },
    subpagesInMain: false,
    revision: {},
    statistics: {},
    record: (k, v) => { recorded[k] = v; },
    extensionTag: (name, attrs, inner) => `<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}>${inner ?? ''}</${name}>`,
    invoke: () => null,
    ...over,
    recorded,
  } as FnContext & { recorded: Record<string, string> };
}

export const melbourne = () => zoneByName('Australia/Melbourne')!;
