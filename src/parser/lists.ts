/**
 * Lists from line prefixes (`*`, `#`, `:`, `;`), with MediaWiki's doBlockLevels rules: the new
 * prefix is compared with the previous one (`;` and `:` count as the same for "same item"), the
 * levels that differ are closed, a shorter-or-equal prefix continues with a new item at its last
 * level, and longer prefixes open nested lists inside the current item. The tags this writes go
 * through list-tree.ts, HTML's rules for where they land.
 */
import type { Block } from '../ast/nodes.js';
import { ListTree } from './list-tree.js';
import type { InlineOut, State } from './state.js';
import { startsWithProtocol } from './extlinks.js';

export const MAX_LIST_DEPTH = 50;
const STAR = 42;
const HASH = 35;
const COLON = 58;
const SEMI = 59;

/** The longest common start of two prefixes, compared character by character. */
function commonLength(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let i = 0;
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Where the text of a list line is read (block-lists.ts): inline content of `src[from, to)`. */
export interface ListLineText {
  parse(from: number, to: number): InlineOut[];
}

export class ListBuilder {
  private readonly tree: ListTree;
  /** Previous line's prefix with ';' read as ':'. */
  private last = '';
  /** MediaWiki's one flag for "the item opened last is a term": it picks `</dt>` or `</dd>`. */
  private dtOpen = false;

  constructor(
    emit: (b: Block) => void,
    private readonly st: State,
  ) {
    this.tree = new ListTree(emit);
  }

  /**
   * One list line: its prefix, and the text after it (`src[s, e)`), which `parse` turns into
   * inline content. Each `;` opened on the line, and a `;` continuing the last one, splits off
   * a term at the first free colon. `made`: the page's count of dropped and footnote nodes
   * before anything of this line was parsed (its paragraphs are plain while it has not moved).
   */
  line(prefix: string, src: string, s: number, e: number, made: number, text: ListLineText): void {
    // Lists nested deeper than MAX_LIST_DEPTH stay at that depth (recursive consumers stay safe).
    if (prefix.length > MAX_LIST_DEPTH) prefix = prefix.slice(0, MAX_LIST_DEPTH);
    const norm = prefix.indexOf(';') < 0 ? prefix : prefix.replace(/;/g, ':');
    let rest = s;
    if (prefix.length > 0 && this.last === norm) {
      const ch = prefix.charCodeAt(prefix.length - 1);
      this.nextItem(ch);
      if (ch === SEMI) rest = this.splitTerm(src, rest, e, made, text);
    } else {
      // The raw prefix against the previous normalised one: a ';' never matches, so `;;x` after
      // `;a` starts over rather than nesting in the open term.
      let common = commonLength(prefix, this.last);
      for (let n = this.last.length; n > common; n--) this.closeList(this.last.charCodeAt(n - 1));
      if (prefix.length <= common && common > 0) this.nextItem(prefix.charCodeAt(common - 1));
      // A ':' continuing a level whose term is open starts that term's description.
      if (this.dtOpen && common > 0 && prefix.charCodeAt(common - 1) === COLON) this.nextItem(COLON);
      for (; common < prefix.length; common++) {
        const ch = prefix.charCodeAt(common);
        this.openList(ch);
        if (ch === SEMI) rest = this.splitTerm(src, rest, e, made, text);
      }
    }
    this.last = norm;
    const nodes = text.parse(rest, e);
    this.tree.content(nodes, this.st.plainSince(made));
  }

  /**
   * A `;` term on this line ends at the first free colon: its text goes to the term and a
   * description starts. Returns where the line's text goes on (`rest` when there is no colon).
   * A method, not a closure made per line (with the context its variables needed).
   */
  private splitTerm(src: string, rest: number, e: number, made: number, text: ListLineText): number {
    const colon = findColonNoLinks(src, rest, e);
    if (colon < 0) return rest;
    const nodes = text.parse(rest, colon);
    this.tree.content(nodes, this.st.plainSince(made));
    this.nextItem(COLON);
    return colon + 1;
  }

  close(): void {
    this.tree.reset();
    this.last = '';
    this.dtOpen = false;
  }

  private openList(ch: number): void {
    if (ch === STAR || ch === HASH) {
      this.tree.startContainer(ch === STAR ? 'ul' : 'ol');
      this.tree.startItem('li');
    } else {
      this.tree.startContainer('dl');
      this.tree.startItem(ch === SEMI ? 'dt' : 'dd');
      if (ch === SEMI) this.dtOpen = true;
    }
  }

  private nextItem(ch: number): void {
    if (ch === STAR || ch === HASH) {
      this.tree.endTag('li');
      this.tree.startItem('li');
      return;
    }
    this.tree.endTag(this.dtOpen ? 'dt' : 'dd');
    this.dtOpen = ch === SEMI;
    this.tree.startItem(ch === SEMI ? 'dt' : 'dd');
  }

  private closeList(ch: number): void {
    if (ch === STAR || ch === HASH) {
      this.tree.endTag('li');
      this.tree.endTag(ch === STAR ? 'ul' : 'ol');
      return;
    }
    this.tree.endTag(this.dtOpen ? 'dt' : 'dd');
    this.dtOpen = false;
    this.tree.endTag('dl');
  }
}

/**
 * The first ':' of a `;term:def` line that separates term from definition: not inside `[[ ]]`,
 * `[url …]`, `<…>`, `-{ }-`, and not the colon of a `scheme://`. `-{ }-` is skipped on every wiki, as
 * BlockLevelPass does whatever the content language (an unclosed `-{` hides every later colon).
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
