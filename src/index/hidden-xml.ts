/**
 * What never categorises a page — comments, `<nowiki>`, `<pre>`, `<includeonly>` — found in a
 * text as it stands in the XML (scan-xml.ts), as scan.ts's HIDDEN finds it in the decoded text,
 * which the text scan replaces by a space each. Here they are only located: the byte scans read
 * the text as it is and look at the text without them only where a region can change what they
 * find (HiddenRegions), as making that text copied most pages' bytes once more.
 */
import { spaceAsUtf8Bytes } from './js-space.js';

/** What `\s` matches in the decoded text (JavaScript white space and line ends), as UTF-8 bytes. */
const SPACE = spaceAsUtf8Bytes();
const LT = '&lt;';
const GT = '(?:&gt;|>)';

/**
 * A tag name matched in either case. Spelled out instead of the `i` flag, which would also fold
 * `&LT;` (not an entity) and latin1 letters that are really UTF-8 lead bytes (0xC2 with 0xE2).
 */
function caseless(name: string): string {
  return name.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/**
 * scan.ts's HIDDEN (comments, nowiki, pre, includeonly) over the escaped text, taken apart so
 * that it stays linear: the alternatives start with `&lt;` and differ in the next character, so
 * each `&lt;` needs at most one of them; and an element whose end tag is not found after one
 * start tag is not looked for again (the regex searched to the end of the text at every start tag).
 */
const COMMENT_AT = new RegExp(`${LT}!--[\\s\\S]*?(?:--${GT}|$)`, 'y');

interface HiddenElement {
  /** `&lt;` and the name, tried at a `&lt;`. */
  name: RegExp;
  /** The rest of the start tag, up to its `>`. */
  attributes: RegExp;
  /** The attributes run up to the first `>`: not matching them means no `>` is left at all. */
  attributesToFirstGt: boolean;
  /** The end tag, searched for after the start tag. */
  close: RegExp;
}

function hiddenElement(name: string, nameEnd: string, attributes: string, attributesToFirstGt: boolean): HiddenElement {
  return {
    name: new RegExp(`${LT}${caseless(name)}${nameEnd}`, 'y'),
    attributes: new RegExp(`${attributes}${GT}`, 'y'),
    attributesToFirstGt,
    close: new RegExp(`${LT}\\/${caseless(name)}${SPACE}*${GT}`, 'g'),
  };
}

/** By the lower-cased letter after `&lt;`. */
const HIDDEN_ELEMENTS = new Map<number, HiddenElement>([
  [110 /* n */, hiddenElement('nowiki', '', `${SPACE}*`, false)],
  // `<pre\b[^>]*>`: \b before anything but an ASCII word character, then anything but `>`.
  [112 /* p */, hiddenElement('pre', '(?![A-Za-z0-9_])', '(?:[^>&]|&(?!gt;))*', true)],
  [105 /* i */, hiddenElement('includeonly', '', `${SPACE}*`, false)],
]);

/** Start and end of every hidden region of `xmlText`, in order, as a flat list (start, end, …). */
export function hiddenRegions(xmlText: string): number[] {
  const bounds: number[] = [];
  let at = xmlText.indexOf(LT);
  if (at < 0) return bounds;
  const unclosed = new Set<HiddenElement>();
  while (at >= 0) {
    const end = hiddenEnd(xmlText, at, unclosed);
    if (end >= 0) {
      bounds.push(at, end);
      at = xmlText.indexOf(LT, end);
    } else {
      at = xmlText.indexOf(LT, at + 1);
    }
  }
  return bounds;
}

/** The text with each region replaced by a space, as scan.ts visibleText does. */
export function withoutHidden(xmlText: string, bounds: readonly number[]): string {
  if (!bounds.length) return xmlText;
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < bounds.length; i += 2) {
    parts.push(xmlText.slice(last, bounds[i]), ' ');
    last = bounds[i + 1]!;
  }
  parts.push(xmlText.slice(last));
  return parts.join('');
}

/** HiddenRegions.place: the position's line holds no region, so the text reads there as without them. */
export const CLEAR = -1;
/** HiddenRegions.place: a region shares the position's line (of the text without regions). */
export const NEAR = -2;

/**
 * A text's hidden regions, asked about positions in increasing order (rewind to start again).
 * A link of the scans never spans a line, so at a colon on a line without regions the text and
 * the text without regions read alike, and a colon inside a region is not in the latter at all.
 */
export class HiddenRegions {
  /** The first region that ends after the last position asked about. */
  private next = 0;
  /** How much shorter the text without regions is before that region. */
  private shift = 0;
  /** Per region, the first line end after it and the last before it (computed when asked). */
  private readonly lineAfter: number[] = [];
  private readonly lineBefore: number[] = [];

  constructor(
    private readonly text: string,
    readonly bounds: readonly number[],
  ) {}

  rewind(): void {
    this.next = 0;
    this.shift = 0;
  }

  /** The end of the region holding `pos`, else CLEAR or NEAR. */
  place(pos: number): number {
    const b = this.bounds;
    const count = b.length >> 1;
    while (this.next < count && b[2 * this.next + 1]! <= pos) {
      this.shift += b[2 * this.next + 1]! - b[2 * this.next]! - 1;
      this.next++;
    }
    if (this.next < count && b[2 * this.next]! <= pos) return b[2 * this.next + 1]!;
    if (this.next > 0 && this.lineEndAfter(this.next - 1) > pos) return NEAR;
    if (this.next < count && this.lineEndBefore(this.next) < pos) return NEAR;
    return CLEAR;
  }

  /** Where the region before the last position asked about ends (0 if none). */
  previousEnd(): number {
    return this.next > 0 ? this.bounds[2 * this.next - 1]! : 0;
  }

  /** Where the region after the last position asked about starts (the text's length if none). */
  nextStart(): number {
    return this.next < this.bounds.length >> 1 ? this.bounds[2 * this.next]! : this.text.length;
  }

  /** Where the last position asked about (outside every region) is in the text without regions. */
  withoutHidden(pos: number): number {
    return pos - this.shift;
  }

  private lineEndAfter(region: number): number {
    let at = this.lineAfter[region];
    if (at === undefined) {
      at = this.text.indexOf('\n', this.bounds[2 * region + 1]!);
      this.lineAfter[region] = at = at < 0 ? Infinity : at;
    }
    return at;
  }

  private lineEndBefore(region: number): number {
    let at = this.lineBefore[region];
    if (at === undefined) {
      const start = this.bounds[2 * region]!;
      at = start > 0 ? this.text.lastIndexOf('\n', start - 1) : -1;
      this.lineBefore[region] = at;
    }
    return at;
  }
}

/** End of the hidden region starting at the `&lt;` at `at`, or -1. */
function hiddenEnd(s: string, at: number, unclosed: Set<HiddenElement>): number {
  const next = s.charCodeAt(at + LT.length);
  if (next === 33 /* ! */) {
    COMMENT_AT.lastIndex = at;
    return COMMENT_AT.test(s) ? COMMENT_AT.lastIndex : -1;
  }
  const element = HIDDEN_ELEMENTS.get(next | 0x20);
  if (!element || unclosed.has(element)) return -1;
  element.name.lastIndex = at;
  if (!element.name.test(s)) return -1;
  element.attributes.lastIndex = element.name.lastIndex;
  if (!element.attributes.test(s)) {
    if (element.attributesToFirstGt) unclosed.add(element);
    return -1;
  }
  element.close.lastIndex = element.attributes.lastIndex;
  if (element.close.test(s)) return element.close.lastIndex;
  // No end tag after this start tag, so none after any later one either.
  unclosed.add(element);
  return -1;
}

