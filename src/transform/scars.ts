/**
 * Scar removal: delete every `dropped` node (unknown templates, navboxes, `{{lang-en}}` we could
 * not render …) and repair the punctuation it leaves behind — `（）`, `( )`, `（，简称WSL）`,
 * `(, also`, doubled `，，`, a space before `。` — but only at the seam where a dropped template
 * stood; the author's own punctuation elsewhere stays exactly as written.
 */
import type { Block, Document, Inline, List, Node } from '../ast/nodes.js';
import { walk } from '../ast/walk.js';
import { isType, typeOf } from './node-type.js';
import { codeAt } from '../engine/strings.js';

// Character classes, by code point.
const OPEN_TO_CLOSE = new Map<number, number[]>([
  [0xff08, [0xff09, 0x29]], // （ → ） )
  [0x28, [0x29, 0xff09]], // ( → ) ）
  [0x300c, [0x300d]], // 「 」
  [0x300e, [0x300f]], // 『 』
  [0x3010, [0x3011]], // 【 】
]);
const CLOSE = new Set([0xff09, 0x29, 0x300d, 0x300f, 0x3011]);
/** Separators that a dropped neighbour can leave dangling: ， , 、 ; ； : ： */
const SEPARATOR = new Set([0xff0c, 0x2c, 0x3001, 0x3b, 0xff1b, 0x3a, 0xff1a]);
const COLON = new Set([0x3a, 0xff1a]);
/** Sentence ends: 。 . ！ ! ？ ? */
const TERMINAL = new Set([0x3002, 0x2e, 0xff01, 0x21, 0xff1f, 0x3f]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

/** Full-width punctuation hugs its neighbours: no space before or after it. */
function isCjkPunct(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65);
}

/** - – — ― as a spaced separator (` - `), not a hyphen inside a word. */
function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

/** ASCII punctuation that takes no space before it. */
function hugsLeft(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29;
}

function trimEndSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(codeAt(s, e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}

function trimStartSpaces(s: string): string {
  let b = 0;
  while (b < s.length && isSpace(codeAt(s, b))) b++;
  return b === 0 ? s : s.slice(b);
}

/** What lies on the far side of a seam when it is not text. */
type Edge = 'text' | 'boundary' | 'node';

/**
 * Repair the junction of `left` and `right` where dropped templates stood. `leftEdge`/`rightEdge`
 * say whether the text reaches the start/end of its run ('boundary') or another node follows.
 * Returns the repaired pair; only characters next to the seam change.
 */
export function repairSeam(left: string, right: string, leftEdge: Edge, rightEdge: Edge): [string, string] {
  let leftSpace = left.length > 0 && isSpace(left.charCodeAt(left.length - 1));
  let rightSpace = right.length > 0 && isSpace(right.charCodeAt(0));
  let l = trimEndSpaces(left);
  let r = trimStartSpaces(right);
  for (let guard = 0; guard < 8; guard++) {
    const a = l.length ? l.charCodeAt(l.length - 1) : -1;
    const b = r.length ? r.charCodeAt(0) : -1;
    const closes = a >= 0 ? OPEN_TO_CLOSE.get(a) : undefined;
    if (closes && b >= 0 && closes.includes(b)) {
      // （） — an empty pair: remove it, and the space that introduced it. The spaces that
      // matter now are the ones outside the pair.
      const before = l.slice(0, -1);
      leftSpace = before.length > 0 && isSpace(before.charCodeAt(before.length - 1));
      rightSpace = false;
      l = trimEndSpaces(before);
      r = r.slice(1);
      continue;
    }
    if (closes && SEPARATOR.has(b)) {
      // （，简称WSL） → （简称WSL）
      r = trimStartSpaces(r.slice(1));
      continue;
    }
    if (SEPARATOR.has(a) && CLOSE.has(b)) {
      // （简称WSL，） → （简称WSL）
      l = trimEndSpaces(l.slice(0, -1));
      continue;
    }
    if (SEPARATOR.has(a) && SEPARATOR.has(b)) {
      // ，， → ，  (a colon introduced the dropped thing: the later separator stays)
      if (COLON.has(a)) l = trimEndSpaces(l.slice(0, -1));
      else r = trimStartSpaces(r.slice(1));
      continue;
    }
    if (SEPARATOR.has(a) && TERMINAL.has(b)) {
      l = trimEndSpaces(l.slice(0, -1));
      continue;
    }
    if (l.length === 0 && leftEdge === 'boundary' && (SEPARATOR.has(b) || (TERMINAL.has(b) && b !== 0x2e))) {
      r = trimStartSpaces(r.slice(1));
      continue;
    }
    if (r.length === 0 && rightEdge === 'boundary' && SEPARATOR.has(a)) {
      l = trimEndSpaces(l.slice(0, -1));
      continue;
    }
    if (r.length === 0 && rightEdge === 'boundary' && isDash(a) && l.length > 1 && isSpace(l.charCodeAt(l.length - 2))) {
      // `* [[愛媛県第1区]] - {{衆議院小選挙区当選者|…}}`: the dash introduced what was dropped.
      l = trimEndSpaces(l.slice(0, -1));
      continue;
    }
    break;
  }
  // One space survives only between two words that had space around the template.
  if (!leftSpace && !rightSpace) return [l, r];
  if (l.length === 0 && leftEdge === 'boundary') return [l, r];
  if (r.length === 0 && rightEdge === 'boundary') return [l, r];
  const a = l.length ? l.charCodeAt(l.length - 1) : -1;
  const b = r.length ? r.charCodeAt(0) : -1;
  if (a >= 0 && (OPEN_TO_CLOSE.has(a) || isCjkPunct(a))) return [l, r];
  if (b >= 0 && (CLOSE.has(b) || isCjkPunct(b) || hugsLeft(b))) return [l, r];
  if (l.length === 0 && r.length === 0) return [left.length ? ' ' : '', ''];
  if ((a >= 0 && isSpace(a)) || (b >= 0 && isSpace(b))) return [l, r];
  return [l + ' ', r];
}

/**
 * Remove the dropped nodes of one inline run and repair each seam. Returns whether anything changed.
 * `start`/`end`: what lies beyond the run's ends — the block's edge ('boundary'), or, for a run
 * inside bold or a link, whatever stands beside that wrapper ('node' when anything does).
 */
export function repairInlines(list: Inline[], start: Edge = 'boundary', end: Edge = 'boundary'): boolean {
  let has = false;
  for (let i = 0; i < list.length; i++) if (isType(list[i]!, 'dropped')) {
    has = true;
    break;
  }
  if (!has) return false;
  const out: Inline[] = [];
  let seam = false;
  for (let i = 0; i < list.length; i++) {
    const n = list[i]!;
    if (isType(n, 'dropped')) {
      seam = true;
      continue;
    }
    if (seam) {
      seam = false;
      const prev = out[out.length - 1];
      const leftText = prev && isType(prev, 'text') ? prev.value : '';
      const leftEdge: Edge = prev ? (isType(prev, 'text') ? (out.length === 1 ? start : 'text') : 'node') : start;
      if (isType(n, 'text')) {
        const [l, r] = repairSeam(leftText, n.value, prev && !isType(prev, 'text') ? 'node' : leftEdge, i === list.length - 1 ? end : 'node');
        if (prev && isType(prev, 'text')) out.pop();
        const merged = l + r;
        if (merged !== '') out.push({ type: 'text', value: merged });
        continue;
      }
      // A line break after a dropped line (`<br />{{Coord}}<br />`, or at the run's start) breaks nothing.
      if (isType(n, 'break') && (!prev || isType(prev, 'break'))) continue;
      // A node follows the seam: only the left side can be repaired.
      if (prev && isType(prev, 'text')) {
        const [l] = repairSeam(leftText, '', leftEdge, 'node');
        out.pop();
        if (l !== '') out.push({ type: 'text', value: l });
      }
      out.push(n);
      continue;
    }
    out.push(n);
  }
  if (seam) {
    // Dropped template(s) at the end of the run; the line break before them ends nothing now.
    if (out.length && isType(out[out.length - 1]!, 'break')) out.pop();
    const prev = out[out.length - 1];
    if (prev && isType(prev, 'text')) {
      const [l] = repairSeam(prev.value, '', out.length === 1 ? start : 'text', end);
      out.pop();
      if (l !== '') out.push({ type: 'text', value: l });
    }
  }
  list.splice(0, list.length, ...out);
  return true;
}

function isBlank(children: Inline[]): boolean {
  for (const n of children) {
    if (n.type !== 'text') return false;
    for (let i = 0; i < n.value.length; i++) if (!isSpace(n.value.charCodeAt(i)) && n.value.charCodeAt(i) !== 10) return false;
  }
  return true;
}

/** Inline containers a drop can leave empty (bold around an unknown template): removed when empty. */
function isWrapper(n: Inline): n is Extract<Inline, { children: Inline[] }> {
  const t = typeOf(n);
  return t === 'strong' || t === 'emphasis' || t === 'htmlInline' || t === 'wikiLink' || t === 'externalLink';
}

/**
 * Repair a run and, first, the runs nested in it (bold, italics, link labels), so a wrapper
 * left empty by a drop disappears and its own seam is repaired too. Returns whether anything changed.
 */
export function fixInlines(list: Inline[], start: Edge = 'boundary', end: Edge = 'boundary'): boolean {
  let changed = false;
  for (let i = 0; i < list.length; i++) {
    const n = list[i]!;
    // `[link](…)*{{dropped}}, auf …*`: the italic run starts after the link, not at the block's edge.
    if (isWrapper(n) && n.children.length && fixInlines(n.children, i === 0 ? start : 'node', i === list.length - 1 ? end : 'node')) {
      changed = true;
      // An empty bold/italic/link is itself a scar: a dropped node stands in for its seam.
      if (isBlank(n.children) && !isType(n, 'htmlInline')) list[i] = { type: 'dropped', name: '' };
    }
  }
  return repairInlines(list, start, end) || changed;
}

/** Inline runs owned by block-level nodes and captions (nested runs are reached through fixInlines). */
function inlineRuns(node: Node, fn: (run: Inline[], owner: Node) => void): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'preformatted':
    case 'definitionTerm':
      fn(node.children, node);
      return;
    case 'image':
      fn(node.caption, node);
      return;
    case 'table':
      if (node.caption) fn(node.caption, node);
      return;
    case 'infobox':
      if (node.title) fn(node.title, node);
      for (const row of node.rows) {
        if (row.label) fn(row.label, node);
        fn(row.value, node);
      }
      return;
    default:
      return;
  }
}

