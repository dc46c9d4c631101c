/**
 * Succession boxes of zhwiki and ukwiki as built-in template bodies (see wikitext.ts for why
 * bodies): who held an office before and after the page's subject, and a station's neighbours.
 *
 * On these wikis a box is one table written by several calls — `{{start box}}` opens it, each
 * `{{s-before}}` · `{{s-title}}` · `{{s-after}}` is a cell (a `rows=` span reaches down over the
 * next row, where that row's call is missing), `{{s-off}}` and its kin are header rows, and
 * `{{end box}}` closes it — with raw `|-` lines of the page between the calls. So the bodies are
 * the same cells as the wiki's own templates (zhwiki Template:S-title, S-vacant, S-new, S-off,
 * S-mil, S-reg, S-par, S-inop, Start rail box; chinapedia/wikipedia.zh.mediawiki), without their styling and
 * the one-pixel colour bars beside a rail line. A table with a span is written as an HTML table,
 * which keeps the span. jawiki has its own, one-row-per-triple bodies (wikitext.ts).
 *
 * `{{s-line}}` with `system=` (enwiki's form) takes its stations' names and the line's colour from
 * per-system data templates no dump carries; it shows what the call itself names: the previous
 * station, the line, the next station.
 */

export interface SuccessionBody {
  names: readonly string[];
  langs: readonly string[];
  body: string;
}

/**
 * The words over the before and after cells, per wiki. Neither wiki's own S-bef / S-aft text is in
 * a stored source (zhwiki's S-vacant beside them reads 上一位持有相同頭銜者：); these follow enwiki's
 * "Preceded by" / "Succeeded by" in each wiki's words.
 */
const LABELS: Readonly<Record<string, { before: string; after: string }>> = {
  zh: { before: '前任：', after: '继任：' },
  uk: { before: 'Попередник:', after: 'Наступник:' },
};

/** A cell spanning `rows` rows (the wiki's default is one). */
const CELL = '| rowspan="{{{rows|1}}}" | ';

function tripleBodies(lang: string): SuccessionBody[] {
  const { before, after } = LABELS[lang]!;
  const langs = [lang];
  return [
    // zhwiki writes these positionally (`{{s-before|X}}`), enwiki's names take before=/title=/after=.
    { names: ['S-before', 'S-bef'], langs, body: `${CELL}${before}<br />'''{{{1|{{{before|}}}}}}'''` },
    {
      names: ['S-title', 'S-ttl'],
      langs,
      body: `${CELL}'''{{{1|{{{title|}}}}}}'''{{#if:{{{2|{{{years|}}}}}}|<br />{{{2|{{{years|}}}}}}}}`,
    },
    { names: ['S-after', 'S-aft'], langs, body: `${CELL}${after}<br />'''{{{1|{{{after|}}}}}}'''` },
    // Every opener an `{{end box}}` may close needs a body too, or that `|}` would print as text.
    { names: ['Start box', 'S-start', 'S-start-collapsible', 'S-begin'], langs, body: '{| class="wikitable"' },
    { names: ['End box', 'S-end'], langs, body: '|}' },
    // The one-call box (`{{succession|preceded=…|office=…|years=…|succeeded=…}}`; uk 0052).
    {
      names: ['Succession'],
      langs,
      body: '{| class="wikitable"\n|-\n{{s-bef|before={{{preceded|}}}}}\n{{s-ttl|title={{{office|}}}|years={{{years|}}}}}\n{{s-aft|after={{{succeeded|}}}}}\n|}',
    },
  ];
}

/** A header row across the box's three columns (`{{s-off}}`, `{{s-mil}}`, `{{s-reg}}`). */
function sectionRow(label: string): string {
  return `|-\n! colspan="3" | ${label}\n|-`;
}

