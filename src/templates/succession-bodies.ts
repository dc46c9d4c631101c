/**
 * Succession boxes of zhwiki and ukwiki as built-in template bodies (see wikitext.ts for why
 * bodies): who held an office before and after the page's subject, and a station's neighbours.
 *
 * On these wikis a box is one table written by several calls — `{{start box}}` opens it, each
 * `{{s-before}}` · `{{s-title}}` · `{{s-after}}` is a cell (a `rows=` span reaches down over the
 * next row, where that row's call is missing), `{{s-off}}` and its kin are header rows, and
 * `{{end box}}` closes it. Pages may or may not write `|-` between the triples, so the cells keep
 * the rows themselves: a before cell starts a row, an after cell (s-aft, s-inc) ends one, and a
 * second `|-` beside the page's own makes no empty row. `{{s-non}}` (like a vacancy naming neither
 * holder) cannot tell which side of a row it stands on, so it keeps no row; the box says on its
 * `{|` line that it is three columns wide (parser/table-width.ts), and a cell past the third
 * begins the next row. On the wiki an s-non after cell straight before an s-non before cell,
 * without the page's own `|-` or `{{s-break}}`, makes one row of six cells (zhwiki's S-non is a
 * bare cell, as enwiki's); here the two triples stay two rows. Every cell starts on a line of its own,
 * wherever the page put the call. The cells follow the wiki's own templates (zhwiki Template:S-title,
 * S-vacant, S-new, S-non, S-none, S-off, S-ppo, S-mil, S-reg, S-par, S-inop, Start rail box;
 * chinapedia/wikipedia.zh.mediawiki) without their styling and the one-pixel colour bars beside a
 * rail line. A table with a span is written as an HTML table, which keeps the span. jawiki has its
 * own, one-row-per-triple bodies (wikitext.ts).
 *
 * `{{s-line}}` with `system=` (enwiki's form) takes its stations' names and the line's colour from
 * per-system data templates no dump carries; it shows what the call itself names: the previous
 * station, the line, the next station.
 */
import { tableColumnsMark } from '../parser/table-width.js';
import type { BuiltinBody } from './wikitext.js';

/**
 * Each wiki's words for the box. Only 前一站 / 後一站 (zhwiki's Start rail box) and 空缺 (zhwiki's
 * S-vacant default) are the wiki's own text. No stored source has either wiki's S-bef, S-aft or S-inc;
 * zhwiki's S-non (chinapedia/wikipedia.zh.mediawiki Template/S-non) takes reason, reason2 and rows
 * and prints no text of its own. The rest are ours, after enwiki's "Preceded by" / "Succeeded by" /
 * "Incumbent" / "None", in each wiki's words: the 无 / Немає that s-non prints without a reason
 * among them.
 */
interface Words {
  before: string;
  after: string;
  incumbent: string;
  none: string;
  vacant: string;
  precedingStation: string;
  followingStation: string;
}

const WORDS: Readonly<Record<'zh' | 'uk', Words>> = {
  zh: { before: '前任：', after: '继任：', incumbent: '现任', none: '无', vacant: '空缺', precedingStation: '前一站', followingStation: '後一站' },
  uk: {
    before: 'Попередник:',
    after: 'Наступник:',
    incumbent: 'Чинний',
    none: 'Немає',
    vacant: 'Вакантно',
    precedingStation: 'Попередня станція',
    followingStation: 'Наступна станція',
  },
};

/**
 * The box's opening line: a table three columns wide (before · title · after), which the parser
 * keeps to by starting a new row at a fourth cell (parser/table-width.ts: a mark no page can write).
 */
const BOX_OPEN = '{| ' + tableColumnsMark(3);

/** A cell spanning `rows` rows (the wiki's default is one), on a line of its own. */
const CELL = '\n| rowspan="{{{rows|1}}}" | ';
/**
 * A row boundary, on a line of its own: the same `|-` starts a row before a before cell and ends one
 * after an after cell (a second `|-` beside the page's own makes no empty row).
 */
const ROW_BREAK = '\n|-';

