/**
 * One `-{…}-` rule, interpreted the way MediaWiki's ConverterRule does: flags, the bidirectional
 * (`zh-cn:A;zh-tw:B`) and unidirectional (`A=>zh-cn:B`) tables, the text to display for a variant,
 * the title (`T`), and the table entries the rule adds or removes (`H`, `A`, `-`).
 */
import { ALL_VARIANTS, FALLBACKS, MANUAL_LEVEL, RULE_CODE_SPELLINGS, VARIANT_NAMES, validateVariant, type Variant } from './codes.js';

const FLAG_LETTERS = new Set(['A', 'T', 'R', 'D', '-', 'H', 'N']);
const VARIANT_FLAGS: ReadonlySet<string> = new Set(ALL_VARIANTS);

/** Separators the PHP code trims (no full-width space: it is content in Chinese text). */
export function phpTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPhpSpace(s.charCodeAt(a))) a++;
  while (b > a && isPhpSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

function isPhpSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0 || c === 11;
}

/** PHP truthiness of a string ('' and '0' are false). */
function truthy(s: string | undefined): s is string {
  return s !== undefined && s !== '' && s !== '0';
}

const ASCII_SPACE = '[ \\t\\n\\x0B\\f\\r]';
/** `;` splits choices only where a variant code (or `from=>code`) or the end follows. */
const CHOICE_SEPARATOR = new RegExp(
  `;${ASCII_SPACE}*(?=${RULE_CODE_SPELLINGS.map((c) => `${c}${ASCII_SPACE}*:|[^;]*?=>${ASCII_SPACE}*${c}${ASCII_SPACE}*:`).join('|')}|${ASCII_SPACE}*$)`,
);

export type RuleAction = 'none' | 'add' | 'remove';

export interface RuleResult {
  /** Wikitext to show in place of the markup; null when the rule is malformed (MediaWiki prints an error). */
  display: string | null;
  /** When set, the display text is converted with this variant's table (filter syntax `-{zh-hans;zh-hant|…}-`). */
  convertDisplayTo: Variant | null;
  /** Title set by a `T` flag (wikitext), or null. */
  title: string | null;
  action: RuleAction;
  /** Table entries per variant (from → to) to add or remove. */
  table: Map<Variant, Map<string, string>>;
}

/** Ordered flag list with PHP-array semantics (re-adding keeps the position). */
function addFlag(flags: string[], f: string): void {
  if (!flags.includes(f)) flags.push(f);
}

/**
 * Position of the `|` ending the flags. MediaWiki sees the rule as HTML, where links and templates
 * have already become markup without pipes; on wikitext the pipes inside `[[…]]` and `{{…}}` must
 * therefore be skipped.
 */
function flagSeparator(text: string): number {
  let links = 0;
  let templates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 124 /* | */) {
      if (links === 0 && templates === 0) return i;
    } else if (c === 91 /* [ */ && text.charCodeAt(i + 1) === 91) {
      links++;
      i++;
    } else if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 93 && links > 0) {
      links--;
      i++;
    } else if (c === 123 /* { */ && text.charCodeAt(i + 1) === 123) {
      templates++;
      i++;
    } else if (c === 125 /* } */ && text.charCodeAt(i + 1) === 125 && templates > 0) {
      templates--;
      i++;
    }
  }
  return -1;
}

interface Parsed {
  flags: string[];
  variantFlags: Set<Variant>;
  rules: string;
}

function parseFlags(text: string): Parsed {
  let flags: string[] = [];
  const variantFlags = new Set<Variant>();
  let rules = text;
  const sep = flagSeparator(text);
  if (sep >= 0) {
    for (const part of text.slice(0, sep).split(';')) {
      const f = phpTrim(part);
      if (FLAG_LETTERS.has(f) || VARIANT_FLAGS.has(f)) addFlag(flags, f);
    }
    rules = text.slice(sep + 1);
  }
  if (flags.length === 0) flags = ['S'];
  else if (flags.includes('R')) flags = ['R'];
  else if (flags.includes('N')) flags = ['N'];
  else if (flags.includes('-')) flags = ['-'];
  else if (flags.length === 1 && flags[0] === 'T') flags.push('H');
  else if (flags.includes('H')) {
    const kept = ['+', 'H'];
    if (flags.includes('T')) kept.push('T');
    if (flags.includes('D')) kept.push('D');
    flags = kept;
  } else {
    if (flags.includes('A')) {
      addFlag(flags, '+');
      addFlag(flags, 'S');
    }
    if (flags.includes('D')) flags = flags.filter((f) => f !== 'S');
    for (const f of flags) if (VARIANT_FLAGS.has(f)) variantFlags.add(f as Variant);
    if (variantFlags.size > 0) flags = [];
  }
  return { flags, variantFlags, rules };
}

interface Tables {
  bid: Map<Variant, string>;
  unid: Map<Variant, Map<string, string>>;
}

