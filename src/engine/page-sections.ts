/**
 * A page's own sections, named once for the two things that need them: the extra anchors of
 * headings with maths (written into the tree before the writer runs) and the links within the
 * page (asked by the writer as it prints them). writer/anchors.ts nameSections holds the rules.
 */
import type { Block, Document, Heading } from '../ast/nodes.js';
import type { HeadingSources } from '../variants/heading-names.js';
import { hasInlineMaths, headingTexts, linkAnchor, nameSections } from '../writer/anchors.js';
import { DROPPED_HTML, htmlDefinitionList, htmlHeading } from '../writer/html-lists.js';
import { blocksNeedMarkdown } from '../writer/needs.js';
import type { NamedSections, SectionHeading } from '../writer/anchors.js';

/** One page's headings, found and named at the first use. */
export interface PageSections {
  readonly doc: Document;
  /** The headings a variant converted → their source text, which the wiki's ids come from. */
  readonly sources: HeadingSources | null;
  headings: FoundHeading[] | null;
  named: NamedSections | null;
}

export function pageSections(doc: Document, sources: HeadingSources | null): PageSections {
  return { doc, sources, headings: null, named: null };
}

/** A heading of the page, and whether GitHub gives it an anchor. */
interface FoundHeading {
  heading: Heading;
  anchored: boolean;
  /** Whether it holds inline maths (looked at once, by findHeadings). */
  maths: boolean;
}

/**
 * The page's headings in document order, which is how both the wiki and GitHub number repeats.
 * GitHub anchors those the writer prints as Markdown headings — in quotes, list items and
 * definitions written as Markdown too (GitHub's slugger counts them all) — not those in tables or
 * plain definitions (written as HTML, whose headings get no id); the wiki gives those an id all
 * the same, which takes its number.
 * Headings in a term (printed as inline text) or a dropped block are neither. An HTML `<h2>`
 * holding one paragraph is printed as a Markdown heading (block.ts htmlBlock): its stand-in
 * shares the paragraph's children, so an extra anchor added to it is printed.
 */
function findHeadings(blocks: readonly Block[], anchored: boolean, out: FoundHeading[]): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push({ heading: b, anchored, maths: hasInlineMaths(b.children) });
        break;
      case 'blockquote':
        findHeadings(b.children, anchored, out);
        break;
      case 'list':
        for (const item of b.items) findHeadings(item.children, anchored, out);
        break;
      case 'definitionList':
        // A description is Markdown only when it needs to be (deflist.ts); otherwise `<dd>` HTML.
        for (const item of b.items) {
          if (item.type === 'definitionDescription') findHeadings(item.children, anchored && blocksNeedMarkdown(item.children), out);
        }
        break;
      case 'table':
        for (const row of b.rows) for (const cell of row.cells) findHeadings(cell.children, false, out);
        break;
      case 'htmlBlock': {
        const tag = b.tag.toLowerCase();
        if (DROPPED_HTML.has(tag)) break;
        if (tag === 'dl' || tag === 'dt' || tag === 'dd') {
          findHeadings([htmlDefinitionList(b)], anchored, out);
          break;
        }
        const heading = htmlHeading(b, tag);
        if (heading !== null) out.push({ heading, anchored, maths: hasInlineMaths(heading.children) });
        else findHeadings(b.children, anchored, out);
        break;
      }
      default:
        break;
    }
  }
}

function headingsOf(page: PageSections): FoundHeading[] {
  if (page.headings === null) {
    page.headings = [];
    findHeadings(page.doc.children, true, page.headings);
  }
  return page.headings;
}

function namedSections(page: PageSections): NamedSections {
  if (page.named === null) {
    const headings: SectionHeading[] = [];
    for (const { heading, anchored, maths } of headingsOf(page)) {
      const texts = headingTexts(heading.children);
      const source = page.sources?.get(heading);
      headings.push({ texts, source: source ?? texts.glued, maths, anchored });
    }
    page.named = nameSections(headings);
  }
  return page.named;
}

/** Writes the extra anchors of the page's headings with maths (nameSections). */
export function anchorMathsHeadings(page: PageSections): void {
  const headings = headingsOf(page);
  let any = false;
  for (const h of headings) if (h.anchored && h.maths) any = true;
  if (!any) return;
  const extra = namedSections(page).mathsAnchors;
  for (let i = 0; i < headings.length; i++) {
    const id = extra[i];
    if (id === null || id === undefined) continue;
    // At the end: first, it would be written `## <a id="…"></a> $n$ 次元`, and the space before the
    // maths would change GitHub's own anchor of the heading (`-n-次元`, was `n-次元`).
    headings[i]!.heading.children.push({ type: 'htmlInline', tag: 'span', attrs: { id }, children: [] });
  }
}

/**
 * The anchor of a link within the page (linkAnchor with the page's own headings). In a variant the
 * fragment names a heading by its source text and lands on the anchor of its shown text; one
 * naming no heading (an `{{anchor}}`'s or a span's id, never converted) is written as it stands.
 */
export function ownSectionAnchor(page: PageSections, fragment: string): string {
  return linkAnchor(fragment, namedSections(page).anchors);
}
