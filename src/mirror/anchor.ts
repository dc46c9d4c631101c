/**
 * The anchor a section link points at: the slug GitHub gives a heading with that text (the
 * writer's rule), so `[[X#历史]]` lands on `## 历史` in X.md. A fragment written with
 * underscores (`#See_also`) names the heading "See also".
 */
import { slug } from '../writer/anchors.js';

export function sectionAnchor(fragment: string): string {
  return slug(fragment.replace(/_/g, ' ').replace(/\s+/g, ' ').trim());
}
