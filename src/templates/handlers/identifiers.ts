/**
 * Identifier and database links: an id becomes a link to the record (`{{doi|10.1000/x}}`,
 * `{{ISSN|0130-1284}}`, ja `{{全国書誌番号|21293666}}`, `{{Mediaarts-db|C55526|名前}}`,
 * `{{CIA World Factbook link|eg|Egypt}}`, `{{Curlie|Regional/Asia}}`, `{{Google books|id|page=…}}`),
 * and links to project pages (`{{tl|Name}}` → "{{Name}}", ja `{{WikipediaPage|label|WP:X}}`).
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { hatnote } from './hatnotes.js';
import { languageName } from '../languages.js';
import { parseTitle } from '../../site/titles.js';
import { arg, DROP, externalLink, inline, inlineResult, plain, pos, text, uiLang, wikiLink } from '../util.js';

/** Path segments keep their slashes; everything else a URL cannot carry is encoded. */
function encodePath(s: string): string {
  return s.split('/').map(encodeURIComponent).join('/');
}

interface IdSite {
  /** The record's URL for an id. */
  url(id: string, call: TemplateCall, ctx: TemplateContext): string;
  /** What the link shows: a label argument when there is one, else this. */
  label(id: string): string;
  /** Argument names of the id (positional "1" unless given). */
  idKeys?: string[];
  /** Argument names of a label shown instead of `label(id)`. */
  labelKeys?: string[];
  /** Text after the link (the site's name when the label is a title). */
  after?: (id: string) => string;
}

function idLink(site: IdSite) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const id = plain(ctx, arg(call, site.idKeys ?? ['1', 'id']));
    if (!id) return DROP;
    const given = site.labelKeys ? arg(call, site.labelKeys) : undefined;
    const label: Inline[] = given ? inline(ctx, given) : [text(site.label(id))];
    const out: Inline[] = [externalLink(site.url(id, call, ctx), label)];
    if (site.after) out.push(text(site.after(id)));
    return inlineResult(out);
  };
}

const doi = idLink({ url: (id) => `https://doi.org/${encodePath(id)}`, label: (id) => `doi:${id}` });

const issn = idLink({ url: (id) => `https://www.worldcat.org/issn/${encodeURIComponent(id)}`, label: (id) => `ISSN ${id}` });

const jpno = idLink({ url: (id) => `https://id.ndl.go.jp/jpno/${encodeURIComponent(id)}`, label: (id) => `全国書誌番号:${id}` });

const mediaArts = idLink({
  url: (id) => `https://mediaarts-db.artmuseums.go.jp/id/${encodeURIComponent(id)}`,
  label: () => 'メディア芸術データベース',
  labelKeys: ['2'],
  after: () => ' - メディア芸術データベース',
});

const mangaZ = idLink({
  url: (id) => `https://www.mangaz.com/authors/detail/${encodeURIComponent(id)}`,
  label: () => 'マンガ図書館Z',
  labelKeys: ['2'],
  after: () => ' - マンガ図書館Z',
});

const hdl = idLink({ url: (id) => `https://hdl.handle.net/${encodePath(id)}`, label: (id) => `hdl:${id}` });

const oclc = idLink({ url: (id) => `https://www.worldcat.org/oclc/${encodeURIComponent(id)}`, label: (id) => `OCLC ${id}` });

const naid = idLink({ url: (id) => `https://ci.nii.ac.jp/naid/${encodeURIComponent(id)}`, label: (id) => `NAID ${id}` });

const crd = idLink({
  url: (id) => `https://crd.ndl.go.jp/reference/detail?page=ref_view&id=${encodeURIComponent(id)}`,
  label: () => 'レファレンス協同データベース',
  labelKeys: ['2'],
  after: () => ' - レファレンス協同データベース',
});

const ameba = idLink({ url: (id) => `https://ameblo.jp/${encodePath(id)}/`, label: () => 'Ameba ブログ', labelKeys: ['2'], after: () => ' - Ameba ブログ' });

const curlie = idLink({ url: (id) => `https://curlie.org/${encodePath(id)}`, label: (id) => `Curlie: ${id}`, labelKeys: ['2', 'title'] });

const googleBooksUrl = (id: string, call: TemplateCall, ctx: TemplateContext): string => {
  const page = plain(ctx, arg(call, ['page', 'pg']));
  return `https://books.google.com/books?id=${encodeURIComponent(id)}${page ? `&pg=${encodeURIComponent(page)}` : ''}`;
};

const googleBooksLink = idLink({ url: googleBooksUrl, label: () => 'Google Books', labelKeys: ['text', '2'] });

