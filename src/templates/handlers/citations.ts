/**
 * Citation templates (CS1: cite web/news/book/journal/…, citation, and the zh/ja/uk names) →
 * one line of inline nodes in the shape the wiki's citation module prints:
 *   zh: `Last, First. 标题. 网站. 2010-01-01 [2011-07-25]. ISBN …. （原始内容存档于2014-04-13） （英语）.`
 *   ja: `Last, First (2010-01-01). “タイトル” (英語). 網站. 2014年4月13日時点のオリジナルよりアーカイブ。2011年7月25日閲覧。`
 *   en: `Last, First (2010-01-01). "Title". Work. Archived from the original on 2014-04-13. Retrieved 2011-07-25.`
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { citationDate } from '../datefmt.js';
import { isLanguageCode, isPageLanguage, languageName } from '../languages.js';
import { anchorSpan, arg, externalLink, inlineOrDrop, mergeText, oneLine, plain, text, uiLang, unlink, type UiLang } from '../util.js';
import { readCitation, type Citation } from './citation-params.js';
import { isGostCitation, renderGost } from './citation-gost.js';
import { citerefId, gostAnchor } from './citation-anchor.js';
import { isJapaneseStyle, renderJapaneseStyle } from './citations-ja.js';
import { citesByAuthorYear } from './references.js';
import { archivedUrl, wayback, webarchive } from './archive-links.js';

interface Words {
  /** Archive note; `orig`/`arch` mark the words that carry the links. */
  archived(date: string, orig: Inline[], arch: Inline[]): Inline[];
  accessed(date: string): Inline[];
  etAl: string;
  editors: string;
  /** Wrap a language name into the note printed after the citation. */
  language(name: string): string;
}

const WORDS: Record<UiLang, Words> = {
  zh: {
    archived: (date, orig, arch) => [text('（'), ...orig, ...arch, text(date ? `于${date}）` : '）')],
    accessed: (date) => [text(`[${date}]`)],
    etAl: '等',
    editors: ' (编)',
    language: (name) => `（${name}）`,
  },
  ja: {
    archived: (date, orig, arch) => [text(date ? `${date}時点の` : ''), ...orig, text('より'), ...arch, text('。')],
    accessed: (date) => [text(`${date}閲覧。`)],
    etAl: 'ほか',
    editors: ' 編',
    language: (name) => `(${name})`,
  },
  en: {
    archived: (date, orig, arch) => [...arch, text(' from '), ...orig, text(date ? ` on ${date}` : '')],
    accessed: (date) => [text(`Retrieved ${date}`)],
    etAl: 'et al.',
    editors: ' (ed.)',
    language: (name) => `(in ${name})`,
  },
  uk: {
    archived: (date, orig, arch) => [...arch, text(' '), ...orig, text(date ? ` за ${date}` : '')],
    accessed: (date) => [text(`Процитовано ${date}`)],
    etAl: 'та ін.',
    editors: ' (ред.)',
    language: (name) => `(${name})`,
  },
  ko: {
    archived: (date, orig, arch) => [...arch, text(' '), ...orig, text(date ? ` (${date})` : '')],
    accessed: (date) => [text(`${date}에 확인함`)],
    etAl: '외',
    editors: ' (편)',
    language: (name) => `(${name})`,
  },
};

/** Words of the archive note: which part links the original, which the archive copy. */
const ARCHIVE_WORDS: Record<UiLang, { orig: string; arch: string }> = {
  zh: { orig: '原始内容', arch: '存档' },
  ja: { orig: 'オリジナル', arch: 'アーカイブ' },
  en: { orig: 'the original', arch: 'Archived' },
  uk: { orig: 'оригіналу', arch: 'Архів' },
  ko: { orig: '원본 문서', arch: '보존된 사본' },
};

const TERMINAL = new Set(['.', '?', '!', '。', '？', '！', '」', '』']);

/**
 * Does the segment end a sentence already? Module:Citation/CS1 looks through the italics and
 * link brackets around a title (`''Title.''`, `[url Title.]`) before adding its ". ", so a title
 * ending in a full stop gets no second one.
 */
