import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Infobox, Inline } from '../../src/ast/nodes.js';
import { convert } from './pipeline.js';
import type { TemplateResult } from '../../src/templates/types.js';
import { infoboxLabel } from '../../src/templates/handlers/infobox-labels.js';
import { makeCtx, render, show } from './harness.js';
import { convertPage } from '../../src/engine/convert.js';

function box(r: TemplateResult): Infobox {
  assert.equal(r.kind, 'block');
  const nodes = (r as { nodes: Infobox[] }).nodes;
  assert.equal(nodes.length, 1);
  assert.equal(nodes[0]!.type, 'infobox');
  return nodes[0]!;
}

const rows = (b: Infobox) => b.rows.map((r) => `${r.header ? '#' : ''}${r.label ? show(r.label) : ''}=${show(r.value)}`);

test('named parameters in call order, labelled in the page language; layout parameters skipped', () => {
  const b = box(render('Infobox person', [], {
    name: '李·德富雷斯特', image: 'Lee De Forest.jpg', image_size: '200px', caption: '1904年', birth_date: '1873年8月26日',
    birth_place: '[[美国]]', occupation: '[[發明家]]', salary: '', known_for: '真空三极管', mystery_field: 'x',
  }, makeCtx('zh', '李·德富雷斯特')));
  assert.equal(b.name, 'Infobox person');
  assert.deepEqual(b.title, [{ type: 'text', value: '李·德富雷斯特' }]);
  assert.deepEqual(b.images, [{
    type: 'image', file: 'Lee De Forest.jpg', alt: '1904年', caption: [{ type: 'text', value: '1904年' }], link: null,
    format: 'frameless', width: null, height: null, align: null,
  }]);
  assert.deepEqual(rows(b), ['出生=1873年8月26日', '出生地=[[美国|美国]]', '职业=[[發明家|發明家]]', '知名于=真空三极管', 'Mystery field=x']);
  assert.deepEqual(b.rows[0], { label: [{ type: 'text', value: '出生' }], value: [{ type: 'text', value: '1873年8月26日' }] });
});

test('title falls back to the page title without disambiguation; en labels are humanised', () => {
  const b = box(render('Infobox album', [], { artist: '許志安', genre: '粵語流行', recorder_brand: 'X', Years2: '1999' }, makeCtx('zh', '歌人 (許志安專輯)')));
  assert.deepEqual(b.title, [{ type: 'text', value: '歌人' }]);
  // Known names in any spelling (Birthdate, birth_date, term_start1) get the zh label; others are humanised.
  assert.deepEqual(rows(b), ['艺人=許志安', '类型=粵語流行', 'Recorder brand=X', '年份=1999']);
  const p = box(render('Infobox Artist', [], { Birthname: '角田 庄五郎', Deathdate: '1865年', term_start1: '1395年' }, makeCtx('zh')));
  assert.deepEqual(rows(p), ['出生名=角田 庄五郎', '逝世=1865年', '任期开始=1395年']);
  const e = box(render('Infobox settlement', [], { official_name: 'Springfield', population_total: '30,720', area_code: '217' }, makeCtx('en', 'Springfield')));
  assert.deepEqual(e.title, [{ type: 'text', value: 'Springfield' }]);
  assert.deepEqual(rows(e), ['Population total=30,720', 'Area code=217']);
});

test('a bare file name is an image whatever the parameter; its "cap" parameter is the caption', () => {
  const b = box(render('Infobox Taiwan Highway', [], { Route: 'TW PHW10 RouteMap.svg', Routecap: '路線圖', Num: '10', Length: '21.130' }, makeCtx('zh')));
  assert.deepEqual(b.images.map((i) => [i.file, show(i.caption)]), [['TW PHW10 RouteMap.svg', '路線圖']]);
  assert.deepEqual(rows(b), ['长度=21.130公里']);
});

test('a URL ending in a file extension is a row, not a picture: a file name has no `:` `/` `\\` in it', () => {
  const b = box(render('Infobox company', [], { name: 'X', website: 'http://x.example/plan.pdf', logo_url: 'https://x.example/logo.png', audio: 'https://x.example/a.ogg', map: 'File:Map.png' }, makeCtx('en')));
  assert.deepEqual(b.images.map((i) => i.file), ['Map.png']);
  assert.deepEqual(rows(b).map((r) => r.split('=').slice(1).join('=')), ['http://x.example/plan.pdf', 'https://x.example/logo.png', 'https://x.example/a.ogg']);
});

test('jawiki `Img_capt` is the caption of `Img`, not a row', () => {
  const b = box(render('Infobox Musician', [], { Name: 'スティーヴ・ライヒ', Img: 'Steve Reich2.jpg', Img_capt: '2006年頃', Img_size: '', 本名: 'Stephen Michael Reich' }, makeCtx('ja')));
  assert.deepEqual(b.images.map((i) => [i.file, show(i.caption)]), [['Steve Reich2.jpg', '2006年頃']]);
  assert.deepEqual(rows(b), ['本名=Stephen Michael Reich']);
});

test('image parameters take File: prefixes, [[File:…]] links and captions by number', () => {
  const b = box(render('信息框 城市', [], { 名称: '香坊', 图像: 'File:A.jpg', 图像说明: '街景', map: '[[File:Map.png|200px]]', map_caption: '位置' }, makeCtx('zh')));
  assert.deepEqual(b.title, [{ type: 'text', value: '香坊' }]);
  assert.deepEqual(b.images.map((i) => [i.file, show(i.caption)]), [['A.jpg', '街景'], ['Map.png', '位置']]);
  assert.deepEqual(b.rows, []);
});

