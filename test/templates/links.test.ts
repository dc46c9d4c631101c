import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';
import { convertPage } from '../../src/engine/convert.js';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh');

test('zh link-xx / le / tsl link the local article', () => {
  assert.deepEqual(inlineOf(render('link-en', ['A·E·凯耶', 'A. E. Kaye'], {}, zh)), [
    { type: 'wikiLink', title: 'A·E·凯耶', ns: 0, fragment: null, interwiki: null, children: [{ type: 'text', value: 'A·E·凯耶' }] },
  ]);
  assert.equal(show(inlineOf(render('Link-ja', ['足利將軍家', '足利将軍家', '將軍家'], {}, zh))), '[[足利將軍家|將軍家]]');
  assert.equal(show(inlineOf(render('Link-es', ['某', 'Algo'], {}, zh))), '[[某|某]]');
  assert.equal(show(inlineOf(render('le', ['卡罗·克拉克', 'Carroll Clark'], {}, zh))), '[[卡罗·克拉克|卡罗·克拉克]]');
  assert.equal(show(inlineOf(render('tsl', ['en', 'Arthur Kopit', '亞瑟·科別特'], {}, zh))), '[[亞瑟·科別特|亞瑟·科別特]]');
  assert.equal(show(inlineOf(render('tsl', ['en', 'antiserotonergic', '抗血清素活性', '抗血清素'], {}, zh))), '[[抗血清素活性|抗血清素]]');
  // No local title: the foreign article, through the interwiki prefix.
  assert.equal(show(inlineOf(render('tsl', ['en', 'Calvert DeForest', ''], {}, zh))), '[[en:Calvert DeForest|Calvert DeForest]]');
});

test('ja 仮リンク, en ill, uk нп', () => {
  // The local (missing) article, then the other wiki's one under its language's name, as jawiki shows it.
  assert.equal(show(inlineOf(render('仮リンク', ['二条満基', 'en', 'Nijō Mitsumoto'], {}, makeCtx('ja')))), '[[二条満基|二条満基]]（[[en:Nijō Mitsumoto|英語版]]）');
  assert.equal(show(inlineOf(render('仮リンク', ['大ルーシ', 'ru', 'Великая Русь'], { label: '大ロシア' }, makeCtx('ja')))), '[[大ルーシ|大ロシア]]（[[ru:Великая Русь|ロシア語版]]）');
  assert.equal(show(inlineOf(render('Ill', ['Bar', 'de', 'Bär'], { lt: 'the bar' }, makeCtx('en')))), '[[Bar|the bar]]');
  assert.equal(show(inlineOf(render('нп', ['Місто', 'місто', 'en', 'City'], {}, makeCtx('uk')))), '[[Місто|місто]]<sup>[[en:City|(англ.)]]</sup>');
});

test('uk {{не перекладено}} by name: треба, текст, мова, є (uk 0098 lost the link and its text)', () => {
  const uk = makeCtx('uk');
  assert.equal(
    show(inlineOf(render('не перекладено', [], { 'є': 'Chinese contemporary classical opera', 'мова': 'en', 'треба': 'сучасна китайська опера' }, uk))),
    '[[Сучасна китайська опера|сучасна китайська опера]]<sup>[[en:Chinese contemporary classical opera|(англ.)]]</sup>',
  );
  // No language: en; no foreign title: the local one.
  assert.equal(show(inlineOf(render('Не перекладено', [], { 'треба': 'Сьомий лист', 'текст': 'Сьомому листі' }, uk))), '[[Сьомий лист|Сьомому листі]]<sup>[[en:Сьомий лист|(англ.)]]</sup>');
  // Its other names (the bot that replaces them lists Нп5 and Iw2 beside Нп and Iw): uk 0070, 0135 lost the words.
  assert.equal(show(inlineOf(render('нп5', ['Медичні зображення', 'медичних зображень', 'en', 'Medical image computing'], {}, uk))), '[[Медичні зображення|медичних зображень]]<sup>[[en:Medical image computing|(англ.)]]</sup>');
  assert.equal(show(inlineOf(render('iw2', ['Пенриндайдрайт', '', '', 'Penrhyndeudraeth'], {}, uk))), '[[Пенриндайдрайт|Пенриндайдрайт]]<sup>[[en:Penrhyndeudraeth|(англ.)]]</sup>');
  // The names the bot that replaces them knows besides (НП5 differs from Нп5 past the first letter).
  assert.equal(show(inlineOf(render('НП5', ['Тест', 'тесту', 'de', 'Test'], {}, uk))), '[[Тест|тесту]]<sup>[[de:Test|(нім.)]]</sup>');
  assert.equal(show(inlineOf(render('Не переведено 5', ['Тест', '', 'fr', 'Essai'], {}, uk))), '[[Тест|Тест]]<sup>[[fr:Essai|(фр.)]]</sup>');
});

