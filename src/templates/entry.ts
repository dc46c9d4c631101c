/** How handler families describe themselves to the registry. */
import type { TemplateHandler, TemplateTraits } from './types.js';

/** A handler under one or more template names. */
export interface HandlerEntry {
  /** Family for reports and for disabling whole families ('citation', 'lang', 'navbox' …). */
  family: string;
  /** Template names as the wiki spells them (case, `_` and spacing are folded by the registry). */
  names: readonly string[];
  /** Only on wikis in these languages; omitted: everywhere. */
  langs?: readonly string[];
  handler: TemplateHandler;
  /** See TemplateTraits. */
  traits?: TemplateTraits;
}

/**
 * A family of names recognised by shape: `Infobox *`, `* navbox`, `*-stub`, `Lang-*`. Prefixes and
 * suffixes are compared against the folded name (lower case, single spaces).
 */
export interface PatternEntry {
  family: string;
  prefix?: string;
  suffix?: string;
  /** The name must be longer than the affix (so `Lang-` alone does not match `lang-`). */
  langs?: readonly string[];
  handler: TemplateHandler;
  /** See TemplateTraits. */
  traits?: TemplateTraits;
}
