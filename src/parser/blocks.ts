/**
 * The block parser: line by line, the way MediaWiki's handleTables / handleHeadings / doBlockLevels
 * see the text. Tables first (a line starting with `{|` after optional `:` and spaces), then
 * headings, `----`, list lines (`*#:;`), blank lines, preformatted lines (leading space, unless
 * blocked), category-only lines (removed), and paragraph text. Block-level HTML tags (div,
 * center, blockquote, p, h1–h6, table, ul/ol/li, dl …) open and close container frames; the
 * blocks in between become their children.
 */
import type { Block, Heading, Inline } from '../ast/nodes.js';
import { parseAttributes } from './attributes.js';
import { htmlFrameToBlock } from './htmlblocks.js';
import { type Finders, type InlineOptions, Mode, newFinders, runScanner, toInline } from './inline.js';
import { CLOSE_MATCH, findBlockTag, matchHeading, OPEN_MATCH, type TagMatch } from './blocktags.js';
import { cachedTitle, findImageClose } from './links.js';
import { ListBuilder, findColonNoLinks } from './lists.js';
import { inlineToBlocks } from './paragraphs.js';
import { joinMultilineTags } from './multiline-tags.js';
import { type MetaLink, metaOnlyLine, recordMetaLinks } from './metalines.js';
import { isWhitespaceString, type InlineOut, type State } from './state.js';
import { parseTable, tableStart } from './tables.js';
import { renderMarker } from './markers.js';
import type { PlainBlockTracker } from './plain-blocks.js';
import { readMarker } from '../preprocess/markers.js';

