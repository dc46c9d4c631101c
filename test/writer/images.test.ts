import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { cell, doc, em, img, p, strong, t, link, table, th, ul } from './helpers/tree.js';
import { parseBack, renderMarkdownIt, renderMicromark } from './helpers/parseback.js';
import { convertPage } from '../../src/engine/convert.js';
import type { Gallery } from '../../src/ast/nodes.js';

const SRC = 'https://upload.wikimedia.org/wikipedia/commons/a/ab/Example_photo.jpg';
const thumb = img('Example photo.jpg', SRC, { format: 'thumb', caption: [t('一张'), link('./照片.md', t('照片'))] });

test('embed: a framed image stands alone with its caption under it', () => {
  const out = writeMarkdown(doc(p(t('前文'), thumb, t('后文'))));
  assert.equal(out, '前文\n\n![一张照片](https://upload.wikimedia.org/wikipedia/commons/a/ab/Example_photo.jpg)<br />\n一张[照片](./照片.md)\n\n后文\n');
  for (const s of Object.values(parseBack(out))) {
    assert.deepEqual(s.images, [SRC]);
    assert.deepEqual(s.links, ['./照片.md 照片']);
  }
});

test('embed: a framed image inside bold/italic splits it: bold before, the image with a bold caption, bold after (MediaWiki\'s tree builder; media.txt "2. Treebuilder fixup of formatting elt")', () => {
  const pic = img('F.jpg', 'https://u/F.jpg', { format: 'thumb', caption: [t('caption')] });
  assert.equal(writeMarkdown(doc(p(strong(t('foo'), pic, t('bar'))))), '**foo**\n\n![caption](https://u/F.jpg)<br />\n**caption**\n\n**bar**\n');
  // Nested: each level is split; an image without a caption gets none.
  const bare = img('A.jpg', 'https://u/A.jpg', { format: 'thumb' });
  assert.equal(writeMarkdown(doc(p(t('a '), em(t('b '), strong(t('c'), bare), t(' d'))))), 'a *b **c***\n\n![A](https://u/A.jpg)\n\n*d*\n');
  // An inline (unframed) image stays inside the bold text.
  const icon = img('I.png', 'https://u/I.png');
  assert.equal(writeMarkdown(doc(p(strong(t('x'), icon, t('y'))))), '**x![I](https://u/I.png)y**\n');
});

test('embed: inline images (icons) stay in the text; alt falls back to the file name', () => {
  const icon = img('Flag of Japan.svg', 'https://u/x.svg');
  assert.equal(writeMarkdown(doc(p(icon, t(' 日本')))), '![Flag of Japan](https://u/x.svg) 日本\n');
  const alt = img('a.png', 'https://u/a.png', { alt: 'A [b] *c*' });
  assert.equal(writeMarkdown(doc(p(alt))), '![A [b] \\*c\\*](https://u/a.png)\n');
});

test('embed: an image the page sizes below 100 px (a flag, a coat of arms) keeps its size as <img>: GitHub shows ![]() at natural size (uk 0106: 275 coats of arms filled their cells)', () => {
  const flag = img('Flag of Japan.svg', 'https://u/x.svg', { width: 20 });
  assert.equal(writeMarkdown(doc(p(flag, t(' 日本')))), '<img src="https://u/x.svg" alt="Flag of Japan" width="20" /> 日本\n');
  for (const s of Object.values(parseBack(writeMarkdown(doc(p(flag, t(' 日本'))))))) {
    assert.deepEqual(s.text.trim(), '日本');
    // The <img> survives both renderers as a picture.
    assert.deepEqual(s.images, ['https://u/x.svg']);
  }
  // Through the engine: the size, the link= target, and a pipe table left whole.
  const md = String(convertPage('{|\n!a!!b\n|-\n|x||[[Файл:Coat of Arms of Australia.svg|50px|безрамки|link=Державний герб Австралії]]\n|}', { site: 'uk', title: 'T' }).markdown);
  assert.equal(md, '| a | b |\n| --- | --- |\n| x | <a href="https://uk.wikipedia.org/wiki/Державний_герб_Австралії"><img src="https://upload.wikimedia.org/wikipedia/commons/f/f8/Coat_of_Arms_of_Australia.svg" alt="Coat of Arms of Australia" width="50" /></a> |\n');
  // A larger size keeps the Markdown form.
  assert.equal(writeMarkdown(doc(p(img('B.jpg', 'https://u/B.jpg', { width: 300 })))), '![B](https://u/B.jpg)\n');
});

