import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConversionState } from '../../src/variants/markup.js';
import { interpretRule, parseChoices } from '../../src/variants/rules.js';
import { countIndexOfReads } from '../helpers/count-reads.js';

const show = (variant: string | null, raw: string): string => new ConversionState(variant).markup(raw).wikitext;

test('-{text}- is shown as written, unconverted', () => {
  assert.equal(show('zh-hant', '头发'), '头发');
  assert.equal(show(null, '头发'), '头发');
});

test('variant choices with fall-backs', () => {
  const raw = 'zh-hans:A;zh-hant:B;';
  assert.equal(show('zh-hans', raw), 'A');
  assert.equal(show('zh-cn', raw), 'A');
  assert.equal(show('zh-sg', raw), 'A');
  assert.equal(show('zh-tw', raw), 'B');
  assert.equal(show('zh-hk', raw), 'B');
  assert.equal(show('zh-hk', 'zh-cn:C;zh-tw:T;zh-hk:H'), 'H');
  assert.equal(show('zh-mo', 'zh-cn:C;zh-tw:T;zh-hk:H'), 'H');
  assert.equal(show('zh-hant', 'zh-cn:C;zh-tw:T'), 'T');
  assert.equal(show('zh-my', 'zh-cn:C;zh-sg:S'), 'S');
});

test('no variant (zh): the first of zh-hans, zh-hant, zh-cn, zh-tw … that is given', () => {
  assert.equal(show(null, 'zh-tw:T;zh-cn:C'), 'C');
  assert.equal(show(null, 'zh-hant:T;zh-cn:C'), 'T');
  assert.equal(show(null, 'zh:Z;zh-hans:A'), 'Z');
  assert.equal(show(null, 'zh-hk:H'), 'H');
});

test('choice values keep links whose pipes are not flag separators', () => {
  assert.equal(show('zh-tw', 'zh-cn:[[前弩級戰艦|前弩级战列舰]]; zh-tw:[[前弩級戰艦|前弩級戰艦]]'), '[[前弩級戰艦|前弩級戰艦]]');
  assert.equal(show('zh-tw', '[[A|B]]'), '[[A|B]]');
});

test('flags: R raw, D description, N name, H hidden, T title', () => {
  assert.equal(show('zh-tw', 'R|zh:China;zh-tw:Taiwan'), 'zh:China;zh-tw:Taiwan');
  assert.equal(show('zh-tw', 'D|zh-cn:XA; zh-tw:YA'), '大陆：XA；臺灣：YA；');
  assert.equal(show('zh-tw', 'D;H|FOO=>zh-tw:BAR;FOO=>zh-cn:BAT'), 'FOO⇒臺灣：BAR；FOO⇒大陆：BAT；');
  assert.equal(show('zh-cn', 'N|zh-tw'), '臺灣');
  assert.equal(show('zh-tw', 'H|zh-cn:X;zh-tw:Y'), '');
  const s = new ConversionState('zh-tw');
  assert.equal(s.markup('T|zh-cn:标题;zh-tw:標題').wikitext, '');
  assert.equal(s.title, '標題');
  assert.equal(show('zh-cn', 'A;D|zh-cn:XB; zh-tw:YB'), '');
});

test('H and A rules apply to later text; - removes them', () => {
  const s = new ConversionState('zh-tw');
  assert.equal(s.convert('China'), 'China');
  assert.equal(s.markup('A|zh:China; zh-tw:Taiwan').wikitext, 'Taiwan');
  assert.equal(s.convert('China'), 'Taiwan');
  s.markup('-|zh:China; zh-tw:Taiwan');
  assert.equal(s.convert('China'), 'China');
});

test('unidirectional rules apply only to their variant, zh-hans/zh-hant ignore two-way rules', () => {
  const cn = new ConversionState('zh-cn');
  cn.markup('H|電電電=>zh-cn:气气气');
  assert.equal(cn.convert('馬马: 電電電, 气气气'), '马马: 气气气, 气气气');
  const hans = new ConversionState('zh-hans');
  hans.markup('H|電電電=>zh-cn:气气气');
  assert.equal(hans.convert('馬马: 電電電'), '马马: 电电电');
  const hans2 = new ConversionState('zh-hans');
  hans2.markup('H|zh-cn:气气气;zh-hk:馬馬馬;zh-tw:電電電;');
  assert.equal(hans2.convert('馬馬馬'), '马马马');
  const tw = new ConversionState('zh-tw');
  tw.markup('H|zh-cn:气气气;zh-hk:馬馬馬;zh-tw:電電電;');
  assert.equal(tw.convert('气气气, 馬馬馬'), '電電電, 電電電');
});

