/**
 * `-{ … }-` that spans blocks (`-{zh-tw;|` before a table and `}-` after it, markup around a
 * list or a `<div>`). MediaWiki converts the rendered HTML, so its markup may enclose any block
 * content; here the opening and the closing end up in different text nodes of the tree. This
 * module pairs such openings and closings in reading order and cuts the text nodes at the
 * delimiters; the transform then treats the enclosed text as the rule says (shown as written,
 * converted to the filter's variant, or hidden).
 */
import type { Block, Inline, Text } from '../ast/nodes.js';
import type { MarkupDisplay } from './markup.js';

/** One block-spanning markup: the text nodes between its delimiters, in reading order. */
export interface Region {
  /** The enclosed text nodes; the first holds the flags and the start of the rule. */
  nodes: Text[];
  /** The rule as text (the nodes' values joined), as MediaWiki reads it from the HTML. */
  raw: string;
  /** How the enclosed text is shown; set when the transform reaches the first node. */
  shown?: RegionDisplay;
}

export type RegionDisplay =
  /**
   * The part of the enclosed content from `from` to `to` (offsets into `raw`) is shown, converted
   * with `convertTo` (null: as written), in the blocks that hold it; text outside it is hidden. A
   * rule showing its own content (`-{…}-`, filter syntax) selects all but its flags; a choice
   * among variants (`-{zh-hans:…;zh-hant:…}-`) selects the chosen variant's text.
   */
  | {
      kind: 'select';
      from: number;
      to: number;
      /** The chosen variant's whole part (from after its `code:` to its `;`): markup and blocks there are shown. */
      outerFrom: number;
      outerTo: number;
      convertTo: string | null;
      /** Each enclosed node's offset in `raw`. */
      starts: Map<Text, number>;
    }
  /** Nothing shown (`H`, `-`, `T` rules; malformed rules). */
  | { kind: 'hide' }
  /** The rule shows text not found in the content: it replaces the first node, the rest is hidden. */
  | { kind: 'replace'; wikitext: string };

/**
 * How a region shows what its rule displays. The shown text is found in the content (where a
 * variant's text follows its `code:`), so the blocks holding it stay as they are.
 */