test('a file format box\'s `icon` is its picture, not a row labelled "Icon" (ja 0122 CSS)', () => {
  const b = box(render('Infobox file format', [], { name: 'CSS', extension: '.css', icon: '[[ファイル:Nuvola mimetypes source css.png|127px]]' }, makeCtx('ja')));
  assert.deepEqual(b.images.map((i) => i.file), ['Nuvola mimetypes source css.png']);
  assert.deepEqual(rows(b).map((r) => r.split('=')[1]), ['.css']);
});

test('multi-line list values become lines', () => {
  const b = box(render('Infobox China County', [], { 'post code': '多个\n*150030\n*150036' }, makeCtx('zh')));
  assert.deepEqual(rows(b), ['邮政编码=多个<br>150030<br>150036']);
});

test('generic {{Infobox}}: above, headerN/labelN/dataN by number, below', () => {
  const b = box(render('Infobox', [], {
    above: '第10屆金曲獎', image: 'Golden.png', caption: '獎座', header1: '概要', label2: '日期', data2: '1999年4月30日',
    label3: '空', data3: '', data10: '无标签数据', label5: '地點', data5: '台北', below: '注释',
  }, makeCtx('zh')));
  assert.deepEqual(b.title, [{ type: 'text', value: '第10屆金曲獎' }]);
  assert.equal(b.images[0]!.file, 'Golden.png');
  assert.deepEqual(rows(b), ['#=概要', '日期=1999年4月30日', '地點=台北', '=无标签数据', '=注释']);
});

test('taxobox ranks and Drugbox formula atoms (counts subscripted, as the box prints them)', () => {
  const t = box(render('Taxobox', [], { name: '香丝草', genus: 'Conyza', species: 'bonariensis', binomial_authority: 'L.' }, makeCtx('zh')));
  assert.deepEqual(rows(t), ['属=Conyza', '种=bonariensis', '命名者=L.']);
  const d = box(render('Drugbox', [], { Watchedfields: 'changed', verifiedrevid: '1', IUPAC_name: 'x', CAS_number_Ref: 'y', CAS_number: '50-53-3', C: '17', H: '19', Cl: '1', N: '2', S: '1', molecular_weight: '318.86' }, makeCtx('zh', '氯丙嗪')));
  assert.deepEqual(rows(d), ['IUPAC名=x', 'CAS号=50-53-3', '化学式=C<sub>17</sub>H<sub>19</sub>ClN<sub>2</sub>S', '分子量=318.86']);
});

test('Speciesbox: the species abbreviated, the binomial name with its authority, as the box prints them (zh 香丝草 showed 种 | bonariensis)', () => {
  const md = convertPage('{{Speciesbox\n| name = 香丝草\n| genus = Conyza\n| species = bonariensis\n| authority = [[Carl_Linnaeus|L.]]\n}}', { site: 'zh', title: '香丝草' }).markdown;
  assert.equal(md, '| 香丝草 |  |\n| --- | --- |\n| 属 | *Conyza* |\n| 种 | *C. bonariensis* |\n| 二名法 | *Conyza bonariensis*<br />[L.](https://zh.wikipedia.org/wiki/Carl_Linnaeus) |\n');
  // A genus written with markup is left as written.
  const kept = box(render('Speciesbox', [], { genus: '[[Conyza]]', species: 'bonariensis' }, makeCtx('zh')));
  assert.deepEqual(rows(kept).slice(1), ['种=bonariensis']);
});

test('football career: one row per entry, the years as label, then club, appearances (goals) (zh 李·邦比 showed 年份/球会/出场/进球 as four rows each)', () => {
  const b = box(render('Infobox football biography 2', [], {
    playername: '李·邦比', position: '後衛', youthyears1: '', youthclubs1: '', years1: '1998−2004', clubs1: '[[錫周三足球會|錫周三]]', caps1: '100', goals1: '2',
    years2: '1999−2000', clubs2: '→ 曼斯菲 (借用)', caps2: '10', nationalyears1: '2000', nationalteam1: '英格蘭U21', nationalcaps1: '3', nationalgoals1: '0', totalcaps: '331',
  }, makeCtx('zh', '李·邦比')));
  assert.deepEqual(rows(b), ['位置=後衛', '1998−2004=[[錫周三足球會|錫周三]] 100 (2)', '1999−2000=→ 曼斯菲 (借用) 10', '#=国家队', '2000=英格蘭U21 3 (0)', '总出场=331']);
  // Years without a team (an album's Years2) stay an ordinary row.
  assert.deepEqual(rows(box(render('Infobox album', [], { artist: 'X', Years2: '1999' }, makeCtx('zh')))), ['艺人=X', '年份=1999']);
});

test('Drugbox ATC_prefix and ATC_suffix are one code, as the box prints it (zh 氯丙嗪 showed "ATC代码 | AA01" as a row of its own)', () => {
  const d = box(render('Drugbox', [], { ATC_prefix: 'N05', ATC_suffix: 'AA01', PubChem: '2726' }, makeCtx('zh', '氯丙嗪')));
  assert.deepEqual(rows(d), ['ATC代码=N05AA01', 'PubChem=2726']);
  // A suffix without its prefix stays a row.
  assert.deepEqual(rows(box(render('Drugbox', [], { ATC_suffix: 'AA01', PubChem: '2726' }, makeCtx('zh', '氯丙嗪')))), ['ATC代码=AA01', 'PubChem=2726']);
});

