/**
 * Tokenizer rules for the bracket pairs and what splits them: `{{ }}` / `{{{ }}}` brace runs,
 * `[[ ]]`, `-{ }-`, a line-start `=` (possible heading), `|` and `=` inside templates.
 *
 * Brace runs as Preprocessor_Hash reads them: a run of n `{` opens one piece of count n; a run of
 * `}` matches at most min(run, count) braces and at most 3 (3: argument, 2: template); what is left
 * of the opening run stays open, and a single leftover brace is text.
 */
import { DASH, EQ, LBRACE, LBRACKET, LF, LT, RBRACKET } from './tokenize-chars.js';
import {
  addText,
  appendNodes,
  breakSyntax,
  newPart,
  nodesOf,
  Open,
  openingText,
  partAsValue,
  partToPP,
  type Piece,
  pushNode,
} from './tokenize-parts.js';
import type { TokenizerState, TokenRule } from './tokenize-state.js';
import type { PPNode } from './tree.js';

/** A newline: ends an open heading piece, else is text and starts a line. */
export const newlineRule: TokenRule = (st) => {
  if (st.inHeading) {
    closeHeading(st);
    return;
  }
  st.takeLiteralChar();
  lineStart(st);
};

/** At a line start, up to 6 `=` open a possible heading, in which `|`, `=` and `}}` are text. */
export function lineStart(st: TokenizerState): void {
  const text = st.text;
  const len = st.len;
  const i = st.pos;
  let count = 0;
  while (count < 6 && i + count < len && text.charCodeAt(i + count) === EQ) count++;
  // A lone `=` where a name/value separator is expected is left for the equals rule.
  if (count === 0 || (count === 1 && st.findEquals)) return;
  st.push({ open: Open.Heading, count, savedPrefix: '', lineStart: true, start: i, parts: [newPart('='.repeat(count))] });
  st.pos = i + count;
}

/**
 * A heading piece only changes how `|`, `=` and `}}` are read until the line ends; the main
 * parser finds real headings itself, so the content simply goes back to the parent.
 */
export function closeHeading(st: TokenizerState): void {
  const piece = st.pop();
  appendNodes(st.accum, nodesOf(piece.parts[0]!));
}

/** `|` (only reached while findPipe is set): the next part of the template or argument on top. */
export const pipeRule: TokenRule = (st) => {
  const top = st.top!;
  const part = newPart();
  top.parts.push(part);
  st.accum = part;
  st.findEquals = true;
  st.recomputeMask();
  st.pos++;
};

/** `=` (only reached while findEquals is set): splits the current part's name from its value. */
export const equalsRule: TokenRule = (st) => {
  const accum = st.accum;
  pushNode(accum, { type: 'text', value: '=' });
  accum.eq = accum.nodes.length - 1;
  st.findEquals = false;
  st.recomputeMask();
  st.pos++;
};

/** `{` or `[`: opens a piece. */
export const openRule: TokenRule = (st, c) => openPiece(st, c);

/** `-`: opens `-{` with variant brackets; otherwise text. */
export const dashRule: TokenRule = (st, c) => {
  if (st.variants && st.text.charCodeAt(st.pos + 1) === LBRACE) openPiece(st, c);
  else st.takeLiteralChar();
};

/** `}`: closes `-{ … }-` or the template/argument on top; otherwise text. */
export const closeBraceRule: TokenRule = (st, c) => {
  const top = st.top;
  if (top && top.open === Open.Variant && st.text.charCodeAt(st.pos + 1) === DASH) closeVariant(st, top);
  else if (top && top.open === Open.Brace) closeBraceOrBracket(st, top, c);
  else st.takeLiteralChar();
};

/** `]`: closes the `[[` on top; otherwise text. */
export const closeBracketRule: TokenRule = (st, c) => {
  const top = st.top;
  if (top && top.open === Open.Bracket) closeBraceOrBracket(st, top, c);
  else st.takeLiteralChar();
};

function openPiece(st: TokenizerState, c: number): void {
  const text = st.text;
  const len = st.len;
  let i = st.pos;
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
      const variants = st.variants;
      let j = i + 2;
      for (; j < len; j++) {
        const d = text.charCodeAt(j);
        if (d === RBRACKET || d === LBRACKET || d === LBRACE || d === LT || d === LF || (d === DASH && variants)) break;
      }
      if (j + 1 < len && text.charCodeAt(j) === RBRACKET && text.charCodeAt(j + 1) === RBRACKET) {
        st.takeSource(i, j + 2);
        st.pos = j + 2;
        return;
      }
    }
  }
  if (count >= 2) {
    st.push({ open, count, savedPrefix, lineStart, start: i, parts: [newPart()] });
  } else {
    addText(st.accum, savedPrefix + (c === LBRACKET ? '[' : '{').repeat(count));
  }
  st.pos = i + count;
}

function closeVariant(st: TokenizerState, piece: Piece): void {
  const element = breakSyntax(piece, 2);
  addText(element, '}-');
  st.pos += 2;
  st.pop();
  appendNodes(st.accum, nodesOf(element));
}

function closeBraceOrBracket(st: TokenizerState, piece: Piece, c: number): void {
  const text = st.text;
  const len = st.len;
  const i = st.pos;
  // Count the closing run only as far as it can match (at most 3): counting a whole long run
  // on every close would be quadratic.
  const max = piece.open === Open.Brace ? 3 : 2;
  const limit = piece.count < max ? piece.count : max;
  let count = 0;
  while (count < limit && i + count < len && text.charCodeAt(i + count) === c) count++;
  const matching = count;
  if (matching < 2) {
    st.takeSource(i, i + count);
    st.pos = i + count;
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
  st.pos = i + matching;
  st.pop();

  if (matching < piece.count) {
    // Opening braces left over: re-open with what remains (the element goes inside it).
    piece.parts = [newPart()];
    piece.count -= matching;
    if (piece.count >= 2) {
      st.push(piece);
    } else if (piece.count === 1 && piece.open === Open.Brace && piece.savedPrefix === '-') {
      // `-{{{x}}…`: with `{{x}}` closed, the dash and the brace left over open `-{` after all.
      piece.savedPrefix = '';
      piece.open = Open.Variant;
      piece.count = 2;
      piece.start -= 1;
      st.push(piece);
    } else {
      addText(st.accum, openingText(piece, piece.count));
    }
  } else if (piece.savedPrefix !== '') {
    addText(st.accum, piece.savedPrefix);
  }
  appendNodes(st.accum, element);
}
