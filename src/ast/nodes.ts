/**
 * The central document tree: the only thing the parser hands to the transforms and the
 * transforms hand to the writers. Plain JSON-compatible objects (no classes) so a tree can be
 * built by hand in tests, cloned, and sent between worker threads.
 *
 * Conventions
 * - `children` always holds nodes of the documented kind (Inline[] or Block[]).
 * - Text values are raw text (entities already decoded); escaping is the writer's job.
 * - Fields marked "set by transform" are null/undefined straight out of the parser.
 */

// ───────────────────────────── inline ─────────────────────────────

export interface Text {
  type: 'text';
  value: string;
}

export interface Strong {
  type: 'strong';
  children: Inline[];
}

export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}

/** `[[Target#fragment|label]]`, including category/file links written with a leading colon. */
export interface WikiLink {
  type: 'wikiLink';
  /** Normalised full title, local namespace prefix included ("分类:数学"), '' for `[[#Y]]`. */
  title: string;
  /** Namespace number of `title` (0 for articles, 14 for categories, …). */
  ns: number;
  /** Section anchor as written after '#', decoded, or null. */
  fragment: string | null;
  /** Interwiki prefix (`wikt`, `en`, …) when the link leaves the wiki; title is then the remote title. */
  interwiki: string | null;
  children: Inline[];
  /** Set by transform: the href the writer prints (relative path or live-wiki URL). */
  href?: string;
}

/** `[url label]`, `[url]` (numbered), bare URLs, and magic links (ISBN/RFC/PMID). */
export interface ExternalLink {
  type: 'externalLink';
  url: string;
  /** The label; for `[url]` the parser fills in the running number ("[1]"); for bare URLs the URL. */
  children: Inline[];
  kind: 'labelled' | 'numbered' | 'bare' | 'magic';
}

/** `[[File:…]]` (any localised File namespace name). */
export interface Image {
  type: 'image';
  /** File name without namespace, spaces not underscores ("Example photo.jpg"). */
  file: string;
  /** Set by transform: the real upload URL (MD5-derived path). */
  src?: string;
  alt: string;
  caption: Inline[];
  /** `link=` option: a URL or a title (`link=[[X]]` read as X); '' means no link, null means default (the file page). */
  link: string | null;
  /** thumb/frame/frameless/none etc.: what MediaWiki would display as a block with caption. */
  format: 'thumb' | 'frame' | 'frameless' | 'inline';
  width: number | null;
  height: number | null;
  align: 'left' | 'right' | 'center' | 'none' | null;
}

export interface LineBreak {
  type: 'break';
}

/** `<ref>` — a footnote marker. The first use of a name carries the content. */
export interface FootnoteRef {
  type: 'footnoteRef';
  /** `group=` attribute ('' for the default group). */
  group: string;
  name: string | null;
  /** Content of this use, or null for `<ref name=x/>` reuse. */
  children: Block[] | null;
  /** Set by transform: the footnote label printed as `[^label]`. */
  label?: string;
}

/** `<code>` / `<tt>` with plain text only; anything richer becomes an HtmlInline. */
export interface InlineCode {
  type: 'inlineCode';
  value: string;
}

/** An allowed HTML inline element kept with its meaning (sup, sub, s, u, kbd, ruby, span, …). */
export interface HtmlInline {
  type: 'htmlInline';
  /** Lower-case tag name; always one of ALLOWED_INLINE_TAGS (src/ast/html.ts). */
  tag: string;
  /** Attributes as written (decoded); the writer sanitises them before printing. */
  attrs: Record<string, string>;
  children: Inline[];
}

/** `<math>`, `<chem>`, `<ce>` in running text. */
export interface InlineMath {
  type: 'math';
  value: string;
  /** `display=block` written inline. */
  display: boolean;
  chem: boolean;
}

/**
 * `-{ … }-` language-conversion markup, kept raw by the parser; the variants transform reads the
 * flags and choices and replaces the node with ordinary inlines.
 */
export interface VariantMarkup {
  type: 'variant';
  /** Everything between `-{` and `}-`, unparsed. */
  raw: string;
}

/**
 * Where a template was dropped (unknown, navbox, maintenance banner …). The scar transform uses
 * it to remove the punctuation the template leaves behind (`（，简称WSL）`) and then deletes it.
 */
export interface DroppedTemplate {
  type: 'dropped';
  name: string;
}

export type Inline =
  | Text
  | Strong
  | Emphasis
  | WikiLink
  | ExternalLink
  | Image
  | LineBreak
  | FootnoteRef
  | InlineCode
  | HtmlInline
  | InlineMath
  | VariantMarkup
  | DroppedTemplate;

// ───────────────────────────── block ─────────────────────────────

export interface Document {
  type: 'document';
  children: Block[];
}

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: Inline[];
}

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
}

/** `*` (ordered: false) and `#` (ordered: true) lists. */
export interface List {
  type: 'list';
  ordered: boolean;
  /**
   * The number of an ordered list's first item (`{{Ordered list|start=5|…}}`, `<ol start="5">`);
   * 1 otherwise, and in every unordered list. Set by every constructor, in this order, so all
   * lists share one object shape.
   */
  start: number;
  items: ListItem[];
}

