import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, Document, Inline } from '../../src/ast/nodes.js';
import { plainText } from '../../src/ast/nodes.js';
import { removeScars, repairSeam, ScarRemover } from '../../src/transform/scars.js';
import { sharedDir } from '../helpers/shared-dir.js';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { readDumpPages } from '../../bench/pages.js';
import { convertPage } from '../../src/engine/convert.js';
import { siteFor } from '../../src/site/defaults.js';
import type { SiteConfig } from '../../src/site/types.js';

const D = (name = 'x'): Inline => ({ type: 'dropped', name });
const T = (value: string): Inline => ({ type: 'text', value });
const doc = (...children: Block[]): Document => ({ type: 'document', children });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

/** Remove scars from one paragraph and return its children. */
function fix(...children: Inline[]): Inline[] {
  const d = doc(para(...children));
  removeScars(d);
  return d.children.length ? (d.children[0] as { children: Inline[] }).children : [];
}

test('the WSL case: （{{lang-en|…}}，简称WSL） → （简称WSL）', () => {
  const strong: Inline = { type: 'strong', children: [T('WSL')] };
  assert.deepEqual(fix(strong, T('（'), D('Lang-en'), T('，简称WSL）是一个兼容层')), [strong, T('（简称WSL）是一个兼容层')]);
});

