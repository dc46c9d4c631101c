import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeDestination, readableUrl } from '../../src/writer/destination.js';
import { escapeText, footnoteLabel, F_LABEL, F_LINE, F_TABLE } from '../../src/writer/escape.js';

const flow = (s: string, lineStart = true): string => escapeText(s, 0, lineStart).text;

test('ordinary CJK and punctuation pass through untouched', () => {
  const zh = '数学是研究数量、结构、变化以及空间等概念的一门学科（英语：mathematics）。《数书九章》——秦九韶，1247年！';
  assert.equal(flow(zh), zh);
  assert.equal(flow('Hello, world. (It works!) 50% "quoted" {braces} a+b=c 3-2'), 'Hello, world. (It works!) 50% "quoted" {braces} a+b=c 3-2');
});

test('emphasis characters: * unless spaces surround it, _ only outside words', () => {
  assert.equal(flow('a*b*c'), 'a\\*b\\*c');
  // Spaces or tabs on both sides: neither left- nor right-flanking, so it opens or closes nothing.
  assert.equal(flow('S * S and 2 *\t3'), 'S * S and 2 *\t3');
  assert.equal(flow('a *b * c* d'), 'a \\*b * c* d');
  // At the edges of the text the neighbour is unknown (another node may follow): escaped.
  assert.equal(flow('a *', false), 'a \\*');
  assert.equal(flow('* a', false), '\\* a');
  // First on a line once the leading spaces are dropped: a list item or a rule, so escaped.
  assert.equal(flow(' * a'), '\\* a');
  assert.equal(flow('x\n  *  a', false), 'x\n\\*  a');
  assert.equal(flow(' * * *'), '\\* * \\*');
  assert.equal(flow('snake_case_name'), 'snake_case_name');
  assert.equal(flow('_lead and trail_'), '\\_lead and trail\\_');
  assert.equal(flow('a _b_ c'), 'a \\_b\\_ c');
  assert.equal(flow('中_文'), '中_文');
  assert.equal(flow('(_x_)'), '(\\_x\\_)');
});

test('brackets, backticks, backslashes', () => {
  assert.equal(flow('[1] and [^a]'), '[1] and \\[^a]');
  assert.equal(flow('访问于 [2011-11-20]. 原始'), '访问于 [2011-11-20]. 原始');
  assert.equal(flow('x [a](b) [c][d] [e]: f [g]'), 'x \\[a](b) [c][d] [e]: f [g]');
  assert.equal(flow('x ![a] y [a[b]] c'), 'x !\\[a] y \\[a[b]] c');
  assert.equal(flow('a\n[ ] task'), 'a\n\\[ ] task');
  assert.equal(escapeText('a]b', F_LABEL, false).text, 'a\\]b');
  assert.equal(flow('use `code`'), 'use \\`code\\`');
  assert.equal(flow('C:\\Users'), 'C:\\Users');
  assert.equal(flow('a\\*b'), 'a\\\\\\*b');
  assert.equal(flow('end\\'), 'end\\\\');
  assert.equal(flow('a \\ b'), 'a \\\\ b');
});

test('< only where a tag, comment or autolink could start; & only before entities', () => {
  assert.equal(flow('a < b > c'), 'a < b > c');
  assert.equal(flow('x<script>'), 'x\\<script>');
  assert.equal(flow('<!-- c -->'), '\\<!-- c -->');
  assert.equal(flow('</b>'), '\\</b>');
  assert.equal(flow('<http://x.y>'), '\\<http://x.y>');
  assert.equal(flow('AT&T & co'), 'AT&T & co');
  assert.equal(flow('&amp; &#123; &#x1F; &copy;'), '\\&amp; \\&#123; \\&#x1F; \\&copy;');
});

test('tildes strike through unless surrounded by spaces', () => {
  assert.equal(flow('1~2'), '1\\~2');
  assert.equal(flow('a ~ b'), 'a ~ b');
  assert.equal(flow('~~x~~'), '\\~\\~x\\~\\~');
});

test('dollars that could open maths', () => {
  assert.equal(flow('$5 and US$100'), '\\$5 and US\\$100');
  assert.equal(flow('costs 5 $ or 6'), 'costs 5 $ or 6');
  // A $ before a space is escaped when another $ follows: remark-math would open maths there.
  assert.equal(flow('costs 5 $ or $ 6'), 'costs 5 \\$ or $ 6');
  assert.equal(flow('「$ $」'), '「\\$ \\$」');
});