test('footnotes of *_ref parameters follow the value they source', () => {
  const ctx = makeCtx('zh');
  const ref: Inline = { type: 'footnoteRef', group: '', name: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Tropicos' }] }] };
  ctx.parseInline = (s: string) => (s === '\x7f2\x7f' ? [ref] : [{ type: 'text', value: s }]);
  const b = box(render('Speciesbox', [], { synonyms_ref: '\x7f2\x7f', synonyms: 'Erigeron', CASNo_Ref: 'tick' }, ctx));
  assert.deepEqual(b.rows, [{ label: [{ type: 'text', value: '异名' }], value: [{ type: 'text', value: 'Erigeron' }, ref] }]);
});

test('embedded parts (Chembox sections, embed=yes) splice their rows into the enclosing box', () => {
  const ctx = makeCtx('zh', '香叶醇');
  const section = render('Chembox Identifiers', [], { CASNo: '106-24-1', CASNo_Ref: 'ok' }, ctx);
  assert.equal(section.kind, 'inline');
  const carrier = (section as { nodes: Inline[] }).nodes;
  assert.deepEqual(carrier, [{ type: 'htmlInline', tag: 'span', attrs: {}, children: [{ type: 'text', value: '识别；CAS号：106-24-1' }] }]);
  // The enclosing box parses its Section1 value (a strip marker standing for the nested call) and finds the carrier node.
  ctx.parseInline = (s: string) => (s === '\x7f1\x7f' ? carrier : [{ type: 'text', value: s }]);
  const b = box(render('Chembox', [], { ImageFile: 'Geraniol.png', Section1: '\x7f1\x7f', Section2: '' }, ctx));
  assert.deepEqual(rows(b), ['#=识别', 'CAS号=106-24-1']);
  assert.deepEqual(b.title, [{ type: 'text', value: '香叶醇' }]);
  assert.equal(b.images[0]!.file, 'Geraniol.png');
});

test('a one-item list value loses its marker like longer lists do; a colour keeps its #', () => {
  const b = box(render('Infobox 漫画家', [], { 受賞: '* 第25回[[講談社漫画賞]]少女部門', 代表作: '# 一', 備考: '#ffcc00' }, makeCtx('ja')));
  assert.deepEqual(b.rows.map((r) => show(r.value)), ['第25回[[講談社漫画賞]]少女部門', '一', '#ffcc00']);
  const md = convertPage('{{Infobox 漫画家\n| 名前 = 高屋奈月\n| 受賞 = \n* 第25回[[講談社漫画賞]]少女部門\n}}\n本文。', { title: '高屋奈月', site: 'ja' }).markdown;
  assert.ok(md.includes('| 受賞 | 第25回[講談社漫画賞](https://ja.wikipedia.org/wiki/講談社漫画賞)少女部門 |\n'), md);
});

test('an infobox with nothing but layout is dropped (a one-cell table would tell the reader nothing)', () => {
  const r = render('Infobox film', [], { image_size: '200px' }, makeCtx('en', 'The Phantom of the Opera (1925 film)'));
  assert.deepEqual(r, { kind: 'drop' });
});

test('an infobox with nothing but its name is dropped, not written as an empty table', () => {
  const md = convertPage('Unix是一类操作系统。\n\n{{Infobox software\n| name = Unix\n}}\n', { title: 'Unix', site: 'zh' }).markdown;
  assert.equal(md, 'Unix是一类操作系统。\n');
});

test('a value holding a table ({{(!}} … {{!)}} award grids) shows one line per row, cells separated by a dot', () => {
  const src = '{{Науковець\n|нагороди = {{(!}} style="background: transparent"\n{{!}}[[A]]{{!!}}[[B]]\n{{!}}-\n{{!}}C{{!!}}D\n{{!)}}\n}}\nТекст.';
  assert.equal(
    convertPage(src, { site: 'uk', title: 'T' }).markdown.trim(),
    '| T |  |\n| --- | --- |\n| Нагороди | [A](https://uk.wikipedia.org/wiki/A) · [B](https://uk.wikipedia.org/wiki/B)<br />C · D |\n\nТекст.',
  );
});

test('labels: a row number is dropped, a number that belongs to the name is kept', () => {
  assert.equal(infoboxLabel('label2', 'en'), 'Label');
  assert.equal(infoboxLabel('Титул 2', 'uk'), 'Титул');
  assert.equal(infoboxLabel('ISO_639-3', 'uk'), 'ISO 639-3');
  assert.equal(infoboxLabel('ISO_639', 'uk'), 'ISO 639');
});

test('pixel sizes and box colours are layout, not rows', () => {
  const b = box(render('Infobox person', [], { name: 'A', Ширина: '220 px', 'Ширина зображення': '250пкс', 色: 'lightgreen', occupation: 'poet' }, makeCtx('en')));
  assert.deepEqual(rows(b), ['Occupation=poet']);
});

test('language boxes (jawiki/zhwiki {{Infobox Language}}): their rows in the page language, codes as ISO 639-N, no colour row', () => {
  const b = box(render('Infobox Language', [], { name: 'イタリア語', pronunciation: 'itaˈljaːno', states: 'イタリア', region: '南ヨーロッパ', speakers: '6100万人', familycolor: 'インド・ヨーロッパ語族', fam1: 'インド・ヨーロッパ語族', fam2: 'イタリック語派', script: 'ラテン文字', iso1: 'it', iso2: 'ita', iso3: 'ita' }, makeCtx('ja')));
  assert.deepEqual(rows(b), [
    // jawiki: the family's branches are one row, line under line (infobox-ja.ts).
    '発音=itaˈljaːno', '話される国=イタリア', '地域=南ヨーロッパ', '話者数=6100万人', '言語系統=インド・ヨーロッパ語族<br />イタリック語派',
    '表記体系=ラテン文字', 'ISO 639-1=it', 'ISO 639-2=ita', 'ISO 639-3=ita',
  ]);
  assert.equal(infoboxLabel('fam3', 'zh'), '语系');
  assert.equal(infoboxLabel('iso3', 'en'), 'ISO 639-3');
});

test('a box embedded in module= shows its rows inside the outer box (zh 0033 lost 時代, 戒名, 官位, 父, 母 …)', () => {
  const md = (src: string) => convert(src, '甲', 'zh').markdown.trim();
  // A known infobox with embed=yes.
  assert.equal(md('{{Infobox person\n| name = 乙\n| birth_date = 1900年\n| module = {{Infobox military person|embed=yes\n| allegiance = 中華民國\n| branch = 陸軍\n| battles = 北伐\n}}\n}}'),
    '| 乙 |  |\n| --- | --- |\n| 出生 | 1900年 |\n| 效忠 | 中華民國 |\n| 军种 | 陸軍 |\n| 参与战役 | 北伐 |');
  // A template the page source lacks, laid out as a box and marked child=yes: a data box, embedded
  // (the engine's registry makes data boxes).
  assert.equal(String(convertPage('{{Infobox officeholder\n| name = 甲\n| order = 第4代\n| module = {{日本武士 |child=yes\n| 時代 = 室町時代\n| 戒名 = 勝定院\n| 墓所 = 相國寺\n| 父 = [[足利義滿]]\n| 母 = 藤原慶子\n}}\n}}', { site: 'zh', title: '甲' }).markdown).trim(),
    '| 甲 |  |\n| --- | --- |\n| 次序 | 第4代 |\n| 時代 | 室町時代 |\n| 戒名 | 勝定院 |\n| 墓所 | 相國寺 |\n| 父 | [足利義滿](https://zh.wikipedia.org/wiki/足利義滿) |\n| 母 | 藤原慶子 |');
  // A module value that is not a box adds nothing.
  assert.equal(md('{{Infobox person\n| name = 丙\n| birth_date = 1900年\n| module = 文字\n}}'), '| 丙 |  |\n| --- | --- |\n| 出生 | 1900年 |');
});

test('a music box\'s bare `label` is the record label, a row like any other (numbered labelN stay row labels)', () => {
  const b = box(render('Infobox album', [], { artist: '許志安', label: '[[種子音樂]]', prev_title: '自導/自傳' }, makeCtx('zh')));
  assert.deepEqual(rows(b), ['艺人=許志安', '唱片公司=[[種子音樂|種子音樂]]', '上一张专辑=自導/自傳']);
  const j = box(render('Infobox Musician', [], { Label: '[[ECMレコード]]' }, makeCtx('ja')));
  assert.deepEqual(rows(j), ['レーベル=[[ECMレコード|ECMレコード]]']);
  const g = box(render('Infobox', [], { label1: '首都', data1: '北京' }, makeCtx('zh')));
  assert.deepEqual(rows(g), ['首都=北京']);
});

test('zhwiki Infobox China County prints its units after areas, population_total and GDP (as its data rows do); pop and density as written', () => {
  const b = box(render('Infobox China County', [], { county: '香坊区', area_total: '339.5', pop: '92万', population_total: '', density: '2670', GDP: '649.2亿' }, makeCtx('zh')));
  assert.deepEqual(rows(b), ['总面积=339.5平方千米', '人口=92万', '密度=2670', '地区生产总值=649.2亿元人民币']);
  const t = box(render('Infobox China County', [], { county: '白石县', population_total: '8.6', area_urban: '12' }, makeCtx('zh')));
  assert.deepEqual(rows(t).map((r) => r.replace(/^[^=]*=/, '')), ['8.6万人', '12平方千米']);
  // The unit goes before the value's footnotes, where the reader expects it.
  const md = convertPage('{{Infobox China County|county=X|GDP=649.2亿<ref>公报</ref>}}\n{{reflist}}', { site: 'zh', title: 'X' }).markdown;
  assert.match(md, /\| 地区生产总值 \| 649\.2亿元人民币\[\^1\] \|/);
});

test('an album box\'s prev_year/next_year go with prev_title/next_title; zh qualifiers in full-width brackets', () => {
  const b = box(render('Infobox album', [], { prev_title: '自導/自傳', prev_year: '2009', next_title: 'On And On', next_year: '2011' }, makeCtx('zh')));
  assert.deepEqual(rows(b), ['上一张专辑=自導/自傳（2009）', '下一张专辑=On And On（2011）']);
  const c = box(render('Infobox China County', [], { county: '香坊区', pop: '92万', 'census yr': '2010' }, makeCtx('zh')));
  assert.deepEqual(rows(c), ['人口=92万（2010）']);
  // A year alone (no title given) stays a row of its own.
  assert.deepEqual(rows(box(render('Infobox album', [], { prev_year: '2009' }, makeCtx('zh')))), ['上一张专辑年份=2009']);
});

test('Infobox bilateral relations: headed by its pair name, the two countries side by side under the map (zh 0011 lost both)', () => {
  const b = box(render('Infobox Bilateral relations', ['中不', 'PRC', 'Bhutan'], { map: 'China Bhutan Locator.png' }, makeCtx('zh', '中不邊界問題')));
  assert.deepEqual(b.title, [{ type: 'text', value: '中不關係' }]);
  assert.deepEqual(b.images.map((i) => i.file), ['China Bhutan Locator.png']);
  assert.deepEqual(rows(b), ['[[中国|中国]]=[[不丹|不丹]]']);
  // A name already in the wiki's language is linked as written; enwiki heads the box "… relations".
  const en = box(render('Infobox bilateral relations', ['Canada–United States', 'Canada', 'United States'], {}, makeCtx('en')));
  assert.deepEqual(en.title, [{ type: 'text', value: 'Canada–United States relations' }]);
  assert.deepEqual(rows(en), ['[[Canada|Canada]]=[[United States|United States]]']);
  const md = convertPage('{{Infobox Bilateral relations|中不|PRC|不丹|map=China Bhutan Locator.png}}', { site: 'zh', title: '中不邊界問題' }).markdown;
  assert.match(md, /^\| 中不關係 \|  \|\n\| --- \| --- \|\n\| !\[[^\n]*\]\([^\n]*China_Bhutan_Locator\.png\) \|  \|\n\| \[中国\]\(https:\/\/zh\.wikipedia\.org\/wiki\/中国\) \| \[不丹\]\(https:\/\/zh\.wikipedia\.org\/wiki\/不丹\) \|\n/);
});

test('jawiki Infobox Single: Writer is 作詞・作曲 (ja 0075 read 脚本, the label of a film\'s writer)', () => {
  const b = box(render('Infobox Single', [], { Name: 'イエスタデイ', Writer: '[[レノン＝マッカートニー]]', Length: '2分3秒' }, makeCtx('ja')));
  assert.deepEqual(rows(b), ['作詞・作曲=[[レノン＝マッカートニー|レノン＝マッカートニー]]', '長さ=2分3秒']);
  assert.deepEqual(rows(box(render('Infobox film', [], { writer: 'X' }, makeCtx('ja')))), ['脚本=X']);
});

test('a bare sound file in a box is a link to its page under the player\'s title (uk 0039: the file name as text and a raw "Sound title" row)', () => {
  const b = box(render('Infobox anthem', [], { title: 'Гімн', аудіофайл: 'Anthem 1916.ogg', sound_title: 'Виконання (1915)', country: 'X' }, makeCtx('uk')));
  assert.equal(b.rows.length, 2);
  assert.equal(show(b.rows[0]!.value), '[[Файл:Anthem 1916.ogg|Виконання (1915)]]');
  const untitled = box(render('Infobox anthem', [], { sound: 'Anthem.oga' }, makeCtx('en')));
  assert.equal(show(untitled.rows[0]!.value), '[[File:Anthem.oga|Anthem.oga]]');
});

test('former country: predecessor/successor flags are icons beside the names, which the box links (uk 0051 opened with 19 flags and unlinked names)', () => {
  const b = box(render('Картка:Колишня країна', [], {
    conventional_long_name: 'СРСР', p1: 'РСФРР', flag_p1: 'Flag RSFSR 1918.svg', p2: '[[БРСР|БСРР]]', flag_p2: 'Flag BSSR.svg',
    s1: 'Росія', flag_s1: 'Flag of Russia.svg', image_flag: 'Flag of the Soviet Union.svg',
  }, makeCtx('uk')));
  assert.deepEqual(b.images.map((i) => i.file), ['Flag of the Soviet Union.svg']);
  assert.deepEqual(rows(b), ['Попередник=[[РСФРР|РСФРР]]', 'Попередник=[[БРСР|БСРР]]', 'Наступник=[[Росія|Росія]]']);
});

test('an image parameter\'s file link that is no thumbnail shows no caption of its own; the words beside it are its caption (ja 0006 showed "Flag", "coa" and lost the view\'s caption)', () => {
  const src = '{{Infobox French commune\n| nomcommune = パリ\n| image = [[File:View.jpeg|280 px]]<br /><small>[[エッフェル塔]]（前景）</small>\n'
    + '[[ファイル:Flag of Paris.svg|100 px|border|Flag]] [[ファイル:Arms.svg|90 px|coa]]<br /><small>旗（左）・紋章（右）</small>\n| map = [[File:Map.svg|320px|パリの位置]]\n| région = X\n}}';
  const md = convertPage(src, { site: 'ja', title: 'パリ' }).markdown;
  const pics = md.split('\n').filter((l) => l.startsWith('| ![') || l.startsWith('| <img')).map((l) => l.replace(/\(https:[^)]*\)| src="[^"]*"/g, '').replace(/\s*\|\s*\|$/, ''));
  // The 90 px arms are icon-sized: <img> with their size (writer/inline-links.ts).
  assert.deepEqual(pics, [
    '| ![エッフェル塔（前景）]<br /><small>[エッフェル塔]（前景）</small>', '| ![Flag]', '| <img alt="coa" width="90" /><br /><small>旗（左）・紋章（右）</small>', '| ![パリの位置]',
  ]);
  // A thumbnail keeps its caption; a caption parameter still captions the picture.
  const t = convertPage('{{Infobox person\n| name = X\n| image = [[File:A.jpg|thumb|写真]]\n}}', { site: 'ja', title: 'X' }).markdown;
  assert.match(t, /\| !\[写真\]\([^)]*\)<br \/>写真 \|/);
  const c = convertPage('{{Infobox person\n| name = X\n| image = [[File:A.jpg|200px|alt]]\n| caption = 1904年\n}}', { site: 'ja', title: 'X' }).markdown;
  assert.match(c, /\| !\[alt\]\([^)]*\)<br \/>1904年 \|/);
});

