/**
 * The maths GitHub reads in Markdown, as a markdown-it plugin: the forms the writer produces
 * (writer/code.ts, writer/block.ts) and their limits.
 *
 * - `$x$`: a `$` not after a letter or digit, then neither a space nor a second `$`; it ends at the
 *   next `$` (a backslash inside keeps the next character, so `$\$4$` is maths holding a dollar, as
 *   on GitHub). That `$` alone decides: when it has a space before it or a letter or digit after
 *   it, the opening `$` stays text (no later `$` is tried as its end; that `$` may open maths of
 *   its own: `$a $b$` holds the formula `b`). The writer puts a space between maths and a word,
 *   and escapes every `$` of the text that could be read as one of these: `\$`.
 * - `` $`x`$ ``: GitHub's form for TeX holding characters Markdown would act on; the backtick
 *   fences work as a code span's (same length to close, one padding space stripped each side).
 * - `$$` on a line of its own, the TeX, `$$` again: display maths. A ```` ```math ```` fence too.
 */
import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { texToHtml, type TexBudget } from './render-maths.js';

const DOLLAR = 0x24;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const SPACE_CODE = 0x20;
const TAB = 0x09;

const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;
const SPACE = /\s/;

function wordBefore(src: string, pos: number): boolean {
  return pos > 0 && WORD_BEFORE.test(src.slice(Math.max(0, pos - 2), pos));
}

function wordAfter(src: string, pos: number): boolean {
  return WORD_AFTER.test(src.slice(pos, pos + 2));
}

/** `` $`…`$ `` starting at `start`: [content, end] or null. */
function backtickMaths(src: string, start: number, max: number): [string, number] | null {
  const open = start + 1;
  let fenceEnd = open;
  while (fenceEnd < max && src.charCodeAt(fenceEnd) === BACKTICK) fenceEnd++;
  const fence = fenceEnd - open;
  let p = fenceEnd;
  while ((p = src.indexOf('`', p)) !== -1 && p < max) {
    let runEnd = p;
    while (runEnd < max && src.charCodeAt(runEnd) === BACKTICK) runEnd++;
    if (runEnd - p === fence && src.charCodeAt(runEnd) === DOLLAR) {
      let body = src.slice(fenceEnd, p).replace(/\r\n?|\n/g, ' ');
      if (body.length > 2 && body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') body = body.slice(1, -1);
      return [body, runEnd + 1];
    }
    p = runEnd;
  }
  return null;
}

/** `$…$` starting at `start`: [content, end] or null. */
function dollarMaths(src: string, start: number, max: number): [string, number] | null {
  const first = start + 1;
  if (first >= max || src.charCodeAt(first) === DOLLAR || SPACE.test(src[first]!)) return null;
  for (let i = first; i < max; i++) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === DOLLAR) {
      // The first `$` decides: one that cannot close (` $`, `$1`) leaves the opening one as text.
      if (SPACE.test(src[i - 1]!) || wordAfter(src, i + 1)) return null;
      return [src.slice(first, i), i + 1];
    }
  }
  return null;
}

function mathsInline(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== DOLLAR || wordBefore(src, pos)) return false;
  const found = src.charCodeAt(pos + 1) === BACKTICK ? backtickMaths(src, pos, posMax) : dollarMaths(src, pos, posMax);
  if (found === null || found[0].trim() === '') return false;
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.content = found[0];
    token.markup = '$';
  }
  state.pos = found[1];
  return true;
}

/** Whether a line is `$$` and nothing else but trailing spaces or tabs, read by character code. */
function isDollarsLine(state: StateBlock, line: number): boolean {
  const src = state.src;
  const start = state.bMarks[line]! + state.tShift[line]!;
  const end = state.eMarks[line]!;
  if (src.charCodeAt(start) !== DOLLAR || src.charCodeAt(start + 1) !== DOLLAR) return false;
  for (let p = start + 2; p < end; p++) {
    const c = src.charCodeAt(p);
    if (c !== SPACE_CODE && c !== TAB) return false;
  }
  return true;
}

/**
 * `$$` alone on a line … `$$` alone on a line, with no blank line between. Tried on every line
 * that could start a paragraph, paragraph continuation lines included: the first two characters
 * decide before anything else is read.
 */
function mathsBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!isDollarsLine(state, startLine) || state.sCount[startLine]! - state.blkIndent >= 4) return false;
  let close = startLine + 1;
  for (; close < endLine; close++) {
    if (state.isEmpty(close) || state.sCount[close]! < state.blkIndent) return false;
    if (isDollarsLine(state, close)) break;
  }
  if (close >= endLine || close === startLine + 1) return false;
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = state.getLines(startLine + 1, close, state.blkIndent, false);
  token.markup = '$$';
  token.map = [startLine, close + 1];
  state.line = close + 1;
  return true;
}

/**
 * An image's alt text is its inline tokens as plain text (markdown-it's renderInlineAsText), which
 * knows no maths and would drop it (`![图 $x^2$ 的曲线](…)` → alt "图  的曲线"): there the TeX stays
 * as text.
 */
function mathsInAltAsText(state: StateCore): void {
  if (!state.src.includes('$')) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || block.children === null) continue;
    for (const token of block.children) if (token.type === 'image' && token.children !== null) texAsText(token.children);
  }
}

function texAsText(tokens: Token[]): void {
  for (const token of tokens) if (token.type === 'math_inline') token.type = 'text';
}

/**
 * The render's env (markdown-it passes it to every rule): `maths` set when a formula was laid
 * out; `texBudget` the page's allowances of TeX (render-maths.ts pageTexBudget), made with the
 * env for each render and charged afterwards by the page's HTML maths.
 */
export interface MathsEnv {
  maths: boolean;
  texBudget: TexBudget;
}

function layOut(tex: string, display: boolean, env: MathsEnv): string {
  const html = texToHtml(tex, display, env.texBudget);
  if (html !== '') env.maths = true;
  return html;
}

export function mathsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('math_alt_text', mathsInAltAsText);
  md.inline.ruler.before('escape', 'math_inline', mathsInline);
  md.block.ruler.before('fence', 'math_block', mathsBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.math_inline = (tokens, idx, _options, env: MathsEnv) => layOut(tokens[idx]!.content, false, env);
  md.renderer.rules.math_block = (tokens, idx, _options, env: MathsEnv) => layOut(tokens[idx]!.content, true, env) + '\n';
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env: MathsEnv, self) => {
    const token = tokens[idx]!;
    return token.info.trim() === 'math' ? layOut(token.content, true, env) + '\n' : fence(tokens, idx, options, env, self);
  };
}
