/**
 * Footnote templates: reference lists (`{{reflist}}`, `{{notelist}}` → a References node of the
 * right group), notes (`{{efn}}`, `{{refn}}`, `{{NoteTag}}` → a FootnoteRef), reuse (`{{r|name}}`),
 * short citations (`{{sfn}}`, `{{harvnb}}`), and `{{NoteTA}}` (recorded in meta for variant
 * conversion, nothing visible).
 */
import type { FootnoteRef, Inline, References } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { anchorSpan, arg, blocks, DROP, inline, inlineResult, plain, pos, tagAttributeValue, text, uiLang, wikiLink, type UiLang } from '../util.js';

/** `group=` as written, without the quotes editors copy from `<ref group="N">`. */
function groupOf(call: TemplateCall, ctx: TemplateContext, fallback: string): string {
  let g = plain(ctx, arg(call, ['group', 'g']));
  const q = g.length > 0 ? g.charCodeAt(0) : -1;
  if (g.length >= 2 && (q === 34 || q === 39) && g.charCodeAt(g.length - 1) === q) g = g.slice(1, -1).trim();
  return g || fallback;
}

/** Collect the `<ref>`s of a parsed `refs=` value (list-defined references). */
function collectRefs(nodes: readonly Inline[], out: FootnoteRef[]): void {
  for (const n of nodes) {
    if (n.type === 'footnoteRef') out.push(n);
    else if (n.type === 'strong' || n.type === 'emphasis' || n.type === 'htmlInline') collectRefs(n.children, out);
  }
}

function referenceList(defaultGroup: string): TemplateHandler {
  return (call, ctx) => {
    const group = groupOf(call, ctx, defaultGroup);
    const definitions: FootnoteRef[] = [];
    const refs = arg(call, ['refs']);
    // `{{reflist|30em}}` and `{{reflist|2}}` are column settings, not content.
    if (refs && refs.includes('\x7f')) collectRefs(ctx.parseInline(refs), definitions);
    const node: References = { type: 'references', group, definitions };
    return { kind: 'block', nodes: [node] };
  };
}

/** A footnote with content: `{{efn|text}}`, `{{refn|text|group=…}}`, `{{NoteTag|text}}`. */
function note(defaultGroup: string): TemplateHandler {
  return (call, ctx) => {
    const group = groupOf(call, ctx, defaultGroup);
    const name = plain(ctx, arg(call, ['name'])) || null;
    const content = blocks(ctx, arg(call, ['1', 'text', 'content', 'reference']));
    if (!content.length && !name) return DROP;
    const ref: FootnoteRef = { type: 'footnoteRef', group, name, children: content.length ? content : null };
    return inlineResult([ref]);
  };
}

/** uk `{{ref+|text|ком.}}`: a note whose group is the second argument. */
function notePlus(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const group = plain(ctx, pos(call, 2)) || groupOf(call, ctx, '');
  const content = blocks(ctx, pos(call, 1));
  const name = plain(ctx, arg(call, ['name'])) || null;
  if (!content.length && !name) return DROP;
  return inlineResult([{ type: 'footnoteRef', group, name, children: content.length ? content : null }]);
}

/**
 * The hand-made note pairs of enwiki's older style, copied by ja and uk (Template:Ref/doc):
 * `{{ref|id|label}}` and `{{ref label|id|label|backlink}}` are the mark "[label]" in
 * superscript, anchored `ref_ID` (`ref_ID` + backlink for ref label; none with `noid=`) and linking
 * to `#endnote_ID`. `{{note|id|label|text}}` and `{{note label|id|label|backlink|text}}` stand
 * before the note: anchored `endnote_ID`, a bold caret (note label: the backlink, or a caret for
 * `none`) linking back to the mark, then the text if given. `{{ref|id}}` without a label is on
 * the wiki an external link the page numbers in its run of bracketed links ("[4]"); here the id
 * stands in for that number ("[3]" for `{{ref|3}}`, which is what uk 0051 writes).
 */
