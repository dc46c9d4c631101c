/**
 * The Markdown we write, parsed back by two independent CommonMark/GFM readers, must show the
 * structure of the wikitext it came from: headings, tables, list items, footnotes, link targets.
 * Runs on our own sample dump (always) and on the real zh pages (when the shared data is there).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { convertPage } from '../../src/engine/convert.js';
import { PageScanner } from '../../src/dump/scanner.js';
import type { DumpPage } from '../../src/dump/types.js';
import { siteFromInfo } from '../../src/dump/site.js';
import { parseTitle } from '../../src/site/titles.js';
import type { SiteConfig } from '../../src/site/types.js';
import { sharedDir } from '../helpers/shared-dir.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const md = new MarkdownIt({ html: true }).use(footnote);

interface Shape { headings: number; tables: number; items: number; fnRefs: number; fnDefs: number; hrefs: string[] }

/** What a reader sees, from rendered HTML (works for both renderers' output). */
function shapeOfHtml(html: string): Omit<Shape, 'fnDefs'> & { fnDefs: number } {
  const count = (re: RegExp) => (html.match(re) ?? []).length;
  const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => decodeHtml(m[1]!));
  return {
    // micromark titles its footnote section with an <h2 id="footnote-label">: not the page's heading.
    headings: count(/<h[1-6][\s>]/g) - count(/<h2 id="footnote-label"/g),
    tables: count(/<table[\s>]/g),
    items: count(/<li[\s>]/g) + count(/<dd[\s>]/g) + count(/<dt[\s>]/g),
    // markdown-it-footnote: <sup class="footnote-ref">; micromark: <sup><a … data-footnote-ref …>
    fnRefs: count(/class="footnote-ref"/g) + count(/data-footnote-ref/g),
    fnDefs: count(/<li id="fn/g) + count(/<li id="user-content-fn-/g),
    hrefs,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function decodeHtml(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Headings, tables and links the wikitext itself asks for (outside comments, nowiki, pre, templates). */
function shapeOfSource(site: SiteConfig, wikitext: string) {
  let s = wikitext.replace(/<!--[\s\S]*?(-->|$)/g, '');
  // Variant choices show one alternative only (`-{zh-hans:[[A]];zh-hant:[[B]]}-`).
  s = s.replace(/-\{[^{}]*\}-/g, ' ');
  s = s.replace(/<(nowiki|pre|syntaxhighlight|source|math|ref|gallery)\b[^>]*?(\/>|>[\s\S]*?<\/\1\s*>)/gi, ' ');
  // Template calls removed with nesting: what they render is not the source's own structure.
  let out = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{' && s[i + 1] === '{') { depth++; i++; continue; }
    if (depth > 0 && s[i] === '}' && s[i + 1] === '}') { depth--; i++; continue; }
    if (depth === 0) out += s[i];
  }
  const headings = (out.match(/^(={1,6})[^=\n](?:.*[^=\n])?\1[ \t]*$/gm) ?? []).length;
  const tables = (out.match(/^[ \t]*\{\|/gm) ?? []).length;
  const targets: string[] = [];
  for (const m of out.matchAll(/\[\[([^[\]|#]+)(?:#[^[\]|]*)?(?:\|[^[\]]*)?\]\]/g)) {
    const t = parseTitle(site, m[1]!);
    if (!t || t.interwiki || t.ns === 6 || t.ns === 14 || m[1]!.trim().startsWith(':')) continue;
    targets.push(t.full);
  }
  return { headings, tables, targets };
}

function check(site: SiteConfig, title: string, wikitext: string) {
  const { markdown } = convertPage(wikitext, { site, title });
  const a = shapeOfHtml(md.render(markdown));
  const b = shapeOfHtml(micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }));
  // The two readers agree on every count: the Markdown is not ambiguous.
  for (const k of ['headings', 'tables', 'items', 'fnRefs', 'fnDefs'] as const) {
    assert.equal(a[k], b[k], `${title}: markdown-it and micromark disagree on ${k}`);
  }
  const src = shapeOfSource(site, wikitext);
  assert.equal(a.headings, src.headings, `${title}: headings`);
  assert.ok(a.tables >= src.tables, `${title}: tables ${a.tables} < ${src.tables}`);
  // Every footnote marker has its definition, and every definition is used.
  assert.ok(a.fnDefs > 0 === a.fnRefs > 0, `${title}: footnote refs ${a.fnRefs} vs definitions ${a.fnDefs}`);
  // Every page the source links to is a link target in the output.
  const hrefs = new Set(a.hrefs.map((h) => safeDecode(h.replace(/#.*$/, '')).replace(/_/g, ' ')));
  for (const target of src.targets) {
    const url = (site.articleBase + target).replace(/_/g, ' ');
    assert.ok(hrefs.has(url), `${title}: no link to ${target}`);
  }
}

function samplePages(): { site: SiteConfig; pages: DumpPage[] } {
  const scanner = new PageScanner();
  const pages: DumpPage[] = [];
  scanner.push(fs.readFileSync(path.join(repo, 'sample/zhwiki-sample.xml')), pages);
  return { site: siteFromInfo(scanner.siteInfo!), pages };
}

test('sample dump: parsed-back structure matches the source', () => {
  const { site, pages } = samplePages();
  let checked = 0;
  for (const p of pages) {
    if (p.ns !== 0 || p.redirect) continue;
    check(site, p.title, p.text);
    checked++;
  }
  assert.ok(checked >= 15, `only ${checked} sample pages`);
});

test('real zh pages: parsed-back structure matches the source', (t) => {
  const shared = sharedDir('corpus');
  if (!shared) return t.skip('shared data not found');
  const dir = path.join(shared, 'corpus/zhwiki/pages');
  const site = samplePages().site;
  const lines = fs.readFileSync(path.join(shared, 'corpus/zhwiki/manifest.tsv'), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const [file, title] = line.split('\t');
    check(site, title!, fs.readFileSync(path.join(dir, path.basename(file!)), 'utf8'));
  }
});