test('link mode: caption (or file name) linking to the file', () => {
  const out = writeMarkdown(doc(p(thumb)), { images: 'link' });
  assert.equal(out, '[一张照片](https://upload.wikimedia.org/wikipedia/commons/a/ab/Example_photo.jpg)\n');
  assert.equal(writeMarkdown(doc(p(img('X y.png', 'https://u/X_y.png'))), { images: 'link' }), '[X y.png](https://u/X_y.png)\n');
});

test('sound, video and PDF files are links, not broken images (uk: 23 on 18 pages, e.g. the anthem recordings)', () => {
  const ogg = img('Ussrgymn.ogg', 'https://u/Ussrgymn.ogg', { format: 'thumb', caption: [t('Гімн СРСР')] });
  assert.equal(writeMarkdown(doc(p(t('Текст'), ogg))), 'Текст\n\n[Гімн СРСР](https://u/Ussrgymn.ogg)\n');
  assert.equal(writeMarkdown(doc(p(img('Гімн.pdf', 'https://u/G.pdf')))), '[Гімн.pdf](https://u/G.pdf)\n');
  // A picture stays a picture.
  assert.equal(writeMarkdown(doc(p(img('Tux.svg', 'https://u/Tux.svg')))), '![Tux](https://u/Tux.svg)\n');
});

test('drop mode: nothing', () => {
  assert.equal(writeMarkdown(doc(p(t('a'), thumb, t('b'))), { images: 'drop' }), 'ab\n');
});

test('an image without a resolved src keeps a framed caption as text', () => {
  assert.equal(writeMarkdown(doc(p(img('a.png', undefined, { format: 'thumb', caption: [t('cap')] })))), 'cap\n');
});

test('a gallery is a list of images with captions', () => {
  const g: Gallery = { type: 'gallery', items: [img('A.jpg', 'https://u/A.jpg', { caption: [t('甲')] }), img('B.jpg', 'https://u/B.jpg')] };
  const out = writeMarkdown(doc(g));
  assert.equal(out, '- ![甲](https://u/A.jpg)<br />\n  甲\n- ![B](https://u/B.jpg)\n');
  for (const s of Object.values(parseBack(out))) assert.equal(s.items, 2);
  assert.equal(writeMarkdown(doc(g), { images: 'drop' }), '');
  assert.equal(writeMarkdown(doc(g), { images: 'link' }), '- [甲](https://u/A.jpg)\n- [B.jpg](https://u/B.jpg)\n');
});

test('a sound or video file is a link to the file, not an image GitHub cannot draw (zh 歌剧魅影 1925年电影: .webm)', () => {
  const video = img('The Phantom of the Opera (1925).webm', 'https://u/P.webm', { format: 'thumb', caption: [t('全片')] });
  assert.equal(writeMarkdown(doc(p(t('前文'), video, t('后文')))), '前文\n\n[全片](https://u/P.webm)\n\n后文\n');
  assert.equal(writeMarkdown(doc(p(img('Anthem.OGG', 'https://u/Anthem.OGG')))), '[Anthem.OGG](https://u/Anthem.OGG)\n');
  // A still image stays an image.
  assert.equal(writeMarkdown(doc(p(img('Poster.ogg.jpg', 'https://u/P.jpg')))), '![Poster.ogg](https://u/P.jpg)\n');
});

