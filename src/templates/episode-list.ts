/**
 * `{{Episode list}}`'s built-in body and the pass that places its rows. The body writes table rows,
 * which are right only inside the `{|` table an episode page opens; a body cannot know where it
 * stands, so it wraps its rows in two sentinels and `placeEpisodeRows` (run on the preprocessor's
 * output) decides: inside a table the rows stay as they are, outside one they become a table of
 * their own, and a call that gives no column prints nothing (it printed "|- | 1 … | 试播" and "\|-").
 * The sentinels hold the strip-marker character, which every page and dump template loses before
 * expansion and only built-in bodies keep (as the table width marks do, parser/table-width.ts), so
 * a page cannot write them; they are no marker the parser reads (not a base-36 index).
 */
import { MARKER_CHAR, type Marker } from '../preprocess/markers.js';

/** The template's name as calls are counted (the built-in body's name, the placement pass's gate). */
export const EPISODE_LIST = 'Episode list';
/** Opens and closes one call's rows in the expanded text. */
export const EPISODE_OPEN = MARKER_CHAR + 'episode<' + MARKER_CHAR;
export const EPISODE_CLOSE = MARKER_CHAR + 'episode>' + MARKER_CHAR;
/** Stands for the number of cells the episode's row has, in the summary row's colspan. */
const CELL_COUNT = MARKER_CHAR + 'episode#' + MARKER_CHAR;
/** Any of the three, to remove those a call inside another's parameters leaves. */
const ANY_SENTINEL = /\x7fepisode[<>#]\x7f/g;
const EDGES = /\x7fepisode[<>]\x7f/g;

/**
 * One episode as a row of the episode table (`{| … ! 集数 !! 标题 …` then one `{{Episode list|…}}`
 * per episode): a cell for each column parameter the call gives, even empty, in enwiki's column
 * order (the table's headings follow it), the alternative title under the title. `ShortSummary`
 * is a row of its own under the episode, one cell across the row's columns, as enwiki's documented
 * template prints it; `LineColor` and the like are no cells. Worded from enwiki's documented
 * columns; zhwiki's own template is in no stored copy (zh 美丽人生 (美国电视剧): each episode was a
 * box of its own after an empty table).
 */
export function episodeListBody(): string {
  // A parser function's branch is trimmed, so each cell's line break stands outside it (an empty
  // line where a column is not given is nothing in a table).
  const cell = (p: string, extra = '') => `\n{{#ifeq:{{{${p}|+}}}|{{{${p}|-}}}|{{!}} {{{${p}}}}${extra}}}`;
  const summary = '\n{{#if:{{{ShortSummary|}}}|{{!}}-}}'
    + `\n{{#if:{{{ShortSummary|}}}|{{!}} colspan="${CELL_COUNT}" {{!}} {{{ShortSummary}}}}}`;
  return EPISODE_OPEN + '\n|-' + [
    cell('EpisodeNumber'), cell('EpisodeNumber2'),
    cell('Title', '{{#if:{{{RTitle|}}}|{{{RTitle}}}}}{{#if:{{{AltTitle|}}}|<br />{{{AltTitle}}}}}'),
    cell('Aux1'), cell('DirectedBy'), cell('WrittenBy'), cell('Aux2'), cell('Aux3'), cell('OriginalAirDate'), cell('AltDate'),
    cell('ProdCode'), cell('Viewers'), cell('Aux4'),
  ].join('') + summary + EPISODE_CLOSE;
}

/** The template's name as calls are counted. */
export const EPISODE_TABLE = 'Episode table';

/**
 * Episode table's column parameters in the order `{{Episode list}}` writes its cells, each with its
 * default heading text. Columns and order as enwiki's Module:Episode table documents them; the
 * heading texts are Chinese renderings of enwiki's (zhwiki's module is in no stored copy, so its own
 * words are not known).
 */
const EPISODE_TABLE_COLUMNS: ReadonlyArray<readonly [param: string, heading: string]> = [
  ['overall', '总集数'], ['season', '季集数'], ['series', '集数'], ['title', '标题'], ['aux1', ''],
  ['director', '导演'], ['writer', '编剧'], ['aux2', ''], ['aux3', ''], ['airdate', '首播日期'], ['altdate', ''],
  ['prodcode', '制作代码'], ['viewers', '观众人数（百万）'], ['aux4', ''],
];

/**
 * `{{Episode table|overall=|season=|title=|director=|…|episodes={{Episode list|…}}…}}`, the usual
 * wrapper of the rows: the table with a heading for each column parameter given (its value is a
 * width, so an empty one counts), in the order `{{Episode list}}` writes its cells, the heading
 * text from the column's `…T` parameter when given (`titleT=片名`), then the rows. Each heading
 * line opens with an empty attribute part (`! | …`), so a `|` in the text (`titleT=名{{!}}称`) is text.
 */
export function episodeTableBody(): string {
  // A branch is trimmed: each line break stands outside it (an empty line is nothing in a table).
  const given = (p: string, then: string) => `\n{{#ifeq:{{{${p}|+}}}|{{{${p}|-}}}|${then}}}`;
  const head = (p: string, label: string) => given(p, `! {{!}} {{{${p}T|${label}}}}`);
  return '{| class="wikitable"' + given('caption', '{{!}}+ {{{caption}}}') + '\n|-'
    + EPISODE_TABLE_COLUMNS.map(([p, label]) => head(p, label)).join('') + '\n{{{episodes|}}}\n|}';
}

/**
 * The same table from the calling template's arguments, for `{{#invoke:Episode table|main}}` (what
 * zhwiki's Template:Episode table holds, so a dump carrying it prints the table too): `arg` gives
 * a parameter of the call, undefined when not given.
 */
export function episodeTableText(arg: (name: string) => string | undefined): string {
  const caption = arg('caption');
  let out = '{| class="wikitable"' + (caption === undefined ? '' : '\n|+ ' + caption.trim()) + '\n|-';
  for (const [p, label] of EPISODE_TABLE_COLUMNS) if (arg(p) !== undefined) out += '\n! | ' + (arg(p + 'T') ?? label).trim();
  return out + '\n' + (arg('episodes') ?? '') + '\n|}';
}

/** Table depth after the given lines: `{|` opens (after any `:` indent), `|}` closes. */
function depthAfter(text: string, from: number, to: number, lineStart: boolean, depth: number): number {
  let i = from;
  if (!lineStart) {
    const nl = text.indexOf('\n', i);
    if (nl < 0 || nl >= to) return depth;
    i = nl + 1;
  }
  while (i < to) {
    let j = i;
    while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === ':')) j++;
    if (text.startsWith('{|', j)) depth++;
    else if (text.startsWith('|}', j) && depth > 0) depth--;
    const nl = text.indexOf('\n', i);
    if (nl < 0 || nl >= to) break;
    i = nl + 1;
  }
  return depth;
}

