/**
 * Language templates: `{{lang|xx|text}}` (just the text), `{{lang-xx|text}}` (label + text, as
 * zh shows `英语：Foo`), language icons (`{{en icon}}` → `（英语）`), `{{zh|s=…|t=…}}`, the
 * Japanese-name family (`Jpn`, `Japanese`, `Nihongo`), IPA, audio.
 */
import type { Inline, InfoboxRow } from '../../ast/nodes.js';
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateResult } from '../types.js';
import { languageName } from '../languages.js';
import { arg, DROP, inline, inlineOrDrop, inlineResult, join, pos, text, uiLang, wikiLink, type UiLang } from '../util.js';

/** Between a language label and the text. */
const LABEL_SEP: Record<UiLang, string> = { zh: '：', ja: ': ', en: ': ', uk: ' ', ko: ': ' };

/** Language code from a template name such as "Lang-en", "Lang-en-short", "Ref-fr", "En icon". */
function codeFromName(key: string, prefix: string, suffix: string): string {
  return key.slice(prefix.length, key.length - suffix.length).trim().toLowerCase();
}

const TEXT = ['text', '1'];

/** Codes zh.wikipedia's {{lang}} leaves to variant conversion; text in any other language it wraps in `-{…}-`. */
const CONVERTED_ON_ZH = new Set(['zh', 'gan', 'zh-yue']);
/** A character conversion could change (CJK, kana, full-width forms, curly quotes …). */
const CONVERTIBLE = /[\u2000-\uffff]/;

/**
 * An argument in language `code`, parsed. On zh.wikipedia, {{lang}} (and the templates built on
 * it: {{lang-ja}}, {{Jpn}}, {{zh|s=|t=}}) shows text in a language other than Chinese as written
 * in every variant — Japanese kanji, or explicitly simplified/traditional forms, must not be
 * converted — by wrapping it in `-{…}-`; the variants pass then keeps it.
 */
function inLanguage(ctx: TemplateContext, code: string, v: string | undefined): Inline[] {
  if (v === undefined || ctx.site.lang !== 'zh' || CONVERTED_ON_ZH.has(code.trim().toLowerCase())) return inline(ctx, v);
  const t = v.trim();
  if (!CONVERTIBLE.test(t) || t.includes('}-')) return inline(ctx, v);
  return ctx.parseInline(`-{${t}}-`);
}

/** `{{lang|xx|text}}`: the text as written (language markup only matters to fonts and screen readers). */
export function lang(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const v = pos(call, 2) ?? arg(call, ['text']);
  return inlineOrDrop(inLanguage(ctx, pos(call, 1) ?? '', v));
}

// ja's short labels ({{lang-en-short}} → "英: ").
const JA_SHORT: Record<string, string> = { en: '英', fr: '仏', de: '独', it: '伊', es: '西', ru: '露', zh: '中', ko: '朝', la: '羅', el: '希', pt: '葡', nl: '蘭' };

/** `{{lang-xx|text}}` → "英语：text" (label in the page language; unknown codes show the text alone). */
export function langDash(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const key = call.name.toLowerCase();
  let code = codeFromName(key, 'lang-', '');
  const short = code.endsWith('-short');
  if (short) code = code.slice(0, -6);
  // en.wikipedia's {{lang-zh}} takes the {{zh}} parameters.
  if (code === 'zh' && !call.args.has('1') && (call.args.has('s') || call.args.has('t') || call.args.has('c'))) return zh(call, ctx);
  const ui = uiLang(ctx);
  // After a list the call was cut into (wrapper-lines.ts): the transliteration alone, as Module:Lang
  // prints it after the list's div.
  if (call.wrapperTail) return inlineOrDrop(translitAfter(call, ctx, ui));
  const body = inLanguage(ctx, code, arg(call, TEXT));
  if (!body.length && !call.wrapperHead) return DROP;
  const name = short && ui === 'ja' ? JA_SHORT[code] ?? languageName(code, ui) : languageName(code, ui);
  // Module:Lang keeps a list's leading line break (html_tag_select) and sets the list in a div
  // after the label: `{{lang-ja|\n* 乙}}` shows "日语：" and then the list (wrapper-lines.ts).
  if (!body.length) return name ? inlineResult([text(name + LABEL_SEP[ui].trimEnd())]) : DROP;
  if (!name) return inlineResult(body);
  return inlineResult([text(name + LABEL_SEP[ui]), ...body, ...translitAfter(call, ctx, ui)]);
}

