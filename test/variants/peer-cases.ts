/**
 * MediaWiki's language-converter parser tests (langParserTests*.txt), Chinese cases: read the
 * file, expand each test into one case per variant, and compare what a reader sees.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainText, type Block } from '../../src/ast/nodes.js';
import { decodeEntities } from '../../src/site/entities.js';
import { validateVariant } from '../../src/variants/codes.js';
import { applyVariants } from '../../src/variants/transform.js';
import { miniDocument, miniInline } from './mini-wikitext.js';

export interface PeerCase {
  file: string;
  name: string;
  variant: string | null;
  wikitext: string;
  /** Visible text of the expected HTML, or null when the test only checks the title. */
  expected: string | null;
  /** Expected display title, when the test shows it. */
  expectedTitle: string | null;
  pageTitle: string;
}

export function sharedDir(): string | null {
  const dir = process.env.WIKIMARK_SHARED ?? join(process.cwd(), '..', 'shared');
  if (existsSync(join(dir, 'peer-tests'))) return dir;
  const alt = '/work/shared';
  return existsSync(join(alt, 'peer-tests')) ? alt : null;
}

function sections(block: string): Map<string, string> {
  const out = new Map<string, string>();
  let name = '';
  let body: string[] = [];
  for (const line of block.split('\n')) {
    const m = /^!! (\S.*)$/.exec(line);
    if (m) {
      if (name) out.set(name, body.join('\n'));
      name = m[1]!.trim();
      body = [];
    } else body.push(line);
  }
  if (name) out.set(name, body.join('\n'));
  return out;
}

/** Visible text of an HTML fragment, whitespace collapsed. */
export function visibleText(html: string): string {
  // The section edit link is interface, not content.
  const content = html.replace(/<span class="mw-editsection">[\s\S]*?<\/a><span class="mw-editsection-bracket">\]<\/span><\/span>/g, '');
  const noTags = content.replace(/<[^>]*>/g, ' ');
  return decodeEntities(noTags).replace(/\s+/g, ' ').trim();
}

export function loadPeerCases(shared: string): PeerCase[] {
  const cases: PeerCase[] = [];
  for (const file of ['langParserTests.txt', 'langParserTests2.txt']) {
    const text = readFileSync(join(shared, 'peer-tests', file), 'utf8');
    for (const block of text.split(/\n!! test\n/).slice(1)) {
      const nameEnd = block.indexOf('\n!! ');
      const name = block.slice(0, nameEnd).trim();
      const s = sections(block.slice(nameEnd));
      const options = s.get('options') ?? '';
      if (!/\blanguage=zh\b/.test(options)) continue;
      const wikitext = s.get('wikitext');
      const html = s.get('html/php') ?? s.get('html');
      const meta = s.get('metadata+langconv') ?? s.get('metadata/php') ?? null;
      const showTitle = /\bshowtitle\b/.test(options);
      if (wikitext === undefined || (html === undefined && !(showTitle && meta))) continue;
      const variants = /\b(?:htmlVariantLanguage|variant)=(\S+)/.exec(options)?.[1]?.split(',') ?? ['zh'];
      const pageTitle = /title=\[\[([^\]]+)\]\]/.exec(options)?.[1] ?? 'Parser test';
      for (const raw of variants) {
        const v = validateVariant(raw);
        cases.push({
          file,
          name,
          variant: v === 'zh' ? null : v,
          wikitext,
          expected: html === undefined ? null : visibleText(html),
          expectedTitle: showTitle && meta ? visibleText(meta) : null,
          pageTitle,
        });
      }
    }
  }
  return cases;
}

/** Expand `{{1x|…}}` (the only template these cases use) before reading. */
function preprocess(src: string): string {
  return src.replace(/\{\{1x\|([^{}]*)\}\}/g, '$1');
}

export interface PeerOutcome {
  text: string;
  title: string;
}

export function runPeerCase(c: PeerCase): PeerOutcome {
  const { doc, switches } = miniDocument(preprocess(c.wikitext));
  const res = applyVariants(doc, {
    variant: c.variant,
    noteTA: null,
    groups: null,
    parseInline: miniInline,
    warn: () => {},
    title: c.pageTitle,
    switches,
  });
  const text = doc.children.map((b: Block) => (b.type === 'codeBlock' ? b.value : plainText([b]))).join(' ');
  return { text: text.replace(/\s+/g, ' ').trim(), title: res.title ?? c.pageTitle };
}

/** Whitespace is not compared: the HTML puts breaks and tag boundaries where Markdown has none. */
const squash = (s: string): string => s.replace(/\s+/g, '');

export function passes(c: PeerCase, o: PeerOutcome): boolean {
  if (c.expected !== null && squash(o.text) !== squash(c.expected)) return false;
  if (c.expectedTitle !== null && squash(o.title) !== squash(c.expectedTitle)) return false;
  return true;
}
