/**
 * The anchors GitHub gives headings, so section links can point at them: the heading's text,
 * lower-cased, with everything but letters, marks, digits, connector punctuation (`_`), `-` and
 * spaces removed, spaces turned into `-`. A repeated slug gets `-1`, `-2`, … in order.
 */
import type { Inline } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { classBefore, W } from './chars.js';
import { mathIsPlain, mathSource } from './code.js';
import { spaceAfterMaths, spaceBeforeMaths } from './inline-join.js';

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

/** Whether a heading holds inline maths (directly or inside bold, italics or a link). */
export function hasInlineMaths(children: readonly Inline[]): boolean {
  for (const n of children) {
    if (n.type === 'math') return true;
    if ('children' in n && Array.isArray(n.children) && hasInlineMaths(n.children as Inline[])) return true;
  }
  return false;
}

/** A heading's text as written (`spaced`) and as on the wiki (`glued`). */
export interface MathsHeadingTexts {
  spaced: string;
  glued: string;
}

/**
 * Adds `nodes` (one run of the writer's: a heading's, a span's or a link label's children) to
 * `out`, spacing each formula as the writer does (inline-join.ts spaceBeforeMaths/After). In a
 * link label the writer gives maths as text, unspaced.
 */
function addRun(nodes: readonly Inline[], out: MathsHeadingTexts, inLink: boolean): void {
  const runStart = out.spaced.length;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'math') {
      const tex = mathSource(n, false);
      if (!inLink && tex !== '') {
        if (spaceBeforeMaths(out.spaced.length > runStart ? classBefore(out.spaced, out.spaced.length) : W)) out.spaced += ' ';
        out.spaced += n.value;
        out.glued += n.value;
        const next = nodes[i + 1];
        if (spaceAfterMaths(mathIsPlain(tex), next !== undefined && next.type === 'text' ? next.value : null)) out.spaced += ' ';
        continue;
      }
      out.spaced += n.value;
      out.glued += n.value;
    } else if ('children' in n && Array.isArray(n.children)) {
      addRun(n.children as Inline[], out, inLink || n.type === 'wikiLink' || n.type === 'externalLink');
    } else {
      const s = plainText([n]);
      out.spaced += s;
      out.glued += s;
    }
  }
}

/** A heading's text as the writer writes it (`spaced`, maths set apart) and as on the wiki (`glued`). */
export function headingTexts(children: readonly Inline[]): MathsHeadingTexts {
  const out: MathsHeadingTexts = { spaced: '', glued: '' };
  addRun(children, out, false);
  out.spaced = out.spaced.replace(/\s+/g, ' ').trim();
  out.glued = out.glued.replace(/\s+/g, ' ').trim();
  return out;
}

/**
 * The anchor a section link naming a heading by `text` points at: the slug GitHub gives a heading
 * with that text, so `[[X#历史]]` lands on `## 历史` in X.md. A fragment written with underscores
 * (`#See_also`) names the heading "See also". The mirror's links to other pages, the ids of
 * `{{anchor}}`s and `id=` attributes, and the extra anchors of headings with maths all use it.
 */
export function linkAnchor(text: string): string {
  return slug(text.replace(/_/g, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * The text a section link names a heading with maths by, when GitHub's anchor of the heading as
 * written is another: the writer spaces a formula out where GitHub would not render it glued
 * (inline-join.ts), so `== 方程<math>x^2</math>的解 ==` is written `## 方程 $x^2$ 的解`, anchored
 * `方程-x2-的解`, while a link to the section by its text gets `#方程x2的解`. null when the spaces
 * change nothing. `texts` is headingTexts' answer for the heading.
 */
export function gluedMathsText(texts: MathsHeadingTexts): string | null {
  return slug(texts.glued) === slug(texts.spaced) ? null : texts.glued;
}
