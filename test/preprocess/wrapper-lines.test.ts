import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';
import { splitWrapperLines } from '../../src/preprocess/wrapper-lines.js';
import type { TemplateCall } from '../../src/templates/types.js';

const zh = (src: string, variant?: string) => convertPage(src, { site: 'zh', title: 'T', ...(variant ? { variant } : {}) }).markdown;

test('{{lang}} whose text carries the next list lines: a flat list, as MediaWiki expands the call before it reads lines (香取慎吾)', () => {
  assert.equal(zh('* {{lang|ja|時間ですよ\n* マドンナ\n* 腕}}\n* [[透明]]\n'), '- 時間ですよ\n- マドンナ\n- 腕\n- [透明](https://zh.wikipedia.org/wiki/透明)\n');
  // Each line stays Japanese as written under a variant ({{lang}}'s -{…}- on every piece).
  assert.equal(zh('* {{lang|ja|汉语\n* 头发}}\n* 头发\n', 'zh-tw'), '- 汉语\n- 头发\n- 頭髮\n');
  // A deeper prefix nests under the line before it, as on the wiki.
  assert.equal(zh('* {{nowrap|A\n** B\n* C}}\n'), '- A\n  - B\n- C\n');
});

test('a wrapper opened mid-item: its list lines are items of the page\'s list, not nested under the item', () => {
  assert.equal(zh('* x{{small|\n* a\n** b}}\n'), '- x\n- <small>a</small>\n  - <small>b</small>\n');
  assert.equal(zh('{{small|\n* a\n** b}}\n'), '- <small>a</small>\n  - <small>b</small>\n');
  assert.equal(zh('甲{{color|red|A\n\n* B}}\n'), '甲A\n\n- B\n');
});

test('table lines keep the handler\'s blocks; a wrapper inside an inline argument still reads as one line', () => {
  assert.equal(zh('{{small|\n{{{!}}\n{{!}}a\n{{!}}}\n* x}}\n'), '<table>\n<tr>\n<td>a</td>\n</tr>\n</table>\n\n- x\n');
  assert.equal(zh('{{cite web|title={{lang|ja|A\n* B}}|url=http://x}}\n'), '[A * B](http://x).\n');
});

test('splitWrapperLines: one call per non-blank line, prefixes and their blanks outside; null when nothing to cut', () => {
  const call = (args: [string, string][]): TemplateCall => ({ name: 'Lang', args: new Map(args), offset: 0, lineStart: false });
  const pieces: TemplateCall[] = [];
  const add = (c: TemplateCall) => {
    pieces.push(c);
    return `<${c.args.get('2')}>`;
  };
  assert.equal(splitWrapperLines(call([['1', 'ja'], ['2', 'A\n*  B\n\n#:C\nD']]), add), '<A>\n*  <B>\n\n#:<C>\n<D>');
  assert.deepEqual(pieces.map((p) => [p.args.get('1'), p.lineStart]), [['ja', false], ['ja', false], ['ja', false], ['ja', true]]);
  assert.equal(splitWrapperLines(call([['1', 'ja'], ['2', 'A\nB']]), add), null);
  assert.equal(splitWrapperLines(call([['1', 'x\n* a'], ['2', 'A\n* B']]), add), null);
  assert.equal(splitWrapperLines(call([['2', 'A\n* B\n {| x']]), add), null);
});

test('{{lang-ja|A\\n* B}}: the language name once, before the first line; the next lines are items of their own (was B nested under A)', () => {
  assert.equal(zh('* {{lang-ja|甲\n* 乙\n** 丁}}\n* 丙\n'), '- 日语：甲\n- 乙\n  - 丁\n- 丙\n');
  // The later lines stay in their language under a variant, as {{lang}}'s do.
  assert.equal(zh('* {{lang-ja|汉语\n* 头发}}\n* 头发\n', 'zh-tw'), '- 日語：汉语\n- 头发\n- 頭髮\n');
  // One line: unchanged.
  assert.equal(zh('x {{lang-ja|甲}} y\n'), 'x 日语：甲 y\n');
});

test('display maths inside a wrapper is a block between the text before and after it, as in a <span> (was inline "$x$")', () => {
  assert.equal(zh('a {{nowrap|b <math display="block">x^2</math> c}} d\n'), 'a b\n\n$$\nx^2\n$$\n\nc d\n');
  assert.equal(zh('{{lang|en|<math display="block">y</math>}}\n'), '$$\ny\n$$\n');
  // Inline maths, or a display value MathRenderer does not read as block, stays in the line.
  assert.equal(zh('a {{nowrap|b <math>x</math> c}} d\n'), 'a b $x$ c d\n');
  assert.equal(zh('a {{nowrap|b <math display="BLOCK">x</math> c}} d\n'), 'a b $x$ c d\n');
  // With list lines too: each line cut, the maths under its item.
  assert.equal(zh('* {{lang-ja|甲<math display="block">w</math>\n* 乙}}\n'), '- 日语：甲\n\n  $$\n  w\n  $$\n- 乙\n');
});

test('display maths inside a link, an external link, an image caption, bold or an element opened in the argument stays inline: a cut would break them', () => {
  assert.equal(zh('{{nowrap|[[链接|b <math display="block">x</math> c]]}}\n'), '[b x c](https://zh.wikipedia.org/wiki/链接)\n');
  assert.equal(zh('{{nowrap|[http://example.com b <math display="block">x</math> c]}}\n'), '[b x c](http://example.com)\n');
  assert.match(zh('{{nowrap|[[File:X.png|thumb|b <math display="block">x</math> c]]}}\n'), /^!\[b x c\]\(https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/a\/a5\/X\.png\)/);
  assert.equal(zh("{{nowrap|'''b <math display=\"block\">x</math> c'''}}\n"), '**b** $x$ **c**\n');
  assert.equal(zh('{{nowrap|<span>b <math display="block">x</math> c</span>}}\n'), 'b $x$ c\n');
  // Closed before the maths: the cut stands.
  assert.equal(zh("{{nowrap|'''b''' [[甲]] <math display=\"block\">x</math> c}}\n"), '**b** [甲](https://zh.wikipedia.org/wiki/甲)\n\n$$\nx\n$$\n\nc\n');
});

