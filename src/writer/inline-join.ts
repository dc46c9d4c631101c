/**
 * Joining the parts of one inline run (text, strong/emphasis spans, footnote markers) into
 * Markdown. A span's `**`/`*` delimiters are chosen only here, once both neighbours are known:
 * where CommonMark's flanking rules would refuse a delimiter, an empty HTML comment (`<!-- -->`)
 * stands beside it, so the span stays a real Markdown strong (`的**《书》**的`, `**C++**的`).
 * The space matters: `<!---->` is as valid in CommonMark, but remark-comment (what Docusaurus's
 * MDX format uses for HTML comments) rejects it mid-paragraph.
 */
import { type CharClass, classAt, classBefore, leftFlanking, mayBeRightFlanking, rightFlanking, L, P, W } from './chars.js';

const GUARD = '<!-- -->';

/** A strong/emphasis span whose delimiters are chosen once its neighbours are known. */
export interface Span {
  delim: string;
  lead: string;
  body: string;
  trail: string;
}

/** A footnote marker `[^x]`: a following `(` must not join it, nor a `:` at a line start. */
export interface Mark {
  mark: string;
  /** The marker begins a line (`[^x]: y` would define a footnote there). */
  lineStart?: boolean;
}

/**
 * Text ending with a line-start marker that only the end of the text completes (`3.`, `-`, `#`):
 * the backslash goes in at `heldAt` unless the next part starts with a character that rules the
 * marker out.
 */
export interface Held {
  text: string;
  heldAt: number;
}

/**
 * Inline maths (`$…$` or `` $`…`$ ``). GitHub renders it only after whitespace or at a line start,
 * and `$…$` only when no letter or digit follows (github/markup#1742): `join` puts a space where
 * a neighbour is glued to it (`设$x$是` → `设 $x$ 是`).
 */
export interface MathPart {
  math: string;
  /** The `$…$` form (not `` $`…`$ ``): a letter or digit after it needs a space too. */
  plain: boolean;
}

export type Part = string | Span | Mark | Held | MathPart;

function normalizeEdge(s: string): string {
  return s.includes('\n') ? '\n' : s;
}

/** The white space of `s` a browser shows however it is placed: all but ASCII's. */
function wideSpaces(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) out += s[i];
  }
  return out;
}

function firstClass(p: Part | undefined, after: CharClass): CharClass {
  if (p === undefined) return after;
  if (typeof p === 'string') return classAt(p, 0);
  if ('mark' in p || 'math' in p) return P;
  if ('heldAt' in p) return classAt(p.text, 0);
  return p.lead !== '' ? W : P;
}

/**
 * Whether a part starting at `p` rules out a line-start marker right before it: it starts with a
 * character no list marker, heading, rule, setext underline or table delimiter row may be
 * followed by on its line (`3.[x](y)`, `-**b**`). Spans moving whitespace out print it first.
 */
function endsMarker(p: Part | undefined): boolean {
  if (p === undefined) return false;
  // Not maths: it gets a space before it after such text (see MathPart), completing the marker.
  if (typeof p !== 'string') return 'mark' in p || ('delim' in p && p.lead === '');
  const c = p.charCodeAt(0);
  // [ ! < ` $ *
  return c === 91 || c === 33 || c === 60 || c === 96 || c === 36 || c === 42;
}

/**
 * The output of `join`: one growing string (a V8 rope, no array to join) plus its last piece
 * apart. Reading the end of the growing string would flatten it again and again (quadratic
 * copying on long paragraphs); the last piece, the one before it and the run of backslashes
 * ending the rest are all `join` needs.
 */
class Pieces {
  /** Everything before `last`; never read. */
  private head = '';
  /** How many backslashes end `head`. */
  private headBackslashes = 0;
  /** The piece before `last` ('' when none). */
  private prev = '';
  /** The last non-empty piece ('' when nothing yet). */
  private last = '';
  /** `last` is a `[label](destination)` link: it ends with `)`, and is not read. */
  private lastLink = false;

  push(s: string): void {
    if (s === '') return;
    this.moveLast();
    this.last = s;
    this.lastLink = false;
  }

  /** A `[label](destination)` link (isLinkPart). */
  pushLink(s: string): void {
    this.moveLast();
    this.last = s;
    this.lastLink = true;
  }

