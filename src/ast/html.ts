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
