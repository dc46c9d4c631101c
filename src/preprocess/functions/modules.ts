/**
 * `{{#invoke:}}` before there is a Lua tier: built-in handlers for the modules that templates on
 * our wikis call most (String, Math, If empty, Separated entries, Unsubst, and offline
 * stand-ins for Wikidata, WikidataIB, InfoboxImage, Check for unknown parameters, Dead link,
 * StringReplace; the text-producing Infobox, URL, Lang, Hatnote and Delink are in
 * modules-text.ts). A handler may return null when it cannot answer faithfully; the call then
 * counts as a miss, like a module without a handler.
 */
import { TEXT_MODULES } from './modules-text.js';
import { mbLength, mbSubstr } from './strings.js';
import type { FnContext } from './types.js';

export interface ModuleCall {
  /** The #invoke's own arguments: positional "1", "2", … untrimmed; named trimmed (as Scribunto's frame.args). */
  args: ReadonlyMap<string, string>;
  /** An argument of the calling template (frame:getParent().args). */
  parentArg(name: string): string | undefined;
  /** Argument names of the calling template, in order. */
  parentArgNames(): string[];
  ctx: FnContext;
}

export type ModuleHandler = (call: ModuleCall) => string | null;

const trim = (s: string | undefined): string => (s ?? '').trim();

/** Positional arguments 1…n as trimmed strings (stops at the first gap). */
function positional(args: ReadonlyMap<string, string>, from = 1): string[] {
  const out: string[] = [];
  for (let i = from; args.has(String(i)); i++) out.push(trim(args.get(String(i))));
  return out;
}

/** Module:Arguments' default: the #invoke's args when it has any, else the calling template's. */
function effectiveArgs(call: ModuleCall): Map<string, string> {
  if (call.args.size > 0) return new Map([...call.args].map(([k, v]) => [k, v.trim()]));
  const out = new Map<string, string>();
  for (const name of call.parentArgNames()) out.set(name, trim(call.parentArg(name)));
  return out;
}

function arg(args: ReadonlyMap<string, string>, name: string, index: number): string {
  return trim(args.get(name) ?? args.get(String(index)));
}

/**
 * Lua 5.1's `tonumber` of a (trimmed) argument: null for blank or no number. Lua reads a string
 * with C's strtod (a decimal, `0x` hex, `inf`/`infinity`, `nan`), so `0b1` and `0o7`, which
 * JavaScript's Number takes, are no number, and `inf` is one. A figure past the double range is
 * Lua's `inf` (`tonumber("1e400")`), kept as ±Infinity; `nan` comes back as NaN.
 */
function luaNumber(s: string): number | null {
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return Number(s);
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]+)$/.exec(s);
  if (hex) return (hex[1] === '-' ? -1 : 1) * parseInt(hex[2]!, 16);
  const named = /^([+-]?)(inf(?:inity)?|nan)$/i.exec(s);
  if (!named) return null;
  if (named[2]!.toLowerCase() === 'nan') return NaN;
  return named[1] === '-' ? -Infinity : Infinity;
}

/**
 * Scribunto's `mw.ustring.sub` (the PHP ustringSub, and ustring.lua alike): negative positions
 * count from the end, then an end before the start gives '', then BOTH ends are clamped to
 * 1 … length+1 — so `sub("abc", 0, 0)` is "a" where Lua's string.sub gives "".
 */
function ustringSub(s: string, i: number, j: number): string {
  const c = Array.from(s);
  const l = c.length;
  if (i < 0) i = l + i + 1;
  if (j < 0) j = l + j + 1;
  if (j < i) return '';
  i = Math.max(1, Math.min(i, l + 1));
  j = Math.max(1, Math.min(j, l + 1));
  return c.slice(i - 1, j).join('');
}

/** A position Lua hands on whole: an integer or ±inf (a fraction is left to the caller, see sublength). */
const whole = (n: number): boolean => Number.isInteger(n) || !Number.isFinite(n);

const LUA_MAGIC = /[\^$()%.[\]*+\-?]/;

