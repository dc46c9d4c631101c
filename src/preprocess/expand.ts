/**
 * Template expansion: wikitext → text with strip markers, the way MediaWiki's parser expands a
 * page before parsing it (Parser::braceSubstitution over PPFrame). For each `{{…}}`, in order:
 * safesubst: is stripped and plain subst: kept as written (no pre-save transform); a magic variable (`{{PAGENAME}}`) or parser function
 * (`{{#if:…}}`) is evaluated; otherwise the name is a title (Template namespace by default) and
 * a built-in handler wins (a `template` marker with the expanded arguments), else the page is
 * fetched from the PageSource and expanded in a child frame, else the call is dropped (a
 * `dropped` marker) and counted. `{{{params}}}` read the frame's arguments. Extension tags become
 * `extension` markers; the wikitext inside `<ref>`, `<poem>`, `<gallery>` … is expanded too.
 * Loops, depth and size limits produce a visible error and a warning, never a hang. Resolving a
 * call name to a page and its parsed tree is expand-titles.ts, reading a call's parts
 * call-parts.ts, building a handler's call expand-handler.ts; the rest is one Expander, its methods calling each other recursively over the
 * preprocessor tree.
 */
import type { Warning } from '../engine/types.js';
import { parseTitle } from '../site/titles.js';
import type { SiteConfig, TitleParts } from '../site/types.js';
import { makeExtensionMarker, preprocessWithoutExpansion, templatedCaption, WIKITEXT_CONTENT_TAGS } from './flatten.js';
import { FrameContexts } from './contexts.js';
import { handlerCall, type HandlerHost } from './expand-handler.js';
import { callTitle, redirectOf, relativeTitle, templateTree } from './expand-titles.js';
import { Frame } from './frame.js';
import { fnArg, frameArgs, startBlockOnNewLine, wholePart } from './call-parts.js';
import { lookupFunction, lookupVariable } from './functions/index.js';
import { phpTrim } from './functions/php.js';
import { escapeWikiText } from './functions/titles.js';
import { MARKER_CHAR, MarkerTable, sanitizeInput, type Preprocessed } from './markers.js';
import { declaresEmbeddedBox, looksLikeDataBox } from './databox.js';
import { ColumnBreaks, multicolCall } from './multicol.js';
import { tokenize } from './tokenize.js';
import type { PPArgument, PPExtension, PPNode, PPTemplate, TokenizeOptions } from './tree.js';
import { DEFAULT_LIMITS, newExpandRecord, type ExpandLimits, type ExpandOptions, type ExpandRecord } from './types.js';
import { IncludeSizeBudget } from './include-size.js';
import { EPISODE_LIST, placeEpisodeRows, placeEpisodeRowsInMarkers } from '../templates/episode-list.js';

export type { ExpandOptions, ExpandRecord, ExpandLimits } from './types.js';
export { newExpandRecord } from './types.js';

const SUBST = /^(safe)?subst:/i;
const MODIFIER = /^(msgnw|msg|raw):/i;
/** Functions whose whole result is meaningless when their input holds a dropped template. */
const COMPUTING_FUNCTIONS = new Set(['#expr', '#ifexpr', '#time', '#timel', '#timef', '#timefl']);
/** Names whose built-in handler (if any) records page metadata: the handler takes the call. */
const RECORDING_WORDS = new Set(['DEFAULTSORT', 'DEFAULTSORTKEY', 'DEFAULTCATEGORYSORT', 'DISPLAYTITLE']);

/** Expand a page's templates, parser functions and magic words. Never throws on bad input. */
export function expand(text: string, opts: ExpandOptions): Preprocessed {
  const input = sanitizeInput(text);
  // MediaWiki reads `-{ … }-` as a bracket pair on every wiki where language conversion is not
  // disabled site-wide (the default, even for languages without variants).
  const pageOpts: TokenizeOptions = { forInclusion: false, variantBrackets: true };
  // Without any `{{`, expansion and flattening coincide; the flattener is the cheaper path.
  if (input.indexOf('{{') < 0) {
    return preprocessWithoutExpansion(input, { site: opts.site, markers: opts.markers, tokenize: pageOpts, warn: opts.warn });
  }
  const expander = new Expander(opts, pageOpts);
  const out = expander.expandNodes(tokenize(input, pageOpts), expander.root, true);
  // Built-in {{Episode list}} rows: inside a table or a table of their own (templates/episode-list.ts).
  // Only a page that called it can hold its sentinels: the others skip the scan of every argument.
  if (expander.record.templates[EPISODE_LIST] === undefined) return { text: out, markers: expander.table.markers };
  placeEpisodeRowsInMarkers(expander.table.markers);
  return { text: placeEpisodeRows(out), markers: expander.table.markers };
}