const TABLE_LINE = /\n[ \t]*\{\|/;
const PARA: InlineOptions = { mode: Mode.Para, inLink: false };
const PRE: InlineOptions = { mode: Mode.Pre, inLink: false };

/** Deepest nesting of block HTML containers; deeper opening tags are ignored. */
const MAX_FRAMES = 50;

export interface Frame {
  tag: string;
  attrs: Record<string, string>;
  children: Block[];
  /** The special-node count its content is judged from (plain-blocks.ts). */
  start?: number;
}

/** `plain`: the page's top level only, to note which blocks hold no dropped or footnote node. */
export function parseBlocks(src: string, st: State, plain: PlainBlockTracker | null = null): Block[] {
  return new BlockParser(joinMultilineTags(src), st, plain).run();
}

export class BlockParser {
  private readonly frames: Frame[];
  private top: Frame;
  /** Pending paragraph text as [start, end) pairs. */
  private para: number[] = [];
  /** Pending preformatted lines as [start, end) pairs (leading space removed). */
  private pre: number[] = [];
  /** Links of category-only lines met while a paragraph was pending: recorded after its links, in source order. */
  private pendingMeta: MetaLink[] | null = null;
  private list: ListBuilder | null = null;
  /** MediaWiki's inBlockElem: after a line opening a block tag, no preformatted lines. */
  private inBlockElem = false;
  /** Memoised searches over this parser's text, shared by all its inline runs. */
  private finders: Finders | null = null;

  constructor(
    readonly src: string,
    readonly st: State,
    private readonly plain: PlainBlockTracker | null = null,
  ) {
    this.top = { tag: '', attrs: {}, children: [] };
    this.frames = [this.top];
  }

  run(): Block[] {
    const src = this.src;
    const len = src.length;
    let pos = 0;
    const plain = this.plain;
    while (pos <= len) {
      let eol = src.indexOf('\n', pos);
      if (eol < 0) eol = len;
      if (plain) plain.beginStep();
      pos = this.line(pos, eol);
    }
    if (plain) plain.beginStep();
    this.flushAll();
    while (this.frames.length > 1) this.popFrame();
    return this.frames[0]!.children;
  }

  emit(block: Block): void {
    this.top.children.push(block);
    if (this.plain && this.frames.length === 1) this.plain.placed(block);
  }

  /** A list placed at its first line; its items follow in later lines. */
  private emitList(block: Block): void {
    this.top.children.push(block);
    if (this.plain && this.frames.length === 1) this.plain.listOpened(block);
  }

  private line(s: number, e: number): number {
    const src = this.src;
    // Guarded: an out-of-bounds charCodeAt would deoptimise this hot function once it is optimised.
    const c = s < src.length ? src.charCodeAt(s) : -1;
    const table = tableStart(src, s, e);
    if (table) {
      this.flushAll();
      const r = parseTable(src, s, table.indent, this.st, 0);
      for (const b of r.blocks) this.emit(b);
      if (r.rest) {
        this.textLine(r.rest[0], r.rest[1]);
        this.closePara();
      }
      return r.next;
    }
    if (c === 61) {
      const h = matchHeading(src, s, e);
      if (h) {
        this.flushAll();
        const children = toInline(this.inline(h.start, h.end, Mode.Para));
        const heading: Heading = { type: 'heading', level: h.level as Heading['level'], children };
        this.emit(heading);
        return e + 1;
      }
    }
    if (c === 45 && src.startsWith('----', s)) {
      this.flushAll();
      this.emit({ type: 'thematicBreak' });
      let q = s + 4;
      while (q < e && src.charCodeAt(q) === 45) q++;
      if (!isWhitespaceString(src, q, e)) {
        this.textLine(q, e);
        this.closePara();
      }
      return e + 1;
    }
    if (c === 42 || c === 35 || c === 58 || c === 59) {
      this.closePara();
      this.closePre();
      this.listLine(s, e);
      return e + 1;
    }
    if (this.list) this.closeList();
    if (isWhitespaceString(src, s, e)) {
      if (c === 32 && this.pre.length > 0) {
        this.pre.push(s + 1, e);
        return e + 1;
      }
      this.closePara();
      this.closePre();
      return e + 1;
    }
    if (c === 32 && !this.preBlocked() && !(this.mayHoldTag(s, e) && findBlockTag(src, s, e))) {
      this.closePara();
      this.pre.push(s + 1, e);
      return e + 1;
    }
    if (c === 91) {
      const links = metaOnlyLine(this.st, src, s, e);
      if (links) {
        if (this.para.length > 0 || this.pre.length > 0) (this.pendingMeta ??= []).push(...links);
        else recordMetaLinks(this.st.ctx.meta, links);
        return e + 1;
      }
    }
    if (c === 127) {
      const next = this.orphanRows(s, e);
      if (next >= 0) return next;
    }
    const spanEnd = this.fileLinkSpan(s, e);
    if (typeof spanEnd !== 'number') return spanEnd.next;
    if (spanEnd > e) {
      // The lines up to the one closing the file link are one piece of paragraph text.
      this.closePre();
      this.para.push(s, spanEnd);
      return spanEnd + 1;
    }
    this.textLine(s, e);
    return e + 1;
  }

  /**
   * A file link opened on this line whose caption runs onto later lines (legends of a map as
   * `<div>` lines or lists): MediaWiki replaces links before it splits the text into lines, so
   * the whole caption belongs to the image. Returns the end of the line where it closes, or -1.
   */
  private fileLinkSpan(s: number, e: number): number | { next: number } {
    const src = this.src;
    this.finders ??= newFinders();
    let o = this.finders.openLink.find(src, s);
    while (o >= 0 && o < e) {
      let q = o + 2;
      while (q < e) {
        const c = src.charCodeAt(q);
        if (c === 124 || c === 93 || c === 91 || c === 123 || c === 60) break;
        q++;
      }
      if (q >= e || src.charCodeAt(q) !== 124) {
        o = this.finders.openLink.find(src, q);
        continue;
      }
      const raw = src.slice(o + 2, q);
      // Only a prefixed title can be a file; the prefix's colon may also be written as an entity
      // or a percent escape. The rest skip the title parse (this runs for every piped link).
      const t = !mayHavePrefix(raw) || raw.trimStart().startsWith(':') ? null : cachedTitle(this.st.site, raw);
      const close = t && t.ns === 6 && t.interwiki === null ? findImageClose(src, q + 1, src.length) : -1;
      if (close < 0) {
        o = this.finders.openLink.find(src, q);
        continue;
      }
      if (close >= e) {
        // A table in the caption is made before links in MediaWiki, so its pipes never split
        // the caption: the table is shown (after the image), never its syntax.
        const table = TABLE_LINE.exec(src.slice(e, close));
        if (table) {
          const next = this.captionTable(s, e + table.index, close);
          return next < 0 ? -1 : { next };
        }
        const eol = src.indexOf('\n', close);
        return eol < 0 ? src.length : eol;
      }
      o = this.finders.openLink.find(src, close + 2);
    }
    return -1;
  }

  /**
   * A file link whose caption holds a table (a map legend): the image with the caption up to the
   * table's line (MediaWiki's last caption part wins, so a part ending before the table is
   * replaced by the table's part), then the table, then the caption's text after the table and
   * the rest of the closing line as paragraph text. `nl` is the newline before the `{|` line,
   * `close` the link's `]]`. Returns where parsing goes on, or -1 when the table does not end
   * inside the caption (left to the line-by-line parse).
   */
  private captionTable(s: number, nl: number, close: number): number {
    const src = this.src;
    let te = src.indexOf('\n', nl + 1);
    if (te < 0) te = src.length;
    const start = tableStart(src, nl + 1, te);
    if (!start) return -1;
    const r = parseTable(src, nl + 1, start.indent, this.st, 0);
    const tail = r.rest ? r.rest[0] : r.next;
    if (tail > close) return -1;
    let eol = src.indexOf('\n', close);
    if (eol < 0) eol = src.length;
    this.flushAll();
    for (const b of parseBlocks(src.slice(s, nl) + ']]', this.st)) this.emit(b);
    for (const b of r.blocks) this.emit(b);
    for (const b of parseBlocks(src.slice(tail, close) + src.slice(close + 2, eol), this.st)) this.emit(b);
    return eol + 1;
  }

  /**
   * A line holding only a template call, followed by table rows (`|-`, `|`, `!`): the template
   * opened a table (`{{start box}}`) and was not expanded. The rows become that table, dropped
   * with the template when its handler drops it on purpose (succession boxes), so no row syntax
   * is left in the text. Returns where parsing continues, or -1 when this is not the case.
   */
  private orphanRows(s: number, e: number): number {
    const src = this.src;
    const m = readMarker(src, s);
    if (!m || !isWhitespaceString(src, m.end, e) || e >= src.length) return -1;
    let q = e + 1;
    while (q < src.length && (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9)) q++;
    const c0 = q < src.length ? src.charCodeAt(q) : -1;
    const c1 = q + 1 < src.length ? src.charCodeAt(q + 1) : -1;
    if (!((c0 === 124 && c1 !== 125) || c0 === 33)) return -1;
    const marker = this.st.ctx.markers[m.index];
    if (!marker || marker.kind === 'extension') return -1;
    this.flushAll();
    const rendered = renderMarker(this.st, m.index, s);
    const name = marker.kind === 'template' ? marker.call.name : marker.name;
    const deliberate = marker.kind === 'template' && this.st.ctx.templates.lookup(name, this.st.site.lang) !== null;
    const r = parseTable(src, s, 0, this.st, 0, true);
    if (rendered.blocks) for (const b of rendered.blocks) this.emit(b);
    else if (!deliberate) for (const b of inlineToBlocks(rendered.inline)) this.emit(b);
    if (!deliberate) for (const b of r.blocks) this.emit(b);
    return r.next;
  }

  private preBlocked(): boolean {
    if (this.inBlockElem) return true;
    for (const f of this.frames) if (f.tag === 'blockquote') return true;
    return false;
  }

  /** Whether [s, e) may hold a tag: a '<' before e (memoised search, so lines stay linear). */
  private mayHoldTag(s: number, e: number): boolean {
    this.finders ??= newFinders();
    const lt = this.finders.lt.find(this.src, s);
    return lt >= 0 && lt < e;
  }

  /** Paragraph text, split at block-level tags. */
  private textLine(s: number, e: number): void {
    this.closePre();
    const src = this.src;
    if (!this.mayHoldTag(s, e)) {
      this.para.push(s, e);
      return;
    }
    let q = s;
    let sawTag = false;
    for (;;) {
      const tag = findBlockTag(src, q, e);
      if (!tag) break;
      if (!sawTag) this.inBlockElemFor(src, s, e);
      sawTag = true;
      if (tag.start > q && !isWhitespaceString(src, q, tag.start)) this.para.push(q, tag.start);
      this.closePara();
      this.blockTag(tag);
      q = tag.end;
    }
    if (q < e && !(sawTag && isWhitespaceString(src, q, e))) this.para.push(q, e);
    if (sawTag) this.closePara();
  }

  /** Update inBlockElem the way doBlockLevels does for a line holding block tags. */
  private inBlockElemFor(src: string, s: number, e: number): void {
    let open = false;
    let close = false;
    for (let q = s; ; ) {
      const t = findBlockTag(src, q, e);
      if (!t) break;
      const key = (t.closing ? '/' : '') + t.name;
      if (OPEN_MATCH.has(key)) open = true;
      if (CLOSE_MATCH.has(key)) close = true;
      q = t.end;
    }
    if (open || close) this.inBlockElem = !close;
  }

  private blockTag(tag: TagMatch): void {
    const name = tag.name;
    if (name === 'p') return; // a paragraph boundary, already made
    this.flushAll();
    if (name === 'hr') {
      if (!tag.closing) this.emit({ type: 'thematicBreak' });
      return;
    }
    if (tag.closing) {
      this.closeFrame(name);
      return;
    }
    if (tag.selfClosing || this.frames.length > MAX_FRAMES) return;
    // Implicit ends, as HTML has them.
    const topTag = this.top.tag;
    if (name === 'li' && topTag === 'li') this.popFrame();
    else if ((name === 'dt' || name === 'dd') && (topTag === 'dt' || topTag === 'dd')) this.popFrame();
    else if (name === 'td' || name === 'th') {
      if (topTag === 'td' || topTag === 'th') this.popFrame();
    } else if (name === 'tr') {
      if (this.top.tag === 'td' || this.top.tag === 'th') this.popFrame();
      if (this.top.tag === 'tr') this.popFrame();
    }
    const frame: Frame = { tag: name, attrs: parseAttributes(tag.attrs), children: [], start: this.plain ? this.plain.start : 0 };
    this.frames.push(frame);
    this.top = frame;
  }

  private closeFrame(name: string): void {
    let at = -1;
    for (let i = this.frames.length - 1; i > 0; i--) {
      if (this.frames[i]!.tag === name) {
        at = i;
        break;
      }
    }
    if (at < 0) return; // stray closing tag: dropped
    while (this.frames.length > at) this.popFrame();
  }

  private popFrame(): void {
    const frame = this.frames.pop()!;
    this.top = this.frames[this.frames.length - 1]!;
    const fostered: Block[] = [];
    const block = htmlFrameToBlock(frame, fostered);
    for (const b of fostered) this.top.children.push(b);
    if (block) this.top.children.push(block);
    if (this.plain && this.frames.length === 1) {
      // Fostered blocks and the container hold content made while the container was open.
      for (const b of fostered) this.plain.placed(b, frame.start);
      if (block) this.plain.placed(block, frame.start);
    }
  }

  private listLine(s: number, e: number): void {
    const src = this.src;
    let q = s;
    while (q < e) {
      const c = src.charCodeAt(q);
      if (c === 42 || c === 35 || c === 58 || c === 59) q++;
      else break;
    }
    const prefix = src.slice(s, q);
    if (!this.list) this.list = new ListBuilder((b) => this.emitList(b));
    let term: Inline[] | null = null;
    let bodyStart = q;
    if (prefix.charCodeAt(prefix.length - 1) === 59) {
      const colon = findColonNoLinks(src, q, e);
      if (colon >= 0) {
        term = toInline(this.inline(q, colon, Mode.Para));
        bodyStart = colon + 1;
      } else {
        term = toInline(this.inline(q, e, Mode.Para));
        bodyStart = -1;
      }
    }
    const body = bodyStart >= 0 ? this.inline(bodyStart, e, Mode.Para) : null;
    // `:<math>…</math>` alone on its line: display math.
    if (term === null && body !== null && /^:+$/.test(prefix)) {
      const blocks = inlineToBlocks(body);
      if (blocks.length === 1 && blocks[0]!.type === 'mathBlock') {
        this.closeList();
        this.emit(blocks[0]!);
        return;
      }
      if (blocks.length === 1 && blocks[0]!.type === 'paragraph') {
        const only = blocks[0]!.children;
        if (only.length === 1 && only[0]!.type === 'math') {
          this.closeList();
          this.emit({ type: 'mathBlock', value: only[0]!.value, chem: only[0]!.chem });
          return;
        }
      }
    }
    this.list.line(prefix, term, body);
  }

  inline(s: number, e: number, mode: Mode): InlineOut[] {
    if (s >= e) return [];
    this.finders ??= newFinders();
    return runScanner(this.src, s, e, this.st, mode === Mode.Para ? PARA : PRE, this.finders);
  }

  private closePara(): void {
    const para = this.para;
    if (para.length === 0) return;
    let nodes: InlineOut[];
    // Lines that follow each other in the text are parsed in place (no joined copy).
    let contiguous = true;
    for (let i = 2; i < para.length; i += 2) {
      if (para[i] !== para[i - 1]! + 1 || this.src.charCodeAt(para[i - 1]!) !== 10) {
        contiguous = false;
        break;
      }
    }
    if (contiguous) {
      nodes = this.inline(para[0]!, para[para.length - 1]!, Mode.Para);
    } else {
      const parts: string[] = [];
      for (let i = 0; i < para.length; i += 2) parts.push(this.src.slice(para[i]!, para[i + 1]!));
      const text = parts.join('\n');
      nodes = runScanner(text, 0, text.length, this.st, { mode: Mode.Para, inLink: false });
    }
    this.para.length = 0;
    for (const b of inlineToBlocks(nodes)) this.emit(b);
    this.recordPendingMeta();
  }

  private recordPendingMeta(): void {
    if (this.pendingMeta) {
      recordMetaLinks(this.st.ctx.meta, this.pendingMeta);
      this.pendingMeta = null;
    }
  }

  private closePre(): void {
    const pre = this.pre;
    if (pre.length === 0) return;
    const parts: string[] = [];
    for (let i = 0; i < pre.length; i += 2) parts.push(this.src.slice(pre[i]!, pre[i + 1]!));
    this.pre = [];
    const text = parts.join('\n').replace(/\s+$/, '');
    const nodes = runScanner(text, 0, text.length, this.st, { mode: Mode.Pre, inLink: false });
    let run: Inline[] = [];
    const flush = (): void => {
      if (run.some((n) => n.type !== 'text' || !isWhitespaceString(n.value))) this.emit({ type: 'preformatted', children: run });
      run = [];
    };
    for (const n of nodes) {
      if (n.type === 'blocks') {
        flush();
        for (const b of n.blocks) this.emit(b);
      } else run.push(n);
    }
    flush();
    this.recordPendingMeta();
  }

  private closeList(): void {
    if (this.list) {
      this.list.close();
      this.list = null;
      if (this.plain) this.plain.listsClosed();
    }
  }

  private flushAll(): void {
    this.closePara();
    this.closePre();
    this.closeList();
  }
}

/** Whether `raw` may name a namespace: it holds a colon, or an entity or escape that could make one. */
function mayHavePrefix(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 58 || c === 38 || c === 37) return true;
  }
  return false;
}
