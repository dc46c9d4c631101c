/** Options of the Markdown writer. Everything is optional; see `resolveOptions` for defaults. */
import type { Image, WikiLink } from '../ast/nodes.js';
import type { ImageMode } from '../engine/types.js';

/**
 * Where links and images point, asked for when the writer prints one (the engine passes
 * transform/links.ts PageLinkTargets). A node's own `href`/`src`, when set, wins.
 */
export interface LinkTargets {
  href(link: WikiLink): string;
  /**
   * The link's href when it is a safe http(s) URL that a Markdown link destination takes as it is
   * (nothing to encode), else null; the writer prints it without checking it again.
   */
  plainHref?(link: WikiLink): string | null;
  src(image: Image): string;
  /** Where the picture links to when its `link=` names a page or URL, else null (no link). */
  imageHref?(image: Image): string | null;
  /** The file's own size in pixels, when known (a dump does not carry it); null when not. */
  fileSize?(image: Image): { width: number; height: number } | null;
}

export interface Attribution {
  /** Page title as the reader should see it (the link label). */
  title: string;
  /** Live URL of the page the text was converted from. */
  url: string;
  /** Language of the sentence ('zh', 'en', 'ja', 'ko', 'uk'); defaults to the writer's `lang`. */
  lang?: string;
}

export interface FrontMatter {
  title: string;
  source: string;
  categories: string[];
}

export interface CategoryLink {
  name: string;
  /** Where the category link points; null or '' prints the name without a link. */
  href: string | null;
}

export interface MarkdownOptions {
  /** Content language: picks the localised labels (categories heading, attribution). Default 'zh'. */
  lang?: string;
  /** `embed`: `![alt](src)` + caption; `link`: `[caption](src)`; `drop`: nothing. Default 'embed'. */
  images?: ImageMode;
  /** The seed mirror's "converted from" line at the top, or null for none. */
  attribution?: Attribution | null;
  /** YAML front matter, or null for none. */
  frontMatter?: FrontMatter | null;
  /** Categories listed as links on one line at the bottom. */
  categories?: CategoryLink[];
  /**
   * Print percent-escaped non-ASCII characters of link targets as the characters
   * (`…/wiki/数学` instead of `…/wiki/%E6%95%B0%E5%AD%A6`): readable, a fifth smaller on zh
   * pages, same target. Default false (targets exactly as given).
   */
  readableUrls?: boolean;
  /** Targets of links and images without `href`/`src`; null: such links print as their text. */
  links?: LinkTargets | null;
}

export interface ResolvedOptions {
  lang: string;
  images: ImageMode;
  attribution: Attribution | null;
  frontMatter: FrontMatter | null;
  categories: CategoryLink[];
  readableUrls: boolean;
  links: LinkTargets | null;
}

export function resolveOptions(o: MarkdownOptions | undefined): ResolvedOptions {
  return {
    lang: o?.lang ?? 'zh',
    images: o?.images ?? 'embed',
    attribution: o?.attribution ?? null,
    frontMatter: o?.frontMatter ?? null,
    categories: o?.categories ?? [],
    readableUrls: o?.readableUrls ?? false,
    links: o?.links ?? null,
  };
}