test('external-link helpers', () => {
  assert.deepEqual(inlineOf(render('Official website', ['http://www.hrbxf.gov.cn'], {}, zh)), [
    { type: 'externalLink', url: 'http://www.hrbxf.gov.cn', kind: 'labelled', children: [{ type: 'text', value: '官方网站' }] },
  ]);
  assert.equal(show(inlineOf(render('Official website', ['example.org'], {}, makeCtx('en')))), '[Official website](http://example.org)');
  assert.equal(show(inlineOf(render('URL', ['https://example.org/'], {}, makeCtx('en')))), '[example.org](https://example.org/)');
  assert.equal(show(inlineOf(render('IMDb title', ['0016220', '歌劇魅影'], {}, zh))), '[歌劇魅影](https://www.imdb.com/title/tt0016220/)（IMDb）');
  // Linked to Special:BookSources by its digits, as the ISBN magic link is (ja 0080's volume lists).
  assert.equal(show(inlineOf(render('ISBN2', ['978-4-00-000000-0'], {}, makeCtx('ja')))), '[ISBN 978-4-00-000000-0](https://ja.wikipedia.org/wiki/Special:BookSources/9784000000000)');
  assert.equal(show(inlineOf(render('ISBN2', ['4-09-120449-x'], {}, makeCtx('ja')))), '[ISBN 4-09-120449-x](https://ja.wikipedia.org/wiki/Special:BookSources/409120449X)');
});

test('{{Official website}} without an address (the wiki reads it from Wikidata): a link to the page\'s Wikidata item that says so; dropped off Wikipedia', () => {
  const md = (src: string, site: string, title: string): string => String(convertPage(src, { site, title }).markdown).trim();
  // ja 0188: `* {{Official website}}` under 行政 vanished and left the heading over nothing.
  assert.equal(md('* {{Official website}}', 'ja', '和歌山県'), '- [公式ウェブサイト（ウィキデータ）](https://www.wikidata.org/wiki/Special:ItemByTitle/jawiki/和歌山県)');
  assert.equal(md('{{Official website}}', 'zh', '哈尔滨 (城市)'), '[官方网站（维基数据）](https://www.wikidata.org/wiki/Special:ItemByTitle/zhwiki/哈尔滨_(城市))');
  assert.equal(md('{{Official website|}}', 'uk', 'Київ'), '[Офіційний сайт (Вікідані)](https://www.wikidata.org/wiki/Special:ItemByTitle/ukwiki/Київ)');
  // A name given is the label, as on the wiki (ja 0180 `{{Official website|name=兵庫県ホームページ}}`).
  assert.equal(md('{{Official website|name=兵庫県ホームページ}}', 'ja', '兵庫県'), '[兵庫県ホームページ（ウィキデータ）](https://www.wikidata.org/wiki/Special:ItemByTitle/jawiki/兵庫県)');
  // Site ids are the host with - → _ and "wiki", but for be-tarask, which kept its old be-x-old id.
  const onWiki = (host: string): unknown => {
    const base = makeCtx('en', 'Мінск');
    return show(inlineOf(render('Official website', [], {}, { ...base, site: { ...base.site, articleBase: `https://${host}.wikipedia.org/wiki/` } })));
  };
  assert.equal(onWiki('be-tarask'), '[Official website (Wikidata)](https://www.wikidata.org/wiki/Special:ItemByTitle/be_x_oldwiki/Мінск)');
  assert.equal(onWiki('zh-min-nan'), '[Official website (Wikidata)](https://www.wikidata.org/wiki/Special:ItemByTitle/zh_min_nanwiki/Мінск)');
  // A wiki that is no Wikipedia has no known Wikidata site id: nothing to point to.
  const company = { ...makeCtx('en'), site: { ...makeCtx('en').site, articleBase: 'https://wiki.example.com/wiki/' } };
  assert.deepEqual(render('Official website', [], {}, company), { kind: 'drop' });
});