function endsTerminal(seg: Inline[]): boolean {
  const last = seg[seg.length - 1];
  if (!last) return false;
  if (last.type === 'emphasis' || last.type === 'strong' || last.type === 'externalLink' || last.type === 'wikiLink') return endsTerminal(last.children);
  if (last.type !== 'text') return false;
  const v = last.value;
  return v.length > 0 && TERMINAL.has(v[v.length - 1]!);
}

/** Join segments with ". " (or a space after a segment that already ends a sentence). */
function sentences(segs: Inline[][], lang: UiLang): Inline[] {
  const out: Inline[] = [];
  let prev: Inline[] | null = null;
  for (const s of segs) {
    if (s.length === 0) continue;
    if (prev) out.push(text(endsTerminal(prev) ? ' ' : '. '));
    out.push(...s);
    prev = s;
  }
  if (prev && !endsTerminal(prev) && lang !== 'ja') out.push(text('.'));
  return mergeText(out);
}

function authorList(c: Citation, lang: UiLang): Inline[] {
  const parts: Inline[] = [];
  c.authors.forEach((a, i) => {
    if (i > 0) parts.push(text('; '));
    parts.push(...a);
  });
  if (c.authorsTruncated) parts.push(text(lang === 'zh' || lang === 'ja' ? ' ' + WORDS[lang].etAl : '; ' + WORDS[lang].etAl));
  if (c.editors.length) {
    if (parts.length) parts.push(text('. '));
    c.editors.forEach((e, i) => {
      if (i > 0) parts.push(text('; '));
      parts.push(...e);
    });
    parts.push(text(WORDS[lang].editors));
  }
  return mergeText(parts);
}

/** The title, linked to where a reader should go (the archive copy when the original is dead). */
function titleNodes(c: Citation, lang: UiLang, quoted: boolean, italic: boolean): Inline[] {
  const href = c.linkUrl;
  let label = c.title ?? (href ? [text(c.url ?? href)] : null);
  if (!label) return [];
  if (href) label = unlink(label);
  let core: Inline[] = href ? [externalLink(href, label)] : label;
  if (italic && lang !== 'zh' && lang !== 'ja') core = [{ type: 'emphasis', children: core }];
  const out: Inline[] = [];
  if (quoted) out.push(text(lang === 'ja' ? '“' : '"'));
  out.push(...core);
  if (quoted) out.push(text(lang === 'ja' ? '”' : '"'));
  if (c.transTitle) out.push(text(` [${c.transTitle}]`));
  if (c.format) out.push(text(` (${c.format})`));
  return out;
}

function languageNote(c: Citation, lang: UiLang): string {
  if (!c.language) return '';
  const names: string[] = [];
  for (const raw of c.language.split(/[,，、;]/)) {
    const v = raw.trim();
    if (!v || isPageLanguage(v, lang)) continue;
    names.push(isLanguageCode(v) ? languageName(v, lang) ?? v : v);
  }
  if (!names.length) return '';
  return WORDS[lang].language(names.join(lang === 'zh' || lang === 'ja' ? '、' : ', '));
}

function archiveNote(c: Citation, lang: UiLang): Inline[] {
  if (!c.archiveUrl) return [];
  const w = ARCHIVE_WORDS[lang];
  // The live copy links from the words naming the other one, as the citation modules do.
  const orig: Inline[] = c.dead && c.url && !c.usurped ? [externalLink(c.url, [text(w.orig)])] : [text(w.orig)];
  const arch: Inline[] = c.dead ? [text(w.arch)] : [externalLink(c.archiveUrl, [text(w.arch)])];
  const date = c.archiveDate ? citationDate(c.archiveDate, lang) : '';
  return WORDS[lang].archived(date, orig, arch);
}

