/**
 * The anchors GitHub gives headings, so section links can point at them: the heading's text,
 * lower-cased, with everything but letters, marks, digits, connector punctuation (`_`), `-` and
 * spaces removed, spaces turned into `-`. A repeated slug gets `-1`, `-2`, … in order.
 */
import type { Inline } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';

const REMOVE = /[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\- ]/gu;

/** The slug of one heading text, without duplicate numbering. */
export function slug(text: string): string {
  return text.toLowerCase().replace(REMOVE, '').replace(/ /g, '-');
}

/**
 * The anchor of a heading on a page. `seen` carries the slugs already used on the page (pass
 * the same Map for every heading, in page order).
 */
export function githubAnchor(headingText: string, seen: Map<string, number>): string {
  const base = slug(headingText.trim());
  let result = base;
  if (seen.has(result)) {
    let n = seen.get(base)!;
    do {
      n++;
      result = `${base}-${n}`;
    } while (seen.has(result));
    seen.set(base, n);
  }
  seen.set(result, 0);
  return result;
}

/** The text of a heading as GitHub reads it for its anchor. */
export function headingText(children: readonly Inline[]): string {
  return plainText(children).replace(/\s+/g, ' ');
}