test('ukwiki Картка програми: `заголовок` captions the screenshot; with only a logo it is no row (uk 0141 showed a row "Заголовок")', () => {
  const logoOnly = convertPage('{{Картка програми\n| назва = Firebird\n| логотип = Firebird_logo.svg\n| скріншот = <!--[[Файл:X.png]]-->\n| заголовок = Логотип Firebird\n| стан = активний\n}}', { site: 'uk', title: 'Firebird' }).markdown;
  assert.doesNotMatch(logoOnly, /Заголовок|Логотип Firebird/);
  assert.match(logoOnly, /\| Стан \| активний \|/);
  const shot = convertPage('{{Картка програми\n| назва = X\n| скріншот = X shot.png\n| заголовок = Вікно X\n}}', { site: 'uk', title: 'X' }).markdown;
  assert.match(shot, /!\[Вікно X\]\([^)]*X_shot\.png\)<br \/>Вікно X/);
  assert.doesNotMatch(shot, /\| Заголовок \|/);
});

test('ukwiki Картка ОС / Infobox OS: `caption` captions the screenshot, not the logo (uk 0395 lost "Пінгвін Tux — логотип і талісман ядра Linux")', () => {
  const md = convertPage('{{Картка ОС\n| name = Linux\n| logo = Linux Logo.jpg\n| screenshot = Linux kernel ubiquity.svg\n| caption = Пінгвін [[Tux]] — талісман\n| family = Unix\n}}', { site: 'uk', title: 'Linux' }).markdown;
  assert.match(md, /!\[Linux Logo\]\([^)]*Linux_Logo\.jpg\) \|/);
  assert.match(md, /\(https:[^)]*Linux_kernel_ubiquity\.svg\)<br \/>Пінгвін \[Tux\]\(https:\/\/uk\.wikipedia\.org\/wiki\/Tux\) — талісман/);
  assert.doesNotMatch(md, /\| Caption \||\| Підпис \|/);
  const logoOnly = convertPage('{{Infobox software\n| name = P\n| logo = P.svg\n| screenshot = \n| caption = Слон\n}}', { site: 'uk', title: 'P' }).markdown;
  assert.doesNotMatch(logoOnly, /Слон/);
});