/** `{{lang-xx|…|translit=X}}`'s "，X" (X in italics); nothing without one. */
function translitAfter(call: TemplateCall, ctx: TemplateContext, ui: string): Inline[] {
  const translit = arg(call, LANG_TAIL);
  return translit ? [text(ui === 'zh' ? '，' : ', '), { type: 'emphasis', children: inline(ctx, translit) }] : [];
}

/**
 * zhwiki `{{lang-cdo|福州話|buc=Hók-ciŭ-uâ|han=福州話|ipa=huʔ}}` → "闽东语：福州話，平話字：Hók-ciŭ-uâ，漢字：福州話，實際讀音：/huʔ/":
 * after the name and text, each of `buc`, `han` and `ipa` given, linked as Template:Lang-cdo links them.
 */
function zhLangCdo(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const head = langDash(call, ctx);
  const out: Inline[] = head.kind === 'inline' ? [...head.nodes] : [];
  for (const [key, page, label] of [['buc', '平話字', ''], ['han', '漢字', ''], ['ipa', '國際音標', '實際讀音']] as const) {
    const v = inline(ctx, arg(call, [key]));
    if (!v.length) continue;
    const value = key === 'ipa' ? [text('/'), ...v, text('/')] : v;
    out.push(text('，'), wikiLink(ctx, page, label ? [text(label)] : undefined), text('：'), ...value);
  }
  return out.length ? inlineResult(out) : DROP;
}

/** ja `{{LangWithName|en|英語|text}}`. */
function langWithName(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, pos(call, 3));
  if (!body.length) return DROP;
  const ui = uiLang(ctx);
  const name = pos(call, 2) ?? languageName(pos(call, 1) ?? '', ui);
  return inlineResult(name ? [text(name + LABEL_SEP[ui]), ...body] : body);
}

const ICON_WRAP: Record<UiLang, (name: string) => string> = {
  zh: (n) => `（${n}）`,
  ja: (n) => `(${n})`,
  en: (n) => `(in ${n})`,
  uk: (n) => `(${n})`,
  ko: (n) => `(${n})`,
};

function icon(code: string, ctx: TemplateContext): TemplateResult {
  const ui = uiLang(ctx);
  const name = languageName(code, ui);
  return name ? inlineResult([text(ICON_WRAP[ui](name))]) : DROP;
}

/** `{{en icon}}`, `{{en}}` (zh/ja), uk `{{ref-en}}` → "（英语）". */
function iconFromName(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const key = call.name.toLowerCase();
  if (key.endsWith(' icon')) return icon(codeFromName(key, '', ' icon'), ctx);
  if (key.startsWith('ref-')) return icon(codeFromName(key, 'ref-', ''), ctx);
  if (key === 'language icon' || key === 'in lang') return icon(pos(call, 1) ?? '', ctx);
  // jawiki `{{en|I am happy.}}` marks words as English and shows them; only the bare call is the icon.
  const words = pos(call, 1);
  if (words !== undefined && words.trim() !== '') return inlineOrDrop(inline(ctx, words));
  return icon(key, ctx);
}

// `code`: the language the part is written in (simplified and traditional forms stay as written on zh).
const ZH_PARTS: Array<{ key: string; zh: string; ja: string; en: string; italic?: boolean; code?: string }> = [
  { key: 'c', zh: '中文', ja: '中国語', en: 'Chinese' },
  { key: 's', zh: '简体中文', ja: '簡体字', en: 'simplified Chinese', code: 'zh-hans' },
  { key: 't', zh: '繁體中文', ja: '繁体字', en: 'traditional Chinese', code: 'zh-hant' },
  { key: 'p', zh: '拼音', ja: '拼音', en: 'pinyin', italic: true },
  { key: 'tp', zh: '通用拼音', ja: '通用拼音', en: 'Tongyong Pinyin', italic: true },
  { key: 'w', zh: '威妥玛拼音', ja: 'ウェード式', en: 'Wade–Giles', italic: true },
  { key: 'j', zh: '粤拼', ja: '粤拼', en: 'Jyutping', italic: true },
  { key: 'cy', zh: '粤语拼音', ja: '広東語', en: 'Cantonese Yale', italic: true },
  { key: 'poj', zh: '白话字', ja: '白話字', en: 'Pe̍h-ōe-jī', italic: true },
  { key: 'l', zh: '字面意思', ja: '直訳', en: 'lit.' },
];

