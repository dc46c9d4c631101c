/**
 * Small helpers every handler family shares: reading arguments, parsing them, building nodes.
 * Everything here is allocation-light and regex-free on the per-call path.
 */
import type { Block, Image, Inline, Paragraph, TableCell, Text, WikiLink } from '../ast/nodes.js';
import { plainText } from '../ast/nodes.js';
import { endsAtLineJoin, markLineJoin } from '../ast/line-joins.js';
import { decodeEntities } from '../site/entities.js';
import { parseTitle } from '../site/titles.js';
import type { TemplateCall, TemplateContext, TemplateResult } from './types.js';
import { codeAt } from '../engine/strings.js';
import { templatePageLink } from '../parser/links.js';

export const DROP: TemplateResult = Object.freeze({ kind: 'drop' }) as TemplateResult;

/** Languages whose labels we ship; anything else falls back to English wording. */
export type UiLang = 'zh' | 'ja' | 'en' | 'uk' | 'ko';

export function uiLang(ctx: TemplateContext): UiLang {
  const l = ctx.site.lang;
  if (l === 'zh' || l === 'ja' || l === 'en' || l === 'uk' || l === 'ko') return l;
  const base = l.length > 2 && l.charCodeAt(2) === 45 /* - */ ? l.slice(0, 2) : l;
  if (base === 'zh' || base === 'ja' || base === 'uk' || base === 'ko') return base;
  return 'en';
}

/** True for languages written without spaces between words (labels joined with full-width marks). */
export function isCjk(lang: UiLang): boolean {
  return lang === 'zh' || lang === 'ja';
}

export const text = (value: string): Text => ({ type: 'text', value });

/** `1`, `2`, …: a positional argument's key (`01` and `1a` are names). */
export function isPositional(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && String(Number(key)) === key;
}

/** The first of `names` that is present with a non-blank value, trimmed. */
export function arg(call: TemplateCall, names: readonly string[]): string | undefined {
  for (let i = 0; i < names.length; i++) {
    const v = call.args.get(names[i]!);
    if (v !== undefined) {
      const t = v.trim();
      if (t !== '') return t;
    }
  }
  return undefined;
}

/** Positional argument `n` (1-based), trimmed, or undefined when missing or blank. */
export function pos(call: TemplateCall, n: number): string | undefined {
  const v = call.args.get(String(n));
  if (v === undefined) return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/**
 * The highest positional argument number a call gives, for templates whose numbered pairs may
 * have gaps (ja 0181's `{{Vertical images list}}` goes from 15/16 to 21/22). Capped at `cap` so
 * that a stray `|99999=` cannot make the caller walk that far; galleries use 120 (60 file/caption
 * pairs; ja 0181's call stops at 22).
 */
export function lastPositional(call: TemplateCall, cap: number): number {
  let last = 0;
  for (const k of call.args.keys()) {
    if (!/^\d+$/.test(k)) continue;
    const n = Number(k);
    if (n > last) last = n;
  }
  return Math.min(last, cap);
}

/** All positional arguments from `from` on, in order, blanks kept as '' (up to the last present). */
export function positionals(call: TemplateCall, from = 1): string[] {
  const out: string[] = [];
  for (let i = from; ; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) {
      // Allow gaps (`{{x|a|3=c}}`) by looking a little ahead.
      if (call.args.has(String(i + 1)) || call.args.has(String(i + 2))) {
        out.push('');
        continue;
      }
      return out;
    }
    out.push(v.trim());
  }
}

const YES = new Set(['yes', 'y', 'true', 'on', '1', 'dead', '是']);

/**
 * An attribute value as `{{#tag:…}}` hands it to the tag: one pair of surrounding quotes dropped
 * (`"a"` and `'a'` → a, `"a'` too; `""` and `''` → empty), anything else as written.
 */
export function tagAttributeValue(value: string): string {
  const n = value.length;
  if (n < 2) return value;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(n - 1);
  if ((first !== 34 && first !== 39) || (last !== 34 && last !== 39)) return value;
  if (n > 2) return value.slice(1, -1);
  return first === last ? '' : value;
}

export function isYes(v: string | undefined): boolean {
  return v !== undefined && YES.has(v.trim().toLowerCase());
}

/** Does the value hold anything that needs the wikitext parser (markup, markers, entities)? */
export function needsParse(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = codeAt(v, i);
    // [ ] ' < { & \x7f - (for -{ }-) _ (behaviour switches) newline
    if (c === 91 || c === 93 || c === 39 || c === 60 || c === 123 || c === 38 || c === 0x7f || c === 10 || c === 125) return true;
    if (c === 45 && i + 1 < v.length && codeAt(v, i + 1) === 123) return true;
    if (c === 58 && i + 1 < v.length && codeAt(v, i + 1) === 47) return true; // "://": bare URLs
  }
  return false;
}