const STRING: Record<string, ModuleHandler> = {
  len: ({ args }) => String(mbLength(arg(args, 's', 1))),
  sub: ({ args }) => {
    const s = arg(args, 's', 1);
    const len = mbLength(s);
    let i = Number(arg(args, 'i', 2) || 1);
    let j = Number(arg(args, 'j', 3) || -1);
    if (!Number.isInteger(i) || !Number.isInteger(j)) return null;
    if (i < 0) i = len + i + 1;
    if (j < 0) j = len + j + 1;
    if (i > len || j > len || i < 1 || j < 1) return '';
    return j < i ? '' : mbSubstr(s, i - 1, j - i + 1);
  },
  // `mw.ustring.sub(frame.args.s, i + 1, len and i + len)`, reading only the named s, i and len
  // as Module:String does. Lua's 0 is true, so a length of 0 — what {{str sub old}} passes when
  // given none (`len={{{3|0}}}`) — gives nothing; only a length that is blank or no number reads
  // to the end. A fractional position (i=0.5) is a miss by choice: ustring.lua would fail on it,
  // the PHP side truncates it, and we cannot tell which one a wiki runs.
  sublength: ({ args }) => {
    const i = luaNumber(trim(args.get('i'))) ?? 0;
    const len = luaNumber(trim(args.get('len')));
    if (Number.isNaN(i) || !whole(i) || (len !== null && !whole(len))) return null;
    const j = len === null ? -1 : i + len;
    if (Number.isNaN(j)) return null;
    return ustringSub(trim(args.get('s')), i + 1, j);
  },
  find: ({ args }) => {
    const source = arg(args, 'source', 1);
    const target = arg(args, 'target', 2);
    const start = Number(arg(args, 'start', 3) || 1);
    const plain = arg(args, 'plain', 4) !== 'false';
    if (target === '' || source === '') return '0';
    if (!plain && LUA_MAGIC.test(target)) return null;
    const i = Array.from(source).slice(start - 1).join('').indexOf(target);
    return i < 0 ? '0' : String(start + mbLength(Array.from(source).slice(start - 1).join('').slice(0, i)));
  },
  replace: ({ args }) => {
    const source = arg(args, 'source', 1);
    const pattern = arg(args, 'pattern', 2);
    const replacement = args.get('replace') ?? args.get('3') ?? '';
    const count = Number(arg(args, 'count', 4) || Infinity);
    const plain = arg(args, 'plain', 5) !== 'false';
    if (pattern === '') return source;
    if (!plain && LUA_MAGIC.test(pattern)) return null;
    const parts = source.split(pattern);
    if (parts.length - 1 <= count) return parts.join(replacement);
    return parts.slice(0, count + 1).join(replacement) + pattern + parts.slice(count + 1).join(pattern);
  },
  rep: ({ args }) => {
    const n = Number(arg(args, 'count', 2));
    return Number.isInteger(n) && n >= 0 && n < 10000 ? arg(args, 'source', 1).repeat(n) : '';
  },
  count: ({ args }) => {
    const source = arg(args, 'source', 1);
    const pattern = arg(args, 'pattern', 2);
    if (pattern === '' || LUA_MAGIC.test(pattern)) return null;
    return String(source.split(pattern).length - 1);
  },
  join: ({ args }) => {
    const sep = args.get('1') ?? '';
    return positional(args, 2).filter((s) => s !== '').join(sep);
  },
  endswith: ({ args }) => (arg(args, 'source', 1).endsWith(arg(args, 'pattern', 2)) ? 'yes' : ''),
};

function numbers(args: ReadonlyMap<string, string>): number[] | null {
  const out: number[] = [];
  for (const v of positional(args)) {
    if (v === '') continue;
    const n = Number(v);
    if (Number.isNaN(n)) return null;
    out.push(n);
  }
  return out;
}

const MATH: Record<string, ModuleHandler> = {
  round: ({ args }) => {
    const value = Number(arg(args, 'value', 1));
    const precision = Number(arg(args, 'precision', 2) || 0);
    if (Number.isNaN(value) || !Number.isInteger(precision)) return null;
    const f = Math.pow(10, precision);
    return String(Math.floor(value * f + 0.5) / f);
  },
  max: ({ args }) => {
    const n = numbers(args);
    return n && n.length ? String(Math.max(...n)) : n ? '' : null;
  },
  min: ({ args }) => {
    const n = numbers(args);
    return n && n.length ? String(Math.min(...n)) : n ? '' : null;
  },
  sum: ({ args }) => {
    const n = numbers(args);
    return n ? String(n.reduce((a, b) => a + b, 0)) : null;
  },
};

