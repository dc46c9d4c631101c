import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh');
const ja = makeCtx('ja');
const en = makeCtx('en');
const cv = (args: string[], named: Record<string, string> = {}, ctx = en) => show(inlineOf(render('convert', args, named, ctx)));

test('zh: unit names by default, symbols with abbr=on, full-width brackets', () => {
  assert.deepEqual(inlineOf(render('convert', ['10', 'km', 'mi'], {}, zh)), [{ type: 'text', value: '10公里（6.2英里）' }]);
  assert.equal(cv(['10', 'km', 'mi'], { abbr: 'on' }, zh), '10 km（6.2 mi）');
  assert.equal(cv(['339.5', 'km2'], {}, zh), '339.5平方公里（131.1平方英里）');
  assert.equal(cv(['10', 'km', 'mi'], {}, ja), '10 km（6.2 mi）');
});

test('en: name in, symbol out; default precision follows the input', () => {
  assert.equal(cv(['10', 'km', 'mi']), '10 kilometres (6.2 mi)');
  assert.equal(cv(['1', 'mi', 'km']), '1 mile (1.6 km)');
  assert.equal(cv(['100', 'ft', 'm']), '100 feet (30 m)');
  assert.equal(cv(['8848', 'm', 'ft']), '8,848 metres (29,029 ft)');
  assert.equal(cv(['10', 'km', 'mi'], { abbr: 'on' }), '10 km (6.2 mi)');
  assert.equal(cv(['10', 'km'], {}), '10 kilometres (6.2 mi)');
});

test('explicit precision, sigfig, temperatures, speeds, areas', () => {
  assert.equal(cv(['10', 'km', 'mi', '0']), '10 kilometres (6 mi)');
  assert.equal(cv(['10', 'km', 'mi', '2']), '10 kilometres (6.21 mi)');
  assert.equal(cv(['1234', 'm', 'ft'], { sigfig: '2' }), '1,234 metres (4,000 ft)');
  assert.equal(cv(['30', 'C']), '30 degrees Celsius (86°F)');
  assert.equal(cv(['30', '°C', '°F'], { abbr: 'on' }), '30°C (86°F)');
  assert.equal(cv(['100', 'km/h', 'mph'], { abbr: 'on' }), '100 km/h (62 mph)');
  assert.equal(cv(['5', 'acre', 'ha'], { abbr: 'on' }), '5 acre (2.0 ha)');
});

test('ranges share one precision', () => {
  assert.equal(cv(['10', '-', '20', 'km']), '10–20 kilometres (6.2–12.4 mi)');
  assert.equal(cv(['5', 'to', '10', 'kg', 'lb', '0']), '5 to 10 kilograms (11 to 22 lb)');
  assert.equal(cv(['10', 'to', '20', 'km', 'mi'], {}, zh), '10至20公里（6.2至12.4英里）');
});

test('combined output, several outputs, disp options', () => {
  assert.equal(cv(['1.83', 'm', 'ftin']), '1.83 metres (6 ft 0 in)');
  assert.equal(cv(['10', 'km', 'mi nmi'], { abbr: 'on' }), '10 km (6.2 mi; 5.4 nmi)');
  assert.equal(cv(['10', 'km', 'mi'], { disp: 'or' }), '10 kilometres or 6.2 mi');
  assert.equal(cv(['10', 'km', 'mi'], { disp: 'output only' }), '6.2 mi');
  assert.equal(cv(['10', 'km', 'mi'], { disp: 'flip', abbr: 'on' }), '6.2 mi (10 km)');
  assert.equal(cv(['10', 'km', 'mi'], { adj: 'on' }), '10-kilometre (6.2 mi)');
});

test('unknown units show the input; no number drops', () => {
  assert.equal(cv(['12', 'furlongs per fortnight']), '12 furlongs per fortnight');
  assert.deepEqual(render('convert', ['abc'], {}, en), { kind: 'drop' });
});
