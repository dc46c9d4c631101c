import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { convertPage } from '../../src/engine/convert.js';

const md = new MarkdownIt({ html: true });

/**
 * The table a reader sees, parsed back from our Markdown by markdown-it: for each row, its cells'
 * text and how many grid columns the row fills once the spans from rows above are counted.
 */
function tableOf(markdown: string): { rows: string[][]; widths: number[] } {
  const html = md.render(markdown);
  const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  assert.equal(tables.length, 1, `one table in:\n${markdown}`);
  const rows: string[][] = [];
  const widths: number[] = [];
  let carried: number[] = []; // rows still covered by a span, per span
  for (const tr of tables[0]!.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
    const cells = [...tr.matchAll(/<(td|th)([^>]*)>([\s\S]*?)<\/\1>/g)];
    let width = carried.length;
    carried = carried.map((n) => n - 1).filter((n) => n > 0);
    for (const c of cells) {
      const colspan = Number(/colspan="(\d+)"/.exec(c[2]!)?.[1] ?? 1);
      const rowspan = Number(/rowspan="(\d+)"/.exec(c[2]!)?.[1] ?? 1);
      width += colspan;
      if (rowspan > 1) carried.push(rowspan - 1);
    }
    rows.push(cells.map((c) => c[3]!.replace(/<br \/>/g, ' / ').replace(/<[^>]+>/g, '').trim()));
    widths.push(width);
  }
  return { rows, widths };
}

test('zhwiki office box: section rows, before · title · after, vacancies, and a rows=2 span that keeps every row three columns wide (zh 0033 足利义持)', () => {
  const src = [
    '{{start box|width=auto}}',
    '|-',
    '{{s-off}}',
    '|-',
    '{{s-vacant||last=[[二條滿基]]}}',
    '{{s-title|[[內大臣]]|1409年9月2日－1419年9月18日}}',
    '{{s-vacant||next=[[西園寺實永]]}}',
    '|-',
    '{{s-mil}}',
    '|-',
    '{{s-before|[[足利義滿]]}}',
    '{{s-title|[[室町幕府將軍列表|征夷大將軍]]|1395年1月8日－1423年4月28日}}',
    '{{s-after|[[足利義量]]}}',
    '|-',
    '{{s-reg|other}}',
    '|-',
    '{{s-before|rows=2|[[足利義滿]]}}',
    '{{s-title|足利將軍家第4代當主|1395年－1423年}}',
    '{{s-after|[[足利義量]]}}',
    '|-',
    '{{s-title|[[源氏長者]]|1413年－1428年}}',
    '{{s-after|[[久我清通]]}}',
    '{{end box}}',
  ].join('\n');
  const { rows, widths } = tableOf(convertPage(src, { site: 'zh', title: '足利义持' }).markdown);
  assert.deepEqual(rows, [
    ['官衔'],
    ['空缺 / 上一位持有相同頭銜者： / 二條滿基', '內大臣 / 1409年9月2日－1419年9月18日', '空缺 / 下一位持有相同頭銜者： / 西園寺實永'],
    ['军职'],
    ['前任： / 足利義滿', '征夷大將軍 / 1395年1月8日－1423年4月28日', '继任： / 足利義量'],
    ['貴族爵位和頭銜'],
    ['前任： / 足利義滿', '足利將軍家第4代當主 / 1395年－1423年', '继任： / 足利義量'],
    ['源氏長者 / 1413年－1428年', '继任： / 久我清通'],
  ]);
  assert.deepEqual(widths, [3, 3, 3, 3, 3, 3, 3]);
});