test('pipes only in tables', () => {
  assert.equal(flow('a|b'), 'a|b');
  assert.equal(escapeText('a|b', F_LINE | F_TABLE, false).text, 'a\\|b');
});

test('line starts: headings, quotes, lists, rules, fences, setext and table rows', () => {
  assert.equal(flow('# x'), '\\# x');
  assert.equal(flow('#hashtag'), '#hashtag');
  assert.equal(flow('####### seven'), '####### seven');
  assert.equal(flow('> q'), '\\> q');
  assert.equal(flow('- a'), '\\- a');
  assert.equal(flow('-a'), '-a');
  assert.equal(flow('+ a'), '\\+ a');
  assert.equal(flow('1. a'), '1\\. a');
  assert.equal(flow('2) a'), '2\\) a');
  assert.equal(flow('1.5 m'), '1.5 m');
  assert.equal(flow('2024年'), '2024年');
  assert.equal(flow('---'), '\\---');
  assert.equal(flow('==='), '\\===');
  assert.equal(flow('|-|-|'), '\\|-|-|');
  assert.equal(flow(':--|--:'), '\\:--|--:');
  assert.equal(flow('~~~ fence'), '\\~\\~\\~ fence');
  assert.equal(flow('a\n# b\n> c'), 'a\n\\# b\n\\> c');
  assert.equal(flow('# x', false), '# x');
});

test('leading spaces, trailing spaces and blank lines are dropped in flowing text', () => {
  assert.equal(flow('    indented'), 'indented');
  assert.equal(flow('a  \nb'), 'a\nb');
  assert.equal(flow('a\n\n\nb'), 'a\nb');
  assert.equal(flow('a\r\nb\rc'), 'a\nb\nc');
  assert.equal(escapeText('a\nb', F_LINE, false).text, 'a b');
  assert.deepEqual(escapeText('a\n', 0, false), { text: 'a\n', lineStart: true });
});

test('destinations: spaces, angle brackets, backslashes, unbalanced parentheses', () => {
  assert.equal(encodeDestination('https://zh.wikipedia.org/wiki/数学'), 'https://zh.wikipedia.org/wiki/数学');
  assert.equal(encodeDestination('./A (B).md'), './A%20(B).md');
  assert.equal(encodeDestination('./A_(B.md'), './A_%28B.md');
  assert.equal(encodeDestination('x<y>\\z|w'), 'x%3Cy%3E%5Cz%7Cw');
  assert.equal(encodeDestination('a?b=1&amp=2&c;'), 'a?b=1&amp=2&amp;c;');
});

test('footnote labels never hold whitespace or brackets', () => {
  assert.equal(footnoteLabel('note 1'), 'note_1');
  assert.equal(footnoteLabel('a]b[c^d|e'), 'a_b_c_d_e');
  assert.equal(footnoteLabel(''), '_');
  assert.equal(footnoteLabel('注释1'), '注释1');
});

test('percent-escaped non-ASCII characters become readable; ASCII escapes and invisible characters stay', () => {
  assert.equal(readableUrl('https://zh.wikipedia.org/wiki/%E6%95%B0%E5%AD%A6#%E5%8E%86%E5%8F%B2'), 'https://zh.wikipedia.org/wiki/数学#历史');
  assert.equal(readableUrl('https://uk.wikipedia.org/wiki/%D0%93%D0%B5%D0%BE'), 'https://uk.wikipedia.org/wiki/Гео');
  assert.equal(readableUrl('a%20b%28c%29%2F%3F%25'), 'a%20b%28c%29%2F%3F%25');
  assert.equal(readableUrl('x%E3%80%80y%E2%80%8Bz%C2%A0w'), 'x%E3%80%80y%E2%80%8Bz%C2%A0w');
  assert.equal(readableUrl('bad%E6%95x%C3%28%F0%9F%98%80'), 'bad%E6%95x%C3%28😀');
  assert.equal(readableUrl('%e6%95%b0'), '数');
  assert.equal(encodeDestination('https://w/wiki/%E6%95%B0 (x)', true), 'https://w/wiki/数%20(x)');
  assert.equal(encodeDestination('https://w/wiki/%E6%95%B0 (x)'), 'https://w/wiki/%E6%95%B0%20(x)');
});
