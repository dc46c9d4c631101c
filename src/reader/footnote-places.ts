/**
 * Footnotes where the page writes them. The writer puts each note's definition where the wiki's
 * `<references/>` stood, under its heading (`## 注释`, `## 参考资料`, `### 出典`…); markdown-it-footnote,
 * like GitHub, gathers every note into one list at the very end of the page, which left those
 * headings empty and the notes below everything else. Here each run of definitions becomes its
 * own list at its place, numbered as the markers in the text are ([2] → item 2). Notes defined
 * elsewhere (inside a list or a quote, or inline) stay in the list at the end.
 */
import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

interface Place {
  /** Index, among the tokens footnote_tail keeps, before which the run stood. */
  at: number;
  labels: string[];
}

interface Env {
  /** markdown-it-footnote's: `refs` once the page defines a note. */
  footnotes?: { refs?: object };
  footnotePlaces?: Place[];
}

/** Before footnote_tail takes the definitions out: where each run of top-level ones stands. */
function notePlaces(state: StateCore): void {
  // No definition, no footnote_reference tokens: nothing to walk.
  if ((state.env as Env).footnotes?.refs === undefined) return;
  const places: Place[] = [];
  let kept = 0;
  let depth = 0;
  for (const token of state.tokens) {
    if (token.type === 'footnote_reference_open') {
      if (depth++ === 0 && token.level === 0) {
        const last = places.at(-1);
        if (last && last.at === kept) last.labels.push((token.meta as { label: string }).label);
        else places.push({ at: kept, labels: [(token.meta as { label: string }).label] });
      }
    } else if (token.type === 'footnote_reference_close') depth--;
    else if (depth === 0) kept++;
  }
  (state.env as Env).footnotePlaces = places;
}

/** After footnote_tail built the list at the end: its items moved to their places. */
function placeNotes(state: StateCore): void {
  const places = (state.env as Env).footnotePlaces;
  if (places === undefined || places.length === 0) return;
  const tokens = state.tokens;
  // footnote_tail appended the list after the page's own tokens: look for it from the end.
  let blockOpen = tokens.length - 1;
  while (blockOpen >= 0 && tokens[blockOpen]!.type !== 'footnote_block_open') blockOpen--;
  if (blockOpen === -1) return;
  const byLabel = new Map<string, Token[]>();
  const others: Token[][] = [];
  let i = blockOpen + 1;
  while (tokens[i]?.type === 'footnote_open') {
    let j = i;
    while (tokens[j]!.type !== 'footnote_close') j++;
    const item = tokens.slice(i, j + 1);
    const label = (tokens[i]!.meta as { label?: string }).label;
    if (label !== undefined && !byLabel.has(label)) byLabel.set(label, item);
    else others.push(item);
    i = j + 1;
  }
  const main = tokens.slice(0, blockOpen);
  // Last place first, so the earlier indices still hold. A placed note leaves byLabel.
  for (let p = places.length - 1; p >= 0; p--) {
    const items: Token[][] = [];
    for (const label of places[p]!.labels) {
      const item = byLabel.get(label);
      if (item === undefined) continue;
      byLabel.delete(label);
      items.push(item);
    }
    if (items.length === 0) continue;
    items.sort(byNoteId);
    main.splice(places[p]!.at, 0, blockToken(state, 'footnote_block_open', 1, true), ...items.flat(), blockToken(state, 'footnote_block_close', -1, true));
  }
  const rest = [...byLabel.values(), ...others].sort(byNoteId);
  if (rest.length > 0) main.push(blockToken(state, 'footnote_block_open', 1, false), ...rest.flat(), blockToken(state, 'footnote_block_close', -1, false));
  state.tokens = main;
}

/** a, b, …, z, aa, ab, …: the wiki's letters for the citations of one note. */
export function citationLetter(n: number): string {
  let out = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

function noteId(item: Token[]): number {
  return (item[0]!.meta as { id: number }).id;
}

function byNoteId(a: Token[], b: Token[]): number {
  return noteId(a) - noteId(b);
}

/**
 * A list's open or close token. markdown-it-footnote makes these with meta null and its renderer
 * reads nothing from them; the meta here is ours, read by the footnote_block_open renderer below
 * (a list in place gets no rule above it).
 */
function blockToken(state: StateCore, type: string, nesting: 1 | -1, inPlace: boolean): Token {
  const token = new state.Token(type, '', nesting);
  token.meta = { inPlace };
  return token;
}

export function footnotesInPlace(md: MarkdownIt): void {
  md.core.ruler.before('footnote_tail', 'footnote_places', notePlaces);
  md.core.ruler.after('footnote_tail', 'footnote_in_place', placeNotes);
  // A list in place follows its own heading: no rule above it, as there is above the end list.
  const open = md.renderer.rules.footnote_block_open!;
  md.renderer.rules.footnote_block_open = (tokens, idx, options, env, self) =>
    (tokens[idx]!.meta as { inPlace?: boolean } | null)?.inPlace ? '<section class="footnotes">\n<ol class="footnotes-list">\n' : open(tokens, idx, options, env, self);
  // A note cited more than once links back to each citation by letter, as on the wiki
  // (↩︎ a b c); markdown-it-footnote's row of identical arrows cannot be told apart.
  const anchor = md.renderer.rules.footnote_anchor!;
  md.renderer.rules.footnote_anchor = (tokens, idx, options, env, self) => {
    const subId = (tokens[idx]!.meta as { subId: number }).subId;
    if (subId === 0 && tokens[idx + 1]?.type !== 'footnote_anchor') return anchor(tokens, idx, options, env, self);
    const link = `<sup>${anchor(tokens, idx, options, env, self).trimStart().replace(/>[^<]*<\/a>$/, `>${citationLetter(subId)}</a>`)}</sup>`;
    return subId === 0 ? ` \u21a9\uFE0E ${link}` : ` ${link}`;
  };
  // Items carry their number: a list in place may hold notes 2 and 5.
  const item = md.renderer.rules.footnote_open!;
  md.renderer.rules.footnote_open = (tokens, idx, options, env, self) =>
    item(tokens, idx, options, env, self).replace(/>$/, ` value="${(tokens[idx]!.meta as { id: number }).id + 1}">`);
}
