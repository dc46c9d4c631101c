/**
 * MediaWiki parser-test files (../shared/peer-tests) for template expansion: reading the format,
 * choosing the applicable cases (with the reason for each exclusion), and running a case the way
 * a reader meets it — through the real pipeline (`convertPage` → Markdown → markdown-it) with
 * MediaWiki's parser-test settings: the file's `!! article` pages as the wiki, the clock at
 * 1970-01-01T00:02:03Z UTC, missing templates shown as links, the language, variant, title and
 * local time zone the case's options name. The rendered HTML is compared with MediaWiki's
 * expected HTML on what ptscore.mjs compares (pipeline.ts).
 */
import fs from 'node:fs';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { buildSite } from '../../src/site/defaults.js';
import type { SiteConfig } from '../../src/site/types.js';
import { builtinRegistry } from '../../src/templates/registry.js';
import { categoryWords } from '../../src/writer/labels.js';
import { differences, renderMarkdown, signature, type Signature } from './pipeline.js';

export interface PeerCase {
  name: string;
  options: string;
  config: string;
  wikitext: string;
  html: string | null;
  hooks: boolean;
}

export interface PeerFile {
  cases: PeerCase[];
  articles: Map<string, string>;
}

export function readPeerFile(file: string): PeerFile {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const cases: PeerCase[] = [];
  const articles = new Map<string, string>();
  let cur: { kind: 'test' | 'article'; name: string[]; sections: Record<string, string[]> } | null = null;
  let section: string | null = null;
  for (const line of lines) {
    const m = /^!!\s*([a-z/+*-]+|endarticle|endhooks|endfunctionhooks)\s*(.*)$/i.exec(line);
    if (m) {
      const key = m[1]!.toLowerCase();
      if (key === 'test' || key === 'article') {
        cur = { kind: key, name: [], sections: {} };
        section = 'name';
        if (m[2]) cur.name.push(m[2]);
        continue;
      }
      if (key === 'end' || key === 'endarticle') {
        if (cur?.kind === 'test') {
          const s = cur.sections;
          const html = s['html/php'] ?? s['html'] ?? s['html/*'] ?? null;
          cases.push({
            name: cur.name.join('\n').trim(),
            options: (s.options ?? []).join('\n'),
            config: (s.config ?? []).join('\n'),
            wikitext: (s.wikitext ?? []).join('\n'),
            html: html ? html.join('\n') : null,
            hooks: 'hooks' in s || 'functionhooks' in s,
          });
        } else if (cur?.kind === 'article') {
          articles.set(cur.name.join('').trim(), (cur.sections.text ?? []).join('\n'));
        }
        cur = null;
        section = null;
        continue;
      }
      if (cur) {
        section = key;
        cur.sections[key] = [];
      }
      continue;
    }
    if (!cur || !section) continue;
    if (section === 'name') cur.name.push(line);
    else cur.sections[section]!.push(line);
  }
  return { cases, articles };
}

const SKIP_OPTIONS: Array<[RegExp, string]> = [
  [/\bpst\b|\bonlypst\b/, 'pre-save transform mode'],
  [/\bmsg\b/, 'message mode'],
  [/\bsection=|\breplace=/, 'section editing'],
  [/\bcomment\b/, 'edit-comment formatting'],
  [/\bpreload\b/, 'preload mode'],
  [/\blastsavedrevision\b|\bshowflags\b/, "the test runner's revision record (ids, user, timestamps) and output flags"],
  [/\bshowtitle\b|\bshowindicators\b|\bshowtocdata\b|\bshowmedia\b/, 'output metadata, not text'],
  [/\bcat\b|\bill\b|\bextlinks\b|\bproperty=/, 'page metadata, not text'],
  [/\bdjvu\b|\bthumbsize\b/, 'media handling'],
  [/\buserlanguage\b|\buserLanguage=/i, 'user language'],
  [/\bnohtml\b|\bwrap\b/, 'output wrapping'],
  [/\blocal\b/, 'local-only test'],
];

