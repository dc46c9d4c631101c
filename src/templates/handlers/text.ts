/**
 * Small templates that print a word, a sign or their argument, seen on the ja/uk/zh dumps:
 * trend signs (`{{increase}}` ▲), abbreviations (uk `{{нар}}` → "нар.", `{{Л.}}` → "Л."), a
 * character by code point (uk `{{chset-cell|2160}}` → Ⅰ), scientific notation (`{{e|23}}` →
 * ×10²³), numbers with the wiki's grouping (`{{num|440000}}`), text kept from styling wrappers
 * (ja `{{縦書き}}`, `{{下げ核}}`, `{{色|#f00|text}}`), `{{pre}}`, uk `{{text}}` quotes, rows
 * and columns that are only layout (`{{ряд2|a|b}}`, ja `{{表2列|list|list}}`), and ja's search
 * links (`{{Prefix|タイ}}` → 「タイ」で始まるページの一覧).
 */
import type { Block, Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { arg, blocks, DROP, inline, inlineOrDrop, inlineResult, plain, pos, positionals, text, uiLang, wikiLink, type UiLang } from '../util.js';

/** A fixed word (a fresh node per call: later stages may edit nodes in place). */
function word(value: string): (call: TemplateCall, ctx: TemplateContext) => TemplateResult {
  return () => ({ kind: 'inline', nodes: [text(value)] });
}

function perLanguage(words: Partial<Record<UiLang, string>> & { en: string }): (call: TemplateCall, ctx: TemplateContext) => TemplateResult {
  return (_call, ctx) => ({ kind: 'inline', nodes: [text(words[uiLang(ctx)] ?? words.en)] });
}

/** The argument `n` as written (styling dropped). */
function keep(n: number) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => inlineOrDrop(inline(ctx, pos(call, n) ?? arg(call, ['text'])));
}

/** The argument `n` in italics (transliterations, foreign words). */
function italic(n: number) {
  return (call: TemplateCall, ctx: TemplateContext): TemplateResult => {
    const body = inline(ctx, pos(call, n));
    return body.length ? inlineResult([{ type: 'emphasis', children: body }]) : DROP;
  };
}

/**
 * `{{native name|id|Republik Indonesia|italic=no}}`: the name in its own language, in italics unless
 * `italic=no` (ja 0040 公式国名 and uk 0380 місцева назва were empty). The language tag the wiki
 * may add after it is left out: the box's label already says what the name is.
 */
function nativeName(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, pos(call, 2));
  if (!body.length) return DROP;
  const upright = ['no', 'off', 'n'].includes(plain(ctx, arg(call, ['italic', 'italics'])).toLowerCase());
  return inlineResult(upright ? body : [{ type: 'emphasis', children: body }]);
}

/** uk `{{chset-cell|2160}}` → the character U+2160. */
function codePointCell(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const hex = plain(ctx, pos(call, 1));
  const n = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!(n > 0x1f && n <= 0x10ffff) || (n >= 0xd800 && n <= 0xdfff)) return DROP;
  return inlineResult([text(String.fromCodePoint(n))]);
}

/** `{{e|23}}` → "×10²³" (the exponent as `<sup>`). */
function timesTenTo(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const exp = plain(ctx, pos(call, 1));
  if (!exp) return DROP;
  return inlineResult([text('×10'), { type: 'htmlInline', tag: 'sup', attrs: {}, children: [text(exp.replace(/^-/, '−'))] }]);
}

/** `{{num|440000}}` → "440 000" on uk (no-break spaces), "440,000" elsewhere. */
function groupedNumber(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const raw = plain(ctx, pos(call, 1));
  const m = /^(-?)(\d+)([.,]\d+)?$/.exec(raw);
  if (!m) return inlineOrDrop(inline(ctx, pos(call, 1)));
  const sep = uiLang(ctx) === 'uk' ? '\u00a0' : ',';
  const grouped = m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const fraction = m[3] ? (uiLang(ctx) === 'uk' ? ',' : '.') + m[3].slice(1) : '';
  return inlineResult([text(m[1] + grouped + fraction)]);
}