export function regionDisplayOf(region: Region, shown: MarkupDisplay): RegionDisplay {
  const text = shown.wikitext;
  if (shown.error || text === '') return { kind: 'hide' };
  const raw = region.raw;
  const from = findShown(raw, text);
  if (from < 0) return { kind: 'replace', wikitext: text };
  const to = from + text.length;
  // A variant's part runs from its `code:` to the next `;`: blocks and markup standing there
  // (a quotation's table around the chosen text, its -{“}- marks) belong to it.
  let outerFrom = from;
  let j = from - 1;
  while (j >= 0 && isSpace(raw.charCodeAt(j))) j--;
  if (j >= 0 && raw.charCodeAt(j) === 58) outerFrom = j + 1;
  let outerTo = to;
  let k = to;
  while (k < raw.length && isSpace(raw.charCodeAt(k))) k++;
  if (k === raw.length || raw.charCodeAt(k) === 59) outerTo = k;
  const starts = new Map<Text, number>();
  let at = 0;
  for (const n of region.nodes) {
    starts.set(n, at);
    at += n.value.length;
  }
  return { kind: 'select', from, to, outerFrom, outerTo, convertTo: shown.convertTo === 'zh' ? null : shown.convertTo, starts };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Where `text` stands in `raw`: at its end, else after a `code:`, else its first occurrence; -1 when absent. */
function findShown(raw: string, text: string): number {
  if (raw.endsWith(text)) return raw.length - text.length;
  let first = -1;
  for (let i = raw.indexOf(text); i >= 0; i = raw.indexOf(text, i + 1)) {
    if (first < 0) first = i;
    let j = i - 1;
    while (j >= 0 && isSpace(raw.charCodeAt(j))) j--;
    if (j >= 0 && raw.charCodeAt(j) === 58) return i;
  }
  return first;
}

/** The part of a region's node inside the selection (the node's text as cut, before anything changed it). */
export function selectedPart(node: Text, shown: Extract<RegionDisplay, { kind: 'select' }>): string {
  const start = shown.starts.get(node) ?? 0;
  const from = Math.max(0, shown.from - start);
  const to = Math.min(node.value.length, shown.to - start);
  return from < to ? node.value.slice(from, to) : '';
}

interface Entry {
  list: Inline[];
  node: Text;
}

/**
 * Find block-spanning markup in the blocks (one stream per footnote, as footnotes are read
 * apart); null when there is none. The transform calls it only once it meets a `-{` in a text
 * node (nearly every page has markup only in VariantMarkup nodes and never pays for this walk).
 */
export function findRegions(blocks: Block[], literal: ReadonlySet<Text> | null = null): WeakMap<Text, Region> | null {
  const streams: Entry[][] = [];
  seen = new WeakSet();
  skipped = literal;
  collectBlocks(blocks, (streams[0] = []), streams);
  let regions: WeakMap<Text, Region> | null = null;
  for (const stream of streams) {
    const pairs = pairAcrossNodes(stream);
    // Cut from the last pair back, so the offsets of earlier pairs stay valid.
    for (let i = pairs.length - 1; i >= 0; i--) {
      const region = cut(stream, pairs[i]!);
      regions ??= new WeakMap();
      for (const n of region.nodes) regions.set(n, region);
    }
  }
  return regions;
}

interface Pair {
  open: number;
  openAt: number;
  close: number;
  closeAt: number;
}

/** Outermost `-{`/`}-` pairs whose ends lie in different text nodes. */
function pairAcrossNodes(stream: Entry[]): Pair[] {
  const pairs: Pair[] = [];
  const stack: Array<{ entry: number; at: number }> = [];
  for (let e = 0; e < stream.length; e++) {
    const v = stream[e]!.node.value;
    let i = 0;
    // Each search's answer is kept while it lies ahead (-1: none ahead, -2: not searched yet), so a
    // node of many openings and no closing (`-{` × n) is read once, not once per opening.
    let nextOpen = v.indexOf('-{');
    let nextClose = -2;
    for (;;) {
      if (nextOpen >= 0 && nextOpen < i) nextOpen = v.indexOf('-{', i);
      const open = nextOpen;
      let close = -1;
      if (stack.length > 0) {
        if (nextClose === -2 || (nextClose >= 0 && nextClose < i)) nextClose = v.indexOf('}-', i);
        close = nextClose;
      }
      if (open < 0 && close < 0) break;
      if (open >= 0 && (close < 0 || open < close)) {
        stack.push({ entry: e, at: open });
        i = open + 2;
      } else {
        const o = stack.pop()!;
        if (stack.length === 0 && o.entry !== e) pairs.push({ open: o.entry, openAt: o.at, close: e, closeAt: close });
        i = close + 2;
      }
    }
  }
  return pairs;
}

/** Split the end nodes at the delimiters (dropping them) and return the enclosed nodes. */
function cut(stream: Entry[], p: Pair): Region {
  const a = stream[p.open]!;
  const b = stream[p.close]!;
  const head: Text = { type: 'text', value: b.node.value.slice(0, p.closeAt) };
  b.node.value = b.node.value.slice(p.closeAt + 2);
  b.list.splice(b.list.indexOf(b.node), 0, head);
  const tail: Text = { type: 'text', value: a.node.value.slice(p.openAt + 2) };
  a.node.value = a.node.value.slice(0, p.openAt);
  a.list.splice(a.list.indexOf(a.node) + 1, 0, tail);
  const nodes = [tail];
  for (let e = p.open + 1; e < p.close; e++) nodes.push(stream[e]!.node);
  nodes.push(head);
  let raw = '';
  for (const n of nodes) raw += n.value;
  return { nodes, raw };
}

// The walk below visits text in the order the transform converts it (transform.ts).

/** Block lists already collected: a footnote's content is reachable from its marker and its list. */
let seen = new WeakSet<object>();
/** Literal text nodes (parser/state.ts literalTexts: `<nowiki>` text, entity-decoded `-`, `{`, `}`): never markup. */
let skipped: ReadonlySet<Text> | null = null;

function collectBlocks(list: Block[], out: Entry[], streams: Entry[][]): void {
  if (seen.has(list)) return;
  seen.add(list);
  for (const b of list) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'preformatted':
        collectInlines(b.children, out, streams);
        break;
      case 'list':
        for (const item of b.items) collectBlocks(item.children, out, streams);
        break;
      case 'definitionList':
        for (const item of b.items) {
          if (item.type === 'definitionTerm') collectInlines(item.children, out, streams);
          else collectBlocks(item.children, out, streams);
        }
        break;
      case 'blockquote':
      case 'htmlBlock':
        collectBlocks(b.children, out, streams);
        break;
      case 'table':
        if (b.caption) collectInlines(b.caption, out, streams);
        for (const row of b.rows) for (const cell of row.cells) collectBlocks(cell.children, out, streams);
        break;
      case 'gallery':
        for (const img of b.items) collectInlines(img.caption, out, streams);
        break;
      case 'infobox':
        if (b.title) collectInlines(b.title, out, streams);
        for (const img of b.images) collectInlines(img.caption, out, streams);
        for (const row of b.rows) {
          if (row.label) collectInlines(row.label, out, streams);
          collectInlines(row.value, out, streams);
        }
        break;
      case 'references':
        for (const def of b.definitions) if (def.children) collectBlocks(def.children, newStream(streams), streams);
        if (b.list) for (const def of b.list) collectBlocks(def.children, newStream(streams), streams);
        break;
      default:
        break;
    }
  }
}

function newStream(streams: Entry[][]): Entry[] {
  const s: Entry[] = [];
  streams.push(s);
  return s;
}

function collectInlines(list: Inline[], out: Entry[], streams: Entry[][]): void {
  for (const n of list) {
    switch (n.type) {
      case 'text':
        if (skipped === null || !skipped.has(n)) out.push({ list, node: n });
        break;
      case 'strong':
      case 'emphasis':
      case 'wikiLink':
      case 'htmlInline':
        collectInlines(n.children, out, streams);
        break;
      case 'externalLink':
        if (n.kind === 'labelled') collectInlines(n.children, out, streams);
        break;
      case 'image':
        collectInlines(n.caption, out, streams);
        break;
      case 'footnoteRef':
        if (n.children) collectBlocks(n.children, newStream(streams), streams);
        break;
      default:
        break;
    }
  }
}