/** The name a call is counted and handled under: 'Cite web' for Template:, ':Page' for the main namespace, else the full title. */
function templateKey(t: TitleParts): string {
  return t.ns === 10 ? t.text : t.ns === 0 ? ':' + t.text : t.full;
}

class Expander implements HandlerHost {
  readonly table: MarkerTable;
  readonly root: Frame;
  readonly record: ExpandRecord;
  readonly limits: ExpandLimits;
  readonly site: SiteConfig;
  private readonly lang: string;
  private readonly contexts: FrameContexts;
  readonly includeOpts: TokenizeOptions;
  private readonly warned = new Set<string>();
  private depth = 0;
  private nodes = 0;
  readonly budget: IncludeSizeBudget;
  /** Calls omitted for the include size so far (a Country data read holding one is not used). */
  get omitted(): number {
    return this.budget.omitted;
  }
  private readonly noArgCache = new Map<string, string>();
  /** Bare `|` column breaks between the page's `{{multicol}}` and `{{multicol-end}}`. */
  private readonly columns = new ColumnBreaks();

  constructor(readonly opts: ExpandOptions, readonly pageOpts: TokenizeOptions) {
    this.site = opts.site;
    this.lang = opts.site.lang;
    this.table = opts.markers ?? new MarkerTable();
    this.record = opts.record ?? newExpandRecord();
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.budget = new IncludeSizeBudget(this.limits.maxIncludeSize);
    this.includeOpts = { forInclusion: true, variantBrackets: pageOpts.variantBrackets };
    const titleParts = parseTitle(opts.site, opts.title, 0);
    this.root = Frame.root(titleParts?.full ?? opts.title);
    this.contexts = new FrameContexts(this, opts, titleParts?.full ?? opts.title);
  }

  private warn(code: string, message: string, offset?: number): void {
    const key = code + '\u0000' + message;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const w: Warning = { code, message };
    if (offset !== undefined) w.offset = offset;
    this.opts.warn?.(w);
  }

  // ─────────────── the node walk ───────────────

  expandNodes(list: readonly PPNode[], frame: Frame, startsLine = false): string {
    // One count per call, as MediaWiki's PPFrame::expand() counts mPPNodeCount once on entry (the
    // nodes of the list are walked without counting): {{T|x}} with T = a{{{1}}}b costs 4 (T's name,
    // its body, the argument's name, x), not one per node (7).
    if (++this.nodes > this.limits.maxNodes) {
      this.warn('expansion-size', `more than ${this.limits.maxNodes} preprocessor nodes; the rest was not expanded`, frame.pageOffset);
      return '<span class="error">Node-count limit exceeded</span>';
    }
    if (this.depth >= this.limits.maxExpandDepth) {
      this.warn('expansion-depth', `expansion deeper than ${this.limits.maxExpandDepth} levels was cut off`, frame.pageOffset);
      return '<span class="error">Expansion depth limit exceeded</span>';
    }
    this.depth++;
    let out = '';
    // Whether the text so far ends a line (tracked, not read back: `out` is a rope).
    let atLineStart = startsLine;
    for (const node of list) {
      let piece: string;
      switch (node.type) {
        case 'text':
          piece = node.value;
          if (this.columns.active && frame === this.root && piece.indexOf('|') >= 0) piece = this.columns.rewrite(piece, atLineStart);
          break;
        case 'comment':
        case 'ignore':
          continue;
        case 'argument':
          piece = this.argument(node, frame);
          break;
        case 'extension':
          piece = this.extension(node, frame);
          break;
        case 'template':
          if (frame === this.root) {
            const columns = multicolCall(this.site, node.title);
            if (columns === 'open') this.columns.enter();
            else if (columns === 'close') this.columns.leave();
          }
          piece = this.brace(node, frame, atLineStart);
          break;
      }
      if (piece.length > 0) {
        out += piece;
        atLineStart = piece.charCodeAt(piece.length - 1) === 10;
      }
    }
    this.depth--;
    return out;
  }

