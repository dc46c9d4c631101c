import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Infobox, Table } from '../../src/ast/nodes.js';
import type { TemplateResult } from '../../src/templates/types.js';
import { makeCtx, render, show } from './harness.js';

function box(r: TemplateResult): Infobox {
  assert.equal(r.kind, 'block');
  const nodes = (r as { nodes: Infobox[] }).nodes;
  assert.equal(nodes.length, 1);
  return nodes[0]!;
}

const rows = (b: Infobox) => b.rows.map((r) => `${r.header ? '#' : ''}${r.label ? show(r.label) : ''}=${show(r.value)}`);
const ja = (title = 'テスト') => makeCtx('ja', title);

test('Infobox 漫画家: 脚注 is the photo caption, 生年+生地 the row 生誕, 没年+没地 死没', () => {
  const b = box(render('Infobox 漫画家', [], {
    名前: '浦沢 直樹', 画像: 'Naoki Urasawa.jpg', 脚注: 'Japan Expo2012にて', 生年: '1960年1月2日', 生地: '東京都府中市',
    没年: '', 没地: '', 職業: '漫画家',
  }, ja()));
  assert.equal(show(b.images[0]!.caption), 'Japan Expo2012にて');
  assert.deepEqual(rows(b), ['生誕=1960年1月2日<br />東京都府中市', '職業=漫画家']);
  // A place with no date still takes the row's label.
  const c = box(render('Infobox 漫画家', [], { 名前: 'X', 没地: '東京都', 職業: '漫画家' }, ja()));
  assert.deepEqual(rows(c), ['死没=東京都', '職業=漫画家']);
});

test('基礎情報 都道府県: 区分 names the symbol rows, シンボル名 labels 歌など, …の説明 captions flag and emblem', () => {
  const b = box(render('基礎情報 都道府県', [], {
    都道府県名: '愛媛県', 都道府県旗: '', 都道府県旗の説明: '[[愛媛県旗]]', 都道府県章: 'Emblem of Ehime.svg',
    都道府県章の説明: '愛媛県章（1989年）', 区分: '県', コード: '38000-8', 木: 'マツ', 花: 'みかんの花', 鳥: 'コマドリ',
    シンボル名: '他のシンボル', 歌など: '県の魚：マダイ', 位置画像: 'Map of Ehime.svg',
  }, ja('愛媛県')));
  assert.equal(show(b.title!), '愛媛県');
  assert.deepEqual(b.images.map((i) => `${i.file}:${show(i.caption)}`), ['Emblem of Ehime.svg:愛媛県章（1989年）', 'Map of Ehime.svg:']);
  // The flag the wiki draws from its own data is missing here: its caption stays, on a row of its own.
  assert.deepEqual(rows(b), ['=[[愛媛県旗|愛媛県旗]]', 'コード=38000-8', '県の木=マツ', '県の花=みかんの花', '県の鳥=コマドリ', '他のシンボル=県の魚：マダイ']);
});

test('基礎情報 国: figures with units and ranks under 面積/人口/GDP headings, titles labelling names, founding steps', () => {
  const b = box(render('基礎情報 国', [], {
    略名: 'イラク', 日本語国名: 'イラク共和国', 国旗画像: 'Flag of Iraq.svg', 公用語: 'アラビア語', 首都: 'バグダード',
    最大都市: 'バグダード', 元首等肩書: '大統領', 元首等氏名: 'ラシード', 面積順位: '57', 面積大きさ: '1 E11', 面積値: '437,072',
    人口統計年: '2020', 人口順位: '36', 人口大きさ: '1 E7', 人口値: '40,222,503', 人口密度値: '92.651',
    GDP統計年MER: '2020', GDP順位MER: '52', GDP値MER: '1694億8800万', 'GDP MER/人': '4,223.218',
    建国形態: '独立', 確立形態1: '英国の委任統治から', 確立年月日1: '1932年10月3日', 通貨: 'ディナール', 通貨コード: 'IQD',
    時間帯: '(+3)', 夏時間: 'なし', ccTLD: '.iq',
  }, ja('イラク')));
  assert.equal(show(b.title!), 'イラク共和国');
  assert.deepEqual(b.images.map((i) => i.file), ['Flag of Iraq.svg']);
  assert.deepEqual(rows(b), [
    '公用語=アラビア語', '首都=バグダード', '最大の都市=バグダード', '大統領=ラシード',
    '#=面積', '総計=437,072km²（57位）', '#=人口', '総計（2020年）=40,222,503人（36位）', '人口密度=92.651人/km²',
    '#=GDP（MER）', '合計（2020年）=1694億8800万ドル（52位）', '1人あたり=4,223.218ドル',
    '#=独立', '英国の委任統治から=1932年10月3日', '通貨=ディナール（IQD）', '時間帯=UTC(+3) (DST: なし)', 'ccTLD=.iq',
  ]);
});

