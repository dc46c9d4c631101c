/**
 * The list-line rule: a line starting with `*`, `#`, `:` or `;`. Its prefix and content go to the
 * open ListBuilder (lists.ts keeps the nesting); a `;term:def` line is split at its first free
 * colon, and `:<math>…</math>` alone on its line is display math, not an indented list.
 */
import type { Block } from '../ast/nodes.js';
import type { BlockState } from './block-state.js';
import { closeList } from './block-runs.js';
import { Mode } from './inline.js';
import { ListBuilder, type ListLineText } from './lists.js';
import { parseBlocks } from './blocks.js';
import { isType } from './node-type.js';
import { inlineToBlocks } from './paragraphs.js';
import type { InlineOut } from './state.js';

/** Whether a line starting with this character code is a list line. */
export function isListMark(c: number): boolean {
  return c === 42 || c === 35 || c === 58 || c === 59;
}

export function listLine(b: BlockState, s: number, e: number): void {
  const src = b.src;
  let q = s;
  while (q < e && isListMark(src.charCodeAt(q))) q++;
  const prefix = src.slice(s, q);
  if (!b.list) b.list = new ListBuilder((block: Block) => b.emitList(block), b.st);
  const made = b.st.specialNodes();
  let whole: InlineOut[] | null = null;
  // `:<math>…</math>` alone on its line: display math.
  if (COLONS_ONLY.test(prefix)) {
    whole = b.inline(q, e, Mode.Para);
    const blocks = inlineToBlocks(whole);
    if (blocks.length === 1 && isType(blocks[0]!, 'mathBlock')) {
      closeList(b);
      b.emit(blocks[0]!);
      return;
    }
    const para = blocks.length === 1 ? blocks[0]! : null;
    if (para !== null && isType(para, 'paragraph')) {
      const only = para.children;
      const math = only.length === 1 ? only[0]! : null;
      if (math !== null && isType(math, 'math')) {
        closeList(b);
        b.emit({ type: 'mathBlock', value: math.value, chem: math.chem });
        return;
      }
    }
  }
  b.list.line(prefix, src, q, e, made, new LineText(b, whole, q, e));
}

const COLONS_ONLY = /^:+$/;

/**
 * The text of one list line, parsed as ListBuilder asks: one small object per line rather than a
 * closure (and the context holding what it captures). `whole`: the text after the prefix, when
 * it was parsed already for the display-maths test.
 */
class LineText implements ListLineText {
  constructor(
    private readonly b: BlockState,
    private readonly whole: InlineOut[] | null,
    private readonly start: number,
    private readonly end: number,
  ) {}

  parse(from: number, to: number): InlineOut[] {
    if (this.whole !== null && from === this.start && to === this.end) return this.whole;
    const b = this.b;
    // `*<ul><li>x</li></ul>`: an HTML list filling the item is a list nested in it.
    if (isWholeHtmlList(b.src, from, to)) return [{ type: 'blocks', blocks: parseBlocks(b.src.slice(from, to), b.st) }];
    return b.inline(from, to, Mode.Para);
  }
}

/** Whether src[s, e) is, white space aside, `<ul …>…</ul>` or `<ol …>…</ol>` (one line). */
function isWholeHtmlList(src: string, s: number, e: number): boolean {
  while (s < e && src.charCodeAt(s) === 32) s++;
  while (e > s && (src.charCodeAt(e - 1) === 32 || src.charCodeAt(e - 1) === 13)) e--;
  if (e - s < 9 || src.charCodeAt(s) !== 60) return false;
  const name = src.slice(s + 1, s + 3).toLowerCase();
  if (name !== 'ul' && name !== 'ol') return false;
  const c = src.charCodeAt(s + 3);
  if (c !== 62 && c !== 32) return false;
  return src.slice(e - 5, e).toLowerCase() === `</${name}>`;
}
