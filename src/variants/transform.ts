/**
 * The variants transform: replaces every `-{…}-` node with ordinary inlines and converts the text
 * of the page to the requested Chinese variant, in document order, the way MediaWiki converts a
 * rendered page: rules (`-{H|…}-`, `-{A|…}-`, `-{-|…}-`) take effect from where they stand; NoteTA
 * rules and groups stand at the top of the page, so they cover all of it. Link targets, URLs, code
 * and math are never converted. Footnote contents are converted last, as MediaWiki renders them in
 * the reference list at the end of the page.
 */
import type { Block, Document, Inline, Node, Text } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import type { Variant } from './codes.js';
import { hasBlockMarkup, keepEdgeSpaces, splitParagraph } from './block-markup.js';
import { convertedBy, HeadingSources, unconverted } from './heading-names.js';
import { ConversionState } from './markup.js';
import { applyPageRules } from './page-rules.js';
import { pruneHidden } from './prune.js';
import { findRegions, regionDisplayOf, selectedPart, type Region } from './regions.js';
import { splitMarkup } from './split-markup.js';
import { forceConvert, holdsMarkup, skipsCode } from './code-skip.js';

export { splitMarkup };

import type { ApplyVariantsOptions, ApplyVariantsResult } from './options.js';

export type { ApplyVariantsOptions, ApplyVariantsResult };

/** How text in a subtree is treated: converted to a variant, or kept as written (rule output). */
type Mode = Variant | null;

export function applyVariants(doc: Document, opts: ApplyVariantsOptions): ApplyVariantsResult {
  const run = new VariantRun(opts, doc);
  applyPageRules(run.state, opts.noteTA, opts.groups, opts.warn);
  run.blocks(doc.children);
  run.flushDeferred();
  if (run.hidden.size > 0) pruneHidden(doc.children, run.hidden);
  return run.result(opts.title);
}

/** Displays of markup parsed one inside another before nested markup is shown as written. */
const MAX_DISPLAY_DEPTH = 10;

class VariantRun {
  readonly state: ConversionState;
  private readonly deferred: Block[][] = [];
  /**
   * Footnote contents already converted: a footnote's content is reachable from its marker and
   * from its reference list. Only these lists can be reached twice (the rest of the tree is a
   * tree), so only they are looked up — a lookup per list of the page cost more than the walk.
   */
  private readonly doneFootnotes = new Set<object>();

  private readonly convertTitle: boolean;

  /** The text of each heading the pass converts, as written (the wiki's ids are made from it). */
  private readonly headingSources = new HeadingSources();

  /** The scar repair to run on each inline run of the tree (not on what markup displays), or null. */
  private fixRun: ((run: Inline[], owner: Node) => void) | null;

  /** `<nowiki>` text: left as it is. */
  private readonly literal: ReadonlySet<Text> | null;

  /** Text nodes block-spanning markup hid: blocks left showing nothing but these are removed (prune.ts). */
  readonly hidden = new Set<Text>();

  /** Set while the walk is in a hidden part of block-spanning markup: other inlines there are dropped. */
  private hiding: Region | null = null;

  /** Text nodes enclosed by block-spanning markup (regions.ts); found on the first `-{` in a text node. */
  private regions: WeakMap<Text, Region> | null | undefined = undefined;

  constructor(
    private readonly opts: ApplyVariantsOptions,
    private readonly doc: Document,
  ) {
    const switches = new Set((opts.switches ?? []).map((s) => s.toUpperCase().replace(/^__|__$/g, '')));
    const noContent = switches.has('NOCONTENTCONVERT') || switches.has('NOCC');
    // NOCONTENTCONVERT also keeps the title as written (MediaWiki T424773).
    this.convertTitle = !(noContent || switches.has('NOTITLECONVERT') || switches.has('NOTC'));
    this.state = new ConversionState(noContent ? null : opts.variant);
    this.fixRun = opts.fixRun ?? null;
    this.literal = opts.literal ?? null;
  }

  private get mode(): Mode {
    return this.state.variant === 'zh' ? null : this.state.variant;
  }

