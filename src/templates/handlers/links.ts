/**
 * Link templates: interlanguage helpers that link the local article (zh `{{link-en|中文|English}}`,
 * `{{tsl}}`, `{{le}}`, en `{{ill}}`, ja `{{仮リンク}}`, uk `{{нп}}`), and external-link helpers
 * (`{{official website}}`, `{{IMDb title}}`, `{{URL}}`, ja `{{ISBN2}}`, `{{Kotobank}}`). The marks
 * after a cited file's link and ja's JACAR citation are in source-marks.ts.
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { languageName } from '../languages.js';
import { parseTitle, urlPathEncode } from '../../site/titles.js';
import { arg, DROP, externalLink, inline, inlineResult, isYes, join, plain, pos, positionals, text, uiLang, wikiLink, type UiLang } from '../util.js';

/**
 * A link to the local article `target`, shown as `label` (or the local title). Takes the titles
 * already rendered (`plain`), so that each caller renders an argument once: rendering it twice
 * per level made nested calls (`{{ja-link|{{ja-link|…}}|y}}`) take exponential time.
 */
function localLink(ctx: TemplateContext, target: string, label: string | undefined, foreignLang?: string, f?: string): TemplateResult {
  if (target) return inlineResult([wikiLink(ctx, target, label ? inline(ctx, label) : undefined)]);
  // No local title: link the other wiki's article.
  if (f && foreignLang) return inlineResult([wikiLink(ctx, `${foreignLang}:${f}`, inline(ctx, label ?? f))]);
  return label ? inlineResult(inline(ctx, label)) : DROP;
}

/**
 * zh's interlanguage link helpers show "（英语：Foreign）" after the local link while the local
 * article is missing (their #ifexist), the foreign title linking the other wiki. Only a mirror
 * knows whether it is missing (TemplateContext.pageExists); one page on its own keeps the link alone.
 */
function zhLocalLink(ctx: TemplateContext, local: string | undefined, label: string | undefined, foreignLang: string, foreign: string | undefined): TemplateResult {
  const target = plain(ctx, local);
  const f = plain(ctx, foreign);
  const result = localLink(ctx, target, label, foreignLang, f);
  if (result.kind !== 'inline' || !target || !f || !foreignLang || ctx.pageExists?.(target) !== false) return result;
  const name = languageName(foreignLang.toLowerCase(), 'zh') ?? foreignLang;
  return inlineResult([...result.nodes, text(`（${name}：`), wikiLink(ctx, `:${foreignLang.toLowerCase()}:${f}`, [text(f)]), text('）')]);
}

/** zh `{{link-en|中文名|English name|显示文字}}` (and link-ja, link-de, …), `{{le}}`. */
function linkLang(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const key = call.name.toLowerCase();
  const code = key.startsWith('link-') ? key.slice(5) : key.endsWith('-link') ? key.slice(0, -5) : 'en';
  if (call.args.has('zh') || call.args.has('lang-title')) {
    // {{Link-interwiki|zh=…|lang=en|lang-title=…|anchor-text=…}}
    return zhLocalLink(ctx, arg(call, ['zh']), arg(call, ['anchor-text', 'label']), plain(ctx, arg(call, ['lang'])), arg(call, ['lang-title']));
  }
  return zhLocalLink(ctx, pos(call, 1), pos(call, 3), code === 'jp' ? 'ja' : code, pos(call, 2));
}

/** zh `{{tsl|en|Foreign title|本地标题|显示}}`. */
function tsl(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return zhLocalLink(ctx, pos(call, 3), pos(call, 4), plain(ctx, pos(call, 1)), pos(call, 2));
}

/**
 * en `{{ill|Local|de|German title|fr|French title|lt=label|WD=Q1}}`: while the local article is
 * missing enwiki shows the local link, then "[de; fr; d]" in superscript, each code linking that
 * wiki's article (a foreign title left empty is the local one; `WD=` adds Wikidata's "d"). Once
 * the local article exists, the local link alone unless `preserve=`. Only a mirror knows
 * (TemplateContext.pageExists); one page on its own keeps the local link alone.
 */
