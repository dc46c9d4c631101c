/**
 * The preprocessor's tokenizer: wikitext → PPNode[] the way MediaWiki's Preprocessor_Hash builds
 * its tree, before any expansion.
 *
 * Behaviour reproduced (facts from Preprocessor_Hash; the code is our own):
 * - Brace runs: a run of n `{` opens one stack piece of count n. A run of closing `}` matches at
 *   most min(run, count) braces, at most 3; 3 makes an argument `{{{…}}}`, 2 a template. Leftover
 *   opening braces stay on the stack (`{{{{{x}}}}}` = template around an argument); a single
 *   leftover brace becomes text. Anything unclosed at the end is text again (its `|` restored).
 * - `[[ … ]]` is a bracket pair too: inside it `|` and `=` do not split template parts, and a
 *   `}}` inside an unclosed `[[` is not a template close.
 * - `-{ … }-` is a bracket pair when variantBrackets is set (pipes inside do not split).
 * - `|` splits parts only at the top level of the current template/argument; the first `=` of a
 *   part (outside nested brackets) splits name from value. A line starting with `=` inside a
 *   template opens a possible heading in which `|`, `=` and `}}` are plain text until the line ends
 *   (except a single `=` where an equals is expected: that one is the name/value separator).
 * - Comments `<!-- … -->`: unclosed ones run to the end. A run of comments alone on a line (only
 *   spaces/tabs around) takes the surrounding whitespace and the line's newline with it, so
 *   removing comment nodes removes the whole line.
 * - Extension tags (case-insensitive) are cut out whole up to `</name\s*>`; self-closed `<x/>`
 *   has inner null; an unclosed one is literal text (and no later tag of that name is searched).
 * - `<includeonly>`, `<noinclude>`, `<onlyinclude>` per forInclusion mode.
 *
 * Linear time: every search either advances the input pointer past what it scanned, or records
 * that the searched-for thing does not occur again (no more `>`, no more `</name>`).
 */
import { EXTENSION_TAGS } from '../ast/html.js';
import type { PPNode, PPPart, TokenizeOptions } from './tree.js';

export type { TokenizeOptions } from './tree.js';

// Character codes.
const LF = 10;
const BANG = 33;
const DASH = 45;
const SLASH = 47;
const LT = 60;
const EQ = 61;
const GT = 62;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

// Scan table: which characters stop the literal scan, as bits selected by the current state.
const S_ALWAYS = 1; // [ { < \n
const S_DASH = 2; // - (variant brackets)
const S_RBRACE = 4; // } (closing a template/argument/variant)
const S_RBRACKET = 8; // ] (closing [[ ]])
const S_PIPE = 16;
const S_EQ = 32;
const SCAN = new Uint8Array(128);
SCAN[LBRACKET] = S_ALWAYS;
SCAN[LBRACE] = S_ALWAYS;
SCAN[LT] = S_ALWAYS;
SCAN[LF] = S_ALWAYS;
SCAN[DASH] = S_DASH;
SCAN[RBRACE] = S_RBRACE;
SCAN[RBRACKET] = S_RBRACKET;
SCAN[PIPE] = S_PIPE;
SCAN[EQ] = S_EQ;

/** Kinds of open bracket on the stack. */
const enum Open {
  Brace, // {{ / {{{
  Bracket, // [[
  Variant, // -{
  Heading, // = at line start (closes at end of line)
}

interface Part {
  nodes: PPNode[];
  /** Index in `nodes` of the `=` text node that splits name and value, or -1. */
  eq: number;
  /**
   * Text after the last node, as slices joined only when a node follows or the part is read
   * (appending to a string node would build ropes that every later read flattens again).
   */
  buf: string[];
  /** The source, and a pending run [litStart, litEnd) of it not yet in buf (contiguous text is sliced once). */
  src: string;
  litStart: number;
  litEnd: number;
}

function newPart(src = ''): Part {
  return { nodes: [], eq: -1, buf: [], src, litStart: 0, litEnd: 0 };
}

/** Move the pending source run into buf. */
function flushLit(part: Part): void {
  if (part.litEnd > part.litStart) {
    part.buf.push(part.src.slice(part.litStart, part.litEnd));
    part.litStart = part.litEnd = 0;
  }
}

