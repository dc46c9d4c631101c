/**
 * {{sort}} and {{sortname}} (handlers/format.ts), as zhwiki's table and list rows call them
 * (session 24's zh rehearsal: {{Gold1}} wraps its medal in {{sort}}).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';

const md = (src: string, site = 'zh') => convertPage(src, { site, title: 'X' }).markdown.trim();

test('{{sort|key|text}} shows the text, the key only when there is no text', () => {
  assert.equal(md('{{sort|1|金牌}}、{{sort|2}}、{{sort|3|[[金牌]]}}'), '金牌、2、[金牌](https://zh.wikipedia.org/wiki/金牌)');
  // A blank text is what {{{2|{{{1}}}}}} gives: nothing.
  assert.equal(md('a{{sort|9|}}b'), 'ab');
});

test('{{sortname}}: the full name linked, zh joined by ·', () => {
  assert.equal(md('{{sortname|約翰|史密斯}}'), '[約翰·史密斯](https://zh.wikipedia.org/wiki/約翰·史密斯)');
  assert.equal(md('{{sortname|約翰|史密斯|nolink=1}}'), '約翰·史密斯');
  assert.equal(md('{{sortname|約翰|史密斯|dab=歌手}}'), '[約翰·史密斯](https://zh.wikipedia.org/wiki/約翰·史密斯_(歌手))');
  assert.equal(md('{{sortname|約翰|史密斯|約翰·史密斯 (作家)}}'), '[約翰·史密斯](https://zh.wikipedia.org/wiki/約翰·史密斯_(作家))');
  assert.equal(md('{{sortname|first=約翰|last=史密斯|space=1|nolink=1}}'), '約翰\u00a0史密斯');
  assert.equal(md('{{sortname|John|Smith}}', 'en'), '[John Smith](https://en.wikipedia.org/wiki/John_Smith)');
});

test('{{sortname}}: a blank third argument hides link= (zhwiki reads {{{3|{{{link|}}}}}}); a missing name part is shown unlinked with a warning', () => {
  assert.equal(md('{{sortname|約翰|史密斯||link=X}}'), '[約翰·史密斯](https://zh.wikipedia.org/wiki/約翰·史密斯)');
  assert.equal(md('{{sortname|約翰|史密斯|link=約翰·史密斯 (作家)}}'), '[約翰·史密斯](https://zh.wikipedia.org/wiki/約翰·史密斯_(作家))');
  const r = convertPage('a{{sortname|約翰}}b{{sortname}}c', { site: 'zh', title: 'X' });
  assert.equal(r.markdown.trim(), 'a約翰bc');
  assert.deepEqual(r.warnings.filter((w) => w.code === 'template-data').map((w) => w.message),
    ['{{Sortname}} without a last name: shown unlinked', '{{Sortname}} without a first name: shown unlinked']);
});
