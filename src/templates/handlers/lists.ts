/**
 * List-making templates: `{{plainlist}}`, `{{ubl}}`, `{{hlist}}`, `{{bulleted list}}`,
 * `{{collapsible list}}`, column wrappers that carry their content (`{{columns-list}}`), image
 * sets (`{{multiple image}}`, `{{gallery}}`); `{{tracklist}}` is in tracklist.ts.
 */
import type { Block, Image, Inline, ListItem } from '../../ast/nodes.js';
import { COUNTER_STYLES } from '../../ast/counters.js';
import { fitsMarkdownList } from '../../ast/html.js';
import { listNode, plainText } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { arg, blocks, DROP, imageFrom, inline, inlineResult, isCjk, paragraph, lastPositional, pos, text, type UiLang, uiLang } from '../util.js';

/** Lines of a `* a\n* b` value, list markers removed. */
function lines(v: string): string[] {
  const out: string[] = [];
  for (const line of v.split('\n')) {
    let i = 0;
    while (i < line.length && (line[i] === '*' || line[i] === '#' || line[i] === ':' || line[i] === ' ')) i++;
    const l = line.slice(i).trim();
    if (l) out.push(l);
  }
  return out;
}

/** Items from positional arguments, or from the lines of a single list-valued argument. */
function items(call: TemplateCall, ctx: TemplateContext, from = 1): Inline[][] {
  const out: Inline[][] = [];
  for (let i = from; i < from + 100; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    const t = v.trim();
    if (!t) continue;
    if (t.includes('\n')) for (const l of lines(t)) out.push(inline(ctx, l));
    else if (t.startsWith('*') || t.startsWith('#')) out.push(...lines(t).map((l) => inline(ctx, l)));
    else out.push(inline(ctx, t));
  }
  return out;
}

/** A line break between items; a function, as every item gets a node of its own. */
function lineBreak(): Inline {
  return { type: 'break' };
}

function joinWith(parts: Inline[][], sep: () => Inline): Inline[] {
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(sep());
    out.push(...p);
  });
  return out;
}

/** Vertical lists in running text (infobox cells): items separated by line breaks. */
function stacked(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const list = items(call, ctx);
  if (!list.length) return DROP;
  // Inline even at line start: these live in infobox and table cells, which hold inline content.
  return inlineResult(joinWith(list, lineBreak));
}

/**
 * The items as a list block, one paragraph an item: bulleted, or numbered when `ordered`, from
 * `start` (GFM: `5.`; the number must be 0 or more and at most nine digits).
 */
function listBlock(list: Inline[][], ordered: boolean, start = 1): TemplateResult {
  const items: ListItem[] = [];
  for (const i of list) items.push({ type: 'listItem', children: [paragraph(i)] });
  return { kind: 'block', nodes: [listNode(items, ordered, start)] };
}

const HLIST_SEP: Record<UiLang, string> = { zh: '、', ja: '、', en: ' · ', uk: ' · ', ko: ' · ' };

/** `{{hlist|a|b|c}}` → "a · b · c" (zh/ja "a、b、c"). */
function hlist(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const dl = definitionContent(call);
  if (dl !== null) return flatDefinitions(call, ctx, dl);
  const list = items(call, ctx);
  if (!list.length) return DROP;
  const sep = HLIST_SEP[uiLang(ctx)];
  return inlineResult(joinWith(list, () => text(sep)));
}

/**
 * A line opening a `;` term, after any list markers (`; 主な山岳`, `:;x`), or a list item nested
 * in another (`** a1`): content the flat one-line join would lose the shape of.
 */
