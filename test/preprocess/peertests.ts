/**
 * MediaWiki parser-test files (../shared/peer-tests) for the preprocessor: reading the format,
 * choosing the cases that exercise expansion (with the reason for each exclusion), and
 * comparing what a reader sees — the expected HTML with tags stripped and entities decoded,
 * against our expanded wikitext with its markup removed by a deliberately simple renderer
 * (until the whole engine can render Markdown). Whitespace is ignored in the comparison.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { readMarker, type Marker } from '../../src/preprocess/markers.js';
import { isAllowedTag } from '../../src/ast/html.js';
import { decodeEntities } from '../../src/site/entities.js';
import { buildSite } from '../../src/site/defaults.js';
import type { SiteConfig } from '../../src/site/types.js';
import { differences, renderMarkdown, signature, toMarkdown } from './pipeline.js';

/** The shared data folder, or null when it is not present. */
export function sharedDir(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const repo = path.resolve(here, '../../..');
  const candidates = [process.env.WIKIMARK_SHARED, path.join(repo, '../shared'), path.join(repo, '../../shared')];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, 'peer-tests'))) return c;
  return null;
}

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
  [/\bshowtitle\b|\bshowindicators\b|\bshowflags\b|\bshowtocdata\b|\bshowmedia\b/, 'output metadata, not text'],
  [/\bcat\b|\bill\b|\bextlinks\b|\bproperty=/, 'page metadata, not text'],
  [/\blastsavedrevision\b/, 'revision storage'],
  [/\bdjvu\b|\bthumbsize\b/, 'media handling'],
  [/\buserlanguage\b|\buserLanguage=/i, 'user language'],
  [/\bnohtml\b|\bwrap\b/, 'output wrapping'],
  [/\blocal\b/, 'local-only test'],
];

