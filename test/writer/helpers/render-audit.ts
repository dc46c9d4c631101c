/**
 * Render audit: reads a page's Markdown the way GitHub would show it (markdown-it + footnotes,
 * tables and strikethrough; linkify off, as GitHub's autolinking is narrow) and lists what looks
 * wrong on screen, each finding with the Markdown line it comes from. The page's wikitext is
 * passed in so that characters the source itself shows (a literal `*`, `''` inside <nowiki>) are
 * not counted as ours. A finding is a candidate: bench/render-audit.ts prints them for triage.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { decodeEntities } from '../../../src/site/entities.js';
import { parseBack, type Signature } from './parseback.js';

export interface Finding {
  /** 1-based line of the Markdown. */
  line: number;
  kind: string;
  /** The visible text (or raw Markdown) around the finding. */
  text: string;
}

type Token = ReturnType<MarkdownIt['parse']>[number];

const mdit = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnote);
// Escaped characters stay tokens of their own (`text_special`), so a character left in a `text`
// token is one the Markdown parser saw unescaped.
mdit.core.ruler.disable('text_join');

/** GitHub's sanitizer allow-list of elements (html-pipeline SanitizationFilter plus cmark-gfm's). */
const GITHUB_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'br', 'b', 'i', 'strong', 'em', 'a', 'pre', 'code', 'img', 'tt',
  'div', 'ins', 'del', 'sup', 'sub', 'p', 'picture', 'ol', 'ul', 'table', 'thead', 'tbody', 'tfoot', 'blockquote',
  'dl', 'dt', 'dd', 'kbd', 'q', 'samp', 'var', 'hr', 'ruby', 'rt', 'rp', 'li', 'tr', 'td', 'th', 's', 'strike',
  'summary', 'details', 'caption', 'figure', 'figcaption', 'abbr', 'bdo', 'cite', 'dfn', 'mark', 'small', 'source',
  'span', 'time', 'wbr', 'input',
]);
/** cmark-gfm's tagfilter: these are escaped and shown as text. */
const FILTERED_TAGS = new Set(['title', 'textarea', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'script', 'plaintext']);

/** Wikitext that should never be visible unless the source shows it too. */
const WIKI_RESIDUE: Array<[string, RegExp]> = [
  ['wiki:{{', /\{\{/g], ['wiki:}}', /\}\}/g], ['wiki:[[', /\[\[/g], ['wiki:]]', /\]\]/g],
  ['wiki:{|', /\{\|/g], ['wiki:|}', /\|\}/g], ['wiki:|-', /(?:^|\n)\s*\|-/g], ["wiki:''", /''/g],
  ['wiki:__switch__', /__[A-ZА-ЯЁ_]{3,}__/g], ['wiki:<ref', /<\/?ref\b/gi],
  ['entity-visible', /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});/g],
];

/** Wikitext line-start markers: shown at a line start, they are markup the wiki would have read. */
const LINE_MARKERS = '|;:#*!=';

/** Characters that should not show unless the source has them right there. */
const MARKUP_CHARS = new Set(['*', '_', '`', '\\']);

