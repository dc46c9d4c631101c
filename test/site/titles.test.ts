import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFor } from '../../src/site/defaults.js';
import { parseTitle, uploadUrl, liveUrl, plainArticleBase, plainLiveUrl, urlPathEncode, wikiUrlEncode } from '../../src/site/titles.js';
import { encodeDestination } from '../../src/writer/destination.js';

const zh = siteFor('zh');
const ja = siteFor('ja');

test('namespace aliases map to the local name', () => {
  assert.equal(parseTitle(zh, '分类:数学')?.full, 'Category:数学');
  assert.equal(parseTitle(zh, '分類:数学')?.ns, 14);
  assert.equal(parseTitle(zh, '檔案:A b.jpg')?.full, 'File:A b.jpg');
  assert.equal(parseTitle(ja, 'カテゴリ:日本')?.full, 'Category:日本');
  assert.equal(parseTitle(ja, '画像:X.png')?.full, 'ファイル:X.png');
});

test('spaces, underscores, first letter, fragments, entities, percent escapes', () => {
  const t = parseTitle(siteFor('en'), '  foo__bar_baz#History of&nbsp;it')!;
  assert.equal(t.full, 'Foo bar baz');
  assert.equal(t.fragment, 'History of it');
  assert.equal(parseTitle(zh, 'C%2B%2B14')?.full, 'C++14');
  assert.equal(parseTitle(zh, 'a&amp;b')?.full, 'A&b');
});

test('interwiki and interlanguage prefixes', () => {
  const t = parseTitle(zh, 'en:Foo bar')!;
  assert.equal(t.interwiki, 'en');
  assert.equal(t.text, 'Foo bar');
  assert.equal(parseTitle(zh, 'wikt:字')?.interwiki, 'wikt');
  // What follows the prefix passes the title checks too (sanitizer.txt, T182338).
  assert.equal(parseTitle(zh, 'meatball:Foo<Bar'), null);
  assert.equal(parseTitle(zh, 'wikt:a[b'), null);
  assert.equal(parseTitle(zh, 'en:../x'), null);
  assert.equal(parseTitle(zh, 'wikt::字')?.text, '字');
  assert.equal(parseTitle(zh, 'wikt:')?.interwiki, 'wikt');
});

test('illegal titles are rejected', () => {
  assert.equal(parseTitle(zh, 'a[b'), null);
  assert.equal(parseTitle(zh, '../etc'), null);
  assert.equal(parseTitle(zh, ''), null);
});

test('what the MediaWiki title codec rejects: signature tildes, escapes left after one decoding, empty namespace, leading colon, length', () => {
  const en = siteFor('en');
  assert.equal(parseTitle(en, 'foo~~~bar'), null);
  assert.equal(parseTitle(en, 'foo~~bar')?.full, 'Foo~~bar');
  assert.equal(parseTitle(en, '7%2525 Solution'), null); // %25 still there after decoding once
  assert.equal(parseTitle(en, '%33%45')?.full, '3E');
  assert.equal(parseTitle(en, 'Foo &amp;amp; bar'), null); // &amp; still there
  assert.equal(parseTitle(en, 'Foo &xyzzy; bar'), null);
  assert.equal(parseTitle(en, 'Foo &#37;41'), null); // %41 appears only after the references
  assert.equal(parseTitle(en, 'a%26amp;b')?.full, 'A&b'); // escapes first, then references
  assert.equal(parseTitle(en, 'foo>bar'), null);
  assert.equal(parseTitle(en, 'Foo#<bar>')?.fragment, '<bar>'); // a fragment may hold them
  assert.equal(parseTitle(en, 'Project:#fragment'), null);
  assert.equal(parseTitle(en, '#fragment')?.fragment, 'fragment');
  assert.equal(parseTitle(en, 'Help::x'), null);
  assert.equal(parseTitle(en, '::x'), null);
  assert.equal(parseTitle(en, 'x'.repeat(255))?.text.length, 255);
  assert.equal(parseTitle(en, 'x'.repeat(256)), null);
  assert.equal(parseTitle(zh, '字'.repeat(85))?.text.length, 85); // 255 bytes
  assert.equal(parseTitle(zh, '字'.repeat(86)), null);
});

test('upload URL uses the MD5 path of the underscored name', () => {
  // MD5("Example.jpg") = a9c8…; the well-known Commons path is /a/a9/Example.jpg
  assert.equal(uploadUrl(zh, 'Example.jpg'), 'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg');
  assert.equal(liveUrl(zh, '数学', '历史 发展'), 'https://zh.wikipedia.org/wiki/数学#历史_发展');
});

test('live URLs stay readable but encode what a URL path cannot hold', () => {
  assert.equal(liveUrl(zh, 'What? 100% "yes"'), 'https://zh.wikipedia.org/wiki/What%3F_100%25_%22yes%22');
  assert.equal(liveUrl(zh, 'A\u200bB\u3000C'), 'https://zh.wikipedia.org/wiki/A%E2%80%8BB%E3%80%80C');
  assert.equal(liveUrl(zh, '𠮷野家'), 'https://zh.wikipedia.org/wiki/𠮷野家');
  assert.equal(liveUrl(zh, 'C++ (语言)'), 'https://zh.wikipedia.org/wiki/C++_(语言)');
});

