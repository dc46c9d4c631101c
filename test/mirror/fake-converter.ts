/**
 * A stand-in converter for the mirror's own tests (test code only): links become Markdown links
 * through the resolver, categories come from a scan, `{{name…}}` calls are counted as unhandled.
 * It exercises every path of the pipeline without depending on the engine.
 */
import type { ConvertOptions, ConvertResult } from '../../src/engine/types.js';
import { scanCategories } from '../../src/index/scan.js';
import { siteFor } from '../../src/site/defaults.js';
import { liveUrl, parseTitle } from '../../src/site/titles.js';
import type { SiteConfig } from '../../src/site/types.js';

export function convertPage(wikitext: string, options: ConvertOptions): ConvertResult {
  const site: SiteConfig = typeof options.site === 'object' && options.site ? options.site : siteFor(options.site ?? 'zh');
  const links: string[] = [];
  const unhandled: Record<string, number> = {};
  const body = wikitext
    .replace(/\{\{\s*([^{}|]+?)\s*(\|[^{}]*)?\}\}/g, (_, name: string) => {
      unhandled[name] = (unhandled[name] ?? 0) + 1;
      return '';
    })
    .replace(/\[\[([^[\]|]+)(?:\|([^[\]]*))?\]\]/g, (all, target: string, label?: string) => {
      const t = parseTitle(site, target);
      if (!t || t.interwiki || t.ns === 14 || t.ns === 6) return t && t.ns === 14 && target.trim().startsWith(':') ? (label ?? t.text) : '';
      links.push(t.full);
      const href = options.resolveLink?.(t.full, t.ns, t.fragment) ?? liveUrl(site, t.full, t.fragment);
      const withFragment = t.fragment && !href.includes('#') ? `${href}#${t.fragment}` : href;
      return `[${label ?? target}](${withFragment})`;
    });
  const categories = scanCategories(site, wikitext);
  let markdown = `# ${options.title ?? ''}\n\n${body.trim()}\n`;
  if (categories.length) {
    markdown += '\n' + categories.map((c) => `[${c.name}](${options.categoryHref?.(c.name) ?? liveUrl(site, 'Category:' + c.name)})`).join(' · ') + '\n';
  }
  return {
    markdown,
    meta: {
      title: options.title ?? '',
      redirect: null,
      categories,
      interlanguage: [],
      templates: { ...unhandled },
      unhandledTemplates: unhandled,
      references: [],
      noteTA: null,
      switches: [],
      links,
      fallbacks: wikitext.includes('{|') ? ['table'] : [],
    },
    warnings: wikitext.includes('<ref') ? [{ code: 'ref-seen', message: 'a ref' }] : [],
  };
}