/** `{{Google books|id|page=PA28|plainurl=yes}}` is the bare address, for a citation's `url=` (uk 0381). */
function googleBooks(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const id = plain(ctx, pos(call, 1) ?? arg(call, ['id']));
  if (id && /^(y|yes|true|1|так)$/i.test(plain(ctx, arg(call, ['plainurl'])))) return inlineResult([text(googleBooksUrl(id, call, ctx))]);
  return googleBooksLink(call, ctx);
}

const brainScience = idLink({
  url: (id) => `https://bsd.neuroinf.jp/wiki/${encodeURIComponent(id)}`,
  label: (id) => id,
  labelKeys: ['2', 'title'],
  after: () => ' - 脳科学辞典',
});

/** `{{CIA World Factbook link|eg|Egypt}}` → "Egypt" linked to its Factbook page. */
function factbook(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const code = plain(ctx, pos(call, 1));
  const name = plain(ctx, pos(call, 2));
  if (!code && !name) return DROP;
  const slug = name ? name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : code;
  return inlineResult([externalLink(`https://www.cia.gov/the-world-factbook/countries/${slug}/`, [text(name || code)]), text(' - The World Factbook')]);
}

/** `{{AllMusic|class|id|label}}` (positional or named) → the label linked to the AllMusic page. */
function allMusic(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const cls = plain(ctx, arg(call, ['class', '1'])) || 'artist';
  const id = plain(ctx, arg(call, ['id', '2']));
  if (!id) return DROP;
  const url = `https://www.allmusic.com/${encodeURIComponent(cls)}/${encodeURIComponent(id)}`;
  const title = arg(call, ['title', 'label', '3']);
  if (call.args.get('pure_url')?.trim() === 'yes') return inlineResult([externalLink(url, [text(url)])]);
  return inlineResult([externalLink(url, title ? inline(ctx, title) : [text('AllMusic')]), ...(title ? [text(' - AllMusic')] : [])]);
}

/** `{{tl|Name|arg}}` → "{{Name|arg}}" with the name linked to the template page. */
function templateLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const name = plain(ctx, pos(call, 1));
  if (!name) return DROP;
  const nsName = ctx.site.namespaces.get(10)?.name ?? 'Template';
  const extra: string[] = [];
  for (let i = 2; i <= 10; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    extra.push(v.trim());
  }
  const tail = extra.length ? '|' + extra.join('|') : '';
  return inlineResult([text('{{'), wikiLink(ctx, `${nsName}:${name}`, [text(name)]), text(tail + '}}')]);
}

/**
 * ja `{{WikipediaPage|label|WP:X}}`: a note at the top of an article pointing readers to the
 * project's own page on the subject — "ウィキペディアでのlabelについては「WP:X」をご覧ください。".
 * jawiki's template text is in no stored source; the sentence is ours, in the words of jawiki's
 * other hatnotes ({{Otheruses}}, {{Redirectlist}}: "…については「…」をご覧ください。"). A bare
 * link labelled "CSSの設定" at the head of an article (ja 0122) said nothing about why it was there.
 */
function projectPage(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const label = pos(call, 1);
  if (!label) {
    // `{{WikipediaPage||特別:記録}}` (ja 記録): a target without a label is about the page itself.
    const target = plain(ctx, pos(call, 2));
    return target && ctx.title ? projectNote(ctx, [text(ctx.title)], target) : DROP;
  }
  // `{{WikipediaPage|ウィキペディアにおけるFAQについては「[[Wikipedia:FAQ]]」を…ご覧ください。}}`: a
  // sentence of its own (links, a full stop) is the note itself, shown as the other hatnotes are.
  if (!pos(call, 2) && (label.includes('[[') || label.includes('。'))) {
    const body = inline(ctx, label);
    return body.length ? hatnote(body) : DROP;
  }
  return projectNote(ctx, inline(ctx, label), plain(ctx, pos(call, 2)) || `Wikipedia:${plain(ctx, label)}`);
}

/** "ウィキペディアでの<label>については「<target>」をご覧ください。" */
function projectNote(ctx: TemplateContext, label: Inline[], target: string): TemplateResult {
  return hatnote([text('ウィキペディアでの'), ...label, text('については「'), wikiLink(ctx, target, [text(target)]), text('」をご覧ください。')]);
}

/** uk `{{рік у театрі|1924}}` → [[1924 у театрі|1924]] (and the like for other fields). */
function yearIn(field: string) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const year = plain(ctx, pos(call, 1));
    if (!year) return DROP;
    return inlineResult([wikiLink(ctx, `${year} ${field}`, [text(year)])]);
  };
}

