/**
 * Text-formatting templates: they wrap their argument in styling that Markdown either has
 * (`<sup>`, `<small>`, emphasis) or does not need (nowrap, colours, font sizes), plus the
 * one-character helpers (`{{!}}`, `{{·}}`, `{{nbsp}}`) and table-cell words (`{{won}}`, `{{yes}}`).
 */
import type { Inline } from '../../ast/nodes.js';
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { arg, blockResult, blocks, DROP, inline, inlineOrDrop, inlineResult, paragraph, plain, pos, text, uiLang, wikiLink, type UiLang } from '../util.js';
import { parseTitle } from '../../site/titles.js';

/**
 * Whether a wrapped argument holds lines MediaWiki reads as blocks: after expansion the argument's
 * lines stand at line starts, so `* item`, `# item`, `: indent`, `; term` and `{|` open lists and
 * tables even inside `{{small|…}}`. Such arguments become blocks instead of one flattened line.
 */
const BLOCK_LINE = /\n(?:[*#:;]|[ \t]*\{\|)/;

/**
 * Inline content of an argument, or its blocks when it has list or table lines. The white space at
 * the edges of an untrimmed (positional) argument stays, outside the content: these templates print
 * `{{{1}}}` as given (zhwiki's Nowrap is `<span class="nowrap">{{{1}}}</span>`), so
 * `a{{nowrap| b }}c` shows "a b c" on the wiki (it read "abc"). Named arguments come trimmed. An
 * edge holding a line break is still dropped: the page's own line breaks are joined by the writer
 * (nothing between CJK lines), which a text node's break would bypass. A blank argument on one
 * line is its white space (`a{{nowrap| }}b` shows "a b").
 */
function content(ctx: TemplateContext, v: string | undefined, wrap?: (body: Inline[]) => Inline): TemplateResult {
  if (v !== undefined && BLOCK_LINE.test(v)) {
    const b = blocks(ctx, v);
    return b.length ? blockResult(b) : DROP;
  }
  const body = inline(ctx, v);
  if (!body.length) return v && v.trim() === '' && !v.includes('\n') ? inlineResult([text(v)]) : DROP;
  const nodes = wrap ? [wrap(body)] : body;
  const lead = v!.slice(0, v!.length - v!.trimStart().length);
  const trail = v!.slice(v!.trimEnd().length);
  if (lead && !lead.includes('\n')) nodes.unshift(text(lead));
  if (trail && !trail.includes('\n')) nodes.push(text(trail));
  return inlineOrDrop(nodes);
}

/** The first of `names` given with a non-blank value, as given (`arg` trims it). */
function nonBlank(call: TemplateCall, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = call.args.get(n);
    if (v !== undefined && v.trim() !== '') return v;
  }
  return undefined;
}

/** nonBlank, else the first name's blank value: a template printing `{{{1}}}` shows its white space. */
function given(call: TemplateCall, names: readonly string[]): string | undefined {
  return nonBlank(call, names) ?? call.args.get(names[0]!);
}

/** The first positional argument (or `text=`), unchanged. */
function passFirst(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return content(ctx, given(call, ['1', 'text', '内容']));
}

/**
 * ja `{{Indent|S → aSb}}`: the text set in on a line of its own (a formula, a grammar rule); on
 * its own line it is an indented line as `:` makes one, inside running text only the text.
 */
function jaIndent(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const v = arg(call, ['1']);
  if (!call.lineStart || v === undefined || v.trim() === '' || v.includes('\n')) return passFirst(call, ctx);
  const b = ctx.parseBlocks(':' + v.trim());
  return b.length ? blockResult(b) : DROP;
}

/** The second positional argument (`{{color|red|text}}`, `{{resize|90%|text}}`). */
function passSecond(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return content(ctx, given(call, ['2', 'text']));
}

/**
 * `{{legend|#225500|10.0 % 以上}}`: the wiki draws a coloured square and the words in a div of their
 * own, so a map caption's legend stands one entry to a line (the colour carries no text).
 */
function legend(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const r = passSecond(call, ctx);
  return r.kind === 'inline' ? blockResult([paragraph(r.nodes)]) : r;
}

/** `{{legend striped|color1|color2|text}}`: its third argument, as `{{legend}}` shows its second (zhwiki's template read). */
function legendStriped(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const r = content(ctx, pos(call, 3));
  return r.kind === 'inline' ? blockResult([paragraph(r.nodes)]) : r;
}

/** The last non-empty positional argument (`{{font color|fg|bg|text}}`, `{{resize|text}}`). */
function passLast(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  for (let i = 6; i >= 1; i--) {
    const v = nonBlank(call, [String(i)]);
    if (v !== undefined) return content(ctx, v);
  }
  return content(ctx, given(call, ['text']));
}

/**
 * zhwiki `{{font color|fg|text}}` / `{{font color|fg|bg|text}}` (Template:Font color read): the
 * text is `{{{text|{{{3|}}}}}}` — a given `text=`, even empty, hides the third argument — and when
 * that is blank, `{{{bg|{{{2|}}}}}}`, so `{{font color|red|bg=甲}}` shows 甲; each in `{{trim|…}}`,
 * so no edge space shows. `link=yes` links the text to the page it names, `link=X` to X.
 */
function fontColor(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const named = (n: string, fallback: string): string | undefined => call.args.get(n) ?? call.args.get(fallback);
  const first = named('text', '3');
  const shown = (first !== undefined && first.trim() !== '' ? first : named('bg', '2'))?.trim();
  const link = call.args.get('link')?.trim();
  if (!link || !shown || BLOCK_LINE.test(shown)) return content(ctx, shown);
  const body = inline(ctx, shown);
  return inlineOrDrop([wikiLink(ctx, link === 'yes' ? shown : link, body)]);
}

/**
 * zhwiki `{{font|text|size=…}}`: `{{#if:{{{1|}}}|{{{1}}}|{{{text}}}}}`, a branch, so trimmed. With
 * a blank or no first argument and no `text=` the zh page shows `{{{text}}}` as written (Template:Font
 * read); another wiki's Font was not read: nothing there.
 */
function font(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const first = nonBlank(call, ['1']);
  if (first !== undefined) return content(ctx, first.trim());
  const named = call.args.get('text');
  if (named === undefined && ctx.site.lang === 'zh') return inlineResult([text('{{{text}}}')]);
  return content(ctx, named?.trim());
}

/**
 * The text in an inline tag (`{{small|…}}` → `<small>…</small>`); lists and tables cannot sit
 * inside one, and their text matters more than the styling. White space at the argument's edges
 * is set outside the tag (the wiki keeps it inside, which shows the same); `edges` drops what the
 * template does not print.
 */
function wrapTag(tag: string, edges: (v: string) => string = (v) => v): TemplateHandler {
  return (call, ctx) => {
    const v = given(call, ['1', 'text']);
    return content(ctx, v === undefined ? v : edges(v), (body) => ({ type: 'htmlInline', tag, attrs: {}, children: body }));
  };
}

/**
 * `{{su|p=sup|b=sub}}`, stacked in MediaWiki, in a line here (a blank one left out): the subscript
 * first, as a count before a charge reads (zhwiki's Chem/atom: `SO{{su|b=4|p=2−}}` → SO₄²⁻);
 * right-aligned (`a=r`, scripts set against what follows, as a nuclide's ¹⁴₆C) the superscript first.
 */
const stackedScripts: TemplateHandler = (call, ctx) => {
  const scripts: [string, string | undefined][] = [['sub', arg(call, ['b'])], ['sup', arg(call, ['p'])]];
  if (arg(call, ['a'])?.trim() === 'r') scripts.reverse();
  const nodes = scripts.flatMap(([tag, v]) => {
    const body = inline(ctx, v?.trim());
    return body.length ? [{ type: 'htmlInline' as const, tag: tag!, attrs: {}, children: body }] : [];
  });
  return nodes.length ? inlineResult(nodes) : DROP;
};

/**
 * `{{frac|A|B|C}}` → "A B⁄C", `{{frac|A|B}}` → "A⁄B", `{{frac|A}}` → "1⁄A", `{{frac}}` → "⁄";
 * `{{sfrac}}` (a stacked fraction on the wiki) the same with a plain slash.
 */
function fraction(slash: string): TemplateHandler {
  return (call, ctx) => {
    const parts: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const v = call.args.get(String(i));
      if (v === undefined) break;
      parts.push(v.trim());
    }
    const [whole, num, den] = parts.length === 3 ? parts : parts.length === 2 ? ['', ...parts] : ['', parts.length ? '1' : '', parts[0] ?? ''];
    const shown = (whole ? whole + (num || den ? '\u00a0' : '') : '') + (num || den ? num + slash + den : '') || slash;
    return inlineOrDrop(inline(ctx, shown));
  };
}

