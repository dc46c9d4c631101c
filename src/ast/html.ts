/**
 * The HTML MediaWiki lets through (Sanitizer::getRecognizedTagData). Anything else written as a
 * tag in wikitext is shown as literal text, and so it is in our output.
 */

/** Elements that form blocks of their own. */
export const ALLOWED_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'div', 'center', 'blockquote', 'p', 'ol', 'ul', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
]);

/** Elements that live inside running text. */
export const ALLOWED_INLINE_TAGS: ReadonlySet<string> = new Set([
  'b', 'i', 'u', 's', 'strike', 'del', 'ins', 'em', 'strong', 'big', 'small', 'sub', 'sup', 'font', 'tt', 'code',
  'var', 'cite', 'q', 'abbr', 'dfn', 'kbd', 'samp', 'data', 'time', 'mark', 'span', 'bdi', 'bdo',
  'ruby', 'rb', 'rp', 'rt', 'rtc', 'br', 'wbr',
]);

/** Elements that never take a closing tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set(['br', 'wbr', 'hr', 'meta', 'link']);

/**
 * Parser extension tags: their content is not wikitext (or is parsed by their own rules) and they
 * are cut out before the main parse, as MediaWiki does with strip markers.
 */
export const EXTENSION_TAGS: ReadonlySet<string> = new Set([
  'nowiki', 'pre', 'ref', 'references', 'math', 'chem', 'ce', 'syntaxhighlight', 'source', 'poem', 'gallery',
  'timeline', 'graph', 'mapframe', 'maplink', 'score', 'templatedata', 'templatestyles', 'imagemap', 'hiero',
  'inputbox', 'categorytree', 'indicator', 'section', 'charinsert', 'langconvert', 'tabs', 'tab', 'phonos', 'quiz',
  'dynamicpagelist', 'rss', 'talkpage', 'noinclude', 'includeonly', 'onlyinclude', 'chart',
]);

export function isAllowedTag(name: string): boolean {
  return ALLOWED_INLINE_TAGS.has(name) || ALLOWED_BLOCK_TAGS.has(name);
}

/** The largest number a Markdown (GFM) ordered list marker holds: nine digits. */
export const MAX_LIST_NUMBER = 999_999_999;

/** Whether a Markdown ordered list can count `count` items from `start`. */
export function fitsMarkdownList(start: number, count: number): boolean {
  return start >= 0 && start + count - 1 <= MAX_LIST_NUMBER;
}

/**
 * The first number of an `<ol>` written in wikitext with `count` items: its `start` attribute
 * (which the Sanitizer keeps on `ol`) read as HTML reads an integer, when a Markdown list can
 * count from it; 1 otherwise, as without one.
 */
export function olStart(attrs: Readonly<Record<string, string>>, count: number): number {
  const m = /^\s*\+?(\d{1,9})(?!\d)/.exec(attrs.start ?? '');
  if (m === null) return 1;
  const start = Number(m[1]);
  return fitsMarkdownList(start, count) ? start : 1;
}
