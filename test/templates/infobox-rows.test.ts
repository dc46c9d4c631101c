import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Infobox } from '../../src/ast/nodes.js';
import type { TemplateResult } from '../../src/templates/types.js';
import { makeCtx, render, show } from './harness.js';
import { convertPage } from '../../src/engine/convert.js';
import { lifeOrder } from '../../src/templates/handlers/infobox-rows.js';

function rows(r: TemplateResult): string[] {
  assert.equal(r.kind, 'block');
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  return box.rows.map((x) => `${x.header ? '#' : ''}${x.label ? show(x.label) : ''}=${show(x.value)}`);
}

const uk = makeCtx('uk', 'Україна');

test('ukwiki country box: Ukrainian labels, title/name and event/date pairs, qualifiers in brackets, one coordinate row', () => {
  const r = render('Картка країни', [], {
    native_name: 'Україна', common_name_g: 'України', capital: '[[Київ]]', latd: '50', latm: '27', latNS: 'N', longd: '30', longm: '30',
    longEW: 'E', leader_title1: '[[Президент України|Президент]]', leader_name1: 'Зеленський', area_km2: '603 700', area_rank: '46',
    area_magnitude: '1 E11', GDP_PPP_year: '2021', GDP_PPP: '$588 млрд', GDP_PPP_rank: '40', sovereignty_type: 'Формування',
    established_event1: 'Русь', established_date1: '882', time_zone: 'EET', utc_offset: '+2', HDI: '0,773', HDI_category: 'високий',
  }, uk);
  assert.deepEqual(rows(r), [
    'Самоназва=Україна', 'Столиця=[[Київ|Київ]]', 'Координати=50°27′N 30°30′E', '[[Президент України|Президент]]=Зеленський',
    'Площа, км²=603 700 (46)', 'ВВП (ПКС)=$588 млрд (2021) (40)', '#=Формування', 'Русь=882', 'Часовий пояс=EET (+2)', 'ІЛР=0,773 (високий)',
  ]);
});

test('ukwiki `назва_род` (the genitive the box builds captions with) is no row, as `common_name_g` (uk 0372, 0374, 0378: a row "Назва род | Словаччини")', () => {
  const r = render('Картка Країна', [], { conventional_long_name: 'Словацька Республіка', назва_род: 'Словаччини', capital: '[[Братислава]]' }, uk);
  assert.deepEqual(rows(r), ['Столиця=[[Братислава|Братислава]]']);
});

test('a qualifier without its figure stays a row; a note follows its row; a heading given last heads nothing', () => {
  const r = render('Картка країни', [], { Gini_year: '2018', area: '100', area_notes: '(суша)', sovereignty_type: 'Незалежність' }, uk);
  assert.deepEqual(rows(r), ['Gini year=2018', 'Площа, км²=100 (суша)']);
});

test('a population rank without its own figure goes beside the other population figure (uk 0376); with neither it stays a row', () => {
  const r = render('Картка країни', [], { population_estimate_rank: '59', population_census_year: '2022', population_census: '19 053 815' }, uk);
  assert.equal(rows(r).filter((x) => x.includes('59')).length, 1);
  assert.ok(rows(r).some((x) => x.includes('19 053 815') && x.includes('(59)')), rows(r).join('\n'));
  assert.ok(!rows(r).some((x) => x.startsWith('Population estimate rank')));
  assert.deepEqual(rows(render('Картка країни', [], { population_estimate_rank: '59' }, uk)), ['Population estimate rank=59']);
});

test('a population rank is not borrowed by a figure with its own rank: each rank stays with its own', () => {
  const r = rows(render('Картка країни', [], { population_estimate_rank: '59', population_census_rank: '60', population_census: '100' }, uk));
  assert.ok(r.some((x) => x.includes('100 (60)') && !x.includes('(59)')), r.join('\n'));
  assert.ok(r.includes('Population estimate rank=59'), r.join('\n'));
});