test('{{YouTube}}: a video by id, a channel or user page with the first unnamed argument as its title', () => {
  const ja = makeCtx('ja');
  assert.equal(show(inlineOf(render('YouTube', ['wXTJBr9tt8Q', 'Yesterday'], {}, ja))), '[Yesterday](https://www.youtube.com/watch?v=wXTJBr9tt8Q) - YouTube');
  assert.equal(show(inlineOf(render('YouTube', ['浦沢チャンネル'], { channel: 'UCkIFOAoFm47XOAlJwTa6Ieg' }, ja))), '[浦沢チャンネル](https://www.youtube.com/channel/UCkIFOAoFm47XOAlJwTa6Ieg) - YouTube');
  assert.equal(show(inlineOf(render('YouTube', [], { user: 'shizuokapref' }, ja))), '[YouTube](https://www.youtube.com/user/shizuokapref)');
});

test('interlanguage links follow whether the local article exists (the templates\' #ifexist), when a mirror knows', () => {
  const inMirror = new Set(['二条満基', 'A·E·凯耶']);
  const withIndex = (lang: string) => ({ ...makeCtx(lang), pageExists: (t: string) => inMirror.has(t) });
  // ja 仮リンク: the local article exists → the local link alone; missing → "（英語版）" as before.
  assert.equal(show(inlineOf(render('仮リンク', ['二条満基', 'en', 'Nijō Mitsumoto'], {}, withIndex('ja')))), '[[二条満基|二条満基]]');
  assert.equal(show(inlineOf(render('仮リンク', ['二条持基', 'en', 'Nijō Mochimoto'], {}, withIndex('ja')))), '[[二条持基|二条持基]]（[[en:Nijō Mochimoto|英語版]]）');
  // zh link-en / tsl: missing → "（英语：Foreign）" with the foreign title linked; existing → the link alone.
  assert.equal(show(inlineOf(render('link-en', ['A·E·凯耶', 'A. E. Kaye'], {}, withIndex('zh')))), '[[A·E·凯耶|A·E·凯耶]]');
  assert.equal(show(inlineOf(render('link-en', ['亞瑟·科別特', 'Arthur Kopit'], {}, withIndex('zh')))), '[[亞瑟·科別特|亞瑟·科別特]]（英语：[[en:Arthur Kopit|Arthur Kopit]]）');
  assert.equal(show(inlineOf(render('link-de', ['某人', 'Jemand', '显示'], {}, withIndex('zh')))), '[[某人|显示]]（德语：[[de:Jemand|Jemand]]）');
  assert.equal(show(inlineOf(render('tsl', ['ja', '二条持基', '二条持基'], {}, withIndex('zh')))), '[[二条持基|二条持基]]（日语：[[ja:二条持基|二条持基]]）');
  // Not known (one page on its own): unchanged — zh the link alone, ja with "（英語版）".
  assert.equal(show(inlineOf(render('link-en', ['亞瑟·科別特', 'Arthur Kopit'], {}, zh))), '[[亞瑟·科別特|亞瑟·科別特]]');
  assert.equal(show(inlineOf(render('仮リンク', ['二条満基', 'en', 'Nijō Mitsumoto'], {}, makeCtx('ja')))), '[[二条満基|二条満基]]（[[en:Nijō Mitsumoto|英語版]]）');
});

