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
