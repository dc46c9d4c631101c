import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinMultilineTags } from '../../src/parser/multiline-tags.js';
import { dump, parse } from './util.js';

test('line breaks inside an allowed tag become spaces, offsets kept', () => {
  assert.equal(joinMultilineTags('<div style="background: \n#00FF00">-</div>'), '<div style="background:  #00FF00">-</div>');
  assert.equal(joinMultilineTags('a <span\ntitle="x\r\ny">b</span>\n* c'), 'a <span title="x  y">b</span>\n* c');
  assert.equal(joinMultilineTags('</div\n>'), '</div >');
});

test('unknown tags, tags without a closing > and a < before the > are left alone', () => {
  for (const s of ['<foo a="\n#x">', 'x <b\n* y', '<span a\n<b>c</b>', 'no tags\nat all', '<div>\n* x</div>']) {
    assert.equal(joinMultilineTags(s), s);
  }
});

test('a template-made line break in an attribute starts no list (T8255)', () => {
  assert.equal(dump(parse('<div style="background: \n#00FF00">-</div>').doc), '<div {"style":"background: #00FF00"}>[P("-")]');
});

test('linear on many unclosed tags', () => {
  const src = '<span a\n'.repeat(50000);
  const t0 = process.cpuUsage();
  assert.equal(joinMultilineTags(src), src);
  const used = process.cpuUsage(t0);
  assert.ok(used.user + used.system < 2_000_000);
});
