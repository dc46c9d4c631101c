import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/preprocess/tokenize.js';
import type { PPNode } from '../../src/preprocess/tree.js';
import { assertLinear } from '../helpers/linear.js';

/** Compact, unambiguous rendering of a PP tree: ⟨T…⟩ template, ⟨A…⟩ argument, ⟨!…⟩ comment, ⟨X…⟩ extension, ⟨I…⟩ ignore. */
function show(nodes: readonly PPNode[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += n.value;
        break;
      case 'template':
        out += '⟨T' + (n.lineStart ? '^' : '') + show(n.title);
        for (const p of n.parts) out += '¦' + (p.name ? show(p.name) + '≔' : '') + show(p.value);
        out += '⟩';
        break;
      case 'argument':
        out += '⟨A' + show(n.name) + (n.default ? '¦' + show(n.default) : '') + '⟩';
        break;
      case 'comment':
        out += '⟨!' + n.raw + '⟩';
        break;
      case 'extension':
        out += '⟨X' + n.name + '‹' + n.attrs + '›' + (n.inner === null ? '∅' : n.inner) + (n.close === null ? '' : '‹' + n.close + '›') + '⟩';
        break;
      case 'ignore':
        out += '⟨I' + n.raw + '⟩';
        break;
    }
  }
  return out;
}

const page = (s: string, variants = false) => show(tokenize(s, { forInclusion: false, variantBrackets: variants }));
const incl = (s: string) => show(tokenize(s, { forInclusion: true, variantBrackets: false }));

test('templates, parts, named parts', () => {
  assert.equal(page('a{{b}}c'), 'a⟨Tb⟩c');
  assert.equal(page('{{b|x|k = v|y}}'), '⟨Tb¦x¦k ≔ v¦y⟩');
  assert.equal(page('{{b|x=1=2}}'), '⟨Tb¦x≔1=2⟩');
  assert.equal(page('{{#if:a|b|c}}'), '⟨T#if:a¦b¦c⟩');
  assert.equal(page('{{a|{{b|c=d}}|e}}'), '⟨Ta¦⟨Tb¦c≔d⟩¦e⟩');
  // `=` in the title is text; only parts after a pipe split on it
  assert.equal(page('{{a=b|c}}'), '⟨Ta=b¦c⟩');
});

test('arguments and brace runs', () => {
  assert.equal(page('{{{x}}}'), '⟨Ax⟩');
  assert.equal(page('{{{x|d|e}}}'), '⟨Ax¦d⟩');
  assert.equal(page('{{{x|k=v}}}'), '⟨Ax¦k=v⟩');
  assert.equal(page('{{{{{x}}}}}'), '⟨T⟨Ax⟩⟩');
  assert.equal(page('{{{{x}}}}'), '{⟨Ax⟩}');
  // four opening braces: `{{{` + `{x}}}`? MediaWiki: 4 open, 3 close → argument, 1 brace left as text.
  assert.equal(page('{{{{x}}}'), '{⟨Ax⟩');
  assert.equal(page('{{{x}}'), '{⟨Tx⟩');
  assert.equal(page('{{x}}}'), '⟨Tx⟩}');
  assert.equal(page('{{{{{{x}}}}}}'), '⟨A⟨Ax⟩⟩');
  assert.equal(page('{x}'), '{x}');
});

test('unbalanced braces become text with their pipes', () => {
  assert.equal(page('{{a|b'), '{{a|b');
  assert.equal(page('{{a|{{b}}|c'), '{{a|⟨Tb⟩|c');
  assert.equal(page('}}{{'), '}}{{');
  assert.equal(page('{{a|b=c'), '{{a|b=c');
});

test('[[ ]] is a bracket: pipes inside do not split, and }} inside an open [[ is text', () => {
  assert.equal(page('{{a|[[b|c]]|d}}'), '⟨Ta¦[[b|c]]¦d⟩');
  assert.equal(page('{{a|[[b=c]]}}'), '⟨Ta¦[[b=c]]⟩');
  assert.equal(page('{{a|[[b}}'), '{{a|[[b}}');
  assert.equal(page('[[a|{{b|c}}]]'), '[[a|⟨Tb¦c⟩]]');
  assert.equal(page('[[[a]]'), '[[[a]]');
  assert.equal(page('[a|b]'), '[a|b]');
});

