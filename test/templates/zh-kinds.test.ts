/**
 * zh templates of the page kinds session 22 read (airports, temples, places' Chinese names): each
 * case is written after a call read in a real zhwiki article (named in the test), in our own
 * minimal wikitext, and compared with what the template's zhwiki source prints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const md = (src: string, variant?: string): string =>
  convertPage(src, { site: 'zh', title: '甲', ...(variant ? { variant } : {}) } as Parameters<typeof convertPage>[1]).markdown.trim();
/** The same call on another wiki (the changes here that are not zh-only). */
const mdOn = (site: string, src: string): string =>
  convertPage(src, { site, title: '甲' } as Parameters<typeof convertPage>[1]).markdown.trim();

test('{{airport codes}}: each code after its system, linked as the template links it, ；between (香港國際機場)', () => {
  assert.equal(md("甲機場（{{airport codes|'''HKG'''|'''VHHH'''}}）。"),
    '甲機場（[IATA代码](https://zh.wikipedia.org/wiki/国际航空运输协会机场代码)：**HKG**；'
    + '[ICAO代码](https://zh.wikipedia.org/wiki/國際民航組織機場代碼)：**VHHH**）。');
  // An empty ICAO: the next system follows the first; GPS and 中国民航局 have 代码 after the link.
  assert.equal(md('甲{{airport codes|AAA||CCC|||ZZZ}}'),
    '甲[IATA代码](https://zh.wikipedia.org/wiki/国际航空运输协会机场代码)：AAA；'
    + '[FAA代码](https://zh.wikipedia.org/wiki/美国联邦航空管理局)：CCC；'
    + '[中国民航局](https://zh.wikipedia.org/wiki/中国民用航空局)代码：ZZZ');
  assert.equal(md('甲{{airport codes}}乙'), '甲乙');
});

test('{{linktext}}: each word linked to Wiktionary, lim between, kept from conversion (香港國際機場 t=/s=)', () => {
  assert.equal(md('{{linktext|香港|國際}}'), '[香港](https://zh.wiktionary.org/wiki/香港)[國際](https://zh.wiktionary.org/wiki/國際)');
  // `nN` is printed whether or not word N is given, as the template does; the words stay unconverted under zh-tw.
  assert.equal(md('{{linktext|软件|lim=、|n2=等}}', 'zh-tw'), '[软件](https://zh.wiktionary.org/wiki/软件)等');
  assert.equal(md('{{linktext|软件|头发|lim=、|n2=等}}', 'zh-tw'),
    '[软件](https://zh.wiktionary.org/wiki/软件)、[头发](https://zh.wiktionary.org/wiki/头发)等');
});

test('Infobox Chinese: labels of Infobox Chinese/Chinese, altname heads the second name (香港國際機場)', () => {
  const src = [
    '{{Infobox Chinese', '|t={{linktext|甲|機場}}', '|s=甲机场', '|showflag= y', '|p=Jiǎ jīchǎng', '|w=Chia chi-ch\'ang',
    '|j=Gaap3 gei1 coeng4', '|y=Gaap gēi chèuhng', '|l=甲之機場', '|altname=乙機場', '|t2=乙機場', '|p2=Yǐ jīchǎng', '}}', '正文。',
  ].join('\n');
  assert.equal(md(src), [
    '| 甲 |  |', '| --- | --- |',
    '| 繁体字 | [甲](https://zh.wiktionary.org/wiki/甲)[機場](https://zh.wiktionary.org/wiki/機場) |',
    '| 简化字 | 甲机场 |', '| 汉语拼音 | Jiǎ jīchǎng |', "| 威妥瑪拼音 | Chia chi-ch'ang |", '| 粵拼 | Gaap3 gei1 coeng4 |',
    '| 粤语耶鲁拼音 | Gaap gēi chèuhng |', '| 字面意思 | 甲之機場 |', '| **乙機場** |  |', '| 繁体字 | 乙機場 |', '| 汉语拼音 | Yǐ jīchǎng |',
    '', '正文。',
  ].join('\n'));
  // altname heads only the second name's rows, wherever it is written; 汉语别称㈡ heads the third by
  // default; a block with no c/t/p/s is not printed (l2 alone); t is 正體字 under zh-tw; tp never shows (data3v).
  assert.equal(md('{{Infobox Chinese|altname=別名|t=甲|tp=Jia|s=乙|l2=丁|t3=丙}}', 'zh-tw'), [
    '| 甲 |  |', '| --- | --- |', '| 正體字 | 甲 |', '| 簡化字 | 乙 |', '| **漢語別稱㈡** |  |', '| 正體字 | 丙 |',
  ].join('\n'));
  assert.equal(md('{{Infobox Chinese|altname=別名|t=甲|t2=丙}}'),
    ['| 甲 |  |', '| --- | --- |', '| 繁体字 | 甲 |', '| **別名** |  |', '| 繁体字 | 丙 |'].join('\n'));
});

