/**
 * Sections that hold nothing but a reference list (`== 参考资料 ==` + `{{reflist}}`) go last, after
 * the category line. GitHub, markdown-it and remark all gather footnote definitions at the very
 * end of a page, so wherever such a heading stands it would show nothing under it, and the
 * footnotes would appear below the categories with no heading of their own. Written last, the
 * heading sits right above the footnotes it names. Sections with any other content (a
 * bibliography, a subsection, text) stay where they are.
 */
import type { Block, Heading } from '../ast/nodes.js';

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
  const moved: Array<{ heading: Heading; section: Block[]; parents: Heading[] }> = [];
  /** The headings the current position lies under, outermost first. */
  let open: Heading[] = [];
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
    const parents = open.filter((h) => h.level < b.level);
    if (closed && section.length > 0 && section.every(onlyReferences)) {
      moved.push({ heading: b, section, parents });
      open = parents;
    } else {
      body.push(b, ...section);
      open = [...parents, b];
    }
    i = end;
  }
  if (!moved.length) return { body: blocks as Block[], tail: [] };
  // A moved subsection (=== 引用 === under == 参考文献 ==) would read as part of the section the
  // page ends in (参见). A parent left with nothing under it in the body (== 脚注 == holding only
  // === 注釈 === and === 出典 ===) moves along with it; a parent that keeps other content stays
  // where it is, and the subsection takes that parent's level instead (## 引用), so the outline
  // stays right without writing the parent's heading twice.
  const tail: Block[] = [];
  for (const m of moved) {
    let k = 0;
    while (k < m.parents.length && k < open.length && open[k] === m.parents[k]) k++;
    const kept = m.parents.slice(0, k);
    let level = m.heading.level;
    for (const p of m.parents.slice(k)) {
      const at = body.indexOf(p);
      if (at < 0) continue;
      const after = body[at + 1];
      const empty = after === undefined || (after.type === 'heading' && after.level <= p.level);
      if (!empty) {
        level = p.level;
        break;
      }
      body.splice(at, 1);
      tail.push(p);
      kept.push(p);
    }
    const heading: Heading = level === m.heading.level ? m.heading : { ...m.heading, level };
    tail.push(heading, ...m.section);
    open = [...kept, heading];
  }
  return { body, tail };
}
