/**
 * Hatnotes (`{{main}}`, `{{see also}}`, `{{further}}`, `{{distinguish}}`, `{{about}}`,
 * `{{otheruses}}`, `{{redirect}}` …) → a short italic paragraph in the page language with the
 * links kept: zh `主条目：[[X]]、[[Y]]`, en `Main article: [[X]]`, ja `詳細は「[[X]]」を参照`.
 */
import type { Block, Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { arg, DROP, inline, mergeText, needsParse, paragraph, plain, pos, text, uiLang, wikiLink, type UiLang } from '../util.js';

/** A hatnote: one italic paragraph. */
export function hatnote(nodes: Inline[]): TemplateResult {
  const block: Block = paragraph([{ type: 'emphasis', children: mergeText(nodes) }]);
  return { kind: 'block', nodes: [block] };
}

/**
 * Page arguments 1..n with their `l1=`/`label 1=` display labels. A page written with its own
 * label, `{{see also|X#Y{{!}}Label}}`, links to X#Y under Label, as the wiki shows it.
 */
function pages(call: TemplateCall, ctx: TemplateContext, from = 1): Inline[][] {
  const out: Inline[][] = [];
  for (let i = from; i < from + 15; i++) {
    const raw = pos(call, i);
    // A page written as links already (jawiki `{{Main|{{仮リンク|X|en|Y}}}}`, `{{main|[[:en:Z|…]]}}`)
    // shows those links: a link made of their text would lead to a page that does not exist.
    const written = raw !== undefined && needsParse(raw) ? inline(ctx, raw) : null;
    if (written && written.some(isLink)) {
      out.push(written);
      continue;
    }
    let target = plain(ctx, raw);
    const bar = target.indexOf('|');
    let piped: string | undefined;
    if (bar >= 0) {
      piped = target.slice(bar + 1).trim() || undefined;
      target = target.slice(0, bar).trim();
    }
    if (!target) {
      if (!call.args.has(String(i + 1))) break;
      continue;
    }
    const n = i - from + 1;
    const label = arg(call, [`l${n}`, `label ${n}`, `label${n}`]) ?? piped;
    out.push([wikiLink(ctx, target, label ? inline(ctx, label) : undefined)]);
  }
  return out;
}

function isLink(n: Inline): boolean {
  return n.type === 'wikiLink' || n.type === 'externalLink';
}

/** "A、B" / "A, B and C" / "「A」、「B」". */
function list(links: Inline[][], lang: UiLang, quoteCjk: boolean): Inline[] {
  const out: Inline[] = [];
  links.forEach((l, i) => {
    if (i > 0) {
      if (lang === 'zh' || lang === 'ja') out.push(text('、'));
      else if (lang === 'en' && i === links.length - 1) out.push(text(links.length > 2 ? ', and ' : ' and '));
      else out.push(text(', '));
    }
    if (quoteCjk && (lang === 'zh' || lang === 'ja')) out.push(text('「'), ...l, text('」'));
    else out.push(...l);
  });
  return out;
}

interface ListHatnote {
  zh: string;
  en: (many: boolean) => string;
  uk: string;
  ko: string;
  /** ja wraps the list: 詳細は「A」を参照 */
  ja: [string, string];
}

function listHatnote(words: ListHatnote): TemplateHandler {
  return (call, ctx) => {
    const links = pages(call, ctx);
    if (!links.length) return DROP;
    const lang = uiLang(ctx);
    switch (lang) {
      case 'zh':
        return hatnote([text(words.zh), ...list(links, lang, false)]);
      case 'ja':
        return hatnote([text(words.ja[0]), ...list(links, lang, true), text(words.ja[1])]);
      case 'uk':
        return hatnote([text(words.uk), ...list(links, lang, false)]);
      case 'ko':
        return hatnote([text(words.ko), ...list(links, lang, false)]);
      default:
        return hatnote([text(words.en(links.length > 1)), ...list(links, lang, false)]);
    }
  };
}

const MAIN: ListHatnote = { zh: '主条目：', ja: ['詳細は', 'を参照'], en: (m) => (m ? 'Main articles: ' : 'Main article: '), uk: 'Докладніше: ', ko: '본문: ' };
const SEE_ALSO: ListHatnote = { zh: '参见：', ja: ['', 'も参照'], en: () => 'See also: ', uk: 'Див. також: ', ko: '같이 보기: ' };
const FURTHER: ListHatnote = { zh: '延伸阅读：', ja: ['さらに詳しい情報は', 'を参照'], en: () => 'Further information: ', uk: 'Детальніше: ', ko: '더 많은 정보: ' };
const DETAILS: ListHatnote = { zh: '详细信息：', ja: ['詳細は', 'を参照'], en: () => 'For more details on this topic, see ', uk: 'Детальніше: ', ko: '자세한 내용: ' };
const SEE: ListHatnote = { zh: '参见', ja: ['', 'を参照'], en: () => 'See ', uk: 'Див. ', ko: '참조: ' };

/** `{{distinguish|A|B}}` → zh "不要与[[A]]、[[B]]混淆。" */
function distinguish(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const links = pages(call, ctx);
  const textArg = arg(call, ['text']);
  if (!links.length && !textArg) return DROP;
  const lang = uiLang(ctx);
  const what = links.length ? list(links, lang, lang === 'ja') : inline(ctx, textArg);
  switch (lang) {
    case 'zh':
      return hatnote([text('不要与'), ...what, text('混淆。')]);
    case 'ja':
      return hatnote([...what, text('とは異なります。')]);
    case 'uk':
      return hatnote([text('Не плутати з '), ...what, text('.')]);
    default:
      return hatnote([text('Not to be confused with '), ...what, text('.')]);
  }
}

function baseTitle(ctx: TemplateContext): string {
  return ctx.title;
}

const DISAMBIG: Record<UiLang, string> = { zh: ' (消歧义)', ja: ' (曖昧さ回避)', en: ' (disambiguation)', uk: ' (значення)', ko: ' (동음이의)' };

/** "关于X，请见「Y」。" / "For X, see Y." */
function forSentence(use: Inline[], target: Inline[], lang: UiLang): Inline[] {
  switch (lang) {
    case 'zh':
      return use.length ? [text('关于'), ...use, text('，请见「'), ...target, text('」。')] : [text('其他用法请见「'), ...target, text('」。')];
    case 'ja':
      return use.length ? [...use, text('については「'), ...target, text('」をご覧ください。')] : [text('その他の用法については「'), ...target, text('」をご覧ください。')];
    case 'uk':
      return use.length ? [text('Про '), ...use, text(' див. '), ...target, text('.')] : [text('Інші значення: '), ...target, text('.')];
    default:
      return use.length ? [text('For '), ...use, text(', see '), ...target, text('.')] : [text('For other uses, see '), ...target, text('.')];
  }
}

function disambigLink(ctx: TemplateContext, lang: UiLang, base?: string, label?: string): Inline {
  const title = base ?? baseTitle(ctx);
  // ukwiki's `{{Значення|1687 (значення)}}` names the disambiguation page itself: no second suffix.
  return wikiLink(ctx, title.endsWith(DISAMBIG[lang]) ? title : title + DISAMBIG[lang], label ? [text(label)] : undefined);
}

/** `X{{!}}Label` (a bar from an expanded `{{!}}`) → page X shown as Label, as `[[{{{1}}}]]` would. */
function splitPiped(value: string): { page: string; label?: string } {
  const bar = value.indexOf('|');
  if (bar < 0) return { page: value };
  return { page: value.slice(0, bar).trim(), label: value.slice(bar + 1).trim() || undefined };
}

/** `{{about|desc|use2|page2|use3|page3}}`. */
function about(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const out: Inline[] = [];
  const desc = inline(ctx, pos(call, 1));
  if (desc.length) {
    if (lang === 'zh') out.push(text('本条目介绍的是'), ...desc, text('。'));
    else if (lang === 'ja') out.push(text('この項目では、'), ...desc, text('について説明しています。'));
    else if (lang === 'uk') out.push(text('Ця стаття про '), ...desc, text('. '));
    else out.push(text('This article is about '), ...desc, text('. '));
  }
  let any = false;
  for (let i = 2; i < 12; i += 2) {
    const use = inline(ctx, pos(call, i));
    const page = plain(ctx, pos(call, i + 1));
    if (!use.length && !page) continue;
    any = true;
    const target = page ? wikiLink(ctx, page) : disambigLink(ctx, lang);
    out.push(...forSentence(use, [target], lang));
    if (lang !== 'zh' && lang !== 'ja') out.push(text(' '));
  }
  if (!any) out.push(...forSentence([], [disambigLink(ctx, lang)], lang));
  return hatnote(trimEnd(out));
}

/** `{{for|use|page1|page2}}`. */
function forHatnote(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const use = inline(ctx, pos(call, 1));
  const links = pages(call, ctx, 2);
  const targets = links.length ? list(links, lang, false) : [disambigLink(ctx, lang)];
  return hatnote(forSentence(use, targets, lang));
}

/** ja `{{別人|鳥山晃}}` → "「鳥山晃」とは別人です。" (a person of a similar name). */
function differentPerson(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const links = pages(call, ctx);
  if (!links.length) return DROP;
  return hatnote([...list(links, 'ja', true), text('とは別人です。')]);
}

/** `{{otheruses}}`, `{{otheruses|subject}}` → "For other uses, see X (disambiguation)." */
function otheruses(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  if (lang === 'zh' && (call.args.has('subject') || call.args.has('other'))) return zhOtherusesDescribed(call, ctx);
  const page = splitPiped(plain(ctx, arg(call, ['other', '2', 'page'])));
  const { page: subject, label } = splitPiped(plain(ctx, arg(call, ['subject', '1', 'title'])));
  const target = page.page
    ? wikiLink(ctx, page.page, page.label ? [text(page.label)] : undefined)
    : disambigLink(ctx, lang, subject || undefined, label);
  if (lang === 'zh') {
    const name = subject || baseTitle(ctx);
    return hatnote([text(`关于与「${name}」标题相近或相同的条目，请见「`), target, text('」。')]);
  }
  return hatnote(forSentence([], [target], lang));
}

/**
 * uk `{{Otheruses|Сторінка}}`, `{{Значення|…}}`, `{{Інші значення|…}}`: the argument is the page of
 * meanings itself, whatever it is called (`{{Otheruses|База}}`, `{{Otheruses|Довжина (фонетика)}}`);
 * only without one is it "<this page> (значення)".
 */
function ukOtheruses(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const { page, label } = splitPiped(plain(ctx, arg(call, ['1', 'page'])));
  const target = page ? wikiLink(ctx, page, label ? [text(label)] : undefined) : disambigLink(ctx, 'uk');
  return hatnote(forSentence([], [target], 'uk'));
}

/**
 * uk `{{Othernames|Прізвище}}`, `{{однофамільці|Прізвище}}`, `{{Othernames|Расселл (прізвище)|Расселл}}`:
 * the page listing the other people with this surname (the 2nd argument is the surname shown).
 */
function ukNamesakes(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const { page, label } = splitPiped(plain(ctx, arg(call, ['1'])));
  const target = page || baseTitle(ctx).split(' ')[0]!;
  const name = plain(ctx, arg(call, ['2'])) || label || target.replace(/ \([^)]*\)$/, '');
  return hatnote([text('У Вікіпедії є статті про інших людей із прізвищем '), wikiLink(ctx, target, [text(name)]), text('.')]);
}