/** Why a case is not applicable to the preprocessor, or null when it is. */
export function exclusion(c: PeerCase, requireBraces: boolean, articles?: Map<string, string>): string | null {
  if (c.html === null) return 'no legacy-parser HTML expected';
  if (/\+disabled|disabled/.test(c.options)) return 'disabled in MediaWiki';
  if (c.hooks) return 'needs a test hook';
  // $wgFragmentMode with html5 first is the default (it adds only invisible legacy ids);
  // $wgLocaltimezone is an expansion option. Anything else changes the wiki.
  const config = c.config.replace(/^\s*wgFragmentMode=\[\s*"html5".*$/gm, '').trim();
  if (config !== '' || /\bwg[A-Z]\w*=/.test(c.options.replace(/wgLocaltimezone=\S+/, ''))) return 'needs site configuration';
  if (/\bsubpage\b/.test(c.options)) return 'needs main-namespace subpages (site configuration; off on every Wikipedia)';
  if (/\bmaxincludesize=|\bmaxtemplatedepth=/.test(c.options)) return 'needs a lowered expansion limit (a test setting convertPage does not take)';

  if (/\{\{#(?:divtag|spantag|pwraptest)|spantaglegacy|<style\b/i.test(c.wikitext)) return 'needs a test-only extension';
  for (const [re, why] of SKIP_OPTIONS) if (re.test(c.options)) return why;
  if (/<ref\b|<references\b/i.test(c.wikitext)) return 'needs Cite rendering';
  if (/<(?:tag|tåg|statictag|pwraptest|embedtag|spantag|div_tag|section|gallery|indicator)\b/i.test(c.wikitext)) return 'needs a test-only or rendering extension';
  if (/\[\[(?:File|Image|Media|Datei):/i.test(c.wikitext)) return 'needs image rendering';
  if (transcludesSpecialPage(c.wikitext, articles)) return 'transcludes a special page (a list generated from the live database)';
  if (requireBraces && c.wikitext.indexOf('{{') < 0) return 'no template or function';
  return null;
}

const SPECIAL_CALL = /\{\{\s*(?:Special|特殊|Спеціальна):/i;

/** `{{Special:…}}` in the case, or in a test article the case calls by name. */
function transcludesSpecialPage(wikitext: string, articles?: Map<string, string>): boolean {
  if (SPECIAL_CALL.test(wikitext)) return true;
  for (const [title, text] of articles ?? []) {
    if (!SPECIAL_CALL.test(text)) continue;
    const name = title.replace(/^Template:/i, '').replace(/_/g, ' ');
    if (wikitext.replace(/_/g, ' ').toLowerCase().includes('{{' + name.toLowerCase())) return true;
  }
  return false;
}

// ───────────── running a case ─────────────

/** MediaWiki's parser-test clock ($wgParserTestCurrentTime… ParserTestRunner: 1970-01-01T00:02:03Z). */
export const TEST_NOW = new Date(Date.UTC(1970, 0, 1, 0, 2, 3));

/**
 * Files the parser-test environment uploads before running (ParserTestRunner's setup): a
 * description page stands for each, so `#ifexist` and links see them as existing.
 */
const TEST_UPLOADS = ['File:Foobar.jpg', 'File:Foobar.svg', 'File:Thumb.png', 'File:Bad.jpg', 'File:Video.ogv', 'File:Audio.oga', 'File:LoremIpsum.djvu'];

const siteCache = new Map<string, SiteConfig>();
function testSite(lang: string): SiteConfig {
  let site = siteCache.get(lang);
  if (!site) {
    // $wgServer http://example.org, $wgArticlePath /wiki/$1, $wgSitename MediaWiki.
    site = buildSite({ lang, siteName: 'MediaWiki', articleBase: 'http://example.org/wiki/' });
    siteCache.set(lang, site);
  }
  return site;
}

export interface CaseSettings {
  lang: string;
  variant: string | null;
  title: string;
  localTimezone: string;
}

export function caseSettings(c: PeerCase): CaseSettings {
  const opt = (re: RegExp): string | null => re.exec(c.options)?.[1] ?? null;
  return {
    lang: opt(/language=([\w-]+)/) ?? 'en',
    variant: opt(/variant=([\w-]+)/),
    title: (opt(/title=\[\[([^\]]+)\]\]/) ?? opt(/title=([^\s[]\S*)/) ?? 'Parser test').trim(),
    localTimezone: opt(/wgLocaltimezone=([\w/+-]+)/) ?? 'UTC',
  };
}

function testSource(site: SiteConfig, articles: Map<string, string>): MemoryPageSource {
  const source = new MemoryPageSource(site);
  for (const title of TEST_UPLOADS) source.set(title, '');
  for (const [title, text] of articles) source.set(title, text);
  return source;
}

export interface CaseResult {
  pass: boolean;
  /** Criteria on which what a reader sees differs from MediaWiki's HTML (ptscore's). */
  fails: string[];
  markdown: string;
  expected: Signature;
  got: Signature;
  warnings: string[];
}

/** One case through convertPage → Markdown → markdown-it, compared with the expected HTML. */
export function runCase(c: PeerCase, articles: Map<string, string>): CaseResult {
  const s = caseSettings(c);
  const site = testSite(s.lang);
  const result = convertPage(c.wikitext, {
    site,
    title: s.title,
    templates: testSource(site, articles),
    now: TEST_NOW,
    variant: s.variant,
    // The test's articles are the wiki: they win over our built-in handlers of the same name.
    expansion: { preferExpansion: 'all', missingTemplates: 'link', localTimezone: s.localTimezone },
  });
  const expected = signature(c.html ?? '');
  // The categories line stands for MediaWiki's category box, which the skin draws outside the
  // parser output these tests compare.
  const got = signature(renderMarkdown(withoutCategoryLine(result.markdown, s.variant ?? site.lang, result.meta.categories.length > 0)));
  const fails = differences(expected, got);
  return { pass: fails.length === 0, fails, markdown: result.markdown, expected, got, warnings: result.warnings.map((w) => w.code) };
}

function withoutCategoryLine(markdown: string, lang: string, hasCategories: boolean): string {
  if (!hasCategories) return markdown;
  const [label] = categoryWords(lang); // lang: the variant when one is set (the writer labels in the reader's script)
  const lines = markdown.trimEnd().split('\n');
  if (lines.at(-1)!.startsWith(`**${label}**`)) lines.pop();
  return lines.join('\n') + '\n';
}

/** The case's wikitext after expansion alone (markers shown as `⟦n⟧`): for telling whose failure it is. */
export function expandedText(c: PeerCase, articles: Map<string, string>): string {
  const s = caseSettings(c);
  const site = testSite(s.lang);
  const pre = expand(c.wikitext, {
    site,
    title: s.title,
    source: testSource(site, articles),
    registry: builtinRegistry,
    now: TEST_NOW,
    record: newExpandRecord(),
    preferExpansion: 'all',
    missingTemplates: 'link',
    localTimezone: s.localTimezone,
  });
  return pre.text.replace(/\x7f[^\x7f]*\x7f/g, (m) => `⟦${m.slice(1, -1)}⟧`);
}
