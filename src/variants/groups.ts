/**
 * Conversion groups (`{{NoteTA|G1=IT}}`): read from the dump's `Module:CGroup/<name>` (Lua table)
 * or `Template:CGroup/<name>` (wikitext) when a PageSource is available, else the built-in lists.
 */
import type { PageSource } from '../engine/types.js';
import { builtinGroupRules } from './builtin-groups.js';

export interface GroupRules {
  rules: string[];
  source: 'module' | 'template' | 'builtin' | 'missing';
}

/** The rules of group `name`. */
export function groupRules(name: string, pages: PageSource | null): GroupRules {
  const trimmed = name.trim();
  if (pages && trimmed !== '') {
    const lua = safeGet(pages, `Module:CGroup/${trimmed}`);
    if (lua) {
      const rules = rulesFromLua(lua);
      if (rules.length > 0) return { rules, source: 'module' };
    }
    const tpl = safeGet(pages, `Template:CGroup/${trimmed}`);
    if (tpl) {
      const rules = rulesFromWikitext(tpl);
      if (rules.length > 0) return { rules, source: 'template' };
    }
  }
  const builtin = builtinGroupRules(trimmed);
  return builtin ? { rules: builtin, source: 'builtin' } : { rules: [], source: 'missing' };
}

function safeGet(pages: PageSource, title: string): string | null {
  try {
    return pages.get(title);
  } catch {
    return null;
  }
}

/**
 * Rules from a `Module:CGroup/*` page: `Item('original', 'rule')` calls and
 * `{ type = 'item', original = …, rule = … }` tables. Only string literals are read.
 */
export function rulesFromLua(src: string): string[] {
  const rules: string[] = [];
  const re = /\bItem\s*\(|\brule\s*=/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    let pos = m.index + m[0].length;
    if (m[0].startsWith('Item')) {
      const first = readLuaString(src, pos);
      if (!first) continue;
      pos = skipSpace(src, first.end);
      if (src[pos] !== ',') continue;
      const second = readLuaString(src, pos + 1);
      if (second && second.value.trim() !== '') rules.push(second.value);
      if (second) re.lastIndex = second.end;
    } else {
      const value = readLuaString(src, pos);
      if (value && value.value.trim() !== '') rules.push(value.value);
      if (value) re.lastIndex = value.end;
    }
  }
  return rules;
}

function skipSpace(s: string, pos: number): number {
  while (pos < s.length && /\s/.test(s[pos]!)) pos++;
  return pos;
}

/** A Lua string literal ('…', "…", [[…]], [==[…]==]) at `pos` (after spaces). */
function readLuaString(s: string, pos: number): { value: string; end: number } | null {
  pos = skipSpace(s, pos);
  const q = s[pos];
  if (q === '"' || q === "'") {
    let value = '';
    for (let i = pos + 1; i < s.length; i++) {
      const c = s[i]!;
      if (c === '\\' && i + 1 < s.length) {
        const n = s[++i]!;
        value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
      } else if (c === q) return { value, end: i + 1 };
      else if (c === '\n') return null;
      else value += c;
    }
    return null;
  }
  if (q === '[') {
    const m = /^\[(=*)\[/.exec(s.slice(pos, pos + 20));
    if (!m) return null;
    const close = `]${m[1]}]`;
    const start = pos + m[0].length;
    const end = s.indexOf(close, start);
    if (end < 0) return null;
    return { value: s.slice(start, end), end: end + close.length };
  }
  return null;
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
