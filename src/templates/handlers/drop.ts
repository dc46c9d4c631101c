/**
 * Templates deliberately dropped: navigation boxes, sidebars, succession boxes, portals,
 * authority control, sister-project boxes, maintenance banners and inline cleanup tags, layout
 * helpers (`{{clear}}`, column begin/end). They are counted as handled; the scar transform
 * tidies the punctuation they leave.
 */
import type { HandlerEntry, PatternEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import type { Inline } from '../../ast/nodes.js';
import { DROP, externalLink, inline, inlineOrDrop, inlineResult, pos, text } from '../util.js';
import { carriesFacts } from './databox.js';
import { infobox } from './infobox.js';

const drop: TemplateHandler = () => DROP;

/**
 * Navigation boxes and layout templates (`{{Multicol}}`, `{{Clear}}`, `{{Col-break}}`): the wiki
 * shows a table or a div there, a block, or nothing, and either way a line holding only such calls
 * ends the paragraph before it (parser/blocks.ts), as does a line left empty by calls that show
 * nothing. Inline ones (INLINE_NAVIGATION, INLINE_LAYOUT) have no such trait.
 */
const BLOCK = { block: true } as const;

/**
 * zhwiki names navigation boxes "…模板" (`{{中华人民共和国省级行政区模板}}`, no arguments), but a few
 * infoboxes too (`{{軍艦模板|名稱=…|艦種=…|長度=…}}`): a call carrying five or more named facts
 * is shown as an infobox instead of being dropped with the navigation.
 */
const navboxOrDataBox: TemplateHandler = (call, ctx) => (carriesFacts(call) ? infobox(call, ctx) : DROP);

/** Inline cleanup tags that wrap text (`{{citation needed span|text}}`, ja `{{独自研究範囲|text}}`): keep the text. */
function keepText(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  return inlineOrDrop(inline(ctx, pos(call, 1) ?? call.args.get('text')));
}

/**
 * Inline cleanup tags of jawiki take the doubted words as `範囲=` (`{{独自研究|範囲=…|date=…}}`,
 * `{{独自研究範囲}}`-style): the wiki shows those words (marked), so they stay; the tag goes.
 */
function dropKeepingRange(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const range = call.args.get('範囲');
  return range === undefined ? DROP : inlineOrDrop(inline(ctx, range));
}

/**
 * jawiki's inline cleanup tags print a bracketed note in superscript after the words they doubt
 * (`<sup class="Template-Fact">[<i>要出典</i>]</sup>`, the wording as the wiki's pages show it:
 * "[要出典]", "[要検証 – ノート]", "[いつ?]", "[要ページ番号]"); the span forms (`{{要出典範囲|…}}`,
 * or `範囲=`) show the doubted words first. A reader of the mirror sees that the sentence is
 * doubted, as on the wiki. The dump's pages also hand the doubted sentence to the tag itself as
 * its first argument (ja 0063, 0068, 0187: `{{要出典|date=…|その後は…}}`, a whole paragraph),
 * as zhwiki's 来源请求 takes it; it is shown as `範囲=` is (the template's own source was not
 * found to confirm it; read from how the pages use it).
 */
function jaMarked(note: string): TemplateHandler {
  return (call, ctx) => marked(ctx, call.args.get('範囲') ?? pos(call, 1), note, true);
}

/** The doubted words (if any), then the tag's note in superscript: `[note]`, the word in italics where the wiki sets it so (jawiki). */
function marked(ctx: TemplateContext, words: string | undefined, note: string, italic: boolean): TemplateResult {
  const shown = words === undefined ? [] : inline(ctx, words);
  const children: Inline[] = italic
    ? [{ type: 'text', value: '[' }, { type: 'htmlInline', tag: 'i', attrs: {}, children: [{ type: 'text', value: note }] }, { type: 'text', value: ']' }]
    : [{ type: 'text', value: `[${note}]` }];
  const mark: Inline = { type: 'htmlInline', tag: 'sup', attrs: {}, children };
  return inlineResult([...shown, mark]);
}

/**
 * jawiki tag → the note its superscript shows. Each is also registered under its span form's name,
 * "…範囲" (要出典範囲, 要検証範囲 and いつ範囲 are used on the dump's pages; 要ページ番号範囲 was not
 * seen anywhere and is registered by analogy, as the "…範囲" pattern would keep its words anyway).
 */
const JA_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['要出典', '要出典'], ['要検証', '要検証 – ノート'], ['いつ', 'いつ?'], ['要ページ番号', '要ページ番号'],
];

