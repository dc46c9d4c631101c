/**
 * Per-page parser state shared by the block, inline and marker rules: the context, the running
 * number of `[url]` links, named refs (for `follow=`), the link targets noted (written to
 * `meta.links`, once each, when a parse returns), and a recursion guard. One State lives per
 * ParseContext, so fragment parses made by template handlers share it.
 */
import type { Block, FootnoteRef, Inline, Text } from '../ast/nodes.js';
import type { PageMeta, Warning } from '../engine/types.js';
import type { SiteConfig } from '../site/types.js';
import type { TemplateContext } from '../templates/types.js';
import type { ParseContext } from './types.js';
import { codeAt } from '../engine/strings.js';
import { VARIANT_LANGUAGES } from '../variants/literal.js';

/** Inline output can carry blocks (a block template in running text); the block parser splits there. */
export interface BlockEscape {
  type: 'blocks';
  blocks: Block[];
}
export type InlineOut = Inline | BlockEscape;

/**
 * The output of the last inline scan that stayed flat (Scanner.result without tokens). Only
 * buildInline, from tokens, and a list line holding a whole HTML list make block escapes, so that
 * array holds none: inlineToBlocks and toInline, called on it right after the scan, skip the pass
 * that reads every node's type (a megamorphic load each) to look for one. Only flat scans replace
 * the mark, so it may name an array that other scans ran after; that is harmless, since nothing
 * adds a block escape to a flat scan's array later. The parser's entry points clear it when they
 * return (noteFlatScan(null)): the nodes' text is sliced from the page, and a module-level
 * reference would keep the whole page's wikitext alive after the parse.
 */
let lastFlatScan: readonly InlineOut[] | null = null;

export function noteFlatScan(nodes: readonly InlineOut[] | null): void {
  lastFlatScan = nodes;
}

/** Whether `nodes` is the output of the last flat scan (so it holds no block escape). */
export function isFlatScan(nodes: readonly InlineOut[]): boolean {
  return nodes === lastFlatScan;
}

/** Nesting deeper than this (tables in cells, markers inside markers …) is parsed as plain text. */
export const MAX_NESTING = 40;

/**
 * An empty list of strings made with the elements kind it has once it holds one (V8's
 * PACKED_ELEMENTS; a `[]` starts as small integers): a push that meets its first string after its
 * function was optimised deoptimises it ("not a Smi", "wrong map").
 */
export function emptyStrings(): string[] {
  const list = [''];
  list.length = 0;
  return list;
}

export class State {
  readonly ctx: ParseContext;
  readonly site: SiteConfig;
  /** Running number for `[url]` links. */
  extLinkNumber = 0;
  /** Current recursion depth of fragment parses. */
  depth = 0;
  /**
   * Wiki tables being parsed inside a `<blockquote>`: MediaWiki's block pass keeps its
   * inBlockquote flag through the table's cells (one text for it), so no line there is preformatted.
   */
  quotedTables = 0;
  /** Dropped nodes made so far (none: the scar pass has nothing to do). */
  droppedNodes = 0;
  /**
   * Footnote nodes (`footnoteRef`, `references`) made so far, by `<ref>`/`<references>` or handed
   * back by a template handler (none: numbering has nothing to do and needs no walk).
   */
  footnoteNodes = 0;
  /** `math` nodes made so far (`<math>`, `<chem>`, `<ce>`): without one no heading needs a maths anchor. */
  mathNodes = 0;
  /** How many `<ref>` contents are being parsed, one in another: `<references>` there is text (Cite). */
  refDepth = 0;
  /**
   * `-{…}-` nodes made so far — including those a template handler's own wikitext brought in
   * (zh `{{lang|ja|…}}` protects its text that way), which the page's source does not show.
   */
  variantNodes = 0;
  /**
   * Text the variants pass leaves as written, on a wiki with variants: `<nowiki>` text (never
   * converted, its `-{…}-` never read: MediaWiki converts the page before it puts nowiki text
   * back), and a `-`, `{` or `}` decoded from an entity where it would complete `-{` or `}-`
   * (MediaWiki's converter reads entities still encoded: rules.ts breaksMarkup). Kept as nodes of
   * their own, not merged into the text around them, so the variants pass can tell them apart.
   */
  literalTexts: Set<Text> | null = null;
  /** Set when nodes were added to an earlier block (see plain-blocks.ts): no block may be skipped. */
  plainUnreliable = false;
  /** Top-level blocks of the document parsed last that hold no dropped or footnote node (plain-blocks.ts). */
  plainTopBlocks: ReadonlySet<Block> | null = null;
  /**
   * Paragraphs below the top level whose inline content was parsed without the count of dropped
   * and footnote nodes moving (the same test as plain-blocks.ts, per inline run): the walk before
   * the writer skips their runs. Noted first in `plainCandidates`, a plain array; only those of a
   * top-level block that is not plain itself move to the set (the others are skipped with their
   * block), so most pages hash no paragraph at all.
   */
  readonly plainParagraphs = new Set<Block>();
  readonly plainCandidates: Block[] = [];
  /** What template handlers are handed (parser/markers.ts): one per page, made at the first call. */
  handlerContext: TemplateContext | null = null;
  /** Named refs seen so far, by group + '\u0000' + name, for `follow=`. */
  readonly namedRefs = new Map<string, FootnoteRef>();
  /**
   * Internal link targets noted since they were last written to meta.links, in source order,
   * repeats included: writeLinks dedupes them once, when the outermost parse returns, rather than
   * a hash-set insertion per link while parsing. Made as a list of strings from the start (a `[]`
   * starts as small integers: the first link of a page whose list was still of that kind
   * deoptimised internalLinkRule, "not a Smi").
   */
  readonly linkTargets: string[] = emptyStrings();
  /** meta.links as writeLinks last wrote it, and the set of its entries (null: not written yet). */
  writtenLinks: string[] | null = null;
  writtenLinkSet: Set<string> | null = null;
  /** Entry points of parser/index.ts running with this state (they nest: links are written at 0). */
  entries = 0;
  readonly switches = new Set<string>();
  /** Markers currently being rendered (guards against a marker containing itself). */
  readonly activeMarkers = new Set<number>();
  /** True when the content language writes without spaces (newlines inside paragraphs join with nothing between CJK). */
  readonly cjk: boolean;
  /** True when the content language has script variants (MediaWiki reads `-{…}-` there). */
  readonly variants: boolean;

