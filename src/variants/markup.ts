/**
 * LanguageConverter markup on raw wikitext: nested `-{ … }-` resolved innermost first, each rule
 * interpreted for the target variant and its table entries applied to the page's rule state in
 * document order (as MediaWiki does while it scans the page).
 */
import { ALL_VARIANTS, validateVariant, type Variant } from './codes.js';
import { RuleSet, convertWithRemovals, createConverter, tableTrie } from './converter.js';
import type { ReplacementTrie } from './trie.js';
import { interpretRule, type RuleResult } from './rules.js';

/** MediaWiki stops nesting at this depth. */
const MAX_DEPTH = 10;

/** What a `-{…}-` turns into. */
export interface MarkupDisplay {
  /** Wikitext to show (already free of nested markup). */
  wikitext: string;
  /** Convert the shown text with this variant's table (filter syntax), or leave it as written. */
  convertTo: Variant | null;
  /** The rule was malformed; MediaWiki shows an error here. */
  error: boolean;
}

/** A ConversionState's rules and title, frozen (its rule sets are never handed out, only copies). */
export interface StateSnapshot {
  readonly variant: Variant;
  readonly title: string | null;
  readonly applied: readonly RuleResult[];
  readonly rules: ReadonlyArray<readonly [Variant, RuleSet]>;
}

/** The page's conversion state: the target variant and the manual rules seen so far, per variant. */
export class ConversionState {
  readonly variant: Variant;
  private readonly rules = new Map<Variant, RuleSet>();
  /** Title from the last `-{T|…}-` (wikitext), if any. */
  title: string | null = null;

  /**
   * Rules applied so far, in order. Only the target's rule set is kept up to date; another
   * variant's (a filter `-{zh-hant|…}-` converting with a fall-back's table — rare) is built by
   * replaying these when first needed.
   */
  private readonly applied: RuleResult[] = [];

  constructor(variant: string | null) {
    this.variant = validateVariant(variant) ?? 'zh';
  }

  /** A copy of the state so far, to start another page from (see restore). */
  snapshot(): StateSnapshot {
    return { variant: this.variant, title: this.title, applied: this.applied.slice(), rules: [...this.rules].map(([v, r]) => [v, r.clone()]) };
  }

  /** Start from a snapshot of the same variant; only on a fresh state (nothing applied yet). */
  restore(s: StateSnapshot): void {
    if (s.variant !== this.variant || this.applied.length > 0 || this.rules.size > 0 || this.title !== null) {
      throw new Error('ConversionState.restore: not a fresh state of the same variant');
    }
    this.title = s.title;
    for (const rule of s.applied) this.applied.push(rule);
    // Shared until the page adds a rule of its own (most pages add none): see apply.
    for (const [v, r] of s.rules) {
      this.rules.set(v, r);
      if (v === this.variant) this.targetRules = r;
    }
    this.rulesShared = true;
  }

  /** The rule sets are a snapshot's (restore) and must be copied before they change. */
  private rulesShared = false;

  /** The page rules of variant `v` so far (created, and caught up, on first use). */
  rulesFor(v: Variant): RuleSet {
    let r = this.rules.get(v);
    if (!r) {
      this.rules.set(v, (r = new RuleSet()));
      for (const rule of this.applied) applyTo(r, rule, v);
      if (v === this.variant) this.targetRules = r;
    }
    return r;
  }

  /** The target's table (null for `zh`) and page rules (null until the first rule): the hot path. */
  private targetTrie: ReplacementTrie | null | undefined = undefined;
  private targetRules: RuleSet | null = null;

  /** Convert plain text to `v` (default: the target) with its table and the page rules. */
  convert(text: string, v: Variant = this.variant): string {
    if (v === this.variant) return this.toTarget(text);
    if (v === 'zh' || text === '') return text;
    return createConverter(v)(text, this.applied.length > 0 ? this.rulesFor(v) : null);
  }

  /** Convert plain text to the target variant (one call per text node of the page). */
  toTarget(text: string): string {
    let trie = this.targetTrie;
    if (trie === undefined) trie = this.targetTrie = this.variant === 'zh' ? null : tableTrie(this.variant);
    if (trie === null || text === '') return text;
    const rules = this.targetRules;
    if (rules === null || rules.size === 0) return trie.replaceAll(text);
    // Removed keys (`-{-|…}-`, rare) need the slower path that can pass table entries over.
    return rules.hasRemovals() ? convertWithRemovals(trie, text, rules) : trie.replaceAll(text, rules);
  }

  /** Apply a rule's table entries (MediaWiki's applyManualConv). */
  apply(rule: RuleResult): void {
    if (rule.title !== null) this.title = rule.title;
    // Nothing is converted in the `zh` view: its rules never matter.
    if (rule.action === 'none' || this.variant === 'zh') return;
    this.applied.push(rule);
    if (this.rulesShared) {
      for (const [v, set] of this.rules) this.rules.set(v, set.clone());
      this.targetRules = this.rules.get(this.variant) ?? null;
      this.rulesShared = false;
    }
    for (const [v, set] of this.rules) applyTo(set, rule, v);
    if (!this.rules.has(this.variant)) this.rulesFor(this.variant);
  }

