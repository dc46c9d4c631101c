/**
 * Sections that hold nothing but a reference list (`== 参考资料 ==` + `{{reflist}}`) go last, after
 * the category line. GitHub, markdown-it and remark all gather footnote definitions at the very
 * end of a page, so wherever such a heading stands it would show nothing under it, and the
 * footnotes would appear below the categories with no heading of their own. Written last, the
 * heading sits right above the footnotes it names. Sections with any other content (a
 * bibliography, a subsection, text) stay where they are.
 */
import type { Block } from '../ast/nodes.js';

/** A block that shows nothing but footnote definitions: a list, or a wrapper of lists only. */
function onlyReferences(b: Block): boolean {
  if (b.type === 'references') return true;
  if (b.type === 'htmlBlock') return b.children.length > 0 && b.children.every(onlyReferences);
  return false;
}

/**
 * Split a document's blocks into what is written first and the reference-only sections written
 * after the categories, both in their original order. Returns `tail` empty when there is none.
 */
export function referenceSectionsLast(blocks: readonly Block[]): { body: Block[]; tail: Block[] } {
  const body: Block[] = [];
  const tail: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.type !== 'heading') {
      body.push(b);
      i++;
      continue;
    }
    // The section: up to the next heading of any level (a subsection makes it more than a list).
    let end = i + 1;
    while (end < blocks.length && blocks[end]!.type !== 'heading') end++;
    const section = blocks.slice(i + 1, end);
    // A deeper heading next belongs to this section: it is more than a list and stays.
    const next = blocks[end];
    const closed = next === undefined || (next.type === 'heading' && next.level <= b.level);
    const target = closed && section.length > 0 && section.every(onlyReferences) ? tail : body;
    target.push(b, ...section);
    i = end;
  }
  return tail.length ? { body, tail } : { body: blocks as Block[], tail };
}