function handMark(call: TemplateCall, ctx: TemplateContext, backlink: string): TemplateResult {
  const written = plain(ctx, pos(call, 1));
  const label = plain(ctx, pos(call, 2)) || written;
  if (!label) return DROP;
  const mark = text(`[${label}]`);
  if (!written) return inlineResult([{ type: 'htmlInline', tag: 'sup', attrs: {}, children: [mark] }]);
  const id = handId(written);
  const link = wikiLink(ctx, `#endnote_${id}`, [mark]);
  const anchored = plain(ctx, arg(call, ['noid'])) ? [link] : [anchorSpan(`ref_${id}${handId(backlink)}`), link];
  return inlineResult([{ type: 'htmlInline', tag: 'sup', attrs: {}, children: anchored }]);
}

/** `{{ref|id|label}}` takes no backlink (Template:Ref/doc: `{{ref|id|label|noid=noid}}`). */
function handRef(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return handMark(call, ctx, '');
}

function refLabel(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return handMark(call, ctx, plain(ctx, pos(call, 3)));
}

/** Per page (by its meta record), the note ids already anchored. */
const ENDNOTES = new WeakMap<object, Set<string>>();

/**
 * The head of a hand-made note: the `endnote_ID` anchor (once a page: a note with several marks
 * opens with one `{{note label}}` per mark, all of one id), the bold back-link, then the text.
 */
function noteHead(ctx: TemplateContext, id: string, back: Inline, body: string | undefined): TemplateResult {
  let given = ENDNOTES.get(ctx.meta);
  if (!given) ENDNOTES.set(ctx.meta, (given = new Set()));
  const out: Inline[] = [];
  if (!given.has(id)) {
    given.add(id);
    out.push(anchorSpan(`endnote_${id}`));
  }
  out.push({ type: 'strong', children: [back] });
  const shown = inline(ctx, body);
  if (shown.length) out.push(text(' '), ...shown);
  return inlineResult(out);
}

function handNote(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const written = plain(ctx, pos(call, 1));
  if (!written) return DROP;
  const id = handId(written);
  return noteHead(ctx, id, wikiLink(ctx, `#ref_${id}`, [text('^')]), pos(call, 3));
}

/** The backlink `none` (or none given) shows the caret; another is shown itself, in superscript italics. */
function noteLabel(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const written = plain(ctx, pos(call, 1));
  if (!written) return DROP;
  const id = handId(written);
  const backlink = plain(ctx, pos(call, 3));
  const shown: Inline = backlink && backlink !== 'none'
    ? { type: 'htmlInline', tag: 'sup', attrs: {}, children: [{ type: 'emphasis', children: [text(backlink)] }] }
    : text('^');
  return noteHead(ctx, id, wikiLink(ctx, `#ref_${id}${handId(backlink)}`, [shown]), pos(call, 4));
}

/**
 * An id both ends of a link spell alike and the writer keeps apart: the writer's anchors drop
 * symbols (`†` and `‡` would both be `ref_`, `a.1` would be `a1`), so each character outside
 * the ones it keeps becomes `-x` + its code in hex + `-` (`†` → `-x2020-`).
 */
function handId(raw: string): string {
  return raw.replace(ID_UNSAFE, hexOf);
}

function hexOf(c: string): string {
  return `-x${c.codePointAt(0)!.toString(16)}-`;
}

/** What the writer's slug keeps (letters, marks, digits, `_`, `-`, spaces); anything else. */
const ID_UNSAFE = /[^\p{L}\p{M}\p{Nd}\p{Nl}_\- ]/gu;

/** `{{r|a|b|page=12}}`: reuse of named references. */
function reuse(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const group = groupOf(call, ctx, '');
  const out: Inline[] = [];
  for (let i = 1; i < 20; i++) {
    const raw = plain(ctx, pos(call, i));
    if (!raw) break;
    // The template hands the name to {{#tag:ref}}, which drops one pair of surrounding quotes
    // (`{{R|"Smith"}}` reuses <ref name="Smith">), as an attribute value in a tag would.
    const name = tagAttributeValue(raw);
    if (!name) continue;
    out.push({ type: 'footnoteRef', group, name, children: null });
    // `page=`/`p=` (the first reference's) and `page2=`/`p2=` … : the wiki prints the page in
    // superscript after the marker, as `{{rp}}` does ("[1]:101").
    const n = String(i);
    const where = arg(call, [`page${n}`, `p${n}`, `pages${n}`, `pp${n}`, `loc${n}`, ...(i === 1 ? ['page', 'p', 'pages', 'pp', 'loc', 'at'] : [])]);
    const shown = inline(ctx, where);
    if (shown.length) out.push({ type: 'htmlInline', tag: 'sup', attrs: {}, children: [text(':'), ...shown] });
  }
  return out.length ? inlineResult(out) : DROP;
}

