/**
 * The tokenizer's building blocks: a Piece is an open bracket on the stack (`{{`, `[[`, `-{`, a
 * line-start `=`), a Part is one `|`-separated part of it collecting nodes. Text is gathered
 * lazily: contiguous source is remembered as a range and sliced once, and slices are concatenated
 * only when a node follows or the part is read.
 */
import type { PPNode, PPPart } from './tree.js';

/** Kinds of open bracket on the stack. */
export const enum Open {
  Brace, // {{ / {{{
  Bracket, // [[
  Variant, // -{
  Heading, // = at line start (closes at end of line)
}

export interface Part {
  nodes: PPNode[];
  /** Index in `nodes` of the `=` text node that splits name and value, or -1. */
  eq: number;
  /**
   * Text after the last node, `bufCount` pieces joined only when a node follows or the part is
   * read (appending to a string node would build ropes that every later read flattens again):
   * `bufHead` is the rope of all pieces but the last, `bufLast` the last piece (the comment rule
   * trims it). Two fields rather than an array of pieces: no array and backing store per part.
   */
  bufHead: string;
  bufLast: string;
  bufCount: number;
  /** The source, and a pending run [litStart, litEnd) of it not yet among the pieces (contiguous text is sliced once). */
  src: string;
  litStart: number;
  litEnd: number;
}

export interface Piece {
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

/** A new part, optionally starting with `text` already gathered. */
export function newPart(text?: string): Part {
  return { nodes: [], eq: -1, bufHead: '', bufLast: text ?? '', bufCount: text === undefined ? 0 : 1, src: '', litStart: 0, litEnd: 0 };
}

/** Append a piece to the pending text (`bufHead` grows left to right, one piece behind `bufLast`). */
export function addPiece(part: Part, s: string): void {
  const n = part.bufCount;
  if (n === 1) part.bufHead = part.bufLast;
  else if (n > 1) part.bufHead += part.bufLast;
  part.bufLast = s;
  part.bufCount = n + 1;
}

/** Move the pending source run into the pieces (addPiece). */
export function flushLit(part: Part): void {
  if (part.litEnd > part.litStart) {
    addPiece(part, part.src.slice(part.litStart, part.litEnd));
    part.litStart = part.litEnd = 0;
  }
}

/** Append source text [s, e): extends the pending run when it continues it. */
export function addSrc(part: Part, src: string, s: number, e: number): void {
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

export function addText(part: Part, s: string): void {
  if (s === '') return;
  flushLit(part);
  addPiece(part, s);
}

/** Turn the pending text of a part into a text node. */
export function flushText(part: Part): void {
  flushLit(part);
  const n = part.bufCount;
  if (n === 0) return;
  // Concatenation (a rope), not join: text moved up through many nested pieces is never copied.
  addNode(part, { type: 'text', value: n === 1 ? part.bufLast : part.bufHead + part.bufLast });
  part.bufHead = part.bufLast = '';
  part.bufCount = 0;
}

/**
 * The first node goes into an array of its own size (most parts hold one text node; a push onto
 * the empty array would allocate room for 17).
 */
function addNode(part: Part, node: PPNode): void {
  if (part.nodes.length === 0) part.nodes = [node];
  else part.nodes.push(node);
}

export function pushNode(part: Part, node: PPNode): void {
  flushText(part);
  addNode(part, node);
}

export function appendNodes(part: Part, nodes: readonly PPNode[]): void {
  for (const node of nodes) {
    if (node.type === 'text') addText(part, node.value);
    else pushNode(part, node);
  }
}

/** The nodes of a finished part (pending text flushed). */
export function nodesOf(part: Part): PPNode[] {
  flushText(part);
  return part.nodes;
}

/** Opening characters of a piece as text (used when the piece turns out not to be syntax). */
export function openingText(piece: Piece, count: number): string {
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
export function breakSyntax(piece: Piece, count: number = piece.count): Part {
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

/** A template part as the tree has it: split at its `=` into name and value, if it has one. */
export function partToPP(part: Part): PPPart {
  const nodes = nodesOf(part);
  // Text nodes are already merged except around the '=' node, which splits them here anyway.
  if (part.eq < 0) return { name: null, value: nodes };
  return { name: nodes.slice(0, part.eq), value: nodes.slice(part.eq + 1) };
}

/** A part read whole (a title, an argument's name or default): its `=` is plain text again. */
export function partAsValue(part: Part): PPNode[] {
  const nodes = nodesOf(part);
  return part.eq < 0 ? nodes : normalize(nodes);
}
