/**
 * Inline output → paragraphs: block escapes split it, edges are trimmed, paragraphs that would
 * show nothing are dropped, and lone display math becomes a MathBlock.
 */
import type { Block, Inline, Paragraph, Text } from '../ast/nodes.js';
import { isType, typeOf } from './node-type.js';
import { isFlatScan, isWhitespaceString, type InlineOut } from './state.js';
import { codeAt } from '../engine/strings.js';

/**
 * Inline output → blocks: inline runs become paragraphs (edges trimmed, empty ones dropped).
 * `plainInto`: given when `nodes` hold no dropped and no footnote node; the paragraphs made go in it.
 */
export function inlineToBlocks(nodes: readonly InlineOut[], plainInto: Block[] | null = null): Block[] {
  let flat = true;
  if (!isFlatScan(nodes)) for (let i = 0; i < nodes.length; i++) if (nodes[i]!.type === 'blocks') flat = false;
  if (flat) {
    // The common case, one paragraph: one copy of the array, no pushes.
    const p = makeParagraph(nodes.slice() as Inline[]);
    if (p === null) return [];
    if (plainInto !== null) plainInto.push(p);
    return [p];
  }
  const out: Block[] = [];
  let run: Inline[] = [];
  for (const n of nodes) {
    if (isType(n, 'blocks')) {
      pushParagraph(run, out, plainInto);
      run = [];
      out.push(...n.blocks);
    } else {
      run.push(n);
    }
  }
  pushParagraph(run, out, plainInto);
  return out;
}

/**
 * The paragraph of `run`, if it shows anything, onto `out` (and `plainInto`). A module function
 * rather than an arrow made per call: V8 holds a closure's optimised code weakly, so per-call
 * arrows lost it at every full GC and were compiled again.
 */
function pushParagraph(run: Inline[], out: Block[], plainInto: Block[] | null): void {
  const p = makeParagraph(run);
  if (p) {
    out.push(p);
    if (plainInto !== null) plainInto.push(p);
  }
}

/** A paragraph from inline nodes, or null when it would show nothing. Lone display math becomes a MathBlock. */
export function makeParagraph(run: Inline[]): Block | null {
  let visible = false;
  let math: Inline | null = null;
  let mathCount = 0;
  for (let i = 0; i < run.length; i++) {
    const n = run[i]!;
    // One read of the type per node (a megamorphic load each), and none once the answer is known:
    // something visible, and a node other than text or dropped that is not the only maths node
    // (a second maths node, or any other kind), so no lone display maths.
    const t = typeOf(n);
    if (t === 'text') {
      if (!visible && !isWhitespaceString((n as Text).value)) visible = true;
    } else if (t !== 'dropped') {
      visible = true;
      if (t === 'math') {
        math = n;
        mathCount++;
      } else mathCount = 2;
    }
    if (visible && mathCount >= 2) break;
  }
  if (!visible) return null;
  if (mathCount === 1 && math && math.type === 'math' && math.display && onlyWhitespaceTextBesides(run, math)) {
    return { type: 'mathBlock', value: math.value, chem: math.chem };
  }
  trimEdges(run);
  return { type: 'paragraph', children: run } satisfies Paragraph;
}

function onlyWhitespaceTextBesides(run: Inline[], keep: Inline): boolean {
  for (const n of run) {
    if (n === keep || n.type === 'dropped') continue;
    if (n.type !== 'text' || !isWhitespaceString(n.value)) return false;
  }
  return true;
}

function isTrimCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;
}

/**
 * White space dropped at the start of a block: ASCII, which a browser collapses, so an indent of
 * ideographic spaces (U+3000, classical and Japanese prose: `　　臣亮言`) or `&nbsp;` opens the
 * paragraph, list item or cell as on the wiki. And U+FEFF: zero-width, no indent, and GitHub
 * (cmark) drops it at a document's start, where it would hide a `#`, `>`, `-` or `1.` from the
 * line-start escaping.
 */
function isLeadTrimCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xfeff;
}

/**
 * Trim white space at the start of the first text node (ASCII only, see isLeadTrimCode) and at
 * the end of the last (any, as it shows nothing there).
 */
export function trimEdges(run: Inline[]): void {
  while (run.length > 0) {
    const first = run[0]!;
    if (first.type !== 'text') break;
    const v = first.value;
    let i = 0;
    while (i < v.length && isLeadTrimCode(v.charCodeAt(i))) i++;
    if (i > 0) first.value = v.slice(i);
    if (first.value !== '') break;
    run.shift();
  }
  while (run.length > 0) {
    const last = run[run.length - 1]!;
    if (last.type !== 'text') break;
    const v = last.value;
    let j = v.length;
    while (j > 0 && isTrimCode(codeAt(v, j - 1))) j--;
    if (j < v.length) last.value = v.slice(0, j);
    if (last.value !== '') break;
    run.pop();
  }
}

