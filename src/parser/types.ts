/** What the main parser needs from the pipeline around it. */
import type { Document } from '../ast/nodes.js';
import type { PageMeta, Warning } from '../engine/types.js';
import type { Marker } from '../preprocess/markers.js';
import type { SiteConfig } from '../site/types.js';
import type { TemplateRegistry } from '../templates/types.js';

export interface ParseContext {
  site: SiteConfig;
  /** Full title of the page. */
  title: string;
  /** Marker table from the preprocessor; markers in the text index into it. */
  markers: Marker[];
  templates: TemplateRegistry;
  /** Filled by the parser: categories, interlanguage links, redirect, switches, template counts, links. */
  meta: PageMeta;
  warn(w: Warning): void;
  /** "Today" for built-in handlers (ages): handed on as TemplateContext.now; optional, handlers fall back to the clock. */
  now?: Date;
  /**
   * false: handlers and dropped templates are not counted into `meta` (the engine's expansion
   * has counted every call already and replaces those counts after the main parse). Default true.
   */
  countTemplates?: boolean;
  /** Whether a page is part of the output; handed on as TemplateContext.pageExists (absent: not known). */
  pageExists?: ((fullTitle: string) => boolean) | null;
  /**
   * Whether the page's own source, before expansion, is a redirect: MediaWiki decides that on the
   * source (WikitextContentHandler::extractRedirectTargetAndText), so a `#REDIRECT [[…]]` line a
   * template brings in is text. false: no redirect is taken from the parsed text. Absent: decided
   * on the text parsed (a caller parsing unexpanded source).
   */
  sourceIsRedirect?: boolean;
}

/** Signature of the main parse: preprocessed text (with markers) → document tree. */
export type ParseWikitext = (text: string, ctx: ParseContext) => Document;
