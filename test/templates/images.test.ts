import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert } from './pipeline.js';

const md = (src: string) => convert(src, 'T', 'ja').markdown.trim();
const up = (name: string) => {
  const m = /upload\.wikimedia\.org\/wikipedia\/commons\/[0-9a-f]\/[0-9a-f]{2}\//;
  return m;
};

test('Photomontage: every photo with the caption after {{!}}; inline in an infobox field', () => {
  const out = md('{{Photomontage|photo1a = Kinkaku.jpg{{!}}金閣|photo1b=Ginkaku.jpg{{!}}銀閣|size=280}}');
  assert.match(out, /!\[金閣\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/.\/..\/Kinkaku\.jpg\)/);
  assert.match(out, /!\[銀閣\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/.\/..\/Ginkaku\.jpg\)/);
  assert.ok(up('x'));
  const box = md('{{基礎情報 都道府県\n| 都道府県名 = 岩手県\n| 画像 = {{Photomontage|photo1a = Kinkaku.jpg{{!}}金閣}}\n}}');
  assert.match(box, /Kinkaku\.jpg/);
});

test('Vertical images list and Double image aside → images with captions', () => {
  const v = md('{{Vertical_images_list\n|幅 = 200px\n|画像1 = Ueno.jpg\n|説明1 = 上野駅\n|画像2 = Panda.jpg\n|説明2 = パンダ橋\n}}');
  assert.match(v, /!\[上野駅\]\([^)]*Ueno\.jpg\)/);
  assert.match(v, /!\[パンダ橋\]\([^)]*Panda\.jpg\)/);
  const positional = md('{{Vertical images list|幅= 220px| 1=Kochi.jpg| 2=高知城| 3=Yosakoi.jpg| 4=よさこい祭り}}');
  assert.match(positional, /!\[高知城\]\([^)]*Kochi\.jpg\)/);
  assert.match(positional, /!\[よさこい祭り\]\([^)]*Yosakoi\.jpg\)/);
  // Numbers left out between pairs (ja 0181 goes from 15/16 to 21/22: 鞆の浦 was lost).
  const gap = md('{{Vertical images list|1=A.jpg|2=a|3=B.jpg|4=b|21=Tomonoura.jpg|22=鞆の浦}}');
  assert.match(gap, /!\[b\]\([^)]*B\.jpg\)/);
  assert.match(gap, /!\[鞆の浦\]\([^)]*Tomonoura\.jpg\)/);
  const d = md("{{Double image aside|right|Mona Lisa.jpg|140|Auvers.jpg|140|左：モナ・リザ|右：教会}}");
  assert.match(d, /!\[左：モナ・リザ\]\([^)]*Mona_Lisa\.jpg\)/);
  assert.match(d, /!\[右：教会\]\([^)]*Auvers\.jpg\)/);
});

test('jawiki {{基礎自治体位置図}} (ja 台東区): the location map its call names; none without image=', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('{{基礎自治体位置図|13|106|image=Taitō-ku in Tokyo Prefecture Ja.svg|村の色分け=no }}\n', { site: 'ja', title: '台東区' }).markdown,
    '![Taitō-ku in Tokyo Prefecture Ja](https://upload.wikimedia.org/wikipedia/commons/c/cf/Taitō-ku_in_Tokyo_Prefecture_Ja.svg)\n',
  );
  const r = convertPage('{{基礎自治体位置図|13|106}}\n', { site: 'ja', title: '台東区' });
  assert.equal(r.markdown, '');
  assert.deepEqual(r.meta.unhandledTemplates, {});
});

test('{{CSS image crop}} (ja 宮崎県) and {{File clip}} (ja 新潟県): the whole image as a thumbnail with its caption', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('{{CSS image crop\n|Image = Modern Japan prefectures map in 1872.jpg\n|bSize = 2000\n|cWidth = 260\n|oTop = 950\n|Location = right\n|Description = 1872年の行政区画地図における美々津県及び都城県}}\n', { site: 'ja', title: '宮崎県' }).markdown,
    '![1872年の行政区画地図における美々津県及び都城県](https://upload.wikimedia.org/wikipedia/commons/b/bb/Modern_Japan_prefectures_map_in_1872.jpg)<br />\n1872年の行政区画地図における美々津県及び都城県\n',
  );
  assert.equal(
    convertPage('{{File clip|Geofeatures map of Chubu Japan ja.svg|width=200|2|2|54|48|w=1080|h=1200|越後平野周辺の地形図|align=right}}\n', { site: 'ja', title: '新潟県' }).markdown,
    '![越後平野周辺の地形図](https://upload.wikimedia.org/wikipedia/commons/b/be/Geofeatures_map_of_Chubu_Japan_ja.svg)<br />\n越後平野周辺の地形図\n',
  );
  assert.equal(convertPage('{{CSS image crop|bSize=200}}\n', { site: 'ja', title: 'X' }).markdown, '');
});