/** `{{rp|12}}` → ":12" in superscript after a footnote marker. */
function rp(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const page = inline(ctx, arg(call, ['1', 'page', 'pages', 'p']));
  if (!page.length) return DROP;
  return inlineResult([{ type: 'htmlInline', tag: 'sup', attrs: {}, children: [text(':'), ...page] }]);
}

// ───────────── short citations ─────────────

function isYearLike(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // 2005, 2005a, 1990–1991
  const lower = s.toLowerCase();
  return lower === 'n.d.' || lower === 'nd' || lower === 'c.' || lower.startsWith('c. ');
}

const PAGE: Record<UiLang, (p: string, many: boolean) => string> = {
  zh: (p) => `第${p}页`,
  ja: (p, many) => (many ? `pp. ${p}` : `p. ${p}`),
  en: (p, many) => (many ? `pp. ${p}` : `p. ${p}`),
  uk: (p) => `с. ${p}`,
  ko: (p) => `${p}쪽`,
};

interface ShortCite {
  who: string;
  year: string;
  loc: string;
  /** The full citation's anchor, `CITEREF` + names + year (or `ref=`), as the wiki links it. */
  anchor: string;
}

function shortCite(call: TemplateCall, ctx: TemplateContext): ShortCite | null {
  const names: string[] = [];
  let year = '';
  for (let i = 1; i <= 6; i++) {
    const v = plain(ctx, pos(call, i));
    // An empty name (`{{sfn|國廣||安井|2021}}`) adds nothing to the anchor the names spell.
    if (!v) continue;
    if (isYearLike(v)) {
      year = v;
      break;
    }
    names.push(v);
  }
  if (!names.length && !year) return null;
  const lang = uiLang(ctx);
  let who = names[0] ?? '';
  if (names.length === 2) who = `${names[0]} & ${names[1]}`;
  else if (names.length === 3) who = `${names[0]}, ${names[1]} & ${names[2]}`;
  else if (names.length > 3) who = `${names[0]} ${lang === 'zh' ? '等' : lang === 'ja' ? 'ほか' : 'et al.'}`;
  const p = plain(ctx, arg(call, ['p', 'page']));
  const pp = plain(ctx, arg(call, ['pp', 'pages']));
  const at = plain(ctx, arg(call, ['loc', 'at']));
  const loc = pp ? PAGE[lang](pp, true) : p ? PAGE[lang](p, false) : at;
  const ref = plain(ctx, arg(call, ['ref']));
  const anchor = ref && ref.toLowerCase() !== 'none' ? ref : `CITEREF${names.slice(0, 4).join('')}${year}`;
  return { who, year, loc, anchor };
}

/** Pages (by their meta record) that cite by author and year: their citations take anchors. */
const SHORT_CITING = new WeakSet<object>();

/** True once the page has used {{sfn}} / {{harv}}: the full citations after them are link targets. */
export function citesByAuthorYear(ctx: TemplateContext): boolean {
  return SHORT_CITING.has(ctx.meta);
}

/** "Smith 2005" linked to the full citation in the page's bibliography. */
function linkedHead(ctx: TemplateContext, c: ShortCite, shown: string): Inline[] {
  SHORT_CITING.add(ctx.meta);
  return [wikiLink(ctx, '#' + c.anchor, [text(shown)])];
}

function shortText(c: ShortCite, lang: UiLang): string {
  const head = c.year ? `${c.who} ${c.year}`.trim() : c.who;
  return c.loc ? head + (lang === 'zh' ? '，' : ', ') + c.loc : head;
}

