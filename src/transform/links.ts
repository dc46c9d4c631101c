/**
 * Link resolution: every WikiLink gets the href the writer prints — a local path from the
 * mirror's resolver, else the page on the live wiki (or the sister project for interwiki links) —
 * and every image gets its real upload URL.
 */
import type { DefinitionTerm, Document, FootnoteRef, Heading, Image, Infobox, Inline, Node, Paragraph, Preformatted, References, Table, TableRow, WikiLink } from '../ast/nodes.js';
import type { LinkResolver } from '../engine/types.js';
import { startsWithProtocol } from '../parser/extlinks.js';
import { wikiLinkTo } from '../parser/links.js';
import { liveUrl, parseTitle, plainArticleBase, plainLiveUrl, uploadUrl, urlPathEncode, wikiUrlEncode } from '../site/titles.js';
import type { SiteConfig } from '../site/types.js';
import { editionHost, INTERWIKI_URLS, LANGUAGE_PROJECTS } from '../site/interwiki-map.js';
import { typeOf } from './node-type.js';

export interface LinkOptions {
  site: SiteConfig;
  /** Full title of the page being converted (links to itself become in-page anchors). */
  selfTitle: string;
  resolve?: LinkResolver | null;
  /** The anchor a heading called `fragment` gets in the written Markdown. */
  anchor(fragment: string): string;
  /** The same for the page's own headings, when it differs (a variant shows them converted); default `anchor`. */
  selfAnchor?: ((fragment: string) => string) | null;
  /**
   * Called on every inline run owned by a block or caption before the walk enters it (the scar
   * repair, fused into this walk when nothing runs between the two; see ScarRemover).
   */
  fixRun?: ((run: Inline[], owner: Node) => void) | null;
}

/** URL of a title on another wiki. `title` may itself start with a language prefix (`wikt:en:word`). */
export function interwikiUrl(site: SiteConfig, prefix: string, title: string, fragment: string | null): string {
  const frag = fragment ? '#' + urlPathEncode(fragment, true) : '';
  const project = LANGUAGE_PROJECTS[prefix];
  if (project === undefined) {
    const pattern = INTERWIKI_URLS.get(prefix);
    if (pattern !== undefined) {
      // Interwiki::getURL: the title, wfUrlencoded, replaces `$1` (a URL without one stays as it
      // is). `$1` may stand in a query string (`?q=$1`), where `&` or `+` would end or change it.
      const at = pattern.indexOf('$1');
      return (at < 0 ? pattern : pattern.slice(0, at) + wikiUrlEncode(title, true) + pattern.slice(at + 2)) + frag;
    }
    // A language edition.
    return `https://${editionHost(prefix)}.wikipedia.org/wiki/${urlPathEncode(title, true)}${frag}`;
  }
  let lang = project.lang ?? site.lang;
  const colon = title.indexOf(':');
  if (colon > 0 && site.languages.has(title.slice(0, colon).toLowerCase())) {
    // The wiki sends `w:ja:X` to en.wikipedia's `ja:X`, which leads on to ja.wikipedia's X.
    lang = editionHost(title.slice(0, colon).toLowerCase(), prefix);
    title = title.slice(colon + 1);
  }
  return `https://${project.host.replace('{lang}', lang)}/wiki/${urlPathEncode(title, true)}${frag}`;
}

/**
 * Fill `href` on every WikiLink and `src` on every Image of `doc`. The same walk notes where the
 * footnote nodes stand (see footnoteIndex), so numbering them needs no second walk of the tree.
 */
export function resolveLinks(doc: Document, opts: LinkOptions): void {
  const r = new Resolver(opts, new PageLinkTargets(opts));
  r.all(doc.children);
  footnoteIndexes.set(doc, { nodes: r.refs, ends: r.ends });
}

/**
 * The walk of resolveLinks without the links: the scar repair of every run (`fixRun`) and the
 * footnote index. The engine uses it with PageLinkTargets handed to the writer, which computes a
 * link's target only when it prints the link (the writer visits every link anyway). `skip`:
 * top-level blocks known to hold no footnote and no dropped node (parser plainTopBlocks), where
 * this walk has nothing to do. `skipRuns`: paragraphs known to hold neither (parser
 * plainRunParagraphs), whose runs it neither repairs nor enters.
 */
export function indexFootnotes(
  doc: Document,
  fixRun: ((run: Inline[], owner: Node) => void) | null,
  skip: ReadonlySet<Node> | null = null,
  skipRuns: ReadonlySet<Node> | null = null,
): void {
  const r = new Resolver({ fixRun }, null, skipRuns);
  r.all(skip ? doc.children.filter((b) => !skip.has(b)) : doc.children);
  // Without footnotes nobody takes the index: no WeakMap entry to outlive the page.
  if (r.refs.length > 0) footnoteIndexes.set(doc, { nodes: r.refs, ends: r.ends });
}