/**
 * uk `{{otherpersons|Шевченко Тарас (значення){{!}}Шевченко Тарас}}` (uk 0099, dropped): the other
 * people of the same name. Worded by us ("Про інших людей з таким ім'ям див. …"); without an
 * argument, the page's title with " (значення)".
 */
function ukOtherPersons(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const { page, label } = splitPiped(plain(ctx, arg(call, ['1'])));
  const target = page || `${baseTitle(ctx)} (значення)`;
  const name = label || target.replace(/ \([^)]*\)$/, '');
  return hatnote([text('Про інших людей з таким ім\'ям див. '), wikiLink(ctx, target, [text(name)]), text('.')]);
}

/**
 * zh `{{Otheruses|subject=本条目的主题|other=其他用法|歌劇魅影 (消歧義)}}`: subject and other describe
 * this page and the other uses (they are no page names); the first positional argument (or
 * `title`) is the page to see → "本条目介绍的是…。关于…，请见「歌劇魅影 (消歧義)」。"
 */
function zhOtherusesDescribed(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const subject = inline(ctx, arg(call, ['subject']));
  const other = inline(ctx, arg(call, ['other']));
  const { page, label } = splitPiped(plain(ctx, arg(call, ['1', 'title', 'page'])));
  const target = page ? wikiLink(ctx, page, label ? [text(label)] : undefined) : disambigLink(ctx, 'zh');
  const out: Inline[] = subject.length ? [text('本条目介绍的是'), ...subject, text('。')] : [];
  out.push(...forSentence(other.length ? other : [text('其他用法')], [target], 'zh'));
  return hatnote(out);
}