function identifiers(c: Citation): Inline[][] {
  const out: Inline[][] = [];
  if (c.isbn) out.push([text(`ISBN ${c.isbn}`)]);
  if (c.issn) out.push([text(`ISSN ${c.issn}`)]);
  if (c.oclc) out.push([text(`OCLC ${c.oclc}`)]);
  if (c.bibcode) out.push([text(`Bibcode:${c.bibcode}`)]);
  if (c.arxiv) out.push([text('arXiv:'), externalLink(`https://arxiv.org/abs/${c.arxiv}`, [text(c.arxiv)])]);
  if (c.doi) out.push([text('doi:'), externalLink(`https://doi.org/${c.doi}`, [text(c.doi)])]);
  if (c.jstor) out.push([text('JSTOR '), externalLink(`https://www.jstor.org/stable/${c.jstor}`, [text(c.jstor)])]);
  if (c.pmid) out.push([text('PMID '), externalLink(`https://pubmed.ncbi.nlm.nih.gov/${c.pmid}`, [text(c.pmid)])]);
  // CiNii's article and book records, linked as our {{NAID}} handler links them (identifiers.ts); the
  // label as text and the number linked, like the identifiers above. jawiki's module itself was not read.
  if (c.naid) out.push([text('NAID '), externalLink(`https://ci.nii.ac.jp/naid/${encodeURIComponent(c.naid)}`, [text(c.naid)])]);
  if (c.ncid) out.push([text('NCID '), externalLink(`https://ci.nii.ac.jp/ncid/${encodeURIComponent(c.ncid)}`, [text(c.ncid)])]);
  // Left unlinked: CS1 links it to an Amazon store chosen by `asin-tld`, but jawiki's module was not
  // read, so which store a ja citation without `asin-tld` goes to is not known.
  if (c.asin) out.push([text(`ASIN ${c.asin}`)]);
  return out;
}

/** "2005, 4 (2): 237–285" (zh); the volume/issue/pages tail after the date. */
/** `Location: Publisher`, either alone, or nothing (the same in every citation style). */
function locationAndPublisher(c: Citation): Inline[] {
  const p: Inline[] = [];
  if (c.location) p.push(text(c.location));
  if (c.location && c.publisher) p.push(text(': '));
  if (c.publisher) p.push(...c.publisher);
  return p;
}

function volumeTail(c: Citation, lang: UiLang): string {
  let s = '';
  if (c.volume) s += c.volume;
  if (c.issue) s += (s ? ' ' : '') + `(${c.issue})`;
  const pages = c.pages ?? c.page ?? c.at;
  if (pages) {
    // zhwiki's module puts the bare pages after the date ("2005: 237–285"); jawiki's CS1 says
    // "p. 38" like enwiki's, as bare "38" after the publisher reads as no page at all.
    if (lang === 'zh' || s) s += (s ? ': ' : '') + pages;
    // ukwiki's citation module writes "с." (сторінка) for one page and for a range.
    else if (lang === 'uk') s += (c.pages || c.page ? 'с. ' : '') + pages;
    else s += (c.pages ? 'pp. ' : c.page ? 'p. ' : '') + pages;
  }
  return s;
}

/**
 * Module:Citation/CS1 puts `others` ("Translated by …") before the title of an article in a journal,
 * and after the title, series and volume (before the edition and publisher) everywhere else.
 */
function othersLead(c: Citation): boolean {
  return c.kind === 'journal' && c.work !== null;
}

/** The book's length and print run, as ukwiki's книга shows them ("334 с.", "45 000 прим."). */
function bookExtent(c: Citation): Inline[][] {
  const out: Inline[][] = [];
  if (c.totalPages) out.push([text(`${c.totalPages} с.`)]);
  if (c.printRun) out.push([text(`${c.printRun} прим.`)]);
  return out;
}

const CYRILLIC = /[\u0400-\u04ff]/;

function isCyrillic(name: string): boolean {
  return CYRILLIC.test(name);
}

