/**
 * Session 24: the patterns of more zhwiki templates (money, election and succession rows, match
 * boxes, table cells), each in a minimal template of our own that does what the real one does
 * (the real sources are only read, never copied), with MediaWiki's expansion worked out by hand.
 * Expanded with no built-in handlers, at a fixed clock (2026-11-27).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import type { Warning } from '../../src/engine/types.js';
import { expand, newExpandRecord } from '../../src/preprocess/expand.js';
import { siteFor } from '../../src/site/defaults.js';

const zh = siteFor('zh');

const TEMPLATES: Record<string, string> = {
  // Str sub old: Module:String's sublength behind a {{{|safesubst:}}} prefix, the length defaulting to 0.
  'Template:Ss': '<includeonly>{{{{{|safesubst:}}}#invoke:String|sublength|s={{{1}}}|i={{{2|0}}}|len={{{3|0}}}}}</includeonly>',
  // Footballbox's goal cell: a list when the argument's first character is '*'.
  'Template:Goals': '{{#ifeq:{{Ss|{{{1}}}|0|1}}|* |LIST |{{{1|}}}}}',
  // Ifnumber, and US$/CNY: formatnum only for what #expr reads as a number.
  'Template:Ifn': '<includeonly>{{#iferror:{{#expr:{{{1|}}}*0}}|{{{3|0}}}|{{{2|1}}}}}</includeonly>',
  'Template:Usd': '<includeonly>{{Ifn|{{{1|}}}|{{formatnum:{{{1|}}}}}|{{{1|}}}}}{{#ifeq:{{{link|no}}}|yes|[[美元]]|美元}}<!--\n-->{{#ifeq:{{{year|{{{2|0}}}}}}|0||(Y)}}</includeonly>',
  // Election box candidate: Chinese parameter names with English fallbacks, a row of cells.
  'Template:Ebc': '\n|- {{#if:{{{當選|{{{elected|}}}}}}|bgcolor="cyan"}}\n| {{{政黨|{{{party|}}}}}}\n'
    + '| {{#if:{{{編號|{{{number|}}}}}}|{{{編號|{{{number|}}}}}}.}} {{{候選人|{{{candidate|}}}}}}\n|-',
  // S-vacant: a #switch whose #default comes first, over lines; an #if around it.
  'Template:Sv': '| rowspan="{{{rows|1}}}"|{{#if:{{{1|}}}|{{#switch:{{{1}}}\n| #default = {{#if:{{{1}}}|空缺}}\n| ab = 暫時中止\n'
    + '| extinct = 絕後\n}}|空缺}}',
  // Yel: a default held in <noinclude>, empty when transcluded.
  'Template:Yl': '[Y]<!--\n-->{{#if:{{{1|<noinclude>-</noinclude>}}}|\n({{{1}}}分)\n}}',
  // Composition bar: a percentage by #expr … round 0 from defaults.
  'Template:Cb': '{{formatnum:{{{1|50}}}}} / {{formatnum:{{{2|100}}}}}（{{#expr:(({{{1|50}}}/{{{2|100}}})*100) round 0}}%）',
};

function run(src: string, title = '测试'): { text: string; modules: Record<string, number> } {
  const source = new MemoryPageSource(zh);
  for (const [k, v] of Object.entries(TEMPLATES)) source.set(k, v);
  const warnings: Warning[] = [];
  const record = newExpandRecord();
  const pre = expand(src, {
    site: zh, title, source, registry: null, now: new Date(Date.UTC(2026, 10, 27, 12)),
    warn: (w) => warnings.push(w), record,
  });
  assert.deepEqual(warnings, []);
  return { text: pre.text, modules: record.modules };
}

test('String sublength: a length of 0 gives nothing (Lua 0 is true); blank reads to the end', () => {
  const r = run('[{{Ss|abcdef|0|1}}][{{Ss|abcdef|1}}][{{Ss|abcdef|2|}}][{{Ss|中文维基|1|2}}][{{Ss|abc|-1|2}}][{{Ss|abc|5|1}}]');
  assert.equal(r.text, '[a][][cdef][文维][a][]');
  assert.deepEqual(r.modules, {});
  // A number Lua's string.sub would not take as a position is left to the caller (a miss).
  assert.deepEqual(run('{{#invoke:String|sublength|s=abc|i=0.5}}').modules, { 'String|sublength': 1 });
  assert.equal(run('[{{Goals|* 格策}}][{{Goals|格策}}][{{Goals}}]').text, '[LIST][格策][]');
});

test('money: formatnum only for numbers, the inflation branch only with a year', () => {
  assert.equal(run('{{Usd|1500000}} {{Usd|1,234.5}} {{Usd|about|link=yes}} {{Usd|5|1990}}').text,
    '1,500,000美元 1,234.5美元 about[[美元]] 5美元(Y)');
});

test('election and succession rows, match-box cells, a bar percentage', () => {
  assert.equal(run('{{Ebc|政黨=國民黨|候選人=朱立倫|編號=2}}{{Ebc|party=DPP|candidate=蔡|elected=yes}}').text,
    '\n|- \n| 國民黨\n| 2. 朱立倫\n|-\n|- bgcolor="cyan"\n| DPP\n|  蔡\n|-');
  assert.equal(run('{{Sv}}/{{Sv|ab}}/{{Sv|zzz}}/{{Sv|extinct|rows=2}}').text,
    '| rowspan="1"|空缺/| rowspan="1"|暫時中止/| rowspan="1"|空缺/| rowspan="2"|絕後');
  assert.equal(run('{{Yl}}|{{Yl|67}}').text, '[Y]|[Y](67分)');
  assert.equal(run('{{Cb|45|100}} {{Cb|1|3}} {{Cb|2000|3000}}').text, '45 / 100（45%） 1 / 3（33%） 2,000 / 3,000（67%）');
});
