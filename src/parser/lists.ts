/**
 * Lists from line prefixes (`*`, `#`, `:`, `;`), with MediaWiki's doBlockLevels rules: the new
 * prefix is compared with the previous one (`;` and `:` count as the same for "same item"), the
 * levels that differ are closed, a shorter-or-equal prefix continues with a new item at its last
 * level, and longer prefixes open nested lists inside the current item.
 */
import type { Block, DefinitionDescription, DefinitionList, DefinitionTerm, Inline, List, ListItem } from '../ast/nodes.js';
import { inlineToBlocks, trimEdges } from './paragraphs.js';
import { blocksToInline } from './inline.js';
import type { InlineOut } from './state.js';
import { startsWithProtocol } from './extlinks.js';

type Item = ListItem | DefinitionDescription | DefinitionTerm;

interface Level {
  ch: number; // '*', '#', ':' or ';'
  container: List | DefinitionList;
  item: Item;
}

const MAX_LIST_DEPTH = 50;
const STAR = 42;
const HASH = 35;
const COLON = 58;
const SEMI = 59;

function newItem(ch: number): Item {
  if (ch === STAR || ch === HASH) return { type: 'listItem', children: [] };
  if (ch === SEMI) return { type: 'definitionTerm', children: [] };
  return { type: 'definitionDescription', children: [] };
}

function addItem(container: List | DefinitionList, item: Item): void {
  if (container.type === 'list') container.items.push(item as ListItem);
  else container.items.push(item as DefinitionTerm | DefinitionDescription);
}

export class ListBuilder {
  private levels: Level[] = [];
  /** Previous line's prefix with ';' read as ':'. */
  private last = '';

  constructor(private readonly emit: (b: Block) => void) {}

  /**
   * One list line. `term` is set for `;` lines (the text before the first `:`), `body` is the
   * content (the text after that colon, or the whole line), null when a `;` line has no colon.
   */
  line(prefix: string, term: Inline[] | null, body: InlineOut[] | null): void {
    // Lists nested deeper than MAX_LIST_DEPTH stay at that depth (recursive consumers stay safe).
    if (prefix.length > MAX_LIST_DEPTH) prefix = prefix.slice(0, MAX_LIST_DEPTH);
    const norm = prefix.indexOf(';') < 0 ? prefix : prefix.replace(/;/g, ':');
    if (prefix.length > 0 && this.last === norm) {
      this.nextItem(prefix.charCodeAt(prefix.length - 1));
    } else {
      let common = 0;
      const shorter = Math.min(prefix.length, this.last.length);
      while (common < shorter && prefix[common] === this.last[common]) common++;
      if (this.levels.length > common) this.levels.length = common;
      if (prefix.length <= common && common > 0) this.nextItem(prefix.charCodeAt(common - 1));
      while (prefix.length > this.levels.length) this.open(prefix.charCodeAt(this.levels.length));
    }
    this.last = norm;
    const deepest = this.levels[this.levels.length - 1]!;
    if (term !== null) {
      // `;term:def` — the term goes into the <dt>, the rest into a following <dd>.
      appendInline(deepest.item, term);
      if (body !== null) {
        this.nextItem(COLON);
        appendContent(this.levels[this.levels.length - 1]!.item, body);
      }
    } else if (body !== null) {
      appendContent(deepest.item, body);
    }
  }

  close(): void {
    this.levels = [];
    this.last = '';
  }

  private nextItem(ch: number): void {
    const level = this.levels[this.levels.length - 1];
    if (!level) return;
    const item = newItem(ch);
    addItem(level.container, item);
    level.item = item;
    level.ch = ch;
  }