test('zhwiki rail box: 前一站 · system · 後一站, each line between its stations, a rows=2 station shared by the next line (zh 0017 歌乐山站: 临近车站 stood over nothing)', () => {
  const src = [
    '== 临近车站 ==',
    '{{start rail box|[[中国铁路]]}}',
    '{{s-inop|[[三溪口站]]|经K141所方向}}',
    '{{s-line|蔡歌联络线<br />← 16km 歌乐山站 13km →}}',
    '{{s-inop|[[重庆西站]]|经双碑线路所}}',
    '|-',
    '{{s-inop|[[重庆西站]]}}',
    '{{s-line|井西线<br />← 13km 歌乐山站 5km →}}',
    '{{s-inop|[[井口站]]|rows=2}}',
    '|-',
    '{{s-inop|[[璧山站]]}}',
    '{{s-line|井西联络线<br />← 28km 歌乐山站 5km →}}',
    '{{end box}}',
    '',
    '== 参考资料 ==',
  ].join('\n');
  const markdown = convertPage(src, { site: 'zh', title: '歌乐山站' }).markdown;
  assert.match(markdown, /^## 临近车站\n\n<table>/);
  const { rows, widths } = tableOf(markdown);
  assert.deepEqual(rows, [
    ['前一站', '中国铁路', '後一站'],
    ['三溪口站 / 经K141所方向', '蔡歌联络线 / ← 16km 歌乐山站 13km →', '重庆西站 / 经双碑线路所'],
    ['重庆西站', '井西线 / ← 13km 歌乐山站 5km →', '井口站'],
    ['璧山站', '井西联络线 / ← 28km 歌乐山站 5km →'],
  ]);
  assert.deepEqual(widths, [3, 3, 3, 3]);
});

test('s-line: enwiki\'s system= form shows the stations and line it names; zhwiki\'s sup/sdown stations stand beside the line', () => {
  const en = '{{start rail box|广州地铁}}\n{{s-line|system=GZM|line=1|previous=西朗|next=坑口}}\n{{end box}}';
  assert.deepEqual(tableOf(convertPage(en, { site: 'zh', title: 'T' }).markdown).rows, [['前一站', '广州地铁', '後一站'], ['西朗', '1', '坑口']]);
  const local = '{{start rail box|X}}\n{{s-line|L|经甲|sup=上站|sdown=下站}}\n{{end box}}';
  assert.deepEqual(tableOf(convertPage(local, { site: 'zh', title: 'T' }).markdown).rows, [['前一站', 'X', '後一站'], ['上站', 'L / 经甲', '下站']]);
});

test('the one-call {{succession}}: before, office and years, after, in each wiki\'s words (uk 0052 Мороз)', () => {
  const uk = '{{succession|office=[[Голови Верховної Ради України]]|preceded=[[Плющ Іван Степанович]]|succeeded=[[Яценюк Арсеній Петрович]]}}';
  assert.deepEqual(tableOf(convertPage(uk, { site: 'uk', title: 'T' }).markdown).rows, [
    ['Попередник: / Плющ Іван Степанович', 'Голови Верховної Ради України', 'Наступник: / Яценюк Арсеній Петрович'],
  ]);
  const zh = '{{succession|preceded=甲|office=乙|years=1990–2000|succeeded=丙}}';
  assert.deepEqual(tableOf(convertPage(zh, { site: 'zh', title: 'T' }).markdown).rows, [['前任： / 甲', '乙 / 1990–2000', '继任： / 丙']]);
});

test('the same names stay dropped on wikis without these bodies', () => {
  assert.equal(convertPage('文\n{{start box}}\n{{s-bef|before=甲}}\n{{s-aft|after=丙}}\n{{end box}}', { site: 'en', title: 'T' }).markdown.trim(), '文');
});

test('zhwiki {{s-new}} opens a row with the new office in place of a predecessor; {{s-par}} heads a legislature\'s seats', () => {
  const src = [
    '{{s-start}}',
    '{{s-par|hk}}',
    '{{s-new|first}}',
    '{{s-ttl|title=立法會議員|years=1998–2004}}',
    '{{s-aft|after=乙}}',
    '{{s-par}}',
    '{{s-new|seat|reason=選區重劃}}',
    '{{s-ttl|title=議員}}',
    '{{s-aft|after=丙}}',
    '{{s-end}}',
  ].join('\n');
  const { rows, widths } = tableOf(convertPage(src, { site: 'zh', title: 'T' }).markdown);
  assert.deepEqual(rows, [
    ['香港立法會'],
    ['首任', '立法會議員 / 1998–2004', '继任： / 乙'],
    ['議會席位'],
    ['新議席 / 選區重劃', '議員', '继任： / 丙'],
  ]);
  assert.deepEqual(widths, [3, 3, 3, 3]);
});

const convert = (src: string, site: string): string => convertPage(src, { site, title: 'T' }).markdown;

test('rows without the page\'s own |-: each before cell starts a row and each after cell ends one, on zhwiki and ukwiki; s-break starts the second row of a rows=2 span, s-inc is its after cell', () => {
  const two = '{{s-start}}\n{{s-bef|before=甲}}\n{{s-ttl|title=乙}}\n{{s-aft|after=丙}}\n{{s-bef|before=丁}}\n{{s-ttl|title=戊}}\n{{s-aft|after=己}}\n{{s-end}}';
  assert.deepEqual(tableOf(convert(two, 'zh')).rows, [
    ['前任： / 甲', '乙', '继任： / 丙'],
    ['前任： / 丁', '戊', '继任： / 己'],
  ]);
  assert.deepEqual(tableOf(convert(two, 'uk')).rows, [
    ['Попередник: / 甲', '乙', 'Наступник: / 丙'],
    ['Попередник: / 丁', '戊', 'Наступник: / 己'],
  ]);
  // All on one line, as some pages write them.
  assert.deepEqual(tableOf(convert(two.replace(/\n/g, ''), 'uk')).rows, tableOf(convert(two, 'uk')).rows);
  const span = '{{start box}}\n{{s-bef|rows=2|before=甲}}\n{{s-ttl|title=乙}}\n{{s-aft|after=丙}}\n{{s-break}}\n{{s-ttl|title=戊}}\n{{s-inc}}\n{{end box}}';
  for (const [site, incumbent] of [['zh', '现任'], ['uk', 'Чинний']] as const) {
    const { rows, widths } = tableOf(convert(span, site));
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[1], ['戊', incumbent]);
    assert.deepEqual(widths, [3, 3]);
  }
});