const TERM_LINE = /(?:^|\n)(?:[*#:]*;|[*#:][*#:])/;

/** The positional content holding a `;`/`:` definition list or a nested list, or null when it holds none. */
function definitionContent(call: TemplateCall): string | null {
  let content: string | null = null;
  for (let i = 1; i < 100; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    const t = v.trim();
    if (!t) continue;
    if (content !== null || !TERM_LINE.test(t)) return null;
    content = t;
  }
  return content;
}

const FLAT_MARKS: Record<'cjk' | 'other', { sep: string; term: string; open: string; close: string }> = {
  cjk: { sep: '、', term: '：', open: '（', close: '）' },
  other: { sep: ' · ', term: ': ', open: ' (', close: ')' },
};

/**
 * `{{Flatlist|\n; 主な山岳\n: [[箱根山]]\n: [[赤石岳]]\n:* [[赤石山脈]]}}`: the wiki lays a definition
 * list out in one line (hlist styles: a term followed by a colon, items separated by dots,
 * a nested list in parentheses after its item) → "主な山岳：箱根山、赤石岳（赤石山脈）". The list
 * sits in its own `<div>`, so a call opening a line is a paragraph of its own.
 */
function flatDefinitions(call: TemplateCall, ctx: TemplateContext, content: string): TemplateResult {
  const marks = FLAT_MARKS[isCjk(uiLang(ctx)) ? 'cjk' : 'other'];
  const out = flatBlocks(ctx.parseBlocks(content), marks);
  if (!out.length) return DROP;
  return call.lineStart ? { kind: 'block', nodes: [paragraph(out)] } : inlineResult(out);
}

type FlatMarks = (typeof FLAT_MARKS)['cjk'];

/** Blocks as one line: every list entry followed by its mark, except the last one. */
function flatBlocks(list: readonly Block[], marks: FlatMarks): Inline[] {
  const entries: Array<{ nodes: Inline[]; after: string }> = [];
  const entry = (nodes: Inline[], after: string): void => {
    if (nodes.length) entries.push({ nodes, after });
  };
  const described = (children: readonly Block[]): Inline[] => {
    // The item's own text, then any list nested in it, in parentheses.
    const own: Inline[] = [];
    const nested: Block[] = [];
    for (const b of children) {
      if (b.type === 'paragraph' && !nested.length) own.push(...b.children);
      else nested.push(b);
    }
    const inner = flatBlocks(nested, marks);
    if (inner.length) own.push(text(marks.open), ...inner, text(marks.close));
    return own;
  };
  for (const b of list) {
    if (b.type === 'definitionList') {
      for (const item of b.items) {
        if (item.type === 'definitionTerm') entry([...item.children], marks.term);
        else entry(described(item.children), marks.sep);
      }
    } else if (b.type === 'list') {
      for (const item of b.items) entry(described(item.children), marks.sep);
    } else if (b.type === 'paragraph') {
      entry([...b.children], marks.sep);
    }
  }
  const out: Inline[] = [];
  entries.forEach((e, i) => {
    out.push(...e.nodes);
    if (i < entries.length - 1) out.push(text(e.after));
  });
  return out;
}

/** ja `{{Hlist-comma|a|b}}` → "a、b". */
function commaList(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const list = items(call, ctx);
  if (!list.length) return DROP;
  const sep = isCjk(uiLang(ctx)) ? '、' : ', ';
  return inlineResult(joinWith(list, () => text(sep)));
}

/**
 * `{{collapsible list|title=…|a|b}}`: the title, then the items, one per line; `bullets=on` (or
 * true, yes) gives each item its bullet, as the wiki's list does. Inline, because the template
 * lives in infobox cells.
 */
function collapsible(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const list = items(call, ctx);
  const title = inline(ctx, arg(call, ['title']));
  if (!list.length) return title.length ? inlineResult(title) : DROP;
  const out: Inline[] = [];
  if (title.length) out.push(...title, { type: 'break' });
  const bullets = /^(on|true|yes|1)$/i.test(arg(call, ['bullets'])?.trim() ?? '');
  out.push(...joinWith(bullets ? list.map((item) => [text('• '), ...item]) : list, lineBreak));
  return inlineResult(out);
}

/** `{{columns-list|colwidth=30em|* a\n* b}}`: the content, as blocks. */
function contentWrapper(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  // The content is the list-shaped positional argument (a column width such as "30em" may come first).
  let content = arg(call, ['content', 'list']);
  let last: string | undefined;
  for (let i = 1; i <= 4 && !content; i++) {
    const v = pos(call, i);
    if (!v) continue;
    last = v;
    if (v.includes('\n') || v.startsWith('*') || v.startsWith('#')) content = v;
  }
  content = content ?? last;
  const b = blocks(ctx, content);
  return b.length ? { kind: 'block', nodes: b } : DROP;
}

/**
 * The tooltip of `A.jpg|opt|…|words`, read as the wiki reads it inside `[[File:…]]`: the parser's
 * image options are set aside, the last other part is the text.
 */
function tooltipOf(ctx: TemplateContext, value: string): string {
  for (const n of ctx.parseInline(`[[File:${value}]]`)) {
    if (n.type === 'image') return plainText(n.caption).trim();
  }
  return '';
}

/** `{{multiple image|image1=…|caption1=…}}` and `{{gallery|File:A.jpg|caption|…}}` → a gallery. */
function multipleImage(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const images: Image[] = [];
  for (let i = 1; i <= 12; i++) {
    let file = call.args.get(`image${i}`)?.trim();
    if (!file) continue;
    // `image1 = A.jpg{{!}}春の河口湖` (ja 0187): the template writes the value into `[[File:…]]`,
    // so what follows the bar are image options there; the last part that is no option
    // (`200px`, `link=X` are) is the picture's tooltip, not a caption under it.
    const bar = file.startsWith('[[') ? -1 : file.indexOf('|');
    const tooltip = bar > 0 ? tooltipOf(ctx, file) : '';
    if (bar > 0) file = file.slice(0, bar).trim();
    const img = imageFrom(ctx, file, inline(ctx, call.args.get(`caption${i}`)));
    if (img && tooltip && !img.alt) img.alt = tooltip;
    if (img) images.push(img);
  }
  return galleryResult(images, call, ctx);
}

function galleryTemplate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const images: Image[] = [];
  // Numbered pairs up to the last one given, gaps skipped.
  const last = lastPositional(call, 120);
  for (let i = 1; i <= last; i += 2) {
    const file = pos(call, i);
    if (!file) continue;
    const img = imageFrom(ctx, file, inline(ctx, pos(call, i + 1)));
    if (img) images.push(img);
  }
  return galleryResult(images, call, ctx);
}

function galleryResult(images: Image[], call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const out: Block[] = [];
  const header = inline(ctx, arg(call, ['header', 'title']));
  if (header.length) out.push(paragraph([{ type: 'strong', children: header }]));
  if (images.length) out.push({ type: 'gallery', items: images });
  const footer = inline(ctx, arg(call, ['footer']));
  if (footer.length) out.push(paragraph(footer));
  return out.length ? { kind: 'block', nodes: out } : DROP;
}

const blockList: TemplateHandler = (call, ctx) => {
  const list = items(call, ctx);
  if (!list.length) return DROP;
  return call.lineStart ? listBlock(list, false) : inlineResult(joinWith(list, lineBreak));
};

/**
 * `{{numbered list|a|b}}`, jawiki `{{番号付きリスト}}`: an `<ol>`. At a line start a numbered
 * list; elsewhere (ja 0180 兵庫県 numbers the ten districts of a map inside its caption) the
 * items stay on lines of their own with the marker the wiki shows before each: counted from
 * `start`, in the counter style `list_style_type` or the `<ol>` letter `type` names
 * (`lower-roman`, `i`). At a line start, a decimal list from `start` is a Markdown list from that
 * number (`5.`); GFM's list markers are decimal only, so another counter style (or a start below
 * 0, which CSS counts and GFM cannot) gives the numbered lines there too, in a paragraph of their
 * own: the reader sees the markers the wiki shows ("iv. …"), which a list numbered 1, 2, … would
 * contradict wherever the text cites an item by its number. So does a list whose last number
 * would pass nine digits (GFM's limit: `start=999999999` with two items).
 */
const numberedList: TemplateHandler = (call, ctx) => {
  const list = items(call, ctx);
  if (!list.length) return DROP;
  const start = /^\s*-?\d{1,9}\s*$/.test(call.args.get('start') ?? '') ? parseInt(call.args.get('start')!, 10) : 1;
  const style = counterStyle(call);
  if (call.lineStart && style === null && fitsMarkdownList(start, list.length)) return listBlock(list, true, start);
  const lines = numberedLines(list, start, style);
  return call.lineStart ? { kind: 'block', nodes: [paragraph(lines)] } : inlineResult(lines);
};

/** The `<ol>` attribute `type`'s letters, as counter styles. */
const OL_TYPES: Readonly<Record<string, string>> = { a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };

/** The counter style a numbered list call asks for, or null for decimals. */
function counterStyle(call: TemplateCall): ((n: number) => string) | null {
  const css = (call.args.get('list_style_type') ?? call.args.get('list-style-type'))?.trim().toLowerCase().replace('latin', 'alpha');
  const name = css || OL_TYPES[call.args.get('type')?.trim() ?? ''];
  return (name && Object.hasOwn(COUNTER_STYLES, name) ? COUNTER_STYLES[name] : null) ?? null;
}

/** Items on lines of their own, each after its marker (decimal below 1, as CSS falls back). */
function numberedLines(list: Inline[][], start: number, style: ((n: number) => string) | null): Inline[] {
  const out: Inline[] = [];
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.push(lineBreak());
    const n = start + i;
    out.push(text(`${style && n >= 1 ? style(n) : n}. `), ...list[i]!);
  }
  return out;
}

