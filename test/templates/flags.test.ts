import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineOf, makeCtx, render, show } from './harness.js';
import { builtinRegistry } from '../../src/templates/registry.js';

const zh = makeCtx('zh');

test('flag → the country name, linked, in the page language', () => {
  assert.deepEqual(inlineOf(render('Flag', ['JPN'], {}, zh)), [
    { type: 'wikiLink', title: '日本', ns: 0, fragment: null, interwiki: null, children: [{ type: 'text', value: '日本' }] },
  ]);
  assert.equal(show(inlineOf(render('flag', ['Japan'], {}, makeCtx('en')))), '[[Japan|Japan]]');
  assert.equal(show(inlineOf(render('flagcountry', ['USA'], {}, makeCtx('ja')))), '[[アメリカ合衆国|アメリカ合衆国]]');
  // A name already in the wiki's language stays as written.
  assert.equal(show(inlineOf(render('flag', ['中華民國'], {}, zh))), '[[中華民國|中華民國]]');
  assert.equal(show(inlineOf(render('flag', ['Atlantis'], {}, zh))), '[[Atlantis|Atlantis]]');
});

test('{{flag|UN}}: the United Nations by name (uk day pages printed a bare "UN" linked to nothing)', () => {
  assert.equal(show(inlineOf(render('flag', ['UN'], {}, makeCtx('uk')))), "[[Організація Об'єднаних Націй|Організація Об'єднаних Націй]]");
  assert.equal(show(inlineOf(render('flag', ['UN'], {}, zh))), '[[联合国|联合国]]');
});

test('country-code templates', () => {
  assert.equal(show(inlineOf(render('USA', [], {}, zh))), '[[美国|美国]]');
  assert.equal(show(inlineOf(render('ROC-TW', [], {}, zh))), '[[臺灣|臺灣]]');
  // zhwiki's Country data ROC redirects to Country data Republic of China (name 中華民國), and
  // {{ROC}} is {{Flag|Republic of China}}; Country data Taiwan and TWN name 臺灣.
  assert.equal(show(inlineOf(render('ROC', [], {}, zh))), '[[中華民國|中華民國]]');
  assert.equal(show(inlineOf(render('flag', ['ROC'], {}, zh))), '[[中華民國|中華民國]]');
  assert.equal(show(inlineOf(render('flag', ['Republic of China'], {}, zh))), '[[中華民國|中華民國]]');
  assert.equal(show(inlineOf(render('flag', ['TWN'], {}, zh))), '[[臺灣|臺灣]]');
  assert.equal(show(inlineOf(render('flag', ['Taiwan'], {}, zh))), '[[臺灣|臺灣]]');
  assert.equal(show(inlineOf(render('flag', ['ROC'], {}, makeCtx('ja')))), '[[台湾|台湾]]');
  assert.equal(show(inlineOf(render('JPN', [], {}, makeCtx('ja')))), '[[日本|日本]]');
  assert.equal(show(inlineOf(render('UKR', [], {}, makeCtx('uk')))), '[[Україна|Україна]]');
});

test('flagicon shows only a picture: dropped', () => {
  assert.deepEqual(render('Flagicon', ['HK'], {}, zh), { kind: 'drop' });
  assert.deepEqual(render('прапорець', ['Україна'], {}, makeCtx('uk')), { kind: 'drop' });
  assert.deepEqual(render('Flag', [], {}, zh), { kind: 'drop' });
});

test('country templates cover the codes seen on the ja/uk dumps, in each wiki\'s words', () => {
  const name = (code: string, lang: string) => show(inlineOf(render(code, [], {}, makeCtx(lang))));
  assert.equal(name('PLW', 'ja'), '[[パラオ|パラオ]]');
  assert.equal(name('VAT', 'ja'), '[[バチカン|バチカン]]');
  assert.equal(name('CHE', 'ja'), '[[スイス|スイス]]');
  assert.equal(name('RUSold', 'uk'), '[[Російська імперія|Російська імперія]]');
  assert.equal(name('AUT-HUN', 'uk'), '[[Австро-Угорщина|Австро-Угорщина]]');
  assert.equal(name('MDA', 'uk'), '[[Молдова|Молдова]]');
  assert.equal(name('GEO', 'zh'), '[[格鲁吉亚|格鲁吉亚]]');
  assert.equal(show(inlineOf(render('Flag', ['SRB'], {}, makeCtx('uk')))), '[[Сербія|Сербія]]');
  // jawiki's flag templates for states without a three-letter ISO code (ja 0036 イタリア語's 公用語 row
  // lost the EU and the Order of Malta; ja 0037, 0091): named; `{{EU}}` stays jawiki's navbox.
  assert.equal(name('EUR', 'ja'), '[[欧州連合|欧州連合]]');
  assert.equal(name('MOM', 'ja'), '[[マルタ騎士団|マルタ騎士団]]');
  assert.equal(name('MCK', 'ja'), '[[満洲国|満洲国]]');
  assert.equal(name('SADR', 'ja'), '[[サハラ・アラブ民主共和国|サハラ・アラブ民主共和国]]');
  // A year form: ja 0033 `birth_place = {{NLD1581}}・[[アムステルダム]]` read "・アムステルダム".
  assert.equal(name('NLD1581', 'ja'), '[[ネーデルラント連邦共和国|ネーデルラント連邦共和国]]');
  assert.equal(builtinRegistry.resolve('EU', 'ja'), null);
  // Two-letter codes are flag arguments, not templates ({{de}} is a language icon, {{no}} a table word).
  assert.equal(builtinRegistry.resolve('DE', 'uk'), null);
});

test('uk person boxes: {{USSR}}, {{URSR}}, {{ZUNR}} name their state (uk 0091, 0105, 0369 showed only the arrows)', () => {
  const uk = makeCtx('uk');
  assert.equal(show(inlineOf(render('USSR', [], {}, uk))), '[[СРСР|СРСР]]');
  assert.equal(show(inlineOf(render('URSR', [], {}, uk))), '[[Українська РСР|Українська РСР]]');
  assert.equal(show(inlineOf(render('ZUNR', [], {}, uk))), '[[Західноукраїнська Народна Республіка|Західноукраїнська Народна Республіка]]');
});

test('uk {{RU-KGD}} names the Kaliningrad region (uk 0373: Poland\'s north-eastern neighbours read "Росія" over an empty bracket)', () => {
  assert.equal(show(inlineOf(render('RU-KGD', [], {}, makeCtx('uk')))), '[[Калінінградська область|Калінінградська область]]');
  // Only ukwiki's template is known: elsewhere the name is no country template.
  assert.equal(builtinRegistry.lookup('RU-KGD', 'ja'), null);
});