/** `{{zh|s=…|t=…|p=…}}` → "简体中文：…；繁體中文：…；拼音：…". */
export function zh(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const ui = uiLang(ctx);
  const parts: Inline[][] = [];
  for (const p of ZH_PARTS) {
    const v = arg(call, [p.key]);
    if (!v) continue;
    const label = ui === 'zh' ? p.zh : ui === 'ja' ? p.ja : p.en;
    const body = p.code ? inLanguage(ctx, p.code, v) : inline(ctx, v);
    const shown: Inline[] = p.italic && ui !== 'zh' ? [{ type: 'emphasis', children: body }] : body;
    const quoted = p.key === 'l' && ui === 'en' ? [text('"'), ...shown, text('"')] : shown;
    parts.push([text(label + (p.key === 'l' && ui === 'en' ? ' ' : LABEL_SEP[ui])), ...quoted]);
  }
  if (!parts.length) {
    const body = inline(ctx, pos(call, 1));
    return inlineOrDrop(body);
  }
  return inlineResult(join(parts, ui === 'zh' || ui === 'ja' ? '；' : '; '));
}

const JA_LABEL: Record<UiLang, string> = { zh: '日语：', ja: '', en: 'Japanese: ', uk: 'яп. ', ko: '일본어: ' };

/** zh `{{Jpn|j=漢字|kana=かな|rm=romaji}}` and `{{japanese|japanese=…|kana=…|romaji=…}}`. */
function jpn(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const ui = uiLang(ctx);
  const forms: Inline[][] = [];
  for (const keys of [['j', 'japanese', '1'], ['kanji'], ['kana', 'kn'], ['hg', 'hiragana'], ['kk', 'katakana']]) {
    const v = arg(call, keys);
    if (v) forms.push(inLanguage(ctx, 'ja', v));
  }
  const rm = arg(call, ['rm', 'romaji', 'r', '2']);
  if (!forms.length && !rm) return DROP;
  const out: Inline[] = [];
  if (call.args.get('link') !== 'no' && forms.length) out.push(text(JA_LABEL[ui]));
  out.push(...join(forms, '／'));
  if (rm) {
    if (out.length) out.push(text(' '));
    out.push({ type: 'emphasis', children: inline(ctx, rm) });
  }
  return inlineResult(out);
}

/** zhwiki `{{kor}}`'s word for the language, by its `名=` (南 / 韩: 韩语, 北 / 朝: 朝鲜语, 中: 中国朝鲜语). */
function korLabel(name: string): string {
  if (name === '南' || name === '韩' || name === '韓') return '韩语';
  if (name === '北' || name === '朝') return '朝-{}-鲜语';
  if (name === '中') return '中国朝-{}-鲜语';
  return '-{zh:朝鮮語;zh-cn:朝鲜语;zh-tw:韓語;zh-hk:韓語;zh-sg:韩语;}-';
}

/**
 * zhwiki `{{kor|라붐|漢字|rm}}` (`k=`/`hj=`/`rm=` and Chinese-named aliases): "朝鮮語：라붐／漢字" with
 * the romanisation raised after it, as the template prints it; `link=no` (`無注`) leaves out the
 * label. By its lower-case name the registry took it for the country template `{{KOR}}` ("韩国").
 */
function kor(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const hangul = arg(call, ['k', '諺', '谚', '1']);
  const hanja = arg(call, ['hj', 'hanja', '漢', '汉', '2']);
  const rm = arg(call, ['rm', '羅', '罗', '3']);
  const out: Inline[] = [];
  const bare = arg(call, ['無注', '无注', 'link']);
  if (bare !== 'no' && bare !== '是') out.push(...ctx.parseInline(korLabel(arg(call, ['名']) ?? '')), text('：'));
  if (hangul) out.push(...inLanguage(ctx, 'ko', hangul));
  if (hanja) out.push(text('／'), ...inLanguage(ctx, 'ko', hanja));
  if (rm) out.push({ type: 'htmlInline', tag: 'sup', attrs: {}, children: [text('\u00a0'), { type: 'emphasis', children: inline(ctx, rm) }] });
  return hangul || hanja || rm ? inlineResult(out) : DROP;
}

/**
 * zhwiki `{{vie|v=Sông Nhật Lệ|hn=瀧日麗}}` (`qn=` for `v=`): "越南语：Sông Nhật Lệ／瀧日麗", the
 * language linked, `link=no` (or blank, as Template:Yesno reads it) without it, as the template
 * prints it; like `{{kor}}`, it had been taken for a country code by its lower-case name.
 */
function vie(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const quoc = `${call.args.get('qn') ?? ''}${call.args.get('v') ?? ''}`.trim();
  const nom = call.args.get('hn')?.trim();
  if (!quoc && !nom) return DROP;
  const out: Inline[] = [];
  // `{{yesno|{{{link|yes}}}}}`: no, n, false, f, 否, 0 and a blank value leave out the label.
  const link = call.args.get('link')?.trim().toLowerCase() ?? 'yes';
  if (!['no', 'n', 'false', 'f', '否', '0', ''].includes(link)) out.push(wikiLink(ctx, '越南语'), text('：'));
  if (quoc) out.push(...inLanguage(ctx, 'vi', quoc));
  if (nom) out.push(text('／'), ...inLanguage(ctx, 'vi', nom));
  return inlineResult(out);
}