test('plainLiveUrl: the live URL, as a link destination prints it, or null when anything needs escaping', () => {
  const uk = siteFor('uk');
  const base = plainArticleBase(uk)!;
  assert.equal(base, uk.articleBase);
  // Plain titles: exactly what liveUrl gives, and encoding it as a destination changes nothing.
  for (const title of ['Київ', 'Список країн світу', 'Меркурій (планета)', "О'Браєн", 'A-b.c~d!$*+,;=@:/e', '東京都', 'ＡＢＣ（株）']) {
    const url = plainLiveUrl(base, title);
    assert.equal(url, liveUrl(uk, title), title);
    assert.equal(encodeDestination(url!, false), url, title);
    assert.equal(encodeDestination(url!, true), url, title);
  }
  assert.equal(plainLiveUrl(base, 'Київ та Україна'), 'https://uk.wikipedia.org/wiki/Київ_та_Україна');
  // Anything the path or the destination would escape, and unbalanced parentheses: the general path.
  for (const title of ['A?b', 'A%20b', 'A&b', 'A"b', 'A|b', 'A<b', 'A\\b', 'A)b(', 'A(b', 'A\u00a0b', 'A\u200eb', 'A\u3000b', '𠮷野家', 'A#b', 'A^b', 'A`b']) {
    assert.equal(plainLiveUrl(base, title), null, title);
  }
  assert.equal(plainArticleBase({ ...uk, articleBase: 'https://x.org/w/index.php?title=' }), null);
  assert.equal(plainArticleBase({ ...uk, articleBase: 'javascript:alert(1)//' }), null);
});

test('title folding takes MediaWiki\'s spaces and bidi marks only: U+FEFF and U+200B stay', () => {
  const en = siteFor('en');
  assert.equal(parseTitle(en, '\ufeffabc')?.full, '\ufeffabc');
  assert.equal(parseTitle(en, '\ufeffabc#x')?.full, '\ufeffabc');
  assert.equal(parseTitle(en, 'ab\ufeff #x')?.full, 'Ab\ufeff');
  assert.equal(parseTitle(en, '\ufeff')?.full, '\ufeff');
  assert.equal(parseTitle(en, 'a\u200bb')?.full, 'A\u200bb');
  assert.equal(parseTitle(en, '\u2003a\u3000_\u00a0b\u202f')?.full, 'A b');
  assert.equal(parseTitle(en, '\u200ea\u202eb\u200f')?.full, 'Ab');
  assert.equal(parseTitle(en, '\u200e'), null);
});

test('plainLiveUrl on every code unit: null, or liveUrl\'s URL that no destination encoding changes', () => {
  const uk = siteFor('uk');
  const base = plainArticleBase(uk)!;
  let plain = 0;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const title of [ch, 'а' + ch + 'б']) {
      const url = plainLiveUrl(base, title);
      if (url === null) continue;
      plain++;
      const what = `U+${c.toString(16)} ${JSON.stringify(title)}`;
      assert.equal(url, liveUrl(uk, title), what);
      assert.equal(encodeDestination(url, false), url, what);
      assert.equal(encodeDestination(url, true), url, what);
    }
  }
  // Most code units are letters kept as they are (the test would pass vacuously on nulls).
  assert.ok(plain > 100000, `plain: ${plain}`);
});

test('urlPathEncode: a lone surrogate becomes U+FFFD\'s escape, and the character after it is its own', () => {
  assert.equal(urlPathEncode('x\ud800ab'), 'x%EF%BF%BDab');
  assert.equal(urlPathEncode('x\ud800 b', true), 'x%EF%BF%BD_b');
  assert.equal(urlPathEncode('x\ud800?'), 'x%EF%BF%BD%3F');
  assert.equal(urlPathEncode('x\ud800'), 'x%EF%BF%BD');
  assert.equal(urlPathEncode('\ud800\ud800'), '%EF%BF%BD%EF%BF%BD');
  assert.equal(urlPathEncode('\ud800\ud83d\ude00'), '%EF%BF%BD\ud83d\ude00');
  assert.equal(urlPathEncode('a\udc00b'), 'a%EF%BF%BDb');
  assert.equal(urlPathEncode('\ud83d\ude00\udc00'), '\ud83d\ude00%EF%BF%BD');
  assert.equal(urlPathEncode('𠮷野家'), '𠮷野家');
});

test('wikiUrlEncode: ASCII as MediaWiki\'s wfUrlencode (query delimiters encoded, ;@$!*(),/~: kept), other letters readable', () => {
  assert.equal(wikiUrlEncode("AT&T x=1+2 'q'?#%"), 'AT%26T%20x%3D1%2B2%20%27q%27%3F%23%25');
  assert.equal(wikiUrlEncode('a;b@c$d!e*f(g)h,i/j~k:l-m_n.o'), 'a;b@c$d!e*f(g)h,i/j~k:l-m_n.o');
  assert.equal(wikiUrlEncode('東京 駅', true), '東京_駅');
  // What hides in a URL is encoded as urlPathEncode does it; a pair stays whole.
  assert.equal(wikiUrlEncode('a\u00a0b\u200bc😀'), 'a%C2%A0b%E2%80%8Bc😀');
  // urlPathEncode (a path) keeps what a query would read as delimiters.
  assert.equal(urlPathEncode('AT&T=1+2'), 'AT&T=1+2');
});
