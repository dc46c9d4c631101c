import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const md = (src: string) => convertPage(src, { site: 'ja', title: 'T' }).markdown.trim();

test('{{PDFlink|[url title]}}: the link, then "(PDF)"; nothing without a link', () => {
  assert.equal(md('{{PDFlink|[http://x.jp/a.pdf 報告書]}} 2010年'), '[報告書](http://x.jp/a.pdf) (PDF) 2010年');
  assert.equal(md('a{{PDFlink}}b'), 'ab');
});

test('ja {{XLSlink}} after a spreadsheet link (ja 0181) marks it "(XLS)"; with the link as argument, the link and the mark', () => {
  assert.equal(md('[http://x.jp/a.xls センサス]{{XLSlink}} 農林水産省'), '[センサス](http://x.jp/a.xls) (XLS) 農林水産省');
  assert.equal(md('{{XLSlink|[http://x.jp/a.xls センサス]}}'), '[センサス](http://x.jp/a.xls) (XLS)');
});

test('ja {{アジア歴史資料センター|code|件名}} (ja 0141: the footnote read as the template\'s name): title and reference code', () => {
  assert.equal(md('{{アジア歴史資料センター|A15111667700|内大臣公爵三条実美内閣総理大臣ニ兼任シ}}'), '「内大臣公爵三条実美内閣総理大臣ニ兼任シ」 アジア歴史資料センター Ref.A15111667700');
  assert.equal(md('{{アジア歴史資料センター|A15111667700}}'), 'アジア歴史資料センター Ref.A15111667700');
  assert.equal(md('{{アジア歴史資料センター}}'), '');
});