/** `'''name'''` when the call gives a name: an empty `''''''` would print a stray quote mark. */
function bold(param: string): string {
  return `{{#if:${param}|'''${param}'''}}`;
}

/** A label over a name, the name only when given. */
function labelled(label: string, param: string): string {
  return `${label}{{#if:${param}|<br />'''${param}'''}}`;
}

/** A header row across the box's three columns (`{{s-off}}`, `{{s-mil}}`, `{{s-reg}}`). */
function sectionRow(label: string): string {
  return `${ROW_BREAK}\n! colspan="3" | ${label}${ROW_BREAK}`;
}

/** The rail box's header row: the preceding station, the system, the following station. */
function railHeader(w: Words, system: string): string {
  return `${ROW_BREAK}\n! {{#ifeq:{{{2|}}}|no||${w.precedingStation}}} !! ${system} !! {{#ifeq:{{{2|}}}|no||${w.followingStation}}}${ROW_BREAK}`;
}

function boxBodies(lang: 'zh' | 'uk'): BuiltinBody[] {
  const w = WORDS[lang];
  const langs = [lang];
  return [
    // zhwiki writes these positionally (`{{s-before|X}}`), enwiki's names take before=/title=/after=.
    { names: ['S-before', 'S-bef'], langs, body: ROW_BREAK + CELL + labelled(w.before, '{{{1|{{{before|}}}}}}') },
    {
      names: ['S-title', 'S-ttl'],
      langs,
      body: CELL + bold('{{{1|{{{title|}}}}}}') + '{{#if:{{{2|{{{years|}}}}}}|<br />{{{2|{{{years|}}}}}}}}',
    },
    { names: ['S-after', 'S-aft'], langs, body: CELL + labelled(w.after, '{{{1|{{{after|}}}}}}') + ROW_BREAK },
    // The holder still in office, in the after cell.
    { names: ['S-inc'], langs, body: `${CELL}'''${w.incumbent}'''${ROW_BREAK}` },
    // No predecessor or successor, and why (zhwiki's S-non: reason, reason2, rows). Ours, not
    // zhwiki's: the positional 1= form and the default word when no reason (or an empty one) is given.
    {
      names: ['S-non'],
      langs,
      body:
        CELL +
        `{{#if:{{{reason|}}}|'''{{{reason}}}'''|{{#if:{{{1|}}}|'''{{{1}}}'''|'''${w.none}'''}}}}` +
        '{{#if:{{{reason2|}}}|<br />{{{reason2}}}}}',
    },
    // A row the page's own `|-` would start (a rows= span's second row, written without one).
    { names: ['S-break'], langs, body: ROW_BREAK },
    // A row of the box in one call (enwiki's {{succession box|before=…|title=…|years=…|after=…}}).
    // zhwiki pages also write it positionally, before · after · title · years (山下真司: the
    // predecessor's series, the successor's, the role, the dates); every cell was empty. zhwiki's
    // template is not stored: that order is read from such calls, not from its source.
    {
      names: ['Succession box'],
      langs,
      body:
        lang === 'zh'
          ? '{{s-bef|before={{{before|{{{1|}}}}}}}}{{s-ttl|title={{{title|{{{3|}}}}}}|years={{{years|{{{4|}}}}}}}}{{s-aft|after={{{after|{{{2|}}}}}}}}'
          : '{{s-bef|before={{{before|}}}}}{{s-ttl|title={{{title|}}}|years={{{years|}}}}}{{s-aft|after={{{after|}}}}}',
    },
    // The openers an `{{end box}}` / `{{s-end}}` may close, rail boxes included (railBodies), so
    // that `|}` never prints as text. No class: a box whose calls all printed nothing is a table
    // of empty cells without borders, which is written as nothing.
    { names: ['Start box', 'S-start', 'S-start-collapsible', 'S-begin'], langs, body: BOX_OPEN },
    { names: ['End box', 'S-end'], langs, body: '\n|}' },
    // The one-call box (`{{succession|preceded=…|office=…|years=…|succeeded=…}}`; uk 0052).
    {
      names: ['Succession'],
      langs,
      body: BOX_OPEN + '{{s-bef|before={{{preceded|}}}}}{{s-ttl|title={{{office|}}}|years={{{years|}}}}}{{s-aft|after={{{succeeded|}}}}}\n|}',
    },
    ...railBodies(w, langs),
  ];
}