test('uk {{Не перекладено}} and en {{ill}} follow whether the local article exists, when a mirror knows', () => {
  const inMirror = new Set(['Місто', 'Bar']);
  const withIndex = (lang: string) => ({ ...makeCtx(lang), pageExists: (t: string) => inMirror.has(t) });
  // uk: existing → the local link alone; missing → "(англ.)" in superscript.
  assert.equal(show(inlineOf(render('нп', ['Місто', 'місто', 'en', 'City'], {}, withIndex('uk')))), '[[Місто|місто]]');
  assert.equal(show(inlineOf(render('нп', ['Село', 'село', 'en', 'Village'], {}, withIndex('uk')))), '[[Село|село]]<sup>[[en:Village|(англ.)]]</sup>');
  assert.equal(show(inlineOf(render('не перекладено', [], { 'треба': 'Місто', 'мова': 'de', 'є': 'Stadt' }, withIndex('uk')))), '[[Місто|Місто]]');
  // en ill: missing → "[de; fr]" with each code linking its wiki (an empty foreign title is the local one), WD= adds "d".
  assert.equal(show(inlineOf(render('Ill', ['Baz', 'de', 'Bäz', 'fr', ''], { lt: 'the baz' }, withIndex('en')))), '[[Baz|the baz]]<sup>[[[de:Bäz|de]]; [[fr:Baz|fr]]]</sup>');
  assert.equal(show(inlineOf(render('Interlanguage link', ['Qux', 'ja', 'クックス'], { WD: 'Q42' }, withIndex('en')))), '[[Qux|Qux]]<sup>[[[ja:クックス|ja]]; [[d:Q42|d]]]</sup>');
  // existing → the local link alone, unless preserve=.
  assert.equal(show(inlineOf(render('Ill', ['Bar', 'de', 'Bär'], { lt: 'the bar' }, withIndex('en')))), '[[Bar|the bar]]');
  assert.equal(show(inlineOf(render('Ill', ['Bar', 'de', 'Bär'], { preserve: '1' }, withIndex('en')))), '[[Bar|Bar]]<sup>[[[de:Bär|de]]]</sup>');
  // Not known: en the local link alone; uk keeps the superscript (the bot removes the template once the article exists).
  assert.equal(show(inlineOf(render('Ill', ['Baz', 'de', 'Bäz'], {}, makeCtx('en')))), '[[Baz|Baz]]');
  assert.equal(show(inlineOf(render('нп', ['Село', 'село', 'en', 'Village'], {}, makeCtx('uk')))), '[[Село|село]]<sup>[[en:Village|(англ.)]]</sup>');
});

test('ja {{Kotobank}} without a word looks up the page title (its default is {{PAGENAME}}); {{コトバンク}} is the same template', () => {
  const ja = makeCtx('ja', '物理学');
  assert.equal(show(inlineOf(render('Kotobank', [], {}, ja))), '[物理学](https://kotobank.jp/word/%E7%89%A9%E7%90%86%E5%AD%A6) - コトバンク');
  assert.equal(show(inlineOf(render('コトバンク', [], {}, makeCtx('ja', 'Wikipedia:物理学')))), '[物理学](https://kotobank.jp/word/%E7%89%A9%E7%90%86%E5%AD%A6) - コトバンク');
  assert.equal(show(inlineOf(render('Kotobank', ['感冒'], {}, ja))), '[感冒](https://kotobank.jp/word/%E6%84%9F%E5%86%92) - コトバンク');
  // Only the dictionary given (ja 0049 `{{Kotobank|2=日本大百科全書(ニッポニカ)}}`): the page's title is
  // still the word looked up and the label; the dictionary follows it.
  assert.equal(
    show(inlineOf(render('Kotobank', [], { 2: '日本大百科全書(ニッポニカ)' }, ja))),
    '[物理学](https://kotobank.jp/word/%E7%89%A9%E7%90%86%E5%AD%A6)『日本大百科全書(ニッポニカ)』 - コトバンク',
  );
  assert.equal(
    show(inlineOf(render('Kotobank', ['新聞学', 'デジタル大辞泉'], {}, ja))),
    '[新聞学](https://kotobank.jp/word/%E6%96%B0%E8%81%9E%E5%AD%A6)『デジタル大辞泉』 - コトバンク',
  );
  // Only the dictionary and no page title to look up: nothing to link, so nothing printed.
  assert.equal(render('Kotobank', [], { 2: '日本大百科全書(ニッポニカ)' }, makeCtx('ja', '')).kind, 'drop');
});