test('東京都の特別区: the same layout; 区 names the symbol rows, シンボル名 labels 鳥など, …旗/…章 captioned', () => {
  const b = box(render('東京都の特別区', [], {
    区旗: 'Flag of Taito.svg', 区旗の説明: '台東区旗', 区章: 'Emblem of Taito.svg', 区章の説明: '台東区章', 自治体名: '台東区',
    コード: '13106-7', 木: 'サクラ', 花: 'アサガオ', シンボル名: '区歌', 鳥など: '台東区の歌',
  }, ja('台東区')));
  assert.equal(show(b.title!), '台東区');
  assert.deepEqual(b.images.map((i) => `${i.file}:${show(i.caption)}`), ['Flag of Taito.svg:台東区旗', 'Emblem of Taito.svg:台東区章']);
  assert.deepEqual(rows(b), ['コード=13106-7', '区の木=サクラ', '区の花=アサガオ', '区歌=台東区の歌']);
});

test('ja Infobox Musician: 背景色 picks the colour and is no row', () => {
  const b = box(render('Infobox Musician', [], { 名前: 'X', 背景色: 'singer', ジャンル: 'ロック' }, ja()));
  assert.deepEqual(rows(b), ['ジャンル=ロック']);
});

test('Infobox animanga parts: headed by the medium and its title, /Header by the work, /Cast a role/actor table, /Footer dropped', () => {
  assert.equal(show(box(render('Infobox animanga/Header', [], { タイトル: 'アップルシード', ジャンル: 'SF' }, ja())).title!), 'アップルシード');
  assert.deepEqual(rows(box(render('Infobox animanga/Header', [], { タイトル: 'アップルシード', ジャンル: 'SF' }, ja()))), ['ジャンル=SF']);
  assert.equal(show(box(render('Infobox animanga/Manga', [], { 作者: '士郎正宗' }, ja())).title!), '漫画');
  assert.equal(show(box(render('Infobox animanga/Movie', [], { タイトル: 'APPLESEED', 監督: '荒牧伸志' }, ja())).title!), '映画：APPLESEED');
  assert.equal(show(box(render('Infobox animanga/TVAnime', [], { 監督: 'X' }, ja())).title!), 'アニメ');
  assert.equal(show(box(render('Infobox animanga/RadioDrama', [], { メディア: 'ドラマCD', タイトル: '近未来', 原作: 'X' }, ja())).title!), 'ドラマCD：近未来');
  const cast = render('Infobox animanga/Cast', [], { 役名: 'デュナン<br />ブリアレオス', 出演者: '勝生真沙子<br />坂口芳貞' }, ja());
  assert.equal(cast.kind, 'block');
  const table = (cast as { nodes: Table[] }).nodes[0]!;
  assert.deepEqual(table.rows.map((r) => r.cells.map((c) => show(c.children).trim()).join('|')), ['役名|出演者', 'デュナン|勝生真沙子', 'ブリアレオス|坂口芳貞']);
  assert.deepEqual(render('Infobox animanga/Footer', [], { ウィキプロジェクト: '[[プロジェクト:漫画|漫画]]' }, ja()), { kind: 'drop' });
});