  private moveLast(): void {
    const t = this.last;
    if (t !== '') {
      if (this.lastLink) this.headBackslashes = 0;
      else {
        let k = t.length - 1;
        while (k >= 0 && t.charCodeAt(k) === 92) k--;
        this.headBackslashes = k < 0 ? this.headBackslashes + t.length : t.length - 1 - k;
      }
      this.head += t;
    }
    this.prev = t;
  }

  get empty(): boolean {
    return this.last === '';
  }

  /** Last char code, or -1. */
  lastCode(): number {
    if (this.lastLink) return 41;
    const t = this.last;
    return t === '' ? -1 : t.charCodeAt(t.length - 1);
  }

  /** Class of the last character (W when empty). */
  classAtEnd(): CharClass {
    if (this.lastLink) return P; // `)`
    const t = this.last;
    if (t === '') return W;
    // A lone low surrogate at the start of the piece: its pair is in the piece before.
    if (t.length === 1 && this.prev !== '') {
      const c = t.charCodeAt(0);
      if (c >= 0xdc00 && c <= 0xdfff) return classBefore(this.prev + t, this.prev.length + 1);
    }
    return classBefore(t, t.length);
  }

  /** The output ends with a `]` no backslash escapes. */
  endsWithBareBracket(): boolean {
    if (this.lastCode() !== 93) return false;
    const t = this.last;
    let k = t.length - 2;
    while (k >= 0 && t.charCodeAt(k) === 92) k--;
    return (t.length - 2 - k + (k < 0 ? this.headBackslashes : 0)) % 2 === 0;
  }

  /** `![` starts an image, `^[` an inline footnote (markdown-it-footnote, pandoc): escape a trailing `!`/`^`. */
  escapeBangOrCaret(): void {
    const c = this.lastCode();
    if (c !== 33 && c !== 94) return;
    // An odd run of backslashes before it already escapes it.
    const t = this.last;
    let k = t.length - 2;
    while (k >= 0 && t.charCodeAt(k) === 92) k--;
    const run = t.length - 2 - k + (k < 0 ? this.headBackslashes : 0);
    if (run % 2 === 1) return;
    this.last = t.slice(0, -1) + '\\' + t[t.length - 1];
  }

  toString(): string {
    return this.head === '' ? this.last : this.head + this.last;
  }
}

/**
 * Which parts are `[label](destination)` links (see renderedBracketLink): bit k of a mask for the
 * first LINK_BITS parts (a small integer, no allocation), a set for the parts after them.
 */
export const LINK_BITS = 30;

function isLinkPart(mask: number, more: ReadonlySet<number> | null, k: number): boolean {
  return k < LINK_BITS ? (mask & (1 << k)) !== 0 : more !== null && more.has(k);
}

/**
 * The first non-empty part after `k`, where a link stands as `[`: its first character is all the
 * callers read (undefined past the end).
 */
function nextPart(parts: readonly Part[], mask: number, more: ReadonlySet<number> | null, k: number): Part | undefined {
  let next = k + 1;
  while (next < parts.length && parts[next] === '') next++;
  return isLinkPart(mask, more, next) ? '[' : parts[next];
}