/** `{{pre|text}}` → a literal block. */
function pre(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const v = arg(call, ['1', 'text']);
  if (!v) return DROP;
  // Lines stay lines; only values holding rendered templates (markers) go through the parser.
  const value = v.includes('\x7f') ? plain(ctx, v) : v;
  return { kind: 'block', nodes: [{ type: 'codeBlock', lang: null, value }] };
}

/**
 * uk `{{text|…}}` and its Cyrillic name `{{текст|…}}`: a quotation set off from the text (uk 0380
 * Болгарія sets its anthem's words in `{{текст}}`, which was dropped).
 */
function textQuote(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const b = blocks(ctx, pos(call, 1) ?? arg(call, ['text']));
  return b.length ? { kind: 'block', nodes: [{ type: 'blockquote', children: b }] } : DROP;
}

/**
 * jawiki `{{ws|[[s:Page|label]]}}` (ja 0128: the whole title of a cited text, which the footnote
 * lost): a Wikisource link written out, shown as given. A bare page name linking `s:Page` is our
 * reading of the template, not checked against its source.
 */
function wikisourceLink(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const v = pos(call, 1);
  if (!v) return DROP;
  if (v.includes('[[') || v.includes('\x7f')) return inlineOrDrop(inline(ctx, v));
  return inlineOrDrop([wikiLink(ctx, `s:${plain(ctx, v)}`, [text(plain(ctx, pos(call, 2) ?? v))])]);
}

/** uk `{{ряд2|a|b|c}}`: items in a row (award ribbons, icons with captions). */
function row(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const out: Inline[] = [];
  for (const v of positionals(call)) {
    const nodes = inline(ctx, v);
    if (!nodes.length) continue;
    if (out.length) out.push(text(' '));
    out.push(...nodes);
  }
  return inlineOrDrop(out);
}

/** ja `{{表2列|* a\n* b|* c\n* d}}`, `{{Col|…|…}}`: columns of blocks, one after the other. */
function columns(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const out: Block[] = [];
  for (const v of positionals(call)) out.push(...blocks(ctx, v));
  return out.length ? { kind: 'block', nodes: out } : DROP;
}

/** ja `{{Prefix|タイ}}` / `{{Intitle|タイ}}`: the search the reader can run on the wiki. */
function searchLink(kind: 'prefix' | 'intitle'): TemplateHandler {
  return (call, ctx) => {
    const term = plain(ctx, pos(call, 1)) || ctx.title;
    if (!term) return DROP;
    const ja = uiLang(ctx) === 'ja';
    if (kind === 'prefix') {
      const label = ja ? `「${term}」で始まるページの一覧` : `Pages beginning with "${term}"`;
      return inlineResult([wikiLink(ctx, `Special:PrefixIndex/${term}`, [text(label)])]);
    }
    const label = ja ? `「${term}」を含むページの一覧` : `Pages with "${term}" in the title`;
    return inlineResult([wikiLink(ctx, `Special:Search/intitle:${term}`, [text(label)])]);
  };
}

/**
 * French ordinals as frwiki writes them, `{{2e|année}}` → 2<sup>e</sup> année (ja 0006's
 * citation of a French bulletin read ", , no 4"): the number, its raised ending, then the word.
 */
function frenchOrdinal(n: string, ending: string): TemplateHandler {
  return (call, ctx) => {
    const after = pos(call, 1);
    const nodes: Inline[] = [text(n), { type: 'htmlInline', tag: 'sup', attrs: {}, children: [text(ending)] }];
    if (after && after.trim()) nodes.push(text(' '), ...inline(ctx, after.trim()));
    return inlineResult(nodes);
  };
}

/** uk `{{українська}}` → [[Українська мова|українська]]. */
function languageWord(page: string, shown: string) {
  return (_call: TemplateCall, ctx: TemplateContext): TemplateResult => inlineResult([wikiLink(ctx, page, [text(shown)])]);
}

/**
 * `{{angbr|ㅣ}}` → ⟨ㅣ⟩: the angle brackets linguists write a grapheme in (中世朝鲜语: "在结尾加
 * i{{angbr|ㅣ}}表示" lost the letter with the call). enwiki's template prints ⟨1⟩; zhwiki's is not
 * stored, and its brackets are taken to be the same.
 */
function angleBrackets(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const inner = inline(ctx, pos(call, 1));
  return inner.length ? inlineResult([text('⟨'), ...inner, text('⟩')]) : DROP;
}

