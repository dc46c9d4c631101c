import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';

const zh = (src: string) => convertPage(src, { site: 'zh', title: 'T' }).markdown;

// doBlockLevels reads `* ` at each line start whatever inline element is open, and the tree
// builder closes a `<span>` with its `<li>` (a stray `</span>` later is dropped); formatting
// elements (`<b>`, `<small>`) are reopened in the next item.
test('a raw <span> running across list items: one item per line, the span closed by each item', () => {
  assert.equal(zh('* <span>丁\n* 戊</span>\n* 己\n'), '- 丁\n- 戊\n- 己\n');
  assert.equal(zh('* <span>丁\n** 戊</span>\n'), '- 丁\n  - 戊\n');
  assert.equal(zh('# <span>丁\n# 戊</span>\n'), '1. 丁\n2. 戊\n');
  // A hidden span hides only its own item; a hidden <b> is reopened, and hides the next one too.
  assert.equal(zh('* <span style="display:none">丁\n* 戊</span>\n* 己\n'), '- 戊\n- 己\n');
  assert.equal(zh('* <small>丁\n* 戊</small>\n'), '- <small>丁</small>\n- <small>戊</small>\n');
});

test('a <span> inside {{lang}} running across list items: the same flat list', () => {
  assert.equal(zh('* {{lang|ja|丁<span>\n* 戊</span>}}\n* 己\n'), '- 丁\n- 戊\n- 己\n');
});
