import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert } from './pipeline.js';

const md = (src: string, lang: string) => convert(src, 'T', lang).markdown.trim();

test('signs and abbreviations', () => {
  assert.equal(md('{{increase}}77 {{decrease}}3 {{steady}}', 'uk'), '▲77 ▼3 ▬');
  // uk names the trend signs in words; zh keeps small text for the same name.
  assert.equal(md('{{зменшення}}13', 'uk'), '▼13');
  // ukwiki's other names for them: `агломерація = 722,557 {{спад}}` (uk 0100), `{{зростання}} 83 019,200` (uk 0383).
  assert.equal(md('722,557 {{спад}}; {{зростання}} 83 019,200', 'uk'), '722,557 ▼; ▲ 83 019,200');
  assert.equal(md('{{Зменшення|小}}', 'zh'), '<small>小</small>');
  assert.equal(md("'''Ярослав''' ({{нар}} 1854; {{Л.}})", 'uk'), '**Ярослав** (нар. 1854; Л.)');
  assert.equal(md('{{circa}} 1360', 'uk'), 'бл. 1360');
  assert.equal(md('{{C++}}', 'en'), 'C++');
  // zhwiki's {{C++}} is the navigation box closing its C++ articles.
  assert.equal(md('正文\n\n{{C++}}', 'zh'), '正文');
  assert.equal(md('{{tick}} ok {{cross}} no', 'ja'), '✓ ok ✗ no');
});

test('numbers: code points, scientific notation, grouping by wiki', () => {
  assert.equal(md('{{chset-cell|2160}}', 'uk'), 'Ⅰ');
  assert.equal(md('{{chset-cell|d800}}', 'uk'), '');
  assert.equal(md('6,022{{e|23}} 1,66{{ e |-24 }}', 'uk'), '6,022×10<sup>23</sup> 1,66×10<sup>−24</sup>');
  assert.equal(md('{{num|440000}} {{num|11848.5}}', 'uk'), '440\u00a0000 11\u00a0848,5');
});

test('text kept from styling and layout wrappers', () => {
  assert.equal(md('{{縦書き|疑似}} し{{高線|るしが}} {{下げ核|○}} {{色|#f00|赤}} {{legend0|#9fd6c9|[[ツンドラ]]}}', 'ja'), '疑似 しるしが ○ 赤 [ツンドラ](https://ja.wikipedia.org/wiki/ツンドラ)');
  assert.equal(md('{{s|ISBN 5-308-01400-0}}', 'uk'), 'ISBN 5-308-01400-0');
  assert.equal(md('{{oq|en|who gets what}}', 'uk'), 'who gets what');
  assert.equal(md('{{langi|fr|Charlotte Corday}}', 'uk'), '*Charlotte Corday*');
  assert.equal(md('{{ряд2|A|B}}', 'uk'), 'A B');
  assert.equal(md('{{表2列|\n* [[うどん]]\n* 鯛めし\n|\n* 坊っちゃん団子\n}}', 'ja'), '- [うどん](https://ja.wikipedia.org/wiki/うどん)\n- 鯛めし\n\n* 坊っちゃん団子');
  assert.equal(md('{{pre|a  b\nc}}', 'en'), '```\na  b\nc\n```');
  assert.equal(md('{{text|Політика — це мистецтво.}}', 'uk'), '> Політика — це мистецтво.');
  assert.equal(md('{{українська}}', 'uk'), '[українська](https://uk.wikipedia.org/wiki/Українська_мова)');
});

test('ja lang-*-Latn and ラテン翻字 print the romanisation, not the code', () => {
  assert.equal(md('ロシア語で「мяу」{{lang-*-Latn|ru|myau}}', 'ja'), 'ロシア語で「мяу」myau');
  assert.equal(md('{{ラテン翻字|el|eurus}}', 'ja'), 'eurus');
  assert.equal(md('{{Rtl-langWithName|fa|ダリー語|امارت}}', 'ja'), 'ダリー語: امارت');
});

test('column wrappers keep their content: jawiki {{Col|…|…}} and {{no col break|…}} (ja 0175, 0182)', () => {
  assert.equal(md('{{Col|\n* [[若狭湾]]\n** [[敦賀湾]]\n|\n* [[福井平野]]\n}}', 'ja'),
    '- [若狭湾](https://ja.wikipedia.org/wiki/若狭湾)\n  - [敦賀湾](https://ja.wikipedia.org/wiki/敦賀湾)\n\n* [福井平野](https://ja.wikipedia.org/wiki/福井平野)');
  assert.equal(md('{{div col}}{{no col break|\n* 関東平野\n** 那須野が原\n}}{{div col end}}', 'ja'), '- 関東平野\n  - 那須野が原');
  // ukwiki's {{3|…|…|…}}: three columns, shown one after another (uk 0316).
  assert.equal(md('{{3|\n* А\n|\n* Б\n|\n* В\n}}', 'uk'), '- А\n\n* Б\n\n- В');
  // Elsewhere {{col}} stays a layout helper that shows nothing.
  assert.equal(md('a{{col}}b', 'en'), 'ab');
});