function ill(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  // Each positional rendered at most once: the second was rendered for the local link and again
  // as the first language code, so `{{ill|A|{{ill|A|…}}|F}}` doubled per level in a mirror.
  const rendered = new Map<number, string>();
  const at = (i: number): string => {
    let v = rendered.get(i);
    if (v === undefined) rendered.set(i, (v = plain(ctx, pos(call, i))));
    return v;
  };
  const target = at(1);
  const local = localLink(ctx, target, arg(call, ['lt', 'label']), at(2), target ? undefined : at(3));
  if (local.kind !== 'inline' || !target) return local;
  const exists = ctx.pageExists?.(target) ?? null;
  if (exists === null || (exists && !plain(ctx, arg(call, ['preserve'])))) return local;
  const marks: Inline[] = [];
  for (let i = 2; ; i += 2) {
    const code = at(i).toLowerCase();
    if (!code) break;
    if (marks.length) marks.push(text('; '));
    marks.push(wikiLink(ctx, `:${code}:${at(i + 1) || target}`, [text(code)]));
  }
  const wd = plain(ctx, arg(call, ['WD', 'wd']));
  if (wd) {
    if (marks.length) marks.push(text('; '));
    marks.push(wikiLink(ctx, `:d:${wd}`, [text('d')]));
  }
  if (!marks.length) return local;
  return inlineResult([...local.nodes, { type: 'htmlInline', tag: 'sup', attrs: {}, children: [text('['), ...marks, text(']')] }]);
}

/**
 * ja `{{interlang|en|Charro!}}`, `{{interlang|en|Tai, Rivers|Tai}}`: the other wiki's article
 * linked, shown by its title or the third argument. The pages write it where the foreign name is
 * the text (ja 0113 「''{{interlang|en|Charro!}}''（殺し屋の烙印）」, ja 0150 『ガイバー』(''{{Interlang|en|The Guyver}}''),
 * ja 0004 and 0043's lists of foreign namesakes), so dropping it lost the name. The template's
 * own source was not found; what it shows is read from how the pages use it.
 */
function interlang(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const code = plain(ctx, pos(call, 1)).toLowerCase();
  const title = plain(ctx, pos(call, 2));
  if (!code || !title) return DROP;
  const label = pos(call, 3);
  return inlineResult([wikiLink(ctx, `:${code}:${title}`, label && label.trim() ? inline(ctx, label) : [text(title)])]);
}

/**
 * ja `{{仮リンク|日本語|en|English|label=表示}}` → the local link, then "（英語版）" linking the other
 * wiki's article, as jawiki shows it while the local article is missing. A mirror knows when the
 * article exists (TemplateContext.pageExists) and then shows the local link alone; one page on its
 * own keeps "（英語版）", since the template mostly stands where the article is missing (a bot
 * replaces it by a plain link once the article exists).
 */
function kariLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const code = plain(ctx, pos(call, 2)).toLowerCase();
  const target = plain(ctx, pos(call, 1));
  const given = plain(ctx, pos(call, 3));
  const foreign = given || target;
  const local = localLink(ctx, target, arg(call, ['label', 'L']), code, given);
  if (local.kind !== 'inline' || !target || !code || !foreign) return local;
  // The template's #ifexist: once the local article exists (in a mirror: is part of it), the local link alone.
  if (ctx.pageExists?.(target) === true) return local;
  const name = languageName(code, 'ja') ?? code;
  const other = wikiLink(ctx, `:${code}:${foreign}`, [text(`${name}版`)]);
  return inlineResult([...local.nodes, text('（'), other, text('）')]);
}

/**
 * uk `{{нп|Місцева|текст|en|Foreign}}`; the module behind it also takes the four by name
 * (`треба`, `текст`, `мова`, `є`: uk 0098 `{{не перекладено|є=…|мова=en|треба=…}}`). While the
 * local article is missing ukwiki shows the local link, then "(англ.)" in superscript linking the
 * other wiki's article (the language defaults to en, the foreign title to the local one); once it
 * exists, the local link alone. One page on its own keeps the superscript, as ja 仮リンク does:
 * a bot replaces the template by a plain link once the article is written (PavloChemBot's Iw task),
 * so a template still standing mostly means the article is missing.
 */
function ukLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const needed = arg(call, ['1', 'треба']);
  const foreign = arg(call, ['4', 'є']);
  const code = (plain(ctx, arg(call, ['3', 'мова'])) || 'en').toLowerCase();
  const target = plain(ctx, needed);
  const f = plain(ctx, foreign);
  const local = localLink(ctx, target, arg(call, ['2', 'текст']), code, f);
  if (local.kind !== 'inline' || !target || ctx.pageExists?.(target) === true) return local;
  const name = languageName(code, 'uk') ?? code;
  const other = wikiLink(ctx, `:${code}:${f || target}`, [text(`(${name})`)]);
  return inlineResult([...local.nodes, { type: 'htmlInline', tag: 'sup', attrs: {}, children: [other] }]);
}

function normaliseUrl(u: string): string | null {
  const lower = u.slice(0, 8).toLowerCase();
  if (lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('//') || lower.startsWith('ftp://')) return u;
  if (u.includes('.') && !u.includes(' ')) return 'http://' + u;
  return null;
}

const OFFICIAL: Record<UiLang, string> = { zh: '官方网站', ja: '公式ウェブサイト', en: 'Official website', uk: 'Офіційний сайт', ko: '공식 웹사이트' };

/** After the label of a link to the page's Wikidata item (wikidataItemUrl): where it leads. */
const ON_WIKIDATA: Record<UiLang, string> = { zh: '（维基数据）', ja: '（ウィキデータ）', en: ' (Wikidata)', uk: ' (Вікідані)', ko: ' (위키데이터)' };

/**
 * Wikipedias whose Wikidata site id is not their host name with `-` → `_` and "wiki" appended:
 * be-tarask.wikipedia.org kept the id of its old domain, be-x-old.
 */
const SITE_ID_EXCEPTIONS: Readonly<Record<string, string>> = { 'be-tarask': 'be_x_oldwiki' };

/**
 * The Wikidata item of the page being converted, by its site and title
 * (`https://www.wikidata.org/wiki/Special:ItemByTitle/jawiki/和歌山県`), or null when the wiki is
 * not a Wikipedia (its site id is unknown).
 */
function wikidataItemUrl(ctx: TemplateContext): string | null {
  const m = /^https:\/\/([a-z][a-z-]*)\.wikipedia\.org\//.exec(ctx.site.articleBase);
  if (!m || !ctx.title) return null;
  const host = m[1]!;
  const siteId = SITE_ID_EXCEPTIONS[host] ?? `${host.replace(/-/g, '_')}wiki`;
  return `https://www.wikidata.org/wiki/Special:ItemByTitle/${siteId}/${urlPathEncode(ctx.title, true)}`;
}

/**
 * `{{Official website|url}}`. Without an address the wiki takes it from the page's Wikidata item
 * (property P856), which no dump carries; rather than a label linking nowhere or an item that
 * vanishes under its heading (ja 0188's 行政), the link goes to that item, where the address is,
 * and says so.
 */
function officialWebsite(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const url = normaliseUrl(plain(ctx, arg(call, ['1', 'url', 'URL'])));
  const name = arg(call, ['name', '2']);
  const label = name ? inline(ctx, name) : [text(OFFICIAL[uiLang(ctx)])];
  if (url) return inlineResult([externalLink(url, label)]);
  const item = wikidataItemUrl(ctx);
  return item ? inlineResult([externalLink(item, [...label, text(ON_WIKIDATA[uiLang(ctx)])])]) : DROP;
}

/** `{{URL|example.com|label}}` → a link showing the address without the scheme. */
function urlTemplate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const raw = plain(ctx, pos(call, 1));
  const url = raw ? normaliseUrl(raw) : null;
  if (!url) return DROP;
  const label = pos(call, 2);
  const shown = raw.replace(/^(https?:)?\/\//i, '').replace(/\/$/, '');
  return inlineResult([externalLink(url, label ? inline(ctx, label) : [text(shown)])]);
}

const SITE_SUFFIX: Record<UiLang, (site: string) => string> = {
  zh: (s) => `（${s}）`,
  ja: (s) => ` - ${s}`,
  en: (s) => ` at ${s}`,
  uk: (s) => ` на сайті ${s}`,
  ko: (s) => ` - ${s}`,
};