test('former country statistics print as the box prints them: grouped, the area in km² (uk 0051 showed "22402200")', () => {
  const md = convertPage('{{Картка:Колишня країна\n|conventional_long_name = СРСР\n|stat_year1 = 1991\n|stat_area1 = 22402200\n|stat_pop1 = 293047571\n}}', { site: 'uk', title: 'СРСР' }).markdown;
  assert.match(md, /\| Площа \| 22\u00a0402\u00a0200\u00a0км² \|/);
  assert.match(md, /\| Населення \| 293\u00a0047\u00a0571 \|/);
  // A value that is not a bare figure is left as written.
  const worded = convertPage('{{Картка:Колишня країна\n|conventional_long_name = X\n|stat_area1 = близько 1000\n}}', { site: 'uk', title: 'X' }).markdown;
  assert.match(worded, /\| Площа \| близько 1000\u00a0км² \|/);
});

test('Drugbox `CAS_number_comment`: the words follow the number, so two CAS rows say which is which (zh 0016 showed two bare "CAS号" rows)', () => {
  const md = convertPage('{{Drugbox\n| CAS_number = 50-53-3\n| CAS_number_comment = 自由基團\n| CAS_number2_comment = 鹽酸鹽\n| CAS_number2 = 69-09-0\n}}', { site: 'zh', title: '氯丙嗪' }).markdown;
  assert.match(md, /\| CAS号 \| 50-53-3 自由基團 \|/);
  assert.match(md, /\| CAS号 \| 69-09-0 鹽酸鹽 \|/);
  // A comment whose number is not given is no row of its own.
  const alone = convertPage('{{Drugbox\n| PubChem = 1\n| CAS_number_comment = 自由基團\n}}', { site: 'zh', title: 'X' }).markdown;
  assert.doesNotMatch(alone, /自由基團/);
});

