/**
 * Stand-ins for Lua modules whose output is text a reader sees, used by the wrapper templates of
 * every large Wikipedia (Template:Infobox, Template:URL, Template:Lang, Template:Hatnote, …):
 * Infobox (the label/data table), URL, Lang, Hatnote, Delink, Su, StripToNumbers. Each returns wikitext that the parser
 * renders like the module's HTML would read; structure and styling details are not reproduced.
 */
import type { ModuleCall, ModuleHandler } from './modules.js';
import { episodeTableText } from '../../templates/episode-list.js';

const trim = (s: string | undefined): string => (s ?? '').trim();

/** Module:Arguments' default: the #invoke's own arguments when it has any, else the calling template's. */
function argsOf(call: ModuleCall): Map<string, string> {
  const out = new Map<string, string>();
  if (call.args.size > 0) {
    for (const [k, v] of call.args) out.set(k, v.trim());
  } else {
    for (const name of call.parentArgNames()) out.set(name, trim(call.parentArg(name)));
  }
  return out;
}

/** The calling template's arguments (Module:Infobox always reads frame:getParent().args). */
function parentArgs(call: ModuleCall): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of call.parentArgNames()) out.set(name, trim(call.parentArg(name)));
  return out;
}

// ───────────── Module:Infobox ─────────────

/** A cell's content: text that starts a list or table needs its own line (as the module adds it). */
function cell(text: string): string {
  return /^(?:[*#:;]|\{\|)/.test(text) ? '\n' + text : text;
}

/** Numbers N of the arguments `prefixN`, ascending. */
function numbered(args: Map<string, string>, prefixes: string[]): number[] {
  const nums = new Set<number>();
  for (const key of args.keys()) {
    for (const p of prefixes) {
      if (key.startsWith(p)) {
        const rest = key.slice(p.length);
        if (/^[1-9]\d{0,3}$/.test(rest)) nums.add(Number(rest));
      }
    }
  }
  return [...nums].sort((a, b) => a - b);
}

/**
 * `{{#invoke:Infobox|infobox}}`: title as caption, above, subheaders, images with captions, then
 * for each N a header row, or a label/data row (data alone spans both columns), then below. A
 * child or subbox infobox is a table of its own inside the parent's cell.
 */
function infobox(call: ModuleCall): string {
  const a = parentArgs(call);
  const get = (k: string) => a.get(k) ?? '';
  const rows: string[] = [];
  const full = (text: string, header: boolean) => rows.push(`${header ? '!' : '|'} colspan="2" | ${cell(text)}`);
  if (get('above')) full(get('above'), true);
  for (const n of numbered(a, ['subheader'])) if (get(`subheader${n}`)) full(get(`subheader${n}`), false);
  if (get('subheader') && !a.has('subheader1')) full(get('subheader'), false);
  const images = numbered(a, ['image']);
  if (get('image') && !images.includes(1)) images.unshift(0);
  for (const n of images) {
    const suffix = n === 0 ? '' : String(n);
    const image = get(`image${suffix}`) || (n === 1 ? get('image') : '');
    if (!image) continue;
    const caption = get(`caption${suffix}`) || (n === 1 ? get('caption') : '');
    full(caption ? `${image}<br />${caption}` : image, false);
  }
  for (const n of numbered(a, ['header', 'label', 'data'])) {
    const header = get(`header${n}`);
    if (header) {
      full(header, true);
      continue;
    }
    const data = get(`data${n}`);
    if (!data) continue;
    const label = get(`label${n}`);
    if (label) rows.push(`! ${cell(label)}\n| ${cell(data)}`);
    else full(data, false);
  }
  if (get('below')) full(get('below'), false);
  const title = get('title');
  if (rows.length === 0 && !title) return '';
  const caption = title ? `\n|+ ${title}` : '';
  return `\n{| class="infobox"${caption}\n${rows.map((r) => `|-\n${r}`).join('\n')}\n|}\n`;
}

// ───────────── Module:URL ─────────────

/** `{{#invoke:URL|url|example.com|text}}`: an external link, shown without its scheme unless text is given. */
function url(call: ModuleCall): string {
  const a = argsOf(call);
  let target = a.get('1') ?? a.get('url') ?? '';
  const text = a.get('2') ?? '';
  if (target === '') return '';
  if (/[\s[\]]/.test(target) || target.includes('\x7f')) return target;
  if (target.startsWith('//')) target = 'http:' + target;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) target = 'http://' + target;
  let shown = text;
  if (!shown) {
    shown = target.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    // A bare host keeps no trailing slash.
    if (/^[^/]+\/$/.test(shown)) shown = shown.slice(0, -1);
  }
  return `[${target} ${shown}]`;
}

// ───────────── Module:Lang, Module:Hatnote, Module:Delink ─────────────

/** `{{#invoke:Lang|lang|fr|texte}}`: the text in a span marked with its language. */
function lang(call: ModuleCall): string {
  const a = argsOf(call);
  const code = a.get('code') ?? a.get('1') ?? '';
  const text = a.get('text') ?? a.get('2') ?? '';
  if (text === '') return '';
  return code ? `<span lang="${code.replace(/"/g, '')}">${text}</span>` : text;
}

/**
 * `lang_xx_italic` / `lang_xx_inherit`: the wrapper (`{{lang-fr}}`) names the language in the
 * #invoke (`code=fr`); the text is the calling template's first argument.
 */
function langXx(italic: boolean): ModuleHandler {
  return (call) => {
    const a = parentArgs(call);
    for (const [k, v] of call.args) a.set(k, v.trim());
    const text = a.get('text') ?? a.get('1') ?? '';
    if (text === '') return '';
    const code = a.get('code') ?? '';
    const inner = italic && a.get('italic') !== 'no' ? `''${text}''` : text;
    return code ? `<span lang="${code.replace(/"/g, '')}">${inner}</span>` : inner;
  };
}

/** `{{#invoke:Hatnote|hatnote|text}}`: a note line above the article. */
function hatnote(call: ModuleCall): string {
  const text = argsOf(call).get('1') ?? '';
  return text === '' ? '' : `<div role="note" class="hatnote">${text}</div>`;
}

/** `{{#invoke:Delink|delink|text}}`: links reduced to what they show. */
function delink(call: ModuleCall): string {
  let s = argsOf(call).get('1') ?? '';
  s = s.replace(/\[\[(?:[^\]|[]*\|)?([^\][]*)\]\]/g, (_m, label: string) => label);
  s = s.replace(/\[(?:https?:)?\/\/[^\s\]]+(?:\s+([^\]]*))?\]/g, (_m, label: string | undefined) => label ?? '');
  return s;
}