/**
 * jawiki `{{ul|見出し\n* a\n* b|見出し2\n* c}}` (Template:Ul there is an unordered list, not
 * underlining): each positional argument is one `<li>`, whose lines keep their own lists, so
 * a heading line followed by `*` lines reads as an item with a sub-list. Its output is HTML
 * (`<ul>`), so it makes a list wherever it stands, not only at a line start.
 */
const argumentList: TemplateHandler = (call, ctx) => {
  const list: ListItem[] = [];
  for (let i = 1; i < 100; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    const b = blocks(ctx, v);
    if (b.length) list.push({ type: 'listItem', children: b });
  }
  return list.length ? { kind: 'block', nodes: [listNode(list)] } : DROP;
};

/**
 * uk `{{Родовід|1=Я|2=батько|3=мати|4=батько батька|…}}`: a family tree numbered the genealogists'
 * way (the parents of n are 2n and 2n + 1, up to 31). Drawn on the wiki as boxes; here the same tree
 * as nested lists, father before mother (uk 0055 Ярослав Мудрий showed an empty «Родовід» section).
 */
function pedigree(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const item = (n: number): ListItem | null => {
    if (n > 31) return null;
    const father = item(2 * n);
    const mother = item(2 * n + 1);
    // With one parent only, the other's place is kept ("?") so that the first is always the father.
    const unknown = (): ListItem => ({ type: 'listItem', children: [paragraph([text('?')])] });
    const parents = father || mother ? [father ?? unknown(), mother ?? unknown()] : [];
    const who = inline(ctx, pos(call, n));
    if (!who.length && !parents.length) return null;
    const children: Block[] = [paragraph(who.length ? who : [text('?')])];
    if (parents.length) children.push(listNode(parents));
    return { type: 'listItem', children };
  };
  const root = item(1);
  return root ? { kind: 'block', nodes: [listNode([root])] } : DROP;
}

