/** The engine's public contract: what `convertPage` takes and gives. */
import type { ExpandOptions } from '../preprocess/types.js';
import type { SiteConfig } from '../site/types.js';

export type ImageMode = 'embed' | 'link' | 'drop';

/** Looks up wikitext of other pages (templates for expansion, `{{:Page}}` transclusion). */
export interface PageSource {
  /** Wikitext of a page by normalised full title ("Template:Cite web"), following redirects; null if absent. */
  get(fullTitle: string): string | null;
  /** Whether the page exists (for `#ifexist`). */
  exists(fullTitle: string): boolean;
  /**
   * Whether get's text for this title is the converter's own (a built-in template body), which
   * may then carry the strip-marker character (parser/table-width.ts); page and dump text never.
   */
  isBuiltin?(fullTitle: string): boolean;
  /**
   * On a wiki with variants (zh), for a title with no page: the title of the page in another
   * script that a transclusion or `#ifexist` finds (MediaWiki's findVariantLink), else null.
   * Only those two ask; `get` and `exists` answer the title as written.
   */
  otherSpelling?(fullTitle: string): string | null;
  /**
   * For a redirect page: the full title its chain of redirects ends at, whether or not that page
   * exists (`Template:Episodelist` → `Template:Episode list`); null for a page that is no
   * redirect or no page. A call of the redirect then takes the target's built-in handler or body.
   */
  redirectTarget?(fullTitle: string): string | null;
  /**
   * The page being converted uses what `get(fullTitle)` answered to an earlier page, kept by a
   * cache across pages (a parsed template tree, a group's rules): a source that records what each
   * page asked (the mirror's, for update runs) records it again for this page.
   */
  noteUse?(fullTitle: string): void;
}

/**
 * Maps a link target to the href of the page the Markdown should use (relative path, redirects
 * already followed), or null when the page is not part of the mirror (the engine then links the
 * live wiki). `fullTitle` is normalised ("Category:数学"). The engine appends the section anchor
 * itself (`#` + the GitHub heading anchor of `fragment`); a resolver following a redirect to a
 * section may return an href that already carries a `#`, and then the engine keeps it as is.
 * Answers must be pure (the same question gives the same answer, and asking changes nothing): the
 * writer asks once per link and may reuse the answer for the link's href (transform/links.ts).
 */
export type LinkResolver = (fullTitle: string, ns: number, fragment: string | null) => string | null;

/** A set of template names (without namespace) as the expander asks it: a `Set`, or a lookup answering per name. */
export interface TemplateNames {
  has(name: string): boolean;
}

export interface ConvertOptions {
  /** Page title (full, with namespace); used for the attribution line, front matter, magic words. */
  title?: string;
  /** Site description; a language code picks the built-in one. Default 'zh'. */
  site?: SiteConfig | string;
  resolveLink?: LinkResolver;
  /** Print the seed mirror's "converted from" line at the top. */
  attribution?: boolean;
  /** Print YAML front matter (title, source URL, categories). */
  frontMatter?: boolean;
  images?: ImageMode;
  /** Chinese variant to convert to (zh-hans, zh-hant, zh-cn, zh-tw, zh-hk, zh-mo, zh-sg, zh-my). */
  variant?: string | null;
  /** Template pages for expansion; without it only built-in template handlers apply. */
  templates?: PageSource | null;
  /** Timestamp of the dump/revision, for CURRENTYEAR and friends (reproducible output). */
  now?: Date;
  /** Fine control of template expansion. */
  expansion?: {
    /**
     * Templates to expand from `templates` even though a built-in handler exists ('all': every
     * template the source has — right for a folder of hand-written templates, wrong for a dump,
     * whose citation templates need Lua).
     */
    preferExpansion?: TemplateNames | 'all';
    /** A template neither built in nor in the source: 'drop' (default) or 'link' (a red link, as MediaWiki shows). */
    missingTemplates?: 'drop' | 'link';
    /** IANA time zone for LOCAL* magic words and #timel (default by language). */
    localTimezone?: string;
    /** The rest of the expansion settings (site URLs, revision data, limits …), passed through as is. */
    advanced?: Partial<Pick<ExpandOptions, 'urls' | 'revision' | 'statistics' | 'subpagesInMain' | 'limits'>>;
  };
  /** Where category links point; defaults to the resolver, then the live wiki. */
  categoryHref?: (name: string) => string | null;
  /**
   * The name the wiki records a membership in category `name` under (a mirror of a wiki with
   * variants: the spelling in another script that has a category page). The page's categories,
   * footer and front matter use it; without it every name stands as written. Repeats are merged
   * either way (first place, last sort key, as MediaWiki).
   */
  categoryAsRecorded?: (name: string) => string;
}

export interface Warning {
  /** Stable machine-readable code: 'unclosed-tag', 'template-loop', 'table-fallback', … */
  code: string;
  message: string;
  /** Character offset in the source wikitext, when known. */
  offset?: number;
}

export interface CategoryEntry {
  /** Category name without namespace prefix. */
  name: string;
  /** The sort key as written (`[[Category:X|key]]`), else DEFAULTSORT, else null (sort by title). */
  sortKey: string | null;
}

export interface ReferenceEntry {
  label: string;
  group: string;
  name: string | null;
  /** The citation's text as a reader sees it (plain text). */
  text: string;
}

export interface PageMeta {
  title: string;
  redirect: { target: string; fragment: string | null } | null;
  categories: CategoryEntry[];
  interlanguage: Array<{ lang: string; title: string }>;
  /** Normalised template name → uses, for every template the page calls. */
  templates: Record<string, number>;
  /** Templates with neither a built-in handler nor an expansion: name → uses. */
  unhandledTemplates: Record<string, number>;
  references: ReferenceEntry[];
  /** `{{NoteTA}}` content, kept for variant conversion. */
  noteTA: { title: string | null; rules: string[]; groups: string[] } | null;
  /** Behaviour switches seen (`NOTOC`, `NOINDEX`, …). */
  switches: string[];
  /** Distinct internal link targets (normalised full titles). */
  links: string[];
  /** `{{DEFAULTSORT:…}}`: the sort key of categories that give none (already applied to `categories`). */
  defaultSort?: string;
  /** The categories as written, when `categoryAsRecorded` filed them under other names or merged repeats. */
  writtenCategories?: CategoryEntry[];
  /** Page title converted to the requested variant, when one was requested. */
  variantTitle?: string;
  /** Set when the page needed the fallback path (a construct could not be represented exactly). */
  fallbacks: string[];
}

export interface ConvertResult {
  markdown: string;
  meta: PageMeta;
  warnings: Warning[];
}
