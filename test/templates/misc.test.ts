import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, Infobox } from '../../src/ast/nodes.js';
import { inlineOf, makeCtx, render, show } from './harness.js';
import { convert } from './pipeline.js';
import { convertPage } from '../../src/engine/convert.js';

const zh = makeCtx('zh');

test('hideH keeps the collapsed table heading; based on; height; rating', () => {
  assert.deepEqual(render('hideH', [], { Head: '1938—1945年城市分区情况表' }, zh), {
    kind: 'block',
    nodes: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: '1938—1945年城市分区情况表' }] }] }],
  });
  assert.equal(show(inlineOf(render('Based on', ['[[歌劇魅影]]', '[[卡斯頓·勒胡]]'], {}, zh))), '[[歌劇魅影|歌劇魅影]]<br>[[卡斯頓·勒胡|卡斯頓·勒胡]]');
  assert.equal(show(inlineOf(render('Based on', ['Novel', 'Author'], {}, makeCtx('en')))), 'Novel<br>by Author');
  assert.equal(show(inlineOf(render('height', [], { m: '1.83' }, zh))), '1.83 m（6 ft 0 in）');
  assert.equal(show(inlineOf(render('rating', ['4', '5'], {}, zh))), '4/5');
});

test('video-game release dates and names', () => {
  assert.equal(show(inlineOf(render('vgrelease', ['EU', '2006年11月11日', 'NA', '2006年11月14日'], {}, zh))), '欧洲：2006年11月11日<br>北美：2006年11月14日');
  assert.equal(
    show(inlineOf(render('vgname', ['中世纪2：全面战争'], { en: 'Medieval II: Total War', tw: '中世紀II：全軍破敵' }, zh))),
    '**中世纪2：全面战争**（英语：Medieval II: Total War；台湾：-{中世紀II：全軍破敵}-）',
  );
});

test('vgname: the title bold, each region\'s name kept as written in every variant (zh 中世纪2：全面战争, zh-tw)', () => {
  const src = '{{NoteTA|1=zh-cn:中世纪2：全面战争; zh-tw:中世紀II：全軍破敵;}}\n{{vgname|中世纪2：全面战争|en=Medieval II: Total War|cn=中世纪II：全面战争|tw=中世紀II：全軍破敵}}是续集。';
  assert.equal(convert(src, 'T').markdown.trim(),
    '**中世纪2：全面战争**（英语：Medieval II: Total War；中国大陆：中世纪II：全面战争；台湾：中世紀II：全軍破敵）是续集。');
  assert.equal(convertPage(src, { site: 'zh', title: 'T', variant: 'zh-tw' }).markdown.trim(),
    '**中世紀II：全軍破敵**（英語：Medieval II: Total War；中國大陸：中世纪II：全面战争；台灣：中世紀II：全軍破敵）是續集。');
});

test('VG Reviews → an infobox of scores', () => {
  const r = render('VG Reviews', [], { MC: '88%', IGN: '8.8/10', GSpot: '8.8/10', width: '30%' }, zh);
  const box = (r as { nodes: Block[] }).nodes[0] as Infobox;
  assert.equal(box.type, 'infobox');
  assert.deepEqual(box.title, [{ type: 'text', value: '评价' }]);
  assert.deepEqual(box.rows.map((x) => `${show(x.label!)}=${show(x.value)}`), ['Metacritic=88%', 'IGN=8.8/10', 'GameSpot=8.8/10']);
});

test('zh station links and database links', () => {
  assert.equal(show(inlineOf(render('站', ['井口'], {}, zh))), '[[井口站|井口]]');
  assert.equal(show(inlineOf(render('drugs.com', ['monograph', 'chlorpromazine-hydrochloride'], {}, zh))), '[Monograph](https://www.drugs.com/monograph/chlorpromazine-hydrochloride.html)');
  assert.equal(
    show(inlineOf(render('TaiBNET', [], { zh: '美州假蓬', id: '202439', binomial: 'Conyza bonariensis' }, zh))),
    '[臺灣物種名錄 TaiBNET](https://taibnet.sinica.edu.tw/chi/taibnet_species_detail.php?name_code=202439)：美州假蓬 Conyza bonariensis',
  );
});

