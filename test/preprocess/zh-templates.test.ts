/**
 * Session 21: the parser-function patterns of widely used zhwiki templates, each in a minimal
 * template of our own that does what the real one does (the real sources are only read, never
 * copied), with the expansion MediaWiki gives worked out from ParserFunctions and the core parser.
 * Expanded with no built-in handlers, at a fixed clock (2026-11-27).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import type { Warning } from '../../src/engine/types.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { siteFor } from '../../src/site/defaults.js';

const zh = siteFor('zh');

const TEMPLATES: Record<string, string> = {
  // Month number from a name or any integer (MONTHNUMBER): lc, #switch fall-through, `round`, `mod`.
  'Template:Mn': '{{#if:{{{1|}}}|{{#switch:{{lc:{{{1}}}}}|march|三月|mar=3|{{#ifexpr:{{{1}}}<0'
    + '|{{#expr:12-(((11.5-({{{1}}}))round 0)mod 12)}}|{{#expr:(((10.5+{{{1}}})round 0)mod 12)+1}}}}}}|none}}',
  // The last case has an '=' in it: a case, not a default (MONTHNAME).
  'Template:Mname': '<includeonly>{{#switch:{{Mn|{{{1}}}}}|3=3月|12=12月|2=2月|Bad 1=x!}}</includeonly><noinclude>doc</noinclude>',
  // Age from a birth year and month against CURRENTMONTH (Birth year and age).
  'Template:Bya': '{{{1}}}年（{{#ifexpr:{{CURRENTMONTH}}>{{{2}}}|{{#expr:{{CURRENTYEAR}}-{{{1}}}}}'
    + '|{{#expr:{{CURRENTYEAR}}-{{{1}}}-1}}}}歲）{{#ifexpr:({{{1}}}>{{CURRENTYEAR}}) OR ({{CURRENTYEAR}}-{{{1}}}>150)\n | &#32;ERR\n}}',
  // A leading zero under ten (0expr): a template-built parser-function name, `and`.
  'Template:Zx': '{{{{{s|}}}#ifexpr:({{{1}}}) < 10 and ({{{1}}}) >= 0|0}}{{{{{s|}}}#expr:{{{1}}}}}',
  // Str left: a parameter default that names safesubst:, after a space, in front of padleft.
  'Template:Sl': '{{ {{{|safesubst:}}}padleft:|{{{n|1}}}|{{{1}}}}}',
  // Order of magnitude: `abs` glued to a number, ln, floor, exponent from a comparison.
  'Template:Om': '{{#ifexpr:{{{1}}}=0|0|{{#expr:floor((ln(abs({{{1}}}))/ln 10)+1E((abs{{{1}}}>1E100)-14))}}}}',
  // Precision's fraction branch: #titleparts splits at '/', the result closes an open bracket.
  'Template:Pf': '{{#expr:( 0 {{#if:{{#titleparts:{{{1}}}|1|2}}| )*0 + ((ln {{#titleparts:{{{1}}}|1|2}} / ln10)}} )}}',
  // Medal-style table row: {{!}} and {{!!}} as cell separators chosen by #switch, no default.
  'Template:!': '|',
  'Template:!!': '||',
  'Template:Row': '<noinclude>{|\n</noinclude>\n|- {{#switch:{{{1}}}|Country = style="bg"}}\n| x{{#switch:{{{1}}}\n'
    + ' | Gold | G = " {{!}} 金\n | Country = " colspan="3" {{!}} 代表{{{2}}}\n }}{{#switch:{{{1}}}|Country=|#default={{!!}} {{{2}}}}}',
  // Flag family: a positional argument with a newline names the next template (Fb → Country data → core).
  'Template:Fbx': '{{country data {{{1|}}}\n| flag core\n| variant = {{{variant|{{{2|}}}}}}\n| altlink = 國家足球隊\n}}',
  'Template:Country data JPN': '#REDIRECT [[Template:Country data Japan]]',
  'Template:Country data Japan': '{{ {{{1<noinclude>|country showdata</noinclude>}}}\n| alias = 日本\n| flag alias = Flag of Japan.svg\n'
    + '| flag alias-naval = Naval Ensign.svg\n| variant = {{{variant|}}}\n| altlink = {{{altlink|}}}\n}}',
  'Template:Flag core': '[[File:{{#if:{{{variant|}}}|{{{flag alias-{{{variant}}}}}}|{{{flag alias}}}}}|22px]] [[{{{alias}}}{{{altlink}}}|{{{alias}}}]]',
  // Google books: urlencode of a quoted phrase, PAGENAME as the default label, untrimmed positional label.
  'Template:Gb': '[https://books.google.com/books?id={{{1}}}{{#if:{{{text|}}}|&dq={{urlencode:"{{{text|}}}"}}}} {{{2|{{PAGENAME}}}}}]',
  // safesubst<noinclude />: — the empty tag goes away on transclusion.
  'Template:Ss': '<includeonly>{{safesubst<noinclude />:#if:{{{1|}}}|[{{{1}}}]|none}}</includeonly>',
  // Death year and age: #expr subtraction; an #if branch with a trailing space is trimmed.
  'Template:Dya': '{{{1}}}年－{{{2}}}年（{{#if:{{{approx|}}}|约 }}{{#expr:{{{2}}}-{{{1}}}}}歲）',
  // Flagicon/core: parameter defaults nested three deep, one name built from another parameter.
  'Template:Fic': '[[File:{{{image|{{{flag alias-{{{variant}}}|{{{flag alias|Flag of {{{alias}}}.svg}}}}}}}}}|20px]]',
  // Main other: NAMESPACE against ns:0, or a demo namespace lower-cased after trimming.
  'Template:Mo': '{{#switch:{{#if:{{{demo|}}}|{{lc: {{{demo}}} }}|{{#ifeq:{{NAMESPACE}}|{{ns:0}}|main|other}}}}'
    + '|main={{{1|}}}|#default={{{2|}}}}}',
  // Ntsh: formatnum …|R feeding #expr's floor(ln(…)/ln10+1E-14), guarded by #iferror.
  'Template:Nt': '{{#iferror:{{#expr:floor(ln({{formatnum:{{{1}}}|R}})/ln10+1E-14)}}|bad}}',
  // Wayback: three-deep defaults; a -{…}- label is passed through untouched.
  'Template:Wb': '[https://web.archive.org/web/{{{date|{{{archive-date|{{{2|*}}}}}}}}}/{{{1}}} {{{title|{{{3|存档}}}}}}]',
  // Yesno: #switch and lc behind <includeonly>safesubst:</includeonly>, an empty case, a parameter named ¬.
  'Template:Yn': '{{<includeonly>safesubst:</includeonly>#switch:{{<includeonly>safesubst:</includeonly>lc:{{{1|¬}}}}}'
    + '|no|n=NO|=BLANK|¬={{{¬|NONE}}}|yes|y=YES|#default=OTHER}}',
  // Ifsubst: {{ {{{|safesubst:}}}NAMESPACE}} is NAMESPACE when viewing (only subst would differ).
  'Template:Ifs': '{{ {{{|safesubst:}}}#ifeq:{{ {{{|safesubst:}}}NAMESPACE}}|{{NAMESPACE}}|{{{no|view}}}|{{{yes|subst}}}}}',
  // Sortname: a tag opened across <includeonly>, a default bar inside <includeonly>, a target trimmed by #if.
  'Template:Sn': '<includeonly><</includeonly>span data-sort-value="{{{2}}}, {{{1}}}">[[{{#if:{{{dab<includeonly>|</includeonly>}}}'
    + '| {{{1}}} {{{2}}} ({{{dab}}}) |{{{1}}} {{{2}}}}}|{{{1}}} {{{2}}}]]</span>',
  // Fb cl team: a row from {{!}}, #expr sums of absent (zero) arguments, &minus; in #expr, a sign by #ifexpr.
  'Template:Fct': '|-\n{{!}} {{{team}}}\n{{!}} {{#expr:{{{w|0}}}+{{{d|0}}}+{{{l|0}}}}}\n'
    + '{{!}} {{#ifexpr:{{{gf|0}}}-{{{ga|0}}}>0|+}}{{#expr:{{{gf|0}}}&minus;{{{ga|0}}}}}',
};

function run(src: string, title = '测试'): string {
  const source = new MemoryPageSource(zh);
  for (const [k, v] of Object.entries(TEMPLATES)) source.set(k, v);
  const warnings: Warning[] = [];
  const pre = expand(src, {
    site: zh, title, source, registry: null, now: new Date(Date.UTC(2026, 10, 27, 12)),
    warn: (w) => warnings.push(w), record: newExpandRecord(),
  });
  assert.deepEqual(warnings, []);
  return pre.text;
}

test('month templates: names, wrap-around integers, a last case with "=" is no default', () => {
  assert.equal(run('{{Mn|March}} {{Mn|三月}} {{Mn|14}} {{Mn|0}} {{Mn|-1}} {{Mn|2.5}} {{Mn|}}'), '3 3 2 12 11 2 none');
  assert.equal(run('[{{Mname|mar}}][{{Mname|0}}][{{Mname|x}}]'), '[3月][12月][]');
});

test('age, leading zero, string prefix, magnitude, precision of a fraction', () => {
  assert.equal(run('{{Bya|1960|5}} {{Bya|1960|11}} {{Bya|1800|1}}'), '1960年（66歲） 1960年（65歲） 1800年（226歲）&#32;ERR');
  assert.equal(run('{{Zx|5}} {{Zx|3+4}} {{Zx|12}} {{Zx|-2}}'), '05 07 12 -2');
  assert.equal(run('{{Sl|Wikimark|n=4}} {{Sl|中文维基|n=2}} {{Sl|ab|n=5}} {{Sl|abc}}'), 'Wiki 中文 ababa a');
  assert.equal(run('{{Om|0}} {{Om|0.05}} {{Om|1234}} {{Om|1E200}}'), '0 -2 3 200');
  assert.equal(run('{{Pf|2+1/3}}'), '0.47712125471966');
});

test('table row built from {{!}} / {{!!}} in #switch results', () => {
  assert.equal(run('{{Row|Gold|2008}}'), '\n|- \n| x" | 金|| 2008');
  assert.equal(run('{{Row|Country|日本}}'), '\n|- style="bg"\n| x" colspan="3" | 代表日本');
});

test('flag family through a redirect, a newline-carrying template name and variant lookups', () => {
  assert.equal(run('{{Fbx|JPN}}'), '[[File:Flag of Japan.svg|22px]] [[日本國家足球隊|日本]]');
  assert.equal(run('{{Fbx|JPN|naval}}'), '[[File:Naval Ensign.svg|22px]] [[日本國家足球隊|日本]]');
});

test('urlencode of a quoted phrase, PAGENAME default, safesubst<noinclude />:', () => {
  assert.equal(run('{{Gb|AbC| 书名 |text=三国 & 演义}}'), '[https://books.google.com/books?id=AbC&dq=%22%E4%B8%89%E5%9B%BD+%26+%E6%BC%94%E4%B9%89%22  书名 ]');
  assert.equal(run('{{Gb|zz}}', "A & B's"), '[https://books.google.com/books?id=zz A &#38; B&#39;s]');
  assert.equal(run('{{Ss|a}} {{Ss}}'), '[a] none');
});

test('death age, three-deep flag defaults, main/other, a sort key from ln, an archive link', () => {
  assert.equal(run('{{Dya|1900|1966}} {{Dya|1900|1966|approx=1}}'), '1900年－1966年（66歲） 1900年－1966年（约66歲）');
  assert.equal(run('{{Fic|alias=X}} {{Fic|alias=X|flag alias=Y.svg}} {{Fic|alias=X|variant=v|flag alias-v=Z.svg}} {{Fic|image=W.png}}'),
    '[[File:Flag of X.svg|20px]] [[File:Y.svg|20px]] [[File:Z.svg|20px]] [[File:W.png|20px]]');
  assert.equal(run('{{Mo|A|B}}'), 'A');
  assert.equal(run('{{Mo|A|B}}', 'Help:测试'), 'B');
  assert.equal(run('{{Mo|A|B|demo= Main }} {{Mo|A|B|demo=talk}}', 'Help:测试'), 'A B');
  assert.equal(run('{{Nt|1,000}} {{Nt|0.05}} {{Nt|abc}}'), '3 -2 bad');
  assert.equal(run('{{Wb|http://x.org}} {{Wb|http://x.org|2020|-{A}-页}} {{Wb|http://x.org|archive-date=2019|date=2021}}'),
    '[https://web.archive.org/web/*/http://x.org 存档] [https://web.archive.org/web/2020/http://x.org -{A}-页] '
    + '[https://web.archive.org/web/2021/http://x.org 存档]');
});

test('yes/no switch, subst detection, a sort name opened across <includeonly>, a club row', () => {
  assert.equal(run('{{Yn|Yes}} {{Yn|N}} {{Yn|}} {{Yn| }} {{Yn}} {{Yn|¬=Z}} {{Yn|maybe}}'), 'YES NO BLANK BLANK NONE Z OTHER');
  assert.equal(run('{{Ifs}} {{Ifs|no=N|yes=Y}}', 'Help:测试'), 'view N');
  assert.equal(run('{{Sn|John|Smith}}'), '<span data-sort-value="Smith, John">[[John Smith|John Smith]]</span>');
  assert.equal(run('{{Sn|John|Smith|dab=x}}'), '<span data-sort-value="Smith, John">[[John Smith (x)|John Smith]]</span>');
  assert.equal(run('{{Fct|team=A|w=2|d=1|gf=5|ga=2}}'), '|-\n| A\n| 3\n| +3');
  assert.equal(run('{{Fct|team=B}} {{Fct|team=C|l=1|gf=1|ga=4}}'), '|-\n| B\n| 0\n| 0 |-\n| C\n| 1\n| -3');
});
