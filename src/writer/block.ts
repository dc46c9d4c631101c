/**
 * Block nodes → Markdown lines. Containers (list items, block quotes, footnote definitions) are
 * a prefix: `first` is printed before the first line of the container's first block (`- `,
 * `> `, `[^1]: `), `prefix` before every later line. Blocks inside one container are separated
 * by a blank line, except a list directly under a paragraph in a list item (tight nesting, the
 * shape of wikitext's `*a` / `**b`).
 */
import type { Block, FootnoteDefinition, Heading, HtmlBlock, Image, Inline, List, Paragraph, Preformatted } from '../ast/nodes.js';
import { listNode } from '../ast/nodes.js';
import { trimAscii, W } from './chars.js';
import { escapeText, F_LINE, footnoteLabel as footnoteLabelOf, longestRun } from './escape.js';
import { codeLang, renderBlocksHtml } from './html.js';
import { writeDefinitionList } from './deflist.js';
import { DROPPED_HTML, htmlDefinitionList, htmlHeading, htmlList } from './html-lists.js';
import { newContext, renderInlines, type InlineContext } from './inline.js';
import { holdsFramed, isFramedImage, liftFramed } from './framed.js';
import { mathIsPlain, mathSource } from './code.js';
import { writeInfobox, writeTable } from './table.js';
import type { LinkTargets, ResolvedOptions } from './types.js';

/** What the last block of a container was; decides separators. */
export type Kind = 'p' | 'list' | 'html' | 'code' | 'heading' | 'hr' | 'quote' | 'table' | 'fn' | 'math';

/** After these, a following list item needs a blank line (they end only at a blank line). */
const OPEN_ENDED: ReadonlySet<Kind> = new Set(['html', 'table', 'quote', 'fn']);

type Container = 'doc' | 'item' | 'quote' | 'fn' | 'cell';

/** A line of three or more `-` or `*` markers only: a thematic break. */
const MARKERS_ONLY = /^\s*([-*])(\s*\1){2,}\s*$/;

const LONE_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>\s*$/; // \s: markdown-it counts NBSP too

export class MdWriter {
  /**
   * The Markdown so far, one growing string: V8 appends by making a rope (no copy), flattened once
   * when the page is done. Never read its end (that would flatten it on every append).
   */
  out = '';
  prefix = '';
  first: string | null = null;
  lastKind: Kind | null = null;
  container: Container = 'doc';
  /** Nesting depth of containers; footnote definitions met deeper are printed at the end. */
  depth = 0;
  readonly deferred: FootnoteDefinition[] = [];
  private readonly savedPrefix: string[] = [];
  private readonly savedKind: Array<Kind | null> = [];
  private readonly savedContainer: Container[] = [];
  private lastBullet = '-';
  private lastDelim = '.';
  private lastOrdered = false;
  readonly flow: InlineContext;
  readonly line1: InlineContext;

  constructor(readonly opts: ResolvedOptions) {
    this.flow = newContext(0, opts.images, opts.readableUrls, opts.links);
    this.line1 = newContext(F_LINE, opts.images, opts.readableUrls, opts.links);
  }

  // ───────────── output primitives ─────────────

  /** One line (no newline inside). */
  line(s: string): void {
    const head = this.first ?? this.prefix;
    this.first = null;
    if (s === '') this.out += head.trimEnd() + '\n';
    else this.out += head + s + '\n';
  }

  /** Several lines with no blank line among them (a paragraph). */
  lines(s: string): void {
    const head = this.first ?? this.prefix;
    this.first = null;
    this.out += head + (this.prefix === '' || !s.includes('\n') ? s : s.replaceAll('\n', '\n' + this.prefix)) + '\n';
  }

  /** Literal lines that may be empty (code). */
  raw(s: string): void {
    if (this.prefix === '') {
      this.out += s + '\n';
      return;
    }
    const bare = this.prefix.trimEnd();
    for (const l of s.split('\n')) this.out += l === '' ? bare + '\n' : this.prefix + l + '\n';
  }

  blank(): void {
    if (this.first !== null) return;
    this.out += this.prefix.trimEnd() + '\n';
  }

  /** Separate the next block from the previous one in the same container. */
  startBlock(kind: Kind, tight = false): void {
    if (this.first !== null || this.lastKind === null) return;
    if (tight && this.lastKind === 'p' && this.container === 'item') return;
    this.blank();
  }

  /**
   * Open a container: its first line starts with `first` (when not null), every later line with
   * `prefix`. What it replaces is kept in stacks indexed by depth, not in an object per container.
   */
  enter(container: Container, first: string | null, prefix: string): void {
    const d = this.depth++;
    this.savedPrefix[d] = this.prefix;
    this.savedKind[d] = this.lastKind;
    this.savedContainer[d] = this.container;
    if (first !== null) this.first = (this.first ?? this.prefix) + first;
    this.prefix += prefix;
    this.lastKind = null;
    this.container = container;
  }

  /** Close the innermost container; returns the kind of its last block. */
  leave(): Kind | null {
    const last = this.lastKind;
    const d = --this.depth;
    this.prefix = this.savedPrefix[d]!;
    this.lastKind = this.savedKind[d]!;
    this.container = this.savedContainer[d]!;
    return last;
  }

