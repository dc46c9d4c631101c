/**
 * Which `<pre>`-like and `<code>` content MediaWiki's variant converter passes over. Its skip
 * matches `<code>…</code>` and `<pre>…</pre>` in the sanitised HTML, so: a `<code>` whose
 * attributes all fall to the Sanitizer is bare; `<tt>` is not skipped; variant markup inside
 * splits the element for the converter and so converts all of it ("force convert"). Split out
 * of transform.ts.
 */
import type { HtmlInline, Inline, Text } from '../ast/nodes.js';
import { sanitizeAttributes } from '../writer/attrs.js';
import type { Variant } from './codes.js';
import type { ConversionState } from './markup.js';
import { splitMarkup } from './split-markup.js';

/**
 * Whether variant markup is anywhere in these inlines (text inside links and spans included; a
 * footnote's own text is not). Text the parser marks literal (`<nowiki>-{</nowiki>`: MediaWiki
 * escapes it to `-&#123;`) is not markup.
 */
export function holdsMarkup(list: readonly Inline[], literal: ReadonlySet<Text> | null): boolean {
  for (const n of list) {
    if (n.type === 'variant') return true;
    if (n.type === 'text') {
      if (n.value.includes('-{') && (literal === null || !literal.has(n))) return true;
    } else if (n.type === 'strong' || n.type === 'emphasis' || n.type === 'wikiLink' || n.type === 'externalLink' || n.type === 'htmlInline') {
      if (holdsMarkup(n.children, literal)) return true;
    } else if (n.type === 'image' && holdsMarkup(n.caption, literal)) return true;
  }
  return false;
}

/** Whether this `<code>` (links or bold inside; plain text is an inlineCode) keeps its text as written. */
export function skipsCode(node: HtmlInline, literal: ReadonlySet<Text> | null): boolean {
  return node.tag === 'code' && sanitizeAttributes('code', node.attrs, 'html') === '' && !holdsMarkup(node.children, literal);
}

/**
 * A `<pre>`'s text with markup in it, converted as a whole ("force convert"; `mode` null: kept as
 * written); each markup shows its text as written, converted only with its filter's variant.
 */
export function forceConvert(state: ConversionState, text: string, mode: Variant | null): string {
  const parts = splitMarkup(text);
  if (parts.length === 1 && typeof parts[0] === 'string') return text;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += mode === null ? part : state.convert(part, mode);
    else {
      const shown = state.markup(part.raw);
      out += shown.convertTo && shown.convertTo !== 'zh' ? state.convert(shown.wikitext, shown.convertTo) : shown.wikitext;
    }
  }
  return out;
}