const NAVIGATION = [
  'Navbox', 'Navbox with columns', 'Navbox with collapsible groups', 'Navbox with collapsible sections', 'Navbox subgroup',
  'Navboxes', 'Navboxes top', 'Navboxes bottom', 'Navbox top', 'Navbox bottom', 'Navframe', 'Navigation',
  'Sidebar', 'Sidebar with collapsible lists', 'Sidebar person', 'Succession box', 'Succession', 'Start box', 'End box',
  'Start rail box', 'Succession links', 'Rail line', 'Incumbent succession box', 'Succession table monarch',
  'Portal', 'Portal bar', 'Portals', 'Portal box', 'Subject bar', '主题', '主題', 'Portal-bar',
  'ウィキポータルリンク', 'Portal box/ja', 'ウィキプロジェクトリンク', 'ВП-портали', 'Портали', 'Портал', 'Navigation bar',
  'Authority control', 'Normdaten', 'Taxonbar', 'Persondata', 'Bibliographic databases', '規範控制', '权威控制', '權威控制',
  'Бібліоінформація', 'Commons', 'Commonscat', 'Commons category', 'Commons cat',
  'Wikispecies', 'Wikisource', 'Wiktionary', 'Wikiquote', 'Wikibooks', 'Wikinews', 'Wikiversity', 'Wikivoyage',
  'Sister project links', 'Sisterlinks', 'Wikisource author',
  'Вікіпосилання', 'Вікіцитати1', 'Вікіцитати', 'Вікісховище', 'Navboxes',
  'Infobox/Navbox',
];

/**
 * Navigation pieces the wiki shows inside a line: the v·t·e links, sister-project and portal links
 * written `…-inline`, a Wikidata value or link, route-number icons.
 */
const INLINE_NAVIGATION = [
  'Navbar', 'Portal-inline', 'Commons-inline', 'Commonscat-inline', 'Sister-inline', 'Wikiquote-inline', 'Wiktionary-inline',
  'Wd', 'Wikidata', 'Rint', 'Jct/icon',
];

const MAINTENANCE = [
  'Citation needed', 'Cn', 'Fact', 'Cite needed', 'Source needed', 'Refnec', 'Citeneeded',
  'Verification needed', 'Better source', 'Better source needed', 'Failed verification', 'Dubious', 'Clarify', 'Vague', 'Which',
  'Who', 'When', 'By whom', 'Where', 'Page needed', 'Specify', 'According to whom', 'Year needed', 'Full citation needed',
  'Unreliable source', 'Unreliable source?', 'Self-published source', 'Dead link', '失效链接', '失效連結', 'Deadlink',
  'リンク切れ', 'Недоступне посилання', 'Fix', 'Update inline', 'Outdated', 'Original research inline',
  'Unreferenced', 'Unref', 'Refimprove', 'More citations needed', 'More footnotes', 'More footnotes needed', 'No footnotes',
  'Nofootnotes', 'Primary sources', 'Primarysources', 'Third-party', 'Expand', 'Expand section', 'Expert', 'Expert needed',
  'Cleanup', 'Cleanup rewrite', 'Notability', 'Multiple issues', 'Article issues', 'Dead end', 'Deadend', 'In-universe',
  'In universe', 'Unreferenced section', 'Original research', 'POV', 'NPOV', 'Advert', 'Copyedit', 'Tone', 'Update',
  'Orphan', 'Wikify', 'Stub', 'Substub', 'Disambig', 'Disambiguation', 'Dab', 'Hndis', 'Geodis', '消歧义', '消歧義',
  '問題條目', '问题条目', 'Featured article', 'Good article', 'FA', 'GA', 'Featured list', 'Link FA', 'Link GA', 'Link FL',
  'Copy edit', 'Lead too short', 'Lead too long', 'Confusing', 'Technical', 'Too technical', 'Fansite', 'Globalize',
  'Howto', 'Essay-like', 'Peacock', 'Weasel', 'Trivia', 'Prose', 'Very long', 'Split', 'Merge', 'Merge to', 'Merge from',
  'Copypaste', 'Close paraphrasing', 'Current', 'Recentism', 'BLP sources', 'BLP unsourced', 'Unsourced', 'Notable',
  '出典の明記', '節スタブ', '独自研究', '未検証', '要出典範囲/', 'スタブ', '参照方法', '脚注の不足', '言葉を濁さない',
  'Розширити розділ', 'Розширити', 'Джерело', 'Без джерел', 'Недостатньо виносок', 'Переписати', 'Вікіфікувати',
  'Protected', 'Pp', 'Short description', 'Use dmy dates', 'Use mdy dates', 'Italic title', 'Lowercase title', 'DISPLAYTITLE',
  'TOC limit', 'TOC right', 'TOC left', 'Toc', 'TOCright', 'Compact ToC', 'Coord missing', 'Good article icon', 'Featured',
  'Main other', 'Use British English', 'Use American English', 'Engvarb', 'Copyvio', 'Delete', 'Afd', 'Prod', 'Vfd',
  'Veil', '脚注ヘルプ', 'Reflist/ja help', 'Refbegin', 'Refend', 'Ref begin', 'Ref end', 'Hidden begin', 'Hidden end',
  'HideF', 'Hidef', 'Collapse bottom', 'Cob', 'Display none', 'Hidden',
  '語中改行', 'Wbr', '0', 'Image label small', 'Image label', 'Image label end', 'Location map~',
  'Location map+', 'Location map', 'Location mark', 'Stdinchicite', 'Ebicite', 'Fdacite', 'Chemspidercite', 'Cascite',
  'Keggcite', 'Drugbankcite', 'Commons-inline', 'Pp-vandalism', 'Pp-semi', 'Pp-protected', 'Pp-move', 'Good page',
  'Medical', 'Medref', 'Copyright', 'Citation style', 'Cleanup-reorganize', 'Inappropriate person',
  // ja and uk banners, icons and maps
  '複数の問題', 'どこ', '誰', '要説明', 'Color sample', 'JR西路線記号', 'Maplink',
  'Maplink2', 'Osm box', 'Osmrelation', 'Googlemap', '座標一覧', 'Commons&cat', 'Multimedia',
  'Interlang' /* ja has its own handler (links.ts); other wikis drop it */, 'Коли', 'Оновити', 'Інші проєкти', 'Шрифти Церковнослов\'янська', 'Рік в інших календарях',
  '存命人物の出典明記', '存命人物の出典皆無', '特殊文字', 'ページ番号', 'Aimai', '半保護運用', '半保護', '保護運用', '要曖昧さ回避',
  'ショートカット', 'Shortcut', 'Policy shortcut', '誰2', '出典無効', '更新', '告知', 'Notice', 'Open access', '日本の都道府県内自治体位置図',
  'Wikiatlas', 'Wikinewscat', 'Wiktionarycat', 'ウィキトラベル インライン', 'Wikivoyage-inline', 'Osmrelation-inline', 'Location map many',
  'PD-письменник', 'Коротка назва', 'Немає в джерелі', 'Нд', 'Добра стаття', 'Перевірено', 'Доробити', 'Falseredirect', 'У планах',
  'Рамка', 'Прапор', 'ПрапорЗначок', 'Нормативний контроль', 'Словники України online',
];

