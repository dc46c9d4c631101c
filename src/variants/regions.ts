/**
 * `-{ … }-` that spans blocks (`-{zh-tw;|` before a table and `}-` after it, markup around a
 * list or a `<div>`). MediaWiki converts the rendered HTML, so its markup may enclose any block
 * content; here the opening and the closing end up in different text nodes of the tree. This
 * module pairs such openings and closings in reading order and cuts the text nodes at the
 * delimiters; the transform then treats the enclosed text as the rule says (shown as written,
 * converted to the filter's variant, or hidden).
 */
import type { Block, Inline, Text } from '../ast/nodes.js';

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
  /** The enclosed content shown, converted with `mode` (null: as written); `prefix` characters of flags cut from the first node. */
  | { kind: 'keep'; prefix: number; convertTo: string | null }
  /** Nothing shown (`H`, `-`, `T` rules; malformed rules). */
  | { kind: 'hide' }
  /** The rule shows other text (a variant's choice): it replaces the first node, the rest is hidden. */
  | { kind: 'replace'; wikitext: string };

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
    for (;;) {
      const open = v.indexOf('-{', i);
      const close = stack.length > 0 ? v.indexOf('}-', i) : -1;
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
/** `<nowiki>` text: its `-{` and `}-` are text, not markup. */
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
