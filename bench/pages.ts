/** Pages of the shared dumps and corpus, in memory, for benchmarks and quality readings. */
import fs from 'node:fs';
import path from 'node:path';
import { PageScanner } from '../src/dump/scanner.js';
import { siteFromInfo } from '../src/dump/site.js';
import type { DumpPage } from '../src/dump/types.js';
import { MemoryPageSource } from '../src/engine/pagesource.js';
import type { SiteConfig } from '../src/site/types.js';

/** Every complete page of a (possibly truncated) plain XML dump. */
export function readDumpPages(file: string): { site: SiteConfig; pages: DumpPage[] } {
  const scanner = new PageScanner();
  const pages: DumpPage[] = [];
  scanner.push(fs.readFileSync(file), pages);
  if (!scanner.siteInfo) throw new Error(`${file}: not a MediaWiki dump`);
  return { site: siteFromInfo(scanner.siteInfo), pages };
}

/** A page the engine benchmarks convert: title, wikitext and the wiki it comes from. */
export interface BenchPage {
  title: string;
  text: string;
  site: SiteConfig;
}

/** The article pages (no redirects, no empty pages) of the shared ja and uk dumps under `shared`. */
export function benchPages(shared: string): BenchPage[] {
  const out: BenchPage[] = [];
  for (const name of ['jawiki-truncated.xml', 'ukwiki-truncated.xml']) {
    const { site, pages } = readDumpPages(path.join(shared, 'dumps', name));
    for (const p of pages) if (!p.redirect && p.text.length > 0) out.push({ title: p.title, text: p.text, site });
  }
  return out;
}

/**
 * The real zh templates of `corpus/zhwiki/templates/` (manifest.tsv: file, name with an optional
 * "(note)"), as a page source for expansion, with their names.
 */
export function readCorpusTemplates(zhDir: string, site: SiteConfig): { source: MemoryPageSource; names: string[] } {
  const source = new MemoryPageSource(site);
  const names: string[] = [];
  const manifest = fs.readFileSync(path.join(zhDir, 'templates/manifest.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const line of manifest) {
    const [file, label] = line.split('\t');
    const name = label!.replace(/\s*\(.*\)$/, '');
    names.push(name);
    source.set(`Template:${name}`, fs.readFileSync(path.join(zhDir, 'templates', file!), 'utf8'));
  }
  return { source, names };
}