test('ukwiki country box: square miles are not shown; Ukrainian-named parameters get the same labels and qualifiers (uk 0372, 0380)', () => {
  const en = render('Картка Країна', [], {
    area: '17 098 246', 'areami²': '6 592 800', area_rank: '1-ша', percent_water: '13', population_density: '8.4',
    'population_densitymi²': '21,8', area_sq_mi: '1', footnote1: '(1) Датська мова',
  }, uk);
  assert.deepEqual(rows(en), ['Площа, км²=17 098 246 (1-ша)', 'Води, %=13', 'Густота населення, осіб/км²=8.4', '=(1) Датська мова']);
  assert.deepEqual(rows(render('Infobox Country', [], { 'ISO_3166-1_alpha2': 'HU', 'ISO_3166-1_alpha3': 'HUN' }, uk)), ['ISO 3166-1 alpha-2=HU', 'ISO 3166-1 alpha-3=HUN']);
  const ukKeys = render('Картка країни', [], {
    площа_території: '110 993', класифікація_за_розміром_території: '103-й', area_notes: '[1]', покрито_водою_відсоток: '2,16',
    населення_згідно_перепису: '6 520 314', рік_перепису_населення: '2021', густота_заселення: '63', класифікація_за_густотою_заселення: '120-й',
    ВВП_ПКС: '$203 млрд.', рік_звітування_ВВП: '2022', класифікація_за_рівнем_ВВП_ПКС: '73-й', часовий_пояс: 'EET', utc_поправка: '+2',
  }, uk);
  assert.deepEqual(rows(ukKeys), [
    'Площа, км²=110 993 (103-й) [1]', 'Води, %=2,16', 'Населення (перепис)=6 520 314 (2021)', 'Густота населення, осіб/км²=63 (120-й)',
    'ВВП (ПКС)=$203 млрд. (2022) (73-й)', 'Часовий пояс=EET (+2)',
  ]);
});

test('former-country box: title_leader heads the leader rows wherever it is given, year_leaderN labels leaderN under it (as the box lists holders by years)', () => {
  const r = render('Картка:Колишня країна', [], {
    leader1: 'В. Ленін', year_leader1: '1923–1924', leader2: 'М. Горбачов', title_leader: 'Генеральний секретар', stat_year1: '1991', stat_area1: '22402200',
    title_deputy: 'Голова уряду', deputy1: 'І. Сілаєв', year_deputy1: '1991',
  }, uk);
  // uk 0051 labelled the heads of government "Заступник" (deputy) with their years in brackets.
  assert.deepEqual(rows(r), ['#=Генеральний секретар', '1923–1924=В. Ленін', 'Лідер=М. Горбачов', '#=1991', 'Площа=22\u00a0402\u00a0200\u00a0км²', '#=Голова уряду', '1991=І. Сілаєв']);
  // Without the heading the years stay in brackets after the name.
  assert.deepEqual(rows(render('Картка:Колишня країна', [], { leader1: 'В. Ленін', year_leader1: '1923–1924' }, uk)), ['Лідер=В. Ленін (1923–1924)']);
});

test('zhwiki Infobox China County: the template source\'s labels, the census year with the population, the site linked by its title', () => {
  const r = render('Infobox China County', [], {
    county: '香坊区', nameorigin: '一富商大户', Belong: '黑龙江省', Types: '市辖区', officer: '赵罡', division: '24', town: '4', subdistrict: '20',
    coordinate: '45.70,126.66', 'census yr': '2010', pop: '92万', web: 'www.hrbxf.gov.cn', web_title: '中国·哈尔滨·香坊',
  }, makeCtx('zh', '香坊区'));
  assert.equal(show((r as { nodes: Infobox[] }).nodes[0]!.title ?? []), '香坊区');
  assert.deepEqual(rows(r), [
    '地名出处=一富商大户', '隶属行政区=黑龙江省', '区划类别=市辖区', '现任区长=赵罡', '乡级行政区数=24', '镇数=4', '街道数=20', '经纬度=45.70,126.66',
    '人口=92万（2010）', '网站=[中国·哈尔滨·香坊](http://www.hrbxf.gov.cn)',
  ]);
  // officerTitle names the office: it labels the officer's row.
  assert.deepEqual(rows(render('Infobox China County', [], { officerTitle: '县长', officer: '张三' }, makeCtx('zh', 'X'))), ['县长=张三']);
});

test('Drugbox regional statuses and the award box foot line', () => {
  const zh = makeCtx('zh', '氯丙嗪');
  assert.deepEqual(rows(render('Drugbox', [], { legal_US: 'Rx-only', pregnancy_AU: 'C', licence_US: 'Chlorpromazine' }, zh)), [
    '法律规范状态（US）=Rx-only', '怀孕分级（AU）=C', '许可资料（US）=Chlorpromazine',
  ]);
  // previous · main · next are the box's one foot line (corpus/zhwiki/templates/05.wikitext `below`).
  assert.deepEqual(rows(render('Infobox award', [], { previous: '第9屆', main: '[[金曲獎]]' }, zh)), ['=←\u00a0第9屆 · [[金曲獎|金曲獎]]']);
});