test('s-non (no predecessor or successor: 无, or the reason) and s-vacant keep their cells, so the columns do not shift', () => {
  const src = '{{s-start}}\n{{s-non|reason=新設}}\n{{s-ttl|title=乙}}\n{{s-non}}\n{{s-vacant|last=甲}}\n{{s-ttl|title=丙}}\n{{s-vacant|next=丁}}\n{{s-end}}';
  assert.deepEqual(tableOf(convert(src, 'zh')).rows, [
    ['新設', '乙', '无'],
    ['空缺 / 上一位持有相同頭銜者： / 甲', '丙', '空缺 / 下一位持有相同頭銜者： / 丁'],
  ]);
  assert.deepEqual(tableOf(convert(src, 'uk')).rows, [
    ['新設', '乙', 'Немає'],
    ['Вакантно / Попередник: / 甲', '丙', 'Вакантно / Наступник: / 丁'],
  ]);
});

test('{{succession box}} is one row of before · title and years · after; an empty start box / end box prints nothing', () => {
  const src = '文\n{{start box}}\n{{Succession box|before=甲|title=乙|years=1990–2000|after=丙}}\n{{end box}}';
  assert.deepEqual(tableOf(convert(src, 'zh')).rows, [['前任： / 甲', '乙 / 1990–2000', '继任： / 丙']]);
  assert.deepEqual(tableOf(convert(src, 'uk')).rows, [['Попередник: / 甲', '乙 / 1990–2000', 'Наступник: / 丙']]);
  for (const site of ['zh', 'uk']) assert.equal(convert('文\n{{start box}}\n{{end box}}', site).trim(), '文');
});

test('an unnamed predecessor or successor leaves its label alone, without a stray quote mark', () => {
  const markdown = convert('{{s-start}}\n{{s-bef}}\n{{s-ttl|title=乙}}\n{{s-aft}}\n{{s-end}}', 'zh');
  assert.doesNotMatch(markdown, /'/);
  assert.deepEqual(tableOf(markdown).rows, [['前任：', '乙', '继任：']]);
});

test('every opener an {{end box}} or {{s-end}} may close is a table on zhwiki and ukwiki: no stray |} in any combination', () => {
  const openers = ['{{start box}}', '{{s-start}}', '{{start rail box|X}}', '{{s-rail-start}}'];
  for (const site of ['zh', 'uk']) {
    for (const opener of openers) {
      for (const closer of ['{{end box}}', '{{s-end}}']) {
        for (const inner of ['', '{{s-bef|before=甲}}\n{{s-ttl|title=乙}}\n{{s-aft|after=丙}}']) {
          const markdown = convert(`文\n${opener}\n${inner}\n${closer}\n尾`, site);
          assert.doesNotMatch(markdown, /\|\}/, `${site} ${opener} ${inner} ${closer}:\n${markdown}`);
          assert.match(markdown, /^文\n[\s\S]*\n尾\n$/);
        }
      }
    }
  }
});

test('enwiki\'s rail box: {{s-rail|title=}} heads the system, each {{s-line|system=…}} is a row of its own', () => {
  const src = '{{s-rail-start}}\n{{s-rail|title=港鐵}}\n{{s-line|system=MTR|line=荃灣綫|previous=太子|next=旺角}}\n{{s-line|system=MTR|line=觀塘綫|previous=石硤尾|next=旺角}}\n{{s-end}}';
  assert.deepEqual(tableOf(convert(src, 'zh')).rows, [['前一站', '港鐵', '後一站'], ['太子', '荃灣綫', '旺角'], ['石硤尾', '觀塘綫', '旺角']]);
  assert.deepEqual(tableOf(convert(src, 'uk')).rows[0], ['Попередня станція', '港鐵', 'Наступна станція']);
});