function renderCjk(c: Citation, lang: UiLang): Inline[] {
  const segs: Inline[][] = [];
  const authors = authorList(c, lang);
  const date = c.date ? citationDate(c.date, lang) : '';
  if (lang === 'ja') {
    if (authors.length) segs.push(date ? [...authors, text(` (${date})`)] : authors);
  } else if (authors.length) segs.push(authors);
  if (c.chapter) segs.push(lang === 'ja' ? [text('“'), ...c.chapter, text('”')] : c.chapter);
  if (c.others && othersLead(c)) segs.push(c.others);
  const title = titleNodes(c, lang, lang === 'ja' && c.kind !== 'book', false);
  const lnote = languageNote(c, lang);
  if (title.length) segs.push(lang === 'ja' && lnote ? [...title, text(' ' + lnote)] : title);
  if (c.work) segs.push(c.work);
  if (c.series) segs.push(c.series);
  if (c.others && !othersLead(c)) segs.push(c.others);
  if (c.edition) segs.push([text(c.edition)]);
  const place = locationAndPublisher(c);
  if (place.length) segs.push(place);
  const tail = volumeTail(c, lang);
  if (lang === 'zh') {
    // "2010-01-01, 4 (2): 12 [2011-07-25]" — date, volume and access date share one segment.
    let d = date;
    if (tail) d += d ? (c.volume || c.issue ? ', ' : ': ') + tail : tail;
    const seg: Inline[] = d ? [text(d)] : [];
    if (c.accessDate) seg.push(text(seg.length ? ' ' : ''), ...WORDS.zh.accessed(c.accessDate));
    if (seg.length) segs.push(mergeText(seg));
  } else {
    // jawiki's core template puts the date of an authorless web page or news story in brackets
    // after the publisher (or the work, or the title): "ナターシャ (2021年12月28日)."
    const last = segs[segs.length - 1];
    if (!authors.length && date) {
      if (last && lang === 'ja' && (c.kind === 'web' || c.kind === 'news')) segs[segs.length - 1] = [...last, text(` (${date})`)];
      else segs.push([text(date)]);
    }
    if (tail) segs.push([text(tail)]);
  }
  segs.push(...identifiers(c));
  if (c.quote) segs.push([text(lang === 'ja' ? '「' : '“'), ...c.quote, text(lang === 'ja' ? '」' : '”')]);
  const arch = archiveNote(c, lang);
  if (lang === 'ja') {
    const out = sentences(segs, lang);
    const tailNodes: Inline[] = [];
    if (arch.length) tailNodes.push(...arch);
    if (c.accessDate) tailNodes.push(...WORDS.ja.accessed(citationDate(c.accessDate, 'ja')));
    if (tailNodes.length) return mergeText([...out, text(out.length ? (endsTerminal(out) ? '' : '. ') : ''), ...tailNodes]);
    return out.length && !endsTerminal(out) ? mergeText([...out, text('.')]) : out;
  }
  if (arch.length) segs.push(arch);
  if (lnote) {
    const last = segs[segs.length - 1];
    if (last) segs[segs.length - 1] = [...last, text(' ' + lnote)];
  }
  return sentences(segs, lang);
}

function renderWestern(c: Citation, lang: UiLang, name: string): Inline[] {
  const segs: Inline[][] = [];
  const authors = authorList(c, lang);
  const date = c.date ?? '';
  if (authors.length) segs.push(date ? [...authors, text(` (${date})`)] : authors);
  const book = c.kind === 'book' || (!c.work && c.kind !== 'web' && c.kind !== 'news');
  if (c.chapter) segs.push([text('"'), ...c.chapter, text('"')]);
  if (c.others && othersLead(c)) segs.push(c.others);
  const title = titleNodes(c, lang, !book, book);
  const lnote = languageNote(c, lang);
  if (title.length) segs.push(lnote ? [...title, text(' ' + lnote)] : title);
  if (c.work) segs.push([{ type: 'emphasis', children: c.work }]);
  const gost = c.series && isCyrillic(name);
  // CS1 names the series after the title; ukwiki's книга/публікація put it in brackets after the pages.
  if (c.series && !gost) segs.push(c.series);
  if (c.others && !othersLead(c)) segs.push(c.others);
  if (c.edition) segs.push([text(c.edition)]);
  const place = locationAndPublisher(c);
  if (place.length) segs.push(place);
  if (!authors.length && date) segs.push([text(date)]);
  const tail = volumeTail(c, lang);
  if (tail) segs.push([text(tail)]);
  segs.push(...bookExtent(c));
  if (c.series && gost) segs.push([text('('), ...c.series, text(')')]);
  segs.push(...identifiers(c));
  const arch = archiveNote(c, lang);
  if (arch.length) segs.push(arch);
  if (c.accessDate) segs.push(WORDS[lang].accessed(c.accessDate));
  if (c.quote) segs.push([text('"'), ...c.quote, text('"')]);
  return sentences(segs, lang);
}

