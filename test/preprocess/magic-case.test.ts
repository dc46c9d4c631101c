/**
 * Which magic words match in any case: exactly those MessagesEn.php's `$magicWords` flags 0
 * (`'pageid' => [ 0, 'PAGEID' ]`, `'server' => [ 0, 'SERVER' ]`); the flag-1 words (`PAGESIZE`,
 * `PAGESINCATEGORY`, `NUMBERINGROUP`, `CURRENTYEAR` …) only as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupFunction, lookupVariable } from '../../src/preprocess/functions/index.js';
import { argsFromStrings } from '../../src/preprocess/functions/types.js';
import { magicName } from '../../src/preprocess/flatten.js';
import { fnContext } from './fnctx.js';

test('PAGEID matches in any case, as a variable and as a function; its zh names too', () => {
  const ctx = fnContext({ title: '页', revision: { pageId: '42' } });
  for (const name of ['PAGEID', 'pageid', 'PageId', '页面ID', '頁面id']) {
    assert.equal(lookupVariable(name)?.(ctx), '42', name);
    assert.equal(lookupFunction(name)?.(ctx, '页', argsFromStrings([])), '42', name);
  }
  assert.equal(lookupFunction('pageid')?.(ctx, '别页', argsFromStrings([])), '0');
});

test('flag-1 words stay case-sensitive; PAGESINCAT and NUMINGROUP are names too', () => {
  const ctx = fnContext({ lang: 'en' });
  assert.equal(lookupFunction('pagesincategory'), null);
  assert.equal(lookupFunction('PAGESINCATEGORY')?.(ctx, 'X', argsFromStrings([])), '0');
  assert.equal(lookupFunction('PAGESINCAT')?.(ctx, 'X', argsFromStrings([])), '0');
  assert.equal(lookupFunction('NUMINGROUP')?.(ctx, 'sysop', argsFromStrings([])), '0');
  assert.equal(lookupFunction('pagesize'), null);
  assert.equal(lookupVariable('currentyear'), null);
  assert.notEqual(lookupVariable('Server'), null);
});

test('magicName (the marker name of a call) follows the same case rules', () => {
  assert.equal(magicName('server'), 'server');
  assert.equal(magicName('PageId'), 'pageid');
  assert.equal(magicName('pageid:X'), 'pageid');
  assert.equal(magicName('pagesize:X'), null);
  assert.equal(magicName('protectionlevel:edit'), null);
  assert.equal(magicName('PROTECTIONLEVEL:edit'), 'PROTECTIONLEVEL');
  assert.equal(magicName('currentyear'), null);
});
