import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Image } from '../../src/ast/nodes.js';
import { convertPage } from '../../src/engine/convert.js';
import { dump, ext, inl, link, parse, t } from './util.js';
import { assertLinear } from '../helpers/linear.js';

const img = (x: Partial<Image> & { file: string }): Image => ({
  type: 'image', alt: '', caption: [], link: null, format: 'inline', width: null, height: null, align: null, ...x,
});

test('every localised File namespace name', () => {
  for (const name of ['File', 'Image', '文件', '檔案', '图像', '圖像', 'file']) {
    assert.deepEqual(inl(`[[${name}:A b.jpg]]`), [img({ file: 'A b.jpg' })], name);
  }
  assert.deepEqual(inl('[[ファイル:X.png]]', 'ja'), [img({ file: 'X.png' })]);
  assert.deepEqual(inl('[[画像:X.png]]', 'ja'), [img({ file: 'X.png' })]);
});

test('options: format, sizes, alignment, alt, link, caption = last unknown', () => {
  assert.deepEqual(inl('[[File:A.jpg|thumb|200px|left|alt=替代|link=Foo|first|说明 [[甲]]]]'), [
    img({ file: 'A.jpg', format: 'thumb', width: 200, align: 'left', alt: '替代', link: 'Foo', caption: [t('说明 '), link('甲', '甲')] }),
  ]);
  assert.deepEqual(inl('[[File:A.jpg|x100px|frameless|upright=1.5]]'), [img({ file: 'A.jpg', format: 'frameless', height: 100, width: 330 })]);
  assert.deepEqual(inl('[[File:A.jpg|300x200px|frame|none|link=]]'), [img({ file: 'A.jpg', format: 'frame', width: 300, height: 200, align: 'none', link: '' })]);
  assert.deepEqual(inl('[[File:A.jpg|缩略图|右|250像素]]'), [img({ file: 'A.jpg', format: 'thumb', align: 'right', width: 250 })]);
  assert.deepEqual(inl('[[ファイル:A.jpg|サムネイル|300x300ピクセル]]', 'ja'), [img({ file: 'A.jpg', format: 'thumb', width: 300, height: 300 })]);
});

test('nested links in captions, including a caption with ]]] ', () => {
  assert.equal(dump(inl('[[File:A.jpg|thumb|a [[B|b]] and [[C]] end]] tail')), 'IMG[A.jpg thumb](" a " L[B]("b") " and " L[C]("C") " end") " tail"'.replace('(" a ', '("a '));
});

test(':File: links are links, Media: links are links', () => {
  assert.deepEqual(inl('[[:File:A.jpg|看图]]'), [link('File:A.jpg', '看图', { ns: 6 })]);
});

test('gallery', () => {
  const r = parse('<gallery>\nFile:A.jpg|甲\nB.png|\'\'乙\'\'\n\n文件:C.gif\n</gallery>');
  assert.equal(dump(r.doc), 'GALLERY(IMG[A.jpg thumb]("甲") IMG[B.png thumb](I("乙")) IMG[C.gif thumb]())');
});

test('a gallery caption="…" shows as a line above the pictures (media.txt "Gallery in nolines mode")', () => {
  const r = parse('<gallery caption="No [[Lines]]! &amp; \'\'x\'\'" mode="nolines">\nFile:A.jpg|甲\n</gallery>', { lang: 'en' });
  assert.equal(dump(r.doc), 'P("No " L[Lines]("Lines") "! & " I("x")) GALLERY(IMG[A.jpg thumb]("甲"))');
  const md = convertPage('<gallery caption="图集">\nFile:A.jpg|甲\n</gallery>', { site: 'zh', title: 'X' }).markdown;
  assert.ok(md.startsWith('图集\n\n'), md);
});

test('a file link whose caption runs over several lines (a map legend in <div> lines) stays one image', () => {
  const md = (src: string) => convertPage(src, { site: 'ja', title: 'X' }).markdown.trim();
  assert.equal(
    md('本文\n[[ファイル:Map.svg|thumb|250px|増減率\n<div style="columns: 2">\n{{Legend|#CCFFAA|0.0 - 2.5 %}}\n</div>]]\n次の段落'),
    // Each legend entry is a div on the wiki: a line of its own under the caption's words.
    '本文\n\n![増減率  0.0 - 2.5 % ](https://upload.wikimedia.org/wikipedia/commons/0/0a/Map.svg)<br />\n増減率 <br />\n0.0 - 2.5 %\n\n次の段落',
  );
});