/**
 * zh `{{Other uses list|本条目的主题|用法2|页面2|用法3|页面3…}}` → "此条目的主题是…。关于用法2，请见「页面2」。…"
 * (the template lists each pair on its own line; an empty use reads 其他用法).
 */
function zhOtherUsesList(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const subject = inline(ctx, arg(call, ['subject', '1']));
  const out: Inline[] = subject.length ? [text('此条目的主题是'), ...subject, text('。')] : [];
  for (let i = 2; i < 30; i += 2) {
    const { page, label } = splitPiped(plain(ctx, pos(call, i + 1)));
    if (!page) continue;
    const use = inline(ctx, pos(call, i));
    out.push(...forSentence(use.length ? use : [text('其他用法')], [wikiLink(ctx, page, label ? [text(label)] : undefined)], 'zh'));
  }
  return out.length ? hatnote(out) : DROP;
}

/** `{{redirect|R|use|page}}` → "「R」重定向至此。关于use，请见「page」。" */
function redirect(count: number): TemplateHandler {
  return (call, ctx) => {
    const lang = uiLang(ctx);
    const names: string[] = [];
    for (let i = 1; i <= count; i++) {
      const n = plain(ctx, pos(call, i));
      if (n) names.push(n);
    }
    if (!names.length) return DROP;
    const out: Inline[] = [];
    const quoted = names
      .map((n) => (lang === 'zh' || lang === 'ja' ? `「${n}」` : lang === 'uk' ? `«${n}»` : `"${n}"`))
      .join(lang === 'zh' || lang === 'ja' ? '和' : lang === 'uk' ? ' і ' : ' and ');
    if (lang === 'zh') out.push(text(`${quoted}重定向至此。`));
    else if (lang === 'ja') out.push(text(`${quoted}はこの項目へ転送されています。`));
    else if (lang === 'uk') out.push(text(`${quoted} перенаправляє сюди. `));
    else out.push(text(`${quoted} redirect${names.length > 1 ? '' : 's'} here. `));
    let any = false;
    // Up to 20 use/page pairs (jawiki {{Redirectlist}} lists many).
    for (let i = count + 1; i < count + 41; i += 2) {
      const use = inline(ctx, pos(call, i));
      const page = plain(ctx, pos(call, i + 1));
      if (!use.length && !page) continue;
      any = true;
      out.push(...forSentence(use, [page ? wikiLink(ctx, page) : disambigLink(ctx, lang, names[0])], lang));
    }
    if (!any) out.push(...forSentence([], [disambigLink(ctx, lang, names[0])], lang));
    return hatnote(trimEnd(out));
  };
}