/** Offline Wikidata: the local value the template passes wins; nothing is fetched. */
function localValueOr(call: ModuleCall, from: number): string {
  for (const v of positional(call.args, from)) {
    if (v !== '' && v !== 'FETCH_WIKIDATA') return v;
  }
  return '';
}

function infoboxImage(call: ModuleCall): string {
  const a = call.args;
  let image = trim(a.get('image'));
  if (image === '' || image === 'FETCH_WIKIDATA') return '';
  if (image.startsWith('[[') || image.startsWith('<') || image.includes('\x7f')) return image;
  image = image.replace(/^(?:file|image|文件|檔案|档案|图像|圖像|ファイル|画像|Файл):/i, '');
  const px = (s: string) => (/^\d+$/.test(s) ? s + 'px' : s);
  let out = '[[File:' + image;
  const size = trim(a.get('size'));
  const sizedefault = trim(a.get('sizedefault'));
  out += '|' + (size ? px(size) : sizedefault ? px(sizedefault) : 'frameless');
  if (trim(a.get('center')) === 'yes') out += '|center';
  const alt = trim(a.get('alt'));
  if (alt) out += '|alt=' + alt;
  const link = trim(a.get('link'));
  if (link) out += '|link=' + link;
  const upright = trim(a.get('upright'));
  if (upright) out += '|upright=' + upright;
  const title = trim(a.get('title'));
  if (title) out += '|' + title;
  return out + ']]';
}

const ZH_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/;

export const BUILTIN_MODULES: Record<string, Record<string, ModuleHandler>> = {
  String: STRING,
  Math: MATH,
  'If empty': {
    main: (call) => {
      const args = effectiveArgs(call);
      for (let i = 1; args.has(String(i)); i++) {
        const v = args.get(String(i))!;
        if (v !== '') return v;
      }
      return '';
    },
  },
  'Separated entries': {
    main: ({ args }) => {
      const items = positional(args).filter((s) => s !== '');
      const sep = args.get('separator') ?? '';
      const conj = args.get('conjunction') ?? sep;
      if (items.length <= 1) return items.join('');
      return items.slice(0, -1).join(sep) + conj + items[items.length - 1];
    },
  },
  Unsubst: {
    '': ({ args }) => args.get('$B') ?? '',
    main: ({ args }) => args.get('$B') ?? '',
  },
  Wikidata: {
    getValue: (call) => localValueOr(call, 2),
    getRawValue: (call) => localValueOr(call, 2),
    getImageLegend: (call) => localValueOr(call, 1),
    getQualifierValue: (call) => localValueOr(call, 2),
    getLabel: () => '',
    getDescription: () => '',
  },
  WikidataIB: {
    getValue: (call) => localValueOr(call, 2),
    getPreferredValue: (call) => localValueOr(call, 2),
    getLink: () => '',
    getLabel: () => '',
    getDescription: () => '',
  },
  InfoboxImage: { InfoboxImage: infoboxImage },
  InfoboxImageVariant: { main: infoboxImage },
  'Check for unknown parameters': { check: () => '' },
  'Check for clobbered parameters': { check: () => '' },
  'Dead link': {
    date: ({ args }) => {
      const d = trim(args.get('1'));
      const m = ZH_DATE.exec(d);
      if (!m) return d;
      return `${m[1]}-${m[2]!.padStart(2, '0')}` + (m[3] ? `-${m[3].padStart(2, '0')}` : '-01');
    },
  },
  StringReplace: {
    replace_all: ({ args }) => {
      const source = args.get('1') ?? '';
      const pattern = args.get('2') ?? '';
      const replacement = args.get('3') ?? '';
      if (pattern === '') return source;
      if (LUA_MAGIC.test(pattern)) return null;
      return source.split(pattern).join(replacement);
    },
  },
};

/** The handler for `module|fn` (module name without the namespace prefix), or null. */
export function moduleHandler(
  extra: Record<string, Record<string, ModuleHandler>> | undefined,
  module: string,
  fn: string,
): ModuleHandler | null {
  return extra?.[module]?.[fn] ?? BUILTIN_MODULES[module]?.[fn] ?? TEXT_MODULES[module]?.[fn] ?? null;
}
