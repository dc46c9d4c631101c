/**
 * fake-converter.ts plus the categories a transcluded template adds (test code only): with a
 * template source (templates expanded), each `{{Name}}` call adds the `[[Category:…]]` links of
 * Template:Name's text, its `<includeonly>` parts included, as the engine's expansion reports
 * them; without one (--no-templates) only the page's own.
 */
import type { ConvertOptions, ConvertResult } from '../../src/engine/types.js';
import { scanCategories } from '../../src/index/scan.js';
import { siteFor } from '../../src/site/defaults.js';
import { convertPage as fakeConvert } from './fake-converter.js';

export function convertPage(wikitext: string, options: ConvertOptions): ConvertResult {
  const result = fakeConvert(wikitext, options);
  const templates = options.templates;
  if (!templates) return result;
  const site = typeof options.site === 'object' && options.site ? options.site : siteFor(options.site ?? 'zh');
  const categories = [...result.meta.categories];
  for (const call of wikitext.matchAll(/\{\{\s*([^{}|]+?)\s*(?:\|[^{}]*)?\}\}/g)) {
    const text = templates.get(`Template:${call[1]}`);
    if (text === null) continue;
    for (const c of scanCategories(site, text.replace(/<\/?includeonly>/g, ''))) {
      if (!categories.some((known) => known.name === c.name)) categories.push(c);
    }
  }
  return { ...result, meta: { ...result.meta, categories } };
}