/** ja `{{Main2|topic|page}}` → "topicについては「page」を参照". */
function main2(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const lang = uiLang(ctx);
  const topic = inline(ctx, pos(call, 1));
  const page = plain(ctx, pos(call, 2)) || plain(ctx, pos(call, 1));
  if (!page) return DROP;
  const link = wikiLink(ctx, page);
  if (lang === 'ja') return hatnote([...topic, text('については「'), link, text('」を参照')]);
  return hatnote(forSentence(topic, [link], lang));
}

/** `{{hatnote|free text}}`. */
function freeHatnote(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, arg(call, ['1', 'text']));
  return body.length ? hatnote(body) : DROP;
}

function trimEnd(nodes: Inline[]): Inline[] {
  const last = nodes[nodes.length - 1];
  if (last && last.type === 'text' && last.value.endsWith(' ')) nodes[nodes.length - 1] = text(last.value.trimEnd());
  return nodes;
}

export const HATNOTE_ENTRIES: HandlerEntry[] = [
  { family: 'hatnote', names: ['Main', 'Main article', 'Mainarticle', '主条目', '主條目', '主要条目', '主要條目', '主題目', '詳細', '詳細記事', 'Основна стаття', 'Докладно', 'Докладніше', 'Детальніше', '본문'], handler: listHatnote(MAIN) },
  { family: 'hatnote', names: ['See also', 'Seealso', 'See Also', 'Also', '参见', '參見', '另见', '另見', '参看', '參看', '関連項目', 'Див. також', 'Дивись також', 'Дивіться також', '같이 보기'], handler: listHatnote(SEE_ALSO) },
  // jawiki `{{関連記事|哲人王_(プラトン)|哲人政治}}` under a heading (ja 0047, 0069, dropped): a related-articles note.
  { family: 'hatnote', names: ['関連記事'], langs: ['ja'], handler: listHatnote(SEE_ALSO), traits: { fallbackOnly: true } },
  { family: 'hatnote', names: ['Further', 'Further information', 'Furtherinfo', '延伸阅读', '延伸閱讀', '进一步信息', '進一步信息'], handler: listHatnote(FURTHER) },
  { family: 'hatnote', names: ['Details', 'Details3', '详细信息', '詳細信息'], handler: listHatnote(DETAILS) },
  { family: 'hatnote', names: ['See', 'Див.', 'Див', 'Otheruses-2'], handler: listHatnote(SEE) },
  { family: 'hatnote', names: ['別人'], langs: ['ja'], handler: differentPerson },
  { family: 'hatnote', names: ['Distinguish', 'Distinguish2', 'Confused', 'Not to be confused with', '勿与混淆', '勿與混淆', '不是', '混同', 'Не плутати'], handler: distinguish },
  { family: 'hatnote', names: ['About', '关于', '關於', 'Про'], handler: about },
  { family: 'hatnote', names: ['Hatnote', 'Dablink', 'Rellink', 'Hatnote inline', '提示框'], handler: freeHatnote },
  { family: 'hatnote', names: ['For', 'For2', 'Other uses of'], handler: forHatnote },
  // ja's {{Otheruses|this|use2|page2|…}} reads like en's {{About}}.
  { family: 'hatnote', names: ['Otheruses', '他の用法', 'Otheruseslist'], langs: ['ja'], handler: about },
  { family: 'hatnote', names: ['Other uses list', 'Otheruseslist', 'Otheruses list'], langs: ['zh'], handler: zhOtherUsesList },
  { family: 'hatnote', names: ['Otheruses', 'Other uses', 'Значення', 'Інші значення'], langs: ['uk'], handler: ukOtheruses },
  { family: 'hatnote', names: ['Othernames', 'Однофамільці'], langs: ['uk'], handler: ukNamesakes },
  { family: 'hatnote', names: ['Otherpersons', 'Other persons'], langs: ['uk'], handler: ukOtherPersons },
  { family: 'hatnote', names: ['Otheruses', 'Other uses', 'Otheruses4', 'Other uses2', 'Otheruse', '他の用法', 'Значення', 'Інші значення', 'Othernames'], handler: otheruses },
  { family: 'hatnote', names: ['Redirect', 'Redirect1', 'Redirect-distinguish', '重定向', 'Redirectlist'], handler: redirect(1) },
  { family: 'hatnote', names: ['Redirect2'], handler: redirect(2) },
  { family: 'hatnote', names: ['Redirect3'], handler: redirect(3) },
  { family: 'hatnote', names: ['Main2'], handler: main2 },
];