  /** One list item (no closure: lists are the most common container). */
  private item(children: readonly Block[], marker: string): Kind | null {
    this.enter('item', marker, marker.length === 2 ? '  ' : ' '.repeat(marker.length));
    this.blocks(children);
    // Empty items nested in empty items (`- - -`) would read as a thematic break.
    if (this.first !== null) this.line(MARKERS_ONLY.test(this.first) ? '<!-- -->' : '');
    return this.leave();
  }

  // ───────────── blocks ─────────────

  blocks(list: readonly Block[]): void {
    for (const b of list) this.block(b);
  }

  block(b: Block): void {
    switch (b.type) {
      case 'paragraph':
        return this.paragraph(b);
      case 'heading':
        return this.heading(b);
      case 'list':
        return this.list(b);
      case 'definitionList':
        return writeDefinitionList(this, b);
      case 'preformatted':
        return this.preformatted(b);
      case 'codeBlock':
        this.startBlock('code');
        this.fenced(b.value, b.lang ? codeLang(b.lang) : '');
        this.lastKind = 'code';
        return;
      case 'mathBlock':
        return this.mathBlock(b.value, b.chem);
      case 'thematicBreak':
        this.startBlock('hr');
        // `- ---` and `* ***` would be read as one thematic break, `- ___` is an item holding one.
        this.line(this.first !== null ? '___' : '---');
        this.lastKind = 'hr';
        return;
      case 'blockquote':
        return this.blockquote(b.children);
      case 'table':
        return writeTable(this, b);
      case 'htmlBlock':
        return this.htmlBlock(b);
      case 'gallery':
        return this.gallery(b.items);
      case 'infobox':
        return writeInfobox(this, b);
      case 'references':
        if (!b.list) return;
        if (this.depth > 0) this.deferred.push(...b.list);
        else for (const d of b.list) this.footnoteDefinition(d);
        return;
    }
  }

