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
 * A link within a page passes the page's `SectionAnchors` (nameSections): a fragment naming one of its headings
 * by the wiki's id (`历史_2`, the second `历史`) gets the anchor GitHub gave that heading (`历史-1`).
 */
export function linkAnchor(text: string, page: SectionAnchors | null = null): string {
  if (page !== null) {
    const id = wikiId(text);
    const own = page.exact.get(id) ?? page.folded.get(asciiLower(id)) ?? page.maths.get(id);
    if (own !== undefined) return own;
  }
  return slug(text.replace(/_/g, ' ').replace(/\s+/g, ' ').trim());
}

/**
 * The sections of one page: the id the wiki gives each heading → the anchor GitHub gives it as
 * written. The two number a repeated heading differently: the wiki's second `历史` is `历史_2`
 * (Parser::finalizeHeadings: the first free `_2`, `_3`, … of the id lower-cased by PHP's
 * strtolower, A–Z only, so `Foo Bar` after `Foo bar` is `Foo_Bar_2` while `Історія` and
 * `історія` are two ids; a third `Headline 2` after a heading literally called `Headline 2` is
 * `Headline_2_2`), GitHub's is `历史-1` (github-slugger: `-1`, `-2`, … of its own slug, whose
 * collisions are others: `C++` and `C#` are `c` and `c-1`, `Історія` and `історія` are `історія`
 * and `історія-1`). A link within the page names the wiki's id, so only the page's own headings
 * can say where it lands. `exact` holds the ids with their case; `folded` the same A–Z
 * lower-cased, for a link written in another case (the first heading of each); `maths` the
 * texts as written of headings with maths (numbered as nameSections says) → their extra anchors.
 */
export interface SectionAnchors {
  readonly exact: ReadonlyMap<string, string>;
  readonly folded: ReadonlyMap<string, string>;
  readonly maths: ReadonlyMap<string, string>;
}

/** The id the wiki gives a heading or a link fragment of this text: runs of spaces and `_` one `_`. */
function wikiId(text: string): string {
  return text.replace(/[\s_]+/g, ' ').trim().replace(/ /g, '_');
}

/** PHP's strtolower: A–Z only, which is how the wiki compares its ids. */
function asciiLower(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  }
  return text;
}

/** One heading of a page for nameSections. */
export interface SectionHeading {
  /** headingTexts' answer: the text as shown, which GitHub's anchor is made from. */
  texts: MathsHeadingTexts;
  /** The text the wiki's id is made from: as written in the source (before a variant's conversion). */
  source: string;
  /** Whether it holds maths (hasInlineMaths). */
  maths: boolean;
  /** Whether GitHub gives it an anchor (a Markdown heading; one in an HTML table has none). */
  anchored: boolean;
}

/** A page's headings named: SectionAnchors, and per heading (in order) its extra maths anchor or null. */
export interface NamedSections {
  anchors: SectionAnchors;
  mathsAnchors: (string | null)[];
}

/**
 * The wiki's numbering of `base` among the ids in `taken` (A–Z folded): '' the first time, then
 * `_2`, `_3`, … the first free one (Parser::finalizeHeadings). Reserves the id it gives.
 */
function wikiNumber(taken: Set<string>, base: string): string {
  const key = asciiLower(base);
  let suffix = '';
  if (taken.has(key)) {
    let n = 2;
    while (taken.has(`${key}_${n}`)) n++;
    suffix = `_${n}`;
  }
  taken.add(key + suffix);
  return suffix;
}

/**
 * Names a page's headings, in page order, once for both uses: each gets the anchor GitHub gives it
 * and the id the wiki gives it (SectionAnchors). A heading whose maths the writer spaces out
 * (`方程<math>x^2</math>的解` → `## 方程 $x^2$ 的解`, anchored `方程-x2-的解`) gets no id there:
 * the wiki's id of it holds the formula's rendered text (the parser strips the tags of the
 * heading's HTML, the MathML's text stays), which no link names. It gets an extra anchor under
 * its text as written instead (`方程x2的解`), which links naming the section by that text point
 * at (linkAnchor), numbered `-2`, `-3` as the wiki numbers repeats among such headings. An extra
 * anchor equal to one GitHub gives some heading (`== Ax ==` after `== A<math>x</math> ==`) is left
 * out: the page would hold the id twice, and a link would land on whichever the browser takes first.
 */
export function nameSections(headings: readonly SectionHeading[]): NamedSections {
  const githubSeen = new Map<string, number>();
  const taken = new Set<string>();
  const mathsTaken = new Set<string>();
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  const mathsAnchors: (string | null)[] = [];
  const mathsIds = new Map<string, string>();
  for (const { texts, source, maths, anchored } of headings) {
    const base = wikiId(source);
    if (!anchored) {
      // The wiki's id is taken; no anchor to map it to (a link to it lands nowhere, as its slug).
      mathsAnchors.push(null);
      if (!maths) wikiNumber(taken, base);
      continue;
    }
    const anchor = githubAnchor(texts.spaced, githubSeen);
    if (maths) {
      const glued = gluedMathsText(texts);
      const number = wikiNumber(mathsTaken, base);
      const extra = glued === null ? null : linkAnchor(glued + number);
      mathsAnchors.push(extra);
      if (extra !== null) mathsIds.set(base + number, extra);
      continue;
    }
    mathsAnchors.push(null);
    const id = base + wikiNumber(taken, base);
    exact.set(id, anchor);
    const key = asciiLower(id);
    if (!folded.has(key)) folded.set(key, anchor);
  }
  // githubSeen holds every anchor GitHub gave.
  const extra = new Set<string>();
  for (let i = 0; i < mathsAnchors.length; i++) {
    const id = mathsAnchors[i];
    if (id === null || id === undefined) continue;
    if (githubSeen.has(id) || extra.has(id)) mathsAnchors[i] = null;
    else extra.add(id);
  }
  return { anchors: { exact, folded, maths: mathsIds }, mathsAnchors };
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