/** The rows of one call, placed for where they stand (see the file's comment). */
function placed(rows: string, inTable: boolean, atLineStart: boolean): string {
  const lines = rows.split('\n');
  // The episode's own row: the cells up to the summary row's `|-` (or the end).
  let cells = 0;
  for (let k = lines.indexOf('|-') + 1; k > 0 && k < lines.length && !lines[k].startsWith('|-'); k++) if (lines[k].startsWith('|')) cells++;
  if (cells === 0) return inTable ? rows.split(CELL_COUNT).join('1') : '';
  const out = rows.split(CELL_COUNT).join(String(cells));
  if (inTable) return out;
  return (atLineStart ? '' : '\n') + '{| class="wikitable"' + out + '\n|}\n';
}

/** The cells as one line of text, ` · ` between them, the summary's span dropped. */
function rowText(rows: string): string {
  const cells: string[] = [];
  for (const line of rows.split('\n')) {
    if (!line.startsWith('|') || line.startsWith('|-')) continue;
    cells.push(line.slice(1).replace(/^\s*colspan="[^"]*"\s*\|/, '').trim());
  }
  return cells.join(' · ');
}

/**
 * Places every `{{Episode list}}` call's rows in the preprocessor's output (see the file's comment);
 * `asText`: a call outside a table becomes one line of text instead of a table.
 */
export function placeEpisodeRows(text: string, asText = false): string {
  if (text.indexOf(EPISODE_OPEN) < 0) return text.indexOf(MARKER_CHAR + 'episode') < 0 ? text : text.replace(ANY_SENTINEL, '');
  const parts: string[] = [];
  let pos = 0;
  let depth = 0;
  // Whether the output so far ends a line (or is empty).
  let atLineStart = true;
  for (let s = text.indexOf(EPISODE_OPEN); s >= 0; s = text.indexOf(EPISODE_OPEN, pos)) {
    depth = depthAfter(text, pos, s, atLineStart, depth);
    if (s > pos) {
      parts.push(text.slice(pos, s));
      atLineStart = text[s - 1] === '\n';
    }
    const e = text.indexOf(EPISODE_CLOSE, s + EPISODE_OPEN.length);
    const end = e < 0 ? text.length : e;
    // A call inside another's parameters leaves its own sentinels inside; they mark nothing here.
    const body = text.slice(s + EPISODE_OPEN.length, end).replace(EDGES, '');
    const rows: string = asText && depth === 0 ? rowText(body) : placed(body, depth > 0, atLineStart);
    parts.push(rows);
    if (rows.length > 0) atLineStart = rows.endsWith('\n');
    pos = e < 0 ? text.length : e + EPISODE_CLOSE.length;
  }
  parts.push(text.slice(pos));
  return parts.join('').replace(ANY_SENTINEL, '');
}

/**
 * The same in a call's expanded parameters and an extension tag's text (`<ref>`, a handler's
 * `{{lang|ja|…}}`), which reach the parser apart from the page's text: each is placed on its own.
 */
export function placeEpisodeRowsInMarkers(markers: Marker[]): void {
  const has = (s: string) => s.indexOf(MARKER_CHAR + 'episode') >= 0;
  for (const m of markers) {
    if (m.kind === 'template') {
      // A parameter may be shown inline (`{{lang|ja|…}}`), where no table can stand: the row as text.
      for (const [k, v] of m.call.args) if (has(v)) m.call.args.set(k, placeEpisodeRows(v, true));
    } else if (m.kind === 'extension' && m.inner !== null && has(m.inner)) {
      m.inner = placeEpisodeRows(m.inner);
    }
  }
}
