/**
 * What the variants transform (transform.ts) takes and gives back: the target variant, the page's
 * NoteTA rules and group pages, the parser's entry points for what markup shows, and the page's
 * title and converter for what the engine writes outside the tree.
 */
import type { Block, Inline, Node, Text } from '../ast/nodes.js';
import type { PageMeta, PageSource, Warning } from '../engine/types.js';
import type { HeadingSources } from './heading-names.js';

export interface ApplyVariantsOptions {
  /** Target variant (zh-hans, zh-tw, …); null: no conversion, markup shown as MediaWiki shows it unconverted. */
  variant: string | null;
  noteTA: PageMeta['noteTA'];
  /** Pages of the dump, for `Module:CGroup/*` and `Template:CGroup/*`; null: built-in groups only. */
  groups: PageSource | null;
  parseInline: (wikitext: string) => Inline[];
  /**
   * Block parse of what a markup shows, for markup in a paragraph whose text holds a template call
   * or a line break (block-markup.ts); absent: such markup is shown inline, its blocks flattened.
   */
  parseBlocks?: (wikitext: string) => Block[];
  warn: (w: Warning) => void;
  /** The page title, converted (table and page rules) when no `-{T|…}-` sets one. */
  title?: string;
  /**
   * Behaviour switches of the page (PageMeta.switches): `NOCONTENTCONVERT`/`NOCC` turns conversion
   * off (markup shows its unconverted text, the title stays), `NOTITLECONVERT`/`NOTC` keeps the title.
   */
  switches?: readonly string[];
  /**
   * Scar repair (transform/scars ScarRemover.fixRun) to run on each inline run of the page just
   * before the run is converted — the runs and owners removeScars visits — so a page needs one tree
   * walk less. Only for pages without `-{…}-`: markup replaces nodes and finds block-spanning
   * regions, which must see the repaired tree.
   */
  fixRun?: ((run: Inline[], owner: Node) => void) | null;
  /**
   * Text nodes shown as written, never converted and never read for `-{…}-` (`<nowiki>` text;
   * the parser's literalTextNodes), or null.
   */
  literal?: ReadonlySet<Text> | null;
}

export interface ApplyVariantsResult {
  /** The title to show in the variant (from `-{T|…}-`, NoteTA `T=`, or the converted page title). */
  title?: string;
  /**
   * Converts text outside the tree the way the page's text was converted (table and the page's
   * rules) — for what the engine writes itself, such as category names in the category line.
   * Identity when there is no variant or conversion is switched off.
   */
  convert: (text: string) => string;
  /**
   * The page's headings the pass converted → their text as written, which the wiki's ids are
   * made from (its anchors come from the shown text); null when it converted none.
   */
  headingSources: HeadingSources | null;
}