  private argument(node: PPArgument, frame: Frame): string {
    const nameText = this.expandNodes(node.name, frame);
    const value = this.argumentValue(frame, phpTrim(nameText));
    if (value !== undefined) return value;
    if (node.default !== null) return this.expandNodes(node.default, frame);
    return '{{{' + nameText + '}}}';
  }

  argumentValue(frame: Frame, name: string): string | undefined {
    const slot = frame.args.get(name);
    if (!slot) return undefined;
    if (slot.value === undefined) {
      const text = this.expandNodes(slot.nodes, frame.parent ?? frame);
      slot.value = slot.trim ? phpTrim(text) : text;
    }
    return slot.value;
  }

  private extension(node: PPExtension, frame: Frame): string {
    let inner = node.inner;
    if (inner !== null) {
      inner = sanitizeInput(inner);
      // Wikitext inside <ref>, <poem> … is parsed later as part of the page: expand it with the
      // page's frame (template parameters do not reach inside tags, as in MediaWiki).
      if (WIKITEXT_CONTENT_TAGS.has(node.name) && inner.indexOf('{{') >= 0) {
        inner = this.expandNodes(tokenize(inner, this.pageOpts), this.root);
      } else if (WIKITEXT_CONTENT_TAGS.has(node.name)) {
        inner = preprocessWithoutExpansion(inner, { site: this.site, markers: this.table, tokenize: this.pageOpts }).text;
      }
    }
    const marker = makeExtensionMarker(node, inner);
    const caption = templatedCaption(marker);
    if (caption !== null && marker.kind === 'extension') marker.attrs.caption = this.expandNodes(tokenize(caption, this.pageOpts), this.root);
    if (frame.parent !== null && marker.kind === 'extension') marker.offset = frame.pageOffset;
    return this.table.add(marker);
  }

  // ─────────────── {{…}} ───────────────

  private brace(node: PPTemplate, frame: Frame, atLineStart: boolean): string {
    const titleText = this.expandNodes(node.title, frame);
    let part1 = phpTrim(titleText);
    const subst = SUBST.exec(part1);
    if (subst) {
      // Outside a pre-save transform plain subst: stays as written (its arguments expanded), as
      // MediaWiki shows `<ref>{{subst:…}}</ref>`, which saving left alone; safesubst: expands.
      if (subst[1] === undefined) return this.literal(node, frame, titleText);
      part1 = phpTrim(part1.slice(subst[0].length));
    }
    let nowiki = false;
    let forceTemplate = false;
    const modifier = MODIFIER.exec(part1);
    if (modifier) {
      nowiki = modifier[1]!.toLowerCase() === 'msgnw';
      forceTemplate = true;
      part1 = phpTrim(part1.slice(modifier[0].length));
    }

    if (!forceTemplate) {
      if (node.parts.length === 0) {
        const variable = lookupVariable(part1);
        if (variable) return this.counted(node, frame, part1, startBlockOnNewLine(node, variable(this.contexts.of(frame))));
      }
      let colon = part1.indexOf(':');
      // `{{#language}}`: a hash function may be called without a colon.
      if (colon < 0 && part1.charCodeAt(0) === 0x23) colon = part1.length;
      if (colon > 0) {
        const fname = part1.slice(0, colon);
        const fn = lookupFunction(fname);
        if (fn) {
          if (RECORDING_WORDS.has(fname) && this.opts.registry?.lookup(fname, this.lang)) {
            // It prints nothing, so it never fails the size check (as on the wiki): no size counted.
            return this.handlerMarker(node, frame, part1, atLineStart, false, null, false);
          }
          const first = phpTrim(part1.slice(colon + 1));
          if (first.indexOf(MARKER_CHAR) >= 0 && COMPUTING_FUNCTIONS.has(fname.toLowerCase())) {
            // An expression or date built from a template we do not have: MediaWiki would print an
            // error over the missing template's red link; we drop the result with the template.
            const dropped = this.table.firstDropped(first);
            if (dropped) return dropped;
          }
          const result = fn(this.contexts.of(frame), first, node.parts.map((p) => fnArg(p, frame, this)));
          return this.counted(node, frame, fname, startBlockOnNewLine(node, result));
        }
      }
    }
    return this.transclude(node, frame, part1, titleText, atLineStart, nowiki);
  }