/** Append source text [s, e): extends the pending run when it continues it. */
function addSrc(part: Part, src: string, s: number, e: number): void {
  if (e <= s) return;
  if (part.litEnd === s && part.litEnd > part.litStart && part.src === src) {
    part.litEnd = e;
    return;
  }
  flushLit(part);
  part.src = src;
  part.litStart = s;
  part.litEnd = e;
}

interface Piece {
  open: Open;
  /** Number of opening characters still unmatched (for Variant: 2, like MediaWiki). */
  count: number;
  /** '-' when `-{{` was read as `-` + `{{` (the dash is restored later). */
  savedPrefix: string;
  lineStart: boolean;
  /** Offset of the first opening character (after savedPrefix). */
  start: number;
  parts: Part[];
}

const DEFAULT_EXTENSION_TAGS: ReadonlySet<string> = new Set(
  [...EXTENSION_TAGS].filter((t) => t !== 'noinclude' && t !== 'includeonly' && t !== 'onlyinclude'),
);

function addText(part: Part, s: string): void {
  if (s === '') return;
  flushLit(part);
  part.buf.push(s);
}

/** Turn the pending text of a part into a text node. */
function flushText(part: Part): void {
  flushLit(part);
  const buf = part.buf;
  if (buf.length === 0) return;
  // Concatenation (a rope), not join: text moved up through many nested pieces is never copied.
  let value = buf[0]!;
  for (let k = 1; k < buf.length; k++) value += buf[k]!;
  part.nodes.push({ type: 'text', value });
  part.buf = [];
}

function pushNode(part: Part, node: PPNode): void {
  flushText(part);
  part.nodes.push(node);
}

function appendNodes(part: Part, nodes: readonly PPNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') addText(part, node.value);
    else pushNode(part, node);
  }
}

/** The nodes of a finished part (pending text flushed). */
function nodesOf(part: Part): PPNode[] {
  flushText(part);
  return part.nodes;
}

