/**
 * What a wiki's `Template:Country data <X>` page says about a country, for the built-in flag
 * handlers. On zhwiki (as on enwiki) `{{flag|Qing Dynasty|1862|name=大清}}` is
 * `{{country data Qing Dynasty|flag/core|name=大清|variant=1862}}`, and the data page is one call
 * of its first argument with the country's fields:
 *
 *     {{ {{{1}}} | alias = 清朝 | link alias-naval = … | name = {{#if:{{{name|}}}|{{{name|}}}|大清}} | … }}
 *
 * The flag's link is `link alias-<variant>` when the page has one for the call's variant, else
 * `alias`; the shown name is `name` expanded with the call's `name=`. The fields are read from the
 * page's preprocessor tree once per tree (trees are cached per page source, expand-titles.ts), and
 * only the two or three a call needs are expanded for it.
 */
import type { CountryData } from '../templates/types.js';
import type { ArgSlot } from './frame.js';
import type { PPNode, PPTemplate } from './tree.js';

/** The data call's named parts: field name → its unexpanded value. */
export type CountryFields = ReadonlyMap<string, readonly PPNode[]>;

/** What the flag template hands its data page besides the `/core` name. */
export interface CountryRequest {
  /** `<X>` of `Template:Country data <X>`: the flag's first argument, or a code template's name. */
  key: string;
  /** The flag variant (`1862`, `naval`), '' for none. */
  variant: string;
  /** The call's own `name=`, '' for none. */
  name: string;
}

/** Text of nodes holding only text (comments skipped), or null when something dynamic is in it. */
function plainText(nodes: readonly PPNode[]): string | null {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text') s += n.value;
    else if (n.type !== 'comment' && n.type !== 'ignore') return null;
  }
  return s.trim();
}

/** Whether a call's title is the page's first argument alone: `{{ {{{1}}} | … }}`. */
function callsFirstArgument(t: PPTemplate): boolean {
  let arg = false;
  for (const n of t.title) {
    if (n.type === 'argument' && !arg && plainText(n.name) === '1') arg = true;
    else if (n.type === 'text' ? n.value.trim() !== '' : n.type !== 'comment' && n.type !== 'ignore') return false;
  }
  return arg;
}

/** The fields of the page's data call, or null when the page has none (not a country data page). */
export function countryFields(tree: readonly PPNode[]): CountryFields | null {
  for (const n of tree) {
    if (n.type !== 'template' || !callsFirstArgument(n)) continue;
    const fields = new Map<string, readonly PPNode[]>();
    for (const part of n.parts) {
      const name = part.name === null ? null : plainText(part.name);
      // A later duplicate wins, as in a MediaWiki frame; names are trimmed, not otherwise respaced.
      if (name) fields.set(name, part.value);
    }
    return fields.has('alias') ? fields : null;
  }
  return null;
}

const fieldCache = new WeakMap<readonly PPNode[], CountryFields | null>();

/** countryFields, remembered for the tree. */
export function cachedCountryFields(tree: readonly PPNode[]): CountryFields | null {
  let fields = fieldCache.get(tree);
  if (fields === undefined) fieldCache.set(tree, (fields = countryFields(tree)));
  return fields;
}

/** The data page's title for a request, or null when the key can name none. */
export function countryDataTitle(req: CountryRequest): string | null {
  const key = req.key.trim();
  // An empty key would name `Template:Country data` itself. A line break or a marker inside names
  // no page (callTitle rejects them); nor do bars and brackets, which callTitle rejects as well.
  if (key === '' || /[{}|[\]<>]/.test(key)) return null;
  return 'Country data ' + key;
}

/** The arguments the data page is expanded with (what zhwiki's {{flag}} passes it). */
export function countryArgs(req: CountryRequest): Map<string, ArgSlot> {
  const slot = (value: string): ArgSlot => ({ nodes: [], trim: true, value });
  return new Map([
    ['name', slot(req.name.trim())],
    ['variant', slot(req.variant.trim())],
    ['size', slot('')],
  ]);
}

/**
 * The link and shown name for a request, `expand` giving a field's text with the request's
 * arguments; null when the alias comes out empty.
 */
export function countryDataOf(fields: CountryFields, req: CountryRequest, expand: (nodes: readonly PPNode[]) => string): CountryData | null {
  const field = (name: string): string => {
    const nodes = fields.get(name);
    return nodes ? expand(nodes) : '';
  };
  const variant = req.variant.trim();
  // Only `link alias-<variant>` (zhwiki's Country showdata reads `link alias-naval`); China's page
  // also writes `link-alias-1912`, which nothing known reads: that variant links the alias.
  const link = (variant ? field('link alias-' + variant) : '') || field('alias');
  if (!link) return null;
  return { link, name: field('name') };
}
