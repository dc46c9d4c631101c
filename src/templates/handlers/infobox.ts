/**
 * Infoboxes (`Infobox *`, `信息框 *`, `*信息框`, `基礎情報 *`, Taxobox, Speciesbox, Chembox,
 * Drugbox …) → an Infobox node: title from name/title/名称 (else the page title), images from
 * the image parameters with their captions, and one row per non-empty named parameter in call
 * order, labelled in the page language. The generic `{{Infobox}}` is read through its
 * `headerN`/`labelN`/`dataN` triples instead (infobox-numbered.ts); embedded parts
 * (`{{Chembox Identifiers}}`, `embed=yes`) hand their rows up through infobox-embedded.ts.
 */
import type { Infobox, InfoboxRow, Inline } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { externalLink, foldParam, inline, isPositional, isYes, mergeText, needsParse, text, uiLang, wikiLink, type UiLang } from '../util.js';
import { infoboxLabel } from './infobox-labels.js';
import { type Collected, hasVisible, lineNodes, valueNodes } from './infobox-values.js';
import { boxImages, mediaLink } from './infobox-media.js';
import { carrier, embeddedRows } from './infobox-embedded.js';
import { collectNumbered } from './infobox-numbered.js';
import { blockOrder, captionedPicture, infoboxTemplate, isHidden, isOwnHeading, templateLabel, templateUnit, writtenValue, type InfoboxTemplate } from './infobox-templates.js';
import { formatNum } from '../../preprocess/functions/strings.js';
import { CAREER_HEADINGS, careerRow, coordText, headedRows, isCoordPart, isHeadingKey, joinedRow, lifeOrder, notedRow, pairing, qualifiedRow, qualifierOnly } from './infobox-rows.js';
import { CAPTION_KEYS, captionKeyFor, ELEMENT_SET, ELEMENTS, FILE_VALUE, IMAGE_KEYS, MEDIA_VALUE, MODULE_KEY, NEIGHBOUR, NEIGHBOUR_FLAG, NUMBERED_IMAGE, PIXEL_SIZE, skipKey, SOUND_TITLE_KEYS, TITLE_KEYS } from './infobox-keys.js';

/** Parameters holding the subject's signature: a labelled row with the picture. */
const SIGNATURE_KEYS = new Set(['signature', 'автограф', '署名', '签名', '簽名', 'サイン', '花押']);

/** A figure as written bare (`22402200`), which a template's formatnum would group. */
const PLAIN_FIGURE = /^\d+(?:\.\d+)?$/;
/**
 * True when the text before `end` already ends with `unit` (`Length=21.1公里` in a Taiwan Highway
 * box read "21.1公里公里"). Any other value takes the template's unit, as the template's own row
 * prints it after whatever it is given (China County's `gdp=649.2亿` → "649.2亿元人民币").
 */
function endsWithUnit(value: Inline[], end: number, unit: string): boolean {
  const bare = unit.trim();
  for (let i = end - 1; i >= 0; i--) {
    const node = value[i]!;
    if (node.type !== 'text') return false;
    const s = node.value.trimEnd();
    if (s) return s.endsWith(bare);
  }
  return false;
}
/**
 * `nodes` added at the end of `to`, one by one. A push of a spread literal here
 * (`push(...[text(' ('), ...value, text(')')])`) deoptimised collectNamed, the engine's largest
 * function, on the first bracketed qualifier after it was optimised ("the array length changed"),
 * and compiling it again is the most expensive recompile of a worker's warm-up.
 */
function append(to: Inline[], nodes: readonly Inline[]): void {
  for (let i = 0; i < nodes.length; i++) to.push(nodes[i]!);
}
function pageTitle(ctx: TemplateContext): string {
  let t = ctx.title;
  const colon = t.indexOf(':');
  if (colon > 0 && ctx.site.namespaceLookup.has(t.slice(0, colon).toLowerCase())) t = t.slice(colon + 1);
  const paren = t.lastIndexOf(' (');
  if (paren > 0 && t.endsWith(')')) t = t.slice(0, paren);
  return t;
}