test('Infobox Buddhist temple: the temple labels of Infobox religious building, coordinates once (香严寺 (淅川县))', () => {
  const src = [
    '{{Infobox Buddhist temple', '| name = 乙寺', '| mountain = 丙山', '| denomination = [[临济宗]]', '| founded = 714年',
    '| director = 丁', '| abbot = 戊', '| address = 某省某县', '| coordinates = {{coord|32|46|52|N|111|26|04|E}}',
    '|latd=32 |latm=46 |lats=52 |latNS=N', '|longd=111 |longm=26 |longs=04 |longEW=E', '}}', '正文。',
  ].join('\n');
  assert.equal(md(src), [
    '| 乙寺 |  |', '| --- | --- |', '| 山号 | 丙山 |', '| 宗派 | [临济宗](https://zh.wikipedia.org/wiki/临济宗) |', '| 开山 | 714年 |',
    '| 住持 | 戊 |', '| 位置 | 某省某县 |', '| 坐标 | 32°46′52″N 111°26′04″E |', '', '正文。',
  ].join('\n'));
  // The wrapped template's own labels, for a church: denomination is 教派 there, 宗派 with no affiliation (its switch's empty case).
  assert.equal(md('{{Infobox religious building|name=丙堂|religious_affiliation=基督教|denomination=圣公会|architecture_style=哥特式|capacity=800|founded=1900年}}'),
    ['| 丙堂 |  |', '| --- | --- |', '| 宗教 | 基督教 |', '| 教派 | 圣公会 |', '| 建筑风格 | 哥特式 |', '| 容納人數 | 800 |', '| 建立 | 1900年 |'].join('\n'));
  assert.equal(md('{{Infobox religious building|name=丙堂|denomination=圣公会}}'), ['| 丙堂 |  |', '| --- | --- |', '| 宗派 | 圣公会 |'].join('\n'));
  // Called directly (Infobox Buddhist temple is marked 已停用) with a Buddhist affiliation: the temple labels.
  assert.equal(md('{{Infobox religious building|name=丁寺|religious_affiliation=[[佛教]]|mountain=戊山|venerated=[[释迦牟尼]]|founded=714年}}'), [
    '| 丁寺 |  |', '| --- | --- |', '| 宗教 | [佛教](https://zh.wikipedia.org/wiki/佛教) |', '| 山号 | 戊山 |',
    '| 本尊 | [释迦牟尼](https://zh.wikipedia.org/wiki/释迦牟尼) |', '| 开山 | 714年 |',
  ].join('\n'));
});

test('Infobox airport: stat header labels its data, runway and code rows labelled, native name under the heading (香港國際機場)', () => {
  const src = [
    '{{Infobox airport', '| name = 甲機場', '| nativename-a = Jia Airport', '| IATA = JJJ', '| ICAO = VJJJ', '| operator = 乙局',
    '| metric-rwy = ', '| r1-number = 07R/25L', '| r1-length-m = 3800', '| r1-surface = 瀝青', '| stat-year = 2021',
    '| stat1-header = 客運量（人次）', '| stat1-data = 1,350,000', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 甲機場 |  |', '| --- | --- |', '| Jia Airport |  |', '| IATA代码 | JJJ |', '| ICAO代码 | VJJJ |', '| 营运者 | 乙局 |',
    '| 跑道 | 07R/25L |', '| 长度（米） | 3800 |', '| 表面 | 瀝青 |', '| **2021** |  |', '| 客運量（人次） | 1,350,000 |',
  ].join('\n'));
});

