/**
 * Code spans and maths in running text. Code: a fence longer than any backtick run inside;
 * where a fence cannot be used safely the text goes into `<code>` escaped as Markdown. Maths:
 * `$…$` when nothing inside could be read as Markdown, else GitHub's `$`…`$` form.
 */
import type { InlineMath } from '../ast/nodes.js';
import { isUnicodeSpace } from './chars.js';
import { escapeText, F_IN_SPAN, F_LABEL, F_LINE, F_TABLE, longestRun } from './escape.js';
import type { InlineContext } from './inline.js';

/** A code span: a fence longer than any backtick run inside, padded when needed. */
export function codeSpan(value: string, ctx: InlineContext, atStart: boolean): string {
  let v = value.replace(/\r\n?|\n/g, ' ');
  if (v === '') return '<code></code>';
  if (ctx.flags & F_TABLE) v = v.replace(/\|/g, '\\|');
  const fence = longestRun(v, 96) + 1;
  // In link text a `]` in code would end the label of a link reference definition (`[a`]`]: x`)
  // at a paragraph start, as block parsing does not know code spans.
  // In a pipe table a backslash right before a `|` is read differently by different parsers.
  if ((atStart && fence >= 3) || (ctx.flags & F_LABEL && v.includes(']')) || (ctx.flags & F_TABLE && value.includes('\\|'))) {
    // ``` at the start of a line would open a code block. Text between inline tags is still
    // Markdown, so it is escaped as such.
    return `<code>${escapeText(value, (ctx.flags & (F_TABLE | F_LABEL | F_IN_SPAN)) | F_LINE, false).text}</code>`;
  }
  const ticks = '`'.repeat(fence);
  const pad = v.charCodeAt(0) === 96 || v.charCodeAt(v.length - 1) === 96 || (v.charCodeAt(0) === 32 && v.charCodeAt(v.length - 1) === 32 && v.trim() !== '');
  return pad ? `${ticks} ${v} ${ticks}` : ticks + v + ticks;
}

/** Characters that GitHub's Markdown pass could act on inside `$…$`. */
export function mathIsPlain(v: string): boolean {
  const n = v.length;
  if (n === 0 || isUnicodeSpace(v.charCodeAt(0)) || isUnicodeSpace(v.charCodeAt(n - 1))) return false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    switch (c) {
      case 10: case 13: case 36: case 96: case 42: case 95: case 91: case 93: case 60: case 62: case 38: case 126: case 124:
        return false;
      case 92: {
        const d = v.charCodeAt(i + 1);
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) return false;
      }
    }
  }
  return true;
}

/** LaTeX for a math node; `|` becomes `\vert` inside pipe tables, where it would split the cell. */
export function mathSource(node: { value: string; chem: boolean }, inTable: boolean): string {
  let v = node.value.trim();
  // A formula ending in TeX's control space (`x\ `) loses the space to the trim, and the backslash
  // left alone before the closing delimiter makes GitHub's renderer reject the whole formula. A
  // space at a formula's end shows nothing, so the backslash goes with it. Repeated: what was
  // before it may be another control space (`a \\ \\ `).
  while (endsInLoneBackslash(v)) v = v.slice(0, -1).trimEnd();
  if (node.chem) v = `\\ce{${v}}`;
  if (inTable && v.includes('|')) v = v.replace(/\\\|/g, '\\Vert{}').replace(/\|/g, '\\vert{}');
  return v;
}

/** True when `v` ends in an odd run of backslashes: a backslash escaping nothing. */
function endsInLoneBackslash(v: string): boolean {
  let run = 0;
  for (let i = v.length - 1; i >= 0 && v.charCodeAt(i) === 92; i--) run++;
  return (run & 1) === 1;
}

/** `$x$` when nothing inside could be read as Markdown, else GitHub's `$`…`$` form. */
export function inlineMath(node: InlineMath, ctx: InlineContext): string {
  const v = mathSource(node, (ctx.flags & F_TABLE) !== 0).replace(/\s+/g, (ws) => (/[\r\n]/.test(ws) ? ' ' : ws));
  if (v === '') return '';
  if (mathIsPlain(v)) return `$${v}$`;
  if (ctx.flags & F_LABEL && v.includes(']')) return `$<code>${escapeText(v, ctx.flags | F_LINE, false).text}</code>$`;
  const ticks = '`'.repeat(longestRun(v, 96) + 1);
  const pad = v.charCodeAt(0) === 96 || v.charCodeAt(v.length - 1) === 96;
  return pad ? `$${ticks} ${v} ${ticks}$` : `$${ticks}${v}${ticks}$`;
}
