/**
 * The registry of built-in template handlers. Names are folded the way MediaWiki's redirects
 * usually make them equivalent (first letter case, `_` vs space, and — since `Cite Web`,
 * `Cite web` and `cite web` all exist as redirects — case throughout), looked up first among the
 * wiki language's own names, then the shared ones, then the prefix/suffix pattern table.
 */
import type { HandlerEntry, PatternEntry } from './entry.js';
import { hasBuiltinBody } from './wikitext.js';
import type { TemplateCall, TemplateHandler, TemplateRegistry, TemplateTraits } from './types.js';
import { carriesFacts } from './handlers/databox.js';
import { ANCHOR_ENTRIES } from './handlers/anchors.js';
import { CITATION_ENTRIES, CITATION_PATTERNS } from './handlers/citations.js';
import { LANG_ENTRIES, LANG_PATTERNS } from './handlers/lang.js';
import { FORMAT_ENTRIES } from './handlers/format.js';
import { FIGURE_ENTRIES } from './handlers/format-figures.js';
import { DATE_ENTRIES } from './handlers/dates.js';
import { CONVERT_ENTRIES } from './handlers/convert.js';
import { COORD_ENTRIES } from './handlers/coord.js';
import { FLAG_ENTRIES } from './handlers/flags.js';
import { QUOTE_ENTRIES } from './handlers/quotes.js';
import { HATNOTE_ENTRIES } from './handlers/hatnotes.js';
import { REFERENCE_ENTRIES } from './handlers/references.js';
import { INFOBOX_ENTRIES, INFOBOX_PATTERNS } from './handlers/infobox-entries.js';
import { JA_INFOBOX_ENTRIES } from './handlers/infobox-ja.js';
import { ZH_ANIMANGA_ENTRIES } from './handlers/infobox-animanga-zh.js';
import { ZH_SPORTS_ENTRIES } from './handlers/sports-zh.js';
import { LINK_ENTRIES, LINK_PATTERNS } from './handlers/links.js';
import { SOURCE_MARK_ENTRIES } from './handlers/source-marks.js';
import { TRACKLIST_ENTRIES } from './handlers/tracklist.js';
import { LIST_ENTRIES } from './handlers/lists.js';
import { DROP_ENTRIES, DROP_PATTERNS } from './handlers/drop.js';
import { MISC_ENTRIES } from './handlers/misc.js';
import { CHART_ENTRIES } from './handlers/charts.js';
import { CLIMATE_ENTRIES } from './handlers/climate.js';
import { ENCYCLOPEDIA_ENTRIES } from './handlers/encyclopedias.js';
import { LAW_REPORT_ENTRIES } from './handlers/law-reports.js';
import { IDENTIFIER_ENTRIES, IDENTIFIER_PATTERNS } from './handlers/identifiers.js';
import { IMAGE_ENTRIES } from './handlers/images.js';
import { TEXT_ENTRIES } from './handlers/text.js';
import { JA_DATA_ENTRIES } from './handlers/ja-data.js';
import { AWARD_ENTRIES, AWARD_PATTERNS } from './handlers/awards.js';
import { ROAD_ENTRIES } from './handlers/roads.js';
import { SPECIESBOX_ENTRIES } from './handlers/speciesbox.js';
import { ZH_INLINE_ENTRIES } from './handlers/zh-inline.js';
import { codeAt } from '../engine/strings.js';

export interface RegistryOptions {
  /** Template names whose built-in handler is switched off (the expansion tier renders them). */
  disabled?: Iterable<string>;
  /** Families switched off entirely ('citation', 'infobox', …). */
  disabledFamilies?: Iterable<string>;
  /** Additional handlers; they win over built-in ones of the same name. */
  extra?: readonly HandlerEntry[];
}

export interface Resolved {
  family: string;
  handler: TemplateHandler;
  traits: TemplateTraits | null;
}

const NAMESPACE_PREFIXES = new Set(['template', '模板', '样板', '樣板', 'テンプレート', 'шаблон', '틀', 'msgnw', 'subst', 'safesubst']);