/** Rail boxes: preceding station · the system · following station, then per line its neighbours. */
function railBodies(w: Words, langs: string[]): BuiltinBody[] {
  return [
    { names: ['Start rail box'], langs, body: BOX_OPEN + railHeader(w, '{{{1|}}}') },
    // enwiki's pair: `{{s-rail-start}}` opens, `{{s-rail|title=…}}` heads each system.
    { names: ['S-rail-start'], langs, body: BOX_OPEN },
    { names: ['S-rail'], langs, body: railHeader(w, '{{{title|{{{1|}}}}}}') },
    {
      names: ['S-inop'],
      langs,
      body: '\n| rowspan="{{{rows|1}}}" colspan="{{{cols|1}}}" | ' + bold('{{{1|}}}') + '{{#if:{{{2|}}}|<br />{{{2}}}}}',
    },
    {
      names: ['S-line'],
      langs,
      body:
        // (#if trims its branches, so each line break stands between two #ifs; a hidden cell leaves
        // an empty line, which a table ignores.)
        '\n{{#if:{{{system|}}}' +
        // enwiki's form, a row of its own: the stations and the line as the call names them.
        '|{{!}}-\n' +
        '{{#if:{{{hide1|}}}||{{!}} rowspan="{{{rows1|1}}}" {{!}} {{{previous|}}}}}\n' +
        '{{#if:{{{hidemid|}}}||{{!}} rowspan="{{{rowsmid|1}}}" {{!}} {{{line|}}}{{#if:{{{branch|}}}|<br />{{{branch}}}}}{{#if:{{{notemid|}}}|<br />{{{notemid}}}}}}}\n' +
        '{{#if:{{{hide2|}}}||{{!}} rowspan="{{{rows2|1}}}" {{!}} {{{next|}}}}}\n{{!}}-' +
        // zhwiki's own form: the line's name and a note, stations written beside it as sup/sdown.
        '|{{#if:{{{sup|}}}|{{!}} rowspan="{{{rowssup|{{{rows|1}}}}}}" {{!}} \'\'\'{{{sup}}}\'\'\'}}\n' +
        "{{!}} rowspan=\"{{{rows|1}}}\" {{!}} {{#if:{{{1|}}}|'''{{{1}}}'''}}{{#if:{{{1|}}}|{{#if:{{{2|}}}|<br />}}}}{{{2|}}}\n" +
        "{{#if:{{{sdown|}}}|{{!}} rowspan=\"{{{rowssdown|{{{rowssup|{{{rows|1}}}}}}}}}\" {{!}} '''{{{sdown}}}'''}}}}",
    },
  ];
}

/**
 * An office left vacant before or after the holder: why, and who held it last or next. A vacancy
 * with only the last holder stands first in its row, one with only the next holder last; one naming
 * both (or neither) is a middle cell, which neither starts nor ends a row.
 */
function vacantBody(label: string, holders: string): string {
  const last = '{{{last|}}}{{{unknlast|}}}';
  const next = '{{{next|}}}{{{unknnext|}}}';
  return (
    `\n{{#if:${last}|{{#if:${next}||{{!}}-}}}}` + CELL + `'''${label}'''` + '{{#if:{{{reason|}}}|<br />{{{reason}}}}}' + holders +
    `\n{{#if:${next}|{{#if:${last}||{{!}}-}}}}`
  );
}

