import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFileName, encodeFileName, linkPath, MAX_BASE_BYTES, namespaceFolder } from '../../src/mirror/filenames.js';
import { siteFor } from '../../src/site/defaults.js';

test('characters illegal on Windows, % and / are escaped reversibly', () => {
  const cases: Array<[string, string]> = [
    ['C/C++', 'C%2FC++'],
    ['Re:零', 'Re%3A零'],
    ['什么是"好"的代码?', '什么是%22好%22的代码%3F'],
    ['a*b<c>d|e\\f', 'a%2Ab%3Cc%3Ed%7Ce%5Cf'],
    ['100%', '100%25'],
    ['结尾的点.', '结尾的点%2E'],
    ['trailing. .', 'trailing%2E%20%2E'],
    ['tab\there', 'tab%09here'],
    // page-options.ts splits a targets row at U+0001 (FRAGMENT_MARK): no file name may hold it.
    ['a\u0001b', 'a%01b'],
    ['..', '%2E%2E'],
  ];
  for (const [title, name] of cases) {
    assert.equal(encodeFileName(title), name);
    assert.equal(decodeFileName(name), title);
  }
});

test('DOS device names are escaped, also with an extension', () => {
  assert.equal(encodeFileName('Aux'), '%41ux');
  assert.equal(encodeFileName('CON'), '%43ON');
  assert.equal(encodeFileName('nul.txt'), '%6Eul.txt');
  assert.equal(encodeFileName('COM1'), '%43OM1');
  assert.equal(encodeFileName('Console'), 'Console');
  assert.equal(encodeFileName('CON (游戏)'), 'CON (游戏)');
  assert.equal(decodeFileName('%41ux'), 'Aux');
});

test('NFC, CJK Extension B–G characters kept as they are', () => {
  assert.equal(encodeFileName('e\u0301'), '\u00e9');
  assert.equal(encodeFileName('𰻝𰻝面'), '𰻝𰻝面');
  assert.equal(encodeFileName('𠮷野'), '𠮷野');
});

test('names over the byte limit are cut at a character boundary and hashed', () => {
  const long = '𰻝'.repeat(100); // 400 bytes
  const name = encodeFileName(long);
  assert.ok(Buffer.byteLength(name) <= MAX_BASE_BYTES);
  assert.match(name, /^(𰻝)+~[0-9a-f]{8}$/u);
  assert.notEqual(encodeFileName('𰻝'.repeat(99) + '面'), name);
  const escapes = encodeFileName('/'.repeat(200));
  assert.match(escapes, /^(%2F)+~[0-9a-f]{8}$/);
  assert.ok(Buffer.byteLength(escapes) <= MAX_BASE_BYTES);
});

test('folders and link paths', () => {
  const zh = siteFor('zh');
  assert.equal(namespaceFolder(zh, 0), 'Page');
  assert.equal(namespaceFolder(zh, 14), 'Category');
  assert.equal(namespaceFolder(zh, 10), 'Template');
  assert.equal(namespaceFolder(zh, 3), 'User_talk');
  assert.equal(linkPath('Page/C%2FC++.md'), 'Page/C%252FC++.md');
  assert.equal(linkPath('Page/EU (曖昧さ回避).md'), 'Page/EU%20%28曖昧さ回避%29.md');
  assert.equal(linkPath('Page/𰻝𰻝面.md'), 'Page/𰻝𰻝面.md');
  // Each character's encoding is remembered after its first use: the same again, and wide spaces.
  assert.equal(linkPath('Page/A B (1) [x]#y.md'), 'Page/A%20B%20%281%29%20%5Bx%5D%23y.md');
  assert.equal(linkPath('Page/全角\u3000空白\u00a0と\u2029.md'), 'Page/全角%E3%80%80空白%C2%A0と%E2%80%A9.md');
});

test('linkPath encodes every code unit of its class as its UTF-8 bytes, first use and remembered alike', () => {
  const cls = /[%\s()<>[\]#?"'`^{}|\\\u0000-\u001f\u007f]/;
  let seen = 0;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!cls.test(ch)) continue;
    seen++;
    const hex = Buffer.from(ch, 'utf8').toString('hex').toUpperCase().replace(/(..)/g, '%$1');
    for (let round = 0; round < 2; round++) assert.equal(linkPath(`a${ch}b`), `a${hex}b`, `U+${c.toString(16)}`);
  }
  assert.equal(seen, 70);
});