test('zhwiki Infobox award: labels as its labelN give them, previous · main · next as its one foot line (zh 0009, 0029 had rows 上届/下届 and a lone link)', () => {
  const src = '{{Infobox award\n| name = 第10屆[[金曲獎]]\n| presenter = [[行政院新聞局]]\n| location = 台北\n| country = 臺灣\n| network = TVBS-G\n'
    + '| previous = [[第9屆金曲獎|第9屆]]\n| next = [[第11屆金曲獎|第11屆]]\n| main = [[金曲獎]]\n}}\n正文';
  const lines = convertPage(src, { site: 'zh', title: '第10屆金曲獎' }).markdown.split('\n').map((l) => l.replace(/\]\([^)]*\)/g, ']'));
  assert.deepEqual(lines.slice(2, 7), ['| 主办单位 | [行政院新聞局] |', '| 地点 | 台北 |', '| 国家或地区 | 臺灣 |', '| 電視網路 | TVBS-G |', '| ←\u00a0[第9屆] · [金曲獎] · [第11屆]\u00a0→ |  |']);
  // Only the neighbours given: the line has just them.
  const one = convertPage('{{Infobox award\n| name = X\n| date = 1999\n| next = [[Y]]\n}}', { site: 'zh', title: 'X' }).markdown;
  assert.match(one, /\| \[Y\]\([^)]*\)\u00a0→ \|/);
  assert.doesNotMatch(one, /下届/);
});

