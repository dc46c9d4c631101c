/**
 * MediaWiki's own parser tests through the real pipeline (convertPage → Markdown → markdown-it,
 * see peertests.ts): pass counts per file over the applicable cases. Exclusions and their reasons
 * are printed with PEER_VERBOSE=1, failures (with the expanded wikitext, to tell whose they are)
 * with PEER_FAILS=1. Each suite fails when its pass rate drops below its floor: the issue's target
 * (90 %) where it is the target, else the rate reached.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { sharedDir } from '../helpers/shared-dir.js';
import { exclusion, expandedText, readPeerFile, runCase, type PeerFile } from './peertests.js';

const shared = sharedDir('peer-tests');

interface Suite {
  file: string;
  /** Only cases using `{{` (parser functions, magic words, templates). */
  requireBraces: boolean;
  /** Restrict to cases matching this (parserTests.txt: the parser-function cases). */
  filter?: RegExp;
  label: string;
  /** The issue's target rate (printed when not reached). */
  target: number;
  /** Minimum pass rate over applicable cases: the target, or the rate reached while others' fixes are pending. */
  floor: number;
  /** Why the floor is below the target. */
  blockedBy?: string;
}

// Parser functions and magic words: `{{#…:`, `{{name:` for core functions, or an upper-case word.
const FUNCTION_CASE = /\{\{\s*(?:#[a-z]+\s*:|(?:lc|uc|lcfirst|ucfirst|urlencode|anchorencode|formatnum|padleft|padright|plural|ns|nse|localurl|fullurl|canonicalurl|filepath|int|gender|grammar|pagesincategory|subst|safesubst|msgnw|raw)\s*:|[A-Z]{4,}[A-Z0-9]*\s*[:}|]|!\}\}|=\}\})/i;

const SUITES: Suite[] = [
  {
    file: 'preprocessor.txt', requireBraces: false, label: 'preprocessor.txt', target: 0.9, floor: 0.9,
  },
  { file: 'magicWords.txt', requireBraces: false, label: 'magicWords.txt', target: 0.9, floor: 0.9 },
  { file: 'parserTests.txt', requireBraces: true, filter: FUNCTION_CASE, label: 'parserTests.txt (parser functions)', target: 0.9, floor: 0.9 },
  { file: 'funcsParserTests.txt', requireBraces: false, label: 'funcsParserTests.txt', target: 0.9, floor: 0.9 },
  { file: 'stringFunctionTests.txt', requireBraces: false, label: 'stringFunctionTests.txt', target: 0.9, floor: 0.9 },
  { file: 'parserTests.txt', requireBraces: true, label: 'parserTests.txt (all with {{)', target: 0.9, floor: 0.9 },
];

const files = new Map<string, PeerFile>();
function load(file: string): PeerFile {
  let f = files.get(file);
  if (!f) {
    f = readPeerFile(path.join(shared!, 'peer-tests', file));
    files.set(file, f);
  }
  return f;
}

for (const suite of SUITES) {
  test(`peer tests through the pipeline: ${suite.label}`, (t) => {
    if (!shared) {
      t.skip('shared data not found');
      return;
    }
    const f = load(suite.file);
    let applicable = 0;
    let passed = 0;
    const excluded = new Map<string, number>();
    const fails: string[] = [];
    for (const c of f.cases) {
      const why = exclusion(c, suite.requireBraces, f.articles) ?? (suite.filter && !suite.filter.test(c.wikitext) ? 'not a parser-function case' : null);
      if (why) {
        excluded.set(why, (excluded.get(why) ?? 0) + 1);
        continue;
      }
      applicable++;
      // MediaWiki runs each file with its own articles only.
      const r = runCase(c, f.articles);
      if (r.pass) {
        passed++;
        continue;
      }
      if (!process.env.PEER_FAILS) continue;
      const lines = [`${c.name} [${r.fails.join(',')}]`, `    wikitext: ${JSON.stringify(c.wikitext.slice(0, 300))}`];
      lines.push(`    expanded: ${JSON.stringify(expandedText(c, f.articles).slice(0, 300))}`);
      lines.push(`    markdown: ${JSON.stringify(r.markdown.slice(0, 300))}`);
      for (const k of r.fails) {
        const key = k as keyof typeof r.expected;
        lines.push(`    ${k}: expected ${JSON.stringify(r.expected[key]).slice(0, 240)}`);
        lines.push(`    ${' '.repeat(k.length)}  got      ${JSON.stringify(r.got[key]).slice(0, 240)}`);
      }
      fails.push(lines.join('\n'));
    }
    const rate = applicable ? passed / applicable : 1;
    t.diagnostic(`${suite.label}: ${passed}/${applicable} applicable cases pass through convertPage → Markdown → markdown-it (${(100 * rate).toFixed(1)}%)`);
    if (process.env.PEER_VERBOSE) for (const [why, n] of excluded) t.diagnostic(`  excluded ${n}: ${why}`);
    if (rate < suite.target) t.diagnostic(`  below the target ${suite.target}${suite.blockedBy ? `: ${suite.blockedBy}` : ''}`);
    for (const fail of fails) for (const line of ('FAIL ' + fail).split('\n')) t.diagnostic('  ' + line);
    assert.ok(rate >= suite.floor, `${suite.label}: pass rate ${rate.toFixed(3)} fell below ${suite.floor}`);
  });
}
