import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh');
const c = (args: string[], named: Record<string, string> = {}) => show(inlineOf(render('Coord', args, named, zh)));

test('degrees/minutes/seconds with hemispheres', () => {
  assert.deepEqual(inlineOf(render('coord', ['39', '54', 'N', '116', '23', 'E'], {}, zh)), [{ type: 'text', value: '39°54′N 116°23′E' }]);
  assert.equal(c(['35', '39', '29.1', 'N', '139', '44', '28.8', 'E']), '35°39′29.1″N 139°44′28.8″E');
  assert.equal(c(['33', 'S', '151', 'E']), '33°S 151°E');
});

test('decimal coordinates, signs, format=dms/dec, GeoHack parameters ignored', () => {
  assert.equal(c(['39.9', '116.4']), '39.9°N 116.4°E');
  assert.equal(c(['-33.86', '-151.2']), '33.86°S 151.2°W');
  assert.equal(c(['29.626964', 'N', '106.433771', 'E', 'type:railwaystation_region:CN'], { format: 'dms', display: 'inline' }), '29°37′37″N 106°26′02″E');
  assert.equal(c(['39', '54', 'N', '116', '24', 'E'], { format: 'dec' }), '39.9°N 116.4°E');
  assert.equal(show(inlineOf(render('ウィキ座標度分秒', ['35', '41', '22', 'N', '139', '41', '30', 'E'], {}, makeCtx('ja')))), '35°41′22″N 139°41′30″E');
});

test('nonsense drops', () => {
  assert.deepEqual(render('coord', ['abc'], {}, zh), { kind: 'drop' });
  assert.deepEqual(render('coord', [], {}, zh), { kind: 'drop' });
});