test('zhwiki Infobox 日本參議院選舉: the previous and next elections as its foot line, linked and labelled by year (zh 0008 had four plain rows)', () => {
  const src = '{{Infobox 日本參議院選舉\n|選舉名= 第10屆日本參議院議員通常選舉\n|投票日= 1974年7月7日\n|改選数= 126\n'
    + '|上屆選舉= 第9屆日本參議院議員通常選舉\n|上屆年度= 1971\n|下屆選舉= 第11屆日本參議院議員通常選舉\n|下屆年度= 1977\n}}\n正文';
  const lines = convertPage(src, { site: 'zh', title: 'X' }).markdown.split('\n');
  assert.deepEqual(lines.slice(2, 5), [
    '| 投票日 | 1974年7月7日 |',
    '| 改選数 | 126 |',
    '| [< 1971](https://zh.wikipedia.org/wiki/第9屆日本參議院議員通常選舉) · [日本參議院議員通常選舉](https://zh.wikipedia.org/wiki/日本參議院議員通常選舉) · [1977 >](https://zh.wikipedia.org/wiki/第11屆日本參議院議員通常選舉) |  |',
  ]);
  assert.doesNotMatch(lines.join('\n'), /上屆|下屆/);
  // No year: the election's name is the label; no neighbour at all: no foot line.
  const noYear = convertPage('{{Infobox 日本參議院選舉\n|投票日=1\n|下屆選舉=第2屆\n}}', { site: 'zh', title: 'X' }).markdown;
  assert.match(noYear, /· \[第2屆\]\([^)]*\) \|/);
  const none = convertPage('{{Infobox 日本參議院選舉\n|投票日=1\n}}', { site: 'zh', title: 'X' }).markdown;
  assert.doesNotMatch(none, /通常選舉/);
});

test('a signature is a labelled row with its picture (zh 0010 gave no row; uk 0099 showed a bare picture among the portraits)', () => {
  const zh = convertPage('{{Infobox person\n|name=歌川国贞\n|birth_date=1786年\n|signature=[[File:Sig.jpg|150px]]\n}}', { site: 'zh', title: '歌川国贞' }).markdown;
  assert.match(zh, /\| 签名 \| !\[Sig\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/e\/ef\/Sig\.jpg\) \|/);
  const uk = convertPage("{{Письменник\n|ім'я=Тарас Шевченко\n|автограф = Taras Shevchenko’s signature.gif\n}}", { site: 'uk', title: 'Т' }).markdown;
  assert.match(uk, /\| Автограф \| !\[Taras Shevchenko’s signature\]\([^)]+\) \|/);
  // A samurai's 花押 (his written seal) is his signature (zh 0033 lost 足利義持's).
  const kao = convertPage('{{Infobox officeholder\n|name=足利義持\n|birth_date=1386年\n|module={{日本武士\n|child=yes\n|時代=室町時代\n|改名=義持\n|別名=四郎\n|戒名=勝定院\n|官位=征夷大將軍\n|花押=Ashikaga Yoshimochi kao.jpg\n}}\n}}', { site: 'zh', title: '足利义持' }).markdown;
  assert.match(kao, /\| 花押 \| !\[Ashikaga Yoshimochi kao\]\([^)]+\) \|/);
});

test('zh Chembox Properties: the molar mass with the unit zhwiki\'s row prints (zh 0027 read a bare 154.25)', () => {
  const src = '{{Chembox\n| Name = 芳樟醇\n| Section2 = {{Chembox Properties\n|   Formula = C<sub>10</sub>H<sub>18</sub>O\n|   MolarMass = 154.25\n}}\n}}';
  assert.match(convertPage(src, { site: 'zh', title: '芳樟醇' }).markdown, /\| 摩尔质量 \| 154\.25 g·mol⁻¹ \|/);
});

test('ja Infobox 島: bare figures with the units the box prints (ja 0184 read 面積 77,983.90)', () => {
  const md = convertPage('{{Infobox 島\n| 島名 = 北海道\n| 面積 = 77,983.90\n| 周囲 = 2,676\n| 標高 = 2,291\n| 最高峰 = 旭岳\n}}', { site: 'ja', title: '北海道' }).markdown;
  assert.match(md, /\| 面積 \| 77,983\.90\u00a0km² \|\n\| 周囲 \| 2,676\u00a0km \|\n\| 標高 \| 2,291\u00a0m \|/);
});

test('a box whose cover is a PDF (uk 0128: the printed score of the anthem) shows the file, linked, not its name as a row', () => {
  const md = String(convertPage('{{Пісня\n| Назва = Ще не вмерла Україна\n| Обкладинка = Ще не вмерла Украйна!.pdf\n| Випущено = 1865\n| Жанр = гімн\n| Мова = українська\n| Композитор = Михайло Вербицький\n}}', { site: 'uk', title: 'T' }).markdown);
  assert.match(md, /^\| Ще не вмерла Україна \| {2}\|\n\| --- \| --- \|\n\| \[Ще не вмерла Украйна!\.pdf\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/[0-9a-f]\/[0-9a-f]{2}\/Ще_не_вмерла_Украйна!\.pdf\) \| {2}\|\n/);
  assert.doesNotMatch(md, /Обкладинка/);
});

test('jawiki building boxes: bare floor areas in m², grouped; `延床面積ref` follows its value instead of being a row (ja 0053)', () => {
  const md = String(convertPage('{{体育館\n| 名称 = 両国国技館\n| 用途 = 大相撲興行\n| 設計者 = 鹿島建設\n| 延床面積 = 35700|延床面積ref=（メインアリーナ）\n| 階数 = 地上2階・地下1階\n| 高さ = 39.6m\n}}', { site: 'ja', title: 'T' }).markdown);
  assert.match(md, /\| 延床面積 \| 35,700\u00a0m²（メインアリーナ） \|/);
  assert.doesNotMatch(md, /延床面積ref/);
  // A `…ref` key of a parameter the call does not fill is no row and goes nowhere else.
  const lone = String(convertPage('{{建築物\n| 名称 = X\n| 用途 = a\n| 設計者 = b\n| 階数 = c\n| 高さ = d\n| 建築面積ref = （注）\n}}', { site: 'ja', title: 'T' }).markdown);
  assert.doesNotMatch(lone, /注/);
});

