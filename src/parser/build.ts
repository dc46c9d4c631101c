/**
 * Token stream → nested inline nodes. A stack of open frames (bold, italic, inline HTML tags)
 * receives children. Misnested closes are repaired the way HTML parsers do it: the frames above
 * the one being closed are closed too and the formatting ones reopened after it. Quote frames end
 * at each line end (the resolver emits the closes); tag frames run to the end of the inline run.
 */
import type { Inline, Text } from '../ast/nodes.js';
import { markLineJoin } from '../ast/line-joins.js';
import { hidesContent, keptFromHidden } from './hidden.js';
import { EXT_LINK_FRAME, K, type Tok } from './tokens.js';
import type { BlockEscape, InlineOut } from './state.js';

interface Frame {
  /** 'b' / 'i' for apostrophes, else the HTML tag name. */
  kind: string;
  quote: boolean;
  attrs: Record<string, string> | null;
  children: InlineOut[];
  /** Text after the last child, as slices (joined once: no ropes to flatten on every look). */
  buf: string[];
  /** What the frame's content ends with: last character code of text, or LAST_BREAK / LAST_NODE / LAST_NONE. */
  last: number;
}

const LAST_NONE = -1;
const LAST_NODE = -2;
const LAST_BREAK = -3;

function newFrame(kind: string, quote: boolean, attrs: Record<string, string> | null): Frame {
  return { kind, quote, attrs, children: [], buf: [], last: LAST_NONE };
}

function flushText(f: Frame): Text | null {
  if (f.buf.length === 0) return null;
  // Concatenation (a rope), not join: text moved up through nested frames is never copied.
  let value = f.buf[0]!;
  for (let k = 1; k < f.buf.length; k++) value += f.buf[k]!;
  const node: Text = { type: 'text', value };
  f.children.push(node);
  f.buf = [];
  return node;
}

/** End the text so far at a line join (ast/line-joins.ts): the text after it is a node of its own. */
function endAtJoin(f: Frame): void {
  const node = flushText(f);
  if (node !== null) markLineJoin(node);
}

function addText(f: Frame, s: string): void {
  if (s === '') return;
  f.buf.push(s);
  f.last = s.charCodeAt(s.length - 1);
}

/**
 * Drop the white space the text before a category or interlanguage link ends with (the link
 * rule only asks for it when that white space holds a line break, see links.ts). Scanned by
 * character code: a regular expression anchored at the end re-scans long space runs.
 */
function trimTrailingSpace(f: Frame): void {
  if (f.buf.length === 0) return;
  const text = f.buf.length === 1 ? f.buf[0]! : f.buf.join('');
  let k = text.length;
  while (k > 0 && isJsSpaceCode(text.charCodeAt(k - 1))) k--;
  if (k === text.length) return;
  const trimmed = text.slice(0, k);
  f.buf = trimmed === '' ? [] : [trimmed];
  if (trimmed !== '') f.last = trimmed.charCodeAt(k - 1);
}

/** The characters of JavaScript's \s. */
function isJsSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function addNode(f: Frame, n: InlineOut): void {
  flushText(f);
  f.children.push(n);
  f.last = n.type === 'break' ? LAST_BREAK : LAST_NODE;
}

const MAX_FRAMES = 100;

/** Tags HTML reopens after a misnested close (its "formatting elements"; `<a>` is one). */
const FORMATTING = new Set([EXT_LINK_FRAME, 'b', 'i', 'u', 's', 'strike', 'em', 'strong', 'small', 'big', 'font', 'code', 'tt', 'sup', 'sub']);

/**
 * HTML's formatting elements among the tags wikitext allows. One left open at the end of a
 * paragraph is reopened where text next appears (HTML's "reconstruct the active formatting
 * elements"), so an unclosed `<b>` runs on through the following paragraphs, headings and list
 * items, as MediaWiki shows it; other tags (`<span>`, `<sup>`) end with their paragraph.
 */