/** Parse an argument value as inline content (trimmed). Plain values skip the parser. */
export function inline(ctx: TemplateContext, v: string | undefined): Inline[] {
  if (v === undefined) return [];
  const t = v.trim();
  if (t === '') return [];
  if (!needsParse(t)) return [text(t)];
  return ctx.parseInline(t);
}

/** The visible plain text of an argument value (markup parsed and flattened). */
export function plain(ctx: TemplateContext, v: string | undefined): string {
  if (v === undefined) return '';
  const t = v.trim();
  if (t === '' || !needsParse(t)) return t;
  return plainText(ctx.parseInline(t)).trim();
}

/** `* # : ; = -` open a list, definition, heading or rule at the start of a block. */
function startsBlock(c: number): boolean {
  return c === 42 || c === 35 || c === 58 || c === 59 || c === 61 || c === 45;
}

/** Parse an argument value as blocks (multi-line content such as quotes and notes). */
export function blocks(ctx: TemplateContext, v: string | undefined): Block[] {
  if (v === undefined) return [];
  const t = v.trim();
  if (t === '') return [];
  if (!needsParse(t) && !startsBlock(t.charCodeAt(0))) return [paragraph([text(t)])];
  return ctx.parseBlocks(t);
}

export const paragraph = (children: Inline[]): Paragraph => ({ type: 'paragraph', children });

/**
 * A table cell of one line of inline content, for tables templates build. Same fields in the
 * same order as the parser's cells (parser/tables.ts tableCell), so every cell keeps one shape.
 */
export function textCell(children: Inline[], header = false): TableCell {
  return { type: 'tableCell', header, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [paragraph(children)] };
}

/** A link to a page of this wiki; plain text when the target is not a valid title. */
export function wikiLink(ctx: TemplateContext, target: string, label?: Inline[]): Inline {
  const t = parseTitle(ctx.site, target);
  if (!t) return text(label && label.length ? plainText(label) : target);
  const node: WikiLink = {
    type: 'wikiLink',
    title: t.full,
    ns: t.ns,
    fragment: t.fragment,
    interwiki: t.interwiki,
    children: label && label.length ? label : [text(defaultLabel(target))],
  };
  return node;
}

/** What MediaWiki shows for `[[X]]`: the target as written, minus a leading colon; `A#B` as `A § B`. */
function defaultLabel(target: string): string {
  let s = target.trim();
  if (s.charCodeAt(0) === 58) s = s.slice(1);
  const hash = s.indexOf('#');
  if (hash > 0) s = s.slice(0, hash) + ' § ' + s.slice(hash + 1);
  else if (hash === 0) s = s.slice(1);
  return s;
}

/** An empty span with an id: a place section links point at (the writer prints `<a id="…"></a>`). */
export function anchorSpan(id: string): Inline {
  return { type: 'htmlInline', tag: 'span', attrs: { id }, children: [] };
}

export function externalLink(url: string, label: Inline[]): Inline {
  return { type: 'externalLink', url, children: label, kind: 'labelled' };
}

/** Remove links (keeping their labels) — for titles that are themselves a link's label. */
export function unlink(nodes: Inline[]): Inline[] {
  let plainRun = true;
  for (const n of nodes) if (n.type === 'wikiLink' || n.type === 'externalLink' || n.type === 'break') plainRun = false;
  if (plainRun) return nodes;
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.type === 'wikiLink' || n.type === 'externalLink') out.push(...unlink(n.children));
    else if (n.type === 'break') out.push(text(' '));
    else out.push(n);
  }
  return mergeText(out);
}

/** Replace line breaks by spaces (citations are one line). */
export function oneLine(nodes: Inline[]): Inline[] {
  let has = false;
  for (const n of nodes) if (n.type === 'break') has = true;
  if (!has) return nodes;
  return mergeText(nodes.map((n) => (n.type === 'break' ? text(' ') : n)));
}

