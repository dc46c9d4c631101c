/**
 * `convertPage`: one page of wikitext → GitHub-Flavoured Markdown. The whole single-page
 * pipeline in one place: preprocess (expand templates) → parse → transforms → write.
 * Never throws: an internal failure yields the page as escaped plain text plus a warning.
 */
import type { Document, Heading, Inline } from '../ast/nodes.js';
import { expand } from '../preprocess/expand.js';
import { sanitizeInput } from '../preprocess/markers.js';
import { newExpandRecord } from '../preprocess/types.js';
import { ensureLiteralTextNodes, literalTextNodes, madeDroppedNodes, madeFootnoteNodes, madeMathNodes, madeVariantNodes, parseBlockFragment, parseInlineFragment, parseWikitext, plainRunParagraphs, plainTopBlocks, releaseParseContext, specialNodeCount } from '../parser/index.js';
import { matchRedirect } from '../parser/switches.js';
import type { ParseContext } from '../parser/types.js';
import { siteFor } from '../site/defaults.js';
import { liveUrl, parseTitle } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import { builtinRegistry } from '../templates/registry.js';
import { withBuiltinTemplates } from '../templates/wikitext.js';
import { numberFootnotes } from '../transform/footnotes.js';
import { indexFootnotes, PageLinkTargets } from '../transform/links.js';
import { removeScars, ScarRemover } from '../transform/scars.js';
import { mergeShipInfoboxes, removeShipMarks } from '../transform/ship-infobox.js';
import { applyVariants } from '../variants/index.js';
import type { HeadingSources } from '../variants/heading-names.js';
import { VARIANT_LANGUAGES, variantOfWiki } from '../variants/literal.js';
import { slug } from '../writer/anchors.js';
import { writeMarkdown } from '../writer/markdown.js';
import type { CategoryLink } from '../writer/types.js';
import type { ConvertOptions, ConvertResult, PageMeta, Warning } from './types.js';
import { recordCategories } from './categories.js';
import { anchorMathsHeadings, ownSectionAnchor, pageSections } from './page-sections.js';

/** A fixed clock so output is reproducible when the caller gives none (a dump passes its date). */
const DEFAULT_NOW = new Date('2026-01-01T00:00:00Z');

export function emptyMeta(title: string): PageMeta {
  return {
    title,
    redirect: null,
    categories: [],
    interlanguage: [],
    templates: {},
    unhandledTemplates: {},
    references: [],
    noteTA: null,
    switches: [],
    links: [],
    fallbacks: [],
  };
}

function resolveSite(site: ConvertOptions['site']): SiteConfig {
  if (!site) return siteFor('zh');
  return typeof site === 'string' ? siteFor(site) : site;
}

export function convertPage(wikitext: string, options: ConvertOptions = {}): ConvertResult {
  const site = resolveSite(options.site);
  const title = options.title ? parseTitle(site, options.title)?.full ?? options.title : '';
  const warnings: Warning[] = [];
  const warn = (w: Warning) => {
    // A pathological page can produce one warning per construct; keep the report readable.
    if (warnings.length < 200) warnings.push(w);
  };
  const meta = emptyMeta(title);
  try {
    return { markdown: runPipeline(wikitext, options, site, title, meta, warn), meta, warnings };
  } catch (err) {
    warn({ code: 'internal-error', message: `conversion failed, page kept as plain text: ${err instanceof Error ? err.message : String(err)}` });
    meta.fallbacks.push('plain-text');
    return { markdown: plainTextFallback(wikitext), meta, warnings };
  }
}