test('a file link whose caption holds a table: the image, then the table, then the caption text after it', () => {
  const md = (src: string, site = 'uk') => convertPage(src, { site, title: 'X' }).markdown.trim();
  // MediaWiki builds the table before links, so the cell pipes never split the caption (uk 0384).
  assert.equal(
    md('Перед.\n[[Файл:Map.png|thumb|250px|Біоми|\n{| style="margin:auto"\n|-\n|width="17"|\n{{legend|#c0c0c0|[[Тундра]]}}\n|}\n]]\nПісля.'),
    'Перед.\n\n![Біоми](https://upload.wikimedia.org/wikipedia/commons/4/43/Map.png)<br />\nБіоми\n\n' +
      '<table>\n<tr>\n<td width="17"><a href="https://uk.wikipedia.org/wiki/Тундра">Тундра</a></td>\n</tr>\n</table>\n\nПісля.',
  );
  // The parser test "Image: caption containing a table": text after the table stays in place.
  assert.equal(
    md('[[Image:Foobar.jpg|thumb|200px|Caption with a table\n{|\n!Foo!!Bar\n|-\n|Foo1||Bar1\n|}\nand some more text.]] Next.', 'en'),
    '![Caption with a table](https://upload.wikimedia.org/wikipedia/commons/3/3a/Foobar.jpg)<br />\nCaption with a table\n\n' +
      '| Foo | Bar |\n| --- | --- |\n| Foo1 | Bar1 |\n\nand some more text. Next.',
  );
  // A table that does not end inside the caption is left to the line-by-line parse.
  assert.equal(md('[[Файл:Map.png|thumb|a\n{|\n|b\n]]\n|}'), '\\[\\[Файл:Map.png|thumb|a\n\n<table>\n<tr>\n<td><p>b</p><p>]]</p></td>\n</tr>\n</table>');
});

test('a gallery line written :Name (main namespace) still shows as that file, as MediaWiki does', () => {
  const r = parse("<gallery>\n:Foo bar.jpg|x\n</gallery>", { lang: 'en' });
  const g = r.doc.children[0]!;
  assert.equal(g.type === 'gallery' ? g.items.map((i) => i.file).join('|') : g.type, 'Foo bar.jpg');
});

test('an empty last option part is the caption, as MediaWiki keeps the last one: `|thumb|a|]]` shows none', () => {
  const md = (src: string): string => String(convertPage(src, { site: 'en', title: 'T' }).markdown).trim();
  assert.equal(md('[[File:X.jpg|thumb|a|]]'), '![X](https://upload.wikimedia.org/wikipedia/commons/f/fa/X.jpg)');
  assert.equal(md('[[File:X.jpg|thumb||a]]'), '![a](https://upload.wikimedia.org/wikipedia/commons/f/fa/X.jpg)<br />\na');
});

test('the first of thumb / frame / frameless wins; a later one is a caption candidate (MediaWiki makeImage)', () => {
  assert.deepEqual(inl('[[File:A.jpg|thumb|frameless|说明]]'), [img({ file: 'A.jpg', format: 'thumb', caption: [t('说明')] })]);
  assert.deepEqual(inl('[[File:A.jpg|frameless|thumb|说明]]'), [img({ file: 'A.jpg', format: 'frameless', caption: [t('说明')] })]);
  assert.deepEqual(inl('[[File:A.jpg|frame|thumbnail=B.png|说明]]'), [img({ file: 'A.jpg', format: 'frame', caption: [t('说明')] })]);
  assert.deepEqual(inl('[[File:A.jpg|thumbnail=B.png|frameless|说明]]'), [img({ file: 'A.jpg', format: 'thumb', caption: [t('说明')] })]);
  // With no caption after it, the discarded word is the caption MediaWiki shows.
  assert.deepEqual(inl('[[File:A.jpg|thumb|frame]]'), [img({ file: 'A.jpg', format: 'thumb', caption: [t('frame')] })]);
  assert.deepEqual(inl('[[File:A.jpg|缩略图|border|右]]'), [img({ file: 'A.jpg', format: 'thumb', align: 'right' })]);
});

