import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

test('ja {{人口統計}}: the census chart image with its two titles and colour legends, no made-up figures', () => {
  // ja 北海道: the call as the page writes it.
  const md = convertPage('{{人口統計|code=01000|name=北海道|image=Demography Hokkaidou.svg}}\n', { site: 'ja', title: '北海道' }).markdown;
  assert.equal(
    md,
    '![北海道と全国の年齢別人口分布（2005年）、北海道の年齢・男女別人口分布（2005年）](https://upload.wikimedia.org/wikipedia/commons/6/60/Demography_Hokkaidou.svg)\n\n' +
      '| 北海道と全国の年齢別人口分布（2005年） | 北海道の年齢・男女別人口分布（2005年） |\n' +
      '| --- | --- |\n' +
      '| ■紫色 ― 北海道　■緑色 ― 日本全国 | ■青色 ― 男性　■赤色 ― 女性 |\n',
  );
});

test('ja {{人口統計}} without image= (ja 広島県): only the census totals would remain, which we do not have — dropped', () => {
  const r = convertPage('前文。\n\n{{人口統計|code=34000|name=広島県}}\n\n後文。\n', { site: 'ja', title: '広島県' });
  assert.equal(r.markdown, '前文。\n\n後文。\n');
  assert.deepEqual(r.meta.unhandledTemplates, {});
});

test('ja {{衆議院小選挙区当選者}}: the member lives in the template\'s own table — dropped, not counted as unhandled', () => {
  const r = convertPage('* [[愛媛県第1区]] {{衆議院小選挙区当選者|愛媛県第1区}}\n', { site: 'ja', title: '愛媛県' });
  assert.equal(r.markdown, '- [愛媛県第1区](https://ja.wikipedia.org/wiki/愛媛県第1区)\n');
  assert.deepEqual(r.meta.unhandledTemplates, {});
});

test('{{人口統計}} is a jawiki name only', () => {
  const r = convertPage('{{人口統計|code=01000|name=X|image=A.svg}}\n', { site: 'zh', title: 'X' });
  assert.deepEqual(r.meta.unhandledTemplates, { 人口統計: 1 });
});