/** `{{not a typo|twon}}`: its arguments as written, run together. */
function allPositional(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  let s = '';
  for (let i = 1; i < 50; i++) {
    const v = call.args.get(String(i));
    if (v === undefined) break;
    s += v;
  }
  return inlineOrDrop(inline(ctx, s));
}

/** A fixed character or word (a fresh node per call: later stages may edit nodes in place). */
function constant(value: string): TemplateHandler {
  return () => ({ kind: 'inline', nodes: [text(value)] });
}

function perLanguage(words: Record<UiLang, string>): TemplateHandler {
  return (call, ctx) => {
    const shown = pos(call, 1);
    return inlineResult(shown ? inline(ctx, shown) : [text(words[uiLang(ctx)])]);
  };
}

/** `{{abbr|WHO|World Health Organization}}` → <abbr title="…">WHO</abbr>. */
function abbr(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, pos(call, 1));
  if (!body.length) return DROP;
  // The title is an attribute: a template inside it is its text (the marker's index had printed).
  const title = plain(ctx, pos(call, 2));
  return inlineResult([{ type: 'htmlInline', tag: 'abbr', attrs: title ? { title } : {}, children: body }]);
}

/** `{{mvar|x}}` → italic variable. */
function mvar(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const body = inline(ctx, pos(call, 1));
  return body.length ? inlineResult([{ type: 'emphasis', children: body }]) : DROP;
}