  result(title: string | undefined): ApplyVariantsResult {
    const state = this.state;
    const convert = state.variant === 'zh' ? unconverted : convertedBy.bind(null, state);
    const headingSources = this.headingSources.size === 0 ? null : this.headingSources;
    if (state.title !== null) return { title: plainText(this.opts.parseInline(state.title)), convert, headingSources };
    if (title !== undefined && this.convertTitle && state.variant !== 'zh') return { title: state.convert(title), convert, headingSources };
    return { convert, headingSources };
  }

  flushDeferred(): void {
    for (let i = 0; i < this.deferred.length; i++) {
      const list = this.deferred[i]!;
      if (this.doneFootnotes.has(list)) continue;
      this.doneFootnotes.add(list);
      this.blocks(list);
    }
    this.deferred.length = 0;
  }

  blocks(list: Block[], mode: Mode = this.mode): void {
    for (let i = 0; i < list.length; i++) {
      const b = list[i]!;
      if (b.type === 'paragraph' && this.opts.parseBlocks && hasBlockMarkup(b.children)) {
        // Markup showing a block (a quotation template inside `-{…}-`) splits the paragraph.
        if (this.fixRun) this.fixRun(b.children, b);
        const parts = splitParagraph(b.children, (run) => this.inlines(run, mode), (raw) => this.showBlocks(raw));
        list.splice(i, 1, ...parts);
        i += parts.length - 1;
      } else this.block(b, mode);
    }
  }

  /** What one `-{…}-` shows, parsed as blocks (its rule applied in document order, like expand). */
  private showBlocks(raw: string): Block[] {
    const shown = this.state.markup(raw);
    if (shown.error) this.ruleError(raw);
    if (shown.wikitext === '') return [];
    let blocks: Block[];
    try {
      blocks = this.opts.parseBlocks!(shown.wikitext);
    } catch {
      blocks = [{ type: 'paragraph', children: [{ type: 'text', value: shown.wikitext }] }];
    }
    // As in display(): converted only with the filter's variant, no scar repair inside.
    const fixRun = this.fixRun;
    this.fixRun = null;
    try {
      this.blocks(blocks, shown.convertTo === 'zh' ? null : shown.convertTo);
    } finally {
      this.fixRun = fixRun;
    }
    keepEdgeSpaces(shown.wikitext, blocks);
    return blocks;
  }

  private block(b: Block, mode: Mode): void {
    switch (b.type) {
      case 'heading': {
        if (this.fixRun) this.fixRun(b.children, b);
        if (mode !== null) this.headingSources.record(b, b.children);
        b.children = this.inlines(b.children, mode);
        return;
      }
      case 'paragraph':
        if (this.fixRun) this.fixRun(b.children, b);
        b.children = this.inlines(b.children, mode);
        return;
      case 'preformatted':
        // MediaWiki's converter passes over `<pre>…</pre>` (an indented block is one by then), as
        // it does the `<pre>` tag (codeBlock below): its text stays as written unless markup is in
        // it, which splits the element for the converter and so converts all of it. Its regex
        // wants the end tag: an unclosed `<pre>` (closed only later by the tree builder) converts.
        if (this.fixRun) this.fixRun(b.children, b);
        b.children = this.inlines(b.children, b.unclosed || holdsMarkup(b.children, this.literal) ? mode : null);
        return;
      case 'list':
        for (const item of b.items) this.blocks(item.children, mode);
        return;
      case 'definitionList':
        for (const item of b.items) {
          if (item.type === 'definitionTerm') {
            if (this.fixRun) this.fixRun(item.children, item);
            item.children = this.inlines(item.children, mode);
          } else this.blocks(item.children, mode);
        }
        return;
      case 'blockquote':
      case 'htmlBlock':
        this.blocks(b.children, mode);
        return;
      case 'table':
        if (b.caption) {
          if (this.fixRun) this.fixRun(b.caption, b);
          b.caption = this.inlines(b.caption, mode);
        }
        for (const row of b.rows) for (const cell of row.cells) this.blocks(cell.children, mode);
        return;
      case 'gallery':
        for (const img of b.items) this.inline(img, mode);
        return;
      case 'infobox':
        if (this.fixRun) {
          // removeScars repairs all of an infobox's own runs before its images' captions.
          if (b.title) this.fixRun(b.title, b);
          for (const row of b.rows) {
            if (row.label) this.fixRun(row.label, b);
            this.fixRun(row.value, b);
          }
        }
        if (b.title) b.title = this.inlines(b.title, mode);
        for (const img of b.images) this.inline(img, mode);
        for (const row of b.rows) {
          if (row.label) row.label = this.inlines(row.label, mode);
          row.value = this.inlines(row.value, mode);
        }
        return;
      case 'references':
        for (const def of b.definitions) if (def.children) this.deferred.push(def.children);
        if (b.list) for (const def of b.list) this.deferred.push(def.children);
        return;
      case 'codeBlock':
        // `<pre>` is left alone unless it holds markup: then MediaWiki converts all of it (its
        // "force convert" of pre). Highlighted source code (a language set) is never touched.
        if (b.lang === null && b.value.includes('-{')) b.value = forceConvert(this.state, b.value, mode);
        return;
      case 'mathBlock':
      case 'thematicBreak':
        return;
    }
  }

