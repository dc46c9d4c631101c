import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCtx, render } from './harness.js';
import { convert } from './pipeline.js';

const zh = makeCtx('zh');
const en = makeCtx('en');

test('quote → block quote with attribution', () => {
  assert.deepEqual(render('Quote', ['To be or not to be'], { author: 'Shakespeare', source: 'Hamlet' }, en), {
    kind: 'block',
    nodes: [{
      type: 'blockquote',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'To be or not to be' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '— Shakespeare, Hamlet' }] },
      ],
    }],
  });
});

test('cquote positions: 1 text, 3 author, 4 source; zh dash and comma', () => {
  assert.deepEqual(render('Cquote', ['床前明月光', '', '李白', '静夜思'], {}, zh), {
    kind: 'block',
    nodes: [{
      type: 'blockquote',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '床前明月光' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '——李白，静夜思' }] },
      ],
    }],
  });
  assert.deepEqual(render('Cquote', ['床前明月光'], {}, zh), {
    kind: 'block',
    nodes: [{ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: '床前明月光' }] }] }],
  });
});

test('blockquote, quotation, quote box; empty quote drops', () => {
  const text = (r: ReturnType<typeof render>) => JSON.stringify(r);
  assert.match(text(render('Blockquote', [], { text: 'T', sign: 'S' }, en)), /"— S"/);
  assert.match(text(render('Quotation', ['T', 'A', 'B'], {}, en)), /"— A, B"/);
  assert.match(text(render('Quote box', [], { quote: 'Q', author: 'A' }, en)), /"— A"/);
  assert.deepEqual(render('Quote', [], {}, en), { kind: 'drop' });
});

test('inline quotes use the language\'s marks', () => {
  assert.deepEqual(render('Ilq', ['何ヶ月も前'], {}, makeCtx('ja')), { kind: 'inline', nodes: [{ type: 'text', value: '「何ヶ月も前」' }] });
  assert.deepEqual(render('Inline quote', ['Yes'], {}, en), { kind: 'inline', nodes: [{ type: 'text', value: '"Yes"' }] });
});

test('jawiki {{Squote|…}} is a block quote', () => {
  assert.equal(convert('{{Squote|哲学は形而上学のほかに自然学を含んでいた}}', 'T', 'ja').markdown.trim(), '> 哲学は形而上学のほかに自然学を含んでいた');
});

test('ukwiki {{Cquotetxt|text|author|source}} (uk Лінукс): a block quote with its attribution', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  assert.equal(
    convertPage("{{Cquotetxt | 'li' is pronounced with a short [ee] sound. | Linus Torvalds | comp.os.linux newsgroup}}\n", { site: 'uk', title: 'Лінукс' }).markdown,
    "> 'li' is pronounced with a short [ee] sound.\n>\n> — Linus Torvalds, comp.os.linux newsgroup\n",
  );
});

test('ukwiki {{Цитата|текст|ширина|автор|джерело}}: the 2nd is the width, author 3rd, source 4th (uk 0007, 0121, 0369)', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const uk = (src: string) => convertPage(src + '\n', { site: 'uk', title: 'Т' }).markdown;
  assert.equal(
    uk('{{Цитата|Текст міфу.|30|Олексій Лосєв|«Діалектика міфу»}}'),
    '> Текст міфу.\n>\n> — Олексій Лосєв, «Діалектика міфу»\n',
  );
  assert.equal(uk('{{цитата|Рядок.|3=[[В. Сосюра]]}}'), '> Рядок.\n>\n> — [В. Сосюра](https://uk.wikipedia.org/wiki/В._Сосюра)\n');
  // The source keeps its footnote (uk 0007 Метр: `|4=стор. 131<ref>…</ref>`).
  assert.equal(
    uk('{{Цитата\n|1=Метр є одиницею довжини.\n|2=40\n|3=2.3 Definitions of the SI units\n|4=стор. 131<ref>BIPM, 2019.</ref>\n}}'),
    '> Метр є одиницею довжини.\n>\n> — 2.3 Definitions of the SI units, стор. 131[^1]\n\n[^1]: BIPM, 2019.\n',
  );
  assert.equal(uk('{{Цитата|Лише текст.}}'), '> Лише текст.\n');
});
