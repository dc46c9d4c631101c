/**
 * The anchors GitHub gives headings, so section links can point at them: the heading's text,
 * lower-cased, with everything but letters, marks, digits, connector punctuation (`_`), `-` and
 * spaces removed, spaces turned into `-`. A repeated slug gets `-1`, `-2`, … in order.
 */
import type { Inline } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { classAt, classBefore, L, W } from './chars.js';

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

const MATH_OPEN = '\u0001';
const MATH_CLOSE = '\u0002';

/** Whether a heading holds inline maths (directly or inside bold, italics or a link). */
export function hasInlineMaths(children: readonly Inline[]): boolean {
  for (const n of children) {
    if (n.type === 'math') return true;
    if ('children' in n && Array.isArray(n.children) && hasInlineMaths(n.children as Inline[])) return true;
  }
  return false;
}

/** The heading's plain text with each formula's TeX between MATH_OPEN and MATH_CLOSE. */
function markedText(nodes: readonly Inline[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'math') out += MATH_OPEN + n.value + MATH_CLOSE;
    else if ('children' in n && Array.isArray(n.children)) out += markedText(n.children as Inline[]);
    else out += plainText([n]);
  }
  return out;
}

/**
 * The text a section link names a heading with maths by, when GitHub's anchor of the heading as
 * written is another: the writer puts a space before a formula glued to what precedes it and
 * after one glued to a following letter or digit (GitHub renders `$…$` only so, inline-join.ts),
 * so `== 方程<math>x^2</math>的解 ==` is written `## 方程 $x^2$ 的解`, anchored `方程-x2-的解`,
 * while a link to the section by its text gets `#方程x2的解`. null when the spaces change nothing.
 */
export function gluedMathsText(children: readonly Inline[]): string | null {
  const marked = markedText(children).replace(/\s+/g, ' ').trim();
  let spaced = '';
  let glued = '';
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    if (c === MATH_OPEN) {
      if (spaced !== '' && classBefore(spaced, spaced.length) !== W) spaced += ' ';
    } else if (c === MATH_CLOSE) {
      if (classAt(marked, i + 1) === L) spaced += ' ';
    } else {
      spaced += c;
      glued += c;
    }
  }
  return slug(glued) === slug(spaced) ? null : glued;
}