/** Split `zh-cn:A; zh-tw:B; X=>zh-hk:C` into the two tables; any bad code voids the whole rule. */
export function parseChoices(rulesText: string): Tables {
  const bid = new Map<Variant, string>();
  const unid = new Map<Variant, Map<string, string>>();
  // Semicolons that end HTML entities are not separators.
  const guarded = rulesText.replace(/(&[#a-zA-Z0-9]+);/g, '$1\x01');
  for (const raw of guarded.split(CHOICE_SEPARATOR)) {
    const choice = raw.replace(/\x01/g, ';');
    const colon = choice.indexOf(':');
    if (colon < 0) continue;
    const to = phpTrim(choice.slice(colon + 1));
    const code = phpTrim(choice.slice(0, colon));
    const arrow = code.indexOf('=>');
    let v: Variant | null;
    if (arrow < 0) {
      v = validateVariant(code);
      if (to !== '' && v) bid.set(v, to);
    } else {
      const from = phpTrim(code.slice(0, arrow));
      v = validateVariant(phpTrim(code.slice(arrow + 2)));
      if (from !== '' && v) {
        let m = unid.get(v);
        if (!m) unid.set(v, (m = new Map()));
        m.set(from, to);
      }
    }
    if (!v) {
      bid.clear();
      unid.clear();
      break;
    }
  }
  return { bid, unid };
}

function firstInBid(bid: Map<Variant, string>, variants: readonly Variant[]): string | undefined {
  for (const v of variants) {
    const t = bid.get(v);
    if (t !== undefined) return t;
  }
  return undefined;
}

function convertedStr(t: Tables, rules: string, variant: Variant): string | null {
  if (t.bid.size + t.unid.size === 0) return rules;
  let disp = t.bid.get(variant) ?? firstInBid(t.bid, FALLBACKS[variant]);
  if (disp === undefined) disp = t.unid.get(variant)?.values().next().value;
  if (disp === undefined && MANUAL_LEVEL[variant] === 'disable') {
    disp = t.bid.size > 0 ? t.bid.values().next().value : t.unid.values().next().value?.values().next().value;
  }
  return disp ?? null;
}

function convertedTitle(t: Tables, rules: string, variant: Variant): string | null {
  if (variant === 'zh') {
    const exact = t.bid.get('zh');
    if (truthy(exact)) return exact;
    return t.unid.get('zh')?.values().next().value ?? null;
  }
  return convertedStr(t, rules, variant);
}

function describe(t: Tables): string {
  let text = '';
  for (const [v, to] of t.bid) text += `${VARIANT_NAMES[v]}：${to}；`;
  for (const [v, pairs] of t.unid) for (const [from, to] of pairs) text += `${from}⇒${VARIANT_NAMES[v]}：${to}；`;
  return text;
}

/** The conversion-table entries a rule implies for every variant (MediaWiki's generateConvTable). */
function conversionTable(t: Tables): Map<Variant, Map<string, string>> {
  const table = new Map<Variant, Map<string, string>>();
  if (t.bid.size === 0 && t.unid.size === 0) return table;
  const pairsOf = (v: Variant): Map<string, string> => {
    let m = table.get(v);
    if (!m) table.set(v, (m = new Map()));
    return m;
  };
  const filled = new Map(t.bid);
  const marked: Variant[] = [];
  for (const v of ALL_VARIANTS) {
    if (!filled.has(v)) {
      const vf = firstInBid(t.bid, FALLBACKS[v]);
      if (truthy(vf)) filled.set(v, vf);
    }
    const mine = filled.get(v);
    if (mine !== undefined) {
      for (const vo of marked) {
        const theirs = filled.get(vo)!;
        if (MANUAL_LEVEL[v] === 'bidirectional') pairsOf(v).set(theirs, mine);
        if (MANUAL_LEVEL[vo] === 'bidirectional') pairsOf(vo).set(mine, theirs);
      }
      marked.push(v);
    }
    const oneWay = t.unid.get(v);
    if (oneWay && MANUAL_LEVEL[v] !== 'disable') {
      // One-way entries take precedence over pairs derived from the two-way table.
      const m = pairsOf(v);
      for (const [from, to] of oneWay) m.set(from, to);
    }
  }
  return table;
}

/**
 * Interpret the text between `-{` and `}-` (nested markup already replaced by its display) for
 * `variant` ('zh' = no conversion).
 */
export function interpretRule(text: string, variant: Variant): RuleResult {
  const parsed = parseFlags(text);
  let { flags, rules } = parsed;
  let convertDisplayTo: Variant | null = null;
  if (parsed.variantFlags.size > 0) {
    if (parsed.variantFlags.has(variant)) convertDisplayTo = variant;
    else convertDisplayTo = FALLBACKS[variant].find((fb) => parsed.variantFlags.has(fb)) ?? null;
    flags = ['R'];
  }
  let tables: Tables = { bid: new Map(), unid: new Map() };
  if (!flags.includes('R') && !flags.includes('N')) {
    rules = rules.replaceAll('=&gt;', '=>');
    tables = parseChoices(rules);
  }
  if (tables.bid.size === 0 && tables.unid.size === 0) {
    if (flags.includes('+') || flags.includes('-')) {
      if (rules !== '') for (const v of ALL_VARIANTS) tables.bid.set(v, rules);
    } else if (!flags.includes('N') && !flags.includes('T')) flags = ['R'];
  }
  let display: string | null | undefined;
  let title: string | null = null;
  let action: RuleAction = 'none';
  for (const flag of flags) {
    switch (flag) {
      case 'R':
        display = rules;
        break;
      case 'N':
        display = VARIANT_NAMES[phpTrim(rules).toLowerCase()] ?? '';
        break;
      case 'D':
        display = describe(tables);
        break;
      case 'H':
        display = '';
        break;
      case '-':
        action = 'remove';
        display = '';
        break;
      case '+':
        action = 'add';
        display = '';
        break;
      case 'S':
        display = convertedStr(tables, rules, variant);
        break;
      case 'T':
        title = convertedTitle(tables, rules, variant);
        display = '';
        break;
      default:
        break;
    }
  }
  return {
    display: display ?? null,
    convertDisplayTo: display === undefined ? null : convertDisplayTo,
    title,
    action,
    table: conversionTable(tables),
  };
}