test('a | inside -{ }- in a caption splits no option (MediaWiki makeImage, T146305)', () => {
  const md = (s: string, variant?: string) => convertPage(s, { site: 'zh', title: 'X', ...(variant ? { variant } : {}) }).markdown;
  const url = 'https://upload.wikimedia.org/wikipedia/commons/3/3a/Foobar.jpg';
  assert.equal(
    md('[[File:Foobar.jpg|thumb|-{zh-cn:blog (hk: -{zh-hans|WEBJOURNAL}-, tw: -{zh-hans|WEBLOG}-)}-]]', 'zh-cn'),
    `![blog (hk: WEBJOURNAL, tw: WEBLOG)](${url})<br />\nblog (hk: WEBJOURNAL, tw: WEBLOG)\n`,
  );
  assert.equal(md('[[File:Foobar.jpg|thumb|-{A|甲}-乙]]'), `![甲乙](${url})<br />\n甲乙\n`);
  assert.equal(dump(parse('<gallery>\nFile:A.jpg|-{zh-hans|甲}-乙\n</gallery>').doc), 'GALLERY(IMG[A.jpg thumb](V("zh-hans|甲") "乙"))');
  // An unclosed -{ runs to the end, as MediaWiki's delimiter split keeps it one piece.
  assert.equal(md('[[File:Foobar.jpg|thumb|a -{ b|c]]'), `![a -{ b|c](${url})<br />\na -{ b|c\n`);
});

test('a | inside an external link of a caption splits no option (media.txt "Images with the | character in the comment")', () => {
  assert.equal(
    dump(inl('[[File:A.jpg|thumb|An [http://test/?param1=|left|&param2=|x external] URL]]', 'en')),
    'IMG[A.jpg thumb]("An " X[labelled http://test/?param1=%7Cleft%7C&param2=%7Cx]("external") " URL")',
  );
  // Unclosed: no link, so the | splits as usual.
  assert.equal(dump(inl('[[File:A.jpg|thumb|a [http://x.org/|c]]', 'en')), 'IMG[A.jpg thumb]("c")');
});

test('linear: captions of many unclosed bracketed URLs', () => {
  assertLinear('unclosed [http in a caption', (n) => inl('[[File:A.jpg|thumb|' + '[http://x.org/|'.repeat(n) + ']]', 'en'), 2000);
});

test('a ; line inside a caption that runs over several lines is a bold term, as the wiki\'s block pass makes it (ja 0175 map legend)', () => {
  const md = convertPage('[[ファイル:Map.svg|thumb|分布図\n; 増加\n{{legend|#CCFFAA|0.0 - 2.49 %}}\n; 減少\n{{Legend|#FFAAAA|0.0 - 2.5 %}}]]', { site: 'ja', title: 'X' }).markdown;
  assert.match(md, /分布図\*\*増加\*\* ?<br \/>\n0\.0 - 2\.49 % ?<br \/>\n\*\*減少\*\* ?<br \/>\n0\.0 - 2\.5 %\n/);
  // A ; inside a line, or on a one-line caption, is text.
  assert.match(convertPage('[[File:A.svg|thumb|a; b]]', { site: 'en', title: 'X' }).markdown, /\na; b\n/);
});

test('a link= that is neither a URL nor a valid title is no option but a caption candidate (MediaWiki makeImage)', () => {
  // media.txt "Image: Invalid title as link".
  assert.deepEqual(inl('[[File:A.jpg|link=<|thumb]]', 'en'), [img({ file: 'A.jpg', format: 'thumb', caption: [t('link=<')] })]);
  assert.deepEqual(inl('[[File:A.jpg|thumb|link=a{b|c]]', 'en'), [img({ file: 'A.jpg', format: 'thumb', caption: [t('c')] })]);
  assert.deepEqual(inl('[[File:A.jpg|thumb|c|link=a{b]]', 'en'), [img({ file: 'A.jpg', format: 'thumb', caption: [t('link=a{b')] })]);
  assert.deepEqual(inl('[[File:A.jpg|link=http://a.org/x y|thumb]]', 'en'), [img({ file: 'A.jpg', format: 'thumb', caption: [t('link='), ext('http://a.org/x', 'http://a.org/x', 'bare'), t(' y')] })]);
  // Valid targets stay links: a title, a URL, nothing (no link).
  assert.deepEqual(inl('[[File:A.jpg|link=http://a.org/x|c]]', 'en'), [img({ file: 'A.jpg', link: 'http://a.org/x', caption: [t('c')] })]);
  assert.deepEqual(inl('[[File:A.jpg|link=B c|c]]', 'en'), [img({ file: 'A.jpg', link: 'B c', caption: [t('c')] })]);
  assert.deepEqual(inl('[[File:A.jpg|link=|c]]', 'en'), [img({ file: 'A.jpg', link: '', caption: [t('c')] })]);
});