/** The citation handler: never empty when the call has a title, URL or work. */
export function citation(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const japanese = lang === 'ja' && isJapaneseStyle(call.args);
  const gost = lang === 'uk' && isGostCitation(call.name);
  const c = readCitation(call, ctx, japanese);
  const nodes =
    japanese
      ? renderJapaneseStyle(c, { archive: archiveNote(c, lang), ids: identifiers(c), languageNote: languageNote(c, lang) })
      : lang === 'zh' || lang === 'ja'
        ? renderCjk(c, lang)
        : gost
          ? renderGost(c, call, ctx, {
              identifiers: identifiers(c),
              archive: archiveNote(c, lang),
              accessed: c.accessDate ? WORDS.uk.accessed(c.accessDate) : [],
              languageNote: languageNote(c, lang),
            })
        : renderWestern(c, lang, call.name);
  const result = inlineOrDrop(oneLine(nodes));
  // `ref=Lewis1997` names the citation for `[[#Lewis1997|Lewis (1997)]]` (Harvard-style
  // references, common on jawiki); `ref=harv` / `ref=none` are CS1 switches, not names.
  // Without `ref=`, CS1 anchors the citation as `ref=harv` does (jawiki's older core template
  // only on request). The anchor is only wanted where {{sfn}} footnotes link to it: on pages that
  // cite by author and year, whose bibliography follows the text that cites it. ukwiki's GOST
  // templates are anchored only on request, at "CITEREF" + ref + year (citation-anchor.ts); their
  // `ref=harv` is CS1's switch too.
  const ref = plain(ctx, arg(call, ['ref'])).trim();
  const none = /^none$/i.test(ref);
  const harv = /^harv$/i.test(ref);
  const id =
    gost && !harv
      ? (none ? '' : gostAnchor(ref, call, ctx))
      : harv || (!ref && citesByAuthorYear(ctx))
        ? citerefId(call, ctx, !ref)
        : none ? '' : ref;
  if (result.kind === 'inline' && id) return { kind: 'inline', nodes: [anchorSpan(id), ...result.nodes] };
  return result;
}

// ───────────── registration ─────────────

const CITE_NAMES = [
  'Citation', 'Cite', 'Cite web', 'Cite news', 'Cite book', 'Cite journal', 'Cite press release', 'Cite conference',
  'Cite av media', 'Cite AV media notes', 'Cite report', 'Cite thesis', 'Cite encyclopedia', 'Cite magazine', 'Cite tweet',
  'Cite episode', 'Cite interview', 'Cite map', 'Cite serial', 'Cite speech', 'Cite sign', 'Cite mailing list',
  'Cite newsgroup', 'Cite podcast', 'Cite techreport', 'Cite arXiv', 'Cite document', 'Cite patent', 'Cite video',
  'Cite video game', 'Cite website', 'Cite newspaper', 'Cite paper', 'Cite dictionary', 'Cite periodical',
  'Citeweb', 'Citenews', 'Citebook', 'Citejournal', 'Cite-web', 'Web cite', 'Cite url', 'Cite Web', 'Vcite web',
  'Vcite book', 'Vcite journal', 'Cite web/ja', 'Cite news/ja', 'Cite book/ja', 'Cite journal/ja',
  // zh
  '引用网页', '網頁引用', '引用網頁', '网页引用', '引用新闻', '引用新聞', '新闻引用', '新聞引用', '引用书籍', '引用書籍',
  '书籍引用', '書籍引用', '引用期刊', '期刊引用', '引用论文', '引用論文', '引用网站', '引用網站',
  // ja
  'Cite web2', 'Cite news2', 'Cite book2', 'Cite journal2', 'Cite journal ja-jp', 'Cite book ja-jp', 'Cite web ja-jp',
  'Citation2', 'Cite wikisource',
  // uk
  'Книга', 'Література', 'Cite web 2', 'Cite news 2', 'Публікація', 'Стаття', 'Cite web uk', 'Джерело-стаття', 'Статья', 'Cite-web',
];

export const CITATION_ENTRIES: HandlerEntry[] = [
  { family: 'citation', names: CITE_NAMES, handler: citation },
  { family: 'archive', names: ['Webarchive', 'Web archive', 'Webcite', 'Archive.today'], handler: webarchive },
  { family: 'archive', names: ['ArchivedURL'], langs: ['uk'], handler: archivedUrl },
  { family: 'archive', names: ['Wayback', 'Waybackdate', 'Wayback Machine'], handler: wayback },
];

/** Any other `Cite xxx` behaves like a citation. */
export const CITATION_PATTERNS: PatternEntry[] = [{ family: 'citation', prefix: 'Cite ', handler: citation }];