test('jawiki 政治家: 人名 heads the box, the web site is linked under its title, the flag code is no row, サイン is a row with the picture (ja 0142)', () => {
  const md = String(convertPage('{{政治家\n| 人名 = 赤松 健\n| 各国語表記 = あかまつ けん\n| 国略称 = 日本\n| 出身校 = 中央大学\n| 所属政党 = 自由民主党\n| サイン = Akamatsu Ken sign.svg\n| ウェブサイト = https://kenakamatsu.jp/\n| サイトタイトル = 赤松健 公式サイト\n| 国旗 = JPN\n| 職名 = 参議院議員\n}}', { site: 'ja', title: '赤松健' }).markdown);
  assert.match(md, /^\| 赤松 健 \| {2}\|\n/);
  assert.match(md, /\| ウェブサイト \| \[赤松健 公式サイト\]\(https:\/\/kenakamatsu\.jp\/\) \|/);
  assert.match(md, /\| サイン \| !\[Akamatsu Ken sign\]\([^)]*Akamatsu_Ken_sign\.svg\) \|/);
  assert.match(md, /\| 国 \| 日本 \|/);
  assert.doesNotMatch(md, /人名|国旗|JPN|サイトタイトル/);
});

test('a box\'s footnotes are its last line: the text behind the marks in its rows (uk 0373 showed "Польська¹" and lost what ¹ says)', () => {
  const md = convertPage('{{Картка Країна\n|conventional_long_name = Республіка Польща\n|official_languages = [[Польська мова|Польська]]<sup>1</sup>\n|footnotes = <sup>1</sup> Неофіційні мови — [[Кашубська мова|кашубська]].\n}}', { site: 'uk', title: 'Польща' }).markdown;
  const lines = md.trim().split('\n');
  assert.match(lines[lines.length - 1]!, /^\| <sup>1<\/sup> Неофіційні мови — \[кашубська\]\(https:\/\/uk\.wikipedia\.org\/wiki\/Кашубська_мова\)\. \|  \|$/);
  assert.match(md, /\| Офіційні мови \| \[Польська\]\([^)]*\)<sup>1<\/sup> \|/);
  // Empty footnotes, and the generic {{Infobox}} (which has `below` instead), add nothing.
  const empty = convertPage('{{Картка Країна\n|conventional_long_name = X\n|capital = Y\n|footnotes = \n}}', { site: 'uk', title: 'X' }).markdown.trim();
  assert.equal(empty.split('\n').length, 3);
  const generic = convertPage('{{Infobox\n|label1 = A\n|data1 = 1\n|footnotes = note\n}}', { site: 'en', title: 'X' }).markdown;
  assert.doesNotMatch(generic, /note/);
});

test('a box\'s footnotes of several lines keep their lines, joined by breaks in the one cell (they ran together as "* c * d")', () => {
  const md = convertPage('{{Картка Країна\n|conventional_long_name = X\n|capital = Y\n|footnotes = * a note one\n* b note two\n\nc para\n}}', { site: 'uk', title: 'X' }).markdown;
  const lines = md.trim().split('\n');
  assert.equal(lines[lines.length - 1], '| a note one<br />b note two<br />c para |  |');
  // A line break inside one paragraph is a space on the wiki, as it is here.
  const joined = convertPage('{{Картка Країна\n|conventional_long_name = X\n|capital = Y\n|footnotes = one\ntwo\n}}', { site: 'uk', title: 'X' }).markdown;
  assert.match(joined, /\| one two \|  \|\n*$/);
});

/** The last line of a uk country box whose footnotes are `notes`: the footnotes row. */
const footLine = (notes: string): string => {
  const lines = convertPage(`{{Картка Країна\n|conventional_long_name = X\n|capital = Y\n|footnotes = ${notes}\n}}`, { site: 'uk', title: 'X' }).markdown.trim().split('\n');
  return lines[lines.length - 1]!;
};

test('a box\'s footnotes: a one-item list loses its marker, numbered items keep their numbers, an indented line keeps its text', () => {
  assert.equal(footLine('* a single note'), '| a single note |  |');
  assert.equal(footLine('# one\n# two'), '| 1. one<br />2. two |  |');
  // ` b` is preformatted text on the wiki: its own line here.
  assert.equal(footLine('a\n b'), '| a<br />b |  |');
});

test('a bare picture name with `&` or `\'` in it is still the box\'s picture (ja 0146 lost its photo and caption: `Lucca Comics & Games 2014.JPG`)', () => {
  const md = convertPage('{{Infobox 漫画家\n|名前 = 桂 正和\n|画像 = Masakazu Katsura - Lucca Comics & Games 2014.JPG\n|脚注 = ルッカにて\n|本名 = 同じ\n}}', { site: 'ja', title: '桂正和' }).markdown;
  assert.match(md, /!\[ルッカにて\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/2\/26\/Masakazu_Katsura_-_Lucca_Comics_&_Games_2014\.JPG\)<br \/>ルッカにて/);
  const apostrophe = convertPage("{{Infobox person\n|name = X\n|image = O'Brien &amp; Co.jpg\n|occupation = y\n}}", { site: 'en', title: 'X' }).markdown;
  assert.match(apostrophe, /O'Brien_&_Co\.jpg/);
  // The name is taken literally: `''` in it is part of the name, not italics.
  const quotes = convertPage("{{Infobox person\n|name = X\n|image = Rock ''n'' Roll.jpg\n|occupation = y\n}}", { site: 'en', title: 'X' }).markdown;
  assert.match(quotes, /Rock_''n''_Roll\.jpg/);
  // Words with an apostrophe or an ampersand that name no file stay no picture.
  const none = convertPage("{{Infobox person\n|name = X\n|image = ''none'' & none\n|occupation = y\n}}", { site: 'en', title: 'X' }).markdown;
  assert.doesNotMatch(none, /!\[/);
});
