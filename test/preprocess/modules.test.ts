/**
 * Text-producing `#invoke` stand-ins (functions/modules-text.ts), called the way the wrapper
 * templates of the big wikis call them, and rendered through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { siteFor } from '../../src/site/defaults.js';

const en = siteFor('en');
const WRAPPERS: Record<string, string> = {
  'Template:Infobox': '{{#invoke:Infobox|infobox}}',
  'Template:URL': '{{#invoke:URL|url}}',
  'Template:Lang': '{{#invoke:Lang|lang}}',
  'Template:Lang-fr': '{{#invoke:Lang|lang_xx_italic|code=fr}}',
  'Template:Hatnote': '{{#invoke:Hatnote|hatnote}}',
  'Template:Delink': '{{#invoke:Delink|delink}}',
  'Template:Su': '{{#invoke:Su|main}}',
  // A formula template in the manner of zhwiki's Chem/atom: an element, then its count through Su.
  'Template:Atom': '{{{1}}}{{#if:{{{2|}}}|{{su|w=70%|b={{{2}}}}}}}',
  'Template:Box': '{{Infobox|title={{{name}}}|label1=Born|data1={{{born|}}}|header2=Career|label3=Site|data3={{URL|{{{site|}}}}}|data4={{{note|}}}|below=end}}',
};

function run(wikitext: string) {
  const source = new MemoryPageSource(en);
  for (const [k, v] of Object.entries(WRAPPERS)) source.set(k, v);
  const record = newExpandRecord();
  const pre = expand(wikitext, { site: en, title: 'T', source, registry: null, now: new Date(0), record });
  return { text: pre.text, modules: record.modules };
}

test('URL: external link shown without its scheme; given text wins', () => {
  assert.equal(run('{{URL|example.com}}').text, '[http://example.com example.com]');
  assert.equal(run('{{URL|https://www.example.org/}}').text, '[https://www.example.org/ www.example.org]');
  assert.equal(run('{{URL|https://example.org/a/b|the site}}').text, '[https://example.org/a/b the site]');
  assert.equal(run('{{URL|}}').text, '');
});

test('Lang, Hatnote, Delink: the text a reader sees', () => {
  assert.equal(run('{{Lang|fr|texte}}').text, '<span lang="fr">texte</span>');
  assert.equal(run('{{Lang-fr|texte}}').text, `<span lang="fr">''texte''</span>`);
  assert.equal(run('{{Hatnote|See also [[X]].}}').text, '<div role="note" class="hatnote">See also [[X]].</div>');
  assert.equal(run('{{Delink|[[a|b]] and [[c]] at [http://x.org site]}}').text, 'b and c at site');
});

test('Su: subscript and superscript from the calling template (right-aligned: superscript first), blanks dropped, no misses', () => {
  const r = run('{{Atom|C|2}}{{Atom|H|5}}{{Atom|O}}{{Atom|H}}');
  assert.deepEqual(r.modules, {});
  assert.equal(r.text, 'C<sub>2</sub>H<sub>5</sub>OH');
  assert.equal(run('SO{{su|p=2−|b=4|lh=1em}}').text, 'SO<sub>4</sub><sup>2−</sup>');
  assert.equal(run('{{su|p=14|b=6|a=r}}C').text, '<sup>14</sup><sub>6</sub>C');
  assert.equal(run('{{su|p=−|b=}}').text, '<sup>−</sup>');
  assert.equal(run('{{su}}').text, '');
  // Through the pipeline the counts stay subscripts. Template:Su expands (`preferExpansion: 'all'`),
  // so this is the stand-in's output, not the {{su}} handler's, which wins otherwise.
  const source = new MemoryPageSource(en);
  for (const [k, v] of Object.entries(WRAPPERS)) source.set(k, v);
  const md = convertPage('Ethanol is {{Atom|C|2}}{{Atom|H|6}}{{Atom|O}}.', { site: en, title: 'T', templates: source, expansion: { preferExpansion: 'all' } }).markdown;
  assert.equal(md.trim(), 'Ethanol is C<sub>2</sub>H<sub>6</sub>O.');
});

test('StripToNumbers: the year of "2008年" for links and #ifexpr, decimals, halve; nothing without a number', () => {
  const r = run('[[{{#invoke:StripToNumbers|main|2008年}}年铁路|铁路]]{{#ifexpr:{{#invoke:StripToNumbers|main| 2008年 }} >= 1950|大陆|中国}}');
  assert.deepEqual(r.modules, {});
  assert.equal(r.text, '[[2008年铁路|铁路]]大陆');
  assert.equal(run('{{#invoke:StripToNumbers|main|前-5年}}').text, '-5');
  // The module's documented examples: 70%, margin-left: 20px;, 75.485 Khz.
  assert.equal(run('{{#invoke:StripToNumbers|main|70%}}').text, '70');
  assert.equal(run('{{#invoke:StripToNumbers|main|margin-left: 20px;}}').text, '20');
  assert.equal(run('{{#invoke:StripToNumbers|main|75.485 Khz}}').text, '75.485');
  assert.equal(run('{{#invoke:StripToNumbers|main|.5}}').text, '.5');
  assert.equal(run('{{#invoke:StripToNumbers|main|-2.5度}}').text, '-2.5');
  assert.equal(run('{{#invoke:StripToNumbers|halve|70%}}').text, '35');
  assert.equal(run('{{#invoke:StripToNumbers|halve|75.485 Khz}}').text, '37.7425');
  assert.equal(run('{{#invoke:StripToNumbers|halve|0.3}}').text, '0.15');
  // No number: the module's main raises a script error, mainnull returns nothing; the stand-in gives nothing for both.
  assert.equal(run('{{#invoke:StripToNumbers|main|年}}').text, '');
  assert.equal(run('{{#invoke:StripToNumbers|mainnull|年}}').text, '');
  assert.equal(run('{{#invoke:StripToNumbers|mainnull|第3年}}').text, '3');
});

test('Infobox: rows from numbered header/label/data, empty data skipped, no misses', () => {
  const r = run('{{Box|name=Ada|born=1815|site=ada.org}}');
  assert.deepEqual(r.modules, {});
  assert.equal(
    r.text,
    '\n{| class="infobox"\n|+ Ada\n|-\n! Born\n| 1815\n|-\n! colspan="2" | Career\n|-\n! Site\n| [http://ada.org ada.org]\n|-\n| colspan="2" | end\n|}\n',
  );
  // Through the pipeline: a table with the labels and values.
  const source = new MemoryPageSource(en);
  for (const [k, v] of Object.entries(WRAPPERS)) source.set(k, v);
  const md = convertPage('{{Box|name=Ada|born=1815|note=* one\n* two}}\nText.', { site: en, title: 'T', templates: source, expansion: { preferExpansion: 'all' } }).markdown;
  assert.match(md, /Born/);
  assert.match(md, /1815/);
  assert.match(md, /one/);
  assert.match(md, /Text\./);
});
