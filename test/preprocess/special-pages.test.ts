import { test } from 'node:test';
import assert from 'node:assert/strict';
import { specialPageExists } from '../../src/preprocess/functions/special-pages.js';

test("special pages: canonical names and English aliases, in any letter case, a subpage after '/'", () => {
  assert.equal(specialPageExists('Recentchanges', 'en'), true);
  assert.equal(specialPageExists('RecentChanges', 'uk'), true);
  assert.equal(specialPageExists('recentchanges', 'zh'), true);
  assert.equal(specialPageExists('Contributions/Example', 'ja'), true);
  assert.equal(specialPageExists('Contribs/Example', 'en'), true);
  assert.equal(specialPageExists('Random', 'en'), true);
  assert.equal(specialPageExists('Search', 'en'), true);
  // $wgEnableSpecialMute is on across Wikimedia's wikis (eswiki aside).
  assert.equal(specialPageExists('Mute', 'en'), true);
  assert.equal(specialPageExists('mute/Example', 'zh'), true);
  // The alias is one word: a space makes another name (spaces are `_` in the lookup).
  assert.equal(specialPageExists('Recent changes', 'en'), false);
  assert.equal(specialPageExists('No such page', 'en'), false);
  assert.equal(specialPageExists('', 'en'), false);
  // Extensions' pages are not in the list.
  assert.equal(specialPageExists('CentralAuth', 'en'), false);
});

test("special pages: the content language's aliases count on that wiki only", () => {
  assert.equal(specialPageExists('最近更改', 'zh'), true);
  assert.equal(specialPageExists('链入页面/北京', 'zh'), true);
  assert.equal(specialPageExists('最近の更新', 'ja'), true);
  assert.equal(specialPageExists('最近更改', 'ja'), false);
  assert.equal(specialPageExists('最近の更新', 'zh'), false);
});