/**
 * Topic navigation boxes seen on two or more pages of the ja/uk dumps (a navbox's name says
 * nothing about its shape, so the frequent ones are listed by name).
 */
const TOPIC_NAVBOXES = [
  // ja
  '日本の都道府県', 'アジア', 'ヨーロッパ', 'アフリカ', '上陸台風が多い都道府県', 'OIC', 'OIF', 'G20', 'G7', 'G8', 'OPEC', 'OECD',
  '参議院選挙区当選者偶数開催', '参議院選挙区当選者奇数開催', '日本関連の項目', '人文科学', '言語学', '社会学', '著作権 (法学)',
  'Logic', '音楽', '自然', 'フランス関連の主要項目', '科学技術研究', 'NATOに加盟していない主要な同盟国', 'Engineering fields',
  'コンピュータ科学', '地域区分表', '国際連合公用語', 'アフリカ連合の言語', '最新の出来事の関連', '哲学', '医療', '液晶',
  'ソウルミュージック', '近代音楽と現代音楽', '実験音楽', 'フォーク・ミュージック', 'スカ', 'スペイン語圏の音楽', 'カリブ海地域の音楽',
  '星雲賞コミック部門', '日本の地域', '鳥取県・島根県の放送', 'SDGs未来都市', 'Nav non-jp', 'Navibox 編集案内', 'Policy', 'Guideline',
  'Wikipediaの方針とガイドライン', 'FAQinfobox', 'Interwiki', '私論', 'ウィキペディアの私論', 'Redirectlist',
  // uk
  'Європа', 'Рада Європи', 'ЄС', 'НАТО', 'WEU', 'ОЧЕС', 'ОЕСР', 'СК', 'СНД', 'Мови програмування', 'Лінгвістика', 'Частини мови',
  'Країни, що визнали Голодомор геноцидом', 'Українська мова', 'Географія вертикальний', 'Географія', 'Україна', 'Східне партнерство',
  'Герої Соціалістичної Праці', 'Інформаційна ера', 'Вільні мистецтва', 'Місяці та дні року', 'Міжнародні відносини', 'Шенгенська зона',
  'Періодична система елементів', 'Періодична система хімічних елементів', 'Глосарій термінів з хімії', 'Великі числа', 'Одиниці довжини',
  'Математика бічна панель', 'Природа', 'Геометрія', 'Розділові знаки', 'Дослідження історії України', 'Гімн України', 'Люблінський трикутник',
  'Інформатика', 'Соціальні медіа', 'Інтернет', 'Семантична павутина', 'СКБД', 'Мова програмування C', 'Обласні центри України',
  '50 найбільших міст України', 'Найбільші міста України', 'Регіони розселення українців', 'Слов\'янські країни', 'Гімни України',
  'Шевченківська премія з літератури', 'Штучні мови', 'Мовознавство', 'ВВПЗ', 'Початок року', 'Зміст у лінію', 'Ac', 'Ci', 'Рік у науці',
  // zh
  'CProLang',
];