/**
 * The name as MediaWiki resolves it: namespace prefix removed, `_`→space, spaces collapsed,
 * first letter upper case. `JPN` (a country) and `Jpn` (a Japanese name) stay different.
 */
export function exactName(name: string): string {
  const folded = foldSpaces(name);
  if (!folded) return folded;
  const first = folded.codePointAt(0)!;
  const ch = String.fromCodePoint(first);
  const up = ch.toUpperCase();
  return up === ch || up.length !== ch.length ? folded : up + folded.slice(ch.length);
}

/** The case-insensitive fallback key: `exactName` in lower case ("cite web" for "Cite_Web"). */
export function templateKey(name: string): string {
  return foldSpaces(name).toLowerCase();
}

function foldSpaces(name: string): string {
  let s = name;
  const colon = s.indexOf(':');
  if (colon > 0 && NAMESPACE_PREFIXES.has(s.slice(0, colon).trim().toLowerCase())) s = s.slice(colon + 1);
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (c === 95 || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += s[i];
  }
  return out;
}

const ALL_ENTRIES: readonly (readonly HandlerEntry[])[] = [
  CITATION_ENTRIES, LANG_ENTRIES, FORMAT_ENTRIES, FIGURE_ENTRIES, DATE_ENTRIES, CONVERT_ENTRIES, COORD_ENTRIES, FLAG_ENTRIES,
  QUOTE_ENTRIES, HATNOTE_ENTRIES, REFERENCE_ENTRIES, SPECIESBOX_ENTRIES, INFOBOX_ENTRIES, LINK_ENTRIES, SOURCE_MARK_ENTRIES, LIST_ENTRIES, TRACKLIST_ENTRIES, MISC_ENTRIES, CHART_ENTRIES, CLIMATE_ENTRIES,
  ENCYCLOPEDIA_ENTRIES, LAW_REPORT_ENTRIES, IDENTIFIER_ENTRIES, IMAGE_ENTRIES, TEXT_ENTRIES, ANCHOR_ENTRIES, JA_DATA_ENTRIES, JA_INFOBOX_ENTRIES, ZH_ANIMANGA_ENTRIES, ZH_SPORTS_ENTRIES, AWARD_ENTRIES, ROAD_ENTRIES, ZH_INLINE_ENTRIES, DROP_ENTRIES,
];

/** Pattern families, most specific first: the first match wins. */
const ALL_PATTERNS: readonly (readonly PatternEntry[])[] = [
  INFOBOX_PATTERNS, CITATION_PATTERNS, LANG_PATTERNS, LINK_PATTERNS, IDENTIFIER_PATTERNS, AWARD_PATTERNS, DROP_PATTERNS,
];

const CACHE_LIMIT = 20000;

/** Handlers by exact name, with a case-insensitive fallback (the first name registered for a key wins it). */
class NameTable {
  readonly exact = new Map<string, Resolved>();
  readonly folded = new Map<string, Resolved>();

  add(name: string, resolved: Resolved, override: boolean): void {
    const e = exactName(name);
    const k = templateKey(name);
    if (override || !this.exact.has(e)) this.exact.set(e, resolved);
    if (override || !this.folded.has(k)) this.folded.set(k, resolved);
  }
}

export class BuiltinRegistry implements TemplateRegistry {
  /** Names valid on every wiki. */
  private readonly common = new NameTable();
  /** Names valid on one wiki language only. */
  private readonly local = new Map<string, NameTable>();
  private readonly patterns: Array<{ prefix: string; suffix: string; langs: ReadonlySet<string> | null; resolved: Resolved }> = [];
  private readonly disabled = new Set<string>();
  private readonly disabledFamilies = new Set<string>();
  /** lang → name as called → result (null: no handler). Cleared whenever the configuration changes. */
  private readonly resolved = new Map<string, Map<string, Resolved | null>>();

  constructor(options: RegistryOptions = {}) {
    for (const group of ALL_ENTRIES) for (const e of group) this.register(e, false);
    for (const group of ALL_PATTERNS) for (const p of group) this.registerPattern(p);
    for (const e of options.extra ?? []) this.register(e, true);
    for (const n of options.disabled ?? []) this.disable(n);
    for (const f of options.disabledFamilies ?? []) this.disableFamily(f);
  }