/** `{{sfn|Smith|2005|p=12}}` → a footnote "Smith 2005, p. 12." (equal calls share one footnote). */
function sfn(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const c = shortCite(call, ctx);
  if (!c) return DROP;
  const lang = uiLang(ctx);
  const body = shortText(c, lang) + (lang === 'zh' ? '。' : '.');
  const head = c.year ? `${c.who} ${c.year}`.trim() : c.who;
  const ref: FootnoteRef = {
    type: 'footnoteRef',
    group: groupOf(call, ctx, ''),
    name: 'FOOTNOTE' + body,
    children: [{ type: 'paragraph', children: [...linkedHead(ctx, c, head), text(body.slice(head.length))] }],
  };
  return inlineResult([ref]);
}

/** `{{harvnb|Smith|2005|p=12}}` → "Smith 2005, p. 12"; `harv` adds parentheses; `harvtxt` → "Smith (2005)". */
function harv(style: 'nb' | 'paren' | 'txt'): TemplateHandler {
  return (call, ctx) => {
    const c = shortCite(call, ctx);
    if (!c) return DROP;
    const lang = uiLang(ctx);
    if (style === 'txt') {
      const inner = c.loc ? `${c.year}${lang === 'zh' ? '，' : ', '}${c.loc}` : c.year;
      return inlineResult(linkedHead(ctx, c, inner ? `${c.who} (${inner})` : c.who));
    }
    const head = c.year ? `${c.who} ${c.year}`.trim() : c.who;
    const tail = shortText(c, lang).slice(head.length);
    const nodes = [...linkedHead(ctx, c, head), ...(tail ? [text(tail)] : [])];
    return inlineResult(style === 'paren' ? [text('('), ...nodes, text(')')] : nodes);
  };
}

/** "CITEREF" + the call's first five positional arguments (names, then year) run together; '' without any. */
function harvardId(call: TemplateCall, ctx: TemplateContext): string {
  let id = '';
  for (let i = 1; i <= 5; i++) id += plain(ctx, pos(call, i));
  return id ? 'CITEREF' + id : '';
}

/** `{{SfnRef|益田|2015}}` → "CITEREF益田2015": the anchor name a citation's `ref=` takes. */
function sfnRef(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const id = harvardId(call, ctx);
  return id ? inlineResult([text(id)]) : DROP;
}

/**
 * ukwiki `{{h|Mioduszewski|1935}}` before a hand-written bibliography entry: the anchor
 * `{{sfn|Mioduszewski|1935}}` links to, "CITEREF" + the names and year run together.
 */
function harvardAnchor(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const id = harvardId(call, ctx);
  return id ? inlineResult([anchorSpan(id)]) : DROP;
}

// ───────────── NoteTA ─────────────

/** `{{NoteTA|T=…|1=rule|G1=group}}`: kept in meta for the variant transform; nothing visible. */
function noteTA(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const rules: string[] = [];
  const groups: string[] = [];
  for (let i = 1; i <= 40; i++) {
    const r = call.args.get(String(i));
    if (r !== undefined && r.trim() !== '') rules.push(r.trim());
  }
  for (let i = 1; i <= 20; i++) {
    const g = call.args.get(`G${i}`) ?? call.args.get(`g${i}`);
    if (g !== undefined && g.trim() !== '') groups.push(g.trim());
  }
  const title = (call.args.get('T') ?? call.args.get('t'))?.trim() || null;
  const prev = ctx.meta.noteTA;
  if (prev) {
    prev.rules.push(...rules);
    prev.groups.push(...groups);
    if (!prev.title && title) prev.title = title;
  } else ctx.meta.noteTA = { title, rules, groups };
  return DROP;
}

