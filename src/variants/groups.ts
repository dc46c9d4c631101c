/**
 * Conversion groups (`{{NoteTA|G1=IT}}`): read from the dump's `Module:CGroup/<name>` (Lua table)
 * or `Template:CGroup/<name>` (wikitext) when a PageSource is available, else the built-in lists.
 */
import type { PageSource } from '../engine/types.js';
import { builtinGroupRules } from './builtin-groups.js';

export interface GroupRules {
  rules: string[];
  source: 'module' | 'template' | 'builtin' | 'missing';
  /** The pages asked for, in order: told to the source again when the group is reused from the cache. */
  asked: string[];
}

/**
 * Groups read from a page source, kept per source: a dump's pages do not change during a run. A
 * kept group tells the source the pages it was read from again (PageSource.noteUse), so that a
 * mirror's update redoes every page naming it when they change, not only the first.
 */
const fromSource = new WeakMap<PageSource, Map<string, GroupRules>>();

/** The rules of group `name`. */
export function groupRules(name: string, pages: PageSource | null): GroupRules {
  if (!pages) return readGroup(name, null);
  let known = fromSource.get(pages);
  if (!known) fromSource.set(pages, (known = new Map()));
  let group = known.get(name);
  if (!group) known.set(name, (group = readGroup(name, pages)));
  else if (pages.noteUse) for (const title of group.asked) pages.noteUse(title);
  return group;
}

function readGroup(name: string, pages: PageSource | null): GroupRules {
  const trimmed = name.trim();
  const asked: string[] = [];
  if (pages && trimmed !== '') {
    const module = `Module:CGroup/${trimmed}`;
    asked.push(module);
    const lua = safeGet(pages, module);
    if (lua) {
      const rules = rulesFromLua(lua);
      if (rules.length > 0) return { rules, source: 'module', asked };
    }
    const template = `Template:CGroup/${trimmed}`;
    asked.push(template);
    const tpl = safeGet(pages, template);
    if (tpl) {
      const rules = rulesFromWikitext(tpl);
      if (rules.length > 0) return { rules, source: 'template', asked };
    }
  }
  const builtin = builtinGroupRules(trimmed);
  return builtin ? { rules: builtin, source: 'builtin', asked } : { rules: [], source: 'missing', asked };
}

function safeGet(pages: PageSource, title: string): string | null {
  try {
    return pages.get(title);
  } catch {
    return null;
  }
}

/**
 * Rules from a `Module:CGroup/*` page (Lua): the second argument of every `Item(original, rule)`
 * call (`original` may be nil) and every `rule = …` field of an item table. Values are string
 * literals, possibly joined with `..`; comments and strings elsewhere are skipped, other
 * expressions ignored.
 */
export function rulesFromLua(src: string): string[] {
  const rules: string[] = [];
  const lx = new LuaScanner(src);
  for (;;) {
    const tok = lx.next();
    if (tok === null) break;
    if (tok.kind !== 'name') continue;
    if (tok.value === 'Item' && lx.peekChar() === '(') {
      lx.pos++;
      skipExpression(lx); // the original text (a string or nil)
      if (lx.peekChar() !== ',') continue;
      lx.pos++;
      const rule = readConcatenation(lx);
      if (rule !== null && rule.trim() !== '') rules.push(rule);
    } else if (tok.value === 'rule' && lx.peekChar() === '=' && lx.src[lx.pos + 1] !== '=') {
      lx.pos++;
      const rule = readConcatenation(lx);
      if (rule !== null && rule.trim() !== '') rules.push(rule);
    }
  }
  return rules;
}

type LuaToken = { kind: 'name' | 'string' | 'other'; value: string };

/** Just enough of Lua's lexer to walk a CGroup table: names, strings, comments, punctuation. */
class LuaScanner {
  pos = 0;
  constructor(readonly src: string) {}

