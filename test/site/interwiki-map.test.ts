/**
 * Interwiki prefixes of MediaWiki's maps (interwiki-map.ts): a link with one goes where the wiki
 * sends it, on every wiki; a prefix that is a namespace name stays a namespace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { INTERWIKI_URLS, LANGUAGE_PROJECTS } from '../../src/site/interwiki-map.js';
import { PROJECT_PREFIXES, siteFor } from '../../src/site/defaults.js';
import { parseTitle } from '../../src/site/titles.js';

const md = (src: string, site = 'uk') => convertPage(src, { site, title: 'P' }).markdown.trim();

test('prefixes of the Wikimedia map that real uk pages use: iso639-3, ethnologue, planetmath (whose URL has no $1)', () => {
  assert.equal(md('[[iso639-3:epo|epo]]'), '[epo](https://iso639-3.sil.org/code/epo)');
  assert.equal(md('[[Ethnologue:epo|Ethnologue]]'), '[Ethnologue](https://www.ethnologue.com/language/epo)');
  assert.equal(md('[[planetmath:4236|Коло]]'), '[Коло](https://planetmath.org/alphabetical.html)');
  assert.equal(md('[[planetmath:4236#x|Коло]]'), '[Коло](https://planetmath.org/alphabetical.html#x)');
});

test('the title replaces $1 where the pattern has it in the middle; `_` and space are one in a prefix', () => {
  assert.equal(md('[[imdbtitle:0111161|x]]', 'ja'), '[x](https://www.imdb.com/title/tt0111161/)');
  assert.equal(md('[[doom wiki:E1M1|x]]', 'ja'), '[x](https://doom.fandom.com/wiki/E1M1)');
  assert.equal(md('[[Doom_wiki:E1M1|x]]', 'ja'), '[x](https://doom.fandom.com/wiki/E1M1)');
  assert.equal(md('[[bibcode:2004A&A...418..989L|x]]', 'en'), '[x](https://ui.adsabs.harvard.edu/abs/2004A%26A...418..989L/abstract)');
});

test('sister projects: the short prefix is the wiki\'s own language (or the one the title names), the long name what the map says', () => {
  assert.equal(md('[[wikt:слово|x]]'), '[x](https://uk.wiktionary.org/wiki/слово)');
  assert.equal(md('[[wikt:en:word|x]]'), '[x](https://en.wiktionary.org/wiki/word)');
  assert.equal(md('[[wiktionary:слово|x]]'), '[x](https://en.wiktionary.org/wiki/слово)');
  assert.equal(md('[[commons:en:X|x]]'), '[x](https://commons.wikimedia.org/wiki/en:X)');
});

test('w: is the English Wikipedia on every Wikipedia (ja pages write [[w:Peterhof Palace]]); language editions with another host name', () => {
  assert.equal(md('[[w:Peterhof Palace|x]]', 'ja'), '[x](https://en.wikipedia.org/wiki/Peterhof_Palace)');
  assert.equal(md('[[w:Foo|x]]', 'zh'), '[x](https://en.wikipedia.org/wiki/Foo)');
  assert.equal(md('[[:gsw:Zürich|x]]', 'ja'), '[x](https://als.wikipedia.org/wiki/Zürich)');
  assert.equal(md('[[:nan:Tâi-oân|x]]', 'ja'), '[x](https://zh-min-nan.wikipedia.org/wiki/Tâi-oân)');
  assert.equal(md('[[jp:東京|x]]', 'en'), '[x](https://ja.wikipedia.org/wiki/東京)');
  // Where the live wiki sends it, though uk.wikimedia.org is Wikimedia UK's (the United Kingdom's).
  assert.equal(md('[[chapter:Main|x]]', 'uk'), '[x](https://uk.wikimedia.org/wiki/Main)');
  // A language prefix without a leading colon is an interlanguage link (not shown), new codes too.
  assert.equal(md('Text.[[syl:X]]', 'ja'), 'Text.');
});

test('a namespace name is never an interwiki', () => {
  assert.equal(parseTitle(siteFor('ja'), 'Wikipedia:方針', 0)?.interwiki, null);
  assert.equal(parseTitle(siteFor('ja'), 'wikipedia:方針', 0)?.ns, 4);
  assert.equal(parseTitle(siteFor('zh'), 'Ethnologue:epo', 0)?.interwiki, 'ethnologue');
});

test('the map is read whole: every entry has a prefix and an absolute URL', () => {
  assert.ok(INTERWIKI_URLS.size > 390, String(INTERWIKI_URLS.size));
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
