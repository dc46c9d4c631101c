/**
 * Expansion frames, as MediaWiki's PPFrame: the page itself at the root, and one frame per
 * template being expanded, holding that call's arguments. Argument values are expanded lazily in
 * the caller's frame, once, and cached; named values are trimmed, positional ones are not; a
 * later duplicate wins.
 */
import type { PPNode } from './tree.js';

export interface ArgSlot {
  nodes: readonly PPNode[];
  /** Named arguments are trimmed, positional ones are not. */
  trim: boolean;
  /** Cached expansion. */
  value?: string;
}

export class Frame {
  /** Cached expansions of argument-free templates in this page (see Expander). */
  constructor(
    /** The frame the call stands in (its arguments are expanded there); null for the page. */
    readonly parent: Frame | null,
    /** Full title of the template (or page) this frame expands — for loop detection. */
    readonly title: string,
    /** Template nesting depth (0 for the page). */
    readonly depth: number,
    /** Arguments by name ("1", "2", … for positional ones). */
    readonly args: ReadonlyMap<string, ArgSlot>,
    /** Offset in the page of the outermost call containing this frame (for markers and warnings). */
    readonly pageOffset: number,
  ) {}

  static root(title: string): Frame {
    return new Frame(null, title, 0, new Map(), 0);
  }

  /** Whether `title` is being expanded already (this frame or an ancestor). */
  isExpanding(title: string): boolean {
    for (let f: Frame | null = this; f; f = f.parent) if (f.title === title) return true;
    return false;
  }
}
