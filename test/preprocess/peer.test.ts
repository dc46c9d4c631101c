/**
 * MediaWiki's own parser tests, run through the preprocessor: pass counts per file over the
 * applicable cases (the exclusions and their reasons are printed with PEER_VERBOSE=1, failures
 * with PEER_FAILS=1). The thresholds are floors we have reached; they fail on regressions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { exclusion, readPeerFile, runCase, sharedDir, type PeerFile } from './peertests.js';

const shared = sharedDir();

interface Suite {
  file: string;
  /** Only cases using `{{` (parser functions, magic words, templates). */
  requireBraces: boolean;
  /** Restrict to cases matching this (parserTests.txt: the parser-function cases). */
  filter?: RegExp;
  label: string;
  /** Minimum pass rate over applicable cases. */
  floor: number;
}

// Parser functions and magic words: `{{#…:`, `{{name:` for core functions, or an upper-case word.
const FUNCTION_CASE = /\{\{\s*(?:#[a-z]+\s*:|(?:lc|uc|lcfirst|ucfirst|urlencode|anchorencode|formatnum|padleft|padright|plural|ns|nse|localurl|fullurl|canonicalurl|filepath|int|gender|grammar|pagesincategory|subst|safesubst|msgnw|raw)\s*:|[A-Z]{4,}[A-Z0-9]*\s*[:}|]|!\}\}|=\}\})/i;

const SUITES: Suite[] = [
  { file: 'preprocessor.txt', requireBraces: false, label: 'preprocessor.txt', floor: 0.9 },
  { file: 'magicWords.txt', requireBraces: false, label: 'magicWords.txt', floor: 0.9 },
  { file: 'funcsParserTests.txt', requireBraces: false, label: 'funcsParserTests.txt', floor: 0.9 },
  { file: 'stringFunctionTests.txt', requireBraces: false, label: 'stringFunctionTests.txt', floor: 0.9 },
  { file: 'parserTests.txt', requireBraces: true, filter: FUNCTION_CASE, label: 'parserTests.txt (parser functions)', floor: 0.9 },
  { file: 'parserTests.txt', requireBraces: true, label: 'parserTests.txt (all with {{)', floor: 0.9 },
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
  test(`peer tests: ${suite.label}`, (t) => {
    if (!shared) {
      t.skip('shared data not found');
      return;
    }
    const f = load(suite.file);
    // Articles of parserTests.txt are the common templates (1x, …); a file's own win.
    const articles = new Map([...load('parserTests.txt').articles, ...f.articles]);
    let applicable = 0;
    let passed = 0;
    let pipelinePassed = 0;
    const pipelineFails: string[] = [];
    const excluded = new Map<string, number>();
    const fails: string[] = [];
    for (const c of f.cases) {
      const why = exclusion(c, suite.requireBraces) ?? (suite.filter && !suite.filter.test(c.wikitext) ? 'not a parser-function case' : null);
      if (why) {
        excluded.set(why, (excluded.get(why) ?? 0) + 1);
        continue;
      }
      applicable++;
      const r = runCase(c, articles);
      if (r.pipelineFails.length === 0) pipelinePassed++;
      else pipelineFails.push(`${c.name} [${r.pipelineFails.join(',')}]\n    markdown: ${JSON.stringify(r.markdown.slice(0, 200))}`);
      if (r.pass) passed++;
      else fails.push(`${c.name}\n    expected: ${r.expected.slice(0, 200)}\n    got:      ${r.got.slice(0, 200)}`);
    }
    const rate = applicable ? passed / applicable : 1;
    t.diagnostic(`${suite.label}: ${passed}/${applicable} applicable cases pass (${(100 * rate).toFixed(1)}%)`);
    t.diagnostic(`${suite.label}: ${pipelinePassed}/${applicable} pass through parse → Markdown → markdown-it (ptscore criteria)`);
    if (process.env.PEER_PIPELINE_FAILS) for (const fail of pipelineFails) t.diagnostic('  PIPELINE ' + fail);
    if (process.env.PEER_VERBOSE) for (const [why, n] of excluded) t.diagnostic(`  excluded ${n}: ${why}`);
    if (process.env.PEER_FAILS) for (const fail of fails) t.diagnostic('  FAIL ' + fail);
    assert.ok(rate >= suite.floor, `${suite.label}: pass rate ${rate.toFixed(3)} fell below ${suite.floor}`);
  });
}