/** Rows from named parameters in call order. */
export function collectNamed(call: TemplateCall, ctx: TemplateContext, lang: UiLang, own: InfoboxTemplate | null = null): Collected {
  const folded = new Map<string, string>();
  const filled = new Set<string>();
  for (const [k, v] of call.args) {
    if (isPositional(k)) continue;
    const f = foldParam(k);
    folded.set(f, v);
    if (v.trim() !== '') filled.add(f);
  }
  const out: Collected = { title: null, images: [], rows: [] };
  // How a qualifier joins its row: in brackets, after a space, run together (ATC code parts), or as its label.
  const qualifiers: Array<[string, Inline[], boolean | 'joined' | 'label']> = [];
  let coordAt = -1;
  let formulaAt = -1;
  const rowByKey = new Map<string, InfoboxRow>();
  const careerGroups = new Set<string>();
  const pendingRefs = new Map<string, Inline[]>();
  /** A heading row from wikitext, added unless it shows nothing. */
  const heading = (wikitext: string): InfoboxRow | null => {
    const value = inline(ctx, wikitext);
    if (!hasVisible(value)) return null;
    const row: InfoboxRow = { label: null, value, header: true };
    out.rows.push(row);
    return row;
  };
  /** Coordinates, label/data pairs, headings, qualifiers and notes: true when `f` is one of them. */
  const byConvention = (f: string, v: string): boolean => {
    if (isCoordPart(f)) {
      if (coordAt < 0) coordAt = out.rows.length;
      return true;
    }
    const career = careerRow(f, filled);
    if (career === 'part') return true;
    if (career) {
      // One row per career entry: the years as its label, then the team, appearances (goals);
      // the youth, national-team and manager sets under a heading of their own.
      const heading = CAREER_HEADINGS[career.group];
      if (heading && !careerGroups.has(career.group)) out.rows.push({ label: null, value: [text(heading[lang])], header: true });
      careerGroups.add(career.group);
      const value = valueNodes(ctx, folded.get(career.team)!);
      const caps = folded.get(career.caps)?.trim();
      const goals = folded.get(career.goals)?.trim();
      if (caps) value.push(text(goals ? ` ${caps} (${goals})` : ` ${caps}`));
      out.rows.push({ label: inline(ctx, v), value });
      return true;
    }
    const pair = pairing(f, filled);
    if (pair?.role === 'data') return true;
    if (pair?.role === 'alone') {
      const data = valueNodes(ctx, v);
      if (hasVisible(data)) out.rows.push({ label: null, value: data });
      return true;
    }
    if (pair?.role === 'label') {
      const label = inline(ctx, v);
      const data = valueNodes(ctx, folded.get(pair.data)!);
      if (hasVisible(label) && hasVisible(data)) out.rows.push({ label, value: data });
      return true;
    }
    if (isHeadingKey(f)) {
      const row = heading(v);
      if (row) rowByKey.set(f, row);
      return true;
    }
    const joined = joinedRow(f, filled);
    if (joined) {
      qualifiers.push([joined, valueNodes(ctx, v), 'joined']);
      return true;
    }
    const base = qualifiedRow(f, filled);
    if (base) {
      // Under a `title_leader`/`title_deputy` heading the box lists each holder by years: the years label the row.
      const byYears = /^year (leader|deputy)\d+$/.exec(f);
      qualifiers.push([base, valueNodes(ctx, v), byYears && filled.has(`title ${byYears[1]}`) ? 'label' : true]);
      return true;
    }
    if (qualifierOnly(f)) return true;
    const noted = notedRow(f, filled);
    if (noted) {
      qualifiers.push([noted, valueNodes(ctx, v), false]);
      return true;
    }
    return false;
  };
  const blocksHeaded = new Set<string>();
  for (const [key, raw] of blockOrder(own, call, lifeOrder(call.args))) {
    if (isPositional(key)) continue;
    const v = raw.trim();
    if (v === '') continue;
    if (ELEMENT_SET.has(key)) {
      // Formula atoms (Drugbox/Chembox): one "C17H19ClN2S" row where the first atom stood.
      if (formulaAt < 0) formulaAt = out.rows.length;
      continue;
    }
    const f = foldParam(key);
    if (isHidden(own, f) || NEIGHBOUR_FLAG.test(f)) continue;
    const block = own?.block?.(f, call);
    if (block === false) continue;
    if (block && !blocksHeaded.has(block.key)) {
      blocksHeaded.add(block.key);
      heading(block.heading);
    }
    if (isOwnHeading(own, f)) {
      heading(v);
      continue;
    }
    // A name the template itself labels is a row (Emperorcn box: 名称 heads it, 姓名 is the emperor's own name).
    if (TITLE_KEYS.has(f) && templateLabel(own, f) === null) {
      // Infobox company's `above` is `{{{name|{{{company_name|…}}}}}}`: the older name only without `name`.
      if (f === 'company name' && filled.has('name')) continue;
      if (own?.nameAsSubheader && !out.title) out.rows.push({ label: null, value: inline(ctx, v) });
      if (!out.title) out.title = inline(ctx, v);
      continue;
    }
    if (CAPTION_KEYS.has(f) || f.endsWith('caption') || (f.endsWith('cap') && f.length > 3) || f.endsWith(' capt')) continue;
    if (captionedPicture(own, f)) continue;
    if (SIGNATURE_KEYS.has(f)) {
      // The box prints a signature under its label ("签名", "Автограф"), not among the pictures
      // at the top (zh 0010: `signature = [[File:…|150px]]` gave no row; uk 0099 a bare picture).
      const images = boxImages(ctx, v, []);
      if (images.length) out.rows.push({ label: [text(templateLabel(own, f) ?? infoboxLabel(key, lang))], value: images });
      continue;
    }
    const ownCaption = own?.captions?.[f];
    if (IMAGE_KEYS.has(f) || NUMBERED_IMAGE.test(f) || FILE_VALUE.test(v) || ownCaption !== undefined) {
      let caption: Inline[] = [];
      for (const ck of ownCaption !== undefined ? [ownCaption] : captionKeyFor(f)) {
        const c = folded.get(ck);
        if (c && c.trim()) {
          caption = inline(ctx, c);
          break;
        }
      }
      out.images.push(...boxImages(ctx, v, caption));
      continue;
    }
    if (f.endsWith(' ref') && f.length > 4) {
      // `synonyms_ref = <ref>…</ref>`: the footnote belongs after the value it sources.
      // Only footnote markers travel: verification ticks ({{cascite}}) and stray text do not.
      const refs = valueNodes(ctx, v).filter((n) => n.type === 'footnoteRef');
      if (!refs.length) continue;
      const base = f.slice(0, -4);
      const row = rowByKey.get(base);
      if (row) row.value.push(...refs);
      else pendingRefs.set(base, [...(pendingRefs.get(base) ?? []), ...refs]);
      continue;
    }
    if (f.length > 3 && f.endsWith('ref') && !f.endsWith(' ref') && !/[a-z]$/.test(f.slice(0, -3))) {
      // jawiki boxes print `{{{延床面積ref}}}` right after that row's value, whatever it holds
      // (ja 0053 `延床面積 = 35700|延床面積ref=（メインアリーナ）` showed a row "延床面積ref"); with
      // that value empty the row is not printed, nor its ref.
      const base = f.slice(0, -3);
      if (!filled.has(base)) continue;
      const nodes = valueNodes(ctx, v);
      const row = rowByKey.get(base);
      if (row) row.value.push(...nodes);
      else pendingRefs.set(base, [...(pendingRefs.get(base) ?? []), ...nodes]);
      continue;
    }
    if (MODULE_KEY.test(f)) {
      // `module = {{Infobox military person|embed=yes|…}}`, zhwiki `module = {{日本武士|child=yes|…}}`:
      // the wiki shows the embedded box's rows inside this one; anything else there is layout.
      const embedded = embeddedRows(valueNodes(ctx, v));
      if (embedded) out.rows.push(...embedded);
      continue;
    }
    // Drugbox `CAS_number2_comment = 鹽酸鹽`: words after that row's value, telling same-labelled rows apart.
    if (f.endsWith(' comment') && filled.has(f.slice(0, -8))) {
      qualifiers.push([f.slice(0, -8), valueNodes(ctx, v), false]);
      continue;
    }
    // A layout-sounding name the template itself labels (Infobox automobile's `class`, `body_style`) is a row.
    if ((skipKey(f) && templateLabel(own, f) === null) || PIXEL_SIZE.test(v)) continue;
    if (SOUND_TITLE_KEYS.includes(f) && [...folded.values()].some((x) => MEDIA_VALUE.test(x.trim()))) continue;
    // The template's own page, when the dump has it, says which arguments are rows and their labels.
    const fromSource = call.rowLabels?.get(key);
    if (call.rowLabels && fromSource === undefined) continue;
    // Without it: the conventions infobox templates share (infobox-rows.ts).
    if (fromSource === undefined && byConvention(f, v)) continue;
    const printed = templateUnit(own, f);
    const value = MEDIA_VALUE.test(v) ? [mediaLink(ctx, v, folded)]
      : NEIGHBOUR.test(f) && filled.has(`flag ${f}`) && !needsParse(v) ? [wikiLink(ctx, v)]
      : valueNodes(ctx, printed.grouped && PLAIN_FIGURE.test(v) ? formatNum(v, ctx.site.lang) : writtenValue(own, f, own?.printed ? own.printed(f, v, call) : v));
    const embedded = embeddedRows(value);
    if (embedded) {
      out.rows.push(...embedded);
      continue;
    }
    if (!hasVisible(value)) continue;
    const unit = printed.unit;
    if (unit) {
      let at = value.length;
      while (at > 0 && value[at - 1]!.type === 'footnoteRef') at--;
      if (!endsWithUnit(value, at, unit)) value.splice(at, 0, text(unit));
    }
    const pending = pendingRefs.get(f);
    if (pending) {
      value.push(...pending);
      pendingRefs.delete(f);
    }
    const ownLabel = templateLabel(own, f);
    // A template's label by variant (`-{zh-cn:繁体字;zh-tw:正體字}-`) is read as wikitext.
    const label = fromSource !== undefined ? inline(ctx, fromSource)
      : ownLabel?.includes('-{') ? inline(ctx, ownLabel) : [text(ownLabel ?? infoboxLabel(key, lang))];
    const row: InfoboxRow = { label: hasVisible(label) ? label : null, value };
    rowByKey.set(f, row);
    out.rows.push(row);
  }
  if (own?.linkText) {
    const [urlKey, textKey] = own.linkText;
    const row = rowByKey.get(urlKey);
    const label = folded.get(textKey)?.trim();
    const url = folded.get(urlKey)?.trim() ?? '';
    if (row && label && !/[[\]{}|<>\s]/.test(url)) row.value = [externalLink(/^[a-z]+:\/\//i.test(url) ? url : `http://${url}`, inline(ctx, label))];
  }
  // `GDP_PPP_year`, `area_rank`: in brackets after the figure they qualify.
  for (const [base, value, bracketed] of qualifiers) {
    const row = rowByKey.get(base);
    if (!row || !hasVisible(value)) continue;
    if (bracketed === 'label') row.label = value;
    else if (bracketed === 'joined') row.value = mergeText([...row.value, ...value]);
    // Chinese text brackets with full-width parentheses, without a space.
    else if (bracketed) {
      row.value.push(text(lang === 'zh' ? '（' : ' ('));
      append(row.value, value);
      row.value.push(text(lang === 'zh' ? '）' : ')'));
    } else {
      if (value[0]?.type !== 'footnoteRef') row.value.push(text(' '));
      append(row.value, value);
    }
  }
  for (const [key, row] of rowByKey) {
    const first = headedRows(key);
    const target = first ? rowByKey.get(first) : undefined;
    if (!target) continue;
    out.rows.splice(out.rows.indexOf(row), 1);
    out.rows.splice(out.rows.indexOf(target), 0, row);
  }
  // A heading with no rows after it (`sovereignty_type` given last) heads nothing.
  while (out.rows.length && out.rows[out.rows.length - 1]!.header) out.rows.pop();
  const coords = coordAt >= 0 ? coordText(folded) : null;
  if (coords) out.rows.splice(coordAt, 0, { label: [text(infoboxLabel('coordinates', lang))], value: [text(coords)] });
  // Footnotes whose value never came: keep them on the last row rather than lose them.
  const last = out.rows[out.rows.length - 1];
  for (const refs of pendingRefs.values()) if (last) last.value.push(...refs);
  // The formula from its atom counts, counts subscripted as the box prints them (C<sub>17</sub>H<sub>19</sub>ClN<sub>2</sub>S).
  const atoms: Inline[] = [];
  for (const el of ELEMENTS) {
    const n = call.args.get(el)?.trim();
    if (!n) continue;
    const prev = atoms[atoms.length - 1];
    if (prev?.type === 'text') prev.value += el;
    else atoms.push(text(el));
    if (n !== '1') atoms.push({ type: 'htmlInline', tag: 'sub', attrs: {}, children: [text(n)] });
  }
  if (atoms.length && formulaAt >= 0) {
    out.rows.splice(formulaAt, 0, { label: [text(infoboxLabel('formula', lang))], value: atoms });
  }
  return out;
}

/**
 * The box's notes (`footnotes = <sup>1</sup> За оціночними даними …`): the text behind the marks
 * in its rows. enwiki's country, former-country and person boxes print it at the box's foot, and so
 * do zhwiki's copies (Infobox China County's `below`, Infobox person's module argument); a row of
 * its own, unlabelled, last. jawiki's `脚注` is not this: in its boxes it is the picture's caption
 * (ja 0146's Infobox 漫画家). A value of several lines (`* c\n* d`, notes in paragraphs) keeps
 * its lines, joined by breaks in the one cell.
 */
function footnotesRow(call: TemplateCall, ctx: TemplateContext): InfoboxRow | null {
  const notes = call.args.get('footnotes')?.trim();
  if (!notes) return null;
  const value = lineNodes(ctx, notes);
  return hasVisible(value) ? { label: null, value } : null;
}

export function infobox(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const generic = call.name.trim().toLowerCase() === 'infobox';
  const own = generic ? null : infoboxTemplate(call.name, ctx.site.lang, call);
  const c = generic ? collectNumbered(call, ctx) : collectNamed(call, ctx, lang, own);
  if (own?.positionalRows) c.rows.unshift(...own.positionalRows(call, ctx));
  const below = own?.belowRow?.(call, ctx);
  if (below) c.rows.push(below);
  const notes = generic ? null : footnotesRow(call, ctx);
  if (notes) c.rows.push(notes);
  const ownTitle = own?.title?.(call);
  // Wikitext like any value (`校名=[[乙大學]]`, `<br />` between two names).
  if (ownTitle) c.title = inline(ctx, ownTitle);
  if (own?.child || isYes(call.args.get('embed')) || isYes(call.args.get('child')) || isYes(call.args.get('subbox'))) {
    // A template that is always a part (its own `child = yes`) is headed only by a title it is given.
    const heading = own?.child ? (call.args.get('title')?.trim() ? inline(ctx, call.args.get('title')) : null) : c.title;
    const rows = heading?.length ? [{ label: null, value: heading, header: true }, ...c.rows] : c.rows;
    return rows.length ? carrier(rows, lang) : { kind: 'drop' };
  }
  // A box with nothing but its name would be a table of one empty row: the reader loses nothing.
  if (!c.rows.length && !c.images.length) return { kind: 'drop' };
  const node: Infobox = {
    type: 'infobox',
    name: call.name,
    title: c.title && c.title.length ? mergeText(c.title) : [text(pageTitle(ctx))],
    images: c.images,
    rows: c.rows,
  };
  return { kind: 'block', nodes: [node] };
}