/** Why a case is not applicable to the preprocessor, or null when it is. */
export function exclusion(c: PeerCase, requireBraces: boolean): string | null {
  if (c.html === null) return 'no legacy-parser HTML expected';
  if (/\+disabled|disabled/.test(c.options)) return 'disabled in MediaWiki';
  if (c.hooks) return 'needs a test hook';
  if (c.config.trim() !== '' || /\bwg[A-Z]\w*=/.test(c.options.replace(/wgLocaltimezone=\S+/, ''))) return 'needs site configuration';
  const lang = /language=([\w-]+)/.exec(c.options)?.[1];

  if (/\{\{#(?:divtag|spantag|pwraptest)|spantaglegacy|<style\b/i.test(c.wikitext)) return 'needs a test-only extension';
  for (const [re, why] of SKIP_OPTIONS) if (re.test(c.options)) return why;
  if (/<ref\b|<references\b/i.test(c.wikitext)) return 'needs Cite rendering';
  if (/<(?:tag|tåg|statictag|pwraptest|embedtag|spantag|div_tag|section|gallery|indicator)\b/i.test(c.wikitext)) return 'needs a test-only or rendering extension';
  if (/\[\[(?:File|Image|Media|Datei):/i.test(c.wikitext)) return 'needs image rendering';
  if (requireBraces && c.wikitext.indexOf('{{') < 0) return 'no template or function';
  return null;
}

// ───────────── what a reader sees ─────────────

export function expectedText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<div id="toc"[\s\S]*?<\/div>\s*<\/div>/g, '').replace(/<span class="mw-editsection">[\s\S]*?<\/span><\/span>/g, '');
  s = s.replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '');
  s = s.replace(/<[^>]+>/g, ' ');
  return squash(decodeEntities(s.replace(/&nbsp;/g, ' ')));
}

const squash = (s: string): string => s.replace(/\s+/g, '');

function markerText(m: Marker, markers: Marker[]): string {
  if (m.kind === 'extension') {
    if (m.inner === null) return '';
    const inner = renderMarkers(m.inner, markers);
    if (m.name === 'nowiki') return inner;
    if (m.name === 'pre') return inner.replace(/<\/?nowiki>/g, '');
    return inner;
  }
  return '';
}

function renderMarkers(text: string, markers: Marker[]): string {
  if (text.indexOf('\x7f') < 0) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text.charCodeAt(i) === 0x7f) {
      const r = readMarker(text, i);
      if (r) {
        out += markerText(markers[r.index]!, markers);
        i = r.end;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

/** Table markup reduced to cell texts. */
function tableText(s: string): string {
  let depth = 0;
  return s
    .split('\n')
    .map((line) => {
      const t = line.trimStart();
      if (/^\{\|/.test(t)) {
        depth++;
        return '';
      }
      if (depth === 0) return line;
      if (/^\|\}/.test(t)) {
        depth--;
        return '';
      }
      if (/^\|-/.test(t)) return '';
      if (t.startsWith('|+')) return t.slice(2);
      if (t.startsWith('|') || t.startsWith('!')) {
        return t
          .slice(1)
          .split(/\|\||!!/)
          .map((cell) => {
            const bar = cell.search(/\|(?!\|)/);
            return bar >= 0 && !/\[\[[^\]]*$/.test(cell.slice(0, bar)) ? cell.slice(bar + 1) : cell;
          })
          .join(' ');
      }
      return line;
    })
    .join('\n');
}

const VARIANT_LANGS = new Set(['zh', 'sr', 'kk', 'ku', 'gan', 'iu', 'tg', 'uz', 'shi', 'sh', 'ban', 'crh', 'tly', 'wuu', 'zgh']);

/** A crude reader's view of wikitext: markup characters removed, labels kept. */
export function visibleText(wikitext: string, markers: Marker[], lang = 'en'): string {
  let s = wikitext;
  // Nowiki-like markers must not be reinterpreted: render them after the markup pass.
  const held: string[] = [];
  s = s.replace(/\x7f[0-9a-z]+\x7f/g, (m) => {
    const r = readMarker(m, 0);
    if (!r) return '';
    held.push(markerText(markers[r.index]!, markers));
    return `\u0001${held.length - 1}\u0001`;
  });
  s = s.replace(/__[A-Z]+__/gi, '');
  s = tableText(s);
  s = s.replace(/\[\[(?:Category|分类|分類):[^\]]*\]\]/gi, '');
  s = s.replace(/\[\[:?([^\]|[{}<>\n]+)\|([^\][\n]+)\]\]/g, '$2').replace(/\[\[:?([^\]|[{}<>\n]+)\]\]/g, '$1');
  if (VARIANT_LANGS.has(lang.split('-')[0]!)) {
    s = s.replace(/-\{(?:([a-zA-Z;\s-]*)\|)?([\s\S]*?)\}-/g, (_m, _flags: string | undefined, body: string) => {
      if (/^\s*[a-z-]+\s*:/.test(body)) {
        const first = body.split(';')[0]!;
        return first.slice(first.indexOf(':') + 1);
      }
      return body;
    });
  }
  s = s.replace(/\[((?:https?:)?\/\/[^\s\]]+)\s+([^\]]*)\]/g, '$2');
  let n = 0;
  s = s.replace(/\[((?:https?:)?\/\/[^\s\]]+)\]/g, () => `[${++n}]`);
  s = s.replace(/'''''|'''|''/g, '');
  s = s.replace(/^;([^:\n]*):/gm, '$1 ');
  s = s.replace(/^[*#:;]+/gm, '');
  s = s.replace(/^(=+)(.*?)\1\s*$/gm, '$2');
  s = s.replace(/^-{4,}/gm, '');
  s = s.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (m, name: string) => (isAllowedTag(name.toLowerCase()) ? ' ' : m));
  s = decodeEntities(s);
  s = s.replace(/\u0001(\d+)\u0001/g, (_m, i: string) => decodeEntities(held[Number(i)]!));
  return squash(s);
}

// ───────────── running a case ─────────────

const siteCache = new Map<string, SiteConfig>();
function testSite(lang: string): SiteConfig {
  let site = siteCache.get(lang);
  if (!site) {
    site = buildSite({ lang, siteName: 'MediaWiki', articleBase: 'http://example.org/wiki/' });
    siteCache.set(lang, site);
  }
  return site;
}

export interface CaseResult {
  /** Visible text of the simple renderer equals the expected text. */
  pass: boolean;
  expected: string;
  got: string;
  /** Through parse → Markdown → markdown-it: criteria that differ from MediaWiki's HTML (ptscore's). */
  pipelineFails: string[];
  markdown: string;
  warnings: string[];
}

export function runCase(c: PeerCase, articles: Map<string, string>): CaseResult {
  const opt = (re: RegExp): string | null => re.exec(c.options)?.[1] ?? null;
  const lang = opt(/language=([\w-]+)/) ?? 'en';
  const site = testSite(lang);
  const source = new MemoryPageSource(site);
  for (const [title, text] of articles) source.set(title, text);
  const title = (opt(/title=\[\[([^\]]+)\]\]/) ?? opt(/title=([^\s[]\S*)/) ?? 'Parser test').trim();
  const warnings: string[] = [];
  const pre = expand(c.wikitext, {
    site,
    title,
    source,
    registry: null,
    now: new Date(Date.UTC(1970, 0, 1, 0, 2, 3)),
    warn: (w) => warnings.push(w.code),
    record: newExpandRecord(),
    missingTemplates: 'link',
    localTimezone: opt(/wgLocaltimezone=([\w/]+)/) ?? 'UTC',
    urls: { server: 'http://example.org', canonicalServer: 'http://example.org', articlePath: '/wiki/$1', scriptPath: '' },
    subpagesInMain: /\bsubpage\b/.test(c.options),
    limits: {
      ...(opt(/maxincludesize=(\d+)/) ? { maxIncludeSize: Number(opt(/maxincludesize=(\d+)/)) } : {}),
      ...(opt(/maxtemplatedepth=(\d+)/) ? { maxTemplateDepth: Number(opt(/maxtemplatedepth=(\d+)/)) } : {}),
    },
  });
  const expected = expectedText(c.html ?? '');
  const got = visibleText(pre.text, pre.markers, lang);
  let markdown = '';
  let pipelineFails: string[];
  try {
    markdown = toMarkdown(pre, site, title);
    pipelineFails = differences(signature(c.html ?? ''), signature(renderMarkdown(markdown)));
  } catch (e) {
    pipelineFails = ['crash: ' + (e instanceof Error ? e.message : String(e))];
  }
  return { pass: expected === got, expected, got, pipelineFails, markdown, warnings };
}