const LAYOUT = [
  'Clear', 'Clr', '-', 'Clear left', 'Clear right', 'Clearleft', 'Clearright', 'Col-begin', 'Col-end', 'Col-break',
  'Col-2', 'Col-3', 'Col-4', 'Col-1-of-2', 'Col-2-of-2', 'Col-1-of-3', 'Col-2-of-3', 'Col-3-of-3', 'Div col', 'Div col end',
  'Div end', 'Divcol', 'Divcolend', 'Multicol', 'Multicol-break', 'Multicol-end', 'Colbegin', 'Colend', 'Col', 'End',
  'Refcolumns', 'Reflist-columns', 'Col-float', 'Col-float-break', 'Col-float-end', 'No col break',
  'Стовпці', 'Кінець стовпців', 'Stack end', 'Stack begin', 'Float begin', 'Float end',
  'Columns-start', 'Columns-end', 'Column', 'After float', 'Flexbox start', 'Flexbox end', 'Flex-item start', 'Flex-item end',
];

/** Layout inside a line: white space (`{{Pad|2em}}`, `{{1em}}`), a table cell's style, a colour code in a style attribute. */
const INLINE_LAYOUT = ['Pad', '1em', 'Rh', '都市圏Color'];

/**
 * zhwiki's `{{来源请求}}` (`Citation needed`, `Fact`, `Cn`) doubles as the span form: a first
 * argument is the doubted text, which the wiki shows (highlighted, before the tag), so
 * `…编码{{来源请求|几乎从不被使用。|time=…}}` keeps its words. With or without it the tag prints
 * its note in superscript, "[來源請求]" (as zhwiki's Template:Citation needed, to which 来源请求
 * redirects, prints it: the first argument highlighted when given, then the bracketed note, upright,
 * as a link to the sourcing policy; that link is left out here, as jawiki's is).
 */
const zhMarked: TemplateHandler = (call, ctx) => marked(ctx, pos(call, 1), '來源請求', false);

/**
 * zhwiki's `{{Dead link}}` (corpus template 13) prints its note in superscript after the link:
 * "[失效連結]", "[永久失效連結]" once a bot tried to fix it (`fix-attempted=yes`), the word in each
 * variant's spelling (its `-{zh:失效連結;zh-tw:失效連結;zh-cn:失效链接}-`). Dropped before (香取慎吾,
 * 日丸屋秀和 and 香港電台 each cite one).
 */
