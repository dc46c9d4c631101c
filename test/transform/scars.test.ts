import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, Document, Inline } from '../../src/ast/nodes.js';
import { plainText } from '../../src/ast/nodes.js';
import { removeScars, repairSeam } from '../../src/transform/scars.js';
import { sharedDir } from '../templates/harness.js';

const D = (name = 'x'): Inline => ({ type: 'dropped', name });
const T = (value: string): Inline => ({ type: 'text', value });
const doc = (...children: Block[]): Document => ({ type: 'document', children });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

/** Remove scars from one paragraph and return its children. */
function fix(...children: Inline[]): Inline[] {
  const d = doc(para(...children));
  removeScars(d);
  return d.children.length ? (d.children[0] as { children: Inline[] }).children : [];
}

test('the WSL case: （{{lang-en|…}}，简称WSL） → （简称WSL）', () => {
  const strong: Inline = { type: 'strong', children: [T('WSL')] };
  assert.deepEqual(fix(strong, T('（'), D('Lang-en'), T('，简称WSL）是一个兼容层')), [strong, T('（简称WSL）是一个兼容层')]);
});

test('empty brackets disappear, full-width and ASCII, with or without spaces', () => {
  assert.deepEqual(fix(T('李·德富雷斯特（'), D(), T('）是')), [T('李·德富雷斯特是')]);
  assert.deepEqual(fix(T('Lee ('), D(), T(') was')), [T('Lee was')]);
  assert.deepEqual(fix(T('Lee ( '), D(), T(' ) was')), [T('Lee was')]);
  assert.deepEqual(fix(T('甲（ '), D(), T(' ）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('甲（'), D(), D(), T('）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('甲（'), D(), T('、'), D(), T('）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('「'), D(), T('」とは')), [T('とは')]);
});

test('a separator after an opening bracket or before a closing one goes', () => {
  assert.deepEqual(fix(T('X ('), D(), T(', also Y)')), [T('X (also Y)')]);
  assert.deepEqual(fix(T('（简称WSL，'), D(), T('）')), [T('（简称WSL）')]);
  assert.deepEqual(fix(T('（'), D(), T('；又称Y）')), [T('（又称Y）')]);
  assert.deepEqual(fix(T('（'), D(), T('：Y）')), [T('（Y）')]);
});

test('doubled separators collapse; a separator before the sentence end goes', () => {
  assert.deepEqual(fix(T('甲，'), D(), T('，乙')), [T('甲，乙')]);
  assert.deepEqual(fix(T('a, '), D(), T(', b')), [T('a, b')]);
  assert.deepEqual(fix(T('英语：'), D(), T('，简称')), [T('英语，简称')]);
  assert.deepEqual(fix(T('甲，'), D(), T('。')), [T('甲。')]);
});

test('separators at the start or end of a run', () => {
  assert.deepEqual(fix(D(), T('，开头')), [T('开头')]);
  assert.deepEqual(fix(T('结尾，'), D()), [T('结尾')]);
  assert.deepEqual(fix(D(), T(' Foo')), [T('Foo')]);
});

test('spaces: none before CJK or closing punctuation, one between words', () => {
  assert.deepEqual(fix(T('A '), D(), T('。')), [T('A。')]);
  assert.deepEqual(fix(T('word '), D(), T('.')), [T('word.')]);
  assert.deepEqual(fix(T('A '), D(), T(' B')), [T('A B')]);
  assert.deepEqual(fix(T('中文'), D(), T('中文')), [T('中文中文')]);
});

test('only the seam changes: the author\'s own punctuation elsewhere stays', () => {
  assert.deepEqual(fix(T('（）正文，，'), D(), T('后（ ）')), [T('（）正文，，后（ ）')]);
  assert.deepEqual(fix(T('（'), D(), T('，'), { type: 'wikiLink', title: 'Y', ns: 0, fragment: null, interwiki: null, children: [T('Y')] }, T('）')), [
    T('（'),
    { type: 'wikiLink', title: 'Y', ns: 0, fragment: null, interwiki: null, children: [T('Y')] },
    T('）'),
  ]);
});

test('wrappers emptied by a drop go, and their seam is repaired', () => {
  assert.deepEqual(fix(T('甲（'), { type: 'strong', children: [D()] }, T('）乙')), [T('甲乙')]);
  assert.deepEqual(fix(T('甲'), { type: 'emphasis', children: [T('乙（'), D(), T('）')] }), [T('甲'), { type: 'emphasis', children: [T('乙')] }]);
});

test('paragraphs left empty are removed; drops inside tables, infoboxes and footnotes are handled', () => {
  const d = doc(para(T('正文')), para(D('Navbox')), para(T(' '), D('Stub')));
  removeScars(d);
  assert.deepEqual(d, doc(para(T('正文'))));
  const ref: Inline = { type: 'footnoteRef', group: '', name: null, children: [para(T('书名（'), D(), T('）。'))] };
  const cellDoc = doc(
    { type: 'table', attrs: {}, caption: null, rows: [{ type: 'tableRow', attrs: {}, cells: [{ type: 'tableCell', header: false, rowspan: 1, colspan: 1, align: null, attrs: {}, children: [para(T('甲（'), D(), T('）'), ref)] }] }] },
    { type: 'infobox', name: 'Infobox', title: [T('X')], images: [], rows: [{ label: [T('名')], value: [D(), T('，值')] }] },
  );
  removeScars(cellDoc);
  assert.equal(JSON.stringify(cellDoc).includes('dropped'), false);
  assert.equal(plainText([(cellDoc.children[0] as { rows: Array<{ cells: Array<{ children: Block[] }> }> }).rows[0]!.cells[0]!.children[0]!]), '甲');
  assert.deepEqual((ref as { children: Block[] }).children, [para(T('书名。'))]);
  assert.deepEqual((cellDoc.children[1] as { rows: Array<{ value: Inline[] }> }).rows[0]!.value, [T('值')]);
});

test('repairSeam is pure and leaves ordinary joins alone', () => {
  assert.deepEqual(repairSeam('甲', '乙', 'text', 'text'), ['甲', '乙']);
  assert.deepEqual(repairSeam('甲（', '）', 'text', 'boundary'), ['甲', '']);
});

// ───────────── real lead sentences ─────────────

const SCARS = [/[（(][\s，,、;；:：]*[)）]/g, /[（(]\s*[，,、;；]/g];
const count = (s: string) => SCARS.reduce((n, r) => n + (s.match(r) ?? []).length, 0);

/** Split wikitext into text and top-level `{{…}}` (as dropped nodes): the worst case, every template unknown. */
function splitTemplates(s: string): Inline[] {
  const out: Inline[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{' && s[i + 1] === '{') {
      if (depth === 0 && i > start) out.push(T(s.slice(start, i)));
      depth++;
      i++;
    } else if (depth > 0 && s[i] === '}' && s[i + 1] === '}') {
      depth--;
      i++;
      if (depth === 0) {
        out.push(D());
        start = i + 1;
      }
    }
  }
  if (depth === 0 && start < s.length) out.push(T(s.slice(start)));
  return out;
}

function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
  return j === small.length;
}

const shared = sharedDir();

test('real zh lead sentences: no scars where templates stood, nothing else rewritten', (t) => {
  if (!shared) return t.skip('shared data not found');
  const pagesDir = join(shared, 'corpus', 'zhwiki', 'pages');
  let leads = 0;
  let seamsRepaired = 0;
  for (const f of readdirSync(pagesDir).filter((x) => x.endsWith('.wikitext'))) {
    const src = readFileSync(join(pagesDir, f), 'utf8');
    // The lead: the first line that starts with bold text (templates may precede the bold word).
    const line = src.split('\n').find((l) => /^(\{\{[^{}]*\}\})*'''/.test(l) || l.startsWith("'''"));
    if (!line) continue;
    leads++;
    const nodes = splitTemplates(line);
    const naive = nodes.map((n) => (n.type === 'text' ? n.value : '')).join('');
    const d = doc(para(...nodes));
    removeScars(d);
    const out = d.children.length ? plainText(d.children) : '';
    assert.ok(count(out) <= count(naive.replace(/（）|\(\)/g, '')) || count(out) === 0, `${f}: scars left in ${out.slice(0, 120)}`);
    assert.ok(count(out) <= count(naive), `${f}: scars added`);
    assert.ok(isSubsequence(out, naive), `${f}: only deletions happen`);
    // What was deleted is punctuation and spaces only.
    let j = 0;
    for (const ch of naive) {
      if (out[j] === ch) j++;
      else assert.match(ch, /[\s（）()，,、;；:：。「」『』【】]/u, `${f}: deleted ${ch}`);
    }
    if (out !== naive) seamsRepaired++;
  }
  assert.ok(leads >= 25, `found ${leads} leads`);
  t.diagnostic(`${leads} lead sentences, ${seamsRepaired} needed repairs`);
});
