/**
 * Inline wrapper templates (`{{lang|ja|…}}`, `{{nowrap|…}}`, `{{small|…}}`, colours) whose text runs
 * over list lines: `* {{lang|ja|A\n* B}}`. MediaWiki expands the call first, so its output's
 * `\n* B` stands at a line start of the page and opens an item at the page's level; the wrapping
 * element is closed by the list item and, for a formatting tag like `<small>`, reopened by the
 * tree builder in the next one. A call is one marker here, so such a call is cut at its
 * argument's line breaks into one call per line, each line's list prefix left outside, in the
 * page's text: `{{lang|ja|A}}\n* {{lang|ja|B}}`. The lines then take part in the page's lists as
 * MediaWiki's do. Arguments holding table lines keep the handler's blocks (a table cannot be cut
 * by lines); so do calls with list lines in more than one argument. A wrapper that prints a label
 * before its text (`{{lang-ja|A\n* B}}`: "日语：A") prints it on the first line only: the lines after
 * it are calls its `wrapperRest` trait makes (the bare `{{lang|ja|B}}`); a blank first line is a
 * call marked `wrapperHead`, which prints the label alone. What such a wrapper prints after its
 * whole text (the arguments `tailKeys` names: `translit=`) follows the last line, on a line of its
 * own, in a call marked `wrapperTail`.
 */
import type { TemplateCall } from '../templates/types.js';
import { readMarker, type Marker } from './markers.js';

/** Whether `v` has a line starting with a list character (`*`, `#`, `:`, `;`). */
function hasListLine(v: string): boolean {
  for (let i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
    const c = v.charCodeAt(i + 1);
    if (c === 42 || c === 35 || c === 58 || c === 59) return true;
  }
  return false;
}

/** Whether `v` has a line opening or closing a wikitext table (its rows cannot be cut apart). */
function hasTableLine(v: string): boolean {
  for (let i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (v.charCodeAt(j) === 32 || v.charCodeAt(j) === 9) j++;
    const c = v.charCodeAt(j);
    const d = v.charCodeAt(j + 1);
    if ((c === 123 && d === 124) || (c === 124 && d === 125)) return true;
  }
  return false;
}

/** Length of the list prefix (`*#:;` run, with the blanks after it) at the start of `line`; 0 for none. */
function prefixLength(line: string): number {
  let n = 0;
  for (; n < line.length; n++) {
    const c = line.charCodeAt(n);
    if (c !== 42 && c !== 35 && c !== 58 && c !== 59) break;
  }
  if (n > 0) while (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9) n++;
  return n;
}

/**
 * The page text for a wrapper call whose argument has list lines: one marker per non-blank line
 * (made by `add`), joined by the line breaks and list prefixes. Null when the call stays whole.
 */
export function splitWrapperLines(
  call: TemplateCall,
  add: (piece: TemplateCall, first: boolean) => string,
  rest?: (piece: TemplateCall, key: string) => TemplateCall,
  tailKeys?: readonly string[],
): string | null {
  let key: string | null = null;
  for (const [k, v] of call.args) {
    if (v.indexOf('\n') < 0 || !hasListLine(v)) continue;
    if (key !== null) return null;
    key = k;
  }
  if (key === null) return null;
  const value = call.args.get(key)!;
  if (hasTableLine(value)) return null;
  // Arguments printed after the whole text leave the first line's call for one after the last.
  const tail = new Map<string, string>();
  if (rest && tailKeys) {
    for (const k of tailKeys) {
      const v = call.args.get(k);
      if (k !== key && v !== undefined && v.trim() !== '') tail.set(k, v);
    }
  }
  const head = tail.size === 0 ? call.args : new Map([...call.args].filter(([k]) => !tail.has(k)));
  let out = '';
  let start = 0;
  let first = true;
  while (start <= value.length) {
    let end = value.indexOf('\n', start);
    if (end < 0) end = value.length;
    let line = value.slice(start, end);
    let lineStart = call.lineStart;
    if (!first) {
      out += '\n';
      const n = prefixLength(line);
      out += line.slice(0, n);
      line = line.slice(n);
      lineStart = n === 0;
    }
    if (line.trim() !== '') {
      const args = new Map(head);
      args.set(key, line);
      const piece = { ...call, args, lineStart };
      out += add(first || !rest ? piece : rest(piece, key), first);
    } else if (first && rest) {
      // A blank first line (`{{lang-ja|\n* 乙}}`): the label still stands where the call does.
      const args = new Map(head);
      args.set(key, '');
      out += add({ ...call, args, lineStart, wrapperHead: true }, first);
    }
    first = false;
    start = end + 1;
    if (end === value.length) break;
  }
  if (tail.size > 0) out += '\n' + add({ ...call, args: tail, lineStart: true, wrapperTail: true }, false);
  return out;
}

/**
 * A wrapper call whose text holds display maths (`{{nowrap|a <math display="block">x</math> b}}`):
 * MediaWiki's maths is a block inside the wrapper's inline element, so the page shows "a", the
 * formula on its own line, then "b". The call is cut around each such marker (`isBlock` tells
 * them): one call for the text before, the marker itself in the page's text, one for the text
 * after, so the parser sets the maths apart as it does in a `<span>`. Null when nothing to cut (no
 * such marker, or markers in more than one argument), and when a marker stands inside a link, an
 * external link, bold or italics, or an HTML element opened before it in the argument: a cut would
 * break that apart (`[[a|b <math…> c]]` would show as text), so the maths stays inline there. The
 * pieces after the first are made by `rest` when given (`{{lang-ja|a <math…> b}}` names the language once).
 */
