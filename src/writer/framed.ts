/**
 * Framed images (thumbnails, frames) are blocks in MediaWiki's output: a `<figure>` ends the
 * paragraph around it. Inside bold or italic (`'''foo[[File:x|thumb|c]]bar'''`) the HTML tree
 * builder closes the `<b>` before the figure and opens it again after (and the figure, caption
 * included, sits inside one more `<b>`): three pieces, each bold. This lifts such images out of
 * the bold/italic around them so the paragraph writer can set them apart the same way.
 */
import type { Emphasis, Image, Inline, Strong } from '../ast/nodes.js';
import { isFramed } from './inline-links.js';

/** A framed image (thumbnail, frame): a block of its own in MediaWiki's output. */
export const isFramedImage = (n: Inline): n is Image => n.type === 'image' && isFramed(n);

/** Whether a framed image stands in these inlines, directly or inside bold/italic. */
export function holdsFramed(nodes: readonly Inline[]): boolean {
  for (const n of nodes) {
    if (isFramedImage(n)) return true;
    if ((n.type === 'strong' || n.type === 'emphasis') && holdsFramed(n.children)) return true;
  }
  return false;
}

function wrap(kind: 'strong' | 'emphasis', children: Inline[]): Strong | Emphasis {
  return kind === 'strong' ? { type: 'strong', children } : { type: 'emphasis', children };
}

/** The inlines with every framed image inside bold/italic brought to the top, the bold/italic split around it. */
export function liftFramed(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    if ((n.type !== 'strong' && n.type !== 'emphasis') || !holdsFramed(n.children)) {
      out.push(n);
      continue;
    }
    let run: Inline[] = [];
    for (const c of liftFramed(n.children)) {
      if (!isFramedImage(c)) {
        run.push(c);
        continue;
      }
      if (run.length > 0) out.push(wrap(n.type, run));
      run = [];
      out.push(c.caption.length > 0 ? { ...c, caption: [wrap(n.type, c.caption)] } : c);
    }
    if (run.length > 0) out.push(wrap(n.type, run));
  }
  return out;
}