test('link=[[Title]] reads the link it makes; a gallery drops a bad link= instead of showing it', () => {
  // media.txt "Percent decode titles in the link option", "Gallery with invalid title as link (T45964)".
  // The target kept is the text of that link (its label when piped), read as a title when written.
  assert.deepEqual(inl('[[File:A.jpg|link=[[B%22c]]]]', 'en'), [img({ file: 'A.jpg', link: 'B%22c' })]);
  assert.deepEqual(inl('[[File:A.jpg|link=[[B|D e]]]]', 'en'), [img({ file: 'A.jpg', link: 'D e' })]);
  const { doc } = parse('<gallery>\nFile:A.jpg|link=<\n</gallery>', { lang: 'en' });
  assert.doesNotMatch(JSON.stringify(doc), /link=/);
});

test('a video or sound file reads TimedMediaHandler\'s own options (thumbtime=, start=, end=, muted, loop), not as its caption', () => {
  assert.deepEqual(inl('[[File:V.ogv|thumbtime=1:25]]'), [img({ file: 'V.ogv' })]);
  assert.deepEqual(inl('[[File:V.webm|start=0:1.2|end=00:00:2.3|muted|loop|words]]'), [img({ file: 'V.webm', caption: [t('words')] })]);
  assert.deepEqual(inl('[[File:S.ogg|disablecontrols=ok]]'), [img({ file: 'S.ogg' })]);
  assert.deepEqual(inl('[[File:S.ogg|noicon|noplayer]]'), [img({ file: 'S.ogg' })]);
  assert.deepEqual(inl('[[File:P.jpg|noicon]]'), [img({ file: 'P.jpg', caption: [t('noicon')] })]);
  // Only a time is a time option; and a picture has no such options at all.
  assert.deepEqual(inl('[[File:V.ogv|start=soon]]'), [img({ file: 'V.ogv', caption: [t('start=soon')] })]);
  assert.deepEqual(inl('[[File:P.jpg|start=1:25]]'), [img({ file: 'P.jpg', caption: [t('start=1:25')] })]);
  assert.deepEqual(inl('[[File:P.jpg|loop]]'), [img({ file: 'P.jpg', caption: [t('loop')] })]);
});

test('a link= page is one of the page\'s links (MediaWiki addLink()s it), in a gallery too; a URL or another wiki is not', () => {
  const r = parse('[[File:A.jpg|link=Main Page]] [[File:B.jpg|link=http://x.org/]] [[File:C.jpg|link=wikt:word]] [[File:E.jpg|link=]]\n<gallery>\nF.jpg|link=Gallery page\n</gallery>', { lang: 'en' });
  assert.deepEqual(r.meta.links, ['Main Page', 'Gallery page']);
});

test('a link= written as a link records the page its text names, once; one whose text is a URL records nothing', () => {
  const r = parse('[[File:A.jpg|link=[[Other page|Shown page]]]] [[File:B.jpg|link=[[http://x.org/]]]] [[File:C.jpg|link=[[Other page]]]]', { lang: 'en' });
  assert.deepEqual(r.meta.links, ['Shown page', 'Other page']);
});

test('a template in alt= is its text (Parser::stripAltText), not the index of its marker; entities still decoded', () => {
  const md = convertPage('[[File:A.jpg|alt=x{{lang|en|y}}z|thumb|c]]\n\n[[File:B.jpg|alt=a &amp; b]]', { title: 'T', site: 'zh' }).markdown;
  assert.match(md, /^!\[xyz\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/6\/67\/A\.jpg\)/);
  assert.match(md, /!\[a & b\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/5\/56\/B\.jpg\)/);
});