export const TEXT_ENTRIES: HandlerEntry[] = [
  { family: 'text', names: ['Angbr', 'Angle bracket', 'Angbr IPA'], handler: angleBrackets, traits: { fallbackOnly: true } },
  { family: 'text', names: ['Українська'], langs: ['uk'], handler: languageWord('Українська мова', 'українська') },
  { family: 'text', names: ['Англійська'], langs: ['uk'], handler: languageWord('Англійська мова', 'англійська') },
  { family: 'text', names: ['Російська'], langs: ['uk'], handler: languageWord('Російська мова', 'російська') },
  // The other language words uk 0132 lists (`{{іспанська}}, {{італійська}}, …`), which left gaps between commas.
  { family: 'text', names: ['Іспанська'], langs: ['uk'], handler: languageWord('Іспанська мова', 'іспанська') },
  { family: 'text', names: ['Італійська'], langs: ['uk'], handler: languageWord('Італійська мова', 'італійська') },
  { family: 'text', names: ['Німецька'], langs: ['uk'], handler: languageWord('Німецька мова', 'німецька') },
  { family: 'text', names: ['Португальська'], langs: ['uk'], handler: languageWord('Португальська мова', 'португальська') },
  { family: 'text', names: ['Французька'], langs: ['uk'], handler: languageWord('Французька мова', 'французька') },
  { family: 'text', names: ['Японська'], langs: ['uk'], handler: languageWord('Японська мова', 'японська') },
  { family: 'text', names: ['Tick', 'Y&', 'Ya', 'Check mark', 'Checkmark'], handler: word('✓') },
  { family: 'text', names: ['Cross', 'X mark', 'Xmark', 'N&'], handler: word('✗') },
  { family: 'text', names: ['P.'], handler: (call, ctx) => inlineOrDrop(pos(call, 1) ? [text(`p. ${plain(ctx, pos(call, 1))}`)] : []) },
  { family: 'text', names: ['1er'], handler: frenchOrdinal('1', 'er') },
  { family: 'text', names: ['1re'], handler: frenchOrdinal('1', 're') },
  ...['2', '3', '4', '5', '6', '7', '8', '9', '10'].map((n): HandlerEntry => ({ family: 'text', names: [`${n}e`], handler: frenchOrdinal(n, 'e') })),
  { family: 'text', names: ['Numéro'], handler: (call, ctx) => inlineOrDrop(pos(call, 1) ? [text(`no ${plain(ctx, pos(call, 1))}`)] : []) },
  { family: 'text', names: ['ピン音', '拼音'], langs: ['ja'], handler: italic(1) },
  { family: 'text', names: ['Increase', 'IncreasePositive', 'IncreaseNegative', 'Increase2'], handler: word('▲') },
  { family: 'text', names: ['Decrease', 'DecreasePositive', 'DecreaseNegative', 'Decrease2'], handler: word('▼') },
  { family: 'text', names: ['Steady', 'Стабільно'], handler: word('▬') },
  // uk names the trend signs in words; elsewhere the same names mean small/big text.
  { family: 'text', names: ['Збільшення', 'Зростання'], langs: ['uk'], handler: word('▲') },
  { family: 'text', names: ['Зменшення', 'Спад'], langs: ['uk'], handler: word('▼') },
  // `{{н}} 27 січня 1904 — {{с}} 12 березня 1961` (uk 0035), `({{н.}} 29 лютого 1944` (uk 0052).
  { family: 'text', names: ['Нар', 'Н', 'Н.', 'Народився', 'Народилася'], langs: ['uk'], handler: word('нар.') },
  { family: 'text', names: ['Пом', 'С', 'Помер', 'Померла'], langs: ['uk'], handler: word('пом.') },
  { family: 'text', names: ['Л.'], langs: ['uk'], handler: word('Л.') },
  // The calendars of a day's name days (uk 0366: `: {{Іменини/Православні}}: [[Іван]], …`): the
  // word the template's name ends with; the wiki's own styling of it is in no stored source.
  { family: 'text', names: ['Іменини/Православні'], langs: ['uk'], handler: word('Православні') },
  { family: 'text', names: ['Іменини/Католицькі'], langs: ['uk'], handler: word('Католицькі') },
  // Places of publication in uk citations (`|місце={{L.}}`, uk 0102, 0106, 0408): the abbreviation.
  { family: 'text', names: ['L.'], langs: ['uk'], handler: word('L.') },
  { family: 'text', names: ['Wash.'], langs: ['uk'], handler: word('Wash.') },
  { family: 'text', names: ['N. Y.', 'N.Y.'], langs: ['uk'], handler: word('N. Y.') },
  { family: 'text', names: ['Дон.'], langs: ['uk'], handler: word('Дон.') },
  { family: 'text', names: ['Х.'], langs: ['uk'], handler: word('Х.') },
  { family: 'text', names: ['Льв.'], langs: ['uk'], handler: word('Львів') },
  { family: 'text', names: ['СПб.'], langs: ['uk'], handler: word('СПб.') },
  { family: 'text', names: ['Munch.'], langs: ['uk'], handler: word('München') },
  { family: 'text', names: ['Circa', 'C.', 'Ca.'], handler: perLanguage({ en: 'c.', uk: 'бл.', zh: '约', ja: '約', ko: '약' }) },
  { family: 'text', names: ['Pi', 'Π'], handler: word('π') },
  { family: 'text', names: ['〒'], langs: ['ja'], handler: word('〒') },
  { family: 'text', names: ['Native name', 'Nativename'], handler: nativeName },
  // `{{Nowiki|[転職サイト]}}`: the argument as written, markup and all (the template wraps it in <nowiki>).
  { family: 'text', names: ['Nowiki'], handler: (call) => inlineOrDrop(pos(call, 1) ? [text(pos(call, 1)!)] : []) },
  { family: 'text', names: ['C++', 'Cpp'], handler: word('C++') },
  { family: 'text', names: ['E', '×10'], langs: ['uk', 'en'], handler: timesTenTo },
  { family: 'text', names: ['Num', 'Число'], langs: ['uk'], handler: groupedNumber },
  // A number in a sortable table, shown grouped as formatnum groups it (uk 0106, 0381: areas and
  // populations read 7741220).
  { family: 'text', names: ['Nts', 'Ntsh', 'Number table sorting'], handler: groupedNumber },
  { family: 'text', names: ['Chset-cell', 'Chset-cell1'], handler: codePointCell },
  { family: 'text', names: ['S'], langs: ['uk'], handler: keep(1) },
  { family: 'text', names: ['Oq', 'Lang-oq'], langs: ['uk'], handler: keep(2) },
  { family: 'text', names: ['Langi'], langs: ['uk'], handler: italic(2) },
  { family: 'text', names: ['縦書き', '下げ核', '高線', '上線', 'El', 'Grc'], langs: ['ja'], handler: keep(1) },
  { family: 'text', names: ['色', 'Legend0', 'Legend-line'], handler: keep(2) },
  { family: 'text', names: ['Pre', 'Pre2'], handler: pre },
  { family: 'text', names: ['Text', 'Текст'], langs: ['uk'], handler: textQuote },
  // On jawiki only: what `{{ws}}` does on the other wikis was not looked at.
  { family: 'text', names: ['Ws'], langs: ['ja'], handler: wikisourceLink },
  { family: 'text', names: ['Ряд2', 'Ряд'], langs: ['uk'], handler: row },
  { family: 'text', names: ['表2列', '表3列', 'Columns-2', 'Col'], langs: ['ja'], handler: columns },
  // ukwiki's three columns, `{{3|\n* …|\n* …|\n* …}}`: the columns one after another (uk 0316's
  // Shevchenko prize laureates were lost with the call).
  { family: 'text', names: ['3'], langs: ['uk'], handler: columns },
  // Keeps a block in one column of a {{div col}} list: the block itself.
  { family: 'text', names: ['No col break', 'Nocolbreak', 'No column break'], handler: columns },
  // Boxes side by side: the wiki shows each item's content (`{{flex-item|basis=auto|'''増加''' …}}`).
  { family: 'text', names: ['Flexbox', 'Flex-item'], handler: columns },
  { family: 'text', names: ['Prefix'], langs: ['ja'], handler: searchLink('prefix') },
  { family: 'text', names: ['Intitle'], langs: ['ja'], handler: searchLink('intitle') },
];
