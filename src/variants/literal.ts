/**
 * Wikis whose language has no script variants show `-{ … }-` as written (MediaWiki only runs its
 * LanguageConverter for languages with variants); the inside is still ordinary wikitext.
 */
import type { Inline, Node, VariantMarkup } from '../ast/nodes.js';
import { forEachInlineList } from '../ast/walk.js';

/** Languages MediaWiki converts between variants (LanguageConverter subclasses). */
export const VARIANT_LANGUAGES: ReadonlySet<string> = new Set([
  'zh', 'gan', 'iu', 'kk', 'ku', 'shi', 'sr', 'tg', 'uz', 'crh', 'ban', 'wuu', 'zgh', 'sh', 'tly',
]);

/**
 * Markup nested deeper than this is shown as its source text, unparsed: each level parses its
 * inside again, so unbounded nesting (`-{` × n then `}-` × n) would cost n² — only hostile pages
 * nest this deep.
 */
const MAX_PARSED_NESTING = 10;

/** Replace every VariantMarkup under `root` by the literal `-{`, its parsed inside, and `}-`. */
export function restoreLiteralVariantMarkup(root: Node, parseInline: (wikitext: string) => Inline[]): void {
  // Markup found inside markup → its nesting level (absent: 1).
  const nesting = new Map<VariantMarkup, number>();
  forEachInlineList(root, (list) => {
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (n.type !== 'variant') continue;
      const level = nesting.get(n) ?? 1;
      let inner: Inline[];
      if (level < MAX_PARSED_NESTING) {
        inner = parseInline(n.raw);
        noteNested(inner, level + 1, nesting);
      } else inner = [{ type: 'text', value: n.raw }];
      list.splice(i, 1, { type: 'text', value: '-{' }, ...inner, { type: 'text', value: '}-' });
      // The loop goes on into `inner` (markup nested at this level), the walk into its children.
    }
  });
}

function noteNested(inner: Inline[], level: number, nesting: Map<VariantMarkup, number>): void {
  forEachInlineList({ type: 'paragraph', children: inner }, (list) => {
    for (const n of list) if (n.type === 'variant') nesting.set(n, level);
  });
}