  /** Convert a run of inlines; returns the new list (variant markup expands in place). */
  inlines(list: Inline[], mode: Mode): Inline[] {
    let out: Inline[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const node = list[i]!;
      if (this.hiding !== null && (node.type !== 'text' || this.regions?.get(node) === undefined)) {
        // Inside the part of block-spanning markup that is not shown: nested markup, links,
        // images go with the text around them.
        out ??= list.slice(0, i);
        continue;
      }
      if (node.type === 'variant') {
        out ??= list.slice(0, i);
        for (const n of this.expand(node.raw)) out.push(n);
        continue;
      }
      if (node.type === 'text') {
        if (this.literal !== null && this.literal.has(node)) {
          if (out) out.push(node);
          continue;
        }
        if (this.regions == null && !node.value.includes('-{')) {
          // Plain text outside block-spanning markup (nearly every node): converted in place.
          if (mode !== null) node.value = this.state.convert(node.value, mode);
          if (out) out.push(node);
          continue;
        }
        // Cutting may shorten this node and insert the rest of the markup after it in `list`.
        if (this.regions === undefined && node.value.includes('-{')) this.regions = findRegions(this.doc.children, this.literal);
        const region = this.regions?.get(node);
        const replaced = region ? this.regionText(node, region) : this.text(node, mode);
        if (replaced) {
          out ??= list.slice(0, i);
          for (const n of replaced) out.push(n);
        } else if (out) out.push(node);
        continue;
      }
      this.inline(node, mode);
      if (out) out.push(node);
    }
    return out ?? list;
  }

  /** Convert a text node in place, or return what replaces it when markup reached it. */
  private text(node: Text, mode: Mode): Inline[] | null {
    if (node.value.includes('-{')) {
      // Markup that reached a text node (a template flattened an argument): still never raw.
      const parts = splitMarkup(node.value);
      if (parts.length > 1 || typeof parts[0] !== 'string') {
        const out: Inline[] = [];
        for (const part of parts) {
          if (typeof part === 'string') {
            const t: Text = { type: 'text', value: part };
            if (mode !== null) t.value = this.state.convert(t.value, mode);
            out.push(t);
          } else for (const n of this.expand(part.raw)) out.push(n);
        }
        return out;
      }
    }
    if (mode !== null) node.value = this.state.convert(node.value, mode);
    return null;
  }