test('{{allcinema name}}, {{ethnologue}}, {{PaulingInstitute}}: the reference site\'s page, labelled (ja 0113, 0036, 0139 had lost these external-link items)', () => {
  const ja = makeCtx('ja');
  assert.equal(show(inlineOf(render('allcinema name', ['290068', 'エルヴィス・プレスリー'], {}, ja))), '[エルヴィス・プレスリー](https://www.allcinema.net/person/290068) - allcinema');
  assert.equal(show(inlineOf(render('ethnologue', [], { code: 'ita' }, ja))), '[Ethnologue](https://www.ethnologue.com/language/ita)');
  assert.equal(
    show(inlineOf(render('PaulingInstitute', ['mic/health-disease/common-cold Common Cold'], {}, ja))),
    '[Common Cold](https://lpi.oregonstate.edu/mic/health-disease/common-cold) - Linus Pauling Institute',
  );
});

test('ja {{NHK放送史|id|番組名}}: the programme\'s page in NHK\'s archive, "番組名 - NHK放送史" (ja 0091 had lost the item)', () => {
  const ja = makeCtx('ja');
  assert.equal(show(inlineOf(render('NHK放送史', ['D0009050686_00000', 'プレミアムドラマ これでいいのだ！！'], {}, ja))),
    '[プレミアムドラマ これでいいのだ！！](https://www2.nhk.or.jp/archives/movies/?id=D0009050686_00000) - NHK放送史');
  assert.deepEqual(render('NHK放送史', [], {}, ja), { kind: 'drop' });
});

test('ja 日本語版にない記事リンク is 仮リンク; Section link / 節リンク: "Page § Section"', () => {
  const ja = makeCtx('ja');
  assert.equal(
    show(inlineOf(render('日本語版にない記事リンク', ['数学の諸分野の語彙の一覧', 'en', 'Glossary of areas of mathematics'], {}, ja))),
    '[[数学の諸分野の語彙の一覧|数学の諸分野の語彙の一覧]]（[[en:Glossary of areas of mathematics|英語版]]）',
  );
  assert.equal(show(inlineOf(render('節リンク', ['外国地名および国名の漢字表記一覧', 'ロシア'], {}, ja))), '[[外国地名および国名の漢字表記一覧|外国地名および国名の漢字表記一覧 §\u00a0ロシア]]');
  assert.equal(show(inlineOf(render('Section link', ['Foo', 'A', 'B'], {}, makeCtx('en')))), 'Foo §§\u00a0[[Foo|A]], [[Foo|B]]');
  // A blank section argument is skipped; the sections after it still count.
  assert.equal(show(inlineOf(render('Section link', ['Foo', 'A', '', 'B'], {}, makeCtx('en')))), 'Foo §§\u00a0[[Foo|A]], [[Foo|B]]');
  assert.deepEqual(render('Section link', [], {}, makeCtx('en')), { kind: 'drop' });
});

test('reference-site links of external-link lists: KINENOTE, Discogs, SEP, IEP, pixiv (ja 0113, 0047, 0149 lost the items)', () => {
  const ja = makeCtx('ja');
  const out = (name: string, args: string[]) => {
    const nodes = inlineOf(render(name, args, {}, ja));
    const link = nodes[0] as { type: string; url: string };
    return `${link.url} ${show(nodes.slice(1))}`;
  };
  assert.equal(out('Kinejun name', ['3106', 'エルヴィス・プレスリー']), 'https://www.kinenote.com/main/public/cinema/person.aspx?person_id=3106  - KINENOTE');
  assert.equal(out('Discogs artist', ['Elvis Presley', 'Elvis Presley']), 'https://www.discogs.com/artist/Elvis+Presley  - Discogs');
  assert.equal(out('SEP', ['spinoza', 'Baruch Spinoza']), 'https://plato.stanford.edu/entries/spinoza/  - Stanford Encyclopedia of Philosophy');
  assert.equal(out('Pixiv', ['1654813', 'みねね']), 'https://www.pixiv.net/users/1654813  - pixiv');
});