/** `{{IMDb title|0016220|Title}}`, `{{IMDb name|…}}`, `{{Internet Archive film|id=…|name=…}}`, … */
function siteLink(site: string, build: (id: string) => string, idKeys: string[], titleKeys: string[]) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const id = plain(ctx, arg(call, idKeys));
    const title = arg(call, titleKeys);
    if (!id && !title) return DROP;
    const label: Inline[] = title ? inline(ctx, title) : [text(site)];
    const nodes: Inline[] = id ? [externalLink(build(id), label)] : label;
    if (title) nodes.push(text(SITE_SUFFIX[uiLang(ctx)](site)));
    return inlineResult(nodes);
  };
}

/**
 * `{{YouTube|VIDEO|title}}`, and a channel or user page: `{{YouTube|channel=UC…|title}}`,
 * `{{YouTube|user=name|title}}`, `{{YouTube|c=name|title}}` — there the first unnamed argument
 * is the title, not a video id.
 */
function youtube(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const page: Array<[string[], string]> = [[['channel'], 'channel/'], [['user', 'u'], 'user/'], [['c', 'custom'], 'c/']];
  for (const [keys, path] of page) {
    const name = plain(ctx, arg(call, keys));
    if (!name) continue;
    const title = arg(call, ['title', '1']);
    const label: Inline[] = title ? inline(ctx, title) : [text('YouTube')];
    const nodes: Inline[] = [externalLink(`https://www.youtube.com/${path}${encodeURIComponent(name)}`, label)];
    if (title) nodes.push(text(SITE_SUFFIX[uiLang(ctx)]('YouTube')));
    return inlineResult(nodes);
  }
  return videoLink(call, ctx);
}

const videoLink = siteLink('YouTube', (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, ['id', '1'], ['title', '2']);

/**
 * ja `{{Kotobank|語|辞典名}}` → "[語](kotobank.jp/word/語)『辞典名』 - コトバンク". The word defaults
 * to the page's own title, as the template's does ({{PAGENAME}}): 33 of the 189 ja pages call
 * `{{Kotobank}}` bare in their external links, and ja 0049 gives only `2=日本大百科全書(ニッポニカ)`.
 * The second argument names the dictionary within Kotobank (the ja dump's calls all give one:
 * デジタル大辞泉, 世界大百科事典 第2版 …), so it follows the word rather than replacing it; the
 * 『』 around it are our wording. With no word at all (no page title to fall back on) the call is
 * dropped: a dictionary's name alone would be no link and say nothing of the subject.
 */
function kotobank(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const word = plain(ctx, arg(call, ['1', 'word'])).trim() || (parseTitle(ctx.site, ctx.title)?.text ?? '');
  if (!word) return DROP;
  const nodes: Inline[] = [externalLink(`https://kotobank.jp/word/${encodeURIComponent(word)}`, [text(word)])];
  const dictionary = arg(call, ['2'])?.trim();
  if (dictionary) nodes.push(text('『'), ...inline(ctx, dictionary), text('』'));
  nodes.push(text(SITE_SUFFIX[uiLang(ctx)]('コトバンク')));
  return inlineResult(nodes);
}

function paulingPage(path: string): string {
  return `https://lpi.oregonstate.edu/${path.replace(/^\/+/, '')}`;
}

const paulingLink = siteLink('Linus Pauling Institute', paulingPage, ['1'], ['2']);

/** ja `{{PaulingInstitute|path label words}}`: the path and, after the first space, the label (else the path). */
function paulingInstitute(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const [path, ...label] = plain(ctx, pos(call, 1)).trim().split(/\s+/);
  if (!path) return DROP;
  return paulingLink({ ...call, args: new Map([['1', path], ['2', label.join(' ') || path]]) }, ctx);
}

/** ja `{{Twitter status|user|id|description}}` → the description linked to the tweet. */
function tweetStatus(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const user = plain(ctx, pos(call, 1));
  const id = plain(ctx, pos(call, 2));
  if (!user || !id) return DROP;
  const label = pos(call, 3);
  return inlineResult([externalLink(`https://twitter.com/${user}/status/${id}`, label ? inline(ctx, label) : [text(`@${user}`)])]);
}

/** ja `{{Twitter status2|user|id|2016年7月7日13時34分}}` → "@user (date)" linked to the tweet. */
function tweetStatus2(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const user = plain(ctx, pos(call, 1));
  const id = plain(ctx, pos(call, 2));
  if (!user || !id) return DROP;
  const when = plain(ctx, pos(call, 3));
  return inlineResult([externalLink(`https://twitter.com/${user}/status/${id}`, [text(when ? `@${user} (${when})` : `@${user}`)])]);
}

/**
 * ja `{{ISBN2|978-4-…}}` → "ISBN 978-4-…", linked to the wiki's Special:BookSources page for the
 * number as the `ISBN 978-…` magic link is (parser/extlinks.ts): jawiki's Help:ISBNのリンク offers
 * {{ISBN2}} and {{ISBNT}} as the replacement for that magic link. A value with no digits stays text.
 */
function isbn(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const n = plain(ctx, pos(call, 1));
  if (!n) return DROP;
  const digits = n.replace(/[^0-9Xx]/g, '').toUpperCase();
  const label = [text(`ISBN ${n}`)];
  return inlineResult(digits ? [externalLink(`${ctx.site.articleBase}Special:BookSources/${digits}`, label)] : label);
}

/**
 * `{{Section link|Page|Section}}` (ja `{{節リンク}}`): one link to the section, shown "Page § Section"
 * (enwiki's Module:Section link); several sections "Page §§ A, B", each linked; no page: "§ Section".
 */
function sectionLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const page = plain(ctx, pos(call, 1));
  // A blank section argument is skipped, not the end of the list (`{{Slink|P|A||B}}`).
  const sections = positionals(call, 2).map((v) => plain(ctx, v)).filter((s) => s !== '');
  if (!sections.length) return page ? inlineResult([wikiLink(ctx, page, [text(page)])]) : DROP;
  const mark = page ? page + ' ' : '';
  if (sections.length === 1) return inlineResult([wikiLink(ctx, `${page}#${sections[0]}`, [text(`${mark}§\u00a0${sections[0]}`)])]);
  return inlineResult([text(`${mark}§§\u00a0`), ...join(sections.map((s) => [wikiLink(ctx, `${page}#${s}`, [text(s)])]), ', ')]);
}