/** `{{ruby|漢字|かんじ}}` → <ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>. */
function ruby(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const base = inline(ctx, pos(call, 1));
  const reading = inline(ctx, pos(call, 2));
  if (!base.length) return DROP;
  if (!reading.length) return inlineResult(base);
  const rp = (s: string): Inline => ({ type: 'htmlInline', tag: 'rp', attrs: {}, children: [text(s)] });
  return inlineResult([{ type: 'htmlInline', tag: 'ruby', attrs: {}, children: [...base, rp('('), { type: 'htmlInline', tag: 'rt', attrs: {}, children: reading }, rp(')')] }]);
}

/**
 * zhwiki `{{zy|淅|xī|ㄒㄧ|sik1}}`: the reading by variant, as Template:Zy writes it
 * (`-{zh-cn:2;zh-hk:4;zh-tw:3}-`, the second argument standing in for a missing third or fourth).
 */
function zy(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const [cn, tw, hk] = [pos(call, 2), pos(call, 3), pos(call, 4)];
  if (!cn || (!tw && !hk)) return ruby(call, ctx);
  const args = new Map(call.args);
  args.set('2', `-{zh-cn:${cn};zh-hk:${hk || cn};zh-tw:${tw || cn}}-`);
  return ruby({ ...call, args }, ctx);
}

/** `{{PAGENAME}}`-like templates some wikis write as templates. */
function pageName(base: boolean): TemplateHandler {
  return (_call, ctx) => {
    let t = ctx.title;
    const colon = t.indexOf(':');
    if (colon > 0 && ctx.site.namespaceLookup.has(t.slice(0, colon).toLowerCase())) t = t.slice(colon + 1);
    if (base) {
      const paren = t.lastIndexOf(' (');
      if (paren > 0 && t.endsWith(')')) t = t.slice(0, paren);
    }
    return inlineResult([text(t)]);
  };
}