test('{{JAP}} and {{HKSAR}}: the country, as {{JPN}} and {{flag|HKSAR}} show it (香取号训练巡洋舰, 香港國際機場)', () => {
  assert.equal(md('擁有國{{JAP}}，位於{{HKSAR}}。'),
    '擁有國[日本](https://zh.wikipedia.org/wiki/日本)，位於[香港](https://zh.wikipedia.org/wiki/香港)。');
  assert.equal(md('{{flag|HKSAR}}'), md('{{HKSAR}}'));
});

test('{{ruby-py}} (a redirect to {{zy}}): the character with its reading, per variant — it was dropped with its character (淅川县)', () => {
  const src = "'''{{ruby-py|淅|-{zh-cn:xī;zh-tw:ㄒㄧ}-}}川县'''";
  assert.equal(md(src, 'zh-cn'), '**<ruby>淅<rp>(</rp><rt>xī</rt><rp>)</rp></ruby>川县**');
  assert.equal(md(src, 'zh-tw'), '**<ruby>淅<rp>(</rp><rt>ㄒㄧ</rt><rp>)</rp></ruby>川縣**');
  // Written as arguments, Template:Zy's form: the third under zh-tw, the fourth under zh-hk, the second elsewhere and for a missing one.
  const args = '{{ruby-py|淅|xī|ㄒㄧ|sik1}}';
  assert.equal(md(args, 'zh-cn'), '<ruby>淅<rp>(</rp><rt>xī</rt><rp>)</rp></ruby>');
  assert.equal(md(args, 'zh-tw'), '<ruby>淅<rp>(</rp><rt>ㄒㄧ</rt><rp>)</rp></ruby>');
  assert.equal(md(args, 'zh-hk'), '<ruby>淅<rp>(</rp><rt>sik1</rt><rp>)</rp></ruby>');
  assert.equal(md('{{zy|淅|xī|ㄒㄧ}}', 'zh-hk'), '<ruby>淅<rp>(</rp><rt>xī</rt><rp>)</rp></ruby>');
});

test('{{kor}}: the language by variant, the hangul, hanja and raised romanisation — it read as the country {{KOR}} (LABOUM)', () => {
  const src = "（{{kor|'''라붐'''}}）{{kor|k=대한|hj=大韓|rm=Daehan|名=南}}、{{kor|조선|link=no}}、{{KOR}}";
  assert.equal(md(src), '（朝鮮語：**라붐**）韩语：대한／大韓<sup>\u00a0*Daehan*</sup>、조선、[韩国](https://zh.wikipedia.org/wiki/韩国)');
  assert.equal(md(src, 'zh-tw'), '（韓語：**라붐**）韓語：대한／大韓<sup>\u00a0*Daehan*</sup>、조선、[韓國](https://zh.wikipedia.org/wiki/韩国)');
  // 名=北: 朝-{}-鲜语, the characters converted one by one (the empty -{}- keeps the phrase 朝鲜 from the phrase table).
  assert.equal(md('{{kor|조선|名=北}}', 'zh-tw'), '朝鮮語：조선');
});

test('Drugbox: drug_name heads the box instead of a row "Drug name" (L-多巴)', () => {
  assert.equal(md('{{Drugbox\n| drug_name = <small>L</small>-DOPA\n| bioavailability = 30%\n}}'),
    ['| <small>L</small>-DOPA |  |', '| --- | --- |', '| 生物利用度 | 30% |'].join('\n'));
});

test('{{vie}}: 越南语 linked, the quốc ngữ and the Hán-Nôm form — it read as a country code (日丽江)', () => {
  assert.equal(md('（{{vie|v=Sông Nhật Lệ|hn=瀧日麗}}）{{vie|qn=Hà Nội|link=no}}'),
    '（[越南语](https://zh.wikipedia.org/wiki/越南语)：Sông Nhật Lệ／瀧日麗）Hà Nội');
  // Template:Yesno reads a blank value, f and 否 as no too.
  assert.equal(md('{{vie|link=|v=A}}、{{vie|link=f|v=B}}、{{vie|link=否|v=C}}、{{vie|link=yes|v=D}}'),
    'A、B、C、[越南语](https://zh.wikipedia.org/wiki/越南语)：D');
});

