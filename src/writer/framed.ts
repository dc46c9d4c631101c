/**
 * Framed images (thumbnails, frames) are blocks in MediaWiki's output: a `<figure>` ends the
 * paragraph around it. Inside bold or italic (`'''foo[[File:x|thumb|c]]bar'''`) the HTML tree
 * builder closes the `<b>` before the figure and opens it again after (and the figure, caption
 * included, sits inside one more `<b>`): three pieces, each bold. This lifts such images out of
 * the bold/italic around them so the paragraph writer can set them apart the same way.
 */
import type { Emphasis, Image, Inline, Strong } from '../ast/nodes.js';
import { isFramed } from './inline-links.js';
import { typeOf } from './node-type.js';

/** A framed image (thumbnail, frame): a block of its own in MediaWiki's output. */
export const isFramedImage = (n: Inline): n is Image => n.type === 'image' && isFramed(n);

/**
 * Whether a framed image stands in these inlines, directly or inside bold/italic. Asked of every
 * paragraph: each node's type is read once (a `.type` load that meets every node kind is a
 * megamorphic lookup, and V8 does not merge two of them on one node).
 */
export function holdsFramed(nodes: readonly Inline[]): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const t = typeOf(n);
    if (t === 'text') continue;
    if (t === 'image' ? isFramed(n as Image) : (t === 'strong' || t === 'emphasis') && holdsFramed((n as Strong | Emphasis).children)) return true;
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