  /** Add a handler. Built-in names registered earlier win unless `override`. */
  register(entry: HandlerEntry, override = true): void {
    const resolved: Resolved = { family: entry.family, handler: entry.handler, traits: entry.traits ?? null };
    const targets: NameTable[] = [];
    if (entry.langs) {
      for (const lang of entry.langs) {
        let m = this.local.get(lang);
        if (!m) this.local.set(lang, (m = new NameTable()));
        targets.push(m);
      }
    } else targets.push(this.common);
    for (const name of entry.names) for (const m of targets) m.add(name, resolved, override);
    this.resolved.clear();
  }

  registerPattern(p: PatternEntry): void {
    this.patterns.push({
      prefix: p.prefix ? templateKey(p.prefix) : '',
      suffix: p.suffix ? p.suffix.toLowerCase() : '',
      langs: p.langs ? new Set(p.langs) : null,
      resolved: { family: p.family, handler: p.handler, traits: p.traits ?? null },
    });
    this.resolved.clear();
  }

  /** Switch the built-in handler for a name off (lookups return null, so expansion may run). */
  disable(name: string): void {
    this.disabled.add(templateKey(name));
    this.resolved.clear();
  }

  enable(name: string): void {
    this.disabled.delete(templateKey(name));
    this.resolved.clear();
  }

  disableFamily(family: string): void {
    this.disabledFamilies.add(family);
    this.resolved.clear();
  }

  enableFamily(family: string): void {
    this.disabledFamilies.delete(family);
    this.resolved.clear();
  }

  lookup(name: string, lang: string): TemplateHandler | null {
    return this.resolve(name, lang)?.handler ?? null;
  }

  traits(name: string, lang: string): TemplateTraits | null {
    return this.resolve(name, lang)?.traits ?? null;
  }

  dataBox(call: TemplateCall, lang: string): TemplateHandler | null {
    return carriesFacts(call) ? this.lookup('Infobox', lang) : null;
  }

  /** The handler and its family, or null when no built-in handler applies. */
  resolve(name: string, lang: string): Resolved | null {
    // Hot path: one map lookup for a name already seen on this wiki.
    let byName = this.resolved.get(lang);
    if (!byName) this.resolved.set(lang, (byName = new Map()));
    const hit = byName.get(name);
    if (hit !== undefined) return hit;
    const key = templateKey(name);
    let r: Resolved | null = null;
    if (!this.disabled.has(key)) {
      r = this.find(name, key, lang);
      if (r && this.disabledFamilies.has(r.family)) r = null;
    }
    if (byName.size >= CACHE_LIMIT) byName.clear();
    byName.set(name, r);
    return r;
  }

  private find(name: string, key: string, lang: string): Resolved | null {
    const dash = lang.indexOf('-');
    const base = dash > 0 ? lang.slice(0, dash) : lang;
    const local = this.local.get(lang) ?? this.local.get(base);
    const exact = exactName(name);
    const own = local?.exact.get(exact);
    if (own) return own;
    // A built-in body (templates/wikitext.ts) is meant to expand: neither a handler every wiki
    // shares (`Start box` drops, but zhwiki's box is a table) nor a pattern takes its name.
    if (hasBuiltinBody(lang, exact)) return null;
    const direct = this.common.exact.get(exact) ?? local?.folded.get(key) ?? this.common.folded.get(key);
    if (direct) return direct;
    let found: Resolved | null = null;
    for (const p of this.patterns) {
      if (p.langs && !p.langs.has(lang) && !p.langs.has(base)) continue;
      if (key.length <= p.prefix.length + p.suffix.length) continue;
      if (p.prefix && !key.startsWith(p.prefix)) continue;
      if (p.suffix && !key.endsWith(p.suffix)) continue;
      found = p.resolved;
      break;
    }
    return found;
  }
}

export function createBuiltinRegistry(options: RegistryOptions = {}): BuiltinRegistry {
  return new BuiltinRegistry(options);
}

/** The shared default registry (no names disabled). Treat it as read-only; create your own to configure. */
export const builtinRegistry: BuiltinRegistry = createBuiltinRegistry();