/** uk `{{Перехід|#Історія}}` → a link to the section, shown as its name. */
function sectionLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const target = plain(ctx, pos(call, 1));
  if (!target) return DROP;
  const label = pos(call, 2);
  const shown = label ? inline(ctx, label) : [text(target.replace(/^#/, ''))];
  return inlineResult([wikiLink(ctx, target, shown)]);
}

/**
 * ja `{{Wikipedia|fr}}` → a link to that language edition's main page ("フランス語版ウィキペディア").
 * On the wiki it is a box beside the text; standing on its own line it stays a line of its own
 * rather than running into the lead paragraph that follows it.
 */
function languageEdition(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const code = plain(ctx, pos(call, 1));
  if (!/^[a-z-]{2,12}$/.test(code)) return DROP;
  const shown = uiLang(ctx) === 'ja' ? `${languageName(code, 'ja') ?? code}版ウィキペディア` : `Wikipedia (${code})`;
  const link = externalLink(`https://${code}.wikipedia.org/`, [text(shown)]);
  return call.lineStart ? { kind: 'block', nodes: [{ type: 'paragraph', children: [link] }] } : inlineResult([link]);
}

/** uk `{{Автошлях Н|03}}` → [[Автошлях Н 03|Н 03]]. */
function road(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const number = plain(ctx, pos(call, 1));
  if (!number) return DROP;
  const kind = call.name.trim().slice('Автошлях '.length).trim();
  return inlineResult([wikiLink(ctx, `Автошлях ${kind} ${number}`, [text(`${kind} ${number}`)])]);
}

export const IDENTIFIER_PATTERNS: PatternEntry[] = [
  { family: 'identifier', prefix: 'Автошлях ', langs: ['uk'], handler: road },
];

/**
 * Disease classification codes in a disease box: `{{ICD10|J|00|0|j|00}}` → "J00.0" linked to the
 * WHO browser, `{{ICD9|460}}` → "460" (zhwiki's Template:ICD10 / ICD9, chinapedia/wikipedia.zh.mediawiki;
 * ja 0139 風邪 had no ICD rows).
 */
function icd10(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const sub = plain(ctx, pos(call, 3));
  const code = plain(ctx, pos(call, 1)) + plain(ctx, pos(call, 2)) + (sub ? `.${sub}` : '');
  return code ? inlineResult([externalLink(`https://icd.who.int/browse10/2019/en#/${code}`, [text(code)])]) : DROP;
}

function icd9(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const code = plain(ctx, pos(call, 1));
  return code ? inlineResult([externalLink(`http://icd9.chrisendres.com/index.php?action=search&srchtext=${encodeURIComponent(code)}`, [text(code)])]) : DROP;
}

/**
 * A section of the United States Code, as cited: ja `{{合衆国法典|17|302}}` (enwiki's
 * `{{UnitedStatesCode|17|302}}`) → "17 U.S.C. § 302", linked to the Cornell LII text (ja 0013 read
 * "（(a)）" where the copyright term's section stood).
 */
function usCode(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const title = plain(ctx, pos(call, 1));
  const section = plain(ctx, pos(call, 2));
  if (!/^\d+[A-Za-z]?$/.test(title) || !section) return DROP;
  // LII has a page per section: `302` is linked, a subsection after it (`302(a)`) stays text, and
  // a section not in that shape is shown unlinked.
  const page = /^\d+[A-Za-z0-9-]*/.exec(section)?.[0];
  if (!page) return inlineResult([text(`${title} U.S.C. § ${section}`)]);
  const link = externalLink(`https://www.law.cornell.edu/uscode/text/${title}/${page}`, [text(`${title} U.S.C. § ${page}`)]);
  const tail = section.slice(page.length);
  return inlineResult(tail ? [link, text(tail)] : [link]);
}

/**
 * A ship's number after the label naming it, linked to its MarineTraffic record (zhwiki
 * Template:IMO Number and Template:MMSI Number read); `link=no` shows it unlinked. The template
 * writes `[URL{{{1}}} {{{1}}}]`: an absent number is `{{{1}}}` linked to that URL as written, an
 * empty one leaves `[URL ]`, a numbered link ("[1]", counted with the page's others).
 */
function shipNumber(call: TemplateCall, ctx: TemplateContext, label: Inline[], url: (id: string) => string): TemplateResult {
  const id = call.args.get('1')?.trim() ?? '{{{1}}}';
  if (call.args.get('link')?.trim() === 'no') return inlineResult(id === '' ? label : [...label, text(id)]);
  if (id === '') return inlineResult([...label, ...ctx.parseInline(`[${url('')} ]`)]);
  return inlineResult([...label, externalLink(url(id === '{{{1}}}' ? id : encodeURIComponent(id)), [text(id)])]);
}

/** `{{IMO Number|9383936}}` → "IMO編號：9383936" (the label linked; `disp=no` leaves it out). */
function imoNumber(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const label = call.args.get('disp')?.trim() === 'no' ? [] : [wikiLink(ctx, '国际海事组织编号', [text('IMO編號')]), text('：\u00a0')];
  return shipNumber(call, ctx, label, (id) => `https://www.marinetraffic.com/ais/details/ships/imo:${id}`);
}

/**
 * `{{MMSI Number|311020600}}` → " MMSI碼：311020600" (the label linked; the space the template
 * leaves after its category kept); an article is filed in Category:海上移動通信業務標識碼 under the
 * number, as the template's `{{ns0|…}}` files it.
 */
function mmsiNumber(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  // A title the engine cannot parse (`page` with no --title) is in the main namespace, as {{NAMESPACE}} reads it.
  if ((parseTitle(ctx.site, ctx.title)?.ns ?? 0) === 0) ctx.meta.categories.push({ name: '海上移動通信業務標識碼', sortKey: call.args.get('1')?.trim() ?? '{{{1}}}' });
  const label = [text(' '), wikiLink(ctx, '海上移動通信業務標識碼', [text('MMSI碼')]), text('：')];
  return shipNumber(call, ctx, label, (id) => `http://www.marinetraffic.com/ais/shipdetails.aspx?mmsi=${id}`);
}

export const IDENTIFIER_ENTRIES: HandlerEntry[] = [
  { family: 'identifier', names: ['合衆国法典', 'UnitedStatesCode'], handler: usCode },
  { family: 'identifier', names: ['ICD10'], handler: icd10 },
  { family: 'identifier', names: ['ICD9'], handler: icd9 },
  { family: 'identifier', names: ['Doi', 'DOI', 'Doi-inline'], handler: doi },
  { family: 'identifier', names: ['ISSN', 'Issn', 'ISSN link', 'ISSNT'], handler: issn },
  { family: 'identifier', names: ['全国書誌番号', 'JPNO'], langs: ['ja'], handler: jpno },
  { family: 'identifier', names: ['Mediaarts-db'], langs: ['ja'], handler: mediaArts },
  { family: 'identifier', names: ['マンガ図書館Z作家', 'マンガ図書館Z作品'], langs: ['ja'], handler: mangaZ },
  { family: 'identifier', names: ['脳科学辞典'], langs: ['ja'], handler: brainScience },
  { family: 'identifier', names: ['Hdl', 'HDL', 'Handle'], handler: hdl },
  { family: 'identifier', names: ['OCLC', 'Oclc'], handler: oclc },
  { family: 'identifier', names: ['Naid', 'NAID', 'CiNii'], langs: ['ja'], handler: naid },
  { family: 'identifier', names: ['CRD'], langs: ['ja'], handler: crd },
  { family: 'identifier', names: ['Ameba ブログ', 'Amebaブログ'], langs: ['ja'], handler: ameba },
  { family: 'identifier', names: ['Curlie', 'Dmoz', 'DMOZ', 'Open Directory'], handler: curlie },
  { family: 'identifier', names: ['Google books', 'Google Books', 'Googlebooks'], handler: googleBooks },
  { family: 'identifier', names: ['CIA World Factbook link'], handler: factbook },
  { family: 'identifier', names: ['AllMusic', 'Allmusic'], handler: allMusic },
  { family: 'identifier', names: ['Tl', 'Tlx', 'Template link', 'Tlp', 'Tl2', 'Tlg', 'Tlc', 'Temp', 'T1'], handler: templateLink },
  { family: 'identifier', names: ['WikipediaPage', 'Wikipedia page'], langs: ['ja'], handler: projectPage },
  { family: 'identifier', names: ['Wikipedia'], langs: ['ja'], handler: languageEdition },
  { family: 'identifier', names: ['Рік у театрі'], langs: ['uk'], handler: yearIn('у театрі') },
  { family: 'identifier', names: ['Рік у кіно'], langs: ['uk'], handler: yearIn('у кіно') },
  { family: 'identifier', names: ['Рік у музиці'], langs: ['uk'], handler: yearIn('у музиці') },
  { family: 'identifier', names: ['Рік у літературі'], langs: ['uk'], handler: yearIn('у літературі') },
  { family: 'identifier', names: ['Перехід'], langs: ['uk'], handler: sectionLink },
  // Stand-ins for the pages when the dump has none.
  { family: 'identifier', names: ['IMO Number'], langs: ['zh'], handler: imoNumber, traits: { fallbackOnly: true } },
  { family: 'identifier', names: ['MMSI Number'], langs: ['zh'], handler: mmsiNumber, traits: { fallbackOnly: true } },
];
