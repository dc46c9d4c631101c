import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TitleCache } from '../../src/mirror/title-cache.js';
import { mulberry32 } from '../helpers/rng.js';

test('TitleCache answers as a Map would: hrefs, cached misses (null), and undefined for titles never set', () => {
  const rng = mulberry32(11);
  const alphabet = ['数', '学', 'Г', 'е', 'a', 'B', ' ', ':', '😀', '(', '1'];
  const cache = new TitleCache(5000);
  const map = new Map<string, string | null>();
  for (let i = 0; i < 5000; i++) {
    let title = '';
    const len = 1 + Math.floor(rng() * 20);
    for (let j = 0; j < len; j++) title += alphabet[Math.floor(rng() * alphabet.length)]!;
    if (map.has(title)) continue;
    const href = rng() < 0.5 ? null : `../Page/${i}.md`;
    map.set(title, href);
    cache.set(title, TitleCache.hash(title), href);
  }
  for (const [title, href] of map) assert.equal(cache.get((' ' + title).slice(1), TitleCache.hash(title)), href, title);
  assert.equal(cache.get('not there', TitleCache.hash('not there')), undefined);
  assert.equal(cache.size, map.size);
});

test('TitleCache tells titles with the same hash apart (and the same hash and length)', () => {
  const cache = new TitleCache(16);
  cache.set('ab', 7, 'first');
  cache.set('cd', 7, null);
  cache.set('abc', 7, 'third');
  assert.equal(cache.get('ab', 7), 'first');
  assert.equal(cache.get('cd', 7), null);
  assert.equal(cache.get('abc', 7), 'third');
  assert.equal(cache.get('ce', 7), undefined);
  assert.equal(cache.get('', 7), undefined);
});

test('TitleCache is full at its capacity', () => {
  const cache = new TitleCache(3);
  for (const t of ['a', 'b', 'c']) {
    assert.equal(cache.full(t), false);
    cache.set(t, TitleCache.hash(t), t);
  }
  assert.equal(cache.full('d'), true);
  assert.equal(cache.get('c', TitleCache.hash('c')), 'c');
});