test('ja Infobox Language: family and fam1 … famN are one 言語系統 row, branch under branch', () => {
  const b = box(render('Infobox Language', [], { name: 'X語', fam2: 'ゲルマン語派', fam1: 'インド・ヨーロッパ語族', fam3: '西ゲルマン語群', iso3: 'pdc' }, ja()));
  assert.deepEqual(rows(b), ['言語系統=インド・ヨーロッパ語族<br />ゲルマン語派<br />西ゲルマン語群', 'ISO 639-3=pdc']);
});

test('基礎情報 テレビ番組: 番組名 heads the box, 番組名1, 番組名2 … head their seasons\' rows', () => {
  const b = box(render('基礎情報 テレビ番組', [], { 番組名: 'ナイトライダー', ジャンル: 'ドラマ', 番組名1: 'シーズン1', 放送回数1: '21', 番組名2: 'シーズン2', 放送回数2: '22' }, ja()));
  assert.equal(show(b.title!), 'ナイトライダー');
  assert.deepEqual(rows(b), ['ジャンル=ドラマ', '#=シーズン1', '放送回数=21', '#=シーズン2', '放送回数=22']);
});

test('prefecture box: a Photomontage on its own line in 画像 shows its photos, each captioned by its cell of the 画像の説明 grid (ja 0174 lost all four)', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const src = '{{基礎情報 都道府県\n| 都道府県名 = 徳島県\n| 画像 = \n{{Photomontage\n| photo1a = A.jpg\n| photo1b = B.jpg\n| size = 280\n}}\n'
    + '| 画像の説明 = <table style="width:280px">\n<tr><td style="width:50%">[[大鳴門橋]]<td>[[脇町南町]]</tr>\n</table>\n| コード = 36000-7\n}}';
  const md = convertPage(src, { site: 'ja', title: '徳島県' }).markdown;
  assert.match(md, /\| !\[大鳴門橋\]\([^)]*\/A\.jpg\)<br \/>\[大鳴門橋\]\(https:\/\/ja\.wikipedia\.org\/wiki\/大鳴門橋\) \|  \|\n\| !\[脇町南町\]\([^)]*\/B\.jpg\)<br \/>\[脇町南町\]/);
});

test('prefecture box: シンボル名 lines beside 歌など lines are one row each (ja 0174 labelled one row "県の色 県の歌 県のキャラクター")', () => {
  const b = box(render('基礎情報 都道府県', [], { 都道府県名: '徳島県', シンボル名: '県の色<br />県の歌', 歌など: '[[藍色]]<br />[[徳島県民の歌]]' }, ja('徳島県')));
  assert.deepEqual(rows(b), ['県の色=[[藍色|藍色]]', '県の歌=[[徳島県民の歌|徳島県民の歌]]']);
  // Unequal line counts: one row under the whole name, as before.
  const c = box(render('基礎情報 都道府県', [], { 都道府県名: 'X', シンボル名: '県の色<br />県の歌', 歌など: '[[藍色]]' }, ja('X')));
  assert.deepEqual(rows(c), ['県の色<br />県の歌=[[藍色|藍色]]']);
});

test('prefecture box: a シンボル名 line naming a row the box already has keeps the symbols in one row (ja 0165 沖縄県 lost 県の鳥 ノグチゲラ)', () => {
  const b = box(render('基礎情報 都道府県', [], { 都道府県名: '沖縄県', 区分: '県', 鳥: '[[ノグチゲラ]]', シンボル名: '県の鳥<br />県の歌', 歌など: '[[タカサゴ]]<br />[[沖縄県民の歌]]' }, ja('沖縄県')));
  assert.deepEqual(rows(b).map((r) => r.split('=')[1]), ['[[ノグチゲラ|ノグチゲラ]]', '[[タカサゴ]]<br />[[沖縄県民の歌]]']);
});