/**
 * `{{#invoke:Su|main}}` (Template:Su, and through it Template:Chem/atom's counts and charges):
 * `p` stacked over `b` in one inline-block span. The module reads the calling template's
 * arguments only and ignores blank ones; a reader of the mirror gets them after each other
 * (`C{{su|b=2}}` reads C₂): the subscript first, as a count before a charge reads (SO₄²⁻), and
 * the superscript first when right-aligned (`a=r`, set against what follows: ¹⁴₆C), as the {{su}}
 * handler does (templates/handlers/format.ts). The other styling options (`w`, `lh`, `va`) are
 * layout only.
 */
function su(call: ModuleCall): string {
  const a = parentArgs(call);
  const p = a.get('p') ?? '';
  const b = a.get('b') ?? '';
  const sup = p ? `<sup>${p}</sup>` : '';
  const sub = b ? `<sub>${b}</sub>` : '';
  return a.get('a') === 'r' ? sup + sub : sub + sup;
}

/** The first number in `text` as Module:StripToNumbers finds it: a leading `-`, a decimal (`75.485 Khz` → `75.485`). */
function firstNumber(text: string): string | null {
  return /-?\d*\.?\d+/.exec(text)?.[0] ?? null;
}

/**
 * `{{#invoke:StripToNumbers|main|2008年}}` → `2008`: the first number in the #invoke's own first
 * argument, by the module's documentation "a contiguous simple number, which may include the
 * negative sign and a decimal" (its source is not in the store). zhwiki's year templates
 * (C21YearInTopic …) build every link and `#ifexpr` from it; without it 2008年 linked
 * 年国家领导人列表 and showed three 表达式错误 lines. Where there is no number the module's `main`
 * raises a script error and its `mainnull` returns nothing; the stand-in returns nothing for both,
 * as the mirror shows no script errors.
 */
function stripToNumbers(call: ModuleCall): string {
  return firstNumber(call.args.get('1') ?? '') ?? '';
}

/** `{{#invoke:StripToNumbers|halve|70%}}` → `35`: that number divided by two (14 significant digits, as Lua prints). */
function halveNumber(call: ModuleCall): string {
  const n = firstNumber(call.args.get('1') ?? '');
  return n === null ? '' : String(Number((Number(n) / 2).toPrecision(14)));
}

/** zhwiki's Module:Episode table (templates/episode-list.ts); elsewhere a miss, as before. */
const episodeTable: ModuleHandler = (call) => (call.ctx.lang === 'zh' ? episodeTableText((name) => call.parentArg(name)) : null);

export const TEXT_MODULES: Record<string, Record<string, ModuleHandler>> = {
  'Episode table': { main: episodeTable },
  Infobox: { infobox, infoboxTemplate: infobox },
  URL: { url },
  Lang: { lang, lang_xx_italic: langXx(true), lang_xx_inherit: langXx(false) },
  Hatnote: { hatnote },
  Delink: { delink },
  Su: { main: su },
  StripToNumbers: { main: stripToNumbers, mainnull: stripToNumbers, halve: halveNumber },
};
