/** Turn a dump's siteinfo into the SiteConfig the engine uses. Nothing is assumed about the wiki. */
import { buildSite } from '../site/defaults.js';
import type { SiteConfig } from '../site/types.js';
import type { SiteInfo } from './types.js';

/** `https://ja.wikipedia.org/wiki/メインページ` → `https://ja.wikipedia.org/wiki/`. */
export function articleBaseOf(base: string): string | undefined {
  if (!/^https?:\/\//.test(base)) return undefined;
  const title = base.indexOf('title=');
  if (title >= 0) return base.slice(0, title + 'title='.length);
  const slash = base.lastIndexOf('/');
  return slash > base.indexOf('//') + 1 ? base.slice(0, slash + 1) : undefined;
}

export function siteFromInfo(info: SiteInfo, extra: { uploadBase?: string } = {}): SiteConfig {
  return buildSite({
    uploadBase: extra.uploadBase,
    lang: info.lang || 'en',
    siteName: info.siteName || undefined,
    articleBase: articleBaseOf(info.base),
    case: info.case,
    namespaces: info.namespaces.map((n) => ({ id: n.id, name: n.name, case: n.case })),
  });
}
