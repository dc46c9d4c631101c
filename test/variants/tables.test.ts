/**
 * The conversion tables as MediaWiki's ZhConverter assigns them: zh-mo converts with zh-hk's
 * table, zh-my and zh-sg with zh-cn's, so a thread that converts to every variant builds five
 * tables and tries, not eight.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadBlock, loadTable } from '../../src/variants/tables.js';
import { tableTrie } from '../../src/variants/converter.js';

test('zh-mo shares zh-hk table and trie; zh-my and zh-sg share zh-cn', () => {
  assert.equal(loadTable('zh-mo'), loadTable('zh-hk'));
  assert.equal(loadTable('zh-my'), loadTable('zh-cn'));
  assert.equal(loadTable('zh-sg'), loadTable('zh-cn'));
  assert.equal(tableTrie('zh-mo'), tableTrie('zh-hk'));
  assert.equal(tableTrie('zh-my'), tableTrie('zh-cn'));
  assert.equal(tableTrie('zh-sg'), tableTrie('zh-cn'));
  assert.notEqual(tableTrie('zh-tw'), tableTrie('zh-hk'));
  const distinct = new Set((['zh-hans', 'zh-hant', 'zh-cn', 'zh-hk', 'zh-mo', 'zh-my', 'zh-sg', 'zh-tw'] as const).map((v) => tableTrie(v)));
  assert.equal(distinct.size, 5);
});

test('the package blocks MO, MY and SG repeat HK and CN entry for entry (sharing changes no conversion)', () => {
  const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
  const hk = loadBlock('HK');
  const cn = loadBlock('CN');
  assert.ok(hk.size > 10_000 && cn.size > 5_000);
  assert.ok(same(loadBlock('MO'), hk));
  assert.ok(same(loadBlock('MY'), cn));
  assert.ok(same(loadBlock('SG'), cn));
});