/** `linkMask`, `moreLinks`: the parts that are `[label](destination)` links (isLinkPart). */
export function join(parts: Part[], before: CharClass, after: CharClass, inSpan: boolean, linkMask = 0, moreLinks: ReadonlySet<number> | null = null): string {
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  const out = new Pieces();
  let spanEnd = false; // out ends with a span's closing delimiter
  let markEnd = false; // out ends with a footnote marker
  let markStart = false; // that footnote marker begins a line
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if ((linkMask !== 0 || moreLinks !== null) && isLinkPart(linkMask, moreLinks, k)) {
      // As below for a string starting with `[`.
      out.escapeBangOrCaret();
      out.pushLink(part as string);
      spanEnd = markEnd = false;
      continue;
    }
    if (typeof part === 'string' || 'heldAt' in part) {
      let s: string;
      if (typeof part === 'string') s = part;
      else {
        const at = part.heldAt;
        s = endsMarker(nextPart(parts, linkMask, moreLinks, k)) ? part.text : part.text.slice(0, at) + '\\' + part.text.slice(at);
      }
      const c0 = s.charCodeAt(0);
      // After a marker, `(x)` would make `[^1](x)` a link (markdown-it) and `: x` a definition at
      // a line start. A following `[` is fine: all three parsers fall back to the footnote.
      // After a bare `]` (a text's `[x]`, left bare by escape.ts), `(x)` would make a link too.
      if (c0 === 40 ? markEnd || out.endsWithBareBracket() : c0 === 58 && markEnd && markStart) s = '\\' + s;
      if (c0 === 91) out.escapeBangOrCaret();
      // Two code spans in a row would fuse their backtick fences.
      else if (c0 === 96 && out.lastCode() === 96) s = GUARD + s;
      out.push(s);
      // An empty part leaves the end of `out` as it was.
      if (s !== '') spanEnd = markEnd = false;
      continue;
    }
    if ('math' in part) {
      // Glued to what precedes (on this line, in this run) GitHub would show the TeX as text.
      if (spaceBeforeMaths(out.empty ? W : out.classAtEnd())) out.push(' ');
      out.push(part.math);
      // Only the `$…$` form is spaced after (spaceAfterMaths): the next part is looked up for it alone.
      const q = part.plain ? nextPart(parts, linkMask, moreLinks, k) : undefined;
      if (spaceAfterMaths(part.plain, q !== undefined && (typeof q === 'string' || 'heldAt' in q) ? (typeof q === 'string' ? q : q.text) : null)) out.push(' ');
      spanEnd = markEnd = false;
      continue;
    }
    if ('mark' in part) {
      out.escapeBangOrCaret();
      // GitHub writes a marker as a bare superscript number: `[^1][^2]` would read as note 12.
      if (markEnd) out.push(' ');
      out.push(part.mark);
      markEnd = true;
      markStart = part.lineStart === true;
      spanEnd = false;
      continue;
    }
    // A strong/emphasis span.
    // Whitespace moved out of the span is dropped next to other whitespace (it would only add a
    // blank line or a hard break) and reduced to one newline when it holds one. Not an indent of
    // U+3000 or &nbsp; (`'''　臣亮言'''` at a paragraph's start): no browser collapses it.
    let p: CharClass = out.empty ? before : out.classAtEnd();
    if (part.lead !== '') {
      const lead = p !== W ? normalizeEdge(part.lead) : wideSpaces(part.lead);
      if (lead !== '') {
        out.push(lead);
        p = W;
        spanEnd = markEnd = false;
      }
    }
    const r = firstClass(nextPart(parts, linkMask, moreLinks, k), after);
    const trail = part.trail !== '' && r !== W ? normalizeEdge(part.trail) : '';
    const n = classAt(part.body, 0);
    const q = classBefore(part.body, part.body.length);
    let guardBefore = spanEnd || !leftFlanking(p, n);
    // Inside another span an opener that could also close would close the outer span instead:
    // a guard fixes that before a letter, otherwise the span is written as HTML.
    if (inSpan && mayBeRightFlanking(guardBefore ? P : p, n)) {
      if (n === L) guardBefore = true;
      else {
        const tag = part.delim === '**' ? 'b' : 'i';
        out.push(`<${tag}>${part.body}</${tag}>` + trail);
        spanEnd = markEnd = false;
        continue;
      }
    }
    const guardAfter = trail === '' && !rightFlanking(q, r);
    if (guardBefore) out.push(GUARD);
    out.push(part.delim);
    out.push(part.body);
    out.push(part.delim);
    if (guardAfter) out.push(GUARD);
    out.push(trail);
    spanEnd = trail === '' && !guardAfter;
    markEnd = false;
  }
  return out.toString();
}

/*
 * Where the writer sets a formula apart (the one rule, also for the anchors of headings holding
 * maths, writer/anchors.ts). Before it, when what precedes it in its run ends in anything but
 * whitespace (`before`: W when nothing does): glued there GitHub shows the TeX as text. After it,
 * only in the `$…$` form and only when the next part of the run is text (`nextText`, null for a
 * span, link, marker or nothing) starting with a letter or digit.
 */
export function spaceBeforeMaths(before: CharClass): boolean {
  return before !== W;
}

export function spaceAfterMaths(plain: boolean, nextText: string | null): boolean {
  return plain && nextText !== null && classAt(nextText, 0) === L;
}
