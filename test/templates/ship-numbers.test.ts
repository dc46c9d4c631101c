/**
 * zhwiki `{{US$}}`, `{{IMO Number}}`, `{{MMSI Number}}` (海洋綠洲號's box: cost and identification)
 * printed nothing without the dump's pages; now what zhwiki's templates print (Template:US$,
 * Ifnumber, IMO Number, MMSI Number read). A dump carrying a page expands its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';

const md = (wikitext: string, title = 'T'): string => convertPage(wikitext, { title, site: 'zh' }).markdown.trim();

test('{{US$}}: the amount (grouped when #expr reads a number), then 美元, linked with link=yes; {{USD}} the same', () => {
  assert.equal(md('{{US$|14億}} (2006)'), '14億美元 (2006)');
  assert.equal(md('{{US$| 1400000000 }}'), '1,400,000,000美元');
  assert.equal(md('{{USD|2.5|link=yes}}'), '2.5[美元](https://zh.wikipedia.org/wiki/美元)');
  // The year's inflation note needs the Inflation templates: left out.
  assert.equal(md('{{US$|15|2010}}'), '15美元');
  assert.equal(md('{{US$}}'), '美元');
});

test('{{IMO Number}} and {{MMSI Number}}: a linked label, the number linked to MarineTraffic; an article filed under the MMSI category', () => {
  const r = convertPage('{{IMO Number|9383936}}<br />{{MMSI Number|311020600}}', { title: '海洋綠洲號', site: 'zh' });
  assert.equal(
    r.markdown.split('\n\n')[0],
    '[IMO編號](https://zh.wikipedia.org/wiki/国际海事组织编号)：\u00a0[9383936](https://www.marinetraffic.com/ais/details/ships/imo:9383936)<br />\n'
      + '[MMSI碼](https://zh.wikipedia.org/wiki/海上移動通信業務標識碼)：[311020600](http://www.marinetraffic.com/ais/shipdetails.aspx?mmsi=311020600)',
  );
  assert.deepEqual(r.meta.categories, [{ name: '海上移動通信業務標識碼', sortKey: '311020600' }]);
  assert.deepEqual(convertPage('{{MMSI Number|1}}', { title: 'Talk:T', site: 'zh' }).meta.categories, []);
  assert.equal(md('{{IMO Number|9383936|disp=no|link=no}}'), '9383936');
});

test('{{IMO Number}} / {{MMSI Number}} with no number: `[URL{{{1}}} {{{1}}}]` as the template writes it; an empty one a numbered link', () => {
  const imo = '[IMO編號](https://zh.wikipedia.org/wiki/国际海事组织编号)：\u00a0';
  assert.equal(md('{{IMO Number}}'), `${imo}[{{{1}}}](https://www.marinetraffic.com/ais/details/ships/imo:{{{1}}})`);
  // Counted with the page's other numbered links, as the parser counts `[URL ]`.
  assert.equal(md('[http://x.org] {{IMO Number|}}'), `[[1]](http://x.org) ${imo}[[2]](https://www.marinetraffic.com/ais/details/ships/imo:)`);
  assert.equal(md('{{MMSI Number| }}', 'Talk:T'), '[MMSI碼](https://zh.wikipedia.org/wiki/海上移動通信業務標識碼)：[[1]](http://www.marinetraffic.com/ais/shipdetails.aspx?mmsi=)');
  assert.equal(md('{{IMO Number|link=no}}'), `${imo}{{{1}}}`);
});

test('{{MMSI Number}} on a page with no title files it as the engine reads {{NAMESPACE}} there: the main namespace', () => {
  assert.equal(convertPage('{{#ifeq:{{NAMESPACE}}|{{ns:0}}|main|other}}', { title: '', site: 'zh' }).markdown.trim(), 'main');
  assert.deepEqual(convertPage('{{MMSI Number|1}}', { title: '', site: 'zh' }).meta.categories, [{ name: '海上移動通信業務標識碼', sortKey: '1' }]);
});

test('a dump\'s own US$ / IMO Number page wins over the stand-in', () => {
  const templates = new MemoryPageSource(siteFor('zh'));
  templates.set('Template:US$', '{{{1}}} dollars');
  templates.set('Template:IMO Number', 'IMO {{{1}}}');
  assert.equal(convertPage('{{US$|5}}, {{IMO Number|7}}', { title: 'T', site: 'zh', templates }).markdown.trim(), '5 dollars, IMO 7');
});
