/**
 * Wikis whose language has no script variants show `-{ … }-` as written (MediaWiki only runs its
 * LanguageConverter for languages with variants); the inside is still ordinary wikitext.
 */
import type { Inline, Node } from '../ast/nodes.js';
import { forEachInlineList } from '../ast/walk.js';

/** Languages MediaWiki converts between variants (LanguageConverter subclasses). */
export const VARIANT_LANGUAGES: ReadonlySet<string> = new Set([
  'zh', 'gan', 'iu', 'kk', 'ku', 'shi', 'sr', 'tg', 'uz', 'crh', 'ban', 'wuu', 'zgh', 'sh', 'tly',
]);

/** Replace every VariantMarkup under `root` by the literal `-{`, its parsed inside, and `}-`. */
export function restoreLiteralVariantMarkup(root: Node, parseInline: (wikitext: string) => Inline[]): void {
  forEachInlineList(root, (list) => {
    for (let i = 0; i < list.length; i++) {
      const n = list[i]!;
      if (n.type !== 'variant') continue;
      const inner = parseInline(n.raw);
      const replacement: Inline[] = [{ type: 'text', value: '-{' }, ...inner, { type: 'text', value: '}-' }];
      list.splice(i, 1, ...replacement);
      i += replacement.length - 1;
    }
  });
}
