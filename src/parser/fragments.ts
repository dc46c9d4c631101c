/**
 * Fragment parses (template arguments, ref content, captions) within a page's state, with the
 * recursion guard: past MAX_NESTING the fragment comes back as plain text.
 */
import type { Block, Inline } from '../ast/nodes.js';
import { parseBlocks } from './blocks.js';
import { Mode, runScanner } from './inline.js';
import { toInline } from './inline-flatten.js';
import { MAX_NESTING, type State } from './state.js';

function plain(text: string): string {
  return text.indexOf('\x7f') < 0 ? text : text.replace(/\x7f[^\x7f]{0,8}\x7f/g, '').split('\x7f').join('');
}

export function parseInlineFragmentIn(st: State, text: string): Inline[] {
  if (text === '') return [];
  if (st.depth > MAX_NESTING) return [{ type: 'text', value: plain(text) }];
  try {
    return toInline(runScanner(text, 0, text.length, st, { mode: Mode.Para, inLink: false }));
  } catch (e) {
    st.warn({ code: 'internal-error', message: `inline fragment: ${String(e)}` });
    return [{ type: 'text', value: plain(text) }];
  }
}

export function parseBlockFragmentIn(st: State, text: string): Block[] {
  if (text.trim() === '') return [];
  if (st.depth > MAX_NESTING) return [{ type: 'paragraph', children: [{ type: 'text', value: plain(text) }] }];
  st.depth++;
  try {
    // A fragment's first line follows other text in the page (a template name, a tag), so
    // spaces before it do not make preformatted text.
    let start = 0;
    while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    return parseBlocks(start > 0 ? text.slice(start) : text, st);
  } catch (e) {
    st.warn({ code: 'internal-error', message: `block fragment: ${String(e)}` });
    return [{ type: 'paragraph', children: [{ type: 'text', value: plain(text) }] }];
  } finally {
    st.depth--;
  }
}
