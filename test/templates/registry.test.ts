import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBuiltinRegistry, builtinRegistry, templateKey } from '../../src/templates/registry.js';
import { call, makeCtx } from './harness.js';

test('names fold: namespace prefix, underscores, spacing, case', () => {
  assert.equal(templateKey('Template:Cite_web'), 'cite web');
  assert.equal(templateKey('  cite   web '), 'cite web');
  assert.equal(templateKey('模板:引用网页'), '引用网页');
  const h = builtinRegistry.lookup('Cite web', 'zh');
  assert.ok(h);
  assert.equal(builtinRegistry.lookup('cite_Web', 'zh'), h);
  assert.equal(builtinRegistry.lookup('CITE WEB', 'ja'), h);
});

test('zh, ja and uk aliases reach the same families', () => {
  for (const [name, lang, family] of [
    ['引用网页', 'zh', 'citation'], ['網頁引用', 'zh', 'citation'], ['引用新闻', 'zh', 'citation'], ['Cite web/ja', 'ja', 'citation'],
    ['Книга', 'uk', 'citation'], ['Cite press_release', 'zh', 'citation'], ['Citeweb', 'zh', 'citation'],
    ['主条目', 'zh', 'hatnote'], ['参见', 'zh', 'hatnote'], ['Основна стаття', 'uk', 'hatnote'], ['Webarchive', 'uk', 'archive'],
    ['仮リンク', 'ja', 'link'], ['Нп', 'uk', 'link'], ['生年月日と年齢', 'ja', 'date'], ['NoteTA', 'zh', 'noteTA'], ['noteTA', 'zh', 'noteTA'],
  ] as const) {
    assert.equal(builtinRegistry.resolve(name, lang)?.family, family, `${name} on ${lang}`);
  }
});

test('pattern families: Infobox *, * navbox, *-stub, Lang-*, Cite *, S-*', () => {
  const fam = (n: string, lang = 'zh') => builtinRegistry.resolve(n, lang)?.family ?? null;
  assert.equal(fam('Infobox football biography 2'), 'infobox');
  assert.equal(fam('Infobox 日本參議院選舉'), 'infobox');
  assert.equal(fam('电影信息框'), 'infobox');
  assert.equal(fam('信息框 人物'), 'infobox');
  assert.equal(fam('基礎情報 都道府県', 'ja'), 'infobox');
  assert.equal(fam('Chembox Properties'), 'infobox');
  assert.equal(fam('Medicine navbox'), 'navbox');
  assert.equal(fam('中世纪主题导航'), 'navbox');
  assert.equal(fam('Physics sidebar'), 'navbox');
  assert.equal(fam('US-scientist-stub'), 'maintenance');
  assert.equal(fam('物理学小作品'), 'maintenance');
  assert.equal(fam('Lang-de'), 'lang');
  assert.equal(fam('Cite sign'), 'citation');
  assert.equal(fam('s-hou'), 'navbox');
  // jawiki's, zhwiki's and ukwiki's succession-box pieces are left to their table bodies
  // (templates/wikitext.ts, succession-bodies.ts), even `Start box` which every other wiki drops;
  // the rest of the S-* family (`s-hou`, and ukwiki's zh-only `s-mil`), and the same names on
  // other wikis, stay dropped. ukwiki has the rail bodies too, so `{{end box}}` after its
  // `{{start rail box}}` closes a table.
  assert.equal(fam('s-bef', 'ja'), null);
  assert.equal(fam('S-ttl', 'ja'), null);
  assert.equal(fam('s-start', 'ja'), 'navbox');
  assert.equal(fam('s-bef', 'zh'), null);
  assert.equal(fam('s-inop', 'zh'), null);
  assert.equal(fam('Start box', 'uk'), null);
  assert.equal(fam('s-inop', 'uk'), null);
  assert.equal(fam('S-rail-start', 'uk'), null);
  assert.equal(fam('s-mil', 'uk'), 'navbox');
  assert.equal(fam('s-bef', 'en'), 'navbox');
  assert.equal(fam('Start box', 'en'), 'navbox');
  assert.equal(fam('Link-es'), 'link');
  // A bare affix is not a match, and unrelated names stay unknown.
  assert.equal(fam('Lang-'), null);
  assert.equal(fam('日本的國政選舉'), null);
  // zh administrative-division navboxes share a suffix; elsewhere the same shape means nothing.
  assert.equal(fam('黑龙江行政区划'), 'navbox');
  assert.equal(fam('黑龙江行政区划', 'ja'), null);
});

test('per-language names apply only on their wiki', () => {
  assert.equal(builtinRegistry.resolve('En', 'zh')?.family, 'lang');
  assert.equal(builtinRegistry.resolve('En', 'en'), null);
  assert.equal(builtinRegistry.resolve('Bd', 'zh')?.family, 'date');
  assert.equal(builtinRegistry.resolve('Bd', 'en'), null);
});

test('disable, enable and disabled families let expansion take over', () => {
  const r = createBuiltinRegistry({ disabled: ['Cite news'], disabledFamilies: ['navbox'] });
  assert.equal(r.lookup('cite news', 'zh'), null);
  assert.ok(r.lookup('Cite web', 'zh'));
  assert.equal(r.lookup('Navbox', 'zh'), null);
  assert.equal(r.lookup('Foo navbox', 'zh'), null);
  r.enable('Cite news');
  r.enableFamily('navbox');
  assert.ok(r.lookup('Cite news', 'zh'));
  assert.ok(r.lookup('Foo navbox', 'zh'));
  r.disable('Infobox person');
  assert.equal(r.lookup('Infobox_person', 'zh'), null);
  assert.ok(r.lookup('Infobox film', 'zh'));
  // The shared registry is untouched.
  assert.ok(builtinRegistry.lookup('Cite news', 'zh'));
});

test('extra handlers override built-in ones', () => {
  const r = createBuiltinRegistry({ extra: [{ family: 'custom', names: ['Cite web'], handler: () => ({ kind: 'drop' }) }] });
  assert.equal(r.resolve('cite web', 'zh')?.family, 'custom');
  assert.deepEqual(r.lookup('Cite web', 'zh')!(call('Cite web'), makeCtx()), { kind: 'drop' });
});