/** `{{nts|1234.5}}` and friends: the number as written. */
function number(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return inlineOrDrop(inline(ctx, pos(call, 1)));
}

/**
 * `{{sort|key|text}}` shows its text (`{{{2|{{{1}}}}}}`), the key only sorts: {{Gold1}}
 * (`{{sort|1|[[File:gold medal icon.svg|…]]}}`) showed "1" instead of its medal, `{{sort|1|金牌}}` "1".
 */
function sort(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return inlineOrDrop(inline(ctx, call.args.has('2') ? call.args.get('2') : call.args.get('1')));
}

/**
 * `{{sortname|first|last|link|sort|dab=}}`: the full name, linked (zhwiki joins the two with `·`,
 * or a no-break space with `space=`; enwiki with a space), to `link` when given, else to the name
 * with ` (dab)`; `nolink=` leaves it unlinked. The sort key is hidden. Was the first name alone:
 * `{{sortname|約翰|史密斯}}` printed 約翰 where zhwiki links [[約翰·史密斯]]. As zhwiki's
 * `{{{3|{{{link|}}}}}}`, a third argument present but blank hides link= (the name is linked). A
 * name without its first or last part (zhwiki prints `{{{last}}}` there) is shown unlinked, with
 * a warning; without either, nothing.
 */
function sortname(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const first = arg(call, ['1', 'first']);
  const last = arg(call, ['2', 'last']);
  if (first === undefined || last === undefined) {
    ctx.warn({ code: 'template-data', message: `{{${call.name}}} without a ${first === undefined ? 'first' : 'last'} name: shown unlinked`, offset: call.offset });
    return inlineOrDrop(inline(ctx, first ?? last ?? ''));
  }
  const joint = arg(call, ['space']) ? '\u00a0' : ctx.site.lang === 'zh' ? '·' : ' ';
  const label = inline(ctx, first + joint + last);
  if (arg(call, ['nolink'])) return inlineOrDrop(label);
  const dab = arg(call, ['dab']);
  const link = call.args.has('3') ? pos(call, 3) : arg(call, ['link']);
  const target = link ?? first + joint + last + (dab ? ` (${dab})` : '');
  return inlineResult(parseTitle(ctx.site, target) ? [wikiLink(ctx, target, label)] : label);
}

const WON: Record<UiLang, string> = { zh: '获奖', ja: '受賞', en: 'Won', uk: 'Перемога', ko: '수상' };
const NOM: Record<UiLang, string> = { zh: '提名', ja: 'ノミネート', en: 'Nominated', uk: 'Номінація', ko: '후보' };
const YES: Record<UiLang, string> = { zh: '是', ja: 'Yes', en: 'Yes', uk: 'Так', ko: '예' };
const NO: Record<UiLang, string> = { zh: '否', ja: 'No', en: 'No', uk: 'Ні', ko: '아니요' };
const NA: Record<UiLang, string> = { zh: '不适用', ja: 'N/A', en: 'N/A', uk: 'Н/Д', ko: '해당 없음' };
const TBA: Record<UiLang, string> = { zh: '待定', ja: '未定', en: 'TBA', uk: 'Буде оголошено', ko: '미정' };

/** Calls that only wrap their text: list lines in it join the page's lists (preprocess/wrapper-lines.ts). */
const WRAPPER = { wrapper: true } as const;