test('{{flexbox|…}} and {{flex-item|…}} are boxes side by side: their content is shown, the layout arguments are not', () => {
  const src = "{{flexbox|\n{{flex-item|basis=auto|\n'''増加'''\n\n5.0 - 7.49 %\n}}\n{{flex-item|basis=auto|\n'''減少'''\n}}\n}}\n{{flexbox start}}\n本文\n{{flexbox end}}";
  assert.equal(md(src, 'ja'), '**増加**\n\n5.0 - 7.49 %\n\n**減少**\n\n本文');
});

test('ja {{〒}} and {{Nowiki|…}}: the postal mark, and the argument as written (ja 0160, 0089 lost them)', () => {
  assert.equal(md('本庁舎 {{〒}}010-8572', 'ja'), '本庁舎 〒010-8572');
  assert.equal(md('サイト{{Nowiki|[転職サイト]}}に', 'ja'), 'サイト[転職サイト]に');
});

test('{{Nts|…}}: the number grouped as the wiki groups it (uk 0106 areas read 7741220)', () => {
  assert.equal(md('| {{Nts|7741220}} || {{Nts|3.5}} || {{Nts|0,44}}', 'uk'), '| 7\u00a0741\u00a0220 || 3,5 || 0,44');
  assert.equal(md('{{Nts|24500000}}', 'en'), '24,500,000');
});

test('{{native name|code|name}}: the name, in italics unless italic=no (ja 0040 公式国名 was empty)', () => {
  assert.equal(md('{{native name|id|Republik Indonesia|italic=no}}', 'ja'), 'Republik Indonesia');
  assert.equal(md('{{native name|bg|Република България|nolink=on}}', 'uk'), '*Република България*');
});

test('words that stood inside sentences and left gaps: uk language names, birth and death marks, places of publication', () => {
  // uk 0132: the list of languages had empty places between its commas.
  assert.equal(
    md('{{англійська}}, {{іспанська}}, {{італійська}}, {{німецька}}, {{португальська}} ([[Бразилія]]), {{французька}}, {{японська}}', 'uk'),
    '[англійська](https://uk.wikipedia.org/wiki/Англійська_мова), [іспанська](https://uk.wikipedia.org/wiki/Іспанська_мова), ' +
      '[італійська](https://uk.wikipedia.org/wiki/Італійська_мова), [німецька](https://uk.wikipedia.org/wiki/Німецька_мова), ' +
      '[португальська](https://uk.wikipedia.org/wiki/Португальська_мова) ([Бразилія](https://uk.wikipedia.org/wiki/Бразилія)), ' +
      '[французька](https://uk.wikipedia.org/wiki/Французька_мова), [японська](https://uk.wikipedia.org/wiki/Японська_мова)',
  );
  // uk 0035 `{{н}} … — {{с}} …`, uk 0052 `({{н.}} …`.
  assert.equal(md('({{н}} 1904, Дебальцеве — {{с}} 1961; {{н.}} 1944)', 'uk'), '(нар. 1904, Дебальцеве — пом. 1961; нар. 1944)');
  assert.equal(md('{{L.}} : Palgrave; {{Wash.}} : CIA; {{N. Y.}}; {{Дон.}}', 'uk'), 'L. : Palgrave; Wash. : CIA; N. Y.; Дон.');
});

test('uk name days: the calendar of each line is named (uk 0366)', () => {
  assert.equal(md(': {{Іменини/Православні}}: [[Іван]]\n: {{Іменини/Католицькі}}: Грегорі', 'uk'),
    '<dl>\n<dd>Православні: <a href="https://uk.wikipedia.org/wiki/Іван">Іван</a></dd>\n<dd>Католицькі: Грегорі</dd>\n</dl>');
});

test('French ordinals: {{2e|année}} → 2<sup>e</sup> année, {{1er}} alone (ja 0006)', () => {
  assert.equal(md("''Bulletin'', {{2e|année}}, {{numéro|4}}", 'ja'), '*Bulletin*, 2<sup>e</sup> année, no 4');
  assert.equal(md('le {{1er}} mai', 'ja'), 'le 1<sup>er</sup> mai');
});

test('uk {{текст|…}} (uk 0380 Болгарія: the anthem\'s words) is {{text}} under its Cyrillic name', () => {
  assert.equal(
    md('Гімн.\n{{текст|\nГорда Стара планина,<br/>\nдо ней Дунава синей.\n\nПриспів:\n\nМила Родино}}\n\nДалі.', 'uk'),
    'Гімн.\n\n> Горда Стара планина,<br />\n> до ней Дунава синей.\n>\n> Приспів:\n>\n> Мила Родино\n\nДалі.',
  );
  assert.equal(md('{{текст|Горда}}', 'ja'), '');
});

test('{{ws|…}} (ja 0128: a footnote had lost the title of the cited text): the Wikisource link', () => {
  assert.equal(
    md('{{ws|[[s:日本民間放送連盟放送基準 (昭和26年)|放送基準]]}} 底本', 'ja'),
    '[放送基準](https://ja.wikisource.org/wiki/日本民間放送連盟放送基準_(昭和26年)) 底本',
  );
  assert.equal(md('{{ws|源氏物語}}', 'ja'), '[源氏物語](https://ja.wikisource.org/wiki/源氏物語)');
  assert.equal(md('{{ws}}', 'ja'), '');
  // Registered for jawiki only: elsewhere the call is not read as a Wikisource link.
  assert.doesNotMatch(md('{{ws|源氏物語}}', 'uk'), /wikisource/);
  assert.doesNotMatch(md('{{ws|源氏物語}}', 'zh'), /wikisource/);
});