test('Infobox Buddhist temple / Tibetan Buddhist monastery: what the wrapper does not pass on is no row; a University chair only under its title', () => {
  assert.equal(md('{{Infobox Buddhist temple|name=乙寺|location=丙|sect=丁|abbot=戊|address=己}}'),
    ['| 乙寺 |  |', '| --- | --- |', '| 住持 | 戊 |', '| 位置 | 己 |'].join('\n'));
  assert.equal(md('{{Infobox Tibetan Buddhist monastery|name=乙寺|website=http://example.org|abbot=戊|sect=丁}}'),
    ['| 乙寺 |  |', '| --- | --- |', '| 宗派 | 丁 |'].join('\n'));
  assert.equal(md('{{Infobox University|name=乙大學|chairman=丙|head=丁|校訓=戊}}'), ['| 乙大學 |  |', '| --- | --- |', '| 校训 | 戊 |'].join('\n'));
});

test('Infobox Tibetan Buddhist monastery: the labels Infobox religious building gives a Tibetan Buddhist building; unpassed names no rows (日乌德钦寺)', () => {
  const src = [
    '{{Infobox Tibetan Buddhist monastery', '|name = 乙寺', '|w = ri bo bde chen', '|tc=乙寺', '|s=乙寺', '|location_country = 中国',
    '|date_founded =14世纪', '|sect = [[格鲁派]]', '|head_lama = 丙', '|no._of_monks = 600', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 乙寺 |  |', '| --- | --- |', '| 威利转写 | ri bo bde chen |', '| 国家 | 中国 |', '| 开山 | 14世纪 |',
    '| 宗派 | [格鲁派](https://zh.wikipedia.org/wiki/格鲁派) |', '| 领导 | 丙 |',
  ].join('\n'));
});

test('日本町村 (Infobox 日本的町村): headed 自治體名+町村, rows named after the kind, population as of its date (日之影町)', () => {
  const src = [
    '{{日本町村', '| 自治體名=乙之影', '| 町村=村', '| 日文原名=乙之影村', '| 平假名=おつのかげむら', '| 都道府縣=宮崎縣', '| 編號=45442-7',
    '| 人口=4,693', '| 統計時間=2008年9月1日', '| 樹=[[欅]]', '| 首長=丙', '| 其他象徵物=村歌', '| 其他象徵=丁', '| 註記=人口：村報', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 乙之影村 |  |', '| --- | --- |', '| 乙之影村 |  |', '| 平假名 | おつのかげむら |', '| 都道府縣 | 宮崎縣 |', '| 村編號 | 45442-7 |',
    '| 人口 | 4,693（2008年9月1日） |', '| 村樹 | [欅](https://zh.wikipedia.org/wiki/欅) |', '| 村長 | 丙 |', '| 村歌 | 丁 |', '| 人口：村報 |  |',
  ].join('\n'));
  // Without 町村 the kind is 自治體名's last character, and the page title heads the box.
  assert.equal(md('{{日本町村|自治體名=乙町|首長=丙}}'), ['| 甲 |  |', '| --- | --- |', '| 町長 | 丙 |'].join('\n'));
  // The values as Infobox 日本的町村 fills its slots: the term after the mayor, the prefecture before the address,
  // +81- and 〒 before the numbers (the postcode labelled by variant); 魚 and 歌 are never rows.
  assert.equal(md('{{日本町村|自治體名=乙|町村=町|都道府縣=丁縣|首長=丙|卸任日期=2027年|所在地=戊1|電話號碼=0982|郵遞區號=882|魚=鯉|歌=己}}', 'zh-cn'), [
    '| 乙町 |  |', '| --- | --- |', '| 都道府县 | 丁县 |', '| 町长 | 丙<br /><small>（现任任期至：2027年）</small> |', '| 町役场地址 | 丁县戊1 |',
    '| 电话号码 | +81-0982 |', '| 邮政编码 | 〒882 |',
  ].join('\n'));
  assert.equal(md('{{日本町村|自治體名=[[乙]]|町村=町|首長=丙}}'),
    ['| [乙](https://zh.wikipedia.org/wiki/乙)町 |  |', '| --- | --- |', '| 町長 | 丙 |'].join('\n'));
});

