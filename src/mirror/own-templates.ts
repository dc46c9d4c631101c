/**
 * Which templates expand from the dump although a built-in handler of the same name exists. The
 * handlers were written for Wikipedia's templates; on any other wiki (a company wiki being moved)
 * a template of the same name is that wiki's own — Wikipedia's {{Note}} is a footnote anchor, a
 * company's a boxed remark — so its wikitext wins. Except where that wikitext calls Lua
 * (`#invoke`), which the engine does not run: such a template was usually imported from
 * Wikipedia, and the handler written for it does better.
 */
import { detached } from '../engine/strings.js';
import type { PageSource, TemplateNames } from '../engine/types.js';
import { callsLua } from '../preprocess/lua-calls.js';
import type { SiteConfig } from '../site/types.js';
import { isWikimediaUrl } from '../site/uploads.js';

/** The rule lives in preprocess/lua-calls.ts (the built-in bodies read it too); kept reachable here. */
export { callsLua };

/**
 * Answers `has(name)` for a template name without namespace ("Note"), once per name. A kept
 * answer tells the source the page was asked about again (PageSource.noteUse): the mirror records
 * it for every page, so an update redoes them all when the template appears or goes.
 */
class OwnTemplates implements TemplateNames {
  /** By name: the answer, and the full title asked (kept so that a hit builds no string). */
  private readonly answers = new Map<string, { own: boolean; fullTitle: string }>();
  constructor(
    private readonly source: PageSource,
    private readonly prefix: string,
  ) {}

  has(name: string): boolean {
    const known = this.answers.get(name);
    if (known !== undefined) {
      this.source.noteUse?.(known.fullTitle);
      return known.own;
    }
    const fullTitle = detached(this.prefix + name);
    const text = this.source.get(fullTitle);
    const own = text !== null && !callsLua(text);
    if (this.answers.size >= 10_000) this.answers.clear();
    this.answers.set(detached(name), { own, fullTitle });
    return own;
  }
}

/** `preferExpansion` for a wiki's own templates (`prefix`: the Template namespace name and ':'). */
export function ownTemplatesFirst(source: PageSource, prefix: string): TemplateNames {
  return new OwnTemplates(source, prefix);
}

/**
 * The `preferExpansion` of a site whose templates come from `templates` (a dump, a folder), or
 * undefined where the built-in handlers win: on a Wikimedia wiki, whose templates they were written
 * for. `convert` and `page --templates` both ask here, so `page` previews what `convert` writes.
 */
export function ownTemplatesOf(site: SiteConfig, templates: PageSource | null | undefined): TemplateNames | undefined {
  if (!templates || isWikimediaUrl(site.articleBase)) return undefined;
  return ownTemplatesFirst(templates, (site.namespaces.get(10)?.name ?? 'Template') + ':');
}