export function splitAtBlockMaths(
  call: TemplateCall,
  isBlock: (marker: string) => boolean,
  add: (piece: TemplateCall) => string,
  rest?: (piece: TemplateCall, key: string) => TemplateCall,
): string | null {
  let key: string | null = null;
  let cuts: Array<[number, number]> = [];
  for (const [k, v] of call.args) {
    const found: Array<[number, number]> = [];
    for (let i = v.indexOf('\x7f'); i >= 0; i = v.indexOf('\x7f', i + 1)) {
      const close = v.indexOf('\x7f', i + 1);
      if (close < 0) break;
      if (isBlock(v.slice(i, close + 1))) {
        if (!atTopLevel(v.slice(0, i))) return null;
        found.push([i, close + 1]);
      }
      i = close;
    }
    if (found.length === 0) continue;
    if (key !== null) return null;
    key = k;
    cuts = found;
  }
  if (key === null) return null;
  const value = call.args.get(key)!;
  let out = '';
  let from = 0;
  let first = true;
  const piece = (text: string) => {
    const later = !first;
    first = false;
    if (text.trim() === '') return text;
    // The white space beside the maths (spaces, line breaks, U+3000: what a handler's trim takes)
    // stays outside the call, as text: in a link's label (the call cannot see one open around it)
    // "b x c" became "bxc".
    const lead = /^\s*/.exec(text)![0];
    const trail = /\s*$/.exec(text)![0];
    const args = new Map(call.args);
    args.set(key!, text.slice(lead.length, text.length - trail.length));
    const made = { ...call, args };
    return lead + add(later && rest ? rest(made, key!) : made) + trail;
  };
  for (const [s, e] of cuts) {
    out += piece(value.slice(from, s)) + value.slice(s, e);
    from = e;
  }
  return out + piece(value.slice(from));
}

/**
 * Elements with no closing tag: they open nothing a cut could break. Not ast/html.ts's VOID_TAGS
 * (the void tags MediaWiki allows): a void name MediaWiki shows as text (`<img>`) opens nothing
 * either, so any HTML void element name is skipped here.
 */
const VOID_TAGS = new Set(['br', 'hr', 'wbr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'source', 'track', 'param', 'embed']);

/**
 * Whether text ending at a cut leaves nothing open: no `[[` or `[` without its close, no bold or
 * italics toggled on in its last line (an odd count of `''`/`'''` runs; a line break ends them),
 * no HTML element left open. A lenient reading: anything doubtful counts as open.
 */
function atTopLevel(before: string): boolean {
  let links = 0;
  let brackets = 0;
  let bold = false;
  let italic = false;
  for (let i = 0; i < before.length; i++) {
    const c = before.charCodeAt(i);
    if (c === 10) {
      bold = italic = false;
    } else if (c === 91) {
      if (before.charCodeAt(i + 1) === 91) {
        links++;
        i++;
      } else brackets++;
    } else if (c === 93) {
      if (before.charCodeAt(i + 1) === 93 && links > 0) {
        links--;
        i++;
      } else if (brackets > 0) brackets--;
    } else if (c === 39 && before.charCodeAt(i + 1) === 39) {
      let n = 2;
      while (before.charCodeAt(i + n) === 39) n++;
      i += n - 1;
      if (n === 2) italic = !italic;
      else if (n === 3 || n === 4) bold = !bold;
      else {
        bold = !bold;
        italic = !italic;
      }
    }
  }
  if (links > 0 || brackets > 0 || bold || italic) return false;
  const open = new Map<string, number>();
  for (const m of before.matchAll(/<(\/?)([A-Za-z][\w-]*)\b[^<>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (m[3] === '/' || VOID_TAGS.has(name)) continue;
    open.set(name, (open.get(name) ?? 0) + (m[1] === '/' ? -1 : 1));
  }
  for (const n of open.values()) if (n > 0) return false;
  return true;
}

/** Whether a marker's text stands for display maths (`display="block"` as parser/extensions.ts reads it). */
function blockMathsTest(markers: readonly Marker[]): (marker: string) => boolean {
  return (marker) => {
    const r = readMarker(marker, 0);
    const m = r === null ? undefined : markers[r.index];
    return m?.kind === 'extension' && (m.name === 'math' || m.name === 'chem' || m.name === 'ce') && (m.attrs.display ?? '').trim() === 'block';
  };
}

/**
 * A wrapper call cut at its list lines, and each line (or the whole call) at its display maths;
 * null when the call stays whole. `add` stores one piece and gives its marker text.
 */
export function splitWrapperCall(
  call: TemplateCall,
  markers: readonly Marker[],
  add: (piece: TemplateCall) => string,
  rest?: (piece: TemplateCall, key: string) => TemplateCall,
  tailKeys?: readonly string[],
): string | null {
  const isBlock = blockMathsTest(markers);
  // A line after the first is already the bare call `rest` makes: its own pieces need no `rest`.
  const line = (piece: TemplateCall, first: boolean) => splitAtBlockMaths(piece, isBlock, add, first ? rest : undefined) ?? add(piece);
  return splitWrapperLines(call, line, rest, tailKeys) ?? splitAtBlockMaths(call, isBlock, add, rest);
}