/** Containers whose paragraphs may be removed when a drop leaves them empty. */
function blockChildren(node: Node): Block[] | null {
  switch (node.type) {
    case 'document':
    case 'blockquote':
    case 'htmlBlock':
    case 'definitionDescription':
      return node.children;
    default:
      return null;
  }
}

/**
 * Remove every dropped node of `doc` and the punctuation scars around it. `skip`: top-level blocks
 * known to hold no dropped node (parser plainTopBlocks), not walked.
 */
export function removeScars(doc: Document, skip: ReadonlySet<Node> | null = null): void {
  const scars = new ScarRemover();
  walk(doc, (node) => {
    if (skip !== null && skip.has(node)) return 'skip';
    inlineRuns(node, scars.fixRun);
  });
  scars.finish(doc, skip);
}

/**
 * removeScars in two halves, so another walk in reading order can do the first: `fixRun` on every
 * inline run owned by a block or caption (a node's runs before anything inside the node is
 * visited), then `finish` removes the paragraphs that were left empty.
 */
export class ScarRemover {
  private readonly emptied = new Set<Node>();

  /**
   * A function value (the walks call it without a receiver), bound to this page's set rather than
   * an arrow made per instance: V8 holds a closure's optimised code weakly, so a per-page arrow
   * lost it at every full GC; the bound function calls the one module-level fixRunInto.
   */
  readonly fixRun: (run: Inline[], owner: Node) => void = fixRunInto.bind(null, this.emptied);

  /**
   * `skip`: top-level blocks known to hold no dropped node, so no paragraph emptied by a drop.
   * `skipRuns`: paragraphs known to hold no dropped and no footnote node: no blocks inside them
   * (only a footnote's content is a block inside inline content), so nothing to remove there.
   */
  finish(doc: Document, skip: ReadonlySet<Node> | null = null, skipRuns: ReadonlySet<Node> | null = null): void {
    removeEmptied(doc, this.emptied, skip, skipRuns);
  }
}

function fixRunInto(emptied: Set<Node>, run: Inline[], owner: Node): void {
  if (fixInlines(run) && isType(owner, 'paragraph') && isBlank(run)) emptied.add(owner);
}

function removeEmptied(doc: Document, emptied: Set<Node>, skip: ReadonlySet<Node> | null, skipRuns: ReadonlySet<Node> | null): void {
  if (emptied.size === 0) return;
  walk(doc, (node) => {
    if (skip !== null && skip.has(node)) return 'skip';
    if (skipRuns !== null && node.type === 'paragraph' && skipRuns.has(node)) return 'skip';
    if (node.type === 'list') {
      removeEmptiedItems(node, emptied);
      return;
    }
    const kids = blockChildren(node);
    if (kids) keepUnemptied(kids, emptied);
  });
}

function keepUnemptied(kids: Block[], emptied: Set<Node>): number {
  const before = kids.length;
  let w = 0;
  for (let i = 0; i < before; i++) if (!emptied.has(kids[i]!)) kids[w++] = kids[i]!;
  kids.length = w;
  return before - w;
}

/**
 * A list item whose whole text was a dropped template (`* {{Kotobank}}` in an external-links
 * section) would be an empty bullet: the item goes. An item that keeps a nested list stays, as
 * an empty item of the wiki's own (`*` alone) does. A list left with no items is written as
 * nothing by the writer.
 */
function removeEmptiedItems(list: List, emptied: Set<Node>): void {
  let w = 0;
  const items = list.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (keepUnemptied(item.children, emptied) > 0 && item.children.length === 0) continue;
    items[w++] = item;
  }
  items.length = w;
}
