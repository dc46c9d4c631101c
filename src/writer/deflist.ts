/**
 * Definition lists for MdWriter: wikitext's `;term` / `:description` and HTML `<dl>` (split from block.ts).
 */
import type { DefinitionList } from '../ast/nodes.js';
import type { MdWriter } from './block.js';
import { renderBlocksHtml, renderCellHtml, renderInlineHtml } from './html.js';
import { blocksNeedMarkdown, inlinesNeedMarkdown } from './needs.js';

/**
 * Definition lists have no Markdown form. They are written as HTML `<dl>` (GitHub indents
 * `<dd>`, which is what wikitext's `:` indentation shows); a term or description that needs
 * Markdown (footnotes, maths) gets it between blank lines inside its tag.
 */
export function writeDefinitionList(w: MdWriter, b: DefinitionList): void {
  if (b.items.length === 0) return;
  w.startBlock('html');
  w.line('<dl>');
  const items = b.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.type === 'definitionTerm') {
      // A list MediaWiki nests in the term (`;;x`, `;*x`) is printed inside the <dt>.
      const next = items[i + 1];
      const nested = next && next.type === 'definitionDescription' && next.inTerm ? next.children : null;
      if (nested) i++;
      if (inlinesNeedMarkdown(item.children) || (nested && blocksNeedMarkdown(nested))) {
        w.openMarkdownIn('<dt>');
        w.paragraphOf(item.children);
        if (nested) w.blocks(nested);
        w.closeMarkdownIn('dt');
      } else {
        const opts = w.htmlOpts();
        w.line(`<dt>${renderInlineHtml(item.children, opts)}${nested ? renderBlocksHtml(nested, opts) : ''}</dt>`);
      }
    } else if (blocksNeedMarkdown(item.children)) {
      w.openMarkdownIn('<dd>');
      w.blocks(item.children);
      w.closeMarkdownIn('dd');
    } else {
      w.line(`<dd>${renderCellHtml(item.children, w.htmlOpts())}</dd>`);
    }
  }
  w.line('</dl>');
  w.lastKind = 'html';
}

