/**
 * What the variants pass tells the engine about the page's names: each heading's text before
 * conversion (MediaWiki gives headings their ids in Parser::finalizeHeadings, before the language
 * converter runs, so a link names a section by its source text while the Markdown's anchor comes
 * from the shown text), and the conversion of other text, as bound module functions rather than
 * arrows made per page (see engine/convert.ts inlineIn for why).
 */
import type { Heading, Inline } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import type { ConversionState } from './markup.js';

/** The page's converted headings → their text as written in the source. */
export class HeadingSources {
  private readonly texts = new Map<Heading, string>();

  /** Called with a heading's children before the pass converts them. */
  record(heading: Heading, written: readonly Inline[]): void {
    this.texts.set(heading, plainText(written));
  }

  /** The heading's text as written, or undefined when the pass did not convert it. */
  get(heading: Heading): string | undefined {
    return this.texts.get(heading);
  }

  get size(): number {
    return this.texts.size;
  }
}

/** The page's text conversion when nothing is converted. */
export function unconverted(text: string): string {
  return text;
}

/** The page's text conversion: bound to the page's state (rules in force at the end of the page). */
export function convertedBy(state: ConversionState, text: string): string {
  return state.convert(text);
}