test('-{ }- is a bracket when variantBrackets is on', () => {
  assert.equal(page('{{a|-{x|y}-|z}}', true), '⟨Ta¦-{x|y}-¦z⟩');
  assert.equal(page('{{a|-{x|y}-|z}}', false), '⟨Ta¦-{x¦y}-¦z⟩');
  assert.equal(page('-{{{a}}}-', true), '-⟨Aa⟩-');
  assert.equal(page('-{{a}}}-', true), '-⟨Ta⟩}-');
  assert.equal(page('-{{{a}}-', true), '-{⟨Ta⟩-');
  assert.equal(page('a-b}-c', true), 'a-b}-c');
  assert.equal(page('-{a', true), '-{a');
});

test('lineStart is set for a call at the start of a line (not at offset 0, as MediaWiki)', () => {
  assert.equal(page('x\n{{a}}'), 'x\n⟨T^a⟩');
  assert.equal(page('{{a}}'), '⟨Ta⟩');
  const t = tokenize('ab{{c}}', { forInclusion: false, variantBrackets: false })[1]!;
  assert.equal(t.type === 'template' && t.offset, 2);
});

test('headings inside templates block | and = until the end of the line', () => {
  assert.equal(page('{{a|\n==b|c==\n|d}}'), '⟨Ta¦\n==b|c==\n¦d⟩');
  // a lone "=" at line start where an equals is expected is the separator
  assert.equal(page('{{a|\n=b}}'), '⟨Ta¦\n≔b⟩');
  assert.equal(page('{{a|\n==b}}'), '{{a|\n==b}}');
});

test('comments', () => {
  assert.equal(page('a<!-- x -->b'), 'a⟨!<!-- x -->⟩b');
  assert.equal(page('a<!-- x'), 'a⟨!<!-- x⟩');
  // a comment alone on its line takes the line with it
  assert.equal(page('a\n  <!-- x --> \nb'), 'a\n⟨!  <!-- x --> \n⟩b');
  assert.equal(page('a\n<!-- x --><!-- y -->\nb'), 'a\n⟨!<!-- x -->⟩⟨!<!-- y -->\n⟩b');
  assert.equal(page('a\n<!-- x -->b\n'), 'a\n⟨!<!-- x -->⟩b\n');
  assert.equal(page('{{a|<!--|-->b}}'), '⟨Ta¦⟨!<!--|-->⟩b⟩');
});

test('a run of comments not alone on its line stays linear', () => {
  // Only a run that starts a line can take the line: one in mid-line was rescanned from each comment.
  assert.equal(page('a<!--x--><!--y-->\nb'), 'a⟨!<!--x-->⟩⟨!<!--y-->⟩\nb');
  assert.equal(page('<!--x--> <!--y-->\nb'), '⟨!<!--x-->⟩ ⟨!<!--y-->⟩\nb');
  assertLinear('comments in a row', (k) => page('<!-- x -->'.repeat(k)), 4000);
  assertLinear('comments in a row after a line start', (k) => page('a\n' + '<!-- x -->'.repeat(k) + 'b'), 4000);
});

test('extension tags are cut out whole', () => {
  assert.equal(page('a<ref name="x">{{b|c}}</ref>d'), 'a⟨Xref‹ name="x"›{{b|c}}‹</ref>›⟩d');
  assert.equal(page('<REF>x</Ref >'), '⟨Xref‹›x‹</Ref >›⟩');
  assert.equal(page('<ref name=x/>'), '⟨Xref‹ name=x›∅⟩');
  assert.equal(page('<references/>'), '⟨Xreferences‹›∅⟩');
  assert.equal(page('{{a|<nowiki>|</nowiki>}}'), '⟨Ta¦⟨Xnowiki‹›|‹</nowiki>›⟩⟩');
  // unclosed: literal, and parsing resumes after the tag
  assert.equal(page('<ref>{{a}}'), '<ref>⟨Ta⟩');
  assert.equal(page('<math x'), '<math x');
  // not an extension tag
  assert.equal(page('<span>{{a}}</span>'), '<span>⟨Ta⟩</span>');
  assert.equal(page('<refx>'), '<refx>');
});

test('include control in page view and for inclusion', () => {
  assert.equal(page('a<includeonly>b</includeonly>c'), 'a⟨I<includeonly>b</includeonly>⟩c');
  assert.equal(page('a<noinclude>b</noinclude>c'), 'a⟨I<noinclude>⟩b⟨I</noinclude>⟩c');
  assert.equal(page('a<includeonly>b'), 'a⟨I<includeonly>b⟩');
  assert.equal(incl('a<includeonly>b</includeonly>c'), 'a⟨I<includeonly>⟩b⟨I</includeonly>⟩c');
  assert.equal(incl('a<noinclude>b</noinclude>c'), 'a⟨I<noinclude>b</noinclude>⟩c');
  assert.equal(incl('a<onlyinclude>b</onlyinclude>c<onlyinclude>d</onlyinclude>e'), '⟨Ia<onlyinclude>⟩b⟨I</onlyinclude>c<onlyinclude>⟩d⟨I</onlyinclude>e⟩');
});