test('jawiki {{国立国会図書館のデジタル化資料|pid|title}}: the title linked to the NDL record (ja 0068)', () => {
  const ja = makeCtx('ja');
  assert.equal(show(inlineOf(render('国立国会図書館のデジタル化資料', ['854749', 'オルガン・ピアノ手ほどき'], {}, ja))),
    '[オルガン・ピアノ手ほどき](https://dl.ndl.go.jp/pid/854749) - 国立国会図書館デジタルコレクション');
  assert.deepEqual(render('国立国会図書館のデジタル化資料', [], {}, ja), { kind: 'drop' });
});

test('jawiki {{近代デジタルライブラリー書誌情報|JP number|title}}: the title linked to its NDL record; a note holding only it keeps its text (ja 0047)', () => {
  const ja = makeCtx('ja');
  assert.equal(show(inlineOf(render('近代デジタルライブラリー書誌情報', ['40000209', '百一新論'], {}, ja))),
    '[百一新論](https://id.ndl.go.jp/jpno/40000209) - 近代デジタルライブラリー');
  assert.deepEqual(render('近代デジタルライブラリー書誌情報', [], {}, ja), { kind: 'drop' });
  const md = String(convertPage('語が見出される{{efn2|{{近代デジタルライブラリー書誌情報|40000209|百一新論}}}}。\n\n{{notelist2}}', { site: 'ja', title: 'T' }).markdown);
  assert.match(md, /見出される\[\^注-1\]。/);
  assert.match(md, /\[\^注-1\]: \[百一新論\]\(https:\/\/id\.ndl\.go\.jp\/jpno\/40000209\) - 近代デジタルライブラリー/);
});

test('jawiki {{enlink}}: the English article in brackets after the term; a second argument is the label, or the wiki when it is a language code (ja 0137)', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: 'T' }).markdown).trim();
  assert.equal(md('ハイドイツ語{{enlink|Standard German|en}}、英語'), 'ハイドイツ語（[Standard German](https://en.wikipedia.org/wiki/Standard_German)）、英語');
  assert.equal(md('ヘアフォード司教{{enlink|Bishop of Hereford (Robin Hood)|Bishop of Hereford}}'),
    'ヘアフォード司教（[Bishop of Hereford](https://en.wikipedia.org/wiki/Bishop_of_Hereford_(Robin_Hood))）');
  assert.equal(md('ヒーローズ{{enlink|The New Transistor Heroes|a=on|i=on}}'), 'ヒーローズ（[*The New Transistor Heroes*](https://en.wikipedia.org/wiki/The_New_Transistor_Heroes)）');
  assert.equal(md('a{{enlink|Berlin|de}}'), 'a（[Berlin](https://de.wikipedia.org/wiki/Berlin)）');
  assert.equal(md('a{{enlink}}b'), 'ab');
});

test('{{enlink}} is a stand-in: when the page source holds the template, its own text is expanded', () => {
  const templates = new MemoryPageSource(siteFor('ja'));
  templates.set('Template:Enlink', '(英: {{{1}}})');
  const md = String(convertPage('a{{enlink|Berlin}}b', { site: 'ja', title: 'T', templates }).markdown).trim();
  assert.equal(md, 'a(英: Berlin)b');
});

test('jawiki {{interlang|code|title|label}}: the other wiki\'s article, shown by its title or label (ja 0113, 0150 had lost film titles)', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'ja', title: 'T' }).markdown).trim();
  assert.equal(md('「\'\'{{interlang|en|Charro!}}\'\'（殺し屋の烙印）」'), '「*[Charro!](https://en.wikipedia.org/wiki/Charro!)*（殺し屋の烙印）」');
  assert.equal(md('タイ ({{interlang|en|Tai, Rivers|Tai}}) - 都市'), 'タイ ([Tai](https://en.wikipedia.org/wiki/Tai,_Rivers)) - 都市');
  // An empty label falls back to the title (the old maintenance drop gave nothing).
  assert.equal(md('a{{interlang|en|Foo|}}b'), 'a[Foo](https://en.wikipedia.org/wiki/Foo)b');
  assert.equal(md('a{{interlang|en}}b'), 'ab');
});
