/**
 * The preprocessor's tokenizer: wikitext → PPNode[] the way MediaWiki's Preprocessor_Hash builds
 * its tree, before any expansion.
 *
 * Behaviour reproduced (facts from Preprocessor_Hash; the code is our own):
 * - Brace runs: a run of n `{` opens one stack piece of count n. A run of closing `}` matches at
 *   most min(run, count) braces, at most 3; 3 makes an argument `{{{…}}}`, 2 a template. Leftover
 *   opening braces stay on the stack (`{{{{{x}}}}}` = template around an argument); a single
 *   leftover brace becomes text. Anything unclosed at the end is text again (its `|` restored).
 * - `[[ … ]]` is a bracket pair too: inside it `|` and `=` do not split template parts, and a
 *   `}}` inside an unclosed `[[` is not a template close.
 * - `-{ … }-` is a bracket pair when variantBrackets is set (pipes inside do not split).
 * - `|` splits parts only at the top level of the current template/argument; the first `=` of a
 *   part (outside nested brackets) splits name from value. A line starting with `=` inside a
 *   template opens a possible heading in which `|`, `=` and `}}` are plain text until the line ends
 *   (except a single `=` where an equals is expected: that one is the name/value separator).
 * - Comments `<!-- … -->`: unclosed ones run to the end. A run of comments alone on a line (only
 *   spaces/tabs around) takes the surrounding whitespace and the line's newline with it, so
 *   removing comment nodes removes the whole line.
 * - Extension tags (case-insensitive) are cut out whole up to `</name\s*>`; self-closed `<x/>`
 *   has inner null; an unclosed one is literal text (and no later tag of that name is searched).
 * - `<includeonly>`, `<noinclude>`, `<onlyinclude>` per forInclusion mode.
 *
 * Linear time: every search either advances the input pointer past what it scanned, or records
 * that the searched-for thing does not occur again (no more `>`, no more `</name>`).
 *
 * Layout: this file is the scanner loop. It copies literal text up to the next character that
 * matters in the current state (tokenize-chars.ts: one table lookup per character for the first
 * SHORT_RUN characters of a run, then one regular-expression search for the rest of a longer run)
 * and hands that character to its rule in RULES. The rules live by construct: tokenize-brackets.ts (braces,
 * `[[ ]]`, `-{ }-`, headings, `|`, `=`), tokenize-tags.ts (`<`: tags, include control),
 * tokenize-comments.ts; they share the state in tokenize-state.ts and build parts with
 * tokenize-parts.ts.
 */
import {
  closeBraceRule,
  closeBracketRule,
  closeHeading,
  dashRule,
  equalsRule,
  lineStart,
  newlineRule,
  openRule,
  pipeRule,
} from './tokenize-brackets.js';
import { DASH, EQ, LBRACE, LBRACKET, LF, LT, PIPE, RBRACE, RBRACKET, SCAN_STOPS } from './tokenize-chars.js';
import { pushNode } from './tokenize-parts.js';
import { TokenizerState, type TokenRule } from './tokenize-state.js';
import { angleRule } from './tokenize-tags.js';
import type { PPNode, TokenizeOptions } from './tree.js';

export type { TokenizeOptions } from './tree.js';

/** The rule for each character the literal scan can stop at (every code with a bit in SCAN_STOPS). */
const RULES: Array<TokenRule | undefined> = new Array<TokenRule | undefined>(128).fill(undefined);
RULES[LF] = newlineRule;
RULES[PIPE] = pipeRule;
RULES[EQ] = equalsRule;
RULES[LT] = angleRule;
RULES[LBRACE] = openRule;
RULES[LBRACKET] = openRule;
RULES[DASH] = dashRule;
RULES[RBRACE] = closeBraceRule;
RULES[RBRACKET] = closeBracketRule;

/** How many characters the literal scan reads one by one before it hands the run to stopSearch. */
const SHORT_RUN = 32;

/** For each scan mask, a global search for the characters it stops at (each use sets lastIndex and reads it right away). */
const STOP_SEARCHES: Array<RegExp | undefined> = [];

function stopSearch(mask: number): RegExp {
  let re = STOP_SEARCHES[mask];
  if (re === undefined) {
    let cls = '';
    for (let c = 0; c < 128; c++) if ((SCAN_STOPS[c]! & mask) !== 0) cls += '\\x' + c.toString(16).padStart(2, '0');
    re = new RegExp(`[${cls}]`, 'g');
    STOP_SEARCHES[mask] = re;
  }
  return re;
}

/** Tokenize wikitext into the preprocessor tree. Never throws on any input. */
export function tokenize(text: string, opts: TokenizeOptions): PPNode[] {
  const st = new TokenizerState(text, opts);
  const len = st.len;
  for (;;) {
    if (st.findOnlyinclude && !skipToOnlyinclude(st)) break;
    if (st.fakeLineStart) {
      st.fakeLineStart = false;
      lineStart(st);
      continue;
    }
    // Literal run up to the next character that matters in the current state.
    const i = st.pos;
    const mask = st.scanMask;
    let j = i;
    // A short run by the table; past SHORT_RUN characters the rest of a long one (prose, CJK
    // above all) is searched by a regular expression in native code.
    const short = Math.min(len, i + SHORT_RUN);
    while (j < short) {
      const c = text.charCodeAt(j);
      if (c < 128 && (SCAN_STOPS[c]! & mask) !== 0) break;
      j++;
    }
    if (j === short && j < len) {
      const re = stopSearch(mask);
      re.lastIndex = j;
      j = re.test(text) ? re.lastIndex - 1 : len;
    }
    if (j > i) {
      st.takeSource(i, j);
      st.pos = j;
    }
    if (j >= len) {
      // A heading piece ends with its line; anything else still open is undone by finish().
      if (st.inHeading) {
        closeHeading(st);
        continue;
      }
      break;
    }
    const c = text.charCodeAt(j);
    RULES[c]!(st, c);
  }
  return st.finish();
}

/**
 * In `<onlyinclude>` mode, text up to the next `<onlyinclude>` (inclusive) is an ignore node.
 * Returns false when there is none: the rest of the text is ignored and tokenizing ends.
 */
function skipToOnlyinclude(st: TokenizerState): boolean {
  const text = st.text;
  const i = st.pos;
  const startPos = text.indexOf('<onlyinclude>', i);
  if (startPos < 0) {
    pushNode(st.accum, { type: 'ignore', raw: text.slice(i) });
    st.pos = st.len;
    return false;
  }
  const tagEnd = startPos + '<onlyinclude>'.length;
  pushNode(st.accum, { type: 'ignore', raw: text.slice(i, tagEnd) });
  st.pos = tagEnd;
  st.findOnlyinclude = false;
  return true;
}
