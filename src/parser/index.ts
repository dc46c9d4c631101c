/**
 * The main parser: preprocessed wikitext (with strip markers) → document tree, plus the fragment
 * parsers template handlers use. Never throws: an internal failure is reported as an
 * 'internal-error' warning and the text comes back as plain paragraphs.
 */
import type { Block, Document, Inline, Text } from '../ast/nodes.js';
import { parseBlocks } from './blocks.js';
import { parseBlockFragmentIn, parseInlineFragmentIn } from './fragments.js';
import { PlainBlockTracker } from './plain-blocks.js';
import { enterParse, leaveParse, noteFlatScan, releaseState, stateFor } from './state.js';
import { matchRedirect } from './switches.js';
import type { ParseContext } from './types.js';

export type { ParseContext } from './types.js';

function plainParagraphs(text: string): Block[] {
  const clean = text.replace(/\x7f[^\x7f]{0,8}\x7f/g, '').split('\x7f').join('');
  return clean
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p }] }) as Block);
}

export function parseWikitext(text: string, ctx: ParseContext): Document {
  const st = stateFor(ctx);
  let body = text;
  st.plainTopBlocks = null;
  enterParse(st);
  try {
    const redirect = ctx.sourceIsRedirect === false ? null : matchRedirect(ctx.site, text);
    if (redirect) {
      ctx.meta.redirect = { target: redirect.target, fragment: redirect.fragment };
      body = text.slice(redirect.end);
    }
    const tracker = new PlainBlockTracker(st);
    const children = parseBlocks(body, st, tracker);
    st.plainTopBlocks = tracker.plain;
    st.plainCandidates.length = 0;
    return { type: 'document', children };
  } catch (e) {
    st.warn({ code: 'internal-error', message: `parser failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}` });
    return { type: 'document', children: plainParagraphs(body) };
  } finally {
    // The last flat scan's nodes hold slices of the page: no module-level reference may outlive the parse.
    noteFlatScan(null);
    leaveParse(st);
  }
}

/**
 * Whether the parses made with `ctx` produced any `dropped` node (only strip markers of dropped
 * or unhandled templates do): without one the scar pass has nothing to remove.
 */
export function madeDroppedNodes(ctx: ParseContext): boolean {
  return stateFor(ctx).droppedNodes > 0;
}

/** Dropped and footnote nodes the parses made with `ctx` have made so far (a later parse adding some shows here). */
export function specialNodeCount(ctx: ParseContext): number {
  return stateFor(ctx).specialNodes();
}

/** Done with `ctx`: its parser state may go (later parses with it start afresh). */
export function releaseParseContext(ctx: ParseContext): void {
  releaseState(ctx);
}

/**
 * Top-level blocks of the document parsed with `ctx` that hold no dropped and no footnote node
 * (see plain-blocks.ts), or null when that cannot be told; handed out once. Valid until
 * something adds nodes to the tree (the variant pass does): a walk looking only for those nodes
 * may skip these blocks.
 */
export function plainTopBlocks(ctx: ParseContext): ReadonlySet<Block> | null {
  const st = stateFor(ctx);
  const plain = st.plainTopBlocks;
  // Handed out once: the state may outlive the page, the blocks must not.
  st.plainTopBlocks = null;
  return st.plainUnreliable ? null : plain;
}

/**
 * Paragraphs inside the top-level blocks that are not plain (plainTopBlocks) whose inline content
 * holds no dropped and no footnote node, or null when that cannot be told; valid as long as
 * plainTopBlocks's set.
 */
export function plainRunParagraphs(ctx: ParseContext): ReadonlySet<Block> | null {
  const st = stateFor(ctx);
  return st.plainUnreliable ? null : st.plainParagraphs;
}

/**
 * Whether the parses made with `ctx` produced any footnote node (`<ref>`, `<references>`, or a
 * footnote template's): without one, numbering footnotes has nothing to do.
 */
export function madeFootnoteNodes(ctx: ParseContext): boolean {
  return stateFor(ctx).footnoteNodes > 0;
}

/** Whether the parses made with `ctx` produced any `math` node (every one is made by the extension tags). */
export function madeMathNodes(ctx: ParseContext): boolean {
  return stateFor(ctx).mathNodes > 0;
}

/**
 * Whether the parses made with `ctx` produced any `-{…}-` node, the page's own or one a template
 * handler's wikitext brought in: with one, the variant pass must run even without a variant.
 */
export function madeVariantNodes(ctx: ParseContext): boolean {
  return stateFor(ctx).variantNodes > 0;
}

/**
 * Text nodes the parses made with `ctx` that the variants pass leaves as written (`<nowiki>` text,
 * and a `-`, `{` or `}` decoded from an entity next to its other half: State.literalTexts), or null.
 */
export function literalTextNodes(ctx: ParseContext): ReadonlySet<Text> | null {
  return stateFor(ctx).literalTexts;
}

/**
 * Makes the set literalTextNodes answers now if there is none yet, for a caller that will parse
 * more with `ctx` and needs the set to see what those parses add (the variants pass parses what
 * each `-{…}-` shows: a `<nowiki>` inside the markup, `-{<nowiki>-{foo}-</nowiki>}-`, makes its
 * text node only then, and must find it there).
 */
export function ensureLiteralTextNodes(ctx: ParseContext): void {
  stateFor(ctx).literalTexts ??= new Set();
}

/** Inline content of a fragment (template argument, caption); blocks inside are flattened. */
export function parseInlineFragment(text: string, ctx: ParseContext): Inline[] {
  const st = stateFor(ctx);
  enterParse(st);
  try {
    return parseInlineFragmentIn(st, text);
  } finally {
    noteFlatScan(null); // as in parseWikitext
    leaveParse(st);
  }
}

/** Block content of a fragment (ref content, multi-line template argument). */
export function parseBlockFragment(text: string, ctx: ParseContext): Block[] {
  const st = stateFor(ctx);
  enterParse(st);
  try {
    return parseBlockFragmentIn(st, text);
  } finally {
    noteFlatScan(null); // as in parseWikitext
    leaveParse(st);
  }
}