export const REFERENCE_ENTRIES: HandlerEntry[] = [
  { family: 'references', names: ['Reflist', 'References', 'Refs', 'Reference', 'Reflist-talk', 'Reflist talk', 'Ref list', 'Listaref', '参考资料', '參考資料', '参考文献', '參考文獻', 'Примітки', 'Джерела', 'RefGF', 'Refgf', 'Reflist2'], handler: referenceList('') },
  { family: 'references', names: ['Notelist', 'Notelist-la', 'Efn-list'], handler: referenceList('lower-alpha') },
  { family: 'references', names: ['Notelist-ua'], handler: referenceList('upper-alpha') },
  { family: 'references', names: ['Notelist-lr'], handler: referenceList('lower-roman') },
  { family: 'references', names: ['Notelist-ur'], handler: referenceList('upper-roman') },
  { family: 'references', names: ['Notelist-lg'], handler: referenceList('lower-greek') },
  { family: 'references', names: ['NoteFoot', 'NoteGF', 'Notefoot', 'Notes-foot', 'Notelist2'], handler: referenceList('注') },
  { family: 'references', names: ['Efn', 'Efn-la', 'Efn-note'], handler: note('lower-alpha') },
  { family: 'references', names: ['Efn-ua'], handler: note('upper-alpha') },
  { family: 'references', names: ['Efn-lr'], handler: note('lower-roman') },
  { family: 'references', names: ['Efn-ur'], handler: note('upper-roman') },
  { family: 'references', names: ['Efn-lg'], handler: note('lower-greek') },
  { family: 'references', names: ['NoteTag', 'NoteGT', 'Notetag', 'Efn2'], handler: note('注') },
  // ja pairs {{efn}} with {{notelist}} under the group 注釈 ("[注釈 1]"), and {{efn2}} with
  // {{notelist2}} under 注 ("[注 1]") — the dump's own pages confirm it: the same notes are listed
  // by {{Reflist|group="注釈"}} or {{Reflist|group="注"}} on pages that do not use the list templates.
  { family: 'references', names: ['Efn', 'Efn-la'], langs: ['ja'], handler: note('注釈') },
  { family: 'references', names: ['Notelist', 'Notelist-la'], langs: ['ja'], handler: referenceList('注釈') },
  // zhwiki `{{參考|…}}` (宋仁宗: 26 calls) is a note in the group 參, which the page lists under its own
  // {{Reflist|group="參"}}; `name=` reuses one as a ref's does. It was dropped with its text.
  { family: 'references', names: ['參考'], langs: ['zh'], handler: note('參') },
  { family: 'references', names: ['Refn', 'Refnest', 'RefGT', 'Ref note', 'Refn2', 'Ref-note'], handler: note('') },
  // zhwiki `{{refTag|1=…}}` / `{{RefFoot}}` beside `{{noteTag}}` / `{{noteFoot}}` (中丘郡: its sources were dropped
  // with their text): taken as RefGT / RefGF are, the default group — neither template is stored, so the group is a guess.
  { family: 'references', names: ['RefTag'], langs: ['zh'], handler: note('') },
  { family: 'references', names: ['RefFoot'], langs: ['zh'], handler: referenceList('') },
  { family: 'references', names: ['R', 'Rr', 'Ref name', 'Refname'], handler: reuse },
  { family: 'references', names: ['Rp', 'Page needed inline'], handler: rp },
  { family: 'references', names: ['Sfn', 'Sfnp', 'Sfnm', 'Shortened footnote', 'Sfn2'], handler: sfn },
  { family: 'references', names: ['Harvnb', 'Harvard citation no brackets', 'Harvnb2'], handler: harv('nb') },
  { family: 'references', names: ['Harv', 'Harvard citation', 'Harvp'], handler: harv('paren') },
  { family: 'references', names: ['Harvtxt', 'Harvard citation text', 'Harvcoltxt'], handler: harv('txt') },
  { family: 'references', names: ['Harvcol', 'Harvcolnb'], handler: harv('nb') },
  { family: 'references', names: ['Ref+'], langs: ['uk'], handler: notePlus },
  // {{ref label|id|a}} marks a note by hand: the label in brackets; {{note label|id|a}} is its back-link.
  { family: 'references', names: ['Ref label', 'Ref num'], handler: refLabel },
  { family: 'references', names: ['Ref'], handler: handRef },
  { family: 'references', names: ['Note'], handler: handNote },
  { family: 'references', names: ['Note label'], handler: noteLabel },
  // `ref={{SfnRef|益田|2015}}` on a citation names its anchor "CITEREF益田2015", the one {{sfn}} links to.
  { family: 'references', names: ['SfnRef', 'Harvid', 'CITEREF'], handler: sfnRef },
  { family: 'references', names: ['H'], langs: ['uk'], handler: harvardAnchor },
  { family: 'noteTA', names: ['NoteTA', 'NoteTA/lang', 'Note TA', 'Noteta'], handler: noteTA },
];