interface Source {
  raw: string;
  /** Source with entities decoded and whitespace squashed: for context look-ups. */
  flat: string;
  headings: string;
  /** Per wiki line-start marker (`|`, `;`, …), what follows it on source lines that begin with it. */
  lineStarts: Map<string, string>;
  /** Formulas of the source (`<math>`, `<chem>`, `<ce>`), squashed. */
  math: string;
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

function prepareSource(wikitext: string): Source {
  const flat = squash(decodeEntities(wikitext));
  const headings = wikitext
    .split('\n')
    .filter((l) => /^\s*=.*=\s*$/.test(l) || /<h[1-6]/i.test(l) || /\{\{/.test(l))
    .map((l) => squash(decodeEntities(l.replace(/<[^<>]*>/g, ''))))
    .join('\n');
  let math = '';
  for (const m of wikitext.matchAll(/<(math|chem|ce)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi)) math += squash(decodeEntities(m[2]!)) + '\n';
  const lineStarts = new Map<string, string>();
  const lines = wikitext.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const c = lines[n]!.charAt(0);
    if (!LINE_MARKERS.includes(c)) continue;
    // What follows the marker, the next line included (a lone `|` before the text).
    const after = squash(decodeEntities((lines[n]!.slice(1) + (lines[n + 1] ?? '')).replace(/'{2,}|\[\[|\]\]|[\[\]*#:;|]/g, ''))).slice(0, 8);
    lineStarts.set(c, (lineStarts.get(c) ?? '') + after + '\n');
  }
  return { raw: wikitext, flat, headings, math, lineStarts };
}

/** Is `s` (squashed) in the source? Short strings always count as found when the source has them. */
function inSource(src: Source, s: string): boolean {
  const q = squash(s);
  return q === '' || src.flat.includes(q);
}

export function auditMarkdown(markdown: string, wikitext: string): Finding[] {
  const src = prepareSource(wikitext);
  const mdLines = markdown.split('\n');
  const env: Record<string, any> = {};
  const tokens = mdit.parse(markdown, env);
  const out: Finding[] = [];
  const add = (line: number, kind: string, text: string) => out.push({ line: line + 1, kind, text: text.slice(0, 160) });
  const tableRanges: Array<[number, number]> = [];
  let blockLine = 0;
  let inFootnote = 0;
  let fnText = '';
  let fnLabel = '';
  let headingOpen: Token | null = null;
  let pageText = '';

  let prevType = '';
  let prevLevel = 0;
  let prevEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.map) blockLine = t.map[0];
    // A block that starts on the line right after a paragraph interrupted it: text the writer
    // meant as paragraph text that a line-start marker turned into a list, quote, heading, ….
    if (t.map && t.nesting !== -1 && t.type !== 'inline') {
      if (prevType === 'paragraph_open' && t.map[0] === prevEnd && t.level === prevLevel && (t.level === 0 || /<br \/>\s*$/.test(mdLines[t.map[0] - 1] ?? ''))) add(t.map[0], 'interrupts-paragraph:' + t.type.replace(/_open$/, ''), mdLines[t.map[0]] ?? '');
      if (t.level === prevLevel || prevType === '' || t.level < prevLevel || t.type === 'paragraph_open') {
        prevType = t.type;
        prevEnd = t.map[1];
        prevLevel = t.level;
      }
    }
    switch (t.type) {
      case 'heading_open': {
        if (t.markup !== '#'.repeat(t.markup.length) || t.markup === '') add(blockLine, 'heading-setext', mdLines[blockLine] ?? '');
        headingOpen = t;
        break;
      }
      case 'code_block':
        add(blockLine, 'code-indented', mdLines[blockLine] ?? '');
        break;
      case 'fence':
        if (t.info !== 'math' && !/<(pre|syntaxhighlight|source|poem|score|timeline|graph)\b|^ \S|\{\{\s*(pre|code|syntaxhighlight|lang\s*\|)/im.test(src.raw)) add(blockLine, 'fence-unexpected', mdLines[blockLine] ?? '');
        break;
      case 'hr':
        if (!/^-{4,}|<hr/im.test(src.raw)) add(blockLine, 'hr-unexpected', mdLines[blockLine] ?? '');
        else if (t.markup !== '---' && t.markup !== '***' && t.markup !== '___') add(blockLine, 'hr-odd', mdLines[blockLine] ?? '');
        break;
      case 'bullet_list_open':
        if (t.markup !== '-' && t.markup !== '*') add(blockLine, 'list-marker', mdLines[blockLine] ?? '');
        break;
      case 'ordered_list_open': {
        const start = t.attrGet('start');
        if (start !== null && start !== '1') add(blockLine, 'list-ordered-start', mdLines[blockLine] ?? '');
        if (!/^\s*#|<ol/m.test(src.raw) && !/\{\{/.test(src.raw)) add(blockLine, 'list-ordered-unexpected', mdLines[blockLine] ?? '');
        break;
      }
      case 'blockquote_open':
        if (!/<blockquote|\{\{\s*[^|}]*(quot|引用|цитат)|\{\{\s*(?:text|текст)\s*\|/i.test(src.raw)) add(blockLine, 'blockquote-unexpected', mdLines[blockLine] ?? '');
        break;
      case 'table_open':
        if (t.map) {
          tableRanges.push([t.map[0], t.map[1]]);
          checkTable(mdLines, t.map[0], t.map[1], add);
        }
        break;
      case 'html_block': {
        checkHtml(t.content, blockLine, add, true, src);
        // The text of an HTML block (a table written as HTML) is shown as it is: residue there too.
        const lines = t.content.split('\n');
        for (let n = 0; n < lines.length; n++) {
          const text = decodeEntities(lines[n]!.replace(/<(code|pre)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^<>]*>/g, ' '));
          if (text.trim() !== '') checkResidue(text, blockLine + n, src, add);
        }
        // Tags apart from the text: cells must not run together.
        pageText += t.content.replace(/<(?!br\b)[^<>]*>/gi, '\u0001').replace(/<[^<>]*>/g, '');
        break;
      }
      case 'footnote_open':
        inFootnote++;
        fnText = '';
        fnLabel = String(t.meta?.label ?? t.meta?.id);
        break;
      case 'footnote_close':
        if (--inFootnote === 0 && squash(fnText) === '') {
          const label = fnLabel;
          add(Math.max(0, mdLines.findIndex((l) => l.startsWith(`[^${label}]:`))), 'fn-empty', `[^${label}]`);
        }
        break;
      case 'inline': {
        const line = t.map ? t.map[0] : blockLine;
        const text = checkInline(t.children ?? [], line, src, add);
        pageText += text + '\u0001';
        if (inFootnote) fnText += text;
        if (headingOpen) {
          const q = squash(text).slice(0, 6);
          if (q && !src.headings.includes(q) && !inSource(src, text)) add(line, 'heading-unexpected', text);
          // A heading whose source line ends in text the rendering lost (`## C #` drops ` #`).
          const line0 = squash(mdLines[line] ?? '');
          if (/#$/.test(line0) && !/\\#$/.test(line0) && !squash(text).endsWith('#')) add(line, 'heading-tail-lost', mdLines[line] ?? '');
          headingOpen = null;
        }
        break;
      }
    }
  }
  // Text the wiki hides with display:none (sort keys): GitHub strips the style, so it would show.
  const shownText = squash(pageText);
  for (const m of wikitext.matchAll(/<(\w+)[^>]*style\s*=\s*"[^"]*display\s*:\s*none[^"]*"[^>]*>([^<]+)(?:<br\s*\/?>)?<\/\1>([^<|{\n]{0,5})/gi)) {
    const hidden = squash(decodeEntities(m[2]! + m[3]!.replace(/\[\[|\]\]|'{2,}|\[/g, '').slice(0, 3)));
    if (hidden.length > 2 && shownText.includes(hidden)) {
      const at = mdLines.findIndex((l) => squash(l).includes(squash(m[2]!)));
      add(Math.max(at, 0), 'hidden-shown', m[2]! + '|' + m[3]);
    }
  }
  // Footnote definitions nobody refers to (markdown-it drops them silently; so does GitHub).
  const refs: Record<string, number> = env.footnotes?.refs ?? {};
  for (const [label, id] of Object.entries(refs)) {
    if (id !== -1) continue;
    const name = label.slice(1);
    const at = mdLines.findIndex((l) => l.startsWith(`[^${name}]:`));
    add(Math.max(at, 0), 'fn-unreferenced', `[^${name}]`);
  }
  // Delimiter rows that did not make a table (a table glued to a paragraph, for one).
  for (let n = 0; n < mdLines.length; n++) {
    if (!/^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/.test(mdLines[n]!)) continue;
    if (tableRanges.some(([a, b]) => n >= a && n < b)) continue;
    add(n, 'table-not-rendered', mdLines[n - 1] ?? '');
  }
  // GitHub strikes through single-tilde pairs too (`1~2 and 3~4`), markdown-it only `~~`: ask
  // micromark, whose GFM reads tildes as GitHub does, and compare with what the source strikes.
  if (markdown.includes('~')) {
    const html = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
    const del = (html.match(/<del>/g) ?? []).length;
    const meant = (markdown.match(/~~[^~]/g) ?? []).length / 2;
    if (del > meant) {
      for (let n = 0; n < mdLines.length; n++) {
        const m = /(^|[^~\\])~(?=[^\s~])[^~\n]*?[^\s~\\]~(?!~)/.exec(mdLines[n]!);
        if (m) add(n, 'tilde-strike', m[0]);
      }
    }
  }
  // What GitHub-like micromark and markdown-it disagree on (counts of each construct).
  const both = parseBack(markdown);
  for (const k of ['headings', 'items', 'dt', 'dd', 'cells', 'fnRefs', 'fnDefs', 'links', 'strong', 'em', 'images'] as const) {
    const a = both.markdownIt[k] as Signature[typeof k];
    const b = both.micromark[k] as Signature[typeof k];
    const na = typeof a === 'number' ? a : a.length;
    const nb = typeof b === 'number' ? b : b.length;
    if (k === 'links' && nb > na && (b as string[]).filter((x) => /^(https?:\/\/)?www\.|^mailto:/.test(x as string)).length >= nb - na) {
      add(0, 'autolink-literal', `${nb - na} ${firstDiff(a as string[], b as string[])}`);
      continue;
    }
    if (na !== nb) add(0, 'renderers-differ:' + k, `markdown-it ${na}, micromark ${nb}` + (Array.isArray(a) && Array.isArray(b) ? ' ' + firstDiff(a, b) : ''));
  }
  for (const [a] of tableRanges) {
    if (a > 0 && mdLines[a - 1]!.trim() !== '') add(a, 'table-after-text', mdLines[a - 1]!);
  }
  return out;
}

/** Splits a pipe-table row at unescaped pipes. */
function countCells(row: string): number {
  let s = row.trim();
  let cells = 1;
  let i = 0;
  if (s.startsWith('|')) i = 1;
  if (s.endsWith('|') && !s.endsWith('\\|') && s.length > 1) s = s.slice(0, -1);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 124) cells++;
  }
  return cells;
}

function checkTable(lines: string[], start: number, end: number, add: (l: number, k: string, t: string) => void): void {
  const header = countCells(lines[start]!);
  for (let n = start + 2; n < end; n++) {
    if (lines[n]!.trim() === '') break;
    const c = countCells(lines[n]!);
    if (c !== header) add(n, c > header ? 'table-row-long' : 'table-row-short', `${c}/${header} ${lines[n]}`);
  }
}

const TAG = /<!--([\s\S]*?)-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;

function checkHtml(html: string, line: number, add: (l: number, k: string, t: string) => void, block: boolean, src: Source): void {
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last = 0;
  let rest = '';
  while ((m = TAG.exec(html))) {
    rest += html.slice(last, m.index);
    last = TAG.lastIndex;
    const at = line + countNewlines(html, m.index);
    if (m[1] !== undefined) {
      if (m[1].trim() !== '') add(at, 'html-comment-hides', m[0]);
      continue;
    }
    const tag = m[3]!.toLowerCase();
    if (FILTERED_TAGS.has(tag)) add(at, 'html-escaped', m[0]);
    else if (!GITHUB_TAGS.has(tag)) add(at, 'html-stripped-tag', m[0]);
  }
  rest += html.slice(last);
  // Markdown inside an HTML block stays raw text.
  if (block) {
    const mm = /\*\*|\[\^|\]\(|(^|\s)\*\S|`|\$/m.exec(rest);
    if (mm && !inSource(src, rest.slice(mm.index, mm.index + 4))) add(line + countNewlines(rest, mm.index + mm[0].search(/\S/)), 'md-in-html-block', rest.slice(Math.max(0, mm.index - 30), mm.index + 50));
  }
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** Walks one inline run; returns its visible text. */
function checkInline(children: Token[], line0: number, src: Source, add: (l: number, k: string, t: string) => void): string {
  let line = line0;
  let visible = '';
  // Text runs per line, for the character checks.
  const runs: Array<{ line: number; text: string }> = [];
  // Visible text per line (text and escaped characters, not code).
  const shown = new Map<number, string>();
  const show = (l: number, v: string) => shown.set(l, (shown.get(l) ?? '') + v);
  // The run as GitHub's maths rule sees it: escaped characters as NUL, code as its text.
  let mathView = '';
  let linkStart = -1;
  let linkHasContent = false;
  let linkLine = 0;
  let prevFnRef = false;
  for (const c of children) {
    const isFn = c.type === 'footnote_ref';
    switch (c.type) {
      case 'softbreak':
      case 'hardbreak':
        mathView += '\n';
        line++;
        visible += '\n';
        break;
      case 'text_special':
        visible += c.content;
        show(line, c.content);
        // An escaped `$` opens nothing; an escape of a character that cannot be escaped is text.
        mathView += c.markup.charCodeAt(0) === 92 && c.content.length === 1 ? '\0' : c.content;
        // An escape of a character Markdown cannot escape (`\（`) shows its backslash.
        if (c.content.length > 1 && c.content.charCodeAt(0) === 92 && !inSource(src, c.content)) add(line, 'escape-visible', c.content);
        if (linkStart >= 0) linkHasContent = true;
        break;
      case 'text':
        runs.push({ line, text: c.content });
        visible += c.content;
        show(line, c.content);
        mathView += c.content;
        if (linkStart >= 0 && c.content.trim() !== '') linkHasContent = true;
        break;
      case 'code_inline':
        visible += c.content;
        mathView += c.content.replace(/\$/g, '\0');
        if (linkStart >= 0) linkHasContent = true;
        break;
      case 'image':
        if (linkStart >= 0) linkHasContent = true;
        break;
      case 'html_inline':
        checkHtml(c.content, line, add, false, src);
        if (/^<br\b/i.test(c.content)) visible += '\n';
        else if (/^<\/?(p|div|dd|dt|li|td|th|tr)\b/i.test(c.content)) visible += '\n';
        if (linkStart >= 0 && /^<img\b/i.test(c.content)) linkHasContent = true;
        break;
      case 'link_open': {
        const href = c.attrGet('href') ?? '';
        if (href === '') add(line, 'link-empty-href', '');
        linkStart = visible.length;
        linkHasContent = false;
        linkLine = line;
        break;
      }
      case 'link_close':
        if (!linkHasContent) add(linkLine, 'link-empty-label', visible.slice(Math.max(0, linkStart - 20)));
        linkStart = -1;
        break;
      case 'footnote_ref':
        if (prevFnRef) add(line, 'fn-adjacent', visible.slice(-20));
        break;
    }
    if (c.type !== 'text' || c.content !== '') prevFnRef = isFn;
  }
  for (const r of runs) checkMarkupChars(r.text, r.line, src, add);
  checkLineStarts(visible, line0, src, add);
  for (const [l, text] of shown) checkResidue(text, l, src, add);
  // Maths: GitHub opens a formula at an unescaped `$` before a non-space and closes it at the next
  // one after a non-space. A pair whose content is no formula of the source shows text as TeX.
  for (const [open, close] of dollarPairs(mathView)) {
    const body = mathView.slice(open + 1, close).replace(/\0/g, '');
    if (!inMath(src, body)) add(line0, 'math-accidental', mathView.slice(Math.max(0, open - 10), close + 10).replace(/\0/g, '\\'));
  }
  return visible;
}

function checkResidue(text: string, line: number, src: Source, add: (l: number, k: string, t: string) => void): void {
  for (const [kind, re] of WIKI_RESIDUE) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const ctx = text.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4);
      const left = text.slice(Math.max(0, m.index - 2), m.index + m[0].length);
      const right = text.slice(m.index, m.index + m[0].length + 2);
      // Found in the source with its neighbours: the wiki shows it too (nowiki, code, broken markup).
      const rawHit = kind === 'entity-visible' ? inSource(src, m[0]) || src.raw.includes('&amp;' + m[0].slice(1)) : inSource(src, ctx) || inSource(src, left) || inSource(src, right);
      if (!rawHit) add(line, kind, ctx);
    }
  }
}

function checkMarkupChars(text: string, line: number, src: Source, add: (l: number, k: string, t: string) => void): void {
  if (text.includes('[^')) add(line, 'fn-ref-undefined', text.slice(text.indexOf('[^'), text.indexOf('[^') + 20));
  if (/\]\(|\]\[/.test(text) && !inSource(src, text.slice(Math.max(0, text.search(/\]\(|\]\[/) - 3), text.search(/\]\(|\]\[/) + 5))) add(line, 'link-broken', text.slice(0, 80));
    for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!MARKUP_CHARS.has(ch)) continue;
    let j = i;
    while (j < text.length && text[j] === ch) j++;
    const run = text.slice(i, j);
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(j, j + 2);
    const found = inSource(src, before.slice(-1) + run + after.slice(0, 1)) || inSource(src, before + run) || inSource(src, run + after);
    if (!found) add(line, ch === '\\' ? 'escape-visible' : 'markup-visible:' + ch, text.slice(Math.max(0, i - 12), j + 12));
    i = j - 1;
  }
}

function firstDiff(a: string[], b: string[]): string {
  const sb = new Set(b);
  const sa = new Set(a);
  const x = a.find((v) => !sb.has(v));
  const y = b.find((v) => !sa.has(v));
  return JSON.stringify(x ?? '') + ' / ' + JSON.stringify(y ?? '');
}

/** GitHub's inline maths pairs among a run's unescaped dollars. */
function dollarPairs(s: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== 36) continue;
    if (s.charCodeAt(i + 1) === 36) {
      i++;
      continue;
    }
    const after = s.charCodeAt(i + 1);
    const before = s.charCodeAt(i - 1);
    if (open >= 0 && i > open + 1 && !isSpace(before)) {
      pairs.push([open, i]);
      open = -1;
    } else if (!Number.isNaN(after) && !isSpace(after)) open = i;
  }
  return pairs;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

/** Is a formula's TeX (as written, possibly with the writer's `\vert{}`/`\ce{}`) from the source? */
function inMath(src: Source, body: string): boolean {
  const q = squash(body).replace(/^\\ce\{([\s\S]*)\}$/, '$1').replace(/\\vert\{\}/g, '|').replace(/\\Vert\{\}/g, '\\|');
  if (q === '') return true;
  return src.math.includes(q.slice(0, 40));
}

/**
 * A visible line that starts with a wiki line-start marker whose text follows that marker at a
 * line start in the source: markup the wiki reads (a list, a cell, a term) shown as text. A
 * marker the wiki also shows (`** :a`, a gallery caption `* a`) is not at a source line start.
 */
function checkLineStarts(visible: string, line0: number, src: Source, add: (l: number, k: string, t: string) => void): void {
  let line = line0;
  for (const l of visible.split('\n')) {
    const t = l.trimStart();
    const c = t.charAt(0);
    if (c !== '' && LINE_MARKERS.includes(c)) {
      const next = squash(t.slice(1).replace(/[*#:;|]/g, '')).slice(0, 3);
      const starts = src.lineStarts.get(c);
      if (next !== '' && starts !== undefined && starts.split('\n').some((a) => a.includes(next))) add(line, 'wiki:line-start ' + c, t);
    }
    line++;
  }
}
