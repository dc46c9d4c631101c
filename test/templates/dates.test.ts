import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
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
  // A fourth argument ("no", "died") leaves the age out.
  assert.equal(show(inlineOf(render('生年月日と年齢', ['1935', '1', '8', 'died'], {}, ja))), '1935年1月8日');
  assert.equal(show(inlineOf(render('生年月日と年齢', ['1632', '11', '24', 'no'], {}, ja))), '1632年11月24日');
  assert.equal(show(inlineOf(render('Death date and age', ['1961', '6', '30', '1873', '8', '26'], {}, zh))), '1961年6月30日（87岁）');
  assert.equal(show(inlineOf(render('death date and age', ['1961', '6', '30', '1873', '8', '26'], { mf: 'y' }, en))), 'June 30, 1961 (aged 87)');
  assert.equal(show(inlineOf(render('Age', ['1873', '8', '26', '1961', '6', '30'], {}, zh))), '87');
});

test('zh bd: life span', () => {
  assert.equal(show(inlineOf(render('bd', ['1873年', '8月26日', '1961年', '7月30日'], { catIdx: 'De Forest, Lee' }, zh))), '1873年8月26日—1961年7月30日');
  // zh writes the living as "（1980年6月2日—）": the dash stays without a death date.
  assert.equal(show(inlineOf(render('bd', ['1990年', '5月3日', '', ''], {}, zh))), '1990年5月3日—');
  assert.equal(show(inlineOf(render('bd', ['1786年', '', '1865年', '', '', 'Utagawa Kunisada'], {}, zh))), '1786年—1865年');
  assert.equal(show(inlineOf(render('bd', ['', '约1957年', '1989年', '3月'], {}, zh))), '约1957年—1989年3月');
});

test('marriage', () => {
  assert.equal(show(inlineOf(render('Marriage', ['Lucille Sheardown', '1906'], {}, zh))), 'Lucille Sheardown（1906年结婚）');
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], {}, zh))), 'Nora（1907年结婚—1911年）');
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], {}, en))), 'Nora (m. 1907–1911)');
  // end= says how it ended.
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], { end: 'div' }, zh))), 'Nora（1907年结婚—1911年离婚）');
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], { end: 'div.' }, en))), 'Nora (m. 1907; div. 1911)');
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], { end: 'died' }, en))), 'Nora (m. 1907; died 1911)');
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907', '1911'], { end: '離婚' }, ja))), 'Nora（1907年結婚—1911年離婚）');
  // An end word without an end date says nothing.
  assert.equal(show(inlineOf(render('Marriage', ['Nora', '1907'], { end: 'div' }, en))), 'Nora (m. 1907)');
});

test('unreadable dates show what was written', () => {
  assert.equal(show(inlineOf(render('Birth date', ['约1500年'], {}, zh))), '约1500年');
  assert.deepEqual(render('Birth date', [], {}, zh), { kind: 'drop' });
});

test('uk date templates: Дата (y|m|d), ДН/ДС (d|m|y)', () => {
  assert.equal(show(inlineOf(render('Дата', ['1989', '4', '24'], {}, uk))), '24 квітня 1989');
  assert.equal(show(inlineOf(render('ДН', ['14', '3', '1854'], {}, uk))), '14 березня 1854');
  // The Julian date first, the Gregorian in brackets (uk 0099 Шевченко lost the Old Style date).
  assert.equal(show(inlineOf(render('ДН', ['14', '3', '1854', '2'], {}, uk))), '2 (14) березня 1854');
  assert.equal(show(inlineOf(render('ДН', ['9', '3', '1814', '25', '2'], {}, uk))), '25 лютого (9 березня) 1814');
  assert.equal(show(inlineOf(render('ДС', ['8', '1', '1901', '26', '12', '1900'], {}, uk))), '26 грудня 1900 (8 січня 1901)');
});

test('ages count to the context clock (reproducible), to the wall clock only when none is given', () => {
  const at = (iso: string) => makeCtx('zh', '测试', new Date(iso));
  const calls: Array<[string, string[]]> = [
    ['Birth date and age', ['1990', '5', '3']],
    ['Birth year and age', ['1990']],
    ['Age', ['1990', '5', '3']],
    ['Age in years', ['1990-05-03']],
  ];
  const run = (ctx: ReturnType<typeof makeCtx>) => calls.map(([name, args]) => show(inlineOf(render(name, args, {}, ctx))));
  assert.deepEqual(run(at('2000-05-02T12:00:00Z')), ['1990年5月3日（9岁）', '1990年（10岁）', '9', '9']);
  assert.deepEqual(run(at('2040-05-03T00:00:00Z')), ['1990年5月3日（50岁）', '1990年（50岁）', '50', '50']);
  // The same clock gives the same text, call after call.
  assert.deepEqual(run(at('2000-05-02T12:00:00Z')), run(at('2000-05-02T12:00:00Z')));
  // Without a clock: today.
  const wall = makeCtx('zh');
  delete wall.now;
  const now = new Date();
  const age = now.getUTCFullYear() - 1990 - (now.getUTCMonth() + 1 < 5 || (now.getUTCMonth() + 1 === 5 && now.getUTCDate() < 3) ? 1 : 0);
  assert.equal(show(inlineOf(render('Age', ['1990', '5', '3'], {}, wall))), String(age));
});

test('convertPage: ConvertOptions.now reaches the handlers', () => {
  const md = (iso: string) => convertPage('{{birth date and age|1990|5|3}}', { site: 'zh', title: 'X', now: new Date(iso) }).markdown.trim();
  assert.equal(md('2000-05-02T00:00:00Z'), '1990年5月3日（9岁）');
  assert.equal(md('2040-05-03T00:00:00Z'), '1990年5月3日（50岁）');
});

test('ja 没年齢 (birth then death) and uk OldStyleDate (Julian day first)', () => {
  assert.equal(show(inlineOf(render('没年齢', ['1935', '1', '8', '1977', '8', '16'], {}, ja))), '満42歳没');
  assert.equal(show(inlineOf(render('OldStyleDate', ['26', 'квітня', '1795', '15'], {}, uk))), '15 (26) квітня 1795');
  assert.equal(show(inlineOf(render('OldStyleDate', ['27', 'грудня', '', '17'], {}, uk))), '17 (27) грудня');
  assert.equal(show(inlineOf(render('OldStyleDate', ['10', 'січня', '1700', '31', 'грудня', '1699'], {}, uk))), '31 грудня 1699 (10 січня 1700)');
  assert.equal(show(inlineOf(render('Start date and age', ['2022', '10', '18'], {}, uk))), '18 жовтня 2022');
});

test('{{As of}}: the words and date, then `post` (uk 0402 dropped "Станом на 2021,")', () => {
  assert.equal(show(inlineOf(render('As of', ['2021'], { post: ',' }, uk))), 'Станом на 2021,');
  assert.equal(show(inlineOf(render('As of', ['2008', '7', '5'], {}, en))), 'As of 5 July 2008');
  assert.equal(show(inlineOf(render('As of', ['2008', '7', '5'], { df: 'US', lc: 'y' }, en))), 'as of July 5, 2008');
  assert.equal(show(inlineOf(render('As of', ['2008', '7'], { since: 'y' }, en))), 'Since July 2008');
  assert.equal(show(inlineOf(render('As of', ['2008'], { alt: 'as of the election' }, en))), 'as of the election');
  const md = convertPage('{{As of|2021|post=,}} рік поточна версія.', { site: 'uk', title: 'C#' }).markdown.trim();
  assert.equal(md, 'Станом на 2021, рік поточна версія.');
});
