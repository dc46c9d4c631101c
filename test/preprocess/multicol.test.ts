import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { ColumnBreaks, multicolCall } from '../../src/preprocess/multicol.js';
import { siteFor } from '../../src/site/defaults.js';

const ja = siteFor('ja');

test('bare | column breaks between {{multicol}} and {{multicol-end}} are taken out; the columns follow one another', () => {
  const src = '== 関連項目 ==\n{{multicol}}\n{{columns-list|2|\n* [[エジプト文明]]\n}}\n|\n\'\'著名な研究者\'\'\n* [[吉村作治]]\n| 作家\n* [[クリスチャン・ジャック]]\n{{multicol-end}}\n';
  assert.equal(
    convertPage(src, { title: '古代エジプト', site: 'ja' }).markdown,
    '## 関連項目\n\n- [エジプト文明](https://ja.wikipedia.org/wiki/エジプト文明)\n\n*著名な研究者*\n\n'
      + '- [吉村作治](https://ja.wikipedia.org/wiki/吉村作治)\n\n作家\n\n- [クリスチャン・ジャック](https://ja.wikipedia.org/wiki/クリスチャン・ジャック)\n',
  );
});

test('column-break rewriting: nested tables, row/caption markup, attribute cells and text outside lines are kept', () => {
  const c = new ColumnBreaks();
  assert.equal(c.rewrite('a\n|\nb', true), 'a\n|\nb', 'outside a span nothing changes');
  c.enter();
  assert.equal(c.rewrite('x|y\n|  \n| z\n|- \n|| w\n| width=50% | v', false), 'x|y\n\n\nz\n|- \n|| w\n| width=50% | v');
  assert.equal(c.rewrite('{| class="wikitable"\n| cell\n|}\n|\n', true), '{| class="wikitable"\n| cell\n|}\n\n');
  c.leave();
  assert.equal(c.active, false);
  assert.equal(c.rewrite('|\n', true), '|\n');
  assert.equal(multicolCall(ja, [{ type: 'text', value: ' Multicol ' }]), 'open');
  assert.equal(multicolCall(ja, [{ type: 'text', value: 'テンプレート:multicol' }]), 'open');
  assert.equal(multicolCall(ja, [{ type: 'text', value: 'Template:multicol-end\n' }]), 'close');
  assert.equal(multicolCall(ja, [{ type: 'text', value: 'テンプレート:Multicol_end' }]), null, 'Multicol end is another page');
  assert.equal(multicolCall(ja, [{ type: 'text', value: 'Multicol-break' }]), null);
});