/**
 * jawiki `{{enlink|English title|…}}` after a Japanese term (ja 0137): shown as the English
 * article, linked, in brackets. The template's own text is in no stored source, so what its
 * arguments mean is guessed from calls: a second argument looks like the label
 * (`{{enlink|Bishop of Hereford (Robin Hood)|Bishop of Hereford}}`) unless it is a language code
 * (`{{enlink|Standard German|en}}`), taken as the wiki; `i=on` is taken as italics. Other named
 * arguments (`a=on` is seen) are ignored, their meaning unknown.
 */
function enlink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const title = plain(ctx, pos(call, 1));
  if (!title) return DROP;
  const second = plain(ctx, pos(call, 2));
  const code = second && /^[a-z]{2,3}$/.test(second) && languageName(second, 'ja') ? second : 'en';
  const shown = second && code === 'en' && second !== 'en' ? second : title;
  const label: Inline[] = isYes(arg(call, ['i'])) ? [{ type: 'emphasis', children: [text(shown)] }] : [text(shown)];
  return inlineResult([text('（'), wikiLink(ctx, `:${code}:${title}`, label), text('）')]);
}

export const LINK_ENTRIES: HandlerEntry[] = [
  { family: 'link', names: ['Le', 'Link-interwiki', 'Link-en', 'Link-ja', 'Link-jp', 'Link-de', 'Link-fr', 'Link-ko', 'Link-ru', 'Link-es', 'Link-it'], handler: linkLang },
  // zhwiki `{{en-link|…}}` redirects to Internal link helper/en, as `{{link-en}}` does (SAC编程语言: its
  // 参见 item was dropped whole).
  // So do ja-link, fr-link, es-link, pt-link, ru-link, ko-link, it-link and vi-link, each to its language's helper
  // (火影忍者's other publishers: the Brazilian and Spanish ones and the Korean magazine were dropped).
  { family: 'link', names: ['En-link', 'Ja-link', 'Fr-link', 'Es-link', 'Pt-link', 'Ru-link', 'Ko-link', 'It-link', 'Vi-link'], langs: ['zh'], handler: linkLang },
  { family: 'link', names: ['Tsl', 'Translink', 'TSL', 'Tlink'], handler: tsl },
  { family: 'link', names: ['Ill', 'Interlanguage link', 'Interlanguage link multi', 'Ill2', 'Iii'], handler: ill },
  { family: 'link', names: ['Interlang'], langs: ['ja'], handler: interlang },
  { family: 'link', names: ['仮リンク', 'Ill2/ja'], handler: kariLink },
  // Its older name, still called with the same arguments (`|数学の諸分野の語彙の一覧|en|Glossary of areas of mathematics`).
  { family: 'link', names: ['日本語版にない記事リンク'], langs: ['ja'], handler: kariLink },
  { family: 'link', names: ['Section link', 'Slink', '節リンク'], handler: sectionLink },
  { family: 'link', names: ['Нп', 'НП5', 'Не перекладено', 'Неперекладено', 'Iw', 'Не переведено', 'Не переведено 5', 'Нп3', 'Нп5', 'Iw2'], handler: ukLink },
  { family: 'link', names: ['Official website', 'Official', 'Official site', 'Officialwebsite', '官方网站', '官方網站', '公式サイト', '公式ウェブサイト', 'Офіційний сайт'], handler: officialWebsite },
  { family: 'link', names: ['URL', 'Url'], handler: urlTemplate },
  // ja 0068 `* {{国立国会図書館のデジタル化資料|854749|オルガン・ピアノ手ほどき}}（1906年文献）`: the item read
  // only （1906年文献）. The record by its persistent id; the site's name after the title is ours.
  { family: 'link', names: ['国立国会図書館のデジタル化資料'], langs: ['ja'], handler: siteLink('国立国会図書館デジタルコレクション', (id) => `https://dl.ndl.go.jp/pid/${encodeURIComponent(id)}`, ['1', 'id'], ['2', 'title']) },
  // ja 0047 `{{efn2|{{近代デジタルライブラリー書誌情報|40000209|百一新論}}}}`: the note was lost with it. The
  // Kindai Digital Library was merged into the NDL Digital Collections and closed on 31 May 2016. We
  // read the id as a national bibliography number and link the NDL's URI form for one; neither that
  // reading nor that the URI resolves was checked (the template's text is in no stored source). The
  // site's name after the title is ours.
  { family: 'link', names: ['近代デジタルライブラリー書誌情報'], langs: ['ja'], handler: siteLink('近代デジタルライブラリー', (id) => `https://id.ndl.go.jp/jpno/${encodeURIComponent(id)}`, ['1', 'id'], ['2', 'title']) },
  { family: 'link', names: ['Enlink'], langs: ['ja'], handler: enlink, traits: { fallbackOnly: true } },
  { family: 'link', names: ['IMDb title', 'Imdb title', 'IMDB title', 'IMDb film'], handler: siteLink('IMDb', (id) => `https://www.imdb.com/title/tt${id.replace(/^tt/, '')}/`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['IMDb name', 'Imdb name', 'IMDB name'], handler: siteLink('IMDb', (id) => `https://www.imdb.com/name/nm${id.replace(/^nm/, '')}/`, ['id', '1'], ['name', '2']) },
  { family: 'link', names: ['Internet Archive film'], handler: siteLink('Internet Archive', (id) => `https://archive.org/details/${id}`, ['id', '1'], ['name', 'title', '2']) },
  { family: 'link', names: ['Douban', 'Douban movie'], handler: siteLink('豆瓣', (id) => `https://movie.douban.com/subject/${id}/`, ['id', '1'], ['title', 'name', '2']) },
  { family: 'link', names: ['Rotten-tomatoes', 'Rotten Tomatoes', 'Rotten tomatoes'], handler: siteLink('Rotten Tomatoes', (id) => `https://www.rottentomatoes.com/m/${id}`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['Allrovi movie', 'Allmovie title', 'AllMovie title'], handler: siteLink('AllMovie', (id) => `https://www.allmovie.com/movie/${id}`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['Tcmdb title', 'TCMDb title'], handler: siteLink('TCM Movie Database', (id) => `https://www.tcmdb.com/title/${id}/`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['Epguides', 'Epguides name'], handler: siteLink('epguides.com', (id) => `https://epguides.com/${id}/`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['Imcdb movie', 'IMCDb movie'], handler: siteLink('IMCDb', (id) => `https://www.imcdb.org/movie.php?id=${id}`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['Soccerbase', 'Soccerbase season'], handler: siteLink('Soccerbase', (id) => `https://www.soccerbase.com/players/player.sd?player_id=${id}`, ['id', '1'], ['name', '2']) },
  { family: 'link', names: ['Twitter', 'Twitter user'], handler: siteLink('Twitter', (id) => `https://twitter.com/${id}`, ['id', '1'], ['name', '2']) },
  { family: 'link', names: ['Facebook'], handler: siteLink('Facebook', (id) => `https://www.facebook.com/${id}`, ['id', '1'], ['name', '2']) },
  { family: 'link', names: ['Instagram'], handler: siteLink('Instagram', (id) => `https://www.instagram.com/${id}/`, ['id', '1'], ['name', '2']) },
  // Reference sites named in external-link lists (ja 0113, 0047, 0149): the page's link, "label - site".
  { family: 'link', names: ['Kinejun name'], handler: siteLink('KINENOTE', (id) => `https://www.kinenote.com/main/public/cinema/person.aspx?person_id=${id}`, ['id', '1'], ['name', '2']) },
  { family: 'link', names: ['Discogs artist'], handler: siteLink('Discogs', (id) => `https://www.discogs.com/artist/${id.replace(/ /g, '+')}`, ['artist', '1'], ['name', '2']) },
  { family: 'link', names: ['SEP'], handler: siteLink('Stanford Encyclopedia of Philosophy', (id) => `https://plato.stanford.edu/entries/${id}/`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['IEP'], handler: siteLink('Internet Encyclopedia of Philosophy', (id) => `https://iep.utm.edu/${id}/`, ['id', '1'], ['title', '2']) },
  // ja 0113 `* {{allcinema name|290068|エルヴィス・プレスリー}}`, ja 0036 `*{{ethnologue|code=ita}}`: items that had vanished.
  { family: 'link', names: ['Allcinema name'], handler: siteLink('allcinema', (id) => `https://www.allcinema.net/person/${encodeURIComponent(id)}`, ['id', '1'], ['name', '2']) },
  { family: 'link', names: ['Ethnologue'], handler: siteLink('Ethnologue', (id) => `https://www.ethnologue.com/language/${encodeURIComponent(id)}`, ['code', '1'], ['name', '2']) },
  // ja 0139 `* {{PaulingInstitute|mic/health-disease/common-cold Common Cold}}`: a path on the Linus Pauling
  // Institute's site and, after a space, its label (the template wraps them in an external link).
  { family: 'link', names: ['PaulingInstitute'], handler: paulingInstitute },
  // ja 0091 `* {{NHK放送史|D0009050686_00000|番組名}}`: the programme's page in NHK's archive (its
  // movies/?id= address, the one NHK's own archive pages use for these ids), "番組名 - NHK放送史".
  { family: 'link', names: ['NHK放送史'], langs: ['ja'], handler: siteLink('NHK放送史', (id) => `https://www2.nhk.or.jp/archives/movies/?id=${encodeURIComponent(id)}`, ['id', '1'], ['title', '2']) },
  { family: 'link', names: ['Pixiv'], handler: siteLink('pixiv', (id) => `https://www.pixiv.net/users/${id}`, ['id', '1'], ['name', '2']) },
  { family: 'link', names: ['YouTube', 'Youtube'], handler: youtube },
  { family: 'link', names: ['Kotobank', 'コトバンク'], handler: kotobank },
  { family: 'link', names: ['ISBN2', 'ISBN', 'ISBNT'], handler: isbn },
  { family: 'link', names: ['Twitter status', 'Tweet'], handler: tweetStatus },
  { family: 'link', names: ['Twitter status2'], handler: tweetStatus2 },
];

/** zh `{{link-xx|…}}` for every language code. */
export const LINK_PATTERNS: PatternEntry[] = [{ family: 'link', prefix: 'Link-', langs: ['zh'], handler: linkLang }];
