/**
 * The interwiki tables as data (interwiki-map.ts): the maps read whole, spot checks of entries,
 * which prefixes a wiki has. Where links with them lead is transform/links.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_ONLY_PREFIXES, INTERWIKI_URLS, LANGUAGE_PROJECTS, WIKIMEDIA_PREFIXES } from '../../src/site/interwiki-map.js';
import { PROJECT_PREFIXES, siteFor } from '../../src/site/defaults.js';
import { parseTitle } from '../../src/site/titles.js';

test('a namespace name is never an interwiki', () => {
  assert.equal(parseTitle(siteFor('ja'), 'Wikipedia:方針', 0)?.interwiki, null);
  assert.equal(parseTitle(siteFor('ja'), 'wikipedia:方針', 0)?.ns, 4);
  assert.equal(parseTitle(siteFor('zh'), 'Ethnologue:epo', 0)?.interwiki, 'ethnologue');
});

test('the map is read whole: every entry has a prefix and an absolute URL', () => {
  assert.ok(INTERWIKI_URLS.size > 390, String(INTERWIKI_URLS.size));
  // Spot checks: an alias of an edition that names no language, a long project name, a pattern
  // without $1, a core-only prefix.
  assert.equal(INTERWIKI_URLS.get('cz'), 'https://cs.wikipedia.org/wiki/$1');
  assert.equal(INTERWIKI_URLS.get('jp'), 'https://ja.wikipedia.org/wiki/$1');
  assert.equal(INTERWIKI_URLS.get('wiktionary'), 'https://en.wiktionary.org/wiki/$1');
  assert.equal(INTERWIKI_URLS.get('planetmath'), 'https://planetmath.org/alphabetical.html');
  assert.equal(INTERWIKI_URLS.get('doom wiki'), 'https://doom.fandom.com/wiki/$1');
  assert.ok(WIKIMEDIA_PREFIXES.includes('cz') && !CORE_ONLY_PREFIXES.includes('cz'));
  assert.deepEqual([...CORE_ONLY_PREFIXES].sort(), ['dwjwiki', 'imdb', 'linuxwiki', 'lqwiki', 's23wiki', 'squeak', 'unreal', 'wikif1']);
  for (const [prefix, url] of INTERWIKI_URLS) {
    assert.match(prefix, /^[a-z0-9é][a-z0-9é _-]*$/, prefix);
    assert.match(url, /^(https?|ircs?):\/\/[^\s]+$/, `${prefix} ${url}`);
  }
});

test('the short sister-project prefixes are kept once (LANGUAGE_PROJECTS) and every one is an interwiki prefix', () => {
  assert.deepEqual(Object.keys(LANGUAGE_PROJECTS).sort(), ['b', 'chapter', 'n', 'q', 's', 'v', 'voy', 'w', 'wikt']);
  for (const prefix of Object.keys(LANGUAGE_PROJECTS)) {
    assert.ok(PROJECT_PREFIXES.includes(prefix), prefix);
    assert.ok(siteFor('ja').interwiki.has(prefix), prefix);
    assert.ok(!INTERWIKI_URLS.has(prefix), `${prefix} is not also in the map`);
  }
});
