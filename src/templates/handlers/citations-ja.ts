/**
 * jawiki's Japanese citation layout: `{{Cite book|和書|…}}` (and web/news/journal with 和書) go
 * through the wiki's Japanese core template instead of the CS1 one, which writes a citation the
 * way Japanese bibliographies do:
 *   book:    著者『書名』 1巻、出版社〈叢書〉、2007年、38頁。ISBN 978-…。
 *   article: 著者「記事名」『掲載誌』11巻1号、出版社、2018年、19-46頁。2020年1月1日閲覧。
 * Brackets take no 、 around them; the pieces after the title are joined by 、 and the citation
 * ends with 。 after each closing part (identifiers, archive note, access date).
 */
import type { Inline } from '../../ast/nodes.js';
import { citationDate } from '../datefmt.js';
import { externalLink, join, mergeText, text, unlink } from '../util.js';
import type { Citation } from './citation-params.js';

/** What the shared citation code works out and this layout places. */
export interface JapaneseParts {
  /** "2016年4月12日時点のオリジナルよりアーカイブ。" (ending in 。), or empty. */
  archive: Inline[];
  /** ISBN, ISSN, doi, … one segment each. */
  ids: Inline[][];
  /** "(英語)" after the title, or ''. */
  languageNote: string;
}

const DIGITS = /^[0-9０-９]+$/;
/** A page value that already says what it counts ("p. 38", "38頁", "3面", "pp.1-2"). */
const HAS_UNIT = /[頁面ページpP]|^[^0-9０-９]/;

/** `和書` as the first positional argument, or (vertical layout) as a parameter name. */
export function isJapaneseStyle(args: ReadonlyMap<string, string>): boolean {
  if (args.has('和書')) return true;
  for (const [k, v] of args) if (/^\d+$/.test(k) && v.trim() === '和書') return true;
  return false;
}

function pagesText(c: Citation): string {
  const p = c.pages ?? c.page;
  if (p) return HAS_UNIT.test(p) ? p : `${p}頁`;
  return c.at ?? '';
}

/** "11巻1号" for plain numbers; other values ("第11巻", "2015年度大会") as written. */
function volumeText(c: Citation): string {
  const v = c.volume ? (DIGITS.test(c.volume) ? `${c.volume}巻` : c.volume) : '';
  const i = c.issue ? (DIGITS.test(c.issue) ? `${c.issue}号` : c.issue) : '';
  return v && i && !DIGITS.test(c.issue) ? `${v} ${i}` : v + i;
}

function linkedTitle(c: Citation): Inline[] {
  const href = c.linkUrl;
  const label = c.title ?? (href ? [text(c.url ?? href)] : []);
  if (!label.length) return [];
  return href ? [externalLink(href, unlink(label))] : label;
}

export function renderJapaneseStyle(c: Citation, parts: JapaneseParts): Inline[] {
  const out: Inline[] = [];
  if (c.authors.length) {
    out.push(...join(c.authors, '、'));
    if (c.authorsTruncated) out.push(text('ほか'));
  }
  if (c.editors.length) {
    if (c.authors.length) out.push(text('、'));
    out.push(...join(c.editors, '、'), text(' 編'));
  }
  const title = linkedTitle(c);
  // A book is named in 『』 (a chapter of it in 「」 before); an article or web page in 「」
  // with the periodical or site it appeared in after it, in 『』.
  const book = c.kind === 'book' || (c.kind === 'other' && !c.work);
  if (c.chapter) out.push(text('「'), ...c.chapter, text('」'));
  if (title.length) out.push(text(book ? '『' : '「'), ...title, text(book ? '』' : '」'));
  if (c.transTitle) out.push(text(`［${c.transTitle}］`));
  if (parts.languageNote) out.push(text(parts.languageNote));
  if (c.work) out.push(text('『'), ...c.work, text('』'));
  const after: Inline[][] = [];
  const volume = volumeText(c);
  if (volume) after.push([text(volume)]);
  if (c.edition) after.push([text(c.edition)]);
  const place: Inline[] = [];
  if (c.location) place.push(text(c.location + '：'));
  if (c.publisher) place.push(...c.publisher);
  if (c.series) place.push(text('〈'), ...c.series, text('〉'));
  if (place.length) after.push(place);
  if (c.date) after.push([text(citationDate(c.date, 'ja'))]);
  const pages = pagesText(c);
  if (pages) after.push([text(pages)]);
  after.forEach((seg, i) => {
    // The first piece follows a closing bracket directly ("『書名』小学館"), a volume set off by a
    // space ("『書名』 1巻"); everything else is joined by 、.
    if (i > 0 || (out.length && !endsWithBracket(out))) out.push(text('、'));
    else if (out.length && volume) out.push(text(' '));
    out.push(...seg);
  });
  if (out.length) out.push(text('。'));
  for (const id of parts.ids) out.push(...id, text('。'));
  if (c.quote) out.push(text('「'), ...c.quote, text('」'));
  out.push(...parts.archive);
  if (c.accessDate) out.push(text(`${citationDate(c.accessDate, 'ja')}閲覧。`));
  return mergeText(out);
}

function endsWithBracket(nodes: Inline[]): boolean {
  const last = nodes[nodes.length - 1];
  if (!last || last.type !== 'text') return false;
  const ch = last.value[last.value.length - 1];
  return ch === '』' || ch === '」' || ch === '〉' || ch === '）' || ch === '］';
}
