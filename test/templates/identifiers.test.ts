import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convert } from './pipeline.js';
import { convertPage } from '../../src/engine/convert.js';

const md = (src: string, lang: string) => convert(src, 'T', lang).markdown.trim();

test('identifiers link to their record', () => {
  assert.equal(md('{{doi|10.20666/nihongonokenkyu.4.2_69}}', 'ja'), '[doi:10.20666/nihongonokenkyu.4.2_69](https://doi.org/10.20666/nihongonokenkyu.4.2_69)');
  assert.equal(md('{{ISSN|0130-1284}}', 'uk'), '[ISSN 0130-1284](https://www.worldcat.org/issn/0130-1284)');
  assert.equal(md('{{hdl|2433/66276}}', 'ja'), '[hdl:2433/66276](https://hdl.handle.net/2433/66276)');
  assert.equal(md('{{OCLC|33876158}}', 'ja'), '[OCLC 33876158](https://www.worldcat.org/oclc/33876158)');
  assert.equal(md('{{全国書誌番号|21293666}}', 'ja'), '[全国書誌番号:21293666](https://id.ndl.go.jp/jpno/21293666)');
  assert.equal(md('{{Mediaarts-db|C55526|士郎正宗}}', 'ja'), '[士郎正宗](https://mediaarts-db.artmuseums.go.jp/id/C55526) - メディア芸術データベース');
  assert.equal(md('{{Curlie|Regional/Asia/Indonesia}}', 'ja'), '[Curlie: Regional/Asia/Indonesia](https://curlie.org/Regional/Asia/Indonesia)');
  assert.equal(md('{{dmoz|Regional/Europe/Romania}}', 'uk'), '[Curlie: Regional/Europe/Romania](https://curlie.org/Regional/Europe/Romania)');
  assert.equal(md('{{CIA World Factbook link|eg|Egypt}}', 'ja'), '[Egypt](https://www.cia.gov/the-world-factbook/countries/egypt/) - The World Factbook');
  assert.equal(md('{{AllMusic|class=artist|id=elvis-presley-mn0000|title=Elvis Presley}}', 'ja'), '[Elvis Presley](https://www.allmusic.com/artist/elvis-presley-mn0000) - AllMusic');
  assert.equal(md('{{Google books|f2jihJ0bq4EC |page=PA28}}', 'uk'), '[Google Books](https://books.google.com/books?id=f2jihJ0bq4EC&pg=PA28)');
  // plainurl=yes is the bare address: inside a citation's url= it links the title (uk 0381 lost the link).
  assert.equal(md('{{Google books|f2jihJ0bq4EC |page=PA28 |plainurl=yes}}', 'uk'), 'https://books.google.com/books?id=f2jihJ0bq4EC&pg=PA28');
  assert.equal(
    md('{{cite book|url={{Google books|f2jihJ0bq4EC |page=PA28 |plainurl=yes}}|title=Italy|year=2012}}', 'uk'),
    '*[Italy](https://books.google.com/books?id=f2jihJ0bq4EC&pg=PA28)*. 2012.',
  );
  // No id: nothing.
  assert.equal(md('{{doi|}}', 'ja'), '');
});

test('project links: {{tl}}, ja WikipediaPage and search links, uk year-in links and section jumps', () => {
  assert.equal(md('{{tl|Policy}}', 'ja'), '{{[Policy](https://ja.wikipedia.org/wiki/Template:Policy)}}');
  assert.equal(md('{{WikipediaPage|GFDL|Wikipedia:著作権}}', 'ja'), '*ウィキペディアでのGFDLについては「[Wikipedia:著作権](https://ja.wikipedia.org/wiki/Wikipedia:著作権)」をご覧ください。*');
  // ja {{Wikipedia|code}}: the edition under its language's name, a line of its own before the lead.
  assert.equal(md("{{wikipedia|pdc}}\n'''ペンシルベニアドイツ語'''は", 'ja'), '[pdc版ウィキペディア](https://pdc.wikipedia.org/)\n\n**ペンシルベニアドイツ語**は');
  assert.equal(md('{{Wikipedia|fr}}', 'ja'), '[フランス語版ウィキペディア](https://fr.wikipedia.org/)');
  assert.equal(md('{{Prefix|タイ}}', 'ja'), '[「タイ」で始まるページの一覧](https://ja.wikipedia.org/wiki/特別:PrefixIndex/タイ)');
  assert.equal(md('{{рік у театрі|1924}}', 'uk'), '[1924](https://uk.wikipedia.org/wiki/1924_у_театрі)');
  assert.equal(md('{{Перехід|#Історія}}', 'uk'), '[Історія](#Історія)');
});

test('uk award ribbons and roads link their articles', () => {
  assert.equal(md('{{Орден Держави (Україна)|2004}} {{Орден Леніна}}', 'uk'), '[Орден Держави](https://uk.wikipedia.org/wiki/Орден_Держави_(Україна)) (2004) [Орден Леніна](https://uk.wikipedia.org/wiki/Орден_Леніна)');
  assert.equal(md('{{Автошлях Н|03}}', 'uk'), '[Н 03](https://uk.wikipedia.org/wiki/Автошлях_Н_03)');
  assert.equal(md('{{Орден Леніна}}', 'ja'), '');
});

