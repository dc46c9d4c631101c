/**
 * `;` terms with nothing under them (`; 主線` as a small sub-heading): written as bold lines
 * instead of an HTML definition list (writer/block.ts definitionList).
 */
import type { DefinitionList, Inline } from '../ast/nodes.js';
/** A list of `;` terms only, each with something to show and no list nested in it. */
export function termsOnly(b: DefinitionList): boolean {
  for (const item of b.items) {
    if (item.type !== 'definitionTerm' || item.children.length === 0) return false;
    let visible = false;
    for (const c of item.children) if (c.type !== 'text' || c.value.trim() !== '') visible = true;
    if (!visible) return false;
  }
  return true;
}

/** Bold inside the bold term adds nothing (and `****` would not parse): its content, unwrapped. */
export function unbolded(children: Inline[]): Inline[] {
  let has = false;
  for (const c of children) if (c.type === 'strong') has = true;
  if (!has) return children;
  const out: Inline[] = [];
  for (const c of children) {
    if (c.type === 'strong') out.push(...c.children);
    else out.push(c);
  }
  return out;
}