test('s-non given an empty reason or 1= prints its default in bold, never a lone quote mark', () => {
  for (const [site, none] of [['zh', '无'], ['uk', 'Немає']] as const) {
    for (const call of ['{{s-non|reason=}}', '{{s-non|}}', '{{s-non|1=}}']) {
      const markdown = convert(`{{s-start}}\n${call}\n{{s-ttl|title=乙}}\n{{s-aft|after=丙}}\n{{s-end}}`, site);
      assert.doesNotMatch(markdown, /'/, `${site} ${call}:\n${markdown}`);
      const { rows, widths } = tableOf(markdown);
      assert.equal(rows[0]![0], none, `${site} ${call}`);
      assert.match(md.render(markdown), new RegExp(`<(b|strong)>${none}</(b|strong)>`));
      assert.deepEqual(widths, [3]);
    }
  }
});

test('s-vacant naming both the last and the next holder is a middle cell: it neither starts nor ends a row', () => {
  const src = '{{s-start}}\n{{s-bef|before=甲}}\n{{s-vacant|last=乙|next=丙}}\n{{s-aft|after=丁}}\n{{s-bef|before=戊}}\n{{s-ttl|title=己}}\n{{s-aft|after=庚}}\n{{s-end}}';
  const zh = tableOf(convert(src, 'zh'));
  assert.deepEqual(zh.rows, [
    ['前任： / 甲', '空缺 / 上一位持有相同頭銜者： / 乙 / 下一位持有相同頭銜者： / 丙', '继任： / 丁'],
    ['前任： / 戊', '己', '继任： / 庚'],
  ]);
  assert.deepEqual(zh.widths, [3, 3]);
  const uk = tableOf(convert(src.replace('last=乙|next=丙', 'unknlast=乙|unknnext=丙'), 'uk'));
  assert.deepEqual(uk.rows[0], ['Попередник: / 甲', 'Вакантно / Попередник: / 乙 / Наступник: / 丙', 'Наступник: / 丁']);
  assert.deepEqual(uk.widths, [3, 3]);
});

test('two s-non cells without the page\'s |- between them make two rows of three: the box is three columns wide, and a fourth cell begins the next row', () => {
  // On the wiki this is one row of six cells (S-non is a bare cell); the page means two rows.
  const bare = '{{s-start}}\n{{s-bef|before=甲}}\n{{s-ttl|title=乙}}\n{{s-non}}\n{{s-non}}\n{{s-ttl|title=丁}}\n{{s-aft|after=戊}}\n{{s-end}}';
  for (const [site, none, before, after] of [['zh', '无', '前任：', '继任：'], ['uk', 'Немає', 'Попередник:', 'Наступник:']] as const) {
    const expected = [[`${before} / 甲`, '乙', none], [none, '丁', `${after} / 戊`]];
    const joined = tableOf(convert(bare, site));
    assert.deepEqual(joined.rows, expected, site);
    assert.deepEqual(joined.widths, [3, 3]);
    // With the page's own |- (or {{s-break}}) the rows are the same, and no empty row appears.
    for (const sep of ['|-', '{{s-break}}']) {
      const split = tableOf(convert(bare.replace('{{s-non}}\n{{s-non}}', `{{s-non}}\n${sep}\n{{s-non}}`), site));
      assert.deepEqual(split.rows, expected, `${site} ${sep}`);
    }
  }
});

test('the width counts spans from the rows above: a rows=2 before cell leaves room for two cells in the next row, and a reason cell after it goes on', () => {
  // s-bef rows=2 · s-ttl · s-non, then s-ttl · s-non (the second row's before column is spanned)
  // and a third triple of s-non · s-ttl · s-aft, all without |-.
  const src = '{{s-start}}\n{{s-bef|rows=2|before=甲}}\n{{s-ttl|title=乙}}\n{{s-non|reason=丙}}\n{{s-ttl|title=丁}}\n{{s-non|reason=戊}}\n{{s-non|reason=己}}\n{{s-ttl|title=庚}}\n{{s-aft|after=辛}}\n{{s-end}}';
  const { rows, widths } = tableOf(convert(src, 'zh'));
  assert.deepEqual(rows, [['前任： / 甲', '乙', '丙'], ['丁', '戊'], ['己', '庚', '继任： / 辛']]);
  assert.deepEqual(widths, [3, 3, 3]);
});

test('a table the page writes itself is never re-cut, and the width attribute never reaches the output', () => {
  const own = '{|\n| a || b || c || d\n|}';
  assert.deepEqual(tableOf(convert(own, 'zh')).rows, [['a', 'b', 'c', 'd']]);
  const box = convert('{{s-start}}\n{{s-bef|before=甲}}\n{{s-ttl|title=乙}}\n{{s-aft|after=丙}}\n{{s-end}}', 'zh');
  assert.doesNotMatch(box, /wikimark/);
});

test('a table the page writes itself is never re-cut, even one naming a width attribute or holding an escaped marker character', () => {
  for (const open of ['{| data-wikimark-columns="1"', '{| &#127;columns=1&#127;', '{| \x7fcolumns=1\x7f']) {
    const { rows } = tableOf(convertPage(`${open} border="1"\n| a || b\n| c\n|-\n| d\n|}`, { site: 'zh', title: 'T' }).markdown);
    assert.deepEqual(rows, [['a', 'b', 'c'], ['d']], open);
  }
});