test('empty brackets disappear, full-width and ASCII, with or without spaces', () => {
  assert.deepEqual(fix(T('李·德富雷斯特（'), D(), T('）是')), [T('李·德富雷斯特是')]);
  assert.deepEqual(fix(T('Lee ('), D(), T(') was')), [T('Lee was')]);
  assert.deepEqual(fix(T('Lee ( '), D(), T(' ) was')), [T('Lee was')]);
  assert.deepEqual(fix(T('甲（ '), D(), T(' ）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('甲（'), D(), D(), T('）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('甲（'), D(), T('、'), D(), T('）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('「'), D(), T('」とは')), [T('とは')]);
});

test('a separator after an opening bracket or before a closing one goes', () => {
  assert.deepEqual(fix(T('X ('), D(), T(', also Y)')), [T('X (also Y)')]);
  assert.deepEqual(fix(T('（简称WSL，'), D(), T('）')), [T('（简称WSL）')]);
  assert.deepEqual(fix(T('（'), D(), T('；又称Y）')), [T('（又称Y）')]);
  assert.deepEqual(fix(T('（'), D(), T('：Y）')), [T('（Y）')]);
});

test('doubled separators collapse; a separator before the sentence end goes', () => {
  assert.deepEqual(fix(T('甲，'), D(), T('，乙')), [T('甲，乙')]);
  assert.deepEqual(fix(T('a, '), D(), T(', b')), [T('a, b')]);
  assert.deepEqual(fix(T('英语：'), D(), T('，简称')), [T('英语，简称')]);
  assert.deepEqual(fix(T('甲，'), D(), T('。')), [T('甲。')]);
});

test('separators at the start or end of a run', () => {
  assert.deepEqual(fix(D(), T('，开头')), [T('开头')]);
  assert.deepEqual(fix(T('结尾，'), D()), [T('结尾')]);
  assert.deepEqual(fix(D(), T(' Foo')), [T('Foo')]);
});

test('spaces: none before CJK or closing punctuation, one between words', () => {
  assert.deepEqual(fix(T('A '), D(), T('。')), [T('A。')]);
  assert.deepEqual(fix(T('word '), D(), T('.')), [T('word.')]);
  assert.deepEqual(fix(T('A '), D(), T(' B')), [T('A B')]);
  assert.deepEqual(fix(T('中文'), D(), T('中文')), [T('中文中文')]);
});

test('only the seam changes: the author\'s own punctuation elsewhere stays', () => {
  assert.deepEqual(fix(T('（）正文，，'), D(), T('后（ ）')), [T('（）正文，，后（ ）')]);
  assert.deepEqual(fix(T('（'), D(), T('，'), { type: 'wikiLink', title: 'Y', ns: 0, fragment: null, interwiki: null, children: [T('Y')] }, T('）')), [
    T('（'),
    { type: 'wikiLink', title: 'Y', ns: 0, fragment: null, interwiki: null, children: [T('Y')] },
    T('）'),
  ]);
});

test('wrappers emptied by a drop go, and their seam is repaired', () => {
  assert.deepEqual(fix(T('甲（'), { type: 'strong', children: [D()] }, T('）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('甲'), { type: 'emphasis', children: [T('乙（'), D(), T('）')] }), [T('甲'), { type: 'emphasis', children: [T('乙')] }]);
});

test('paragraphs left empty are removed; drops inside tables, infoboxes and footnotes are handled', () => {
  const d = doc(para(T('正文')), para(D('Navbox')), para(T(' '), D('Stub')));
  removeScars(d);
  assert.deepEqual(d, doc(para(T('正文'))));
  const ref: Inline = { type: 'footnoteRef', group: '', name: null, children: [para(T('书名（'), D(), T('）。'))] };
  const cellDoc = doc(
    { type: 'table', attrs: {}, caption: null, rows: [{ type: 'tableRow', attrs: {}, cells: [{ type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [para(T('甲（'), D(), T('）'), ref)] }] }] },
    { type: 'infobox', name: 'Infobox', title: [T('X')], images: [], rows: [{ label: [T('名')], value: [D(), T('，值')] }] },
  );
  removeScars(cellDoc);
  assert.equal(JSON.stringify(cellDoc).includes('dropped'), false);
  assert.equal(plainText([(cellDoc.children[0] as { rows: Array<{ cells: Array<{ children: Block[] }> }> }).rows[0]!.cells[0]!.children[0]!]), '甲');
  assert.deepEqual((ref as { children: Block[] }).children, [para(T('书名。'))]);
  assert.deepEqual((cellDoc.children[1] as { rows: Array<{ value: Inline[] }> }).rows[0]!.value, [T('值')]);
});

test('repairSeam is pure and leaves ordinary joins alone', () => {
  assert.deepEqual(repairSeam('甲', '乙', 'text', 'text'), ['甲', '乙']);
  assert.deepEqual(repairSeam('甲（', '）', 'text', 'boundary'), ['甲', '']);
});

// ───────────── real lead sentences ─────────────

const SCARS = [/[（(][\s，,、;；:：]*[)）]/g, /[（(]\s*[，,、;；]/g];
const count = (s: string) => SCARS.reduce((n, r) => n + (s.match(r) ?? []).length, 0);

/** Split wikitext into text and top-level `{{…}}` (as dropped nodes): the worst case, every template unknown. */
function splitTemplates(s: string): Inline[] {
  const out: Inline[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{' && s[i + 1] === '{') {
      if (depth === 0 && i > start) out.push(T(s.slice(start, i)));
      depth++;
      i++;
    } else if (depth > 0 && s[i] === '}' && s[i + 1] === '}') {
      depth--;
      i++;
      if (depth === 0) {
        out.push(D());
        start = i + 1;
      }
    }
  }
  if (depth === 0 && start < s.length) out.push(T(s.slice(start)));
  return out;
}

function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
  return j === small.length;
}

const shared = sharedDir('corpus');

test('real zh lead sentences: no scars where templates stood, nothing else rewritten', (t) => {
  if (!shared) return t.skip('shared data not found');
  const pagesDir = join(shared, 'corpus', 'zhwiki', 'pages');
  let leads = 0;
  let seamsRepaired = 0;
  for (const f of readdirSync(pagesDir).filter((x) => x.endsWith('.wikitext'))) {
    const src = readFileSync(join(pagesDir, f), 'utf8');
    // The lead: the first line that starts with bold text (templates may precede the bold word).
    const line = src.split('\n').find((l) => /^(\{\{[^{}]*\}\})*'''/.test(l) || l.startsWith("'''"));
    if (!line) continue;
    leads++;
    const nodes = splitTemplates(line);
    const naive = nodes.map((n) => (n.type === 'text' ? n.value : '')).join('');
    const d = doc(para(...nodes));
    removeScars(d);
    const out = d.children.length ? plainText(d.children) : '';
    assert.ok(count(out) <= count(naive.replace(/（）|\(\)/g, '')) || count(out) === 0, `${f}: scars left in ${out.slice(0, 120)}`);
    assert.ok(count(out) <= count(naive), `${f}: scars added`);
    assert.ok(isSubsequence(out, naive), `${f}: only deletions happen`);
    // What was deleted is punctuation and spaces only.
    let j = 0;
    for (const ch of naive) {
      if (out[j] === ch) j++;
      else assert.match(ch, /[\s（）()，,、;；:：。「」『』【】]/u, `${f}: deleted ${ch}`);
    }
    if (out !== naive) seamsRepaired++;
  }
  assert.ok(leads >= 25, `found ${leads} leads`);
  t.diagnostic(`${leads} lead sentences, ${seamsRepaired} needed repairs`);
});

// ───────────── every real page: scars in our output that the source does not have ─────────────

/** wikiscore's scar patterns: empty brackets and brackets opening on a separator. */
const SCAR_PATTERNS = [/[（(][\s，,、;；:：]*[)）]/g, /[（(]\s*[，,、;；]/g];
/** Characters that are markup around a scar's neighbour in wikitext, not text a reader sees. */
const MARKUP = new Set([...'[]\'{}|=<>/"*#:;']);
const reader = new MarkdownIt({ html: true, linkify: false }).use(footnote);

function decodeBasic(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}

/** What a reader sees of the Markdown, as wikiscore reads it: inline text, code, and HTML blocks' text. */
function visibleText(markdown: string): string {
  const parts: string[] = [];
  // A picture written as <img> (an icon with its size) stands where `![]()` would: no text, no gap.
  const html = (h: string) => decodeBasic(h.replace(/<br\s*\/?>/gi, '\n').replace(/<img\b[^>]*>/gi, '').replace(/<[^>]+>/g, ' '));
  for (const tk of reader.parse(markdown, {})) {
    if (tk.type === 'inline') {
      for (const c of tk.children ?? []) {
        if (c.type === 'text' || c.type === 'code_inline') parts.push(c.content);
        else if (c.type === 'html_inline') parts.push(html(c.content));
        else if (c.type === 'softbreak' || c.type === 'hardbreak') parts.push('\n');
      }
      parts.push('\n');
    } else if (tk.type === 'html_block') parts.push(html(tk.content), '\n');
    else if (tk.type === 'fence' || tk.type === 'code_block') parts.push(tk.content, '\n');
  }
  return parts.join('');
}

interface Scar {
  /** The scar with spaces folded ("()", "（，"). */
  bare: string;
  /** The nearest character before it a reader sees: after spaces only, and after markup too. */
  before: string[];
}

/**
 * Scars with where they stand: the scar text and the character just before it, so `size()` in
 * the source excuses only a `size()` in the output. The source's neighbour is taken both as
 * written and with markup skipped (`]]()` reads as the link label's last letter).
 */
function scarsOf(s: string, source: boolean): Scar[] {
  const out: Scar[] = [];
  for (const re of SCAR_PATTERNS) {
    for (const m of s.matchAll(re)) {
      const prev = (skip: (ch: string) => boolean) => {
        let i = m.index! - 1;
        while (i >= 0 && skip(s[i]!)) i--;
        return i >= 0 ? s[i]! : '^';
      };
      const before = [prev((ch) => /\s/.test(ch))];
      if (source) before.push(prev((ch) => /\s/.test(ch) || MARKUP.has(ch)));
      out.push({ bare: m[0].replace(/\s+/g, ' '), before });
    }
  }
  return out;
}

/** Link-shaped file embeds: a reader sees a picture there, not text. */
const FILE_LINK = /\[\[\s*(?:file|image|media|ファイル|画像|文件|檔案|档案|图像|圖像|файл|зображення)\s*:[^[\]]*(?:\[\[[^\]]*\]\][^[\]]*)*\]\]/gi;

/** The source as a reader's text for scar purposes: comments, file embeds and tags out, entities decoded. */
function sourceText(wikitext: string): string {
  return decodeBasic(wikitext.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(FILE_LINK, '').replace(/<\/?[a-zA-Z][^>]*>/g, ' '));
}

interface ScarCount {
  output: number;
  source: number;
  /** Output scars with no scar of the same text and neighbour in the source. */
  ours: string[];
  /** Output scars whose text the source has nowhere. */
  oursLoose: number;
}

/** Compare the scars a reader sees in our Markdown with those the source itself has. */
function scarsNotInSource(markdown: string, wikitext: string): ScarCount {
  const outScars = scarsOf(visibleText(markdown), false);
  const srcScars = scarsOf(sourceText(wikitext), true);
  // Each output scar consumes one source scar of the same text and neighbour; what is left over is ours.
  const unusedAt = srcScars.slice();
  const unusedBare = srcScars.map((x) => x.bare);
  const ours: string[] = [];
  let oursLoose = 0;
  for (const o of outScars) {
    const i = unusedAt.findIndex((x) => x.bare === o.bare && x.before.includes(o.before[0]!));
    if (i >= 0) unusedAt.splice(i, 1);
    else ours.push(o.before[0]! + o.bare);
    const j = unusedBare.indexOf(o.bare);
    if (j >= 0) unusedBare.splice(j, 1);
    else oursLoose++;
  }
  return { output: outScars.length, source: srcScars.length, ours, oursLoose };
}

test('the scar comparison: the author\'s own brackets are excused only where they stand', () => {
  // A dropped template leaving （） is ours; the same text written by the author is not.
  assert.deepEqual(scarsNotInSource('李（）是', '李（{{lang-en|Lee}}）是'), { output: 1, source: 0, ours: ['李（）'], oursLoose: 1 });
  assert.deepEqual(scarsNotInSource('（）内は全国平均', '* （）内は全国平均').ours, []);
  assert.deepEqual(scarsNotInSource('例: `()`、`f()`', '例: <code>()</code>、<code>f()</code>').ours, []);
  assert.deepEqual(scarsNotInSource('[X](u)()(1719)', '[[X]]()(1719)').ours, []);
  // The source has （） elsewhere, not here: still ours (the loose count would excuse it).
  const moved = scarsNotInSource('甲（）乙', '甲乙 丙（）');
  assert.deepEqual([moved.ours, moved.oursLoose], [['甲（）'], 0]);
  // A picture between brackets: the reader sees （） and so does the source's text.
  assert.deepEqual(scarsNotInSource('ピアノ（![p](u)）', 'ピアノ（[[Image:P.svg|11px]]）').ours, []);
  assert.deepEqual(scarsNotInSource('ピアノ（<img src="u" alt="p" width="11" />）', 'ピアノ（[[Image:P.svg|11px]]）').ours, []);
});

interface RealPage { set: string; lang: string; site: SiteConfig; title: string; text: string; ns: number }

function realPages(root: string): RealPage[] {
  const out: RealPage[] = [];
  const zh = siteFor('zh');
  const manifest = readFileSync(join(root, 'corpus', 'zhwiki', 'manifest.tsv'), 'utf8').split('\n').slice(1).filter(Boolean);
  for (const line of manifest) {
    const [file, title] = line.split('\t') as [string, string];
    out.push({ set: 'zh', lang: 'zh', site: zh, title, text: readFileSync(join(root, 'corpus', 'zhwiki', file), 'utf8'), ns: 0 });
  }
  for (const name of ['ja', 'uk']) {
    const { site, pages } = readDumpPages(join(root, 'dumps', `${name}wiki-truncated.xml`));
    for (const p of pages) if (!p.redirect) out.push({ set: name, lang: site.lang, site, title: p.title, text: p.text, ns: p.ns });
  }
  return out;
}

test('every page of the zh corpus and the ja/uk dumps: no scar in our output that the source lacks at that place', (t) => {
  if (!shared) return t.skip('shared data not found');
  const totals = new Map<string, { pages: number; output: number; source: number; ours: number; oursLoose: number; articles: number; articleOutput: number }>();
  const examples: string[] = [];
  for (const p of realPages(shared)) {
    const c = scarsNotInSource(convertPage(p.text, { site: p.site, title: p.title }).markdown, p.text);
    for (const x of c.ours) if (examples.length < 20) examples.push(`${p.set} ${p.title}: ${JSON.stringify(x)}`);
    const outCount = c.output;
    const srcCount = c.source;
    const ours = c.ours.length;
    const oursLoose = c.oursLoose;
    const tot = totals.get(p.set) ?? { pages: 0, output: 0, source: 0, ours: 0, oursLoose: 0, articles: 0, articleOutput: 0 };
    if (p.ns === 0) {
      tot.articles++;
      tot.articleOutput += outCount;
    }
    tot.pages++;
    tot.output += outCount;
    tot.source += srcCount;
    tot.ours += ours;
    tot.oursLoose += oursLoose;
    totals.set(p.set, tot);
  }
  for (const [set, v] of totals) {
    t.diagnostic(
      `${set}: ${v.pages} pages; scar-shaped strings in output ${v.output} (wikiscore's count; ${v.articleOutput} on the ${v.articles} articles), ` +
        `in source ${v.source}; ours (not in the source at that place) ${v.ours}; not in the source at all ${v.oursLoose}`,
    );
  }
  assert.deepEqual(examples, []);
});

test('finish removes paragraphs emptied by a drop, and does not look into the blocks it is told to skip', () => {
  const emptied = para(T('（'), D(), T('）'));
  const inQuote = para(T('('), D(), T(')'));
  const quote: Block = { type: 'blockquote', children: [inQuote, para(T('kept'))] };
  // A skipped block is one the parser saw make no dropped node: a paragraph marked emptied in it
  // (impossible in practice) stays, which shows the walk never entered it.
  const skipped: Block = { type: 'blockquote', children: [para(T('a'))] };
  const d = doc(para(T('x')), emptied, quote, skipped);
  const scars = new ScarRemover();
  scars.fixRun((emptied as { children: Inline[] }).children, emptied);
  scars.fixRun((inQuote as { children: Inline[] }).children, inQuote);
  (scars as unknown as { emptied: Set<Block> }).emptied.add((skipped as { children: Block[] }).children[0]!);
  scars.finish(d, new Set<Block>([skipped]));
  assert.deepEqual(d.children, [para(T('x')), { type: 'blockquote', children: [para(T('kept'))] }, skipped]);
  assert.equal((skipped as { children: Block[] }).children.length, 1);
});

test('a list item whose only content was a dropped template goes; an item with a nested list stays', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: '言語' }).markdown).trim();
  // Built-in handlers that drop (a Twitter call without its account, an unknown template).
  assert.equal(md('* a\n* {{Twitter}}\n* b'), '- a\n- b');
  assert.equal(md('* a\n* {{Unknown template xyz|1}}\n* b'), '- a\n- b');
  assert.equal(md('Text\n* {{URL}}\n\nafter'), 'Text\n\nafter');
  assert.equal(md('# x\n# {{Unknown template xyz}}\n## sub\n# y'), '1. x\n2. 1. sub\n3. y');
  // The author's empty item goes too, in the parser (MediaWiki hides an empty <li>: parser/list-tree.ts).
  assert.equal(md('*\n* c {{Unknown template xyz}}'), '- c');
  // In a list written as HTML (a `;` term above it), the emptied list leaves no <ul></ul>.
  assert.equal(md(';Links\n:* {{URL}}\n:* {{Twitter}}'), '<dl>\n<dt>Links</dt>\n<dd></dd>\n</dl>');
});

test('a run inside italics or bold that starts after a link is not at the block\'s edge: its separator stays (uk 1088)', () => {
  const md = (src: string, lang: string): string => String(convertPage(src, { site: lang, title: 'X' }).markdown).trim();
  assert.equal(md("[http://x.de a]''{{Unknown template xyz|1}}, auf: www.dhb.de''", 'uk'), '[a](http://x.de)*, auf: www.dhb.de*');
  // At the block's start the dangling separator still goes.
  assert.equal(md("''{{Unknown template xyz|1}}，简称WSL''", 'zh'), '*简称WSL*');
});

test('a spaced dash that introduced a dropped template at the end of a run goes; a hyphen stays', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: 'X' }).markdown).trim();
  assert.equal(md('* [[愛媛県第1区]] - {{衆議院小選挙区当選者|愛媛県|1}}'), '- [愛媛県第1区](https://ja.wikipedia.org/wiki/愛媛県第1区)');
  assert.equal(md('* A-{{Unknown template xyz}}'), '- A-');
  assert.equal(md('* 甲 — {{Unknown template xyz}}乙'), '- 甲 — 乙');
});

test('a line break around a dropped line goes with it: <br />{{Coord}}<br /> is one break, none at a run\'s start or end (ja prefecture boxes: 所在地 …<br /><br /><br />)', () => {
  const BR: Inline = { type: 'break' };
  assert.deepEqual(fix(T('鳥取市'), BR, D('Coord'), BR, D('Maplink2'), BR, T('県庁')), [T('鳥取市'), BR, T('県庁')]);
  assert.deepEqual(fix(D('Coord'), BR, T('x'), BR, D()), [T('x')]);
  // The author's own double break, away from any drop, stays.
  assert.deepEqual(fix(T('a'), BR, BR, T('b'), D(), T('c')), [T('a'), BR, BR, T('bc')]);
});
