/**
 * MediaWiki's language-converter parser tests (langParserTests*.txt), Chinese cases, through the
 * real engine: each test becomes one case per variant it names, the wikitext goes through
 * `convertPage` (site zh, the test's variant and title, the file's `!! article` pages as the page
 * source), the Markdown is rendered by markdown-it (+ footnotes), and the text a reader sees is
 * compared with the text of the legacy parser's HTML (`!! html/php`, else `!! html`), whitespace
 * ignored; the shown title is compared too where the test checks it (`showtitle`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { decodeEntities } from '../../src/site/entities.js';
import { validateVariant } from '../../src/variants/codes.js';
import { categoryWords } from '../../src/writer/labels.js';

export interface PeerCase {
  file: string;
  name: string;
  /** Variant as the test spells it (zh-Hant-TW, zh-tw, zh …). */
  variantOption: string;
  /** Internal code, null for `zh` (no conversion). */
  variant: string | null;
  wikitext: string;
  /** Visible text of the expected HTML, or null when the test only checks the title. */
  expected: string | null;
  /** Expected display title, when the test shows it. */
  expectedTitle: string | null;
  /** Expected category names, when the test lists them (`cat` option). */
  expectedCategories: string[] | null;
  pageTitle: string;
  /** The file's `!! article` pages (templates the tests use). */
  articles: MemoryPageSource;
}

interface Block {
  kind: 'test' | 'article';
  name: string;
  sections: Map<string, string>;
}

/** The `!! test` and `!! article` blocks of a parser-test file. */
function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let section = '';
  let body: string[] = [];
  const close = (): void => {
    if (cur && section) cur.sections.set(section, body.join('\n'));
    body = [];
  };
  for (const line of text.split('\n')) {
    const m = /^!!\s*(\S+)\s*$/.exec(line);
    if (!m) {
      body.push(line);
      continue;
    }
    const key = m[1]!.toLowerCase();
    if (key === 'test' || key === 'article') {
      cur = { kind: key, name: '', sections: new Map() };
      section = 'name';
      body = [];
    } else if (key === 'end' || key === 'endarticle') {
      close();
      if (cur) {
        cur.name = (cur.sections.get('name') ?? '').trim();
        blocks.push(cur);
      }
      cur = null;
      section = '';
    } else {
      close();
      section = key;
    }
  }
  return blocks;
}

const SITE = siteFor('zh');

/** Visible text of an HTML fragment (legacy-parser HTML or markdown-it's), whitespace collapsed. */
export function visibleText(html: string): string {
  // The section edit link is interface, not content; so are markdown-it-footnote's back links.
  const content = html
    .replace(/<span class="mw-editsection">[\s\S]*?<\/a><span class="mw-editsection-bracket">\]<\/span><\/span>/g, '')
    .replace(/<a href="#fnref[^"]*" class="footnote-backref">[\s\S]*?<\/a>/g, '');
  const noTags = content.replace(/<[^>]*>/g, ' ');
  return decodeEntities(noTags).replace(/\s+/g, ' ').trim();
}

export function loadPeerCases(shared: string): PeerCase[] {
  const cases: PeerCase[] = [];
  for (const file of ['langParserTests.txt', 'langParserTests2.txt']) {
    const blocks = readBlocks(readFileSync(join(shared, 'peer-tests', file), 'utf8'));
    const articles = new MemoryPageSource(SITE);
    for (const b of blocks) if (b.kind === 'article') articles.set(b.name, b.sections.get('text') ?? '');
    for (const b of blocks) {
      if (b.kind !== 'test') continue;
      const options = b.sections.get('options') ?? '';
      if (!/\blanguage=zh\b/.test(options)) continue;
      const wikitext = b.sections.get('wikitext');
      const html = b.sections.get('html/php') ?? b.sections.get('html');
      const meta = b.sections.get('metadata+langconv') ?? b.sections.get('metadata/php') ?? null;
      const showTitle = /\bshowtitle\b/.test(options);
      const cats = /(?:^|\s)cat(?:\s|$)/.test(options) ? categoriesOf(b.sections.get('metadata') ?? '') : null;
      if (wikitext === undefined || (html === undefined && !(showTitle && meta))) continue;
      const variants = /\b(?:htmlVariantLanguage|variant)=(\S+)/.exec(options)?.[1]?.split(',') ?? ['zh'];
      const pageTitle = /title=\[\[([^\]]+)\]\]/.exec(options)?.[1] ?? 'Parser test';
      for (const raw of variants) {
        const v = validateVariant(raw);
        cases.push({
          file,
          name: b.name,
          variantOption: raw,
          variant: v === 'zh' ? null : v,
          wikitext,
          expected: html === undefined ? null : visibleText(html),
          expectedTitle: showTitle && meta ? visibleText(meta) : null,
          expectedCategories: cats,
          pageTitle,
          articles,
        });
      }
    }
  }
  return cases;
}

/** `cat=分类 sort=` lines of a test's metadata section. */
function categoriesOf(metadata: string): string[] {
  const out: string[] = [];
  for (const m of metadata.matchAll(/^cat=(.*?) sort=/gm)) out.push(m[1]!);
  return out;
}

const md = new MarkdownIt({ html: true, linkify: false }).use(footnote);

export interface PeerOutcome {
  markdown: string;
  text: string;
  title: string;
  categories: string[];
}

const [CATEGORY_LABEL, CATEGORY_SEP] = categoryWords('zh');

/**
 * The page without its category line: MediaWiki shows categories in a box outside the parser's
 * HTML, so the tests check them in their metadata (compared separately).
 */
export function withoutCategoryLine(markdown: string): string {
  const line = markdown.lastIndexOf(`**${CATEGORY_LABEL}**${CATEGORY_SEP}`);
  return line >= 0 && (line === 0 || markdown[line - 1] === '\n') ? markdown.slice(0, line) : markdown;
}

/** What a reader sees of a Markdown page: rendered by markdown-it, tags dropped, whitespace collapsed. */
export function readerText(markdown: string, opts: { withoutCode?: boolean } = {}): string {
  let html = md.render(markdown);
  // Code is never converted: a check of converted prose may leave it out.
  if (opts.withoutCode) html = html.replace(/<pre>[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, ' ');
  return visibleText(html);
}

/** Run one case through the engine and read the result as a reader would. */
export function runPeerCase(c: PeerCase): PeerOutcome {
  const res = convertPage(c.wikitext, {
    site: 'zh',
    variant: c.variant,
    title: c.pageTitle,
    templates: c.articles,
    now: new Date('1970-01-01T00:02:03Z'),
    expansion: { missingTemplates: 'link' },
  });
  const body = res.meta.categories.length > 0 ? withoutCategoryLine(res.markdown) : res.markdown;
  return {
    markdown: res.markdown,
    text: visibleText(md.render(body)),
    title: res.meta.variantTitle ?? res.meta.title,
    categories: res.meta.categories.map((c) => c.name),
  };
}

/** Whitespace is not compared: the HTML puts breaks and tag boundaries where Markdown has none. */
const squash = (s: string): string => s.replace(/\s+/g, '');

export function passes(c: PeerCase, o: PeerOutcome): boolean {
  if (c.expected !== null && squash(o.text) !== squash(c.expected)) return false;
  if (c.expectedTitle !== null && squash(o.title) !== squash(c.expectedTitle)) return false;
  if (c.expectedCategories !== null && o.categories.join('|') !== c.expectedCategories.join('|')) return false;
  return true;
}