/**
 * Targets of one page's links and images, computed on demand (the writer's LinkTargets): what
 * resolveLinks stores in `href`/`src`, without a walk of its own and without adding fields to
 * the nodes.
 */
export class PageLinkTargets {
  private readonly site: SiteConfig;
  /** plainArticleBase of the site ('' when it has none), once asked. */
  private plainBase: string | null = null;
  /** The title, namespace and resolver's answer (null: no such page) of plainHref's last question. */
  private askedTitle: string | null = null;
  private askedNs = 0;
  private askedHref: string | null = null;
  constructor(private readonly opts: Omit<LinkOptions, 'fixRun'>) {
    this.site = opts.site;
  }

  href(node: WikiLink): string {
    const opts = this.opts;
    const fragment = node.fragment;
    if (node.interwiki) return interwikiUrl(this.site, node.interwiki, node.title, fragment);
    // `[[Media:X.jpg]]` links the file itself, by the same rule as images.
    if (node.ns === -2 && node.title !== '') return uploadUrl(this.site, node.title.slice(node.title.indexOf(':') + 1));
    if (fragment && (node.title === '' || node.title === opts.selfTitle)) return '#' + (opts.selfAnchor ?? opts.anchor)(fragment);
    let local: string | null | undefined;
    // `[[X#]]` (fragment '') is a link to X as plainHref sees it: its answer is kept for both.
    if (!fragment && this.askedTitle === node.title && this.askedNs === node.ns) {
      // plainHref has just asked the resolver about this link (see there): one call per link.
      local = this.askedHref;
      this.askedTitle = null;
    } else {
      local = opts.resolve ? opts.resolve(node.title, node.ns, fragment) : null;
    }
    if (local !== null && local !== undefined) {
      return fragment && !local.includes('#') ? `${local}#${opts.anchor(fragment)}` : local;
    }
    return liveUrl(this.site, node.title, fragment);
  }

  plainHref(node: WikiLink): string | null {
    // What href gives for a link to a title without fragment, when that URL needs no escaping:
    // a live-wiki URL, where there is no resolver or it holds no such page (a mirror of part of
    // a wiki links most titles to the live wiki). Its answer is kept for the href call that
    // follows when this gives null, so the resolver is asked once per link either way. An answer
    // kept for an earlier link (whose href was never asked) must not serve this one.
    this.askedTitle = null;
    if (node.interwiki || node.fragment || node.ns === -2) return null;
    const resolve = this.opts.resolve;
    if (resolve) {
      const local = resolve(node.title, node.ns, null);
      if (local !== null && local !== undefined) {
        this.ask(node, local);
        return null;
      }
    }
    const base = (this.plainBase ??= plainArticleBase(this.site) ?? '');
    const url = base === '' ? null : plainLiveUrl(base, node.title);
    if (url === null && resolve) this.ask(node, null);
    return url;
  }

  /** Keep the resolver's answer for `node` (plainHref's, for the href call after it). */
  private ask(node: WikiLink, local: string | null): void {
    this.askedTitle = node.title;
    this.askedNs = node.ns;
    this.askedHref = local;
  }

  src(image: Image): string {
    return uploadUrl(this.site, image.file);
  }

  /**
   * Where a click on the picture leads when its `link=` names a page or a URL: that page as a link
   * to it would go (a mirror path, the live wiki, a `#section` of this page), or the URL. Null for
   * `link=` (no link) and for no `link=` at all (MediaWiki's file page, which no mirror holds).
   */
  imageHref(image: Image): string | null {
    const target = image.link;
    if (target === null || target === '') return null;
    if (startsWithProtocol(target)) return target;
    const t = parseTitle(this.site, target);
    return t === null ? null : this.href(wikiLinkTo(t, []));
  }
}

/**
 * The footnote nodes (`footnoteRef`, `references`) of a document in reading order, as a walk
 * meets them; `ends[i]` is the index just past the ones nested inside `nodes[i]` (to skip them).
 */
export interface FootnoteIndex {
  nodes: Array<FootnoteRef | References>;
  ends: number[];
}

const footnoteIndexes = new WeakMap<Document, FootnoteIndex>();

/** The index resolveLinks made of `doc`, handed out once (the tree may change afterwards). */
export function takeFootnoteIndex(doc: Document): FootnoteIndex | null {
  const index = footnoteIndexes.get(doc);
  if (!index) return null;
  footnoteIndexes.delete(doc);
  return index;
}