test('{{refTag}} / {{RefFoot}}: a source note listed where RefFoot stands, beside the noteTag pair — it was dropped with its text (中丘郡)', () => {
  const src = [
    '甲郡，置國，{{refTag|1=《元和郡縣圖志》卷15。}}並封，{{noteTag|僅得1縣。}}', '', '== 出處 ==', '{{ReflistH|colwidth=30em}}', '{{RefFoot}}',
    '{{ReflistF}}', '', '== 注釋 ==', '{{noteFoot}}',
  ].join('\n');
  assert.equal(md(src), [
    '甲郡，置國，[^1]並封，[^注-1]', '', '## 出處', '', '[^1]: 《元和郡縣圖志》卷15。', '', '## 注釋', '', '[^注-1]: 僅得1縣。',
  ].join('\n'));
});

test('{{en-link}} is {{link-en}} (both redirect to Internal link helper/en) — its list item was dropped whole (SAC编程语言)', () => {
  const src = '* {{en-link|SA-C (编程语言)|SA-C (programming language)}}';
  assert.equal(md(src), md('* {{link-en|SA-C (编程语言)|SA-C (programming language)}}'));
  assert.equal(md(src), '- [SA-C (编程语言)](https://zh.wikipedia.org/wiki/SA-C_(编程语言))');
});

test('{{SWI}} redirects to {{CHE}}: Switzerland (SAKURA (歌手))', () => {
  assert.equal(md('出生於{{SWI}}'), '出生於[瑞士](https://zh.wikipedia.org/wiki/瑞士)');
});

test('Infobox programming language: its own labels, not the shared table\'s (SAC编程语言)', () => {
  const src = [
    '{{Infobox programming language', '|name = 甲', '|paradigm = 函数式', '|year = 1994年', '|designer = 乙', '|typing = 静态',
    '|influenced_by = [[APL]]', '|operating_system = UNIX', '|license = 专有', '|website = http://example.org', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 甲 |  |', '| --- | --- |', '| 编程范型 | 函数式 |', '| 发行时间 | 1994年 |', '| 設計者 | 乙 |', '| 型態系統 | 静态 |',
    '| 啟發語言 | [APL](https://zh.wikipedia.org/wiki/APL) |', '| 作業系統 | UNIX |', '| 許可證 | 专有 |', '| 網站 | <http://example.org> |',
  ].join('\n'));
  // 编程范型 and 发行时间 are worded by variant in the template itself (面市時間 in Taiwan, 釋出時間 in Hong Kong).
  const released = '{{Infobox programming language|paradigm=函数式|released=1994年}}';
  assert.equal(md(released, 'zh-tw'), ['| 甲 |  |', '| --- | --- |', '| 編程範型 | 函數式 |', '| 面市時間 | 1994年 |'].join('\n'));
  assert.equal(md(released, 'zh-hk'), ['| 甲 |  |', '| --- | --- |', '| 編程範型 | 函數式 |', '| 釋出時間 | 1994年 |'].join('\n'));
});

test('Infobox University: 校名 heads it, its labels for Chinese- and English-named rows, a chair labelled by its title; {{legend striped}} keeps its words (香港中文大學)', () => {
  const src = [
    '{{Infobox University', '| 校名 = 甲大學', '| EnglishName = The Jia University', '| 校訓 = 博文約禮', '| 創校 = 1963年', '| 類 = 公立大學',
    '| 董事會主持者頭銜 = 校董會主席', '| 董事會主持者 = 乙', '| 師 = 1,677', '| 生 = 21,405', '| 研究 = 3,799',
    '| colors = {{legend striped|#69246B|#DDA52D|紫與金}}', '| vice-president = 丙', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 甲大學 |  |', '| --- | --- |', '| The Jia University |  |', '| 校训 | 博文約禮 |', '| 创办时间 | 1963年 |', '| 学校类型 | 公立大學 |',
    '| 校董會主席 | 乙 |', '| 教师人數 | 1,677 |', '| 学生人數 | 21,405 |', '| 研究生人數 | 3,799 |', '| 代表色 | 紫與金 |', '| 副校长 | 丙 |',
  ].join('\n'));
  // The heading is wikitext (a link, a break between two names); name comes before 校名 as the template's `above` has it.
  assert.equal(md('{{Infobox University|校名=[[乙大學]]<br />Yi University|校訓=丁}}'),
    ['| [乙大學](https://zh.wikipedia.org/wiki/乙大學)<br />Yi University |  |', '| --- | --- |', '| 校训 | 丁 |'].join('\n'));
  assert.equal(md('{{Infobox University|校名=乙大學|name=丙大學|校訓=丁}}'), ['| 丙大學 |  |', '| --- | --- |', '| 校训 | 丁 |'].join('\n'));
  // Undergraduates are 大學部 in Taiwan, the postcode 郵遞區號 (the template's -{…}- labels).
  assert.equal(md('{{Infobox University|校名=乙大學|本科生=5|郵編=7}}', 'zh-tw'),
    ['| 乙大學 |  |', '| --- | --- |', '| 大學部人數 | 5 |', '| 郵遞區號 | 7 |'].join('\n'));
});

