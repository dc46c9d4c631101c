/**
 * Tokenizer rules behind `<`: comments (tokenize-comments.ts), extension tags cut out whole up to
 * `</name\s*>` (case-insensitive), and the include-control tags `<includeonly>`, `<noinclude>`,
 * `<onlyinclude>` as the inclusion mode wants them. Any other `<` is text.
 *
 * Searches stay linear: once no `>` follows, or no `</name>` of some name, that is remembered and
 * never searched for again.
 */
import { commentRule } from './tokenize-comments.js';
import { BANG, DASH, GT, isAsciiLetter, isSpaceCode, SLASH } from './tokenize-chars.js';
import { pushNode } from './tokenize-parts.js';
import type { TokenRule } from './tokenize-state.js';

export const angleRule: TokenRule = (st, c) => {
  const text = st.text;
  const len = st.len;
  const i = st.pos;
  if (st.enableOnlyinclude && text.startsWith('</onlyinclude>', i)) {
    // The scanner skips from here to the next `<onlyinclude>`.
    st.findOnlyinclude = true;
    return;
  }
  if (i + 3 < text.length && text.charCodeAt(i + 1) === BANG && text.charCodeAt(i + 2) === DASH && text.charCodeAt(i + 3) === DASH) {
    commentRule(st, c);
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
    (st.ignoredTags.has(lowerName) || (!isClosing && (lowerName === st.ignoredElement || st.extTags.has(lowerName))));
  if (!known) {
    st.takeLiteralChar();
    return;
  }
  const attrStart = j;
  const tagEnd = st.noMoreGT ? -1 : text.indexOf('>', attrStart);
  if (tagEnd < 0) {
    st.noMoreGT = true;
    st.takeLiteralChar();
    return;
  }
  if (st.ignoredTags.has(lowerName)) {
    pushNode(st.accum, { type: 'ignore', raw: text.slice(i, tagEnd + 1) });
    st.pos = tagEnd + 1;
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
    st.pos = tagEnd + 1;
  } else {
    attrEnd = tagEnd;
    const found = st.noMoreClosingTag.has(lowerName) ? null : findClosingTag(text, lowerName, tagEnd + 1);
    if (found) {
      inner = text.slice(tagEnd + 1, found.start);
      close = text.slice(found.start, found.end);
      st.pos = found.end;
    } else if (lowerName === 'includeonly' || lowerName === 'noinclude' || lowerName === 'onlyinclude') {
      // Include-control elements may run to the end of the text.
      inner = text.slice(tagEnd + 1);
      close = null;
      st.pos = len;
    } else {
      // Unclosed: the opening tag is plain text, and parsing resumes after it.
      st.takeSource(tagStart, tagEnd + 1);
      st.noMoreClosingTag.add(lowerName);
      st.pos = tagEnd + 1;
      return;
    }
  }
  if (lowerName === st.ignoredElement) {
    pushNode(st.accum, { type: 'ignore', raw: text.slice(tagStart, st.pos) });
    return;
  }
  pushNode(st.accum, {
    type: 'extension',
    name: lowerName,
    attrs: attrEnd > attrStart ? text.slice(attrStart, attrEnd) : '',
    inner,
    close,
    offset: tagStart,
  });
};

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