  constructor(ctx: ParseContext) {
    this.ctx = ctx;
    this.site = ctx.site;
    const lang = ctx.site.lang;
    this.cjk = lang === 'zh' || lang === 'ja' || lang.startsWith('zh-') || lang === 'yue' || lang === 'wuu' || lang === 'gan';
    this.variants = VARIANT_LANGUAGES.has(lang);
    for (const s of ctx.meta.switches) this.switches.add(s);
  }

  /** Dropped and footnote nodes made so far: the nodes the walk before the writer looks for. */
  specialNodes(): number {
    return this.droppedNodes + this.footnoteNodes;
  }

  /** Where to note paragraphs made from content parsed since the count was `made` (null: it moved). */
  plainSince(made: number): Block[] | null {
    return this.droppedNodes + this.footnoteNodes === made ? this.plainCandidates : null;
  }

  warn(w: Warning): void {
    try {
      this.ctx.warn(w);
    } catch {
      // a failing warning sink must not break the parse
    }
  }

  addLink(fullTitle: string): void {
    if (fullTitle !== '') this.linkTargets.push(fullTitle);
  }

  addSwitch(name: string): void {
    if (!this.switches.has(name)) {
      this.switches.add(name);
      this.ctx.meta.switches.push(name);
    }
  }

  countTemplate(name: string, handled: boolean): void {
    if (this.ctx.countTemplates === false) return;
    const meta = this.ctx.meta;
    meta.templates[name] = (meta.templates[name] ?? 0) + 1;
    if (!handled) meta.unhandledTemplates[name] = (meta.unhandledTemplates[name] ?? 0) + 1;
  }
}

/**
 * Write the link targets noted since the last call to `meta.links`, each once, after those it
 * holds, in the order first noted; called when an outermost parse returns. One hash-set
 * insertion per link there, none while parsing. `meta.links` stays a plain data property (an
 * accessor would put every page's meta in dictionary mode). The set of what was written is kept
 * while `meta.links` is still that array, so later parses only add to it; a list assigned by
 * someone else (or a second context over the same meta) is read afresh.
 */
function writeLinks(st: State): void {
  const noted = st.linkTargets;
  if (noted.length === 0) return;
  const meta = st.ctx.meta;
  let list = meta.links;
  let seen = st.writtenLinkSet;
  if (seen === null || list !== st.writtenLinks || list.length !== seen.size) {
    seen = new Set(list);
    list = [...seen];
  }
  for (let i = 0; i < noted.length; i++) {
    const target = noted[i];
    if (!seen.has(target)) {
      seen.add(target);
      list.push(target);
    }
  }
  noted.length = 0;
  meta.links = list;
  st.writtenLinks = list;
  st.writtenLinkSet = seen;
}

/** An outermost parse with `st` begins (entry points of parser/index.ts; they may nest). */
export function enterParse(st: State): void {
  st.entries++;
}

/** A parse begun with enterParse ends: the outermost writes the links it noted to `meta.links`. */
export function leaveParse(st: State): void {
  if (--st.entries === 0) writeLinks(st);
}

const states = new WeakMap<ParseContext, State>();

/**
 * Forget the state of `ctx` once its page is done. A context that has lived long enough to be
 * moved to the old generation keeps its state (markers, named refs, links) alive through the
 * WeakMap until a full collection; dropped now, the state dies young.
 */
export function releaseState(ctx: ParseContext): void {
  states.delete(ctx);
}

export function stateFor(ctx: ParseContext): State {
  let st = states.get(ctx);
  if (!st) {
    st = new State(ctx);
    states.set(ctx, st);
  }
  return st;
}

// ───────────────────────────── character classes ─────────────────────────────

/** Han, kana, CJK punctuation and full-width forms: scripts written without spaces. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0xd840 && c <= 0xd87f) // surrogates of the supplementary ideographs
  );
}

export function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

export function isWhitespaceString(s: string, start = 0, end = s.length): boolean {
  for (let i = start; i < end; i++) {
    const c = codeAt(s, i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/** ASCII word character (PCRE \w without Unicode): MediaWiki's \b for magic links and URLs. */
export function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