/** Merge adjacent text nodes and drop empty ones (in a new array). */
export function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value === '') continue;
      const last = out[out.length - 1];
      // A text ending at a source line join keeps the next apart (the variant converter reads node by node).
      if (last && last.type === 'text' && !endsAtLineJoin(last)) {
        const merged = text(last.value + n.value);
        if (endsAtLineJoin(n)) markLineJoin(merged);
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

/** Append `parts` separated by the text `sep`, skipping empty parts. */
export function join(parts: Inline[][], sep: string): Inline[] {
  const out: Inline[] = [];
  let first = true;
  for (const p of parts) {
    if (p.length === 0) continue;
    if (!first) out.push(text(sep));
    out.push(...p);
    first = false;
  }
  return mergeText(out);
}

export function inlineResult(nodes: Inline[]): TemplateResult {
  return { kind: 'inline', nodes: mergeText(nodes) };
}

/**
 * A call whose text is the template's own and in no dump or stored source, shown as MediaWiki
 * shows a template it cannot find: a link to the template's page, where the live wiki shows it
 * (jawiki `{{ヨーロッパ地図}}`; ukwiki book shorthands build their citation around the same link).
 * Refs holding only such calls get the same link from parser/extensions.ts.
 */
export function templatePageHandler(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const link = templatePageLink(ctx.site, call.name);
  return link ? inlineResult([link]) : DROP;
}

export function blockResult(nodes: Block[]): TemplateResult {
  return { kind: 'block', nodes };
}

/** Inline output, or a drop when there is nothing to show. */
export function inlineOrDrop(nodes: Inline[]): TemplateResult {
  const merged = mergeText(nodes);
  return merged.length ? { kind: 'inline', nodes: merged } : DROP;
}

/**
 * A file reference from an infobox or gallery parameter: "X.jpg", "File:X.jpg", "[[File:X.jpg|…]]".
 * Returns null when the value names no file.
 */
export function imageFrom(ctx: TemplateContext, value: string, caption: Inline[] = []): Image | null {
  const v = value.trim();
  if (v === '') return null;
  if (v.startsWith('[[') || needsParse(v)) {
    for (const n of ctx.parseInline(v)) {
      if (n.type === 'image') {
        if (caption.length && n.caption.length === 0) n.caption = caption;
        return n;
      }
    }
    return namedFile(ctx, v, caption);
  }
  return bareFile(ctx, v, caption);
}

/**
 * A bare name that only needed parsing for an `&` or `'` in it (ja 0146 `画像 = Masakazu Katsura -
 * Lucca Comics & Games 2014.JPG`: the box writes it into `[[File:…]]` all the same), read as text.
 */
function namedFile(ctx: TemplateContext, v: string, caption: Inline[]): Image | null {
  if (v.includes('[[') || v.includes('{{') || v.includes('<')) return null;
  // A link target is taken literally: entities are decoded, `''` stays (`Rock ''n'' Roll.jpg`).
  const name = decodeEntities(v);
  return name === '' || needsParse(name.replace(/[&']/g, '')) ? null : bareFile(ctx, name, caption);
}

function bareFile(ctx: TemplateContext, v: string, caption: Inline[]): Image | null {
  let file = v;
  const t = parseTitle(ctx.site, v, 6);
  if (t && t.ns === 6) file = t.text;
  else if (t && t.ns !== 6) return null;
  if (!looksLikeFile(file)) return null;
  return { type: 'image', file, alt: plainText(caption), caption, link: null, format: 'frameless', width: null, height: null, align: null };
}

/**
 * Every image a value shows (a `{{Photomontage}}` of six photos in a box's image parameter), the
 * caption going to the first one that has none; a bare file name is one image.
 */
export function imagesFrom(ctx: TemplateContext, value: string, caption: Inline[] = []): Image[] {
  const v = value.trim();
  if (!(v.startsWith('[[') || needsParse(v))) {
    const one = imageFrom(ctx, v, caption);
    return one ? [one] : [];
  }
  const images = imagesIn(ctx.parseInline(v));
  if (!images.length) {
    const one = namedFile(ctx, v, caption);
    return one ? [one] : [];
  }
  return captionFirst(images, caption);
}

/** Every image in `nodes`, those inside bold, links or spans included, in reading order. */
export function imagesIn(nodes: readonly Inline[], out: Image[] = []): Image[] {
  for (const n of nodes) {
    if (n.type === 'image') out.push(n);
    else if ('children' in n && Array.isArray(n.children)) imagesIn(n.children as Inline[], out);
  }
  return out;
}

/** `caption` given to the first image when it has none of its own. */
export function captionFirst(images: Image[], caption: Inline[]): Image[] {
  if (caption.length && images[0] && images[0].caption.length === 0) images[0].caption = caption;
  return images;
}

/** A file name has an extension of 2–5 letters. */
function looksLikeFile(name: string): boolean {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return false;
  const ext = name.length - dot - 1;
  return ext >= 2 && ext <= 5;
}

/** Fold a parameter name for table lookups: lower case, `_`/`-` → space. */
export function foldParam(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 95 || c === 45) out += ' ';
    else out += name[i];
  }
  return out.trim().toLowerCase();
}
