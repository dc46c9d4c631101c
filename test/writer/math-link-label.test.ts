import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { texToInlines } from '../../src/writer/math-label.js';

const md = (src: string): string => convertPage(src, { site: 'uk', title: 'X' }).markdown.trim();

// GitHub renders no maths inside link text: `[$\pi$](…)` shows the dollars and the TeX.
test('a simple formula in a link label is written as Unicode text', () => {
  assert.equal(md('[[число пі|<math>\\pi</math>]]'), '[π](https://uk.wikipedia.org/wiki/Число_пі)');
  assert.equal(md('[[A|<math>x^2 + \\alpha_{i}</math>]]'), '[x<sup>2</sup> + α<sub>i</sub>](https://uk.wikipedia.org/wiki/A)');
  assert.equal(md('[http://a.org <math>\\mathrm{d}x \\le 2\\,\\Omega</math>]'), '[dx ≤ 2 Ω](http://a.org)');
});

test('other formulas in a link label are shown as TeX code, still the label', () => {
  assert.equal(md('[[B|<math>\\frac{a}{b}</math>]]'), '[`\\frac{a}{b}`](https://uk.wikipedia.org/wiki/B)');
  assert.equal(md('[[B|see <math>a^{b^c}</math>]]'), '[see `a^{b^c}`](https://uk.wikipedia.org/wiki/B)');
});

test('maths outside links stays maths', () => {
  assert.equal(md('<math>\\pi</math> [[A|a]]'), '$\\pi$ [a](https://uk.wikipedia.org/wiki/A)');
});

test('texToInlines: what counts as simple', () => {
  assert.deepEqual(texToInlines(' a - b '), [{ type: 'text', value: 'a − b' }]);
  assert.deepEqual(texToInlines('a \\cdot b+\\alpha x'), [{ type: 'text', value: 'a · b+αx' }]);
  assert.equal(texToInlines('\\unknown'), null);
  assert.equal(texToInlines('{a'), null);
  assert.equal(texToInlines('x^'), null);
  assert.equal(texToInlines('a & b'), null);
});