const zhDeadLink: TemplateHandler = (call, ctx) => {
  const word = ctx.parseInline('-{zh:失效連結;zh-tw:失效連結;zh-cn:失效链接}-');
  // With `url=` the note links the Wayback Machine's list of copies of it, and 永久 is never printed
  // (the template's #if on url comes first; only its no-url branch reads fix-attempted).
  const url = call.args.get('url')?.trim();
  const note: Inline[] = url && !/[\s[\]<>"]/.test(url) ? [externalLink(`http://web.archive.org/web/*/${url}`, word)]
    : url ? word
    : call.args.get('fix-attempted')?.trim() ? [text('永久'), ...word] : word;
  return inlineResult([{ type: 'htmlInline', tag: 'sup', attrs: {}, children: [text('['), ...note, text(']')] }]);
};

const ZH_CITATION_NEEDED = ['Citation needed', 'Cn', 'Fact', 'Cite needed', 'Source needed', 'Refnec', 'Citeneeded', '来源请求', '來源請求', '需要来源', '需要來源'];

/** Inline tags that wrap text worth keeping. */
const WRAPPERS = [
  'Citation needed span', 'Cn span', 'Fact span', 'Dubious span', 'Clarify span', 'Vague span', 'Disputed inline span',
];

export const DROP_ENTRIES: HandlerEntry[] = [
  { family: 'navbox', names: NAVIGATION, handler: drop, traits: BLOCK },
  { family: 'navbox', names: INLINE_NAVIGATION, handler: drop },
  { family: 'navbox', names: TOPIC_NAVBOXES, handler: drop, traits: BLOCK },
  { family: 'maintenance', names: MAINTENANCE, handler: dropKeepingRange },
  { family: 'layout', names: LAYOUT, handler: drop, traits: BLOCK },
  { family: 'layout', names: INLINE_LAYOUT, handler: drop },
  { family: 'maintenance', names: WRAPPERS, handler: keepText },
  { family: 'maintenance', names: ZH_CITATION_NEEDED, langs: ['zh'], handler: zhMarked },
  { family: 'maintenance', names: ['Dead link', '失效链接', '失效連結', 'Deadlink'], langs: ['zh'], handler: zhDeadLink },
  ...JA_MARKS.map(([name, note]): HandlerEntry => ({ family: 'maintenance', names: [name, `${name}範囲`], langs: ['ja'], handler: jaMarked(note) })),
  // ukwiki's span form of {{факт}}: `{{fact2|вживався для позначення …}}` (uk 0375) shows the words.
  { family: 'maintenance', names: ['Fact2'], langs: ['uk'], handler: keepText },
  // zhwiki's {{C++}} is the C++ navigation box at the foot of its articles (C++14, C++17), not
  // the word (enwiki's {{C++}}, handled as text elsewhere).
  { family: 'navbox', names: ['C++'], langs: ['zh'], handler: drop, traits: BLOCK },
];

export const DROP_PATTERNS: PatternEntry[] = [
  // jawiki's span tags are all named "…範囲" (`{{疑問点範囲|…}}`, `{{要説明範囲|…}}`): the words stay.
  { family: 'maintenance', suffix: '範囲', langs: ['ja'], handler: keepText },
  { family: 'navbox', prefix: 'Navbox', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: ' navbox', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '导航', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '導航', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '导航模板', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '導航模板', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '導覽', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '模板', langs: ['zh'], handler: navboxOrDataBox, traits: BLOCK },
  { family: 'navbox', prefix: 'Навігація', handler: drop, traits: BLOCK },
  { family: 'navbox', prefix: 'Sidebar', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: ' sidebar', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '侧边栏', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '側邊欄', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: ' footer', handler: drop, traits: BLOCK },
  // Succession boxes (jawiki's before · title · after pieces have table bodies: templates/wikitext.ts).
  // Only where the dump lacks the template: zhwiki's heading rows (S-gov, S-dip, …) are plain
  // wikitext pages that a dump carries, and dropping them lost the box's headings.
  { family: 'navbox', prefix: 'S-', handler: drop, traits: { block: true, fallbackOnly: true } },
  { family: 'navbox', prefix: 'Portal', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: 'のフッター', langs: ['ja'], handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '-footer', handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: ' в темах', langs: ['uk'], handler: drop, traits: BLOCK },
  { family: 'navbox', prefix: 'Країни ', langs: ['uk'], handler: drop, traits: BLOCK },
  { family: 'navbox', prefix: 'Нобелівська премія', langs: ['uk'], handler: drop, traits: BLOCK },
  { family: 'navbox', prefix: 'Місцевості ', langs: ['uk'], handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '行政区划', langs: ['zh'], handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '行政區劃', langs: ['zh'], handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '铁路车站', langs: ['zh'], handler: drop, traits: BLOCK },
  { family: 'navbox', suffix: '鐵路車站', langs: ['zh'], handler: drop, traits: BLOCK },
  // Stub banners are boxes, protection marks and `Use …` settings show nothing in the text.
  { family: 'maintenance', suffix: '-доробити', langs: ['uk'], handler: drop, traits: BLOCK },
  { family: 'maintenance', suffix: '-stub', handler: drop, traits: BLOCK },
  { family: 'maintenance', suffix: ' stub', handler: drop, traits: BLOCK },
  { family: 'maintenance', suffix: '小作品', handler: drop, traits: BLOCK },
  { family: 'maintenance', suffix: '小小作品', handler: drop, traits: BLOCK },
  { family: 'maintenance', suffix: 'スタブ', handler: drop, traits: BLOCK },
  { family: 'maintenance', prefix: 'Pp-', handler: drop, traits: BLOCK },
  { family: 'maintenance', prefix: 'Use ', langs: ['en'], handler: drop, traits: BLOCK },
];
