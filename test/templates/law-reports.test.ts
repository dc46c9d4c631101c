import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const md = (src: string, site: string) => convertPage(src, { site, title: 'T' }).markdown.trim();

test('jawiki {{Cite 判例検索システム}}: court, date, case number and name, linked to the full text and the search page (ja 0064 had links to the template page)', () => {
  const call = '{{Cite 判例検索システム|事件名=著作権侵害差止等請求事件|裁判所=[[最高裁判所 (日本)|最高裁判所]]|法廷=第一小法廷|裁判形式=判決|裁判年=2011|裁判月=12|裁判日=08|事件番号=平成21(受)602|全文URI=https://example.jp/full.pdf|検索結果詳細画面URI=https://example.jp/detail?id=81813|閲覧日時=2011-12-09 }}';
  assert.equal(
    md(`判決があった<ref>${call}</ref>。\n\n{{reflist}}`, 'ja'),
    '判決があった[^1]。\n\n[^1]: 最高裁判所第一小法廷判決 2011年12月8日 平成21(受)602『[著作権侵害差止等請求事件](https://example.jp/full.pdf)』 - [裁判所 裁判例検索](https://example.jp/detail?id=81813)（2011年12月9日閲覧）',
  );
  // No case name: the number links the full text; an era year stays as written.
  assert.equal(
    md('{{Cite 判例検索システム|事件名=|裁判所=大阪地方裁判所|法廷=|裁判形式=判決|裁判年=平成16|裁判月=11|裁判日=4|事件番号=平成15(ワ)6252|全文URI=https://example.jp/d.pdf}}', 'ja'),
    '大阪地方裁判所判決 平成16年11月4日 [平成15(ワ)6252](https://example.jp/d.pdf)',
  );
  // Neither name nor number: the court links the full text rather than losing it.
  assert.equal(
    md('{{Cite 判例検索システム|裁判所=東京高等裁判所|裁判形式=判決|全文URI=https://example.jp/t.pdf}}', 'ja'),
    '[東京高等裁判所判決](https://example.jp/t.pdf)',
  );
});

test('ukwiki {{Відомості ВР УРСР}}: the act and the gazette issue (uk 0100); {{ЗУ}} a law linked on zakon.rada.gov.ua (uk 0072)', () => {
  assert.equal(
    md('{{Відомості ВР УРСР|Назва=Про скасування районного поділу|від=11 серпня 1948 р.|рік=1948|№=5 (30 серпня) |стор.=14}}', 'uk'),
    '«Про скасування районного поділу» від 11 серпня 1948 р. // Відомості Верховної Ради Української РСР. — 1948. — № 5 (30 серпня). — С. 14.',
  );
  assert.equal(
    md('{{Відомості ВР УРСР|Назва= |від= |рік=1952|№=2 (15 липня) |стор.=8}}', 'uk'),
    'Відомості Верховної Ради Української РСР. — 1952. — № 2 (15 липня). — С. 8.',
  );
  assert.equal(
    md('{{ЗУ|80/94-ВР|05.07.1994|Про захист інформації}}', 'uk'),
    '[Закон України «Про захист інформації»](https://zakon.rada.gov.ua/laws/show/80/94-%D0%B2%D1%80) від 05.07.1994 № 80/94-ВР',
  );
});

test('ukwiki acts on zakon.rada.gov.ua: {{Постанова ВРУ}} a parliament resolution, {{УПУ}} a presidential decree (uk references that came out as cite errors)', () => {
  assert.equal(
    md('{{Постанова ВРУ|14/94-ВР|18 травня 1994|Про Голову Верховної Ради України}}', 'uk'),
    '[Постанова Верховної Ради України «Про Голову Верховної Ради України»](https://zakon.rada.gov.ua/laws/show/14/94-%D0%B2%D1%80) від 18 травня 1994 № 14/94-ВР',
  );
  assert.equal(
    md('{{УПУ|542/2014|19 червня 2014|Про звільнення П.Клімкіна}}', 'uk'),
    '[Указ Президента України «Про звільнення П.Клімкіна»](https://zakon.rada.gov.ua/laws/show/542/2014) від 19 червня 2014 № 542/2014',
  );
});