// The literal scan reads the first 32 characters of a run one by one and searches the rest with a
// regular expression built from the same stop table: runs of 31, 32, 33 and more characters
// reach each path and the boundary between them.
test('long literal runs stop where short ones do', () => {
  for (const n of [31, 32, 33, 100]) {
    const x = 'x'.repeat(n);
    assert.equal(page('{{a|' + x + '|b=c}}'), '⟨Ta¦' + x + '¦b≔c⟩', `n = ${n}`);
    assert.equal(page('{{' + x + '|b}}'), '⟨T' + x + '¦b⟩', `title, n = ${n}`);
  }
  // CJK (two-byte) text before `]]`, and a pipe inside the link that does not split the part
  const han = '中文维基百科的条目'.repeat(5);
  assert.equal(page('{{a|[[' + han + ']]|b}}'), '⟨Ta¦[[' + han + ']]¦b⟩');
  assert.equal(page('{{a|[[' + han + '|' + han + ']]|b}}'), '⟨Ta¦[[' + han + '|' + han + ']]¦b⟩');
  // `-{` after a long run: a bracket only with variant brackets on; lone dashes in the run are text
  const dashes = 'a-b '.repeat(20);
  assert.equal(page('{{a|' + dashes + '-{p|q}-|z}}', true), '⟨Ta¦' + dashes + '-{p|q}-¦z⟩');
  assert.equal(page('{{a|' + dashes + '-{p|q}-|z}}', false), '⟨Ta¦' + dashes + '-{p¦q}-¦z⟩');
  // `=` after a long run splits name from value; so does a lone `=` starting the next line
  const long = 'y'.repeat(50);
  assert.equal(page('{{a|' + long + '=v}}'), '⟨Ta¦' + long + '≔v⟩');
  assert.equal(page('{{a|' + long + '\n=v}}'), '⟨Ta¦' + long + '\n≔v⟩');
  // a heading line after a long run: `|` inside it is text up to the line's end, long or short
  assert.equal(page('{{a|' + long + '\n==' + long + '|c==\n|d}}'), '⟨Ta¦' + long + '\n==' + long + '|c==\n¦d⟩');
  // at the top level `|` stops nothing; `{{` after a long run still opens a template
  assert.equal(page(long + '|' + long + '{{b}}'), long + '|' + long + '⟨Tb⟩');
  assert.equal(page(han + han + '[[c]]'), han + han + '[[c]]');
});

test('a long literal run with no stop runs to the end of the text', () => {
  for (const n of [32, 33, 100]) {
    const x = 'x'.repeat(n);
    assert.equal(page(x), x, `n = ${n}`);
    assert.equal(page('{{a|' + x), '{{a|' + x, `unclosed, n = ${n}`);
    assert.equal(page('{{a|\n==' + x), '{{a|\n==' + x, `unclosed heading, n = ${n}`);
  }
  const han = '中文'.repeat(40);
  assert.equal(page('[[' + han), '[[' + han);
});

test('linear on pathological input', () => {
  const n = 20000;
  const out1 = page('{{'.repeat(n));
  assert.equal(out1, '{'.repeat(2 * n));
  const out2 = page('{{a|'.repeat(n));
  assert.equal(out2, '{{a|'.repeat(n));
  const out3 = tokenize('{{a|'.repeat(n) + '}}'.repeat(n), { forInclusion: false, variantBrackets: false });
  assert.equal(out3.length, 1);
  assert.equal(out3[0]!.type, 'template');
  const out4 = page('<ref>'.repeat(n));
  assert.equal(out4, '<ref>'.repeat(n));
  const out5 = page('<ref '.repeat(n));
  assert.equal(out5, '<ref '.repeat(n));
  const out6 = page('[['.repeat(n) + '<!--' + '-->'.repeat(5));
  assert.ok(out6.startsWith('[[[['));
  assertLinear('unclosed {{', (k) => page('{{'.repeat(k)), n);
  assertLinear('unclosed {{a|', (k) => page('{{a|'.repeat(k)), n);
  assertLinear('nested templates', (k) => tokenize('{{a|'.repeat(k) + '}}'.repeat(k), { forInclusion: false, variantBrackets: false }), n);
  assertLinear('unclosed <ref>', (k) => page('<ref>'.repeat(k)), n);
  assertLinear('unclosed <ref ', (k) => page('<ref '.repeat(k)), n);
  assertLinear('unclosed [[ and comment', (k) => page('[['.repeat(k) + '<!--' + '-->'.repeat(5)), n);
});