  /** Process the inside of one `-{…}-` (as the parser hands it over) and return what to show. */
  markup(raw: string): MarkupDisplay {
    return this.rule(this.resolveNested(raw, 1));
  }

  /** Add page-wide rules written without markup (`{{NoteTA|1=zh-cn:…}}`, group items): `-{H|rule}-`. */
  addHiddenRule(rule: string): void {
    if (rule.includes('-{')) {
      this.markup(`H|${rule}`);
      return;
    }
    // Keyed by the rule itself: group rules are the same string objects page after page.
    let cache = hiddenRules.get(this.variant);
    if (!cache) hiddenRules.set(this.variant, (cache = new Map()));
    let r = cache.get(rule);
    if (!r) {
      r = interpretRule(`H|${rule}`, this.variant);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(rule, r);
    }
    this.apply(r);
  }

  private rule(text: string): MarkupDisplay {
    const r = interpretCached(text, this.variant);
    this.apply(r);
    if (r.display === null) return { wikitext: '', convertTo: null, error: true };
    return { wikitext: r.display, convertTo: r.convertDisplayTo, error: false };
  }

  /** Replace nested `-{…}-` inside `text` by their displays. */
  private resolveNested(text: string, depth: number): string {
    if (text.indexOf('-{') < 0) return text;
    let out = '';
    let pos = 0;
    const ahead = new DelimitersAhead(text);
    for (;;) {
      const open = ahead.open(pos);
      if (open < 0) break;
      out += text.slice(pos, open);
      const { display, end } = this.nested(ahead, open, depth + 1);
      out += display;
      pos = end;
    }
    return out + text.slice(pos);
  }

  /** One nested rule starting at `start` (`-{`): its display and where it ends. */
  private nested(ahead: DelimitersAhead, start: number, depth: number): { display: string; end: number } {
    if (depth > MAX_DEPTH) return { display: '-{', end: start + 2 };
    const text = ahead.text;
    let pos = start + 2;
    let inner = '';
    while (pos < text.length) {
      const open = ahead.open(pos);
      const close = ahead.close(pos);
      if (close < 0 && open < 0) break;
      if (open >= 0 && (close < 0 || open < close)) {
        inner += text.slice(pos, open);
        const sub = this.nested(ahead, open, depth + 1);
        inner += sub.display;
        pos = sub.end;
        continue;
      }
      inner += text.slice(pos, close);
      const shown = this.rule(inner);
      // A nested display is plain wikitext in the outer rule; a filter conversion is applied here.
      const display = shown.convertTo ? this.convert(shown.wikitext, shown.convertTo) : shown.wikitext;
      return { display, end: close + 2 };
    }
    // Unclosed: MediaWiki keeps the `-{` and converts the rest.
    return { display: '-{' + this.convert(inner + text.slice(pos)), end: text.length };
  }
}

/**
 * The next `-{` and `}-` of one text at or after a position, each search's answer kept while it
 * lies ahead: past the depth limit every deeper `-{` is passed one at a time, and searching for
 * the `}-` again after each would read the rest of the text once per opening (n² / 2).
 */
class DelimitersAhead {
  /** -2: not searched yet; -1: none ahead of the last search. */
  private nextOpen = -2;
  private nextClose = -2;

  constructor(readonly text: string) {}

  open(pos: number): number {
    if (this.nextOpen === -2 || (this.nextOpen >= 0 && this.nextOpen < pos)) this.nextOpen = this.text.indexOf('-{', pos);
    return this.nextOpen;
  }

  close(pos: number): number {
    if (this.nextClose === -2 || (this.nextClose >= 0 && this.nextClose < pos)) this.nextClose = this.text.indexOf('}-', pos);
    return this.nextClose;
  }
}

function applyTo(set: RuleSet, rule: RuleResult, v: Variant): void {
  const pairs = rule.table.get(v);
  if (!pairs) return;
  for (const [from, to] of pairs) {
    if (rule.action === 'add') set.set(from, to);
    else set.remove(from);
  }
}

/**
 * Rules recur from page to page (NoteTA groups: hundreds per page, the same on every page that
 * uses the group), and interpreting one is pure: keep the results, per variant, up to a bound.
 */
const interpreted = new Map<Variant, Map<string, RuleResult>>();
const hiddenRules = new Map<Variant, Map<string, RuleResult>>();
const CACHE_LIMIT = 50_000;

function interpretCached(text: string, variant: Variant): RuleResult {
  let cache = interpreted.get(variant);
  if (!cache) interpreted.set(variant, (cache = new Map()));
  let r = cache.get(text);
  if (!r) {
    r = interpretRule(text, variant);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, r);
  }
  return r;
}

export { ALL_VARIANTS };