test('a wrapper cut at display maths inside a link\'s label keeps the spaces beside the maths ("b x c", was "bxc")', () => {
  // MediaWiki shows "b ", the block maths and " c" all inside the link; a Markdown label holds no
  // block, so the maths is text there, as for the same label written without the wrapper.
  assert.equal(zh('[[链接|{{nowrap|b <math display="block">x</math> c}}]]\n'), '[b x c](https://zh.wikipedia.org/wiki/链接)\n');
  assert.equal(zh('[[链接|b <math display="block">x</math> c]]\n'), '[b x c](https://zh.wikipedia.org/wiki/链接)\n');
  // Line breaks and U+3000 beside the maths too (the handler trims them as it trims spaces; was "bxc").
  assert.equal(zh('[[链接|{{nowrap|b\n<math display="block">x</math>\nc}}]]\n'), '[b x c](https://zh.wikipedia.org/wiki/链接)\n');
  assert.equal(zh('[[链接|b\n<math display="block">x</math>\nc]]\n'), '[b x c](https://zh.wikipedia.org/wiki/链接)\n');
  assert.equal(zh('[[链接|{{nowrap|b　<math display="block">x</math>　c}}]]\n'), '[b　x　c](https://zh.wikipedia.org/wiki/链接)\n');
  assert.equal(zh('[[链接|b　<math display="block">x</math>　c]]\n'), '[b　x　c](https://zh.wikipedia.org/wiki/链接)\n');
  // Outside a link, as unwrapped: the U+3000 after the block starts the next paragraph.
  assert.equal(zh('{{nowrap|b　<math display="block">x</math>　c}}\n'), 'b\n\n$$\nx\n$$\n\n　c\n');
});

test('{{lang-xx}} cut at display maths names the language once, before the first piece', () => {
  assert.equal(zh('{{lang-ja|a <math display="block">x</math> b}}\n'), '日语：a\n\n$$\nx\n$$\n\nb\n');
});

test('{{lang-ja|\\n* 乙}}: a blank first line still shows the language name, then the list (Module:Lang keeps the line break and sets the list in a div after the label)', () => {
  assert.equal(zh('{{lang-ja|\n* 乙}}\n'), '日语：\n\n- 乙\n');
  assert.equal(zh('前文{{lang-ja|\n* 乙\n* 丙}}\n'), '前文日语：\n\n- 乙\n- 丙\n');
  assert.equal(zh('* {{lang-ja|\n** 乙}}\n'), '- 日语：\n  - 乙\n');
  assert.equal(convertPage('{{lang-fr|\n* a}}\n', { site: 'en', title: 'T' }).markdown, 'French:\n\n- a\n');
  // An empty text is still nothing (the module shows an error there); a wrapper without a label shows the list alone.
  assert.equal(zh('x{{lang-ja|}}y\n'), 'xy\n');
  assert.equal(zh('{{nowrap|\n* 乙}}\n'), '- 乙\n');
  // splitWrapperLines marks the blank first line's call only for a wrapper that has a `rest`.
  const marked: TemplateCall[] = [];
  const add = (c: TemplateCall) => (marked.push(c), 'M');
  const call: TemplateCall = { name: 'Lang-ja', args: new Map([['1', '\n* B']]), offset: 0, lineStart: false };
  assert.equal(splitWrapperLines(call, add, (p) => p), 'M\n* M');
  assert.deepEqual(marked.map((c) => [c.args.get('1'), c.wrapperHead ?? false]), [['', true], ['B', false]]);
  assert.equal(splitWrapperLines(call, add), '\n* M');
});

test('{{lang-xx|\\n* …|translit=…}}: the transliteration follows the list, as Module:Lang prints it after the div', () => {
  assert.equal(zh('{{lang-ja|\n* 乙\n* 丙|translit=Otsu}}\n'), '日语：\n\n- 乙\n- 丙\n\n，*Otsu*\n');
  assert.equal(zh('{{lang-ja|甲\n* 乙|Kō}}後文\n'), '日语：甲\n\n- 乙\n\n，*Kō*後文\n');
  // Without a list the call is whole and prints it after the text, as before.
  assert.equal(zh('{{lang-ja|甲|translit=Kō}}\n'), '日语：甲，*Kō*\n');
  // A blank transliteration adds nothing; a wrapper without tail keys keeps every argument on its first line.
  assert.equal(zh('{{lang-ja|\n* 乙|translit= }}\n'), '日语：\n\n- 乙\n');
  const marked: TemplateCall[] = [];
  const add = (c: TemplateCall) => (marked.push(c), 'M');
  const call: TemplateCall = { name: 'Lang-ja', args: new Map([['1', 'A\n* B'], ['translit', 'X']]), offset: 0, lineStart: false };
  assert.equal(splitWrapperLines(call, add, (p) => p, ['2', 'translit']), 'M\n* M\nM');
  assert.deepEqual(marked.map((c) => [[...c.args], c.wrapperTail ?? false]), [[[['1', 'A']], false], [[['1', 'B']], false], [[['translit', 'X']], true]]);
});
