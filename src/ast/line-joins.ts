/**
 * Text nodes that end where the source joined two lines on a wiki with variants (`软\n件`): the
 * variant converter converts node by node and must not read a word across the join, as
 * MediaWiki's does not (it runs on HTML that keeps the line break; parser/rules.ts newlineRule).
 * Whoever merges text nodes (the parser taking in a handler's nodes, a handler's mergeText) keeps
 * the text after such a node apart from it. A WeakSet: it holds no node past its page.
 */
import type { Text } from './nodes.js';

const ENDS_AT_JOIN = new WeakSet<Text>();
/** Whether any node was ever marked: a process converting only wikis without variants never looks up. */
let anyMarked = false;

export function markLineJoin(node: Text): void {
  anyMarked = true;
  ENDS_AT_JOIN.add(node);
}

/** Whether `node` is a text node that ends at a line join (markLineJoin). */
export function endsAtLineJoin(node: { type: string }): boolean {
  return anyMarked && node.type === 'text' && ENDS_AT_JOIN.has(node as Text);
}