test('nested markup resolves innermost first', () => {
  const raw = 'zh-hans:Hi -{zh-cn:China;zh-sg:Singapore;}-;zh-hant:Hello -{zh-tw:Taiwan;zh-hk:H-{ong}- K-{}-ong;}-;';
  assert.equal(show('zh-hk', raw), 'Hello Hong Kong');
  assert.equal(show('zh-tw', 'R|nested -{zh:China;zh-tw:Taiwan}- nested'), 'nested Taiwan nested');
});

test('filter syntax converts the text to the listed variant or its fall-back', () => {
  const s = new ConversionState('zh-hans');
  const d = s.markup('zh;zh-hans;zh-hant|气气气, 馬馬馬');
  assert.equal(d.convertTo, 'zh-hans');
  assert.equal(d.wikitext, '气气气, 馬馬馬');
  assert.equal(new ConversionState('zh-tw').markup('zh-cn|x').convertTo, null);
});

test('a bad variant code voids the rule; empty values are skipped', () => {
  assert.equal(parseChoices('en:B;zh-cn:A').bid.size, 0);
  assert.equal(parseChoices('zh-cn:A; en:B').bid.get('zh-cn'), 'A; en:B');
  assert.deepEqual([...parseChoices('zh-cn:foo;zh-tw:;').bid], [['zh-cn', 'foo']]);
  assert.deepEqual([...parseChoices('zh-cn:a&amp;b;zh-tw:c').bid], [['zh-cn', 'a&amp;b'], ['zh-tw', 'c']]);
  assert.equal(interpretRule('zh-cn:A', 'zh-tw').display, null);
});

test('a semicolon not followed by a variant code stays in the text', () => {
  const { bid } = parseChoices('zh-cn:金·米尔福特; zh-tw:金·米爾福特; 真·米爾福特;');
  assert.equal(bid.get('zh-tw'), '金·米爾福特; 真·米爾福特');
});

test('numeric strings are kept (T51072, T48634)', () => {
  assert.equal(show('zh-cn', 'zh-cn:0;zh-sg:1;zh-tw:2;zh-hk:3'), '0');
  const s = new ConversionState('zh-cn');
  s.markup('H|0=>zh-cn:B');
  s.markup('H|0=>zh-cn:C;0=>zh-cn:D');
  assert.equal(s.convert('012345'), 'D12345');
  assert.equal(s.markup('A|zh-tw:0;zh-cn:E;').wikitext, 'E');
  assert.equal(s.convert('012345'), 'E12345');
});

test('markup nested far past the depth limit stays linear and keeps its text', async () => {
  const { convertPage } = await import('../../src/engine/convert.js');
  const { assertLinear } = await import('../helpers/linear.js');
  // Past MediaWiki's ten levels the deeper -{ is text; our display of it is parsed again and
  // pairs with a leftover }-, one more parse of the rest per ten levels, unless bounded.
  assert.equal(convertPage('-{'.repeat(13) + 'a' + '}-'.repeat(13), { site: 'zh', variant: 'zh-tw' }).markdown, 'a\n');
  const deep = convertPage('-{'.repeat(300) + 'a' + '}-'.repeat(300), { site: 'zh', variant: 'zh-tw' });
  assert.deepEqual(deep.warnings, []);
  assert.ok(deep.markdown.includes('a'), deep.markdown.slice(0, 80));
  for (const variant of ['zh-tw', null]) {
    assertLinear(`markup nested n deep (${variant})`, (n) => convertPage('-{'.repeat(n) + '}-'.repeat(n), { site: 'zh', variant }), 4000);
  }
});

test('markup nested past the depth limit is read once, not once per opening', () => {
  // Counts the characters String.prototype.indexOf reads: past the limit each deeper -{ is passed
  // one at a time, and the search for the }- after each once read the rest of the text (n² / 2).
  const n = 20_000;
  const raw = '-{'.repeat(n) + 'a' + '}-'.repeat(n);
  const { result: shown, read } = countIndexOfReads(() => new ConversionState('zh-tw').markup(raw).wikitext);
  assert.ok(read < 50 * raw.length, `${read} characters read for ${raw.length}`);
  // Ten levels are markup (the one markup() is given and nine inside it); the deeper openings are
  // text, and so are the closings they leave over.
  const expected = '-{'.repeat(n - 9) + 'a' + '}-'.repeat(n - 9);
  assert.ok(shown === expected, `${shown.length} characters shown, ${expected.length} expected`);
});