  private transclude(node: PPTemplate, frame: Frame, part1: string, titleText: string, atLineStart: boolean, nowiki: boolean): string {
    // Controls (a newline inside the name) and markers make an invalid title: the call stays as written.
    if (/[\x00-\x1f\x7f]/.test(part1)) return this.literal(node, frame, titleText);
    if (part1.startsWith('/') || part1.startsWith('../')) {
      const relative = relativeTitle(this.site, this.contexts.pageTitle, this.opts.subpagesInMain === true, part1);
      if (relative === null) return this.literal(node, frame, titleText);
      part1 = relative;
    }
    let t = callTitle(this.site, part1);
    if (!t || t.interwiki !== null || t.text === '') return this.literal(node, frame, titleText);
    const name = templateKey(t);
    const record = this.record;
    record.templates[name] = (record.templates[name] ?? 0) + 1;

    const source = this.opts.source;
    if (this.handles(name, t.full)) return this.handlerMarker(node, frame, part1, atLineStart, false, source ? t.full : null);
    // A dump's redirect to a template we have a handler or a body for (`{{Episodelist}}` →
    // Template:Episode list, missing from the dump or handled): a call of the target, as on the wiki.
    const target = t.ns === 10 ? redirectOf(source, t.full) : null;
    // A transclusion follows two redirects (engine/pagesource.ts TRANSCLUSION_FETCHES): a third is read as its own text.
    if (target !== null && redirectOf(source, target) !== null) this.warn('template-redirect-chain', `[[${t.full}]] redirects more than twice: the wiki shows the text of the redirect [[${target}]]`, this.offsetOf(node, frame));
    const rt = target === null ? null : callTitle(this.site, target);
    if (rt && rt.ns === 10) {
      const rname = templateKey(rt);
      // The target is noted as called either way: later passes look for it (ship-infobox.ts joins
      // parts only on a page that calls an `Infobox ship …` template, under any name).
      const handled = this.handles(rname, rt.full);
      const builtin = !handled && source?.isBuiltin?.(rt.full) === true;
      if (handled || builtin) record.templates[rname] = (record.templates[rname] ?? 0) + 1;
      if (handled) return this.handlerMarker(node, frame, rt.full, atLineStart, false, rt.full);
      if (builtin) t = rt;
    }
    // On a wiki with variants a template with no page is looked for in the other script, before
    // the loop check (Parser::braceSubstitution calls findVariantLink): `{{出生日期和年齡}}` is
    // 出生日期和年龄, and so is its handler. The tree asked for here is used below while `t` stays
    // (undefined: not asked yet), so a cached tree notes its title once a call (PageSource.noteUse).
    let tree: PPNode[] | null | undefined;
    if (t.ns >= 0 && source?.otherSpelling) {
      tree = templateTree(source, this.site, t.full, this.includeOpts);
      const other = tree === null ? source.otherSpelling(t.full) : null;
      const found = other === null ? null : callTitle(this.site, other);
      if (found) {
        if (this.handles(templateKey(found), found.full)) return this.handlerMarker(node, frame, found.full, atLineStart, false, found.full);
        t = found;
        tree = undefined;
      }
    }
    if (frame.isExpanding(t.full)) {
      this.warn('template-loop', `Template loop detected: [[${t.full}]]`, this.offsetOf(node, frame));
      return `<span class="error">Template loop detected: [[${t.full}]]</span>`;
    }
    if (frame.depth >= this.limits.maxTemplateDepth) {
      this.warn('expansion-depth', `templates nested deeper than ${this.limits.maxTemplateDepth} were not expanded`, this.offsetOf(node, frame));
      return `<span class="error">Template recursion depth limit exceeded (${this.limits.maxTemplateDepth})</span>`;
    }
    if (nowiki) {
      // msgnw: the template's source shown as text, not parsed.
      const raw = source?.get(t.full);
      return startBlockOnNewLine(node, escapeWikiText(raw ?? `[[:${t.full}]]`));
    }
    if (tree === undefined) tree = t.ns === -1 ? null : templateTree(this.opts.source, this.site, t.full, this.includeOpts);
    if (!tree) return this.missing(node, frame, t, name, part1, atLineStart);

    let text: string;
    if (node.parts.length === 0 && this.noArgCache.has(t.full)) {
      // MediaWiki's empty-frame cache: an argument-free call expands the same way every time.
      text = this.noArgCache.get(t.full)!;
    } else {
      const child = new Frame(frame, t.full, frame.depth + 1, frameArgs(node.parts, frame, this), this.offsetOf(node, frame));
      text = this.expandNodes(tree, child);
      // Markers stand for one occurrence each, so texts holding them are not reused.
      if (node.parts.length === 0 && text.indexOf(MARKER_CHAR) < 0) this.noArgCache.set(t.full, text);
    }
    if (!this.budget.fitsText(text)) return this.omit(node, frame, name, t.full);
    return startBlockOnNewLine(node, text);
  }