const CARRIED = new Set(['b', 'big', 'code', 'em', 'font', 'i', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** Most formatting tags carried from one run to the next (keeps stray opens linear). */
const MAX_CARRIED = 12;

function sameAttrs(a: Record<string, string> | null, b: Record<string, string> | null): boolean {
  const ka = a ? Object.keys(a) : [];
  const kb = b ? Object.keys(b) : [];
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (a![k] !== b![k]) return false;
  return true;
}

/** An HTML formatting tag still open after an inline run. */
export interface CarriedTag {
  tag: string;
  attrs: Record<string, string> | null;
}

/**
 * An empty carry list, made with the elements kind it has once it holds tags (V8's
 * PACKED_ELEMENTS; a `[]` starts as small integers). Every carry list then has one map: the first
 * tag carried on some later page no longer deoptimises buildInline's push ("not a Smi", then
 * "wrong map") nor the scanner's `carry.length` (docs/mirror-measurements.md, JIT warm-up).
 */
export function newCarry(): CarriedTag[] {
  const carry: CarriedTag[] = [{ tag: '', attrs: null }];
  carry.length = 0;
  return carry;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000;
}

function isAllText(children: readonly InlineOut[]): boolean {
  for (const c of children) if (c.type !== 'text') return false;
  return true;
}

function frameToNodes(f: Frame): InlineOut[] {
  const children = f.children;
  if (f.attrs !== null && f.attrs.style !== undefined && f.kind !== EXT_LINK_FRAME && hidesContent(f.attrs)) return keptFromHidden(children);
  switch (f.kind) {
    case 'b':
    case 'strong':
      return children.length === 0 ? [] : [{ type: 'strong', children: children as Inline[] }];
    case 'i':
    case 'em':
      return children.length === 0 ? [] : [{ type: 'emphasis', children: children as Inline[] }];
    case 'code':
    case 'tt':
      if (children.length === 0) return [];
      if (isAllText(children)) return [{ type: 'inlineCode', value: children.map((c) => (c as { value: string }).value).join('') }];
      // The tag stays as written (the writer prints both as `<code>`): MediaWiki's variant
      // converter skips `<code>…</code>` only, not `<tt>`.
      return [{ type: 'htmlInline', tag: f.kind, attrs: f.attrs ?? {}, children: children as Inline[] }];
    case EXT_LINK_FRAME:
      return splitLinkFrame(children, f.attrs!.href!);
    default: {
      const attrs = f.attrs ?? {};
      if (children.length === 0 && Object.keys(attrs).length === 0) return [];
      return [{ type: 'htmlInline', tag: f.kind, attrs, children: children as Inline[] }];
    }
  }
}

/*
 * The frame stack's operations are module functions returning the new top, not closures made per
 * call of buildInline: a closure called from a rarely taken case (a block escape, a misnested
 * close) had call feedback naming one call's instance, and the next call's instance deoptimised
 * buildInline ("wrong call target"; docs/mirror-measurements.md, JIT warm-up).
 */

/** Close the innermost frame into its parent; returns the parent, the new top. */
function closeFrame(stack: Frame[]): Frame {
  const f = stack.pop()!;
  const top = stack[stack.length - 1]!;
  flushText(f);
  for (const n of frameToNodes(f)) {
    if (n.type === 'text') addText(top, n.value);
    else addNode(top, n);
  }
  return top;
}

/** Open a frame; returns it, the new top. */
function openFrame(stack: Frame[], kind: string, quote: boolean, attrs: Record<string, string> | null): Frame {
  const f = newFrame(kind, quote, attrs);
  stack.push(f);
  return f;
}

/** Close the nearest frame matching, repairing misnesting; returns the new top, or null when none is open. */
function closeNamed(stack: Frame[], kind: string, quote: boolean): Frame | null {
  let at = -1;
  for (let j = stack.length - 1; j > 0; j--) {
    const f = stack[j]!;
    if (f.kind === kind && f.quote === quote) {
      at = j;
      break;
    }
  }
  if (at < 0) return null;
  const reopen: Frame[] = [];
  while (stack.length - 1 > at) {
    const f = stack[stack.length - 1]!;
    if (f.quote || FORMATTING.has(f.kind)) reopen.push(f);
    closeFrame(stack);
  }
  let top = closeFrame(stack);
  for (let j = reopen.length - 1; j >= 0; j--) top = openFrame(stack, reopen[j]!.kind, reopen[j]!.quote, reopen[j]!.attrs);
  return top;
}

/**
 * An external link built from a label frame. A misnested close can leave a piece of the label
 * starting or ending with a space; it shows outside the link (Markdown trims link text).
 */
function splitLinkFrame(children: InlineOut[], url: string): InlineOut[] {
  if (children.length === 0) return [];
  let lead = '';
  let trail = '';
  const first = children[0]!;
  if (first.type === 'text' && isSpaceCode(first.value.charCodeAt(0))) {
    const v = first.value.trimStart();
    lead = first.value.slice(0, first.value.length - v.length);
    children = v === '' ? children.slice(1) : [{ type: 'text', value: v }, ...children.slice(1)];
  }
  const last = children[children.length - 1];
  if (last && last.type === 'text' && isSpaceCode(last.value.charCodeAt(last.value.length - 1))) {
    const v = last.value.trimEnd();
    trail = last.value.slice(v.length);
    children = v === '' ? children.slice(0, -1) : [...children.slice(0, -1), { type: 'text', value: v }];
  }
  const out: InlineOut[] = [];
  if (lead !== '') out.push({ type: 'text', value: lead });
  if (children.length > 0) out.push({ type: 'externalLink', url, children: children as Inline[], kind: 'labelled' });
  if (trail !== '') out.push({ type: 'text', value: trail });
  return out;
}

/**
 * Build nodes from resolved tokens. Block escapes can only live at the top level: open frames
 * are closed around them and reopened after.
 */
export function buildInline(toks: readonly Tok[], carry: CarriedTag[] | null = null): InlineOut[] {
  const root = newFrame('', false, null);
  const stack: Frame[] = [root];
  /** Always stack[stack.length - 1]. */
  let top = root;

  // Formatting tags left open by the runs before this one (`carry`) start open. The run's
  // leading white space stays outside them, as MediaWiki trims a line before HTML sees it.
  let skipSpace = false;
  if (carry !== null && carry.length > 0) {
    for (const c of carry) top = openFrame(stack, c.tag, false, c.attrs);
    skipSpace = true;
  }

  for (const t of toks) {
    if (skipSpace) {
      if (t.k === K.Newline) continue;
      if (t.k === K.Text) {
        const s = t.s.trimStart();
        if (s === '') continue;
        skipSpace = false;
        addText(top, s);
        continue;
      }
      skipSpace = false;
    }
    switch (t.k) {
      case K.Text:
        // n = 1: the text before ended at a line join (Scanner.pushText).
        if (t.n === 1) endAtJoin(top);
        addText(top, t.s);
        break;
      case K.Newline:
        // Join lines: nothing after trailing whitespace or a line break, else the scanner's joiner.
        if (top.last === LAST_BREAK) break;
        // A join the variant converter must not read across: the text so far is a node of its own.
        if (t.n === 1) endAtJoin(top);
        if (t.s !== '' && top.last >= 0 && isSpaceCode(top.last)) break;
        addText(top, t.s);
        break;
      case K.Node:
        addNode(top, t.node!);
        break;
      case K.TrimBefore:
        trimTrailingSpace(top);
        break;
      case K.OpenB:
        top = openFrame(stack, 'b', true, null);
        break;
      case K.OpenI:
        top = openFrame(stack, 'i', true, null);
        break;
      case K.CloseB:
        top = closeNamed(stack, 'b', true) ?? top;
        break;
      case K.CloseI:
        top = closeNamed(stack, 'i', true) ?? top;
        break;
      case K.Open:
        // Nesting beyond MAX_FRAMES is ignored (keeps the tree shallow enough for recursive writers).
        if (stack.length < MAX_FRAMES) top = openFrame(stack, t.tag, false, t.attrs);
        break;
      case K.Close:
        top = closeNamed(stack, t.tag, false) ?? top;
        break;
      case K.Blocks: {
        // The open frames, bottom first, copied by slice: a `[]` filled by push here changed its
        // elements kind on first use, a second deoptimisation of buildInline ("wrong map").
        const saved = stack.slice(1);
        while (stack.length > 1) top = closeFrame(stack);
        const escape: BlockEscape = { type: 'blocks', blocks: t.blocks! };
        addNode(root, escape);
        for (let j = 0; j < saved.length; j++) top = openFrame(stack, saved[j]!.kind, saved[j]!.quote, saved[j]!.attrs);
        break;
      }
      case K.Quote:
        // Unresolved run (resolver not applied): keep the apostrophes.
        addText(top, "'".repeat(t.n));
        break;
    }
  }
  if (carry !== null) {
    carry.length = 0;
    for (let j = 1; j < stack.length && carry.length < MAX_CARRIED; j++) {
      const f = stack[j]!;
      if (f.quote || !CARRIED.has(f.kind)) continue;
      // HTML's "Noah's Ark": at most three alike (same tag and attributes) are remembered.
      let alike = 0;
      for (const c of carry) if (c.tag === f.kind && sameAttrs(c.attrs, f.attrs)) alike++;
      if (alike < 3) carry.push({ tag: f.kind, attrs: f.attrs });
    }
    // Trailing white space of a run ending inside them stays outside too.
    if (carry.length > 0 && top.buf.length > 0) {
      const trimmed = top.buf.join('').trimEnd();
      top.buf = trimmed === '' ? [] : [trimmed];
    }
  }
  while (stack.length > 1) closeFrame(stack);
  flushText(root);
  return root.children;
}
