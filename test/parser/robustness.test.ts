import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from './util.js';
import { sharedDir } from '../helpers/shared-dir.js';
import { mulberry32 } from '../helpers/rng.js';

const rng = mulberry32;

const PIECES = [
  '{{', '}}', '{{{', '}}}', '[[', ']]', '[', ']', "''", "'''", "'''''", '|', '||', '!!', '{|', '|}', '|-', '|+', '\n', '\n\n',
  '*', '#', ':', ';', ' ', '=', '==', '----', '<ref>', '</ref>', '<ref name=a/>', '<references/>', '<div>', '</div>',
  '<span style="x">', '</span>', '<b>', '</i>', '<br>', '<!--', '-->', '-{', '}-', '&amp;', '&#x4e2d;', '&', '<nowiki>',
  '</nowiki>', '<pre>', '</pre>', 'http://a.org/x', '[http://b.org y]', '__TOC__', 'ISBN 0-306-40615-2', '\x7f', '\x7f1\x7f',
  'File:', 'Category:', 'en:', 'text', '中文', 'Україна', '<math>x</math>', '<gallery>', '</gallery>', '<poem>', '<table>', '<tr>',
  '<td>', '<blockquote>', '<center>', '<h2>', '</h2>', '#REDIRECT', '<syntaxhighlight lang=c>', '</syntaxhighlight>', '<script>',
];

function randomDoc(r: () => number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

function mangle(r: () => number, src: string): string {
  const lines = src.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const x = r();
    if (x < 0.05) continue; // drop a line
    if (x < 0.1) {
      out.push(line.slice(0, Math.floor(r() * line.length))); // cut a line
      continue;
    }
    if (x < 0.13) out.push(PIECES[Math.floor(r() * PIECES.length)]!); // insert junk
    out.push(line);
  }
  if (r() < 0.5) out.splice(Math.floor(r() * out.length), 0, ...out.splice(Math.floor(r() * out.length), 5)); // move lines
  return out.join('\n');
}

function check(src: string, lang: string, label: string): void {
  const t0 = process.cpuUsage();
  const res = parse(src, { lang });
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  assert.equal(res.doc.type, 'document', label);
  assert.deepEqual(res.warnings.filter((w) => w.code === 'internal-error'), [], label);
  // Bounded CPU time per byte (CPU, not wall clock: other jobs on a shared machine must not fail
  // this): generous for GC pauses, yet a quadratic blow-up on the 20–120 kB pathological inputs
  // would take far longer.
  assert.ok(ms < 1500 + src.length / 10, `${label}: ${ms.toFixed(0)} ms for ${src.length} chars`);
}

test('random wikitext: no exception, no internal error, bounded time', () => {
  const r = rng(12345);
  for (let k = 0; k < 150; k++) check(randomDoc(r, 400), k % 3 === 0 ? 'en' : 'zh', `random #${k}`);
});

test('mangled real pages: no exception, no internal error, bounded time', (t) => {
  const shared = sharedDir('corpus');
  if (!shared) {
    t.skip('shared data not found');
    return;
  }
  const dir = join(shared, 'corpus/zhwiki/pages');
  const r = rng(777);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.wikitext')).slice(0, 20)) {
    const src = readFileSync(join(dir, f), 'utf8');
    check(mangle(r, src), 'zh', `mangled ${f}`);
  }
});

test('pathological inputs stay linear', () => {
  const cases: Array<[string, string]> = [
    ['unclosed braces', '{{'.repeat(10000)],
    ['unclosed templates with pipes', '{{a|'.repeat(10000)],
    ['apostrophes', "'".repeat(100000)],
    ['list nesting', '*#:;'.repeat(5000) + 'x\n'],
    ['table rows', '{|\n' + '|-\n|a||b||c\n'.repeat(10000) + '|}'],
    ['nested tables', '{|\n|\n'.repeat(3000)],
    ['unclosed tags', '<span>'.repeat(10000) + '<div>'.repeat(10000)],
    ['unclosed comments and refs', '<ref>'.repeat(5000) + '<!--'.repeat(5000)],
    ['brackets', '[['.repeat(10000) + ']]'.repeat(5000) + '['.repeat(10000)],
    ['variants', '-{'.repeat(10000) + '}-'.repeat(5000)],
    ['external links', '[http://a.org '.repeat(5000)],
    ['headings', '==a\n'.repeat(10000)],
  ];
  for (const [label, src] of cases) check(src, 'zh', label);
});

test('marker characters in the input cannot forge markers', () => {
  const res = parse('a\x7f0\x7fb\x7fc', { lang: 'zh' });
  assert.equal(res.doc.children.length, 1);
});

test('the inline scanner stops at exactly the characters that have a rule', async () => {
  const { RULES, TRIGGERS } = await import('../../src/parser/rules.js');
  for (let c = 0; c < 128; c++) {
    assert.equal(TRIGGERS.test(String.fromCharCode(c)), RULES[c] !== undefined, `character ${c}`);
  }
  for (const c of [0xa0, 0x3000, 0x4e2d, 0xff3b]) assert.equal(TRIGGERS.test(String.fromCharCode(c)), false);
});
