/**
 * The tokenizer rule for `<!-- … -->`. An unclosed comment runs to the end of the text. A run of
 * comments alone on a line (only spaces/tabs around) takes the surrounding blanks and the line's
 * newline with it, as MediaWiki does, so that removing comment nodes removes the whole line.
 */
import { isBlank, LF } from './tokenize-chars.js';
import { flushLit, pushNode } from './tokenize-parts.js';
import type { TokenRule } from './tokenize-state.js';

/** Called by the `<` rule when `<!--` stands at the read position. */
export const commentRule: TokenRule = (st) => {
  const text = st.text;
  const len = st.len;
  const i = st.pos;
  const endPos = text.indexOf('-->', i + 4);
  if (endPos < 0) {
    pushNode(st.accum, { type: 'comment', raw: text.slice(i) });
    st.pos = len;
    return;
  }
  // Whitespace before the comment on its line, and after it (and after following comments).
  let wsStart = i;
  while (wsStart > 0 && isBlank(text.charCodeAt(wsStart - 1))) wsStart--;
  if (i === 0) wsStart = 0;
  let wsEnd = endPos + 2; // last blank after the comment, or the '>'
  while (wsEnd + 1 < len && isBlank(text.charCodeAt(wsEnd + 1))) wsEnd++;
  const comments: Array<[number, number]> = [[wsStart, wsEnd]];
  // Only a run that starts its line can fill it: looking further from a comment in mid-line
  // would read the rest of the run again from each of its comments (quadratic).
  const startsLine = wsStart > 0 && text.charCodeAt(wsStart - 1) === LF;
  while (startsLine && text.startsWith('<!--', wsEnd + 1)) {
    let e = text.indexOf('-->', wsEnd + 5);
    if (e < 0) break;
    e += 2;
    while (e + 1 < len && isBlank(text.charCodeAt(e + 1))) e++;
    comments.push([wsEnd + 1, e]);
    wsEnd = e;
  }
  const accum = st.accum;
  let startPos: number;
  let end: number; // inclusive end of the last comment node
  if (startsLine && wsEnd + 1 < len && text.charCodeAt(wsEnd + 1) === LF) {
    // The comments fill their line: take the leading blanks and the newline with them.
    const wsLength = i - wsStart;
    flushLit(accum);
    if (wsLength > 0 && accum.bufCount > 0) {
      // The blanks may span pieces: then the pending text is taken as one piece.
      if (accum.bufLast.length < wsLength && accum.bufCount > 1) {
        accum.bufLast = accum.bufHead + accum.bufLast;
        accum.bufHead = '';
        accum.bufCount = 1;
      }
      const last = accum.bufLast;
      if (endsWithBlanks(last, wsLength)) accum.bufLast = last.slice(0, last.length - wsLength);
    }
    for (let k = 0; k < comments.length - 1; k++) {
      const [s, e] = comments[k]!;
      pushNode(accum, { type: 'comment', raw: text.slice(s, e + 1) });
    }
    const lastComment = comments[comments.length - 1]!;
    startPos = lastComment[0];
    end = lastComment[1] + 1; // the newline
    // The newline is taken: read what follows as a line start all the same.
    st.fakeLineStart = true;
  } else {
    startPos = i;
    end = endPos + 2;
  }
  st.pos = end + 1;
  pushNode(accum, { type: 'comment', raw: text.slice(startPos, end + 1) });
};

function endsWithBlanks(v: string, n: number): boolean {
  if (v.length < n) return false;
  for (let k = v.length - n; k < v.length; k++) if (!isBlank(v.charCodeAt(k))) return false;
  return true;
}
