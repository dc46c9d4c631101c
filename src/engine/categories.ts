/**
 * A page's categories as the wiki records them. MediaWiki keeps a page's categories in a list
 * keyed by name (ParserOutput::addCategory): a name met again keeps its first place and takes the
 * later sort key, so `[[Category:数学]][[Category:数学|Z]]` is one category, sorted under Z. On a
 * wiki with variants a name with no category page whose spelling in another script has one is
 * recorded under that one (LinkHolderArray::doVariants rebuilds the list the same way), so
 * `[[Category:数学|A]][[Category:數學|Z]]` is 数学 once, under Z.
 */
import type { CategoryEntry, PageMeta } from './types.js';

/**
 * Rewrites `meta.categories` into the recorded list: each name through `asRecorded` (when given),
 * repeats merged. When that changes anything and `asRecorded` was given, the list as written is
 * kept in `meta.writtenCategories` (the mirror records it, so that an update run can file the
 * page again under a newer dump's pages).
 */
export function recordCategories(meta: PageMeta, asRecorded?: (name: string) => string): void {
  const written = meta.categories;
  if (written.length === 0 || (written.length === 1 && !asRecorded)) return;
  const byName = new Map<string, CategoryEntry>();
  let changed = false;
  for (const c of written) {
    const name = asRecorded ? asRecorded(c.name) : c.name;
    const seen = byName.get(name);
    if (seen) {
      seen.sortKey = c.sortKey;
      changed = true;
    } else {
      byName.set(name, { name, sortKey: c.sortKey });
      if (name !== c.name) changed = true;
    }
  }
  if (!changed) return;
  if (asRecorded) meta.writtenCategories = written;
  meta.categories = [...byName.values()];
}