export interface ListItem {
  type: 'listItem';
  children: Block[];
}

/** `;` terms and `:` descriptions. A run of `:` lines without `;` is an indent-only list. */
export interface DefinitionList {
  type: 'definitionList';
  items: Array<DefinitionTerm | DefinitionDescription>;
}

export interface DefinitionTerm {
  type: 'definitionTerm';
  children: Inline[];
}

export interface DefinitionDescription {
  type: 'definitionDescription';
  children: Block[];
  /**
   * These blocks belong inside the term just before: MediaWiki opens a list in the `<dt>` of a
   * `;` line (`;;x`, `;*x`, `:;*x`). Writers that know it print them in that `<dt>`; elsewhere the
   * node reads as an ordinary description. Only ever set on an item that follows a term.
   */
  inTerm?: true;
}

/** Lines starting with a space: preformatted, but inline markup still applies. */
export interface Preformatted {
  type: 'preformatted';
  children: Inline[];
  /**
   * An HTML `<pre>` never closed on the page (not an indented block): MediaWiki's converter
   * skips only `<pre…>…</pre>` with its end tag, so this one's text converts under a variant.
   */
  unclosed?: true;
}

/** `<pre>`, `<syntaxhighlight>`, `<source>`: literal text. */
export interface CodeBlock {
  type: 'codeBlock';
  lang: string | null;
  value: string;
}

/** A formula standing alone (display math, typically `:<math>…</math>`). */
export interface MathBlock {
  type: 'mathBlock';
  value: string;
  chem: boolean;
}

export interface ThematicBreak {
  type: 'thematicBreak';
}

export interface BlockQuote {
  type: 'blockquote';
  children: Block[];
}

export interface Table {
  type: 'table';
  attrs: Record<string, string>;
  caption: Inline[] | null;
  rows: TableRow[];
}

export interface TableRow {
  type: 'tableRow';
  attrs: Record<string, string>;
  cells: TableCell[];
}

export interface TableCell {
  type: 'tableCell';
  header: boolean;
  rowspan: number;
  colspan: number;
  align: 'left' | 'center' | 'right' | null;
  attrs: Record<string, string>;
  /** A plain cell is one Paragraph; multi-line cells hold lists, nested tables, … */
  children: Block[];
}

/** An allowed HTML block element (div, center, …) whose content is kept. */
export interface HtmlBlock {
  type: 'htmlBlock';
  tag: string;
  attrs: Record<string, string>;
  children: Block[];
}

/** `<gallery>` and gallery-like templates. */
export interface Gallery {
  type: 'gallery';
  items: Image[];
}

/** An infobox template rendered as a key/value table at the top of the page. */
export interface Infobox {
  type: 'infobox';
  name: string;
  title: Inline[] | null;
  images: Image[];
  rows: InfoboxRow[];
}

export interface InfoboxRow {
  /** null label: a full-width row (a sub-header or a lone value). */
  label: Inline[] | null;
  value: Inline[];
  header?: boolean;
}

/** `<references/>`, `{{reflist}}`, `{{notelist}}`: where a group's footnote definitions stand. */
export interface References {
  type: 'references';
  group: string;
  /** Refs defined inside `<references>…</references>` (list-defined references). */
  definitions: FootnoteRef[];
  /** Set by transform: the definitions to print here, in first-use order. */
  list?: FootnoteDefinition[];
}

export interface FootnoteDefinition {
  label: string;
  group: string;
  name: string | null;
  children: Block[];
}

export type Block =
  | Heading
  | Paragraph
  | List
  | DefinitionList
  | Preformatted
  | CodeBlock
  | MathBlock
  | ThematicBreak
  | BlockQuote
  | Table
  | HtmlBlock
  | Gallery
  | Infobox
  | References;

export type Node = Document | Block | Inline | ListItem | DefinitionTerm | DefinitionDescription | TableRow | TableCell;

// ───────────────────────────── helpers ─────────────────────────────

export const text = (value: string): Text => ({ type: 'text', value });
export const paragraph = (children: Inline[]): Paragraph => ({ type: 'paragraph', children });
/** A list node, every one made here so that lists keep one shape (one hidden class: `start` always set). */
export const listNode = (items: ListItem[], ordered = false, start = 1): List => ({ type: 'list', ordered, start, items });

/** Concatenated plain text of inline nodes (labels, alt text, anchors). */
export function plainText(nodes: readonly (Inline | Block)[]): string {
  let out = '';
  for (const n of nodes) out += plainTextOf(n);
  return out;
}

function plainTextOf(n: Inline | Block): string {
  switch (n.type) {
    case 'text':
      return n.value;
    case 'inlineCode':
    case 'math':
    case 'codeBlock':
    case 'mathBlock':
      return n.value;
    case 'break':
      return '\n';
    case 'strong':
    case 'emphasis':
    case 'wikiLink':
    case 'externalLink':
    case 'htmlInline':
    case 'heading':
    case 'paragraph':
    case 'preformatted':
      return plainText(n.children);
    case 'image':
      return plainText(n.caption);
    default:
      return '';
  }
}
