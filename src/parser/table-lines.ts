/**
 * The line scanning under wiki tables (tables.ts): where a table starts, trimming a table line,
 * splitting a cell line on `||` / `!!` and its attribute bar, which cell lines are plain inline
 * text, and runs of HTML rows inside table syntax. Char-code scans over ranges of the source.
 */
import { findBlockTag } from './blocktags.js';
import { MAX_LIST_DEPTH } from './lists.js';

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11;
}

/*
 * White space at the ends of a range inside one line (no newline in it, so isBlank's set). One
 * loop shared by every trim in tables.ts and this file: the cells' (`| x`, nearly every cell)
 * give it type feedback on the first table, and parseTable, inlining it, no longer meets an
 * increment with none on a later page's indented table line (a deoptimisation and
 * recompilation of parseTable).
 */
export function skipSpaces(src: string, q: number, e: number): number {
  while (q < e && isBlank(src.charCodeAt(q))) q++;
  return q;
}

export function trimSpacesEnd(src: string, s: number, e: number): number {
  while (e > s && isBlank(src.charCodeAt(e - 1))) e--;
  return e;
}

/** A table starts on this line: optional spaces, `:` indents, spaces, then `{|`. */
export function tableStart(src: string, s: number, e: number): { indent: number } | null {
  let q = skipSpaces(src, s, e);
  let indent = 0;
  while (q < e && src.charCodeAt(q) === 58) {
    indent++;
    q++;
  }
  q = skipSpaces(src, q, e);
  // As deep as a list may nest: one description list per colon, and the writer recurses per level.
  if (q + 1 < e && src.charCodeAt(q) === 123 && src.charCodeAt(q + 1) === 124) return { indent: Math.min(indent, MAX_LIST_DEPTH) };
  return null;
}

/**
 * Split a cell line [from, to) on `||` (and `!!` on header lines), but not inside an HTML tag
 * (`<div data-x="a||b">`), as MediaWiki's markup-aware replace does. Returns [start, end) pairs.
 */
export function splitCells(src: string, from: number, to: number, header: boolean): number[] {
  const parts: number[] = [];
  let start = from;
  let links = 0; // inside [[ ]] a `||` does not split (MediaWiki's later link pass would rejoin it)
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 91 && src.charCodeAt(i + 1) === 91) {
      links++;
      i++;
      continue;
    }
    if (c === 93 && links > 0 && src.charCodeAt(i + 1) === 93) {
      links--;
      i++;
      continue;
    }
    if (links > 0) continue;
    if (c === 60) {
      const n = src.charCodeAt(i + 1) | 0x20;
      if ((n >= 97 && n <= 122) || src.charCodeAt(i + 1) === 47) {
        let gt = i + 1;
        while (gt < to && src.charCodeAt(gt) !== 62 && src.charCodeAt(gt) !== 60) gt++;
        if (gt < to && src.charCodeAt(gt) === 62) i = gt;
      }
      continue;
    }
    if ((c === 124 || (header && c === 33)) && i + 1 < to && src.charCodeAt(i + 1) === c) {
      parts.push(start, i);
      start = i + 2;
      i++;
    }
  }
  parts.push(start, to);
  return parts;
}

/** First '|' in [from, to) outside an HTML tag, or -1. */
export function attributeBar(src: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 124) return i;
    if (c === 60) {
      let gt = i + 1;
      while (gt < to && src.charCodeAt(gt) !== 62 && src.charCodeAt(gt) !== 60) gt++;
      if (gt < to && src.charCodeAt(gt) === 62) i = gt;
    }
  }
  return -1;
}

/**
 * A cell's first line opening with a list, definition or heading mark (`!#!!名称`, `| * a`):
 * MediaWiki writes the cell as `<td>` followed by that text on one line, so the mark is not at
 * a line start when lists and headings are made, and shows as text ("#" heads the numbering
 * column of many tables). True when the line is otherwise plain inline content.
 */
export function markedLine(src: string, s: number, e: number): boolean {
  if (s >= e) return false;
  const c = src.charCodeAt(s);
  if (c !== 42 && c !== 35 && c !== 58 && c !== 59 && c !== 61) return false;
  for (let i = s; i < e; i++) if (src.charCodeAt(i) === 10) return false;
  return findBlockTag(src, s, e) === null;
}

/** One line that the block parser would read as a plain paragraph (no list, heading, rule, table or block tag). */
export function simpleLine(src: string, s: number, e: number): boolean {
  if (s >= e) return false;
  const c = src.charCodeAt(s);
  if (c === 42 || c === 35 || c === 58 || c === 59 || c === 61 || c === 32) return false;
  if (c === 45 && src.startsWith('----', s)) return false;
  if (c === 123 && src.charCodeAt(s + 1) === 124) return false;
  if (c === 91 && src.charCodeAt(s + 1) === 91) return false; // maybe a category-only line
  for (let i = s; i < e; i++) if (src.charCodeAt(i) === 10) return false;
  return findBlockTag(src, s, e) === null;
}

/** `<tr>` or `<tr …>` at ts. */
export function isTrOpen(src: string, ts: number, te: number): boolean {
  if (te - ts < 4 || (src.charCodeAt(ts + 1) | 0x20) !== 116 || (src.charCodeAt(ts + 2) | 0x20) !== 114) return false;
  const c = src.charCodeAt(ts + 3);
  return c === 62 || c === 32 || c === 9;
}

/**
 * End (a newline or the text's end) of the line holding the last `</tr>` of an HTML row run from
 * pos, or -1 when wikitext table syntax comes first.
 */
export function htmlRowsEnd(src: string, pos: number, len: number): number {
  let p = pos;
  for (;;) {
    let e = src.indexOf('\n', p);
    if (e < 0) e = len;
    const line = src.slice(p, e);
    const trimmed = line.trimStart();
    // Wikitext table syntax before the row's </tr>: not a self-contained HTML row run.
    if (p > pos && (trimmed.startsWith('|') || trimmed.startsWith('!') || trimmed.startsWith('{|'))) return -1;
    if (/<\/tr\s*>/i.test(line) || e >= len) {
      // Following lines that open another HTML row belong to the run too.
      let n = e + 1;
      while (n < len && (src.charCodeAt(n) === 32 || src.charCodeAt(n) === 9)) n++;
      if (n < len && src.charCodeAt(n) === 60 && isTrOpen(src, n, Math.min(len, n + 4))) {
        p = e + 1;
        continue;
      }
      return e;
    }
    p = e + 1;
  }
}
