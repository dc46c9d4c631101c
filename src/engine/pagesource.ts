/** PageSource implementations: pages held in memory, or a folder of `Name.wikitext` files. */
import fs from 'node:fs';
import path from 'node:path';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import type { PageSource } from './types.js';

/** Pages in memory, keyed by title; redirects (`#REDIRECT [[X]]`) are followed up to 5 hops. */
export class MemoryPageSource implements PageSource {
  private readonly pages = new Map<string, string>();

  constructor(private readonly site: SiteConfig) {}

  /** Add a page under its full title ("Template:Cite web", "Foo"). */
  set(title: string, wikitext: string): void {
    const t = parseTitle(this.site, title);
    if (t) this.pages.set(t.full, wikitext);
  }

  has(fullTitle: string): boolean {
    return this.pages.has(fullTitle);
  }

  exists(fullTitle: string): boolean {
    const t = parseTitle(this.site, fullTitle);
    return !!t && this.pages.has(t.full);
  }

  get(fullTitle: string): string | null {
    return this.follow(fullTitle).text;
  }

  redirectTarget(fullTitle: string): string | null {
    return this.follow(fullTitle).last;
  }

  /**
   * The chain of redirects from `fullTitle`, five hops at most: the text of the page it ends at
   * (null for a missing page, a broken target or too long a chain) and the last title it
   * redirected to (null when `fullTitle` is no redirect).
   */
  private follow(fullTitle: string): { text: string | null; last: string | null } {
    let t = parseTitle(this.site, fullTitle);
    let last: string | null = null;
    for (let hops = 0; t && hops < 5; hops++) {
      const text = this.pages.get(t.full);
      if (text === undefined) return { text: null, last };
      const target = this.targetOf(text);
      if (target === null) return { text, last };
      t = parseTitle(this.site, target);
      if (t) last = t.full;
    }
    return { text: null, last };
  }

  private targetOf(text: string): string | null {
    const head = text.trimStart().slice(0, 300);
    for (const word of this.site.redirectWords) {
      if (head.slice(0, word.length).toUpperCase() !== word.toUpperCase()) continue;
      const m = /^\s*:?\s*\[\[([^\]|#]+)/.exec(head.slice(word.length));
      if (m) return m[1]!;
    }
    return null;
  }
}

/**
 * A folder of `Name.wikitext` files (`/` and `:` in names written as `%2F` and `%3A`). A name
 * with a namespace prefix is that page; a bare name is taken as a template (`Name` →
 * `Template:Name`) and also as a main-namespace page, for `{{:Name}}` transclusion.
 */
export function folderPageSource(site: SiteConfig, dir: string): MemoryPageSource {
  const source = new MemoryPageSource(site);
  const templateNs = site.namespaces.get(10)?.name ?? 'Template';
  const bare: Array<[string, string]> = [];
  for (const file of fs.readdirSync(dir)) {
    if (!file.endsWith('.wikitext')) continue;
    let name: string;
    try {
      name = decodeURIComponent(file.slice(0, -'.wikitext'.length));
    } catch {
      name = file.slice(0, -'.wikitext'.length);
    }
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const t = parseTitle(site, name);
    if (!t) continue;
    source.set(name, text);
    if (t.ns === 0) bare.push([name, text]);
  }
  for (const [name, text] of bare) {
    const asTemplate = parseTitle(site, `${templateNs}:${name}`);
    if (asTemplate && !source.has(asTemplate.full)) source.set(asTemplate.full, text);
  }
  return source;
}
