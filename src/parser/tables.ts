/**
 * Wiki tables, line by line as MediaWiki's handleTables reads them (each line trimmed first):
 * `{|` attrs, `|+` caption, `|-` row attrs, `|` / `!` cells with `||` (and `!!` after `!`) for more
 * cells on the line, `attrs | content` (unless the part before the `|` holds `[[` or `-{`),
 * continuation lines appended to the open cell (so cells can hold lists, paragraphs, nested
 * tables), `|}` closing with the rest of its line after the table. Text before the first cell
 * is placed before the table; an unclosed table ends with the text.
 */
import type { Block, Inline, Table, TableCell, TableRow } from '../ast/nodes.js';
import { parseAttributes } from './attributes.js';
import { parseBlocks } from './blocks.js';
import { inlineToBlocks } from './paragraphs.js';
import { type Finders, type InlineOptions, Mode, newFinders, runScanner } from './inline.js';
import { toInline } from './inline-flatten.js';
import { emptyStrings, MAX_NESTING, type State } from './state.js';
import { applyDeclaredWidth, declaredWidth } from './table-width.js';
import { attributeBar, htmlRowsEnd, isTrOpen, markedLine, simpleLine, skipSpaces, splitCells, tableStart, trimSpacesEnd } from './table-lines.js';

export { splitCells, tableStart } from './table-lines.js';

const PARA: InlineOptions = { mode: Mode.Para, inLink: false };

/** Deepest table nesting parsed as tables; deeper `{|` lines are text. */
const MAX_TABLE_DEPTH = 30;

