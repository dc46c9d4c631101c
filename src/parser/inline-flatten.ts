/**
 * Blocks flattened into inline content, for the places where only inline content fits (a heading
 * made of an HTML block, a definition term, a table caption) and for the block escapes an inline
 * scan hands back (a block template in running text). Split from inline.ts, the scanner.
 */
import type { Block, Inline, MathBlock } from '../ast/nodes.js';
import { type InlineOut, isFlatScan } from './state.js';

/**
 * Blocks where only inline content fits: paragraphs and headings give their content, lists their
 * items' text, each after `between` (a space; a line break where the blocks' lines matter). An
 * ordered list's items keep the number the wiki shows before them (`{{Numbered list}}` opening a
 * line in a caption or an infobox value).
 */
export function blocksToInline(blocks: readonly Block[], between: Inline = { type: 'text', value: ' ' }): Inline[] {
  const out: Inline[] = [];
  const sep = (): void => {
    if (out.length > 0) out.push({ ...between });
  };
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
      case 'preformatted':
        sep();
        out.push(...b.children);
        break;
      case 'list':
        for (let n = 0; n < b.items.length; n++) {
          sep();
          if (b.ordered) out.push({ type: 'text', value: `${b.start + n}. ` });
          out.push(...blocksToInline(b.items[n]!.children, between));
        }
        break;
      case 'definitionList':
        for (const item of b.items) {
          sep();
          out.push(...(item.type === 'definitionTerm' ? item.children : blocksToInline(item.children, between)));
        }
        break;
      case 'blockquote':
      case 'htmlBlock':
        sep();
        out.push(...blocksToInline(b.children, between));
        break;
      case 'codeBlock':
        sep();
        out.push({ type: 'inlineCode', value: b.value });
        break;
      case 'mathBlock':
        sep();
        out.push({ type: 'math', value: b.value, display: true, chem: b.chem });
        break;
      case 'gallery':
        // A gallery's pictures (a `{{Photomontage}}` on its own line in an infobox's image field).
        for (const img of b.items) {
          sep();
          out.push(img);
        }
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * Inline content with block escapes flattened. The wiki leaves such blocks as blocks (a `<poem>` on
 * a `;` line is a div inside the term), so each keeps its lines: a line break before it, between
 * its blocks and before the text after it.
 */
export function toInline(nodes: readonly InlineOut[]): Inline[] {
  if (isFlatScan(nodes)) return nodes as Inline[];
  let hasBlocks = false;
  for (const n of nodes) if (n.type === 'blocks') hasBlocks = true;
  if (!hasBlocks) return nodes as Inline[];
  const out: Inline[] = [];
  let breakBefore = false;
  let shown = false; // whether anything visible is in `out` yet
  for (const item of nodes) {
    // A lone `<math display="block">` where only inline content fits stays in the line, as it
    // was written (a heading, a link's label, a definition term).
    const n = item.type === 'blocks' && item.blocks.length === 1 && item.blocks[0]!.type === 'mathBlock' ? displayMath(item.blocks[0]!) : item;
    if (n.type === 'blocks') {
      const flat = blocksToInline(n.blocks, BREAK);
      if (flat.length === 0) continue;
      if (shown) out.push({ ...BREAK });
      out.push(...flat);
      shown ||= flat.some(isVisible);
      breakBefore = true;
    } else {
      const visible = isVisible(n);
      if (breakBefore && visible) {
        out.push({ ...BREAK });
        breakBefore = false;
      }
      out.push(n);
      shown ||= visible;
    }
  }
  return out;
}

const BREAK: Inline = { type: 'break' };

/** A display formula kept in the line (written `<math display="block">`). */
export function displayMath(b: MathBlock): Inline {
  return { type: 'math', value: b.value, display: true, chem: b.chem };
}

function isVisible(n: Inline): boolean {
  return n.type !== 'text' || n.value.trim() !== '';
}
