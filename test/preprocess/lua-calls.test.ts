/** Which template pages call Lua, and which do nothing else (the built-in bodies' rule). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsLua, onlyCallsLua } from '../../src/preprocess/lua-calls.js';

test('only #invoke calls and white space: a page that hands all its work to Lua', () => {
  assert.equal(onlyCallsLua('<includeonly>{{#invoke:Jctint/TWN|twnint}}</includeonly><noinclude>{{Documentation}}</noinclude>'), true);
  assert.equal(onlyCallsLua('\n{{{{{|safesubst:}}}#invoke:Road|row|a={{{1|}}}|b={{{b|{{{2|}}}}}}}}\n{{ #Invoke : Check|check}}<!-- note -->\n'), true);
  assert.equal(onlyCallsLua('doc <onlyinclude>{{#invoke:X|y}}</onlyinclude> more doc'), true);
  // Text of its own besides the calls: a heading before a parameter check, an #invoke in one branch.
  assert.equal(onlyCallsLua('<includeonly>區域表\n{| class="wikitable"\n! 名\n|-\n{{#invoke:Check for unknown parameters|check|unknown=}}</includeonly>'), false);
  assert.equal(onlyCallsLua('{{#if:{{{lua|}}}|{{#invoke:X|y}}|\n{{!}}-\n{{!}}own {{{a}}}}}'), false);
  assert.equal(onlyCallsLua('{{#invoke:X|y}} and text'), false);
  // Not calls at all: inside <nowiki>, a comment, a noinclude part; an unclosed call; nothing.
  assert.equal(onlyCallsLua('<nowiki>{{#invoke:X|y}}</nowiki>'), false);
  assert.equal(onlyCallsLua('<!-- {{#invoke:X|y}} -->'), false);
  assert.equal(onlyCallsLua('<noinclude>{{#invoke:Documentation|main}}</noinclude>'), false);
  assert.equal(onlyCallsLua('{{#invoke:X|y'), false);
  assert.equal(onlyCallsLua(''), false);
});

test('onlyCallsLua: braces pair as the preprocessor pairs them; categories show nothing, NBSP does', () => {
  // A single brace is text: the call closes at its `}}` (x is "{"), and nothing follows it.
  assert.equal(onlyCallsLua('{{#invoke:A|b|x={}}'), true);
  assert.equal(onlyCallsLua('{{#invoke:A|b|x=}}}'), false);
  assert.equal(onlyCallsLua('{{#invoke:A|b|x={{{1|}}}|y={{{{{2|}}}}}}}\n'), true);
  // A no-break or ideographic space is text the page shows (PHP's trim leaves it).
  assert.equal(onlyCallsLua('{{#invoke:A|b}}\u00a0'), false);
  assert.equal(onlyCallsLua('{{#invoke:A|b}}\u3000'), false);
  // A category link files the page and shows nothing; a link to the category shows.
  assert.equal(onlyCallsLua('<includeonly>{{#invoke:A|b}}[[Category:X]]\n[[分类:乙|丙]]</includeonly>'), true);
  assert.equal(onlyCallsLua('{{#invoke:A|b}}[[:Category:X]]'), false);
  assert.equal(onlyCallsLua('[[Category:X]]'), false);
});

test('callsLua: an #invoke written inside <nowiki> is text, not a call', () => {
  assert.equal(callsLua('|-\n| own {{{a}}}<nowiki>{{#invoke:X|y}}</nowiki>'), false);
  assert.equal(callsLua('| own {{{a}}} {{#invoke:X|y}}'), true);
});