/** A rowspan or colspan attribute's value: 1 unless a positive number, at most `max`. */
function spanValue(v: string | undefined, max: number): number {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

export function cellFields(attrs: Record<string, string>): Pick<TableCell, 'rowspan' | 'colspan' | 'align'> {
  let align: TableCell['align'] = null;
  const a = (attrs.align ?? '').trim().toLowerCase();
  if (a === 'left' || a === 'right' || a === 'center') align = a;
  else if (a === 'centre') align = 'center';
  const style = attrs.style;
  if (style) {
    const m = /(?:^|;)\s*text-align\s*:\s*(left|right|center|start|end)\b/i.exec(style);
    if (m) {
      const v = m[1]!.toLowerCase();
      align = v === 'start' ? 'left' : v === 'end' ? 'right' : (v as TableCell['align']);
    }
  }
  return { rowspan: spanValue(attrs.rowspan, 65534), colspan: spanValue(attrs.colspan, 1000), align };
}

/**
 * A table cell, always made by this one literal with all seven fields in the order the template
 * handlers' cells have: one hidden class for every cell. Spreading cellFields() into the literal
 * made the parser's cells a second class, and the writers' cell loops, optimised on one, were
 * deoptimised by the other ("wrong map"; docs/mirror-measurements.md, JIT warm-up).
 */
export function tableCell(header: boolean, attrs: Record<string, string>, children: Block[]): TableCell {
  const f = cellFields(attrs);
  return { type: 'tableCell', header, rowspan: f.rowspan, colspan: f.colspan, align: f.align, attrs, children };
}

interface CellBuilder {
  kind: 'td' | 'th' | 'caption';
  attrs: Record<string, string>;
  /** The content on the cell's own line, as a range of the source (start = -1 once consumed). */
  start: number;
  end: number;
  /** Continuation lines. */
  lines: string[];
  blocks: Block[];
}

export interface TableResult {
  blocks: Block[];
  /** Where parsing continues (start of the line after the table). */
  next: number;
  /** Text after `|}` on its line, to be read as paragraph text. */
  rest: [number, number] | null;
  /**
   * For an indented table (`:{|`), the innermost description's children, where that text goes:
   * MediaWiki closes the indent's `</dd></dl>` after the rest of the `|}` line, so it stands
   * beside the table in the description (definitionLists.txt, "with content following table").
   */
  restInto: Block[] | null;
}

/** What a cell's content is parsed with (one per table: the finders are made on first use). */
interface CellScan {
  readonly src: string;
  readonly st: State;
  finders: Finders | null;
}

/*
 * A module function, not a closure made per table: a closure's call site that had met only one
 * table's instance (the nested-table branch) was optimised for that instance and deoptimised
 * parseTable on the next table's ("wrong call target"; its embedded closure dying cost another,
 * "weak objects"), two of parseTable's four compilations in a cold round (docs/mirror-measurements.md).
 */
function cellContent(scan: CellScan, c: CellBuilder): Block[] {
  const { src, st } = scan;
  if (c.start >= 0 && c.lines.length === 0 && c.blocks.length === 0) {
    // The common cell: one line of inline content, parsed in place.
    const blocks = simpleLine(src, c.start, c.end) || markedLine(src, c.start, c.end)
      ? inlineBlocks(scan, c.start, c.end)
      : blocksOf(src.slice(c.start, c.end), st);
    c.blocks.push(...blocks);
    c.start = -1;
    return c.blocks;
  }
  if (c.start >= 0 && markedLine(src, c.start, c.end)) {
    // `| * a` then lines: the first line is text (see markedLine), the later ones blocks.
    c.blocks.push(...inlineBlocks(scan, c.start, c.end));
    c.start = -1;
  }
  if (c.start >= 0 || c.lines.length > 0) {
    // The cell's first line is not joined with the lines after it (MediaWiki gives only the
    // later lines a paragraph), so they are parsed as separate blocks.
    const first = c.start >= 0 ? src.slice(c.start, c.end) : null;
    const text = first === null ? c.lines.join('\n') : c.lines.length > 0 ? first + '\n\n' + c.lines.join('\n') : first;
    c.blocks.push(...blocksOf(text, st));
    c.lines = emptyStrings();
    c.start = -1;
  }
  return c.blocks;
}

/**
 * The row and cell a table is building. finishCell and finishRow take it explicitly rather than
 * being closures made per table: V8 holds a closure's optimised code weakly, so per-table closures
 * lost it at every full GC and were compiled again.
 */
interface OpenRow {
  readonly table: Table;
  row: TableRow | null;
  cell: CellBuilder | null;
  readonly scan: CellScan;
}

function finishCell(building: OpenRow): void {
  const c = building.cell;
  if (!c) return;
  building.cell = null;
  const { table, scan } = building;
  if (c.kind === 'caption') {
    const text = (c.start >= 0 ? [scan.src.slice(c.start, c.end), ...c.lines] : c.lines).join('\n');
    const inline = toInline(runScanner(text, 0, text.length, scan.st, PARA));
    // A second `|+` is a second <caption> in MediaWiki's HTML, and the browser shows both:
    // one caption here, the parts on lines of their own.
    if (table.caption === null || showsNothing(table.caption)) table.caption = inline;
    else if (!showsNothing(inline)) table.caption.push({ type: 'break' }, ...inline);
    return;
  }
  building.row ??= { type: 'tableRow', attrs: {}, cells: [] };
  building.row.cells.push(tableCell(c.kind === 'th', c.attrs, cellContent(scan, c)));
}

function finishRow(building: OpenRow): void {
  finishCell(building);
  if (building.row && building.row.cells.length > 0) building.table.rows.push(building.row);
  building.row = null;
}

/**
 * Parse a table whose `{|` line starts at `s`. With `implicit`, line `s` is a template call that
 * opened the table (`{{start box}}` and friends, not expanded): it carries no attributes, and
 * the table also ends at the first line that is not table syntax.
 */
export function parseTable(src: string, s: number, indent: number, st: State, depth: number, implicit = false): TableResult {
  const len = src.length;
  let eol = src.indexOf('\n', s);
  if (eol < 0) eol = len;
  const open = implicit ? -1 : src.indexOf('{|', s);
  const attrText = implicit ? '' : src.slice(open + 2, eol);
  const table: Table = { type: 'table', attrs: parseAttributes(attrText), caption: null, rows: [] };
  const before: Block[] = [];
  const beforeLines = emptyStrings();
  /** A `|-` line was seen: MediaWiki then adds no filler cell (tables.txt "Fostered content in tables"). */
  let sawRowLine = false;
  /*
   * A nested table closed outside any cell: MediaWiki's paragraph pass no longer counts the lines
   * after its </table> as inside a block element, so blank lines among them part paragraphs
   * (pWrapping.txt "Paragraph wrapping following unclosed table"). Before it, the text after
   * `<table>` is not wrapped and a blank line parts nothing.
   */
  let beforeParagraphs = false;
  /*
   * A table start outside any cell closes this table in HTML's tree building (a <table> start tag
   * in table mode pops the open table), so that table and whatever this table's syntax fosters
   * after it follow this one instead of standing before it; MediaWiki's filler row for a table
   * without rows then lands outside any table and shows nothing (parserTests "Templates with
   * intersecting and overlapping ranges", tables.txt "A table with stray table end tags on start
   * tag line"). Null until that happens.
   */
  let after: Block[] | null = null;
  const scan: CellScan = { src, st, finders: null };
  const building: OpenRow = { table, row: null, cell: null, scan };
  const flushBefore = (): void => {
    if (beforeLines.length > 0) {
      (after ?? before).push(...blocksOf(beforeLines.join('\n'), st));
      beforeLines.length = 0;
    }
  };

  let pos = eol + 1;
  let rest: [number, number] | null = null;
  while (pos <= len) {
    let e = src.indexOf('\n', pos);
    if (e < 0) e = len;
    const ts = skipSpaces(src, pos, e);
    const te = trimSpacesEnd(src, ts, e);
    const c0 = src.charCodeAt(ts);
    const c1 = ts + 1 < te ? src.charCodeAt(ts + 1) : -1;
    if (ts === te) {
      if (building.cell) addLine(building.cell.lines, '');
      else if (beforeParagraphs && beforeLines.length > 0) addLine(beforeLines, '');
      pos = e + 1;
      continue;
    }
    const nested = tableStart(src, pos, e);
    if (nested && depth + 1 < MAX_TABLE_DEPTH && st.depth < MAX_NESTING) {
      let target: Block[];
      if (building.cell && building.cell.kind !== 'caption') {
        target = cellContent(scan, building.cell);
      } else {
        finishRow(building);
        flushBefore();
        after ??= [];
        target = after;
        beforeParagraphs = true;
      }
      // parseTable wraps an indented table in its description lists itself.
      const inner = parseTable(src, pos, nested.indent, st, depth + 1);
      if (inner.rest && inner.restInto) inner.restInto.push(...restBlocks(scan, inner.rest));
      target.push(...inner.blocks);
      if (inner.rest && !inner.restInto) {
        const text = src.slice(inner.rest[0], inner.rest[1]);
        if (building.cell) addLine(building.cell.lines, text);
        else addLine(beforeLines, text);
      }
      pos = inner.next;
      continue;
    }
    if (c0 === 60 && isTrOpen(src, ts, te)) {
      // An HTML row (often from a row template) inside wikitext table syntax: MediaWiki's tree
      // builder makes it a row of this table, closing any open cell (tables.txt "mixed syntax").
      const stop = htmlRowsEnd(src, pos, len);
      const parsed = stop < 0 ? [] : blocksOf('<table>\n' + src.slice(ts, stop) + '\n</table>', st);
      if (parsed.length === 1 && parsed[0]!.type === 'table') {
        finishRow(building);
        sawRowLine = true;
        table.rows.push(...parsed[0].rows);
        pos = stop + 1;
        continue;
      }
    }
    if (c0 === 124 && c1 === 125) {
      // |} ends the table; the rest of the line follows it.
      finishRow(building);
      if (ts + 2 < te) rest = [ts + 2, te];
      pos = e + 1;
      return done();
    }
    if (c0 === 124 && c1 === 45) {
      finishRow(building);
      sawRowLine = true;
      let a = ts + 1;
      while (a < te && src.charCodeAt(a) === 45) a++;
      building.row = { type: 'tableRow', attrs: parseAttributes(src.slice(a, te)), cells: [] };
      pos = e + 1;
      continue;
    }
    if (c0 === 124 || c0 === 33) {
      const caption = c0 === 124 && c1 === 43;
      finishCell(building);
      const kind: CellBuilder['kind'] = caption ? 'caption' : c0 === 33 ? 'th' : 'td';
      const parts = splitCells(src, caption ? ts + 2 : ts + 1, te, c0 === 33);
      for (let i = 0; i < parts.length; i += 2) {
        finishCell(building);
        building.cell = makeCell(kind, src, parts[i]!, parts[i + 1]!);
      }
      pos = e + 1;
      continue;
    }
    // A content line: continues the open cell, or stands before the table.
    if (implicit) break; // an implied table ends where its row syntax does
    const text = src.slice(pos, e);
    if (building.cell) addLine(building.cell.lines, text);
    else addLine(beforeLines, text);
    pos = e + 1;
  }
  finishRow(building);
  if (!implicit || pos > len) pos = len + 1;
  return done();

  function done(): TableResult {
    finishRow(building);
    flushBefore();
    applyDeclaredWidth(table, declaredWidth(attrText));
    // MediaWiki gives a table without rows one empty cell; one whose `|-` rows stayed empty has
    // nothing to show (its empty <tr>s are dropped), unless it has a caption.
    if (table.rows.length === 0 && (sawRowLine || after) && !table.caption) return { blocks: [...before, ...(after ?? [])], next: pos, rest, restInto: null };
    if (table.rows.length === 0) {
      table.rows.push({ type: 'tableRow', attrs: {}, cells: [{ type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [] }] });
    }
    const wrapped = wrapIndent([table], indent);
    const blocks = after ? [...before, ...wrapped, ...after] : [...before, ...wrapped];
    return { blocks, next: pos, rest, restInto: indent > 0 ? innermostChildren(wrapped[0]!, indent) : null };
  }
}

/** The text after an indented table's `|}`, as the blocks that follow the table in its description. */
export function restBlocks(scan: { src: string; st: State; finders: Finders | null }, rest: [number, number]): Block[] {
  return inlineBlocks(scan, rest[0], rest[1]);
}

/** `src[start, end)` as one run of inline content, made into paragraphs (marked plain when it is). */
function inlineBlocks(scan: { src: string; st: State; finders: Finders | null }, start: number, end: number): Block[] {
  const made = scan.st.specialNodes();
  const inline = runScanner(scan.src, start, end, scan.st, PARA, (scan.finders ??= newFinders()));
  return inlineToBlocks(inline, scan.st.plainSince(made));
}

/**
 * The one push every list of source lines goes through, each list made by emptyStrings. The lines
 * standing before a table (a content line outside any cell) are rare: their push met its first
 * line, or a list of another kind, long after parseTable was optimised, and deoptimised it
 * ("insufficient type feedback", "wrong map", "not a Smi"); shared with the cells' lines, the push
 * has its feedback from the first table on.
 */
function addLine(lines: string[], line: string): void {
  lines.push(line);
}

function makeCell(kind: CellBuilder['kind'], src: string, from: number, to: number): CellBuilder {
  let attrs: Record<string, string> = {};
  let start = from;
  const bar = attributeBar(src, from, to);
  if (bar >= 0) {
    const head = src.slice(from, bar);
    // `-{` counts on every wiki, not only those with variants: handleTables tests for it whatever
    // the content language (T153140), so on ja the cell keeps `-{y}- | z` whole as text.
    if (!head.includes('[[') && !head.includes('-{')) {
      attrs = parseAttributes(head);
      start = bar + 1;
    }
  }
  start = skipSpaces(src, start, to);
  return { kind, attrs, start, end: trimSpacesEnd(src, start, to), lines: emptyStrings(), blocks: [] };
}

/** An empty or all-blank caption. */
function showsNothing(inline: readonly Inline[]): boolean {
  for (const n of inline) if (n.type !== 'text' || n.value.trim() !== '') return false;
  return true;
}

function blocksOf(text: string, st: State): Block[] {
  if (text.trim() === '') return [];
  st.depth++;
  try {
    return parseBlocks(text, st);
  } finally {
    st.depth--;
  }
}

/** The children of the innermost description of wrapIndent's `depth` lists. */
function innermostChildren(block: Block, depth: number): Block[] {
  let children: Block[] = [block];
  for (let i = 0; i < depth; i++) {
    const b = children[0]!;
    const dd = b.type === 'definitionList' ? b.items[0] : undefined;
    if (dd?.type !== 'definitionDescription') break;
    children = dd.children;
  }
  return children;
}

/** `:{|` indents a table inside description lists, one per colon. */
function wrapIndent(blocks: Block[], indent: number): Block[] {
  let out = blocks;
  for (let i = 0; i < indent; i++) out = [{ type: 'definitionList', items: [{ type: 'definitionDescription', children: out }] }];
  return out;
}
