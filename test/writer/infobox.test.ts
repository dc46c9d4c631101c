import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeMarkdown } from '../../src/writer/markdown.js';
import { br, doc, img, p, ref, refs, t, link } from './helpers/tree.js';
import { parseBack } from './helpers/parseback.js';
import type { Infobox } from '../../src/ast/nodes.js';

const box: Infobox = {
  type: 'infobox',
  name: 'Infobox person',
  title: [t('秦九韶')],
  images: [img('Qin.jpg', 'https://u/Qin.jpg', { caption: [t('画像')] })],
  rows: [
    { label: [t('出生')], value: [t('1208年'), ref('1')] },
    { label: null, value: [t('生平')], header: true },
    { label: [t('著作')], value: [link('./数书九章.md', t('数书九章')), br(), t('a|b')] },
    { label: null, value: [t('全宽')] },
  ],
};

test('an infobox is a two-column pipe table', () => {
  const out = writeMarkdown(doc(box, p(t('正文')), refs(['1', [p(t('n'))]])));
  assert.equal(out, [
    '| 秦九韶 |  |',
    '| --- | --- |',
    '| ![画像](https://u/Qin.jpg)<br />画像 |  |',
    '| 出生 | 1208年[^1] |',
    '| **生平** |  |',
    '| 著作 | [数书九章](./数书九章.md)<br />a\\|b |',
    '| 全宽 |  |',
    '',
    '正文',
    '',
    '[^1]: n',
    '',
  ].join('\n'));
  for (const s of Object.values(parseBack(out))) {
    assert.equal(s.cells, 12);
    assert.equal(s.fnRefs, 1);
    assert.deepEqual(s.links, ['./数书九章.md 数书九章']);
    assert.deepEqual(s.images, ['https://u/Qin.jpg']);
  }
});

test('an infobox without title or rows prints nothing; images follow the image mode', () => {
  assert.equal(writeMarkdown(doc({ type: 'infobox', name: 'x', title: null, images: [], rows: [] })), '');
  const out = writeMarkdown(doc(box), { images: 'drop' });
  assert.equal(out.includes('Qin.jpg'), false);
});
