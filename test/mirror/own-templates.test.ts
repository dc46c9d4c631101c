/** On a non-Wikimedia wiki the dump's own templates win over built-in handlers, unless they call Lua. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsLua, ownTemplatesFirst } from '../../src/mirror/own-templates.js';
import { isWikimediaUrl } from '../../src/site/uploads.js';

test('a template of the wiki wins unless its wikitext invokes Lua; absent templates never', () => {
  const pages: Record<string, string> = {
    'Template:Note': "<div class=\"note\">'''Note:''' {{{1}}}</div>",
    'Template:Infobox': '{{ #Invoke: Infobox | infobox }}',
  };
  let asked = 0;
  const prefer = ownTemplatesFirst({ get: (t) => (asked++, pages[t] ?? null), exists: (t) => t in pages }, 'Template:');
  assert.equal(prefer.has('Note'), true);
  assert.equal(prefer.has('Infobox'), false);
  assert.equal(prefer.has('Cite web'), false);
  assert.equal(prefer.has('Note'), true);
  assert.equal(asked, 3, 'answers are kept');
});

test('a kept answer tells the source the full title asked, each time', () => {
  const asked: string[] = [];
  const noted: string[] = [];
  const prefer = ownTemplatesFirst({ get: (t) => (asked.push(t), t === 'Vorlage:Hinweis' ? 'Text' : null), exists: () => false, noteUse: (t) => void noted.push(t) }, 'Vorlage:');
  assert.equal(prefer.has('Hinweis'), true);
  assert.equal(prefer.has('Fehlt'), false);
  assert.deepEqual(noted, []);
  assert.equal(prefer.has('Hinweis'), true);
  assert.equal(prefer.has('Fehlt'), false);
  assert.equal(prefer.has('Hinweis'), true);
  assert.deepEqual(asked, ['Vorlage:Hinweis', 'Vorlage:Fehlt']);
  assert.deepEqual(noted, ['Vorlage:Hinweis', 'Vorlage:Fehlt', 'Vorlage:Hinweis']);
});

test('an #invoke counts behind safesubst: prefixes, not in noinclude parts or comments', () => {
  // zhwiki's Template:Convert opens with a safesubst: parameter.
  assert.equal(callsLua('<includeonly>{{{{{♥|safesubst:}}}#invoke:convert|convert|abbr=off default}}</includeonly><noinclude>{{doc}}</noinclude>'), true);
  assert.equal(callsLua('{{SAFESUBST:<noinclude />#invoke:Date table sorting|main}}'), true);
  assert.equal(callsLua('{{<includeonly>safesubst:</includeonly>#invoke:Su|main}}'), true);
  assert.equal(callsLua('{{ safesubst : #invoke : X|y}}'), true);
  assert.equal(callsLua('{{subst:#invoke:X|y}}'), true);
  assert.equal(callsLua('a<onlyinclude>{{#invoke:X|y}}</onlyinclude>b'), true);
  // The documentation's #invoke is not transcluded; nor is a comment, nor text outside onlyinclude.
  assert.equal(callsLua('<span>own:{{{1}}}</span><noinclude>{{#invoke:Documentation|main}}</noinclude>'), false);
  assert.equal(callsLua('own<!-- was {{#invoke:X|y}} -->'), false);
  assert.equal(callsLua('{{#invoke:X|y}}<onlyinclude>own</onlyinclude>'), false);
  assert.equal(callsLua('Use #invoke: in a sentence'), false);
  assert.equal(callsLua('{{{#invoke:X|y}}}'), false, 'a parameter named #invoke:X');
});

test('which bases are Wikimedia wikis', () => {
  assert.ok(isWikimediaUrl('https://zh.wikipedia.org/wiki/'));
  assert.ok(isWikimediaUrl('https://commons.wikimedia.org/wiki/'));
  assert.ok(!isWikimediaUrl('https://wiki.example.com/index.php/'));
  assert.ok(!isWikimediaUrl('not a url'));
});