test('a picture with link= links where MediaWiki links it: a page, a section, a URL; link= alone and no link= link nothing (media.txt "Image with link parameter, …"; uk coats of arms)', () => {
  const md = (wt: string, resolveLink?: (t: string) => string | null): string =>
    convertPage(wt, { site: 'en', title: 'Here', ...(resolveLink ? { resolveLink } : {}) }).markdown;
  const pic = '![Foobar](https://upload.wikimedia.org/wikipedia/commons/3/3a/Foobar.jpg)';
  assert.equal(md('[[File:Foobar.jpg|link=Main Page]]'), `[${pic}](https://en.wikipedia.org/wiki/Main_Page)\n`);
  assert.equal(md('[[File:Foobar.jpg|link=http://example.com/]]'), `[${pic}](http://example.com/)\n`);
  assert.equal(md('[[File:Foobar.jpg|link=[[Main Page]]]]'), `[${pic}](https://en.wikipedia.org/wiki/Main_Page)\n`);
  assert.equal(md('[[File:Foobar.jpg|link=]]'), `${pic}\n`);
  assert.equal(md('[[File:Foobar.jpg]]'), `${pic}\n`);
  // A section of this page is an in-page anchor; a page of the mirror its path.
  assert.equal(md('[[File:Foobar.jpg|link=Here#Some part]]\n\n== Some part ==\n'), `[${pic}](#some-part)\n\n## Some part\n`);
  assert.equal(md('[[File:Foobar.jpg|link=Main Page]]', (t) => (t === 'Main Page' ? 'Main_Page.md' : null)), `[${pic}](./Main_Page.md)\n`);
  // A framed picture: the picture is the link, its caption stays under it.
  const framed = md('a\n\n[[File:Foobar.jpg|thumb|link=Main Page|Cap [[Other]]]]');
  assert.equal(framed, 'a\n\n[![Cap Other](https://upload.wikimedia.org/wikipedia/commons/3/3a/Foobar.jpg)](https://en.wikipedia.org/wiki/Main_Page)<br />\nCap [Other](https://en.wikipedia.org/wiki/Other)\n');
  for (const html of [renderMarkdownIt(framed), renderMicromark(framed)]) {
    assert.match(html, /<a href="https:\/\/en\.wikipedia\.org\/wiki\/Main_Page"><img src="https:\/\/upload\.wikimedia\.org\/[^"]*Foobar\.jpg" alt="Cap Other"/);
  }
  // No scheme MediaWiki does not link is taken as one: `javascript:` is a page title there, and here.
  assert.equal(md('[[File:Foobar.jpg|link=javascript:alert(1)]]'), `[${pic}](https://en.wikipedia.org/wiki/Javascript:alert(1))\n`);
  // A `!` before it stays text; inside link text the picture is dropped as before.
  assert.equal(md('x![[File:Foobar.jpg|link=Main Page]]'), `x\\![${pic}](https://en.wikipedia.org/wiki/Main_Page)\n`);
  // In an HTML table cell the <img> is wrapped in the link.
  assert.match(md('{|\n|a\n|-\n|\n* [[File:Foobar.jpg|link=Main Page]]\n|}'), /<a href="https:\/\/en\.wikipedia\.org\/wiki\/Main_Page"><img src="[^"]*Foobar\.jpg" alt="Foobar" \/><\/a>/);
});