/**
 * zhwiki `{{Japanese|japanese=…|kana=…|romaji=…}}` on a line of its own (the way articles open
 * with it, above the lead) is the small "日語寫法" box beside the lead, not words of the lead:
 * shown as a box so the lead still opens with its bold title. Written inside a sentence it
 * stays inline like `{{Jpn}}`.
 */
function japaneseBox(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  if (ctx.site.lang !== 'zh' || !call.lineStart || !call.args.has('japanese')) return jpn(call, ctx);
  const rows: InfoboxRow[] = [];
  for (const [key, label, code] of [['japanese', '日語原文', 'ja'], ['kana', '假名', 'ja'], ['romaji', '平文式罗马字', '']] as const) {
    const v = arg(call, [key]);
    const value = v ? (code ? inLanguage(ctx, code, v) : inline(ctx, v)) : [];
    if (value.length) rows.push({ label: [text(label)], value });
  }
  if (!rows.length) return DROP;
  return { kind: 'block', nodes: [{ type: 'infobox', name: call.name, title: [text('日語寫法')], images: [], rows }] };
}

/** en `{{Nihongo|English|漢字|romaji|extra}}` → "English (漢字, romaji)". */
function nihongo(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const english = inline(ctx, pos(call, 1));
  const kanji = inline(ctx, pos(call, 2));
  const romaji = inline(ctx, pos(call, 3));
  const inner: Inline[][] = [kanji];
  if (romaji.length) inner.push([{ type: 'emphasis', children: romaji }]);
  const paren = join(inner, ', ');
  if (!english.length) return inlineOrDrop(paren);
  return inlineResult(paren.length ? [...english, text(' ('), ...paren, text(')')] : english);
}

/** `{{IPA|…}}` → the transcription; `{{IPA-xx|…}}` → "[…]"; `{{IPAc-en|ˈ|f|uː}}` → "/ˈfuː/". */
function ipa(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const key = call.name.toLowerCase();
  const body = inline(ctx, pos(call, 1));
  if (!body.length) return DROP;
  if (key.startsWith('ipa-') || key.startsWith('ipa2')) return inlineResult([text('['), ...body, text(']')]);
  return inlineResult(body);
}

// Pronunciation notes mixed into {{IPAc-en}} arguments; they are not sounds.
const IPAC_NOTES = new Set(['lang', 'local', 'ipa', 'pron', 'pronunciation', 'also', 'uk', 'us', 'usually', 'or', ',', 'audio']);

function ipac(call: TemplateCall): TemplateResult {
  let s = '';
  for (let i = 1; i < 60; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    const t = v.trim();
    if (IPAC_NOTES.has(t.toLowerCase())) continue;
    s += t;
  }
  return s ? inlineResult([text(`/${s}/`)]) : DROP;
}

/** `{{audio|File.ogg|label}}`: the label, if any (the sound file cannot play in Markdown). */
function audio(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return inlineOrDrop(inline(ctx, pos(call, 2)));
}

/** ja `{{読み仮名|漢字|かんじ|英: kanji}}` → "漢字（かんじ、英: kanji）". */
function reading(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const word = inline(ctx, pos(call, 1));
  const notes: Inline[][] = [];
  for (let i = 2; i <= 5; i++) {
    const n = inline(ctx, pos(call, i));
    if (n.length) notes.push(n);
  }
  if (!notes.length) return inlineOrDrop(word);
  return inlineResult([...word, text('（'), ...join(notes, '、'), text('）')]);
}

/** `{{transl|ja|text}}` → italic transliteration. */
function transl(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, pos(call, 3) ?? pos(call, 2));
  return body.length ? inlineResult([{ type: 'emphasis', children: body }]) : DROP;
}

