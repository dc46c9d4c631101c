/**
 * The flat token stream of an inline run. The inline scanner emits it, the quote resolver
 * rewrites apostrophe runs into open/close events, and the tree builder nests it. All tokens have
 * the same shape (monomorphic objects keep the hot loops fast).
 */
import type { Block, Inline } from '../ast/nodes.js';

export const enum K {
  Text,
  /** Apostrophe run of length n (≥ 2). */
  Quote,
  /** Line boundary inside a paragraph; s holds the joiner (' ' or ''), n is 1 for a join the variant converter must not read across. */
  Newline,
  Node,
  /** Inline HTML open tag (tag, attrs). */
  Open,
  Close,
  Blocks,
  OpenB,
  CloseB,
  OpenI,
  CloseI,
  /** `'''''` whose order is only known later: two placeholders the resolver turns into OpenB/OpenI; left as Both they open nothing. */
  Both,
  /** Remove trailing whitespace of the text before (category links, MediaWiki's rtrim). */
  TrimBefore,
}

/**
 * Tag name of the frame an external link's label becomes when its apostrophes pair with the
 * line's (attrs.href holds the URL; no HTML tag name can take this form).
 */
export const EXT_LINK_FRAME = '#extlink';

export interface Tok {
  k: K;
  s: string;
  n: number;
  node: Inline | null;
  tag: string;
  attrs: Record<string, string> | null;
  blocks: Block[] | null;
}

export function tok(k: K, s = '', n = 0): Tok {
  return { k, s, n, node: null, tag: '', attrs: null, blocks: null };
}

export function textTok(s: string): Tok {
  return { k: K.Text, s, n: 0, node: null, tag: '', attrs: null, blocks: null };
}

export function nodeTok(node: Inline): Tok {
  return { k: K.Node, s: '', n: 0, node, tag: '', attrs: null, blocks: null };
}

export function tagTok(k: K.Open | K.Close, tag: string, attrs: Record<string, string> | null): Tok {
  return { k, s: '', n: 0, node: null, tag, attrs, blocks: null };
}

export function blocksTok(blocks: Block[]): Tok {
  return { k: K.Blocks, s: '', n: 0, node: null, tag: '', attrs: null, blocks };
}
