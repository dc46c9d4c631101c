import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Image, WikiLink } from '../../src/ast/nodes.js';
import { PageLinkTargets, interwikiUrl, resolveLinks } from '../../src/transform/links.js';
import { imageLinkTarget } from '../../src/writer/media.js';
import { buildSite, siteFor } from '../../src/site/defaults.js';
import { parseTitle } from '../../src/site/titles.js';
import { convertPage } from '../../src/engine/convert.js';

const zh = siteFor('zh');
const link = (title: string, ns = 0, fragment: string | null = null, interwiki: string | null = null): WikiLink => ({
  type: 'wikiLink', title, ns, fragment, interwiki, children: [{ type: 'text', value: title }],
});
/** A page's Markdown: the parser's interwiki prefixes and interwikiUrl together. */
const md = (src: string, site = 'uk') => convertPage(src, { site, title: 'P' }).markdown.trim();
const run = (nodes: (WikiLink | Image)[], local: Record<string, string> = {}) => {
  const doc: Document = { type: 'document', children: [{ type: 'paragraph', children: nodes }] };
  resolveLinks(doc, {
    site: zh, selfTitle: '本页', resolve: (t) => local[t] ?? null,
    anchor: (f) => f.toLowerCase().replace(/ /g, '-'),
  });
};

test('local pages get the resolver path plus the heading anchor; missing pages the live wiki', () => {
  const a = link('数学', 0, 'Early History'), b = link('不存在', 0, '历史');
  run([a, b], { 数学: '../Page/数学.md' });
  assert.equal(a.href, '../Page/数学.md#early-history');
  assert.equal(b.href, 'https://zh.wikipedia.org/wiki/不存在#历史');
});

test('section links within the page', () => {
  const a = link('', 0, 'See also'), b = link('本页', 0, 'X');
  run([a, b]);
  assert.equal(a.href, '#see-also');
  assert.equal(b.href, '#x');
});

test('interwiki and interlanguage links go to the other wiki', () => {
  const a = link('Foo bar', 0, null, 'en'), b = link('字', 0, null, 'wikt'), c = link('en:word', 0, null, 'wikt');
  run([a, b, c]);
  assert.equal(a.href, 'https://en.wikipedia.org/wiki/Foo_bar');
  assert.equal(b.href, 'https://zh.wiktionary.org/wiki/字');
  assert.equal(c.href, 'https://en.wiktionary.org/wiki/word');
});

test('a title in a map URL\'s query string is encoded as MediaWiki\'s wfUrlencode does (Interwiki::getURL): & = + cannot end or change it', () => {
  const a = link('AT&T', 0, null, 'google'), b = link('C++ a=b', 0, null, 'google'), c = link('2004A&A...418..989L', 0, null, 'bibcode');
  const d = link('東京 駅', 0, 'x y', 'commons');
  run([a, b, c, d]);
  assert.equal(a.href, 'https://www.google.com/search?q=AT%26T');
  assert.equal(b.href, 'https://www.google.com/search?q=C%2B%2B_a%3Db');
  assert.equal(c.href, 'https://ui.adsabs.harvard.edu/abs/2004A%26A...418..989L/abstract');
  assert.equal(d.href, 'https://commons.wikimedia.org/wiki/東京_駅#x_y');
});

test('a prefix only core\'s default list has is a local title on a Wikimedia wiki (interwiki cache alone), an interwiki on a wiki elsewhere', () => {
  for (const lang of ['ja', 'en', 'uk']) {
    const t = parseTitle(siteFor(lang), 'Unreal: The Movie', 0);
    assert.deepEqual([t?.interwiki, t?.ns, t?.full], [null, 0, 'Unreal: The Movie'], lang);
    assert.equal(parseTitle(siteFor(lang), 'imdb:Foo', 0)?.interwiki, null, lang);
  }
  const company = buildSite({ lang: 'en', articleBase: 'https://wiki.example.com/wiki/' });
  assert.equal(parseTitle(company, 'imdb:Foo', 0)?.interwiki, 'imdb');
  assert.equal(interwikiUrl(company, 'imdb', 'Foo bar', null), 'http://www.imdb.com/find?q=Foo_bar&tt=on');
  // The Wikimedia map is kept there too (what the wiki has is not in its dump).
  assert.equal(parseTitle(company, 'bibcode:X', 0)?.interwiki, 'bibcode');
});

test('zh-cn and zh-tw (dumpInterwiki.php\'s aliases of zh, with language names in MediaWiki) are interlanguage links to zh', () => {
  const ja = siteFor('ja');
  for (const alias of ['zh-tw', 'zh-cn']) {
    assert.ok(ja.languages.has(alias), alias);
    assert.equal(parseTitle(ja, `${alias}:東京`, 0)?.interwiki, alias);
    assert.equal(interwikiUrl(ja, alias, '東京', null), 'https://zh.wikipedia.org/wiki/東京');
  }
  assert.equal(interwikiUrl(ja, 'wikt', 'zh-tw:字', null), 'https://zh.wiktionary.org/wiki/字');
  // Without a leading colon the link is the page's interlanguage link, not shown in the text.
  assert.equal(md('Text.[[zh-tw:東京]]', 'ja'), 'Text.');
  assert.equal(md('[[:zh-tw:東京|x]]', 'ja'), '[x](https://zh.wikipedia.org/wiki/東京)');
});