function runPipeline(
  wikitext: string,
  options: ConvertOptions,
  site: SiteConfig,
  title: string,
  meta: PageMeta,
  warn: (w: Warning) => void,
): string {
  const input = sanitizeInput(wikitext.indexOf('\r') >= 0 ? wikitext.replace(/\r\n?/g, '\n') : wikitext);

  // 1. Templates: built-in handlers stay as markers, the rest expands from the source (or drops).
  const record = newExpandRecord();
  const pre = expand(input, {
    site,
    title,
    // Built-in bodies for templates whose output must be parsed ({{(!}} → `{|`); the source's own pages win.
    source: withBuiltinTemplates(site, options.templates ?? null),
    registry: builtinRegistry,
    now: options.now ?? DEFAULT_NOW,
    warn,
    record,
    preferExpansion: options.expansion?.preferExpansion,
    missingTemplates: options.expansion?.missingTemplates,
    localTimezone: options.expansion?.localTimezone,
    ...options.expansion?.advanced,
  });

  // 2. Parse.
  const ctx: ParseContext = {
    site, title, markers: pre.markers, templates: builtinRegistry, meta, warn, now: options.now ?? DEFAULT_NOW,
    pageExists: options.resolveLink ? pageInOutput.bind(null, site, options.resolveLink) : null,
    // The expansion has counted every call, those inside -{…}- included: neither the main parse nor
    // the fragments the variant pass parses later count them again.
    countTemplates: false,
    // A redirect is one by its own source: `{{R}}` whose expansion reads `#REDIRECT [[…]]` is a list item.
    sourceIsRedirect: matchRedirect(site, input) !== null,
  };
  const doc = parseWikitext(pre.text, ctx);
  // A ship's box is written as separate part calls: one box, as on the wiki.
  mergeShipInfoboxes(doc, record.templates);
  // The expansion saw every call, nested ones included; the parser only the markers left over.
  meta.templates = record.templates;
  meta.unhandledTemplates = record.unhandled;
  for (const [name, n] of Object.entries(record.modules)) meta.unhandledTemplates[`#invoke:${name}`] = n;
  if (record.defaultSort) {
    meta.defaultSort = record.defaultSort;
    for (const c of meta.categories) if (c.sortKey === null) c.sortKey = record.defaultSort;
  }

  // 3. Transforms.
  // Bound module functions rather than arrows made here: see inlineIn.
  const parseInline: (text: string) => Inline[] = inlineIn.bind(null, ctx);
  const variant = variantOfWiki(site.lang, options.variant);
  // `-{` anywhere in the page (templates included), or in the wikitext a template handler parsed
  // (zh {{lang|ja|…}} protects its text with it), is the only source of VariantMarkup nodes.
  // Wikis without variants have none: there `-{…}-` is parsed as text (parser/rules.ts).
  const hasMarkup = VARIANT_LANGUAGES.has(site.lang) && (input.includes('-{') || pre.text.includes('-{') || madeVariantNodes(ctx));
  // A variant pass rewrites text between scar repair and link resolution; without one, the link
  // walk does the scar repair too.
  const variantPass = variant !== null || hasMarkup;
  // Dropped nodes come only from markers of dropped or unhandled templates; pages without one skip
  // the scar pass.
  const scars = madeDroppedNodes(ctx) ? new ScarRemover() : null;
  const scarsInLinkWalk = scars !== null && !variantPass ? scars : null;
  // Top-level blocks the parser saw make no dropped or footnote node: the walks below skip them.
  const plainAtParse = plainTopBlocks(ctx);
  const plainRunsAtParse = plainRunParagraphs(ctx);
  const specialAtParse = specialNodeCount(ctx);
  // With a variant and no markup, the variant walk repairs each run just before converting it
  // (the runs removeScars would visit): one tree walk less. Markup needs the repaired tree first.
  const scarsInVariantWalk = scars !== null && variant !== null && !hasMarkup ? scars : null;
  if (scars && variantPass && !scarsInVariantWalk) removeScars(doc, plainAtParse);
  // Words the engine writes outside the tree (category names) follow the page's conversion.
  let showInVariant: ((text: string) => string) | null = null;
  // The headings' text before the variant converted them, which the wiki's ids are made from.
  let headingSources: HeadingSources | null = null;
  if (variant || hasMarkup) {
    // The pass parses what markup shows: the literal set must exist first to take its nowiki text.
    if (hasMarkup) ensureLiteralTextNodes(ctx);
    const variantResult = applyVariants(doc, {
      variant,
      noteTA: meta.noteTA,
      groups: options.templates ?? null,
      parseInline,
      parseBlocks: hasMarkup ? blocksIn.bind(null, ctx) : undefined,
      warn,
      title,
      switches: meta.switches,
      fixRun: scarsInVariantWalk ? scarsInVariantWalk.fixRun : null,
      literal: literalTextNodes(ctx),
    });
    scarsInVariantWalk?.finish(doc);
    // `-{ 甲 {{Infobox ship end}} 乙 }-`: the mark was inside raw markup when the ship pass ran,
    // and the pass parsed it into the tree; removed now (with the space it leaves doubled).
    if (hasMarkup) removeShipMarks(doc, record.templates);
    if (variant && variantResult.title) meta.variantTitle = variantResult.title;
    if (variant) {
      showInVariant = variantResult.convert;
      headingSources = variantResult.headingSources;
    }
  }
  // Links and images get their targets from the writer when it prints them (no walk of their own);
  // the one walk left repairs scars and notes where the footnotes stand, for numberFootnotes.
  const sections = pageSections(doc, headingSources);
  const links = new PageLinkTargets({
    site,
    selfTitle: title,
    resolve: options.resolveLink ?? null,
    // Anchors of other pages' headings: the slug GitHub would make of the fragment text (in a
    // variant, of the text converted as this page converts its own; the target's rules are unknown).
    anchor: showInVariant ? shownAnchor.bind(null, showInVariant) : plainAnchor,
    // The page's own headings are known: a fragment names one by the wiki's id (`历史_2`), shown
    // converted in a variant.
    selfAnchor: ownSectionAnchor.bind(null, sections),
  });
  // Asked after the variant pass, whose re-parsed markup may hold refs too.
  const footnotes = madeFootnoteNodes(ctx);
  // A page with neither footnotes nor scars to repair needs no walk before the writer.
  // The variant pass parses markup into the tree: the plain blocks stay plain while it made no
  // dropped or footnote node.
  const plain = specialNodeCount(ctx) === specialAtParse ? plainAtParse : null;
  const plainRuns = plain !== null ? plainRunsAtParse : null;
  if (footnotes || scarsInLinkWalk) indexFootnotes(doc, scarsInLinkWalk ? scarsInLinkWalk.fixRun : null, plain, plainRuns);
  scarsInLinkWalk?.finish(doc, plain, plainRuns);
  if (footnotes) numberFootnotes(doc, meta, site.lang, showInVariant);

  // Read before the parser's state goes: only a page with maths can have a heading needing a maths
  // anchor, and finding the headings walks the whole tree.
  const maths = madeMathNodes(ctx);
  // The parser's per-page state is not needed past the transforms (see releaseParseContext).
  releaseParseContext(ctx);

  if (maths) anchorMathsHeadings(sections);

  // 4. Write. The categories as recorded: the variant pass may have parsed more of them.
  recordCategories(meta, options.categoryAsRecorded);
  const shownTitle = meta.variantTitle ?? title;
  const source = title ? liveUrl(site, title) : '';
  // The writer's own words (attribution, "categories") in the reader's variant too.
  const wordsLang = variant ?? site.lang;
  return writeMarkdown(doc, {
    lang: wordsLang,
    images: options.images ?? 'embed',
    attribution: options.attribution && title ? { title: shownTitle, url: source, lang: wordsLang } : null,
    frontMatter: options.frontMatter
      ? { title: shownTitle, source, categories: meta.categories.map((c) => (showInVariant ? showInVariant(c.name) : c.name)) }
      : null,
    categories: categoryLinks(site, meta, options, showInVariant),
    links,
  });
}