  /** A text node enclosed by block-spanning markup: shown as the rule says. */
  private regionText(node: Text, region: Region): Inline[] | null {
    const shown = this.regionDisplay(region);
    const last = node === region.nodes[region.nodes.length - 1];
    if (shown.kind === 'select') {
      // What stands between this node and the region's next text node is hidden outside the chosen part.
      const end = (shown.starts.get(node) ?? 0) + node.value.length;
      this.hiding = last || (end >= shown.outerFrom && end <= shown.outerTo) ? null : region;
      node.value = selectedPart(node, shown);
      if (node.value !== '') return this.text(node, shown.convertTo as Mode);
    } else {
      this.hiding = last ? null : region;
      if (shown.kind === 'replace' && node === region.nodes[0]) return this.display(shown.wikitext, null);
    }
    node.value = '';
    this.hidden.add(node);
    return null;
  }

  private inline(node: Inline, mode: Mode): void {
    switch (node.type) {
      case 'text':
        if (mode !== null && (this.literal === null || !this.literal.has(node))) node.value = this.state.convert(node.value, mode);
        return;
      case 'strong':
      case 'emphasis':
      case 'wikiLink':
        node.children = this.inlines(node.children, mode);
        return;
      case 'externalLink':
        // A bare or numbered link shows the URL or a number: nothing to convert, only markup to expand.
        node.children = this.inlines(node.children, node.kind === 'labelled' ? mode : null);
        return;
      case 'htmlInline':
        // A bare `<code>…</code>` is passed over by MediaWiki's converter unless markup splits it (code-skip.ts).
        node.children = this.inlines(node.children, skipsCode(node, this.literal) ? null : mode);
        if (mode !== null) {
          for (const name of ['title', 'alt']) {
            const v = node.attrs[name];
            if (v !== undefined && !v.includes('://')) node.attrs[name] = this.state.convert(v, mode);
          }
        }
        return;
      case 'image':
        if (this.fixRun) this.fixRun(node.caption, node);
        node.caption = this.inlines(node.caption, mode);
        if (mode !== null && node.alt) node.alt = this.state.convert(node.alt, mode);
        return;
      case 'footnoteRef':
        if (node.children) this.deferred.push(node.children);
        return;
      default:
        return;
    }
  }

  /** How many displays of markup are being parsed, one inside another (see expand). */
  private displayDepth = 0;

  /** What one `-{…}-` shows, as inlines. Its text is not converted again (filter syntax aside). */
  private expand(raw: string): Inline[] {
    // Markup nested past MediaWiki's ten levels shows its deeper `-{` as text, which here is parsed
    // again and pairs with a `}-` left over: one more parse of the rest for every ten levels. Past
    // ten such parses the markup is shown as written, which keeps `-{`×n `}-`×n linear.
    if (this.displayDepth >= MAX_DISPLAY_DEPTH) return [{ type: 'text', value: `-{${raw}}-` }];
    const shown = this.state.markup(raw);
    if (shown.error) this.ruleError(raw);
    return this.display(shown.wikitext, shown.convertTo === 'zh' ? null : shown.convertTo);
  }

  private ruleError(raw: string): void {
    this.opts.warn({ code: 'variant-rule-error', message: `conversion rule without text for ${this.state.variant}: -{${truncate(raw)}}-` });
  }

  /** Wikitext a rule shows, parsed; converted only with `mode` (filter syntax). */
  private display(wikitext: string, mode: Mode): Inline[] {
    if (wikitext === '') return [];
    let nodes: Inline[];
    try {
      nodes = this.opts.parseInline(wikitext);
    } catch {
      nodes = [{ type: 'text', value: wikitext }];
    }
    // What markup displays was never in the tree removeScars walks: no scar repair inside it.
    const fixRun = this.fixRun;
    this.fixRun = null;
    this.displayDepth++;
    try {
      return this.inlines(nodes, mode);
    } finally {
      this.fixRun = fixRun;
      this.displayDepth--;
    }
  }

  /**
   * How a block-spanning markup shows, decided (and its rule applied) when the walk reaches its
   * first text node — in document order, like any other rule.
   */
  private regionDisplay(region: Region): NonNullable<Region['shown']> {
    if (region.shown) return region.shown;
    const shown = this.state.markup(region.raw);
    if (shown.error) this.ruleError(region.raw);
    return (region.shown = regionDisplayOf(region, shown));
  }
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