function isSpaceCode(c: number): boolean {
  // PCRE \s: space, \t, \n, \v, \f, \r
  return c === 32 || (c >= 9 && c <= 13);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Opening characters of a piece as text (used when the piece turns out not to be syntax). */
function openingText(piece: Piece, count: number): string {
  switch (piece.open) {
    case Open.Brace:
      return piece.savedPrefix + '{'.repeat(count);
    case Open.Bracket:
      return piece.savedPrefix + '['.repeat(count);
    case Open.Variant:
      return piece.savedPrefix + '-' + '{'.repeat(count - 1);
    case Open.Heading:
      return piece.savedPrefix;
  }
}

/** The piece as plain text: its opening characters, then its parts joined by `|`. */
function breakSyntax(piece: Piece, count: number = piece.count): Part {
  const out = newPart();
  addText(out, openingText(piece, count));
  piece.parts.forEach((part, i) => {
    if (i > 0) addText(out, '|');
    appendNodes(out, nodesOf(part));
  });
  flushText(out);
  return out;
}

/** Merge adjacent text nodes (the `=` separator is kept as its own node while building). */
function normalize(nodes: readonly PPNode[]): PPNode[] {
  const part = newPart();
  appendNodes(part, nodes);
  return nodesOf(part);
}

function partToPP(part: Part): PPPart {
  const nodes = nodesOf(part);
  // Text nodes are already merged except around the '=' node, which splits them here anyway.
  if (part.eq < 0) return { name: null, value: nodes };
  return { name: nodes.slice(0, part.eq), value: nodes.slice(part.eq + 1) };
}

function partAsValue(part: Part): PPNode[] {
  const nodes = nodesOf(part);
  return part.eq < 0 ? nodes : normalize(nodes);
}

/** Tokenize wikitext into the preprocessor tree. Never throws on any input. */
export function tokenize(text: string, opts: TokenizeOptions): PPNode[] {
  const len = text.length;
  const extTags = opts.extensionTags ?? DEFAULT_EXTENSION_TAGS;
  const forInclusion = opts.forInclusion;
  const variants = opts.variantBrackets;

  // Include-control tags per mode (Preprocessor_Hash: ignoredTags / ignoredElements).
  const ignoredTags: ReadonlySet<string> = forInclusion
    ? new Set(['includeonly', '/includeonly'])
    : new Set(['noinclude', '/noinclude', 'onlyinclude', '/onlyinclude']);
  const ignoredElement = forInclusion ? 'noinclude' : 'includeonly';
  const enableOnlyinclude = forInclusion && text.includes('<onlyinclude>') && text.includes('</onlyinclude>');

  const root = newPart();
  const stack: Piece[] = [];
  let top: Piece | null = null;
  let accum: Part = root;

  // Flags derived from the top of the stack.
  let findPipe = false;
  let findEquals = false;
  let inHeading = false;
  let scanMask = S_ALWAYS | (variants ? S_DASH : 0);

  const refreshFlags = (): void => {
    top = stack.length > 0 ? stack[stack.length - 1]! : null;
    accum = top ? top.parts[top.parts.length - 1]! : root;
    if (!top) {
      findPipe = findEquals = inHeading = false;
    } else {
      findPipe = top.open !== Open.Heading && top.open !== Open.Bracket;
      findEquals = findPipe && top.parts.length > 1 && accum.eq < 0;
      inHeading = top.open === Open.Heading;
    }
    recomputeMask();
  };
  const recomputeMask = (): void => {
    let m = S_ALWAYS | (variants ? S_DASH : 0);
    if (top) {
      if (top.open === Open.Brace) m |= S_RBRACE;
      else if (top.open === Open.Variant) m |= S_RBRACE | S_DASH;
      else if (top.open === Open.Bracket) m |= S_RBRACKET;
    }
    if (findPipe) m |= S_PIPE;
    if (findEquals) m |= S_EQ;
    scanMask = m;
  };

  let i = 0;
  let noMoreGT = false;
  const noMoreClosingTag = new Set<string>();
  let findOnlyinclude = enableOnlyinclude;
  let fakeLineStart = true;

  for (;;) {
    if (findOnlyinclude) {
      const startPos = text.indexOf('<onlyinclude>', i);
      if (startPos < 0) {
        pushNode(accum, { type: 'ignore', raw: text.slice(i) });
        i = len;
        break;
      }
      const tagEnd = startPos + 13;
      pushNode(accum, { type: 'ignore', raw: text.slice(i, tagEnd) });
      i = tagEnd;
      findOnlyinclude = false;
    }

    let c = 0;
    let lineStartRun = false;
    if (fakeLineStart) {
      fakeLineStart = false;
      lineStartRun = true;
    } else {
      // Literal run up to the next character that matters in the current state.
      let j = i;
      const mask = scanMask;
      while (j < len) {
        const cc = text.charCodeAt(j);
        if (cc < 128 && (SCAN[cc]! & mask) !== 0) break;
        j++;
      }
      if (j > i) {
        addSrc(accum, text, i, j);
        i = j;
      }
      if (i >= len) {
        if (inHeading) {
          closeHeading();
          continue;
        }
        break;
      }
      c = text.charCodeAt(i);
    }

    if (lineStartRun || c === LF) {
      if (!lineStartRun && inHeading) {
        closeHeading();
        continue;
      }
      if (!lineStartRun) {
        addSrc(accum, text, i, i + 1);
        i++;
      }
      // Possible heading: up to 6 `=` at line start.
      let count = 0;
      while (count < 6 && i + count < len && text.charCodeAt(i + count) === EQ) count++;
      if (count === 1 && findEquals) {
        // A lone `=` where a name/value separator is expected: let the equals rule take it.
      } else if (count > 0) {
        const piece: Piece = {
          open: Open.Heading,
          count,
          savedPrefix: '',
          lineStart: true,
          start: i,
          parts: [{ nodes: [], eq: -1, buf: ['='.repeat(count)], src: '', litStart: 0, litEnd: 0 }],
        };
        stack.push(piece);
        refreshFlags();
        i += count;
      }
      continue;
    }

    if (c === PIPE) {
      // findPipe is set, otherwise the scan would not have stopped here.
      top!.parts.push(newPart());
      accum = top!.parts[top!.parts.length - 1]!;
      findEquals = true;
      recomputeMask();
      i++;
      continue;
    }

    if (c === EQ) {
      pushNode(accum, { type: 'text', value: '=' });
      accum.eq = accum.nodes.length - 1;
      findEquals = false;
      recomputeMask();
      i++;
      continue;
    }

    if (c === LT) {
      handleAngle();
      continue;
    }

    // Closing characters of the piece on top.
    if (top) {
      const t: Piece = top;
      if (t.open === Open.Variant && c === RBRACE && i + 1 < len && text.charCodeAt(i + 1) === DASH) {
        closeVariant(t);
        continue;
      }
      if ((t.open === Open.Brace && c === RBRACE) || (t.open === Open.Bracket && c === RBRACKET)) {
        closeBraceOrBracket(t, c);
        continue;
      }
    }

    // Opening characters.
    if (c === LBRACE || c === LBRACKET || (c === DASH && i + 1 < len && text.charCodeAt(i + 1) === LBRACE && variants)) {
      openPiece(c);
      continue;
    }

    // A `-` or `}` (or `]`) that matched nothing.
    addSrc(accum, text, i, i + 1);
    i++;
  }

  // Whatever is still open is text again, bottom of the stack first.
  for (const piece of stack) appendNodes(root, breakSyntax(piece).nodes);
  return nodesOf(root);

  // ───────────── rules (closures over the scanner state) ─────────────

  function closeHeading(): void {
    // A heading piece only changes how `|`, `=` and `}}` are read until the line ends; the main
    // parser finds real headings itself, so the content simply goes back to the parent.
    const piece = stack.pop()!;
    refreshFlags();
    appendNodes(accum, nodesOf(piece.parts[0]!));
  }

  function openPiece(c: number): void {
    let open: Open;
    let count: number;
    let savedPrefix = '';
    const lineStart = i > 0 && text.charCodeAt(i - 1) === LF;
    if (c === DASH) {
      // `-{` followed by more braces: the rightmost wins, so `-{{` is `-` + `{{`.
      let n = 0;
      while (i + 1 + n < len && text.charCodeAt(i + 1 + n) === LBRACE) n++;
      count = n + 1;
      if (count > 2) {
        savedPrefix = '-';
        i++;
        count--;
        open = Open.Brace;
      } else {
        open = Open.Variant;
      }
    } else {
      let n = 0;
      while (i + n < len && text.charCodeAt(i + n) === c) n++;
      count = n;
      open = c === LBRACE ? Open.Brace : Open.Bracket;
      if (open === Open.Bracket && count === 2) {
        // Fast path: `[[…]]` with nothing inside that the preprocessor reacts to is plain text,
        // exactly what pushing and closing the bracket piece would produce.
        let j = i + 2;
        for (; j < len; j++) {
          const d = text.charCodeAt(j);
          if (d === RBRACKET || d === LBRACKET || d === LBRACE || d === LT || d === LF || (d === DASH && variants)) break;
        }
        if (j + 1 < len && text.charCodeAt(j) === RBRACKET && text.charCodeAt(j + 1) === RBRACKET) {
          addSrc(accum, text, i, j + 2);
          i = j + 2;
          return;
        }
      }
    }
    if (count >= 2) {
      stack.push({ open, count, savedPrefix, lineStart, start: i, parts: [newPart()] });
      refreshFlags();
    } else {
      addText(accum, savedPrefix + (c === LBRACKET ? '[' : '{').repeat(count));
    }
    i += count;
  }

  function closeVariant(piece: Piece): void {
    const element = breakSyntax(piece, 2);
    addText(element, '}-');
    i += 2;
    stack.pop();
    refreshFlags();
    appendNodes(accum, nodesOf(element));
  }

  function closeBraceOrBracket(piece: Piece, c: number): void {
    // Count the closing run only as far as it can match (at most 3): counting a whole long run
    // on every close would be quadratic.
    const max = piece.open === Open.Brace ? 3 : 2;
    const limit = piece.count < max ? piece.count : max;
    let count = 0;
    while (count < limit && i + count < len && text.charCodeAt(i + count) === c) count++;
    const matching = count;
    if (matching < 2) {
      addSrc(accum, text, i, i + count);
      i += count;
      return;
    }
    const offset = piece.start + piece.count - matching;
    let element: PPNode[];
    if (piece.open === Open.Bracket) {
      const broken = breakSyntax(piece, matching);
      addText(broken, ']]');
      element = nodesOf(broken);
    } else if (matching === 3) {
      const parts = piece.parts;
      element = [
        {
          type: 'argument',
          name: partAsValue(parts[0]!),
          default: parts.length > 1 ? partAsValue(parts[1]!) : null,
          offset,
        },
      ];
    } else {
      const parts = piece.parts;
      element = [
        {
          type: 'template',
          title: partAsValue(parts[0]!),
          parts: parts.slice(1).map(partToPP),
          offset,
          lineStart: matching === piece.count && piece.lineStart && piece.savedPrefix === '',
        },
      ];
    }
    i += matching;
    stack.pop();
    refreshFlags();

    if (matching < piece.count) {
      // Opening braces left over: re-open with what remains (the element goes inside it).
      piece.parts = [newPart()];
      piece.count -= matching;
      if (piece.count >= 2) {
        stack.push(piece);
        refreshFlags();
      } else if (piece.count === 1 && piece.open === Open.Brace && piece.savedPrefix === '-') {
        piece.savedPrefix = '';
        piece.open = Open.Variant;
        piece.count = 2;
        piece.start -= 1;
        stack.push(piece);
        refreshFlags();
      } else {
        addText(accum, openingText(piece, piece.count));
      }
    } else if (piece.savedPrefix !== '') {
      addText(accum, piece.savedPrefix);
    }
    appendNodes(accum, element);
  }

  function handleAngle(): void {
    if (enableOnlyinclude && text.startsWith('</onlyinclude>', i)) {
      findOnlyinclude = true;
      return;
    }
    // Comment?
    if (text.charCodeAt(i + 1) === BANG && text.charCodeAt(i + 2) === DASH && text.charCodeAt(i + 3) === DASH) {
      handleComment();
      return;
    }
    // Element name: optional '/', ASCII letters, then whitespace, '>' or '/>'.
    let j = i + 1;
    if (j < len && text.charCodeAt(j) === SLASH) j++;
    const nameStart = j;
    while (j < len && isAsciiLetter(text.charCodeAt(j))) j++;
    let ok = j > nameStart && j < len;
    if (ok) {
      const after = text.charCodeAt(j);
      ok = isSpaceCode(after) || after === GT || (after === SLASH && text.charCodeAt(j + 1) === GT);
    }
    const rawName = ok ? text.slice(i + 1, j) : '';
    const lowerName = rawName.toLowerCase();
    const isClosing = nameStart > i + 1;
    const known =
      ok &&
      (ignoredTags.has(lowerName) || (!isClosing && (lowerName === ignoredElement || extTags.has(lowerName))));
    if (!known) {
      addSrc(accum, text, i, i + 1);
      i++;
      return;
    }
    const attrStart = j;
    const tagEnd = noMoreGT ? -1 : text.indexOf('>', attrStart);
    if (tagEnd < 0) {
      noMoreGT = true;
      addSrc(accum, text, i, i + 1);
      i++;
      return;
    }
    if (ignoredTags.has(lowerName)) {
      pushNode(accum, { type: 'ignore', raw: text.slice(i, tagEnd + 1) });
      i = tagEnd + 1;
      return;
    }
    const tagStart = i;
    let attrEnd: number;
    let inner: string | null;
    let close: string | null;
    if (text.charCodeAt(tagEnd - 1) === SLASH) {
      attrEnd = tagEnd - 1;
      inner = null;
      close = null;
      i = tagEnd + 1;
    } else {
      attrEnd = tagEnd;
      const found = noMoreClosingTag.has(lowerName) ? null : findClosingTag(text, lowerName, tagEnd + 1);
      if (found) {
        inner = text.slice(tagEnd + 1, found.start);
        close = text.slice(found.start, found.end);
        i = found.end;
      } else if (lowerName === 'includeonly' || lowerName === 'noinclude' || lowerName === 'onlyinclude') {
        // Include-control elements may run to the end of the text.
        inner = text.slice(tagEnd + 1);
        close = null;
        i = len;
      } else {
        // Unclosed: the opening tag is plain text, and parsing resumes after it.
        addSrc(accum, text, tagStart, tagEnd + 1);
        noMoreClosingTag.add(lowerName);
        i = tagEnd + 1;
        return;
      }
    }
    if (lowerName === ignoredElement) {
      pushNode(accum, { type: 'ignore', raw: text.slice(tagStart, i) });
      return;
    }
    pushNode(accum, {
      type: 'extension',
      name: lowerName,
      attrs: attrEnd > attrStart ? text.slice(attrStart, attrEnd) : '',
      inner,
      close,
      offset: tagStart,
    });
  }

  function handleComment(): void {
    const endPos = text.indexOf('-->', i + 4);
    if (endPos < 0) {
      pushNode(accum, { type: 'comment', raw: text.slice(i) });
      i = len;
      return;
    }
    // Whitespace before the comment on its line, and after it (and after following comments).
    let wsStart = i;
    while (wsStart > 0 && isBlank(text.charCodeAt(wsStart - 1))) wsStart--;
    if (i === 0) wsStart = 0;
    let wsEnd = endPos + 2; // last blank after the comment, or the '>'
    while (wsEnd + 1 < len && isBlank(text.charCodeAt(wsEnd + 1))) wsEnd++;
    const comments: Array<[number, number]> = [[wsStart, wsEnd]];
    while (text.startsWith('<!--', wsEnd + 1)) {
      let e = text.indexOf('-->', wsEnd + 5);
      if (e < 0) break;
      e += 2;
      while (e + 1 < len && isBlank(text.charCodeAt(e + 1))) e++;
      comments.push([wsEnd + 1, e]);
      wsEnd = e;
    }
    let startPos: number;
    let end: number; // inclusive end of the last comment node
    if (wsStart > 0 && text.charCodeAt(wsStart - 1) === LF && text.charCodeAt(wsEnd + 1) === LF) {
      // The comments fill their line: take the leading blanks and the newline with them.
      const wsLength = i - wsStart;
      flushLit(accum);
      const buf = accum.buf;
      if (wsLength > 0 && buf.length > 0) {
        if (buf[buf.length - 1]!.length < wsLength && buf.length > 1) accum.buf = [buf.join('')];
        const last = accum.buf[accum.buf.length - 1]!;
        if (endsWithBlanks(last, wsLength)) accum.buf[accum.buf.length - 1] = last.slice(0, last.length - wsLength);
      }
      for (let k = 0; k < comments.length - 1; k++) {
        const [s, e] = comments[k]!;
        pushNode(accum, { type: 'comment', raw: text.slice(s, e + 1) });
      }
      const lastComment = comments[comments.length - 1]!;
      startPos = lastComment[0];
      end = lastComment[1] + 1; // the newline
      fakeLineStart = true;
    } else {
      startPos = i;
      end = endPos + 2;
    }
    i = end + 1;
    pushNode(accum, { type: 'comment', raw: text.slice(startPos, end + 1) });
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function endsWithBlanks(v: string, n: number): boolean {
  if (v.length < n) return false;
  for (let k = v.length - n; k < v.length; k++) if (!isBlank(v.charCodeAt(k))) return false;
  return true;
}

/** Find `</name\s*>` (case-insensitive) at or after `from`. */
function findClosingTag(text: string, lowerName: string, from: number): { start: number; end: number } | null {
  const len = text.length;
  let p = from;
  for (;;) {
    const lt = text.indexOf('</', p);
    if (lt < 0) return null;
    let j = lt + 2;
    if (j + lowerName.length <= len && text.slice(j, j + lowerName.length).toLowerCase() === lowerName) {
      j += lowerName.length;
      while (j < len && isSpaceCode(text.charCodeAt(j))) j++;
      if (j < len && text.charCodeAt(j) === GT) return { start: lt, end: j + 1 };
    }
    p = lt + 2;
  }
}
