/**
 * `{{Infobox ship begin}}` `{{Infobox ship image}}` `{{Infobox ship career}}` (or `… class overview`)
 * `{{Infobox ship characteristics}}` `{{Infobox ship end}}`: on the wiki one table (begin opens
 * `{|`, each part adds rows, end closes it). Each part is a call of its own, so each makes a box
 * of its own here; this pass joins a run of part boxes, standing next to each other in one list of
 * blocks (the page's, or any block's: a table cell, a div, a quotation, a list item, a definition, a
 * footnote), with nothing a reader sees between them (blank paragraphs: the calls' line ends,
 * comments, dropped calls), into one box: the first part's heading, every part's pictures and rows
 * in the page's order. `{{Infobox ship begin}}` and `{{Infobox ship end}}` leave a mark (on every
 * wiki); one between two parts closes one ship's box and opens the next one's, and every mark is
 * removed, wherever it stands.
 */
import type { Block, Document, Infobox, Inline, Node } from '../ast/nodes.js';
import { walk } from '../ast/walk.js';
import { trimEdges } from '../parser/paragraphs.js';
import { isShipBound } from '../templates/handlers/infobox-ship.js';

// `class overview` (a class article's builders, operators, counts) is a part of the same table:
// 綠洲級郵輪 writes begin, image, class overview, characteristics, then `|}`.
const PART = /^infobox[ _]+ship[ _]+(image|career|characteristics|class[ _]+overview)\s*$/i;
/** A template name of the ship family: a page calling none has nothing for this pass. */
const FAMILY = /^infobox[ _]+ship[ _]/i;

/** Whether the page called a template of the family (unknown without `templates`: walked). */
function mayHoldShips(templates: Readonly<Record<string, number>> | undefined): boolean {
  return !templates || Object.keys(templates).some((name) => FAMILY.test(name));
}

function isPart(b: Block): b is Infobox {
  return b.type === 'infobox' && PART.test(b.name.trim());
}

/** Inline nodes showing nothing: whitespace text, line ends, dropped calls, begin/end marks. */
function isBlank(n: Inline): boolean {
  return n.type === 'dropped' || n.type === 'break' || isShipBound(n) || (n.type === 'text' && n.value.trim() === '');
}

/** A paragraph holding nothing a reader sees: whitespace text, dropped calls, begin/end marks. */
function isGap(b: Block): boolean {
  return b.type === 'paragraph' && b.children.every(isBlank);
}

/**
 * A paragraph holding nothing a reader sees and a `{{Infobox ship begin}}` or `{{Infobox ship
 * end}}` mark (templates/handlers/infobox-ship.ts): one ship's box ends there.
 */
function isBound(b: Block): boolean {
  return isGap(b) && (b as { children: Inline[] }).children.some(isShipBound);
}

/**
 * The blocks with each run of parts joined (only with `join`) and the paragraphs holding nothing
 * but begin/end marks removed, or the same array when there is nothing to do.
 */
function mergeRuns(blocks: Block[], join: boolean): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (isBound(b)) {
      out ??= blocks.slice(0, i);
      continue;
    }
    if (!join || !isPart(b)) {
      out?.push(b);
      continue;
    }
    const parts: Infobox[] = [b];
    let j = i + 1;
    for (;;) {
      let k = j;
      let bound = false;
      for (; k < blocks.length && (isGap(blocks[k]!) || isBound(blocks[k]!)); k++) if (isBound(blocks[k]!)) bound = true;
      if (!bound && k < blocks.length && isPart(blocks[k]!)) {
        parts.push(blocks[k] as Infobox);
        j = k + 1;
      } else break;
    }
    if (parts.length === 1) {
      out?.push(b);
      continue;
    }
    out ??= blocks.slice(0, i);
    out.push({
      type: 'infobox',
      name: 'Infobox ship',
      title: b.title,
      images: parts.flatMap((p) => p.images),
      rows: parts.flatMap((p) => p.rows),
    });
    // The gaps between the parts go with them; those after the last part stay.
    i = j - 1;
  }
  return out ?? blocks;
}

/**
 * `nodes` without the begin/end marks; where one stood between two spaces, the second goes (the
 * sentence reads as it did with the call dropped). The same array when it holds none.
 */