class Resolver {
  readonly refs: Array<FootnoteRef | References> = [];
  readonly ends: number[] = [];
  readonly fixRun: ((run: Inline[], owner: Node) => void) | null;
  /** Null: leave `href`/`src` unset (the writer asks PageLinkTargets). */
  readonly targets: PageLinkTargets | null;
  /** Run owners with nothing to repair or index inside (see indexFootnotes). */
  readonly skipRuns: ReadonlySet<Node> | null;
  constructor(opts: Pick<LinkOptions, 'fixRun'>, targets: PageLinkTargets | null, skipRuns: ReadonlySet<Node> | null = null) {
    this.fixRun = opts.fixRun ?? null;
    this.targets = targets;
    this.skipRuns = skipRuns;
  }

  /** Visit nodes in reading order (the order of ast/walk.ts), skipping text leaves. */
  all(nodes: readonly Node[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      const t = typeOf(n);
      if (t !== 'text' && t !== 'break') WALK_RULES[t]?.(this, n as never);
    }
  }

  /** A link label: usually one text node, nothing to visit. */
  inlines(nodes: readonly Inline[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const t = typeOf(nodes[i]!);
      if (t !== 'text' && t !== 'break') {
        this.all(nodes);
        return;
      }
    }
  }

  open(n: FootnoteRef | References): number {
    this.refs.push(n);
    this.ends.push(0);
    return this.refs.length - 1;
  }
}

/*
 * What Resolver.all does with each node type: one small function per kind of node, reached
 * through one table lookup and one call site. As the cases of one switch they made the walk's
 * optimised code meet a node type or branch first seen on some later page (a gallery, a table
 * caption, an infobox) and be thrown away and recompiled several times per isolate (JIT
 * warm-up, docs/mirror-measurements.md).
 */
type WalkRule = (r: Resolver, n: never) => void;

function wikiLinkStep(r: Resolver, n: WikiLink): void {
  if (r.targets) n.href = r.targets.href(n);
  r.inlines(n.children);
}

/** Blocks owning an inline run: the scar repair sees the run first. */
function runOwnerStep(r: Resolver, n: Paragraph | Heading | Preformatted | DefinitionTerm): void {
  if (r.skipRuns !== null && r.skipRuns.has(n)) return;
  if (r.fixRun) r.fixRun(n.children, n);
  r.all(n.children);
}

function childrenStep(r: Resolver, n: { children: Node[] }): void {
  r.all(n.children);
}

function tableRowStep(r: Resolver, n: TableRow): void {
  r.all(n.cells);
}

function itemsStep(r: Resolver, n: { items: Node[] }): void {
  r.all(n.items);
}

function footnoteRefStep(r: Resolver, n: FootnoteRef): void {
  const at = r.open(n);
  if (n.children) r.all(n.children);
  r.ends[at] = r.refs.length;
}

function referencesStep(r: Resolver, n: References): void {
  const at = r.open(n);
  r.all(n.definitions);
  if (n.list) for (const def of n.list) r.all(def.children);
  r.ends[at] = r.refs.length;
}

function imageStep(r: Resolver, n: Image): void {
  if (r.fixRun) r.fixRun(n.caption, n);
  if (r.targets) n.src = r.targets.src(n);
  r.all(n.caption);
}

function tableStep(r: Resolver, n: Table): void {
  if (n.caption) {
    if (r.fixRun) r.fixRun(n.caption, n);
    r.all(n.caption);
  }
  r.all(n.rows);
}

function infoboxStep(r: Resolver, n: Infobox): void {
  if (r.fixRun) {
    if (n.title) r.fixRun(n.title, n);
    for (const row of n.rows) {
      if (row.label) r.fixRun(row.label, n);
      r.fixRun(row.value, n);
    }
  }
  if (n.title) r.all(n.title);
  r.all(n.images);
  for (const row of n.rows) {
    if (row.label) r.all(row.label);
    r.all(row.value);
  }
}

const WALK_RULES: Partial<Record<string, WalkRule>> = {
  wikiLink: wikiLinkStep,
  paragraph: runOwnerStep,
  heading: runOwnerStep,
  preformatted: runOwnerStep,
  definitionTerm: runOwnerStep,
  listItem: childrenStep,
  tableCell: childrenStep,
  externalLink: childrenStep,
  strong: childrenStep,
  emphasis: childrenStep,
  document: childrenStep,
  blockquote: childrenStep,
  htmlBlock: childrenStep,
  definitionDescription: childrenStep,
  htmlInline: childrenStep,
  tableRow: tableRowStep,
  list: itemsStep,
  definitionList: itemsStep,
  gallery: itemsStep,
  footnoteRef: footnoteRefStep,
  references: referencesStep,
  image: imageStep,
  table: tableStep,
  infobox: infoboxStep,
};