test('an infobox image field holding a Photomontage shows every photo, each with its caption', () => {
  const out = md('{{基礎情報 都道府県\n| 都道府県名 = 岩手県\n| 画像 = {{Photomontage\n| photo1a = Jyoudogahama.jpg{{!}}浄土ヶ浜\n| photo1b = Hachimann numa 2008.jpg{{!}}八幡平\n}}\n| 区分 = 県\n}}');
  const lines = out.split('\n');
  assert.equal(lines[2], '| ![浄土ヶ浜](https://upload.wikimedia.org/wikipedia/commons/9/93/Jyoudogahama.jpg)<br />浄土ヶ浜 |  |');
  assert.equal(lines[3], '| ![八幡平](https://upload.wikimedia.org/wikipedia/commons/2/25/Hachimann_numa_2008.jpg)<br />八幡平 |  |');
  // 都道府県名 heads the box and 区分 only names the symbol rows (infobox-ja.ts): no rows of their own.
  assert.equal(lines[0], '| 岩手県 |  |');
  assert.deepEqual(lines.slice(4), []);
});

test('{{試聴}} / {{Listen}}: the header, each title linked to its file page, and its description', () => {
  const out = md('{{試聴\n| header = ピアノの音の比較サンプル\n| filename=A.ogg\n| title=19世紀のピアノ\n| description=[[エラール]]・ピアノ\n| filename2=B.ogg\n| title2=20世紀のピアノ\n}}');
  assert.equal(out, [
    '**ピアノの音の比較サンプル**', '', '- [19世紀のピアノ](https://ja.wikipedia.org/wiki/ファイル:A.ogg) — [エラール](https://ja.wikipedia.org/wiki/エラール)・ピアノ',
    '- [20世紀のピアノ](https://ja.wikipedia.org/wiki/ファイル:B.ogg)',
  ].join('\n'));
});

test('Image label begin: the map the labels stand on (uk 0373 lost its map of the voivodeships); the placed labels stay out', () => {
  const src = '{|\n{{Image label begin|image= Map_of_Poland_colorful.png|width= 444|float=right}}\n{{Image label small| x = 0.3|y = 0.1|scale = 444|text = <center>[[Поморське воєводство|Поморське]]</center>}}\n|}';
  const out = convert(src, 'Польща', 'uk').markdown.trim();
  assert.match(out, /^!\[Map of Poland colorful\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/.\/..\/Map_of_Poland_colorful\.png\)$/);
});

test('uk {{Панорама|file|width|caption}} is a wide image (uk 0100: «Панорама Чернівці» stood over nothing)', () => {
  const out = convert('{{Панорама|Chernivtsi banner.jpg|973px|Панорама Чернівці|align-cap=center}}', 'T', 'uk').markdown;
  assert.match(out, /!\[Панорама Чернівці\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/f\/fa\/Chernivtsi_banner\.jpg\)/);
  assert.match(out, /\n {2}Панорама Чернівці\n/);
});

test('{{External media}} / ja {{External music video}}: the links to the recordings (uk 0039 lost two recordings of the anthem)', () => {
  const uk = convert('{{external media\n| audio1 = [https://example.org/a.ogg Оркестрова]\n| audio2 = [https://example.org/b.mp3 Інструментальне виконання]\n}}\nТекст.', 'T', 'uk').markdown;
  assert.equal(uk.trim(), '- [Оркестрова](https://example.org/a.ogg)\n- [Інструментальне виконання](https://example.org/b.mp3)\n\nТекст.');
  const ja = md('{{External music video|[https://example.org/v 「Yesterday」]\n  | Upper caption = ライブ映像\n  | Type = single\n}}');
  assert.equal(ja, 'ライブ映像\n\n- [「Yesterday」](https://example.org/v)');
  assert.equal(md('{{External media}}'), '');
});

test('jawiki {{ヨーロッパ地図}} (ja 0007): the section under it links the template page, where the wiki shows the map', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('=== 各国の位置 ===\n{{ヨーロッパ地図}}\n\n== 気候 ==\n', { site: 'ja', title: 'ヨーロッパ' }).markdown,
    '### 各国の位置\n\n[Template:ヨーロッパ地図](https://ja.wikipedia.org/wiki/Template:ヨーロッパ地図)\n\n## 気候\n',
  );
  // Only jawiki's template.
  assert.doesNotMatch(convertPage('{{ヨーロッパ地図}}\n', { site: 'uk', title: 'X' }).markdown, /Template|Шаблон/);
});
