import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineOf, makeCtx, render, show } from './harness.js';

// "Today" is fixed at 2025-06-01 by the harness.
const zh = makeCtx('zh');
const ja = makeCtx('ja');
const en = makeCtx('en');
const uk = makeCtx('uk');

test('birth/death/start dates in the page language', () => {
  assert.deepEqual(inlineOf(render('Birth date', ['1873', '8', '26'], { mf: 'y' }, zh)), [{ type: 'text', value: '1873年8月26日' }]);
  assert.equal(show(inlineOf(render('Birth date', ['1873', '8', '26'], { mf: 'y' }, en))), 'August 26, 1873');
  assert.equal(show(inlineOf(render('Birth date', ['1873', '8', '26'], { df: 'y' }, en))), '26 August 1873');
  assert.equal(show(inlineOf(render('Death date', ['1961', '6', '30'], {}, uk))), '30 червня 1961');
  assert.equal(show(inlineOf(render('Start date', ['1974', '03', '26'], {}, zh))), '1974年3月26日');
  assert.equal(show(inlineOf(render('Start date', ['1999', '04'], {}, zh))), '1999年4月');
  assert.equal(show(inlineOf(render('Dts', ['2001-09-11'], {}, zh))), '2001年9月11日');
  assert.equal(show(inlineOf(render('Film date', ['1925', '11', '15', '纽约'], {}, zh))), '1925年11月15日（纽约）');
});

test('ages: birth date and age, death date and age', () => {
  assert.equal(show(inlineOf(render('Birth date and age', ['1990', '5', '3'], {}, zh))), '1990年5月3日（35岁）');
  assert.equal(show(inlineOf(render('Birth date and age', ['1990', '6', '2'], {}, zh))), '1990年6月2日（34岁）');
  assert.equal(show(inlineOf(render('Birth date and age', ['1990', '5', '3'], {}, en))), 'May 3, 1990 (age 35)');
  assert.equal(show(inlineOf(render('生年月日と年齢', ['1990', '5', '3'], {}, ja))), '1990年5月3日（35歳）');
  assert.equal(show(inlineOf(render('Death date and age', ['1961', '6', '30', '1873', '8', '26'], {}, zh))), '1961年6月30日（87岁）');
  assert.equal(show(inlineOf(render('death date and age', ['1961', '6', '30', '1873', '8', '26'], { mf: 'y' }, en))), 'June 30, 1961 (aged 87)');
  assert.equal(show(inlineOf(render('Age', ['1873', '8', '26', '1961', '6', '30'], {}, zh))), '87');
});

test('zh bd: life span', () => {
  assert.equal(show(inlineOf(render('bd', ['1873年', '8月26日', '1961年', '7月30日'], { catIdx: 'De Forest, Lee' }, zh))), '1873年8月26日—1961年7月30日');
  assert.equal(show(inlineOf(render('bd', ['1990年', '5月3日', '', ''], {}, zh))), '1990年5月3日');
});

test('marriage', () => {
  assert.equal(show(inlineOf(render('Marriage', ['Lucille Sheardown', '1906'], {}, zh))), 'Lucille Sheardown（1906年结婚）');
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], {}, zh))), 'Nora（1907年结婚—1911年）');
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], {}, en))), 'Nora (m. 1907–1911)');
});

test('unreadable dates show what was written', () => {
  assert.equal(show(inlineOf(render('Birth date', ['约1500年'], {}, zh))), '约1500年');
  assert.deepEqual(render('Birth date', [], {}, zh), { kind: 'drop' });
});

test('uk date templates: Дата (y|m|d), ДН/ДС (d|m|y)', () => {
  assert.equal(show(inlineOf(render('Дата', ['1989', '4', '24'], {}, uk))), '24 квітня 1989');
  assert.equal(show(inlineOf(render('ДН', ['14', '3', '1854', '2'], {}, uk))), '14 березня 1854');
});