const ZH_ONLY: BuiltinBody[] = [
  {
    names: ['S-off'],
    langs: ['zh'],
    body: sectionRow('{{#if:{{{1|}}}|{{#switch:{{{1}}}|prc={{PRC}}政治职务|roc={{ROC}}政治职务|roc-1912={{Flagicon|ROC|1912}} [[中華民國 (大陸時期)|中华民国]]政治职务|usa={{USA}}政治职务|rus={{RUS}}政治职务|fra={{FRA}}政治职务|uk={{UK}}政治职务|us={{US}}政治职务|#default={{{1}}}}}|官衔}}'),
  },
  { names: ['S-mil'], langs: ['zh'], body: sectionRow('{{#if:{{{1|}}}|军队职务|军职}}') },
  // zhwiki's other heading rows, for a dump without their pages (a dump's own page wins): the label
  // each shows, S-gov's and S-legal's switches with every code zhwiki's pages have (flags, emblem and links as there).
  {
    names: ['S-gov'],
    langs: ['zh'],
    body: sectionRow(
      '{{#if:{{{1|}}}|{{#switch:{{{1}}}' +
        '|prc={{Flagicon|PRC}} [[中華人民共和國政府]]职务|roc={{Flagicon|ROC}} [[中華民國政府]]職務' +
        '|roc-1912={{Flagicon|ROC|1912}} [[北洋政府|中华民国政府]]职务|usa={{Flagicon|United States}}[[美國聯邦政府|美国政府]]职务' +
        '|rus={{Flagicon|Russia}} [[俄羅斯聯邦政府|俄罗斯政府]]职务|fra={{Flagicon|France}} [[法國政府]]职务' +
        '|uk={{Flagicon|United Kingdom}} [[英國政府]]职务|hk={{Flagicon|HKG}} [[香港特別行政區政府|香港政府]]职务' +
        '|#default={{{1}}}政府职务}}|政府职务}}',
    ),
  },
  {
    names: ['S-legal'],
    langs: ['zh'],
    // The PRC's courts and procuratorates under their own headings, after the national emblem.
    body: sectionRow(
      '{{#if:{{{1|}}}|{{#switch:{{{1}}}|prc={{中华人民共和国国徽|20}} [[中华人民共和国]]司法职务' +
        '|prc-cour={{中华人民共和国国徽|20}} [[中华人民共和国]]审判机关职务|prc-proc={{中华人民共和国国徽|20}} [[中华人民共和国]]检察机关职务' +
        '|#default={{{1}}}司法职务}}|司法职务}}',
    ),
  },
  { names: ['S-dip'], langs: ['zh'], body: sectionRow('外交職務') },
  { names: ['S-edu'], langs: ['zh'], body: sectionRow('教育職務') },
  { names: ['S-hon'], langs: ['zh'], body: sectionRow('榮銜') },
  { names: ['S-bus'], langs: ['zh'], body: sectionRow('商界職務') },
  // A party's offices (毛泽东's box opens with `{{s-ppo|cpc}}`): the party's emblem and name, as zhwiki's S-ppo.
  {
    names: ['S-ppo'],
    langs: ['zh'],
    body: sectionRow(
      '{{#if:{{{1|}}}|{{#switch:{{{1}}}|cpc=[[File:Danghui.svg|18px|中国共产党党徽]] [[中国共产党]]职务|kmt=[[File:Emblem_of_the_Kuomintang.svg|18px|中國國民黨黨徽]] [[中國國民黨]]職務|dpp=[[File:Green Taiwan White Cross.png|18px|民主進步黨黨徽]] [[民主進步黨]]職務|#default={{{1}}}职务}}|政党职务}}',
    ),
  },
  // zhwiki's S-none (not S-non): a bare cell, the text in bold and `原因：` before the reason
  // (毛泽东: 不设中共中央军事委员会 / 1954年重设中共中央军委). Its rowspan has no default on the wiki, a
  // browser reads the unexpanded `{{{rows}}}` as one. Nor has its text one: a bare `{{s-none}}` shows `{{{1}}}` in bold.
  { names: ['S-none'], langs: ['zh'], body: CELL + bold('{{{1}}}') + '{{#if:{{{2|}}}|<br />原因：{{{2}}}}}' },
  {
    names: ['S-reg'],
    langs: ['zh'],
    body: sectionRow('{{#switch:{{{1|}}}|cn=[[中国爵位]]|jp=[[日本皇室|日本皇族]]|fr=[[法国贵族|法國貴族爵位]]|de=[[德意志貴族爵位]]|gb=[[大不列颠贵族|大不列顛貴族爵位]]|sct=[[蘇格蘭貴族爵位]]|uk=[[聯合王國貴族爵位]]|other=貴族爵位和頭銜|#default=統治者頭銜}}'),
  },
  {
    names: ['S-par'],
    langs: ['zh'],
    body: sectionRow('{{#switch:{{{1|}}}|hk=[[香港立法會]]|hk-lc=[[香港立法局]]|hk-dc=[[香港區議會]]|ly=[[立法院|中華民國立法院]]|roc-na=[[中華民國國民大會]]|prc-npc=[[中华人民共和国]][[全国人民代表大会]]|prc-lpc=[[中华人民共和国]][[地方各级人民代表大会]]|prc-ncppcc=[[中国人民政治协商会议]][[中国人民政治协商会议全国委员会|全国委员会]]|jp-upr=[[參議院 (日本)|日本參議院]]|jp-lwr=[[众议院 (日本)|日本眾議院]]|uk=[[英国议会|大不列颠及北爱尔兰联合王国国会]]|us-sen=[[美国参议院|美利堅合眾國參議院]]|us-hs=[[美国众议院|美利堅合眾國眾議院]]|eu=[[欧洲议会]]|#default=議會席位}}'),
  },
  // A new office (zhwiki's S-new opens its own row): 新頭銜, 首任 … instead of a predecessor.
  {
    names: ['S-new'],
    langs: ['zh'],
    body:
      ROW_BREAK + CELL +
      "'''{{#switch:{{lc:{{{1|}}}}}|creation=新建立|party=新政黨|loss=失去頭銜|district=新區域|division=新部門|constituency=新選區|institution=新機構|diocese=新教區|regiment=新軍團|seat=新議席|first=首任|#default=新頭銜}}'''" +
      '{{#if:{{{reason|}}}|<br />{{{reason}}}}}',
  },
  {
    names: ['S-vacant'],
    langs: ['zh'],
    body: vacantBody(
      `{{#switch:{{{1|}}}|ab|abeyance=暫時中止|co|commission=服役中|di|disclaimed=放棄|do|dormant=休眠|re|recreated=重新建立|su|suspended=中止|unkn|unknown=未知|extinct=絕後|forfeit=喪失|#default=${WORDS.zh.vacant}}}`,
      "{{#if:{{{last|}}}|<br />上一位持有相同頭銜者：<br />'''{{{last}}}'''}}" +
        "{{#if:{{{next|}}}|<br />下一位持有相同頭銜者：<br />'''{{{next}}}'''}}" +
        "{{#if:{{{unknlast|}}}|<br />最近一位持有相同頭銜者：<br />'''{{{unknlast}}}'''}}" +
        "{{#if:{{{unknnext|}}}|<br />下一位持有相同頭銜者：<br />'''{{{unknnext}}}'''}}",
    ),
  },
];

/**
 * ukwiki's vacancy and offices heading, in the before / after words above. No ukwiki source of these
 * templates is stored and no uk page in the dump calls them (its one call is uk 0052's
 * `{{succession}}`): ukwiki's bodies, the rail ones (railBodies) included, assume zhwiki's and
 * enwiki's parameters.
 */
const UK_ONLY: BuiltinBody[] = [
  {
    names: ['S-vacant'],
    langs: ['uk'],
    body: vacantBody(
      WORDS.uk.vacant,
      `{{#if:{{{last|{{{unknlast|}}}}}}|<br />${labelled(WORDS.uk.before, '{{{last|{{{unknlast|}}}}}}')}}}` +
        `{{#if:{{{next|{{{unknnext|}}}}}}|<br />${labelled(WORDS.uk.after, '{{{next|{{{unknnext|}}}}}}')}}}`,
    ),
  },
  { names: ['S-off'], langs: ['uk'], body: sectionRow('Політичні посади') },
];

export const SUCCESSION_BODIES: readonly BuiltinBody[] = [...boxBodies('zh'), ...boxBodies('uk'), ...ZH_ONLY, ...UK_ONLY];