  private open(ch: number): void {
    const container: List | DefinitionList =
      ch === STAR || ch === HASH ? { type: 'list', ordered: ch === HASH, items: [] } : { type: 'definitionList', items: [] };
    const item = newItem(ch);
    addItem(container, item);
    const parent = this.levels[this.levels.length - 1];
    if (!parent) {
      this.emit(container);
    } else if (parent.item.type === 'definitionTerm') {
      // Terms hold inline content only; the nested list goes into a description after it.
      const dd: DefinitionDescription = { type: 'definitionDescription', children: [container] };
      (parent.container as DefinitionList).items.push(dd);
      parent.item = dd;
    } else {
      parent.item.children.push(container);
    }
    this.levels.push({ ch, container, item });
  }
}

function appendInline(item: Item, nodes: Inline[]): void {
  if (item.type === 'definitionTerm') {
    trimEdges(nodes);
    item.children.push(...nodes);
  } else {
    item.children.push(...inlineToBlocks(nodes));
  }
}

function appendContent(item: Item, nodes: InlineOut[]): void {
  if (item.type === 'definitionTerm') {
    const inline: Inline[] = [];
    for (const n of nodes) {
      if (n.type === 'blocks') inline.push(...blocksToInline(n.blocks));
      else inline.push(n);
    }
    trimEdges(inline);
    item.children.push(...inline);
  } else {
    item.children.push(...inlineToBlocks(nodes));
  }
}

/**
 * The first ':' of a `;term:def` line that separates term from definition: not inside `[[ ]]`,
 * `[url …]`, `<…>`, `-{ }-`, and not the colon of a `scheme://`.
 */
export function findColonNoLinks(src: string, s: number, e: number): number {
  let links = 0;
  let ext = false;
  let variant = 0;
  let tags = 0; // open inline elements: a colon inside <b>…</b> does not split
  let bold = false; // nor one inside '''…''' or ''…''
  let italic = false;
  for (let i = s; i < e; i++) {
    const c = src.charCodeAt(i);
    switch (c) {
      case 39: {
        let j = i;
        while (j < e && src.charCodeAt(j) === 39) j++;
        const n = j - i;
        if (n === 2) italic = !italic;
        else if (n === 3 || n === 4) bold = !bold;
        else if (n >= 5) {
          bold = !bold;
          italic = !italic;
        }
        i = j - 1;
        break;
      }
      case 91: // [
        if (src.charCodeAt(i + 1) === 91) {
          links++;
          i++;
        } else ext = true;
        break;
      case 93: // ]
        if (links > 0 && src.charCodeAt(i + 1) === 93) {
          links--;
          i++;
        } else ext = false;
        break;
      case 60: {
        // a tag: skip its inside, and count open elements
        let gt = i + 1;
        while (gt < e && src.charCodeAt(gt) !== 62 && src.charCodeAt(gt) !== 60) gt++;
        if (gt < e && src.charCodeAt(gt) === 62) {
          const closing = src.charCodeAt(i + 1) === 47;
          const selfClosing = src.charCodeAt(gt - 1) === 47;
          const name = /^\/?([A-Za-z][A-Za-z0-9]*)/.exec(src.slice(i + 1, gt))?.[1]?.toLowerCase();
          if (name && name !== 'br' && name !== 'wbr' && name !== 'hr' && !selfClosing) {
            if (closing) tags = Math.max(0, tags - 1);
            else tags++;
          }
          i = gt;
        }
        break;
      }
      case 45: // -{
        if (src.charCodeAt(i + 1) === 123) {
          variant++;
          i++;
        }
        break;
      case 125: // }-
        if (variant > 0 && src.charCodeAt(i + 1) === 45) {
          variant--;
          i++;
        }
        break;
      case 58: // :
        if (links === 0 && !ext && variant === 0 && tags === 0 && !bold && !italic && !isUrlColon(src, s, i)) return i;
        break;
      default:
        break;
    }
  }
  return -1;
}

/** The colon of a URL protocol (`http://`, `news:`) written in the text. */
function isUrlColon(src: string, s: number, i: number): boolean {
  let a = i;
  while (a > s && /[A-Za-z]/.test(src[a - 1]!)) a--;
  if (a === i || (a > 0 && /[A-Za-z0-9_]/.test(src[a - 1]!))) return false;
  return startsWithProtocol(src.slice(a, i + 3));
}
