/** PageSource implementations: pages held in memory, or a folder of `Name.wikitext` files. */
import fs from 'node:fs';
import path from 'node:path';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import type { PageSource } from './types.js';

/** Pages a transclusion fetches at most: the one named and two redirect targets (Parser::statelessFetchTemplate). */
export const TRANSCLUSION_FETCHES = 3;

/**
 * Pages in memory, keyed by title; redirects (`#REDIRECT [[X]]`) are followed as a transclusion
 * follows them: two at most (TRANSCLUSION_FETCHES).
 */
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
   * The chain of redirects from `fullTitle` as Parser::statelessFetchTemplate fetches it, three
   * pages at most: the text of the page it ends at (a third redirect's own text when the chain is
   * longer) and the last title it redirected to (null when `fullTitle` is no redirect). A redirect
   * whose target is no title is no redirect, its text read as any page's. Deliberately unlike
   * MediaWiki: a redirect to a missing page gives null, where the wiki, whose fetch loop stops
   * (`else { break; }`) with the text it has, shows the redirect's own line ("1. REDIRECT
   * Template:Nope"); a dump may lack pages the wiki has, and null lets the call take the
   * missing-template path (a built-in handler for the target, or a warning) instead of that line.
   */
  private follow(fullTitle: string): { text: string | null; last: string | null } {
    let t = parseTitle(this.site, fullTitle);
    let last: string | null = null;
    let text: string | null = null;
    for (let fetched = 0; t && fetched < TRANSCLUSION_FETCHES; fetched++) {
      const page = this.pages.get(t.full);
      if (page === undefined) return { text: null, last };
      text = page;
      const target = this.targetOf(page);
      if (target === null) return { text, last };
      if (fetched + 1 === TRANSCLUSION_FETCHES) break;
      t = parseTitle(this.site, target);
      if (t) last = t.full;
    }
    return { text: t ? text : null, last };
  }

  private targetOf(text: string): string | null {
    const head = text.trimStart().slice(0, 300);
    for (const word of this.site.redirectWords) {
      if (head.slice(0, word.length).toUpperCase() !== word.toUpperCase()) continue;
      const m = /^\s*:?\s*\[\[([^\]|#]+)/.exec(head.slice(word.length));
      // A target that is no title (`[[a<b]]`) makes no redirect (WikitextContentHandler): the page is its own text.
      if (m) return parseTitle(this.site, m[1]!) ? m[1]! : null;
    }
    return null;
  }
}

/** Text as MediaWiki saves it: PHP's rtrim (space, tab, newlines, NUL, vertical tab), then `\r\n` and `\r` as `\n`. */
export function savedText(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n\r\0\v'.includes(text[end - 1]!)) end--;
  const kept = end < text.length ? text.slice(0, end) : text;
  return kept.indexOf('\r') >= 0 ? kept.replace(/\r\n?/g, '\n') : kept;
}

/**
 * A folder of `Name.wikitext` files (`/` and `:` in names written as `%2F` and `%3A`). A name
 * with a namespace prefix is that page; a bare name is taken as a template (`Name` →
 * `Template:Name`) and also as a main-namespace page, for `{{:Name}}` transclusion. Each file is
 * read as the wiki would have saved it: line ends as `\n`, trailing white space gone
 * (TextContent::normalizeLineEndings) — the final newline an editor adds would otherwise follow
 * a template's `</noinclude>` into every page using it, a space or a paragraph break after each call.
 * A leading UTF-8 byte-order mark is dropped, as it would otherwise print before every call.
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
    const raw = fs.readFileSync(path.join(dir, file), 'utf8');
    // A byte-order mark some editors write is no part of the page (a dump's text keeps one: the wiki would).
    const text = savedText(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
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