test('a link= URL on a protocol MediaWiki links but a reader should not follow (redis://) links nowhere; only mirror paths get ./', () => {
  const md = (wt: string, resolveLink?: (t: string) => string | null): string =>
    convertPage(wt, { site: 'en', title: 'Here', ...(resolveLink ? { resolveLink } : {}) }).markdown;
  const pic = '![Foobar](https://upload.wikimedia.org/wikipedia/commons/3/3a/Foobar.jpg)';
  assert.equal(md('[[File:Foobar.jpg|link=redis://host/x]]'), `${pic}\n`);
  assert.equal(md('[[File:Foobar.jpg|link=mailto:a@b.org]]'), `[${pic}](mailto:a@b.org)\n`);
  const talk = (t: string) => (t === 'Talk:Foo' ? 'Talk:Foo.md' : null);
  assert.equal(md('[[File:Foobar.jpg|link=Talk:Foo]]', talk), `[${pic}](./Talk:Foo.md)\n`);
  // In an HTML cell (a list in it) a link to that page and the picture's link= go to the same path.
  const cell = md('{|\n|a\n|-\n|\n* [[Talk:Foo]] [[File:Foobar.jpg|link=Talk:Foo]]\n* [[File:Foobar.jpg|link=redis://host/x]]\n|}', talk);
  assert.match(cell, /<a href="\.\/Talk:Foo\.md">Talk:Foo<\/a> <a href="\.\/Talk:Foo\.md"><img /);
  assert.doesNotMatch(cell, /redis/);
});

test('a footnote marker in the caption of a picture printed as a link follows the link (its definition was left without a call)', () => {
  const md = convertPage("'''x [[File:X.ogg|a ''b'' c<ref>n</ref>]] y'''\n\n<references/>", { site: 'en', title: 'Here' }).markdown;
  assert.equal(md, '**x [a *b* c](https://upload.wikimedia.org/wikipedia/commons/c/cd/X.ogg)[^1] y**\n\n[^1]: n\n');
});

test('in an HTML cell a picture printed as a link has a caption without links (no <a> inside the <a>)', () => {
  const md = convertPage("{|\n|x [[File:X.ogg|a ''b'' [[Foo]] c]] y\n|-\n|\n* z\n|}", { site: 'en', title: 'Here' }).markdown;
  assert.match(md, /<a href="https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/c\/cd\/X\.ogg">a <i>b<\/i> Foo c<\/a>/);
});

