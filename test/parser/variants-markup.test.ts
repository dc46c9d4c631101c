import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dump, inl, t } from './util.js';

test('-{ }- becomes VariantMarkup with the raw inside', () => {
  assert.deepEqual(inl('前-{zh-hans:计算机;zh-hant:電腦}-后'), [t('前'), { type: 'variant', raw: 'zh-hans:计算机;zh-hant:電腦' }, t('后')]);
  assert.deepEqual(inl('-{H|zh-cn:软件;zh-tw:軟體}-'), [{ type: 'variant', raw: 'H|zh-cn:软件;zh-tw:軟體' }]);
});

test('nested -{ }- is respected', () => {
  assert.deepEqual(inl('-{a-{b}-c}-d'), [{ type: 'variant', raw: 'a-{b}-c' }, t('d')]);
});

test('an unclosed -{ stays literal text (MediaWiki shows it), a stray }- too', () => {
  assert.equal(dump(inl('a-{b')), '"a-{b"');
  assert.deepEqual(inl('a-{b-{c}-d'), [t('a-{b'), { type: 'variant', raw: 'c' }, t('d')]);
  assert.equal(dump(inl('a-b}-c')), '"a-b}-c"');
});

test('pipes inside -{ }- do not split template arguments', async () => {
  const { parse } = await import('./util.js');
  let seen: string[] = [];
  parse('{{T|-{a|b}-|c}}', { templates: { T: (call) => { seen = [...call.args.values()]; return { kind: 'drop' }; } } });
  assert.deepEqual(seen, ['-{a|b}-', 'c']);
});