export const FORMAT_ENTRIES: HandlerEntry[] = [
  {
    family: 'format',
    names: [
      'Nowrap', 'Nobr', 'Nobreak', 'Nowrap begin', 'Avoid wrap', 'Center', 'Centre', 'Inline-block',
      'Tooltip2', 'Smallcaps', 'Small caps', 'Sc', 'Allcaps', 'Nobold', 'Noitalic', 'Bdi', 'Nowraplinks',
      'Comment', 'Hover title', 'Smallcaps all', 'Serif', 'Sans-serif', 'Monospace', 'No wrap', '不换行', '不換行',
    ],
    handler: passFirst,
    traits: WRAPPER,
  },
  { family: 'format', names: ['Tooltip', 'Hover', 'Tip', '提示'], handler: passFirst },
  // jawiki float boxes around images and text: the content stays, the float is layout.
  { family: 'format', names: ['右', '左', 'Float right', 'Float left', 'Floatright', 'Floatleft'], langs: ['ja'], handler: passFirst },
  // zhwiki `{{右|[[File:…|thumb]]…}}` (山下站 (東京都): three photos dropped with it): a right-floated
  // table cell holding argument 2 when given (1 is then its alignment), else argument 1 (Template:右 read).
  {
    family: 'format',
    names: ['右'],
    langs: ['zh'],
    // `{{ #if: {{{2|}}} | {{{2}}} | {{{1}}} }}`: a branch, trimmed.
    handler: (call, ctx) => content(ctx, ((call.args.get('2') ?? '').trim() ? call.args.get('2') : call.args.get('1'))?.trim()),
  },
  { family: 'format', names: ['Unicode', 'IAST', 'Polytonic', 'JIS2004フォント', 'Indent', 'Lang-Latn', 'Nastaliq'], handler: passFirst },
  // jawiki `{{u|事実上の公用語}}` (ja 0002, inside a sentence) and `（{{読み|テレヴィジオン|}}）` (ja 0127):
  // the words, which left the sentences with a gap.
  { family: 'format', names: ['U', '読み'], langs: ['ja'], handler: passFirst },
  { family: 'format', names: ['Indent'], langs: ['ja'], handler: jaIndent },
  // zh `30{{连接号}}60` (英仙座流星雨 read "3060"): the range dash, 连接号 (one em, GB/T 15834's 一字线); neither this template nor {{bd}} is in a stored copy, so the dash is the standard's, not read.
  { family: 'format', names: ['连接号', '連接號'], langs: ['zh'], handler: constant('—') },
  { family: 'format', names: ['К.'], langs: ['uk'], handler: constant('К.') },
  { family: 'format', names: ['М.'], langs: ['uk'], handler: constant('М.') },
  { family: 'format', names: ['Color', 'Colour', 'Fgcolor', 'Colorbox', 'Color box', 'Legend inline', 'Resize', 'Font size', 'Fontsize', 'Shading', '颜色', '顏色', 'Цвет', 'Колір'], handler: passSecond, traits: WRAPPER },
  { family: 'format', names: ['Legend', 'Legend2', 'легенда', 'Легенда'], handler: legend },
  // 香港中文大學's 代表色 row (`{{legend striped|#69246B|#DDA52D|紫與金}}`) was dropped with its words.
  { family: 'format', names: ['Legend striped'], handler: legendStriped },
  { family: 'format', names: ['Font color', 'Font colour'], handler: fontColor, traits: WRAPPER },
  { family: 'format', names: ['Font'], handler: font, traits: WRAPPER },
  { family: 'format', names: ['Textcolor', 'Bgcolor'], handler: passLast, traits: WRAPPER },
  // zhwiki `{{highlight|text|colour|until}}`: the text is the first argument (it printed the colour).
  { family: 'format', names: ['Highlight'], handler: passFirst, traits: WRAPPER },
  { family: 'format', names: ['Small', 'Smaller', 'Midsize', 'Petit', '小', 'Зменшення', 'Малий'], handler: wrapTag('small'), traits: WRAPPER },
  { family: 'format', names: ['Big', 'Larger', 'Large', 'Huge', 'Збільшення'], handler: wrapTag('big'), traits: WRAPPER },
  { family: 'format', names: ['Sup', 'Sups', 'Superscript'], handler: wrapTag('sup') },
  // `{{su|p=…|b=…}}` (Module:Su on en and zh) stacks p over b; it has no positional text. zhwiki's
  // {{chem}} writes every count and charge with it (`{{su|w=70%|b=2}}`), which the `sup` wrapper
  // above dropped: 乙醇's 示性式 read "CHOH".
  { family: 'format', names: ['Su'], handler: stackedScripts },
  { family: 'format', names: ['Sub', 'Subscript'], handler: wrapTag('sub') },
  { family: 'format', names: ['Strikethrough', 'Strike', 'S', 'Del'], langs: ['en', 'zh', 'ja'], handler: wrapTag('s') },
  { family: 'format', names: ['Ul', 'Underline'], handler: wrapTag('u') },
  { family: 'format', names: ['Kbd', 'Key press', 'Key'], handler: wrapTag('kbd') },
  // zhwiki Code is `<syntaxhighlight inline>`, which drops the code's trailing white space.
  { family: 'format', names: ['Code'], handler: wrapTag('code', (v) => v.trimEnd()) },
  { family: 'format', names: ['Tt', 'Mono'], handler: wrapTag('code') },
  { family: 'format', names: ['Abbr', 'Abbreviation', 'Abbrlink'], handler: abbr },
  { family: 'format', names: ['Mvar', 'Var', 'Math var', 'Em', 'Italic'], handler: mvar },
  { family: 'format', names: ['Math', 'Bigmath', 'Mmath'], handler: passFirst },
  { family: 'format', names: ['Ruby', 'Ruby-ja', 'Ruby-zh', 'Rubyh', '注音', 'Ruby-zh-p'], handler: ruby },
  { family: 'format', names: ['Zy', 'Ruby-py'], handler: zy },
  { family: 'format', names: ['PAGENAME', 'Pagename'], handler: pageName(false) },
  { family: 'format', names: ['PAGENAMEBASE', 'Pagenamebase', 'PAGENAMEBASE2'], handler: pageName(true) },
  { family: 'format', names: ['Formatnum', 'Dts2'], handler: number },
  { family: 'format', names: ['Sort'], handler: sort },
  { family: 'format', names: ['Sortname'], handler: sortname },
  { family: 'format', names: ['Break', 'Br', 'Crlf'], handler: () => ({ kind: 'inline', nodes: [{ type: 'break' }] }) },
  { family: 'format', names: ['Frac', 'Fraction'], handler: fraction('\u2044') },
  { family: 'format', names: ['Sfrac'], handler: fraction('/') },
  { family: 'format', names: ['Not a typo', 'Not typo', 'Proper name', 'As written'], handler: allPositional },
  { family: 'format', names: ['!'], handler: constant('|') },
  { family: 'format', names: ['='], handler: constant('=') },
  { family: 'format', names: ['·', 'Dot', 'Middot', 'Dot-sep'], handler: constant('\u00a0· ') },
  { family: 'format', names: ['•', 'Bull', 'Bullet'], handler: constant('\u00a0• ') },
  { family: 'format', names: ['Nbsp', 'Space', 'Sp', 'Spaces'], handler: constant('\u00a0') },
  { family: 'format', names: ['Ndash', 'Dash', 'En dash', '–'], handler: constant('–') },
  { family: 'format', names: ['Mdash', 'Em dash', '—'], handler: constant('—') },
  { family: 'format', names: ['Snd', 'Spaced ndash', 'Spnd'], handler: constant('\u00a0– ') },
  { family: 'format', names: ['Spaced en dash'], handler: constant('\u00a0– ') },
  { family: 'format', names: ['Degree', 'Deg', 'градус'], handler: constant('°') },
  { family: 'format', names: ['Градус Цельсія', 'Celsius'], handler: constant('°C') },
  { family: 'format', names: ['N/A', 'NA', 'N/a'], handler: perLanguage(NA) },
  { family: 'format', names: ['Won', 'Win', '获奖', '獲獎'], handler: perLanguage(WON) },
  { family: 'format', names: ['Nom', 'Nominated', '提名'], handler: perLanguage(NOM) },
  { family: 'format', names: ['Yes', 'Y', 'Yes2', 'Ya', '是'], handler: perLanguage(YES) },
  { family: 'format', names: ['No', 'N', 'No2', '否'], handler: perLanguage(NO) },
  { family: 'format', names: ['TBA', 'Tba', 'TBD'], handler: perLanguage(TBA) },
];