/** The `<img …/>` (and its `<a>`) in a writer's output. */
function imgTags(out: string): string[] {
  return [...out.matchAll(/(?:<a href="[^"]*">)?<img [^>]*\/>(?:<\/a>)?/g)].map((m) => m[0]);
}

test('one <img> for both writers: a pipe-table cell and an HTML-table cell print the same tag (alt without the extension, readable URLs, the link)', () => {
  const links = { href: () => '', src: () => '', imageHref: () => 'https://uk.wikipedia.org/wiki/%D0%9A%D0%B8%D1%97%D0%B2' };
  const pic = img('Герб Києва.svg', 'https://upload.wikimedia.org/wikipedia/commons/a/ab/%D0%93%D0%B5%D1%80%D0%B1.svg', { width: 30, link: 'Київ' });
  const opts = { readableUrls: true, links };
  const pipe = writeMarkdown(doc(table([[th([t('a')])], [cell([pic])]])), opts);
  assert.match(pipe, /^\| a \|\n\| --- \|\n/);
  // A list in a cell makes the table HTML.
  const htmlTable = writeMarkdown(doc(table([[th([t('a')])], [cell([ul([p(pic)])])]])), opts);
  assert.match(htmlTable, /^<table>/);
  const want = '<a href="https://uk.wikipedia.org/wiki/Київ"><img src="https://upload.wikimedia.org/wikipedia/commons/a/ab/Герб.svg" alt="Герб Києва" width="30" /></a>';
  assert.deepEqual(imgTags(pipe), [want]);
  assert.deepEqual(imgTags(htmlTable), [want]);
});

test('WxHpx is a box the picture fits in keeping its shape: one size attribute, the one that binds when the file\'s size is known, else the height (ja 0005 200x20px, ja 0007 25x20px flags)', () => {
  // Through the engine (no file sizes): the height only, in Markdown and in an HTML table alike.
  const md = String(convertPage('[[File:Flag of Switzerland.svg|23x15px]] Schweiz', { site: 'en', title: 'T' }).markdown);
  assert.match(md, /^<img src="[^"]*Flag_of_Switzerland\.svg" alt="Flag of Switzerland" height="15" \/> Schweiz\n$/);
  const inHtml = String(convertPage('{|\n|-\n|\n* [[File:Flag of Switzerland.svg|23x15px]]\n|}', { site: 'en', title: 'T' }).markdown);
  assert.match(inHtml, /<img src="[^"]*" alt="Flag of Switzerland" height="15" \/>/);
  // Width or height alone stays as given.
  assert.match(writeMarkdown(doc(p(img('A.svg', 'https://u/A.svg', { height: 20 })))), /<img [^>]* height="20" \/>/);
  // With the file's size: a wide strip in a 200x20 box is bound by its width, a square flag in 23x15 by its height.
  const sizes: Record<string, { width: number; height: number }> = { 'Strip.png': { width: 1000, height: 50 }, 'Square.svg': { width: 512, height: 512 } };
  const links = { href: () => '', src: () => '', fileSize: (i: { file: string }) => sizes[i.file] ?? null };
  assert.equal(writeMarkdown(doc(p(img('Strip.png', 'https://u/S.png', { width: 200, height: 20 }))), { links }), '<img src="https://u/S.png" alt="Strip" width="200" />\n');
  assert.equal(writeMarkdown(doc(p(img('Square.svg', 'https://u/Q.svg', { width: 23, height: 15 }))), { links }), '<img src="https://u/Q.svg" alt="Square" height="15" />\n');
});

test('icon <img> attributes are escaped: quotes, ampersands and angle brackets in alt, and in a pipe table a | as &#124; (a raw | would end the cell)', () => {
  const tricky = img('Q.svg', 'https://u/Q.svg?a=1&b=2', { width: 20, alt: 'say "hi" & <b>x</b> | y' });
  const inText = writeMarkdown(doc(p(tricky, t(' z'))));
  assert.equal(inText, '<img src="https://u/Q.svg?a=1&amp;b=2" alt="say &quot;hi&quot; &amp; &lt;b&gt;x&lt;/b&gt; | y" width="20" /> z\n');
  for (const s of Object.values(parseBack(inText))) {
    assert.deepEqual(s.images, ['https://u/Q.svg?a=1&b=2']);
    assert.equal(s.text, 'z');
    assert.deepEqual(s.strong, []);
  }
  const inPipe = writeMarkdown(doc(table([[th([t('a')]), th([t('b')])], [cell([tricky]), cell([t('c')])]])));
  assert.equal(inPipe, '| a | b |\n| --- | --- |\n| <img src="https://u/Q.svg?a=1&amp;b=2" alt="say &quot;hi&quot; &amp; &lt;b&gt;x&lt;/b&gt; &#124; y" width="20" /> | c |\n');
  for (const s of Object.values(parseBack(inPipe))) {
    // Two cells a row: the | in the alt text did not split the first.
    assert.equal(s.cells, 4);
    assert.deepEqual(s.images, ['https://u/Q.svg?a=1&b=2']);
    assert.equal(s.text, 'abc');
  }
});

test('--images link and drop treat a small picture as any other: a link to the file, or nothing', () => {
  const flag = img('Flag of Japan.svg', 'https://u/x.svg', { width: 20 });
  assert.equal(writeMarkdown(doc(p(flag, t(' 日本'))), { images: 'link' }), '[Flag of Japan.svg](https://u/x.svg) 日本\n');
  assert.equal(writeMarkdown(doc(p(flag, t(' 日本'))), { images: 'drop' }), '日本\n');
  const inHtml = writeMarkdown(doc(table([[th([t('a')])], [cell([ul([p(flag)])])]])), { images: 'link' });
  assert.match(inHtml, /<li><a href="https:\/\/u\/x\.svg">Flag of Japan\.svg<\/a><\/li>/);
  assert.doesNotMatch(inHtml, /<img/);
  assert.doesNotMatch(writeMarkdown(doc(table([[th([t('a')])], [cell([ul([p(flag)])])]])), { images: 'drop' }), /<img|x\.svg/);
});