  /** Render inlines as paragraph text (may be several lines), trimmed; '' when nothing shows. */
  paragraphText(children: readonly Inline[]): string {
    let s = renderInlines(children, this.flow, W, W, true, true);
    let a = 0;
    let e = s.length;
    while (a < e && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 10 || s.charCodeAt(a) === 9)) a++;
    while (e > a && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 10 || s.charCodeAt(e - 1) === 9)) e--;
    if (a > 0 || e < s.length) s = s.slice(a, e);
    if (s.length > 0 && s.charCodeAt(0) === 60) {
      // A line holding nothing but one tag opens an HTML block that swallows what follows.
      const nl = s.indexOf('\n');
      if (nl > 0 && LONE_TAG.test(s.slice(0, nl))) s = s.slice(0, nl) + ' ' + s.slice(nl + 1);
    }
    return s;
  }

  private paragraph(b: Paragraph): void {
    // Framed images (thumbnails with captions) stand as blocks of their own, as in MediaWiki.
    // Inside bold/italic too: the bold/italic is split around the image (see framed.ts).
    if (this.opts.images !== 'drop' && holdsFramed(b.children)) {
      let run: Inline[] = [];
      for (const c of liftFramed(b.children)) {
        if (isFramedImage(c)) {
          this.paragraphOf(run);
          run = [];
          this.paragraphOf([c]);
        } else run.push(c);
      }
      this.paragraphOf(run);
      return;
    }
    this.paragraphOf(b.children);
  }

  paragraphOf(children: readonly Inline[]): void {
    if (children.length === 0) return;
    const s = this.paragraphText(children);
    // Nothing but white space (a U+3000 indent left before a framed image the paragraph lost).
    if (s === '' || s.trim() === '') return;
    this.startBlock('p');
    this.lines(s);
    this.lastKind = !s.includes('\n') && LONE_TAG.test(s) ? 'html' : 'p';
  }

  private heading(b: Heading): void {
    // At the start ASCII white space only, as CommonMark strips a heading's content and MediaWiki
    // its line: a U+3000 or &nbsp; indent stays (a `#` after it is text, not a second marker).
    // At the end any white space goes, as in a paragraph: it shows nothing there.
    let s = trimAscii(renderInlines(b.children, this.line1, W, W, false, true).trimEnd());
    // A closing run of `#` after a space would be eaten as the ATX closing sequence.
    const m = /(^|[ \t])(#+)$/.exec(s);
    if (m) s = s.slice(0, s.length - m[2]!.length) + '\\' + m[2];
    this.startBlock('heading');
    this.line('#'.repeat(b.level) + (s === '' ? '' : ' ' + s));
    this.lastKind = 'heading';
  }

  private list(b: List): void {
    if (b.items.length === 0) return;
    const firstEmpty = b.items[0]!.children.length === 0;
    this.startBlock('list', !firstEmpty);
    // Two lists in a row would merge into one: the second switches its marker character.
    let bullet = '-';
    let delim = '.';
    if (this.lastKind === 'list' && this.lastOrdered === b.ordered) {
      bullet = this.lastBullet === '-' ? '*' : '-';
      delim = this.lastDelim === '.' ? ')' : '.';
    }
    let prevEnd: Kind | null = null;
    const items = b.items;
    const first = b.start;
    for (let i = 0; i < items.length; i++) {
      if (i > 0 && prevEnd !== null && OPEN_ENDED.has(prevEnd)) this.blank();
      const marker = b.ordered ? `${first + i}${delim} ` : bullet === '-' ? '- ' : '* ';
      prevEnd = this.item(items[i]!.children, marker);
    }
    this.lastBullet = bullet;
    this.lastDelim = delim;
    this.lastOrdered = b.ordered;
    this.lastKind = 'list';
  }

  htmlOpts(): { images: ResolvedOptions['images']; profile: 'markdown'; readableUrls: boolean; links: LinkTargets | null } {
    return { images: this.opts.images, profile: 'markdown', readableUrls: this.opts.readableUrls, links: this.opts.links };
  }

  /**
   * `<tag>` (or `open`) and a blank line: Markdown inside an HTML block follows, up to
   * closeMarkdownIn. A pair of calls, not a callback, so no closure is made per cell or term.
   */
  openMarkdownIn(open: string): void {
    this.line(open);
    this.blank();
    this.enter('cell', null, '');
  }

  /** A blank line and `</tag>`: the end of what openMarkdownIn began. */
  closeMarkdownIn(tag: string): void {
    this.leave();
    this.blank();
    this.line(`</${tag}>`);
  }

  private preformatted(b: Preformatted): void {
    let plain = true;
    let text = '';
    for (const c of b.children) {
      if (c.type === 'text') text += c.value;
      else if (c.type === 'break') text += '\n';
      else if (c.type === 'variant') text += c.raw;
      else if (c.type !== 'dropped') plain = false;
    }
    this.startBlock('code');
    if (plain) {
      this.fenced(text, '');
      this.lastKind = 'code';
    } else {
      // Markup inside: HTML keeps links and bold, all on one line so no blank line ends it.
      this.line(renderBlocksHtml([b], this.htmlOpts()));
      this.lastKind = 'html';
    }
  }

  /** A fenced code block with a fence longer than any backtick run inside. */
  fenced(value: string, info: string): void {
    const v = value.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestRun(v, 96) + 1));
    this.line(fence + info);
    if (v !== '') this.raw(v);
    this.line(fence);
  }

  /**
   * Display maths: `$$` lines when the TeX holds nothing Markdown could touch, else a
   * ```` ```math ```` block (GitHub renders both; the fence keeps the TeX byte for byte).
   */
  mathBlock(value: string, chem: boolean): void {
    const v = mathSource({ value, chem }, false);
    if (v === '') return;
    this.startBlock('math');
    if (mathIsPlain(v) && !/^([#>+=|:~-]|\d+[.)](\s|$))/.test(v)) {
      this.line('$$');
      this.line(v);
      this.line('$$');
    } else this.fenced(v, 'math');
    this.lastKind = 'math';
  }

  private blockquote(children: readonly Block[]): void {
    this.startBlock('quote');
    this.enter('quote', '> ', '> ');
    this.blocks(children);
    if (this.first !== null) this.line('');
    this.leave();
    this.lastKind = 'quote';
  }

  private htmlBlock(b: HtmlBlock): void {
    const tag = b.tag.toLowerCase();
    if (tag === 'blockquote') return this.blockquote(b.children);
    if (tag === 'hr') {
      this.block({ type: 'thematicBreak' });
      return this.blocks(b.children);
    }
    if (DROPPED_HTML.has(tag)) return;
    // List and definition-list HTML keeps its structure (readers count the items).
    if (tag === 'dl' || tag === 'dt' || tag === 'dd') return writeDefinitionList(this, htmlDefinitionList(b));
    if (tag === 'ul' || tag === 'ol' || tag === 'li') return this.list(htmlList(b));
    const heading = htmlHeading(b, tag);
    if (heading !== null) return this.heading(heading);
    // div, center, p, …: the content is what matters.
    this.blocks(b.children);
  }

  /** A gallery is a list of images with their captions (MediaWiki prints one `<li>` each). */
  private gallery(items: readonly Image[]): void {
    if (this.opts.images === 'drop' || items.length === 0) return;
    this.list(listNode(items.map((img) => ({ type: 'listItem' as const, children: [{ type: 'paragraph' as const, children: [{ ...img, format: 'thumb' as const }] }] }))));
  }

  footnoteDefinition(d: FootnoteDefinition): void {
    this.startBlock('fn');
    const label = d.label;
    this.enter('fn', `[^${footnoteLabelOf(label)}]: `, '    ');
    this.blocks(d.children);
    // A definition is never empty: the reference's name (or label) stands in.
    if (this.first !== null) this.line(escapeText(d.name || d.label, F_LINE, false).text);
    this.leave();
    this.lastKind = 'fn';
  }

  /** Footnote definitions that were met inside containers, printed at the end of the page. */
  flushDeferred(): void {
    while (this.deferred.length) {
      const list = this.deferred.splice(0);
      for (const d of list) this.footnoteDefinition(d);
    }
  }
}