function withoutMarks(nodes: Inline[], trim: boolean): Inline[] {
  if (!nodes.some((n) => isShipBound(n) || markedCode(n))) return nodes;
  const out: Inline[] = [];
  let cut = false;
  for (let n of nodes) {
    if (isShipBound(n)) {
      cut = true;
      continue;
    }
    if (markedCode(n)) {
      const freed = freeCode(n as Inline & { type: 'htmlInline' });
      if (!freed) continue;
      n = freed;
    }
    const prev = out[out.length - 1];
    if (cut && n.type === 'text' && prev?.type === 'text' && /\s$/.test(prev.value)) out.push({ type: 'text', value: n.value.replace(/^\s+/, '') });
    else out.push(n);
    cut = false;
  }
  if (trim) trimEdges(out);
  return out;
}

/** A `<code>` or `<tt>` holding a begin/end mark among its own children. */
function markedCode(n: Inline): boolean {
  return n.type === 'htmlInline' && (n.tag === 'code' || n.tag === 'tt') && n.children.some(isShipBound);
}

/**
 * A `<code>` or `<tt>` without its marks, as the parser would have built it with the call dropped
 * (parser/build.ts): nothing when it is left empty, inline code when only text is left
 * (`<code>a{{Infobox ship end}}</code>` is `a` in backticks, as `<code>a</code>` is), else the tag.
 */
function freeCode(n: Inline & { type: 'htmlInline' }): Inline | null {
  const rest = withoutMarks(n.children, false);
  if (rest.length === 0) return null;
  if (rest.every((c) => c.type === 'text')) return { type: 'inlineCode', value: rest.map((c) => (c as { value: string }).value).join('') };
  return { ...n, children: rest };
}

/**
 * One walk over the whole tree: every list of blocks (the page's, a cell's, a div's, a quotation's,
 * a list item's, a definition's, a footnote's) has its runs of parts joined (with `join`) and its
 * begin/end-only paragraphs removed; every list of inlines loses its begin/end marks.
 */
function visit(join: boolean, node: Node): void {
  switch (node.type) {
    case 'document':
    case 'blockquote':
    case 'htmlBlock':
    case 'listItem':
    case 'definitionDescription':
    case 'tableCell':
      node.children = mergeRuns(node.children, join);
      return;
    case 'footnoteRef':
      if (node.children) node.children = mergeRuns(node.children, join);
      return;
    case 'paragraph':
    case 'heading':
    case 'definitionTerm':
      node.children = withoutMarks(node.children, true);
      return;
    case 'preformatted':
    case 'strong':
    case 'emphasis':
    case 'wikiLink':
    case 'externalLink':
    case 'htmlInline':
      node.children = withoutMarks(node.children, false);
      return;
    case 'image':
      node.caption = withoutMarks(node.caption, false);
      return;
    case 'table':
      if (node.caption) node.caption = withoutMarks(node.caption, true);
      return;
    case 'infobox':
      if (node.title) node.title = withoutMarks(node.title, true);
      for (const row of node.rows) {
        if (row.label) row.label = withoutMarks(row.label, true);
        row.value = withoutMarks(row.value, true);
      }
      return;
    default:
  }
}

/**
 * Joins runs of ship-part boxes in `doc` and removes the begin/end marks. `templates`: the names
 * the page called (the expansion's count); without a ship template among them there is nothing
 * to do and the tree is not walked. A joined box is a new node (never one of the parts): sets of
 * blocks known to hold no footnote (plainTopBlocks) stay true.
 */
export function mergeShipInfoboxes(doc: Document, templates?: Readonly<Record<string, number>>): void {
  if (!mayHoldShips(templates)) return;
  walk(doc, visit.bind(null, true));
}

/**
 * The begin/end marks `-{ … }-` showed (the variant pass parses its text after the joining pass
 * ran: `-{ 甲 {{Infobox ship end}} 乙 }-`), removed as that pass removes the others, the doubled
 * space with them. Runs are not joined again: two ships' boxes, apart once their marks went,
 * stay two.
 */
export function removeShipMarks(doc: Document, templates?: Readonly<Record<string, number>>): void {
  if (!mayHoldShips(templates)) return;
  walk(doc, visit.bind(null, false));
}