/*
 * The callbacks a page hands to its transforms, as module functions (bound to the page's state
 * where they need it) instead of arrows made per page: V8 holds a closure's optimised code weakly,
 * so per-page arrows lost it at every full GC and were compiled again on the next page. A bound
 * function calls the one long-lived module function, whose code stays.
 */
function inlineIn(ctx: ParseContext, text: string): Inline[] {
  return parseInlineFragment(text, ctx);
}

function blocksIn(ctx: ParseContext, text: string): ReturnType<typeof parseBlockFragment> {
  return parseBlockFragment(text, ctx);
}

/** The anchor GitHub makes of a heading called `fragment`. */
function plainAnchor(fragment: string): string {
  return slug(fragment.trim());
}

/** The same for a heading shown as `shown` gives it (converted to the reader's variant). */
function shownAnchor(shown: (text: string) => string, fragment: string): string {
  return slug(shown(fragment).trim());
}

function categoryLinks(
  site: SiteConfig,
  meta: PageMeta,
  options: ConvertOptions,
  show: ((text: string) => string) | null,
): CategoryLink[] {
  const nsName = site.namespaces.get(14)?.name ?? 'Category';
  return meta.categories.map((c) => {
    const full = `${nsName}:${c.name}`;
    const href = options.categoryHref?.(c.name) ?? options.resolveLink?.(full, 14, null) ?? liveUrl(site, full);
    return { name: show ? show(c.name) : c.name, href };
  });
}

/** Last resort: the source as paragraphs of text, with everything Markdown could misread escaped. */
function plainTextFallback(wikitext: string): string {
  return (
    wikitext
      .split(/\n{2,}/)
      .map((p) => p.replace(/[\\`*_[\]<>#|$~&]/g, '\\$&').replace(/^(\s*)([-+=]|\d+[.)])/gm, '$1\\$2'))
      .join('\n\n')
      .trim() + '\n'
  );
}

/**
 * A page is part of the output when the mirror's resolver gives it a local file (a redirect counts
 * when its target is there). Interlanguage link templates ask it, as the wiki's ask #ifexist.
 * Bound to the page's site and resolver (see inlineIn for why not an arrow).
 */
function pageInOutput(site: SiteConfig, resolve: NonNullable<ConvertOptions['resolveLink']>, fullTitle: string): boolean {
  const t = parseTitle(site, fullTitle);
  if (!t || t.interwiki || t.text === '') return false;
  return resolve(t.full, t.ns, null) !== null;
}