export const LIST_ENTRIES: HandlerEntry[] = [
  { family: 'list', names: ['Родовід'], langs: ['uk'], handler: pedigree },
  { family: 'list', names: ['Ul'], langs: ['ja'], handler: argumentList },
  { family: 'list', names: ['Plainlist', 'Plain list', 'Unbulleted list', 'Ubl', 'Ubil', 'Unbullet', 'Plainlist/core', 'Startplainlist', 'Vertical list'], handler: stacked },
  { family: 'list', names: ['Bulleted list', 'Bulletedlist', 'Blist'], handler: blockList },
  { family: 'list', names: ['Numbered list', 'Ordered list', 'Numberedlist'], handler: numberedList },
  { family: 'list', names: ['番号付きリスト'], langs: ['ja'], handler: numberedList },
  { family: 'list', names: ['Hlist', 'Flatlist', 'Horizontal list', 'Flat list'], handler: hlist },
  { family: 'list', names: ['Hlist-comma', 'Comma separated entries', 'Csv'], handler: commaList },
  { family: 'list', names: ['Collapsible list', 'Collapsed list', 'Hidden list'], handler: collapsible },
  { family: 'list', names: ['Columns-list', 'Col-list', 'Div col list', '多欄列表', '多栏列表'], handler: contentWrapper },
  // ukwiki's two-column wrapper: `{{Дві колонки|\n* …}}` (uk 0072 lost a 20-item «Див. також» list).
  { family: 'list', names: ['Дві колонки'], langs: ['uk'], handler: contentWrapper },
  { family: 'list', names: ['Multiple image', 'Multiple images', '多图', '多圖'], handler: multipleImage },
  { family: 'list', names: ['Gallery', 'Image gallery', 'Галерея'], handler: galleryTemplate },
];