test('jawiki boxes named in English: the labels jawiki prints; map positions and the box\'s own name are no rows', () => {
  const ja = makeCtx('ja', 'パリ');
  // Communefra has no handler: laid out as facts, it is shown as a data box.
  // The French administrative levels in jawiki's words (ja 0006 showed "Région", "Département").
  const src = '{{Communefra\n|nomcommune=パリ\n|région=イル＝ド＝フランス地域圏\n|département=パリ\n|cp=75001 - 75020\n|km2=105.4 km²\n|x=140\n|y=65\n|maire=アンヌ・イダルゴ\n|insee=75056、75101\n|nomhab=Parisiens\n}}';
  const md = convertPage(src, { site: 'ja', title: 'パリ' }).markdown;
  assert.equal(md.trim(), [
    '| パリ |  |', '| --- | --- |', '| 地域圏 | イル＝ド＝フランス地域圏 |', '| 県 | パリ |', '| 郵便番号 | 75001 - 75020 |', '| 面積（km²） | 105.4 km² |', '| 首長 | アンヌ・イダルゴ |', '| INSEEコード | 75056、75101 |',
    '| 住民の呼称 | Parisiens |',
  ].join('\n'));
  assert.deepEqual(rows(render('Infobox Language', [], { nation: '日本', agency: '文化庁', rank: '9' }, ja)), ['公用語=日本', '統制機関=文化庁', '話者数の順位=9']);
  // The same parameter in another box keeps its ordinary label.
  assert.deepEqual(rows(render('Infobox military person', [], { rank: '大佐' }, ja)), ['Rank=大佐']);
});

test('the settings of a box\'s interactive map (mapframe…) are no rows, in any language', () => {
  const r = render('Картка країни', [], {
    capital: '[[Київ]]', mapframe_масштаб: '4', mapframe_широта: '60', mapframe_контур: 'Russia.map', 'mapframe-zoom': '5', mapframe: 'yes',
  }, uk);
  assert.deepEqual(rows(r), ['Столиця=[[Київ|Київ]]']);
});

test('ukwiki programming-language box: the labels the wiki prints (uk 0359 Java, 0385 Perl, 0387 C)', () => {
  const r = render('Infobox programming language', [], {
    paradigm: 'об\'єктно-орієнтована', year: '1995', typing: 'статична', implementations: 'JVM', latest_release_version: 'Java SE 19.0.1',
    latest_release_date: '18 жовтня 2022', file_ext: '.java', website: 'oracle.com',
  }, uk);
  assert.deepEqual(rows(r), [
    'Парадигма=об\'єктно-орієнтована', 'Дата появи=1995', 'Система типізації=статична', 'Основні реалізації=JVM', 'Останній реліз=Java SE 19.0.1',
    'Дата останнього релізу=18 жовтня 2022', 'Звичайні розширення файлів=.java', 'Вебсайт=oracle.com',
  ]);
});

test('ukwiki {{НП України}}: units in the labels, distances to the oblast centre and to Kyiv, alt texts no rows (uk 0100 Чернівці, 0134 Київ)', () => {
  const r = render('НП України', [], {
    назва: 'Чернівці', 'опис прапора': 'Прапор Чернівців', 'опис герба': 'Герб Чернівців', площа: '153', густота: '1742', код: '372(2)',
    висота: '284', 'залізниця с': '560', 'фізична с': '425', 'зображення_підпис': 'Зверху донизу: університет',
  }, uk);
  assert.deepEqual(rows(r), [
    'Площа, км²=153', 'Густота населення, осіб/км²=1742', 'Телефонний код=372(2)', 'Висота над рівнем моря, м=284',
    'Відстань до Києва залізницею, км=560', 'Відстань до Києва (фізична), км=425', '=Зверху донизу: університет',
  ]);
});

test('ukwiki country box: незалежністьN / дати_отримання_незалежностіN are one row each (uk 0043 showed them as four raw rows)', () => {
  const r = render('Картка країни', [], {
    дати_отримання_незалежності: '22 січня 1918', незалежність: 'Від Рос. Імперії як УНР', незалежність2: 'Від СРСР', дати_отримання_незалежності2: '24 серпня 1991',
  }, uk);
  assert.deepEqual(rows(r), ['Від Рос. Імперії як УНР=22 січня 1918', 'Від СРСР=24 серпня 1991']);
});

