/**
 * Citations of court decisions, official acts and gazettes whose parameters name each part, so
 * the citation can be written out although the templates' own text is in no dump:
 * jawiki `{{Cite 判例検索システム}}` (the Courts of Japan's judgment search), ukwiki
 * `{{Відомості ВР УРСР}}` (the Ukrainian SSR parliament's gazette), and ukwiki's acts on
 * zakon.rada.gov.ua (`{{Постанова ВРУ}}`, `{{УПУ}}`, `{{ЗУ}}`). Inside a `<ref>` an unknown
 * call became a link to the template's page, and every part the call names was lost (ja 0064's
 * four judgments, uk 0100's two decrees).
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { citationDate } from '../datefmt.js';
import { arg, DROP, externalLink, inline, inlineResult, plain, pos, text, unlink } from '../util.js';

const WEB_URL = /^https?:\/\/\S+$/i;

/** The named argument `key`, as plain text, trimmed. */
function trimmedArg(ctx: TemplateContext, call: TemplateCall, key: string): string {
  return plain(ctx, arg(call, [key])).trim();
}

/** "08" → "8". */
function withoutLeadingZeros(s: string): string {
  return s.replace(/^0+(?=\d)/, '');
}

/** "2011", "08", "8" → "2011年8月8日"; an era year ("平成16") is written as given. */
function judgmentDate(year: string, month: string, day: string): string {
  if (!year) return '';
  return `${year}年${month ? `${withoutLeadingZeros(month)}月` : ''}${month && day ? `${withoutLeadingZeros(day)}日` : ''}`;
}

/** `label` linking `url` when that is a web address, else `label` as it is. */
function linkedIfWeb(url: string, label: Inline[]): Inline[] {
  return WEB_URL.test(url) ? [externalLink(url, unlink(label))] : label;
}

/**
 * `{{Cite 判例検索システム|事件名=…|裁判所=最高裁判所|法廷=第一小法廷|裁判形式=判決|裁判年=2011|
 * 裁判月=12|裁判日=08|事件番号=平成21(受)602|全文URI=…|検索結果詳細画面URI=…|閲覧日時=…}}` →
 * "最高裁判所第一小法廷判決 2011年12月8日 平成21(受)602『[著作権侵害差止等請求事件](全文)』 -
 * [裁判所 裁判例検索](詳細)（2011年12月9日閲覧）": the court and form, the date, the case
 * number and name as Japanese legal citations give them; the name (else the number, else the
 * court) links the full text. The order and words are ours: jawiki's template text was not found.
 */
function japaneseJudgment(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const court = inline(ctx, arg(call, ['裁判所']));
  const head: Inline[] = [...unlink(court), text(trimmedArg(ctx, call, '法廷') + trimmedArg(ctx, call, '裁判形式'))];
  const date = judgmentDate(trimmedArg(ctx, call, '裁判年'), trimmedArg(ctx, call, '裁判月'), trimmedArg(ctx, call, '裁判日'));
  const number = trimmedArg(ctx, call, '事件番号');
  const name = inline(ctx, arg(call, ['事件名']));
  if (!court.length && !number && !name.length) return DROP;
  const full = trimmedArg(ctx, call, '全文URI');
  const detail = trimmedArg(ctx, call, '検索結果詳細画面URI');
  // With neither a name nor a number, the court and form link the full text, which would be lost otherwise.
  const out: Inline[] = name.length || number ? [...head] : linkedIfWeb(full, head);
  if (date) out.push(text(` ${date}`));
  if (name.length) {
    if (number) out.push(text(` ${number}`));
    out.push(text('『'), ...linkedIfWeb(full, name), text('』'));
  } else if (number) {
    out.push(text(' '), ...linkedIfWeb(full, [text(number)]));
  }
  if (WEB_URL.test(detail)) out.push(text(' - '), externalLink(detail, [text('裁判所 裁判例検索')]));
  const seen = trimmedArg(ctx, call, '閲覧日時');
  if (seen) out.push(text(`（${citationDate(seen, 'ja')}閲覧）`));
  return inlineResult(out);
}

/**
 * `{{Відомості ВР УРСР|Назва=Про скасування …|від=11 серпня 1948 р.|рік=1948|№=5 (30 серпня)|стор.=14}}`
 * → "«Про скасування …» від 11 серпня 1948 р. // Відомості Верховної Ради Української РСР. — 1948.
 * — № 5 (30 серпня). — С. 14.", in the bibliographic style of uk references. The wording and order
 * are ours: ukwiki's template text was not found.
 */
function ukrSsrGazette(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const title = inline(ctx, arg(call, ['Назва', 'назва']));
  const date = trimmedArg(ctx, call, 'від');
  const year = trimmedArg(ctx, call, 'рік');
  const issue = trimmedArg(ctx, call, '№');
  const page = trimmedArg(ctx, call, 'стор.') || trimmedArg(ctx, call, 'стор');
  if (!title.length && !year && !issue) return DROP;
  const out: Inline[] = [];
  if (title.length) out.push(text('«'), ...title, text('»'));
  if (date) out.push(text(`${title.length ? ' ' : ''}від ${date}`));
  if (out.length) out.push(text(' // '));
  const parts = ['Відомості Верховної Ради Української РСР', year, issue && `№ ${issue}`, page && `С. ${page}`].filter(Boolean);
  out.push(text(parts.join('. — ') + '.'));
  return inlineResult(out);
}

/**
 * uk `{{Постанова ВРУ|14/94-ВР|18 травня 1994|Про Голову Верховної Ради України}}` → the
 * resolution's title linked to its text on the parliament's site, with its date and number.
 */
function resolution(call: TemplateCall, ctx: TemplateContext, act: string): TemplateResult {
  const number = plain(ctx, pos(call, 1));
  const date = plain(ctx, pos(call, 2));
  const title = plain(ctx, pos(call, 3));
  if (!number && !title) return DROP;
  const name = `${act}${title ? ` «${title}»` : ''}`;
  const shown: Inline[] = number ? [externalLink(`https://zakon.rada.gov.ua/laws/show/${number.toLowerCase().split('/').map(encodeURIComponent).join('/')}`, [text(name)])] : [text(name)];
  const tail = [date && `від ${date}`, number && `№ ${number}`].filter(Boolean).join(' ');
  return inlineResult(tail ? [...shown, text(' ' + tail)] : shown);
}

const resolutionOfParliament: TemplateHandler = (call, ctx) => resolution(call, ctx, 'Постанова Верховної Ради України');
const presidentialDecree: TemplateHandler = (call, ctx) => resolution(call, ctx, 'Указ Президента України');
const law: TemplateHandler = (call, ctx) => resolution(call, ctx, 'Закон України');

export const LAW_REPORT_ENTRIES: HandlerEntry[] = [
  { family: 'citation', names: ['Cite 判例検索システム'], langs: ['ja'], handler: japaneseJudgment, traits: { fallbackOnly: true } },
  { family: 'citation', names: ['Відомості ВР УРСР'], langs: ['uk'], handler: ukrSsrGazette, traits: { fallbackOnly: true } },
  { family: 'citation', names: ['Постанова ВРУ'], langs: ['uk'], handler: resolutionOfParliament },
  { family: 'citation', names: ['УПУ', 'Указ Президента України'], langs: ['uk'], handler: presidentialDecree },
  // `{{ЗУ|80/94-ВР|05.07.1994|Про захист інформації …}}` (uk 0072): a law, cited as the resolutions are.
  { family: 'citation', names: ['ЗУ'], langs: ['uk'], handler: law, traits: { fallbackOnly: true } },
];
