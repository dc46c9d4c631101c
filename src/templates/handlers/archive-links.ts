/**
 * Archive links: `{{Webarchive|url=…|date=…}}` and `{{Wayback|url=original|date=stamp}}` → the
 * archived copy's link in the words each wiki prints: zh `（页面存档备份，存于互联网档案馆）`,
 * ja `アーカイブ 2010年6月15日 - ウェイバックマシン` (jawiki's own `{{Wayback}}` has other
 * words, see jaWayback), en `Archived 2010-06-15 at the Wayback Machine`.
 */
import type { Inline } from '../../ast/nodes.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { citationDate } from '../datefmt.js';
import { arg, externalLink, inline, inlineOrDrop, plain, text, uiLang, type UiLang } from '../util.js';

const ARCHIVE_LABEL: Record<UiLang, (date: string) => string> = {
  zh: () => '页面存档备份',
  ja: (date) => (date ? `アーカイブ ${date}` : 'アーカイブ'),
  en: (date) => (date ? `Archived ${date}` : 'Archived'),
  uk: (date) => (date ? `Архівовано ${date}` : 'Архівовано'),
  ko: (date) => (date ? `${date} 보존됨` : '보존됨'),
};

const ARCHIVE_SUFFIX: Record<UiLang, string> = {
  zh: '，存于互联网档案馆',
  ja: ' - ウェイバックマシン',
  en: ' at the Wayback Machine',
  uk: ' у Wayback Machine',
  ko: ' - 웨이백 머신',
};

/** A Wayback timestamp, from the year alone to the second: `2010`, `20100615040949`. */
const WAYBACK_STAMP = /^\d{4,14}$/;

/** "20100615040949" → "2010-06-15" (Wayback timestamps). */
function waybackDate(stamp: string): string {
  if (stamp.length >= 8 && /^\d+$/.test(stamp)) return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
  return stamp;
}

function archiveLink(archiveUrl: string, date: string, lang: UiLang, title: Inline[]): Inline[] {
  const label = ARCHIVE_LABEL[lang](citationDate(date, lang));
  const link = externalLink(archiveUrl, [text(label)]);
  const out: Inline[] = [];
  if (title.length) out.push(...title, text(' '));
  if (lang === 'zh') out.push(text('（'), link, text(ARCHIVE_SUFFIX.zh + '）'));
  else out.push(link, text(ARCHIVE_SUFFIX[lang]));
  return out;
}

const URL1 = ['url', 'url1', '1'];
const DATE1 = ['date', 'date1', '2'];
const TITLE1 = ['title', 'title1', '3'];

export function webarchive(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const url = arg(call, URL1);
  if (!url) return { kind: 'drop' };
  const lang = uiLang(ctx);
  return inlineOrDrop(archiveLink(url, plain(ctx, arg(call, DATE1)), lang, inline(ctx, arg(call, TITLE1))));
}

/** `{{Wayback|url=original|date=20100615040949|title=…}}`: builds the archive URL itself. */
export function wayback(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const url = arg(call, URL1);
  if (!url) return { kind: 'drop' };
  const stamp = plain(ctx, arg(call, DATE1));
  const lang = uiLang(ctx);
  // Only a timestamp (4 to 14 digits) is a date; `date=*` or words ask for no copy in particular.
  const dated = WAYBACK_STAMP.test(stamp);
  const archived = `https://web.archive.org/web/${dated ? stamp : '*'}/${url}`;
  const date = dated ? waybackDate(stamp) : '';
  const title = inline(ctx, arg(call, TITLE1));
  if (lang === 'ja') return inlineOrDrop(jaWayback(archived, date, title, url));
  return inlineOrDrop(archiveLink(archived, date, lang, title));
}

/**
 * jawiki's own `{{Wayback}}` is not the English one: the title itself links the archived copy,
 * followed by " - ウェイバックマシン（2007年3月4日アーカイブ分）" (the form seen on pages rendered
 * from jawiki). Without a title the original address is the label: our choice, jawiki's template
 * text was not found, and MediaWiki's own label for an untitled `[url]`, a number ("[1]"), would
 * say nothing once the page's other links are gone.
 */
function jaWayback(archived: string, date: string, title: Inline[], url: string): Inline[] {
  const label = title.length ? title : [text(url)];
  const when = date ? `（${citationDate(date, 'ja')}アーカイブ分）` : '';
  return [externalLink(archived, label), text(` - ウェイバックマシン${when}`)];
}

/** An http(s) address, or one without a scheme (`//host/…`) as MediaWiki allows. */
const WEB_URL = /^(?:https?:)?\/\/[^\s/]/i;

/**
 * uk `{{ArchivedURL|https://archive.fo/…|14 жовтня 2019}}` (uk 0134): the archived copy, labelled
 * with its date; not the Wayback Machine's words, as the copy may be kept elsewhere.
 */
export function archivedUrl(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const url = arg(call, URL1)?.trim();
  // Only a web address is a link (the wiki's `[url label]` is none without a scheme): a bare
  // `archive.fo/x` would be written as a link relative to the mirror's page.
  if (!url || !WEB_URL.test(url)) return { kind: 'drop' };
  const lang = uiLang(ctx);
  return inlineOrDrop([externalLink(url, [text(ARCHIVE_LABEL[lang](citationDate(plain(ctx, arg(call, DATE1)), lang)))])]);
}