const ZH_ONLY: SuccessionBody[] = [
  {
    names: ['S-off'],
    langs: ['zh'],
    body: sectionRow('{{#if:{{{1|}}}|{{#switch:{{{1}}}|prc={{PRC}}政治职务|roc={{ROC}}政治职务|usa={{USA}}政治职务|rus={{RUS}}政治职务|fra={{FRA}}政治职务|uk={{UK}}政治职务|us={{US}}政治职务|#default={{{1}}}}}|官衔}}'),
  },
  { names: ['S-mil'], langs: ['zh'], body: sectionRow('{{#if:{{{1|}}}|军队职务|军职}}') },
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
      "|-\n" + CELL +
      "'''{{#switch:{{lc:{{{1|}}}}}|creation=新建立|party=新政黨|loss=失去頭銜|district=新區域|division=新部門|constituency=新選區|institution=新機構|diocese=新教區|regiment=新軍團|seat=新議席|first=首任|#default=新頭銜}}'''" +
      '{{#if:{{{reason|}}}|<br />{{{reason}}}}}',
  },
  // An office left vacant before or after the holder: 空缺 (or why), and who held it last or next.
  {
    names: ['S-vacant'],
    langs: ['zh'],
    body:
      CELL +
      "'''{{#switch:{{{1|}}}|ab|abeyance=暫時中止|co|commission=服役中|di|disclaimed=放棄|do|dormant=休眠|re|recreated=重新建立|su|suspended=中止|unkn|unknown=未知|extinct=絕後|forfeit=喪失|#default=空缺}}'''" +
      '{{#if:{{{reason|}}}|<br />{{{reason}}}}}' +
      "{{#if:{{{last|}}}|<br />上一位持有相同頭銜者：<br />'''{{{last}}}'''}}" +
      "{{#if:{{{next|}}}|<br />下一位持有相同頭銜者：<br />'''{{{next}}}'''}}" +
      "{{#if:{{{unknlast|}}}|<br />最近一位持有相同頭銜者：<br />'''{{{unknlast}}}'''}}" +
      "{{#if:{{{unknnext|}}}|<br />下一位持有相同頭銜者：<br />'''{{{unknnext}}}'''}}",
  },
  // Rail boxes: 前一站 · the system · 後一站, then per line the stations on either side.
  {
    names: ['Start rail box'],
    langs: ['zh'],
    body: "{| class=\"wikitable\"\n|-\n! {{#ifeq:{{{2|}}}|no||前一站}} !! {{{1|}}} !! {{#ifeq:{{{2|}}}|no||後一站}}\n|-",
  },
  {
    names: ['S-inop'],
    langs: ['zh'],
    body: "| rowspan=\"{{{rows|1}}}\" colspan=\"{{{cols|1}}}\" | '''{{{1|}}}'''{{#if:{{{2|}}}|<br />{{{2}}}}}",
  },
  {
    names: ['S-line'],
    langs: ['zh'],
    body:
      // (#if trims its branches, so each line break stands between two #ifs; a hidden cell leaves
      // an empty line, which a table ignores.)
      '{{#if:{{{system|}}}' +
      // enwiki's form: the stations and the line as the call names them.
      '|{{#if:{{{hide1|}}}||{{!}} rowspan="{{{rows1|1}}}" {{!}} {{{previous|}}}}}\n' +
      '{{#if:{{{hidemid|}}}||{{!}} rowspan="{{{rowsmid|1}}}" {{!}} {{{line|}}}{{#if:{{{branch|}}}|<br />{{{branch}}}}}{{#if:{{{notemid|}}}|<br />{{{notemid}}}}}}}\n' +
      '{{#if:{{{hide2|}}}||{{!}} rowspan="{{{rows2|1}}}" {{!}} {{{next|}}}}}' +
      // zhwiki's own form: the line's name and a note, stations written beside it as sup/sdown.
      '|{{#if:{{{sup|}}}|{{!}} rowspan="{{{rowssup|{{{rows|1}}}}}}" {{!}} \'\'\'{{{sup}}}\'\'\'}}\n' +
      "{{!}} rowspan=\"{{{rows|1}}}\" {{!}} {{#if:{{{1|}}}|'''{{{1}}}'''}}{{#if:{{{1|}}}|{{#if:{{{2|}}}|<br />}}}}{{{2|}}}\n" +
      "{{#if:{{{sdown|}}}|{{!}} rowspan=\"{{{rowssdown|{{{rowssup|{{{rows|1}}}}}}}}}\" {{!}} '''{{{sdown}}}'''}}}}",
  },
];

export const SUCCESSION_BODIES: readonly SuccessionBody[] = [...tripleBodies('zh'), ...tripleBodies('uk'), ...ZH_ONLY];
