/**
 * Session 24: the patterns of more zhwiki templates (money, election and succession rows, match
 * boxes, table cells), each in a minimal template of our own — own names and wording around the
 * construct the real one uses (the real sources are only read, never copied, not even in part) —
 * with MediaWiki's expansion worked out by hand.
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
  // Module:String's sublength behind a `{{{{{|safesubst:}}}` prefix (a blank-named parameter whose
  // default is the prefix), start and length defaulting to 0 as zhwiki's {{Str sub old}} does.
  'Template:Cut': '{{{{{|safesubst:}}}#invoke:String|sublength|i={{{from|0}}}|s={{{1}}}|len={{{n|0}}}}}',
  // A cell that becomes a list when its text opens with '*' (Footballbox's goal cells test so).
  'Template:Goals': '{{#ifeq:{{Cut|{{{1|}}}|n=1}}|*|LIST|{{{1|}}}}}',
  // A number test by #expr (as Ifnumber tests): 0 times no number is an error.
  'Template:Isnum': '{{#iferror:{{#expr:0*({{{1|}}})}}|{{{else|}}}|{{{then|}}}}}',
  // Money (as US$/CNY): formatnum only for numbers, the unit linked on request, then after a
  // comment line a note only when a year is given (named or second).
  'Template:Money': '{{Isnum|{{{1|}}}|then={{formatnum:{{{1|}}}}}|else={{{1|}}}}}{{#ifeq:{{{link|}}}|yes|[[美元]]|美元}}<!--\n-->'
    + '{{#if:{{{year|{{{2|}}}}}}|(Y)}}',
  // A candidate row (as Election box candidate): Chinese parameter names falling back to English ones.
  'Template:Cand': '\n|- {{#if:{{{勝|{{{won|}}}}}}|style="font-weight:bold"}}\n| {{{黨|{{{party|}}}}}}\n'
    + '| {{{名|{{{name|}}}}}}{{#if:{{{號|{{{no|}}}}}}|（{{{號|{{{no|}}}}}}號）}}\n',
  // A vacancy cell (as S-vacant): a #switch over lines whose #default comes first, inside an #if.
  'Template:Vac': '| rowspan="{{{span|1}}}" | {{#if:{{{1|}}}|{{#switch:{{{1}}}\n| #default = 無人\n| p = 暫停\n| x = 斷絕\n}}|無人}}',
  // A default held in <noinclude> (as Yel): '0' on the template's own page, empty where used.
  'Template:Card': '[C]<!--\n-->{{#if:{{{min|<noinclude>0</noinclude>}}}|\n（{{{min}}}分）\n}}',
  // A share in percent (as Composition bar): #expr … round 0 over defaults, formatnum on the figures.
  'Template:Share': '{{formatnum:{{{of|100}}}}}中{{formatnum:{{{1|50}}}}}（{{#expr:{{{1|50}}}*100/{{{of|100}}} round 0}}%）',
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
  const r = run('[{{Cut|abcdef|n=1}}][{{Cut|abcdef|from=1}}][{{Cut|abcdef|from=2|n=}}][{{Cut|中文维基|from=1|n=2}}][{{Cut|abc|from=-1|n=2}}][{{Cut|abc|from=5|n=1}}]');
  assert.equal(r.text, '[a][][cdef][文维][a][]');
  assert.deepEqual(r.modules, {});
  // mw.ustring.sub clamps both ends to 1 … length+1 after the order test (Lua's string.sub would
  // give '' for the first two); an infinite start (Lua reads 1e400 as inf) is past the end.
  const sub = (a: string): string => run(`[{{#invoke:String|sublength|s=abc|${a}}}]`).text;
  assert.deepEqual(['i=-1|len=1', 'i=-6|len=1', 'i=1e400', 'i=-1e400|len=1', 'i=0|len=0'].map(sub), ['[a]', '[a]', '[]', '[a]', '[]']);
  // Lua 5.1's tonumber is C's strtod: 0b1 is no number (so i is 0), inf is one (past the end).
  assert.deepEqual(['i=0b1', 'i=0o1', 'i=inf', 'i=-INF|len=1', 'i=0x1', 'i=+1'].map(sub), ['[abc]', '[abc]', '[]', '[a]', '[bc]', '[bc]']);
  // Module:String reads only the named s, i and len: positional arguments are no string.
  assert.equal(run('[{{#invoke:String|sublength|abc|1|1}}]').text, '[]');
  // A fractional position is left to the caller (a miss) by choice: ustring.lua fails on it, PHP truncates.
  assert.deepEqual(run('{{#invoke:String|sublength|s=abc|i=0.5}}').modules, { 'String|sublength': 1 });
  assert.equal(run('[{{Goals|* 格策}}][{{Goals|格策}}][{{Goals}}]').text, '[LIST][格策][]');
});

test('money: formatnum only for numbers, the inflation branch only with a year', () => {
  assert.equal(run('{{Money|1500000}} {{Money|1,234.5}} {{Money|about|link=yes}} {{Money|5|1990}}').text,
    '1,500,000美元 1,234.5美元 about[[美元]] 5美元(Y)');
});

test('election and succession rows, match-box cells, a bar percentage', () => {
  assert.equal(run('{{Cand|黨=國民黨|名=朱立倫|號=2}}{{Cand|party=DPP|name=蔡|won=yes}}').text,
    '\n|- \n| 國民黨\n| 朱立倫（2號）\n\n|- style="font-weight:bold"\n| DPP\n| 蔡\n');
  assert.equal(run('{{Vac}}/{{Vac|p}}/{{Vac|zzz}}/{{Vac|x|span=2}}').text,
    '| rowspan="1" | 無人/| rowspan="1" | 暫停/| rowspan="1" | 無人/| rowspan="2" | 斷絕');
  assert.equal(run('{{Card}}|{{Card|min=67}}').text, '[C]|[C]（67分）');
  assert.equal(run('{{Share|45}} {{Share|1|of=3}} {{Share|2000|of=3000}}').text, '100中45（45%） 3中1（33%） 3,000中2,000（67%）');
});
