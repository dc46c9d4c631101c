/**
 * The list-line rule: a line starting with `*`, `#`, `:` or `;`. Its prefix and content go to the
 * open ListBuilder (lists.ts keeps the nesting); a `;term:def` line is split at its first free
 * colon, and `:<math>…</math>` alone on its line is display math, not an indented list.
 */
import type { Block, Inline } from '../ast/nodes.js';
import type { BlockState } from './block-state.js';
import { closeList } from './block-runs.js';
import { Mode, toInline } from './inline.js';
import { findColonNoLinks, ListBuilder } from './lists.js';
import { inlineToBlocks } from './paragraphs.js';

/** Whether a line starting with this character code is a list line. */
export function isListMark(c: number): boolean {
  return c === 42 || c === 35 || c === 58 || c === 59;
}

export function listLine(b: BlockState, s: number, e: number): void {
  const src = b.src;
  let q = s;
  while (q < e && isListMark(src.charCodeAt(q))) q++;
  const prefix = src.slice(s, q);
  if (!b.list) b.list = new ListBuilder((block: Block) => b.emitList(block));
  let term: Inline[] | null = null;
  let bodyStart = q;
  if (prefix.charCodeAt(prefix.length - 1) === 59) {
    const colon = findColonNoLinks(src, q, e);
    if (colon >= 0) {
      term = toInline(b.inline(q, colon, Mode.Para));
      bodyStart = colon + 1;
    } else {
      term = toInline(b.inline(q, e, Mode.Para));
      bodyStart = -1;
    }
  }
  const body = bodyStart >= 0 ? b.inline(bodyStart, e, Mode.Para) : null;
  // `:<math>…</math>` alone on its line: display math.
  if (term === null && body !== null && /^:+$/.test(prefix)) {
    const blocks = inlineToBlocks(body);
    if (blocks.length === 1 && blocks[0]!.type === 'mathBlock') {
      closeList(b);
      b.emit(blocks[0]!);
      return;
    }
    if (blocks.length === 1 && blocks[0]!.type === 'paragraph') {
      const only = blocks[0]!.children;
      if (only.length === 1 && only[0]!.type === 'math') {
        closeList(b);
        b.emit({ type: 'mathBlock', value: only[0]!.value, chem: only[0]!.chem });
        return;
      }
    }
  }
  b.list.line(prefix, term, body);
}