test('sister projects take the Wikipedia\'s host name of a language (nan → zh-min-nan), but Cantonese Wiktionary is yue.wiktionary.org', () => {
  const ja = siteFor('ja');
  assert.equal(interwikiUrl(ja, 'wikt', 'yue:字', null), 'https://yue.wiktionary.org/wiki/字');
  assert.equal(interwikiUrl(ja, 'w', 'yue:字', null), 'https://zh-yue.wikipedia.org/wiki/字');
  assert.equal(interwikiUrl(ja, 'wikt', 'nan:jī', null), 'https://zh-min-nan.wiktionary.org/wiki/jī');
  assert.equal(interwikiUrl(ja, 'yue', '字', null), 'https://zh-yue.wikipedia.org/wiki/字');
});

test('images get the MD5-derived upload URL', () => {
  const img: Image = { type: 'image', file: 'Example.jpg', alt: '', caption: [], link: null, format: 'thumb', width: null, height: null, align: null };
  run([img]);
  assert.equal(img.src, 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg');
});

test('imageHref: where a picture\'s link= leads (a section, the file itself, another wiki, a URL, a mirror page)', () => {
  const targets = new PageLinkTargets({
    site: zh, selfTitle: '本页', resolve: (t) => (t === 'Talk:Foo' ? 'Talk:Foo.md' : null),
    anchor: (f) => f.toLowerCase().replace(/ /g, '-'),
  });
  const pic = (link: string | null): Image => ({ type: 'image', file: 'Example.jpg', alt: '', caption: [], link, format: 'inline', width: null, height: null, align: null });
  assert.equal(targets.imageHref(pic('#See also')), '#see-also');
  assert.equal(targets.imageHref(pic('Media:Example.jpg')), 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg');
  assert.equal(targets.imageHref(pic('en:Foo bar')), 'https://en.wikipedia.org/wiki/Foo_bar');
  assert.equal(targets.imageHref(pic('redis://host/x')), 'redis://host/x');
  assert.equal(targets.imageHref(pic('Talk:Foo')), 'Talk:Foo.md');
  assert.equal(targets.imageHref(pic('')), null);
  assert.equal(targets.imageHref(pic(null)), null);
  // What the writers print: a URL only when safe, a mirror path relative.
  const ctx = { links: targets, inLink: false };
  assert.equal(imageLinkTarget(pic('redis://host/x'), ctx), null);
  assert.equal(imageLinkTarget(pic('Talk:Foo'), ctx), './Talk:Foo.md');
  assert.equal(imageLinkTarget(pic('#See also'), ctx), '#see-also');
});

test('plainHref with a resolver: a live-wiki URL for pages it lacks, and one question per link', () => {
  const asked: string[] = [];
  const local: Record<string, string> = { 数学: '../Page/数学.md' };
  const targets = new PageLinkTargets({
    site: zh, selfTitle: '本页', resolve: (t, ns) => (asked.push(t), ns === 0 ? local[t] ?? null : null), anchor: (f) => f,
  });
  // As the writer asks: plainHref, then href only when plainHref gives null.
  const hrefOf = (n: WikiLink): string => targets.plainHref(n) ?? targets.href(n);
  assert.equal(hrefOf(link('数学')), '../Page/数学.md');
  assert.equal(hrefOf(link('不存在 页')), 'https://zh.wikipedia.org/wiki/不存在_页');
  // Not plain (a `?` to encode): plainHref gives null, href the encoded URL, the resolver is asked once.
  assert.equal(hrefOf(link('何?')), 'https://zh.wikipedia.org/wiki/何%3F');
  assert.equal(hrefOf(link('数学', 0, '历史')), '../Page/数学.md#历史');
  assert.deepEqual(asked, ['数学', '不存在 页', '何?', '数学']);
  // An answer kept for one link is not taken for another title, namespace or a fragment.
  assert.equal(targets.plainHref(link('数学')), null);
  assert.equal(targets.href(link('数学', 1)), 'https://zh.wikipedia.org/wiki/数学');
  assert.equal(targets.href(link('不存在')), 'https://zh.wikipedia.org/wiki/不存在');
  assert.equal(targets.href(link('数学', 0, 'x')), '../Page/数学.md#x');
  assert.equal(asked.length, 8);
});

test('[[X#]] (an empty fragment) asks the resolver once, and leaves no answer behind', () => {
  const asked: string[] = [];
  // The answer depends on the namespace, so a kept answer taken for the wrong link would show.
  const resolve = (t: string, ns: number): string | null => (asked.push(`${ns}:${t}`), t === '数学' ? `../${ns}/数学.md` : null);
  const targets = new PageLinkTargets({ site: zh, selfTitle: '本页', resolve, anchor: (f) => f });
  const hrefOf = (n: WikiLink): string => targets.plainHref(n) ?? targets.href(n);
  assert.equal(hrefOf(link('数学', 0, '')), '../0/数学.md');
  assert.deepEqual(asked, ['0:数学']);
  // The answer was taken by that href: the next href asks afresh.
  assert.equal(targets.href(link('数学')), '../0/数学.md');
  assert.equal(asked.length, 2);
  // A plainHref whose href is never asked keeps nothing for the next link's plainHref.
  assert.equal(targets.plainHref(link('数学', 0, '')), null);
  assert.equal(hrefOf(link('数学', 1, '')), '../1/数学.md');
  assert.equal(targets.href(link('数学', 0, '')), '../0/数学.md');
  assert.deepEqual(asked, ['0:数学', '0:数学', '0:数学', '1:数学', '0:数学']);
});


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