  /** Skip spaces and comments. */
  skip(): void {
    const s = this.src;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else if (c === 45 && s.charCodeAt(this.pos + 1) === 45) {
        const long = /^\[(=*)\[/.exec(s.slice(this.pos + 2, this.pos + 40));
        if (long) {
          const end = s.indexOf(`]${long[1]}]`, this.pos + 2 + long[0].length);
          this.pos = end < 0 ? s.length : end + long[1]!.length + 2;
        } else {
          const nl = s.indexOf('\n', this.pos);
          this.pos = nl < 0 ? s.length : nl + 1;
        }
      } else break;
    }
  }

  peekChar(): string | undefined {
    this.skip();
    return this.src[this.pos];
  }

  next(): LuaToken | null {
    this.skip();
    const s = this.src;
    if (this.pos >= s.length) return null;
    const str = this.string();
    if (str !== null) return { kind: 'string', value: str };
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.pos, this.pos + 64));
    if (name) {
      this.pos += name[0].length;
      return { kind: 'name', value: name[0] };
    }
    return { kind: 'other', value: s[this.pos++]! };
  }

  /** A string literal at the current position ('…', "…", [[…]], [==[…]==]), or null (nothing consumed). */
  string(): string | null {
    const s = this.src;
    const q = s[this.pos];
    if (q === '"' || q === "'") {
      let value = '';
      for (let i = this.pos + 1; i < s.length; i++) {
        const c = s[i]!;
        if (c === '\\' && i + 1 < s.length) {
          const n = s[++i]!;
          value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        } else if (c === q) {
          this.pos = i + 1;
          return value;
        } else if (c === '\n') return null;
        else value += c;
      }
      return null;
    }
    if (q === '[') {
      const m = /^\[(=*)\[/.exec(s.slice(this.pos, this.pos + 40));
      if (!m) return null;
      const close = `]${m[1]}]`;
      const start = this.pos + m[0].length;
      const end = s.indexOf(close, start);
      if (end < 0) return null;
      this.pos = end + close.length;
      // A newline right after the opening bracket is not part of the string.
      return s.slice(s[start] === '\n' ? start + 1 : start, end);
    }
    return null;
  }
}

/** `'a' .. "b"` → 'ab'; null when the value is not made of string literals. */
function readConcatenation(lx: LuaScanner): string | null {
  lx.skip();
  let value = lx.string();
  if (value === null) return null;
  for (;;) {
    lx.skip();
    if (lx.src.startsWith('..', lx.pos) && lx.src[lx.pos + 2] !== '.') {
      lx.pos += 2;
      lx.skip();
      const more = lx.string();
      if (more === null) return null;
      value += more;
    } else return value;
  }
}

/** Skip one argument expression: up to the next `,` or `)` outside brackets. */
function skipExpression(lx: LuaScanner): void {
  let depth = 0;
  for (;;) {
    const c = lx.peekChar();
    if (c === undefined) return;
    if (depth === 0 && (c === ',' || c === ')')) return;
    const tok = lx.next()!;
    if (tok.kind !== 'other') continue;
    if (tok.value === '(' || tok.value === '{' || tok.value === '[') depth++;
    else if (tok.value === ')' || tok.value === '}' || tok.value === ']') depth--;
  }
}

const RULE_LIKE = /(?:^|;)\s*(?:[^;:]*=>\s*)?zh(?:-(?:hans|hant|cn|tw|hk|mo|sg|my))?\s*:/i;

/**
 * Rules from a `Template:CGroup/*` page: `-{H|…}-` / `-{A|…}-` markup and template parameters whose
 * value reads like a rule (`{{CItem|…|zh-cn:…; zh-tw:…}}`).
 */
export function rulesFromWikitext(src: string): string[] {
  const rules: string[] = [];
  const markup = /-\{\s*[AH]\s*\|([\s\S]*?)\}-/g;
  let m: RegExpExecArray | null;
  while ((m = markup.exec(src)) !== null) rules.push(m[1]!);
  const withoutMarkup = src.replace(markup, '');
  const call = /\{\{([^{}]*)\}\}/g;
  while ((m = call.exec(withoutMarkup)) !== null) {
    const parts = m[1]!.split('|').slice(1);
    for (const part of parts) {
      // Strip a parameter name (`1=`, `rule=`), but not the `=>` of a one-way rule.
      const value = part.replace(/^\s*[\w -]+=(?!>)/, '');
      if (RULE_LIKE.test(value.trim())) rules.push(value.trim());
    }
  }
  return rules;
}