export const LANG_ENTRIES: HandlerEntry[] = [
  { family: 'lang', names: ['Lang', 'Language', 'Rtl-lang', 'Lang2', 'Langx', 'Lang-x', 'Script', 'Lang3'], handler: lang, traits: { wrapper: true } },
  { family: 'lang', names: ['Lang-cdo'], langs: ['zh'], handler: zhLangCdo },
  { family: 'lang', names: ['LangWithName', 'Lang with name', 'Rtl-langWithName'], handler: langWithName },
  // ja {{lang-*-Latn|ru|myau}} (the `*` is literal) and {{ラテン翻字|ru|myau}}: a romanisation, shown as is.
  { family: 'lang', names: ['Lang-*-Latn', 'ラテン翻字'], handler: lang },
  { family: 'lang', names: ['Zh', 'Chinese', 'Zh-all', 'Zh-full', 'Lang-zh'], handler: zh },
  { family: 'lang', names: ['Jpn', 'Jpn-full', '日本語', 'Ja-name', 'Jpn-j'], handler: jpn },
  { family: 'lang', names: ['Japanese'], handler: japaneseBox },
  // `Kor`, not the country code `KOR`: the registry tries the name as written before its lower case.
  { family: 'lang', names: ['Kor'], langs: ['zh'], handler: kor },
  { family: 'lang', names: ['Vie'], langs: ['zh'], handler: vie },
  { family: 'lang', names: ['Nihongo', 'Nihongo2', 'Nihongo3', 'Nihongo4', 'Nihongo foot'], handler: nihongo },
  // `{{IPA link|n}}` (zh 长乐话: "福州话/{{IPA link|n}}/、/{{IPA link|l}}/" read "//、//"): the symbol, which the wiki links to its sound's article.
  { family: 'lang', names: ['IPA', 'Ipa', 'IPA2', 'IPAblink', 'IPA audio link', 'Ipa2', 'IPA link', 'IPA symbol'], handler: ipa },
  // ukwiki `{{МФА-всі|ʊkrɐˈjɪn̪ɐ|МФА|Uk-Україна.ogg}}` (enwiki's IPA-all): the sounds in brackets; the
  // label and the audio file are no text (uk 0043 Україна, 0134 Київ, 0383 Німеччина: lead sentences).
  { family: 'lang', names: ['МФА-всі'], langs: ['uk'], handler: (call, ctx) => ipa({ ...call, name: 'IPA-all' }, ctx) },
  // `{{МФА2|emil dyʁkɛm}}` in a lead's brackets, as en `{{IPA2}}`: the transcription in square brackets.
  { family: 'lang', names: ['МФА2'], langs: ['uk'], handler: (call, ctx) => ipa({ ...call, name: 'IPA2' }, ctx) },
  { family: 'lang', names: ['IPAc-en', 'IPAc-ja', 'IPAc-de', 'IPAc-fr', 'IPAc-es', 'IPAc-pl', 'IPAc-cmn', 'IPAc-yue'], handler: ipac },
  { family: 'lang', names: ['Audio', 'Audio-IPA', 'Audio-nohelp', 'Pronunciation'], handler: audio },
  { family: 'lang', names: ['Transl', 'Transliteration', 'Translit'], handler: transl },
  { family: 'lang', names: ['読み仮名', '読み仮名 ruby不使用', '読み仮名2', 'よみがな'], handler: reading },
  { family: 'lang', names: ['Language icon', 'In lang'], handler: iconFromName },
  // Bare language codes as icons exist on zh and ja ({{en}} → "（英语）"); elsewhere the names mean other things.
  { family: 'lang', names: ['En', 'Ja', 'Fr', 'De', 'Ru', 'Ko', 'Es', 'It', 'Pt', 'La', 'Nl', 'Ar', 'Vi', 'Th'], langs: ['zh', 'ja'], handler: iconFromName },
];

/**
 * The lines after the first of `{{lang-ja|A\n* B}}` (cut by preprocess/wrapper-lines.ts): the
 * text in its language without the name, as the wiki's one `日语：<span lang="ja">A\n* B</span>`
 * shows "B" in an item of its own.
 */
/** The arguments `{{lang-xx}}` prints after its text. */
const LANG_TAIL = ['2', 'translit'];

function langDashRest(piece: TemplateCall, key: string): TemplateCall {
  const code = codeFromName(piece.name.toLowerCase(), 'lang-', '').replace(/-short$/, '');
  return { ...piece, name: 'Lang', args: new Map([['1', code], ['2', piece.args.get(key) ?? '']]) };
}

export const LANG_PATTERNS: PatternEntry[] = [
  { family: 'lang', prefix: 'Lang-', handler: langDash, traits: { wrapper: true, wrapperRest: langDashRest, wrapperTail: LANG_TAIL } },
  { family: 'lang', suffix: ' icon', handler: iconFromName },
  { family: 'lang', prefix: 'Ref-', langs: ['uk', 'ru'], handler: iconFromName },
  { family: 'lang', prefix: 'IPA-', handler: ipa },
  { family: 'lang', prefix: 'IPAc-', handler: ipac },
];