test('life rows: birth before death whatever the call\'s order (ja 0051 ソクラテス showed 死没 above 生誕)', () => {
  const ja = makeCtx('ja');
  assert.deepEqual(
    rows(render('Infobox philosopher', [], { region: '西洋哲学', death_cause: '刑', school: '古代', death_place: 'アテネ', death_date: '前399年', birth_place: 'アテナイ', birth_date: '前470年' }, ja)),
    ['地域=西洋哲学', '生誕=前470年', '出生地=アテナイ', '死没=前399年', '死没地=アテネ', '死因=刑', 'School=古代'],
  );
  // In order already: the call's order stands, other rows between them included.
  assert.deepEqual(
    rows(render('Infobox person', [], { birth_date: '1900年', occupation: '作家', death_date: '1990年' }, ja)).map((r) => r.split('=')[1]),
    ['1900年', '作家', '1990年'],
  );
});

test('lifeOrder: arguments already in order come back uncopied; keys fold before they are ranked', () => {
  const inOrder = new Map([['name', 'X'], ['birth_date', '1900'], ['occupation', 'y'], ['Death-Date', '1990']]);
  assert.equal(lifeOrder(inOrder), inOrder);
  const outOfOrder = new Map([['name', 'X'], ['Death-Date', '1990'], ['occupation', 'y'], ['resting_place', 'Z'], ['BIRTH_DATE', '1900']]);
  assert.deepEqual([...lifeOrder(outOfOrder)].map(([k]) => k), ['name', 'BIRTH_DATE', 'Death-Date', 'resting_place', 'occupation']);
});

test('jawiki {{世界の市}}: kind/name pairs label their rows, the coordinates one row, each picture with its 見出し (ja 0117 シカゴ lost the whole box)', () => {
  const r = render('世界の市', [], {
    正式名称: 'シカゴ市', 画像: 'Chicago montage.jpg', 画像の見出し: '上から: ダウンタウン', 位置図: 'Cook County.svg', 位置図の見出し: 'シカゴ市の位置',
    下位区分名: 'アメリカ合衆国', 下位区分種類1: '[[アメリカ合衆国の州|州]]', 下位区分名1: 'イリノイ州',
    最高行政執行者称号: '[[シカゴ市長|市長]]', 最高行政執行者名: 'ロリ・ライトフット', 成立区分: '設立', 成立日: '1837年3月4日',
    緯度度: '41', 緯度分: '54', 'N(北緯)及びS(南緯)': 'N', 経度度: '87', 経度分: '39', 'E(東経)及びW(西経)': 'W', 総人口: '2,695,598',
  }, makeCtx('ja', 'シカゴ'));
  assert.deepEqual(rows(r), [
    '正式名称=シカゴ市', '国=アメリカ合衆国', '[[アメリカ合衆国の州|州]]=イリノイ州', '[[シカゴ市長|市長]]=ロリ・ライトフット',
    '設立=1837年3月4日', '座標=41°54′N 87°39′W', '総人口=2,695,598',
  ]);
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  assert.deepEqual(box.images.map((i) => [i.file, show(i.caption)]), [['Chicago montage.jpg', '上から: ダウンタウン'], ['Cook County.svg', 'シカゴ市の位置']]);
});
test('jawiki {{世界の市}}: 人口の時点 dates 総人口, the blank form\'s 年月日 with no population is no row', () => {
  const dated = render('世界の市', [], { 正式名称: 'パリ', 人口の時点: '2019年', 総人口: '2,165,423' }, makeCtx('ja', 'パリ'));
  assert.deepEqual(rows(dated), ['正式名称=パリ', '総人口=2,165,423 (2019年)']);
  const blank = render('世界の市', [], { 正式名称: 'パリ', 人口の時点: '年月日', 総人口: '' }, makeCtx('ja', 'パリ'));
  assert.deepEqual(rows(blank), ['正式名称=パリ']);
});
test('jawiki {{世界の市}}: only a numbered 下位区分種類 labels a row, so the unnumbered 下位区分名 is shown once', () => {
  const kind = render('世界の市', [], { 正式名称: 'パリ', 下位区分種類: '国家', 下位区分名: 'フランス' }, makeCtx('ja', 'パリ'));
  assert.equal(rows(kind).filter((row) => row.includes('フランス')).length, 1);
});
