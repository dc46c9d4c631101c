import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineOf, makeCtx, render, show } from './harness.js';

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

test('country-code templates', () => {
  assert.equal(show(inlineOf(render('USA', [], {}, zh))), '[[美国|美国]]');
  assert.equal(show(inlineOf(render('ROC-TW', [], {}, zh))), '[[臺灣|臺灣]]');
  assert.equal(show(inlineOf(render('JPN', [], {}, makeCtx('ja')))), '[[日本|日本]]');
  assert.equal(show(inlineOf(render('UKR', [], {}, makeCtx('uk')))), '[[Україна|Україна]]');
});

test('flagicon shows only a picture: dropped', () => {
  assert.deepEqual(render('Flagicon', ['HK'], {}, zh), { kind: 'drop' });
  assert.deepEqual(render('прапорець', ['Україна'], {}, makeCtx('uk')), { kind: 'drop' });
  assert.deepEqual(render('Flag', [], {}, zh), { kind: 'drop' });
});