test('ja {{Ja Exp Route Sign|E4}} (ja 岩手県, 山梨県): the route code the sign carries, boxed so adjacent signs stay apart', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage('* {{Ja Exp Route Sign|E4}} [[東北自動車道]]\n* {{Ja Exp Route Sign|E20}}{{Ja Exp Route Sign|E68}}[[中央自動車道]]\n', { site: 'ja', title: '岩手県' }).markdown,
    '- `E4` [東北自動車道](https://ja.wikipedia.org/wiki/東北自動車道)\n- `E20`<!-- -->`E68`[中央自動車道](https://ja.wikipedia.org/wiki/中央自動車道)\n',
  );
  assert.equal(convertPage('{{Ja Exp Route Sign|not a code}}\n', { site: 'ja', title: 'X' }).markdown, '');
});

test('{{Extra chronology 2}} (ja イエスタデイ): "{Artist} 年表", then previous → this → next release', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const src = "{{Extra chronology 2\n  | Artist = ビートルズ シングル 日本\n  | Type = single\n  | Last single = [[ザ・ナイト・ビフォア]]（1965年）\n" +
    "  | This single = [[アクト・ナチュラリー]] b/w '''イエスタデイ'''（1965年）\n  | Next single = [[恋を抱きしめよう]]（1966年）\n}}\n";
  assert.equal(
    convertPage(src, { site: 'ja', title: 'イエスタデイ' }).markdown,
    '**ビートルズ シングル 日本 年表**<br />\n[ザ・ナイト・ビフォア](https://ja.wikipedia.org/wiki/ザ・ナイト・ビフォア)（1965年） → ' +
      '[アクト・ナチュラリー](https://ja.wikipedia.org/wiki/アクト・ナチュラリー) b/w **イエスタデイ**（1965年） → ' +
      '[恋を抱きしめよう](https://ja.wikipedia.org/wiki/恋を抱きしめよう)（1966年）\n',
  );
  assert.equal(convertPage('{{Extra chronology 2|Artist=X|Type=single}}\n', { site: 'ja', title: 'X' }).markdown, '');
});

test('{{Extra track listing}} (ja 0075 イエスタデイ): the album heading, then previous → this → next track, numbered', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const src = "{{Extra track listing\n  | Album = [[ヘルプ! (ビートルズのアルバム)|ヘルプ!]]\n  | Type = studio\n  | prev_track = [[夢の人]]\n  | prev_no = B-5\n" +
    "  | this_track = '''イエスタデイ'''\n  | track_no = B-6\n  | next_track = ディジー・ミス・リジー\n  | next_no = B-7\n}}\n";
  assert.equal(
    convertPage(src, { site: 'ja', title: 'イエスタデイ' }).markdown,
    '**『[ヘルプ!](https://ja.wikipedia.org/wiki/ヘルプ!_(ビートルズのアルバム))』収録曲**<br />\n' +
      'B-5. [夢の人](https://ja.wikipedia.org/wiki/夢の人) → B-6. **イエスタデイ** → B-7. ディジー・ミス・リジー\n',
  );
  assert.equal(convertPage('{{Extra track listing|Album=X|Type=studio}}\n', { site: 'ja', title: 'X' }).markdown, '');
});

test('uk {{Періодична система хімічних елементів (велика)}} (uk 0406: "Нижче наведено…" over nothing) links the template\'s page', () => {
  const out = convertPage('Нижче наведено довгий варіант.\n\n{{Періодична система хімічних елементів (велика)}}\n\n== X ==', { site: 'uk', title: 'T' }).markdown;
  assert.match(out, /варіант\.\n\n\[Шаблон:Періодична система хімічних елементів \(велика\)\]\(https:\/\/uk\.wikipedia\.org\/wiki\/Шаблон:Періодична_система_хімічних_елементів_\(велика\)\)\n\n## X/);
});