test('more site links: Twitter status2, epguides, IMCDb; hand-made note labels', () => {
  assert.equal(md('{{Twitter status2|fujishimakosuke|750910940518854656|2016年7月7日13時34分}}', 'ja'), '[@fujishimakosuke (2016年7月7日13時34分)](https://twitter.com/fujishimakosuke/status/750910940518854656)');
  assert.equal(md('{{epguides|id=KnightRider|title=Knight Rider (1982)}}', 'ja'), '[Knight Rider (1982)](https://epguides.com/KnightRider/) - epguides.com');
  // The mark links to its note ({{note|footnote_a}}); references.test.ts checks the pair end to end.
  // The engine turns the fragment into the note's anchor (this file's pipeline leaves fragments as written).
  const page = convertPage('大陸{{ref label|footnote_a|a}}', { site: 'ja', title: 'X' }).markdown.trim();
  assert.equal(page, '大陸<sup><a id="ref-footnote-a"></a>[[a]](#endnote-footnote-a)</sup>');
});

test('{{ICD10}} / {{ICD9}} in a disease box: the code linked, rows labelled ICD-10 / ICD-9 (ja 0139 風邪 had none)', async () => {
  const md = convertPage('{{Infobox disease\n| Name = 風邪\n| ICD10 = {{ICD10|J|00|0|j|00}}\n| ICD9 = {{ICD9|460}}\n}}', { site: 'ja', title: '風邪' }).markdown;
  assert.match(md, /\| ICD-10 \| \[J00\.0\]\(https:\/\/icd\.who\.int\/browse10\/2019\/en#\/J00\.0\) \|\n\| ICD-9 \| \[460\]\(http:\/\/icd9\.chrisendres\.com\/index\.php\?action=search&srchtext=460\) \|/);
});

test('the United States Code as cited: ja {{合衆国法典|17|302}} → "17 U.S.C. § 302" (ja 0013)', () => {
  assert.equal(md('（{{合衆国法典|17|302}}(a)）', 'ja'), '（[17 U.S.C. § 302](https://www.law.cornell.edu/uscode/text/17/302)(a)）');
  assert.equal(md('a{{合衆国法典|x|302}}b', 'ja'), 'ab');
  // Only the section's page goes into the address; a subsection written into it stays text, and a
  // section in no shape LII knows is not linked.
  assert.equal(md('{{合衆国法典|17|302(a)}}', 'ja'), '[17 U.S.C. § 302](https://www.law.cornell.edu/uscode/text/17/302)(a)');
  assert.equal(md('{{合衆国法典|42|2000e-2}}', 'ja'), '[42 U.S.C. § 2000e-2](https://www.law.cornell.edu/uscode/text/42/2000e-2)');
  assert.equal(md('{{合衆国法典|17|../x}}', 'ja'), '17 U.S.C. § ../x');
});

test('jawiki {{WikipediaPage}}: a sentence is the note itself; a label (and target) makes the note in the words of jawiki\'s hatnotes', () => {
  const md = (src: string, title: string) => convert(src, title, 'ja').markdown.trim();
  assert.equal(md('{{WikipediaPage|ウィキペディアにおけるFAQについては「[[Wikipedia:FAQ]]」をご覧ください。}}', 'FAQ'),
    '*ウィキペディアにおけるFAQについては「[Wikipedia:FAQ](https://ja.wikipedia.org/wiki/Wikipedia:FAQ)」をご覧ください。*');
  // A label with a target (ja 0122 `{{WikipediaPage|CSSの設定|Help:外装の詳細設定}}`) is a note in the
  // words of jawiki's hatnotes, not a bare link at the head of the article; without a target the
  // project page is named after the label.
  assert.equal(md('{{WikipediaPage|CSSの設定|Help:外装の詳細設定}}\n本文', 'CSS'),
    '*ウィキペディアでのCSSの設定については「[Help:外装の詳細設定](https://ja.wikipedia.org/wiki/Help:外装の詳細設定)」をご覧ください。*\n\n本文');
  assert.equal(md('{{WikipediaPage|GFDL}}', 'X'), '*ウィキペディアでのGFDLについては「[Wikipedia:GFDL](https://ja.wikipedia.org/wiki/Wikipedia:GFDL)」をご覧ください。*');
  // A target without a label (ja 記録 `{{WikipediaPage||特別:記録}}`): the note is about the page itself.
  assert.equal(md('{{WikipediaPage||特別:記録}}', '記録'), '*ウィキペディアでの記録については「[特別:記録](https://ja.wikipedia.org/wiki/特別:記録)」をご覧ください。*');
  assert.equal(md('a{{WikipediaPage}}b', 'X'), 'ab');
});
