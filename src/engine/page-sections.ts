/**
 * A page's own sections, named once for the two things that need them: the extra anchors of
 * headings with maths (written into the tree before the writer runs) and the links within the
 * page (asked by the writer as it prints them). writer/anchors.ts nameSections holds the rules.
 */
import type { Block, Document, Heading } from '../ast/nodes.js';
import { hasInlineMaths, headingTexts, linkAnchor, nameSections } from '../writer/anchors.js';
import type { NamedSections, SectionHeading } from '../writer/anchors.js';

/** One page's headings, found and named at the first use. */
export interface PageSections {
  readonly doc: Document;
  /** A fragment → the heading's text as the reader's variant shows it; null without a variant. */
  readonly shown: ((fragment: string) => string) | null;
  headings: Heading[] | null;
  named: NamedSections | null;
}

export function pageSections(doc: Document, shown: ((fragment: string) => string) | null): PageSections {
  return { doc, shown, headings: null, named: null };
}

/** The headings GitHub anchors: those the writer prints as Markdown headings, in document order. */
function markdownHeadings(blocks: readonly Block[], out: Heading[]): void {
  for (const b of blocks) if (b.type === 'heading') out.push(b);
}

function headingsOf(page: PageSections): Heading[] {
  if (page.headings === null) {
    page.headings = [];
    markdownHeadings(page.doc.children, page.headings);
  }
  return page.headings;
}

function namedSections(page: PageSections): NamedSections {
  if (page.named === null) {
    const headings: SectionHeading[] = [];
    for (const h of headingsOf(page)) headings.push({ texts: headingTexts(h.children), maths: hasInlineMaths(h.children) });
    page.named = nameSections(headings);
  }
  return page.named;
}

/** Writes the extra anchors of the page's headings with maths (nameSections). */
export function anchorMathsHeadings(page: PageSections): void {
  const headings = headingsOf(page);
  let any = false;
  for (const h of headings) if (hasInlineMaths(h.children)) any = true;
  if (!any) return;
  const extra = namedSections(page).mathsAnchors;
  for (let i = 0; i < headings.length; i++) {
    const id = extra[i];
    if (id === null || id === undefined) continue;
    // At the end: first, it would be written `## <a id="…"></a> $n$ 次元`, and the space before the
    // maths would change GitHub's own anchor of the heading (`-n-次元`, was `n-次元`).
    headings[i]!.children.push({ type: 'htmlInline', tag: 'span', attrs: { id }, children: [] });
  }
}

/** The anchor of a link within the page (linkAnchor with the page's own headings). */
export function ownSectionAnchor(page: PageSections, fragment: string): string {
  return linkAnchor(page.shown ? page.shown(fragment) : fragment, namedSections(page).anchors);
}