test('{{Chinese}} on zhwiki is Infobox Chinese (a redirect), not the inline {{zh}} (香港中文大學)', () => {
  assert.equal(md('{{Chinese\n|t=甲大學\n|s=甲大学\n|p=Jiǎ dàxué\n}}\n正文。'),
    ['| 甲 |  |', '| --- | --- |', '| 繁体字 | 甲大學 |', '| 简化字 | 甲大学 |', '| 汉语拼音 | Jiǎ dàxué |', '', '正文。'].join('\n'));
});

test('Infobox company, older names: company_name heads the box, company_logo is its picture (中东广播中心)', () => {
  assert.equal(md('{{Infobox company\n|company_logo = [[File:Jia.jpg|250px]]\n|company_name = 甲中心\n|company_type = 私人\n}}'),
    ['| 甲中心 |  |', '| --- | --- |', '| ![Jia](https://upload.wikimedia.org/wikipedia/commons/6/6f/Jia.jpg) |  |', '| 公司类型 | 私人 |'].join('\n'));
});

test('Infobox company: name heads the box over company_name, whichever is written first, on every wiki (its above is name|company_name)', () => {
  const expect = (type: string): string => ['| 乙 |  |', '| --- | --- |', `| ${type} | 丙 |`].join('\n');
  for (const src of ['{{Infobox company|company_name=甲|name=乙|type=丙}}', '{{Infobox company|name=乙|company_name=甲|type=丙}}']) {
    assert.equal(md(src), expect('类型'));
    assert.equal(mdOn('ja', src), expect('種類'));
  }
});

test('Changes made for zh pages that hold on every wiki: stat pairs, drug_name, company_logo/company_name (ja, uk, en)', () => {
  const labels: Record<string, [string, string]> = { ja: ['生物学的利用能', '種類'], uk: ['Bioavailability', 'Type'], en: ['Bioavailability', 'Type'] };
  for (const [site, [bioavailability, type]] of Object.entries(labels)) {
    // A statN-header with no data is no row; statN-data with no header a row without a label, as an Infobox labelN/dataN.
    assert.equal(mdOn(site, '{{Infobox airport|name=X|stat1-header=Passengers|stat1-data=100|stat2-data=500|stat3-header=M}}'),
      ['| X |  |', '| --- | --- |', '| Passengers | 100 |', '| 500 |  |'].join('\n'), site);
    assert.equal(mdOn(site, '{{Drugbox|drug_name=Y|bioavailability=30%}}'), ['| Y |  |', '| --- | --- |', `| ${bioavailability} | 30% |`].join('\n'), site);
    assert.equal(mdOn(site, '{{Infobox company|company_logo=[[File:Jia.jpg|250px]]|company_name=Z|type=x}}'), [
      '| Z |  |', '| --- | --- |', '| ![Jia](https://upload.wikimedia.org/wikipedia/commons/6/6f/Jia.jpg) |  |', `| ${type} | x |`,
    ].join('\n'), site);
  }
});

test('日本町村 is zhwiki\'s alone: on jawiki an unknown template, no box headed by the page title', () => {
  assert.equal(mdOn('ja', '{{日本町村|自治體名=乙町|首長=丙}}本文'), '本文');
});