  /**
   * A parser function's or variable's result counts toward the include size as a template's
   * does (Parser::braceSubstitution counts every brace's resulting text): `{{#if:1|…}}` wrapped
   * around a huge text is omitted past the limit, nesting counted at each level as on the wiki.
   */
  private counted(node: PPTemplate, frame: Frame, name: string, text: string): string {
    return this.budget.fitsText(text) ? text : this.omit(node, frame, name, null);
  }

  /**
   * A built-in handler wins over the template's source, unless told otherwise or it is only a
   * stand-in for text we lack (then the source, when there, is expanded).
   */
  private handles(name: string, full: string): boolean {
    const registry = this.opts.registry;
    if (!registry?.lookup(name, this.lang)) return false;
    const prefer = this.opts.preferExpansion;
    return !((prefer === 'all' || prefer?.has(name) || registry.traits?.(name, this.lang)?.fallbackOnly) && this.opts.source?.exists(full));
  }

  /**
   * A call the include size refused: omitted with a warning, shown as a link to its page
   * (`linkTo`) with `--missing-templates link`, else as nothing.
   */
  private omit(node: PPTemplate, frame: Frame, name: string, linkTo: string | null): string {
    this.budget.omitted++;
    this.warn('expansion-size', `post-expand include size over ${this.limits.maxIncludeSize} bytes: templates that would pass it were omitted`, this.offsetOf(node, frame));
    if (linkTo !== null && this.opts.missingTemplates === 'link') return `[[:${linkTo}]]`;
    return this.table.add({ kind: 'dropped', name, offset: this.offsetOf(node, frame) });
  }

  handlerTooLarge(node: PPTemplate, frame: Frame, part1: string): string {
    const t = callTitle(this.site, part1);
    return t ? this.omit(node, frame, templateKey(t), t.full) : this.omit(node, frame, part1, null);
  }

  private missing(node: PPTemplate, frame: Frame, t: TitleParts, name: string, part1: string, atLineStart: boolean): string {
    const record = this.record;
    record.unhandled[name] = (record.unhandled[name] ?? 0) + 1;
    if (this.opts.missingTemplates === 'link') return `[[:${t.full}]]`;
    if (frame.parent === null && (atLineStart || node.lineStart || declaresEmbeddedBox(node)) && looksLikeDataBox(node)) {
      return this.handlerMarker(node, frame, part1, atLineStart, true);
    }
    return this.table.add({ kind: 'dropped', name, offset: this.offsetOf(node, frame) });
  }

  /** `{{…}}` that names nothing valid stays as written, with its contents expanded. */
  private literal(node: PPTemplate, frame: Frame, titleText: string): string {
    let s = '{{' + titleText;
    for (const part of node.parts) s += '|' + wholePart(part, frame, this);
    return s + '}}';
  }

  /** A call a built-in handler takes (expand-handler.ts). */
  private handlerMarker(node: PPTemplate, frame: Frame, part1: string, atLineStart: boolean, dataBox = false, page: string | null = null, prints = true): string {
    return handlerCall(this, node, frame, part1, { atLineStart, dataBox, page, prints });
  }

  offsetOf(node: { offset: number }, frame: Frame): number {
    return frame.parent === null ? node.offset : frame.pageOffset;
  }
}
