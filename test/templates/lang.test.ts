import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineOf, makeCtx, render, show } from './harness.js';
import { convert } from './pipeline.js';

const zh = makeCtx('zh');
const ja = makeCtx('ja');
const en = makeCtx('en');
const uk = makeCtx('uk');

test('lang-xx: label in the page language, then the text', () => {
  assert.deepEqual(inlineOf(render('Lang-en', ['Lee De Forest'], {}, zh)), [{ type: 'text', value: '英语：Lee De Forest' }]);
  assert.equal(show(inlineOf(render('lang-en', ['Lee De Forest'], {}, ja))), '英語: Lee De Forest');
  assert.equal(show(inlineOf(render('Lang-fr', ['Foo'], {}, en))), 'French: Foo');
  assert.equal(show(inlineOf(render('Lang-en', ['Foo'], {}, uk))), 'англ. Foo');
  assert.equal(show(inlineOf(render('Lang-en-short', ['Foo'], {}, ja))), '英: Foo');
  assert.equal(show(inlineOf(render('Lang-ru', ['Москва', 'Moskva'], {}, zh))), '俄语：Москва，*Moskva*');
});

test('lang-xx with an unknown code keeps the text alone; empty calls drop', () => {
  assert.equal(show(inlineOf(render('Lang-cu2', ['ѧзъ'], {}, uk))), 'ѧзъ');
  assert.deepEqual(render('Lang-en', [''], {}, zh), { kind: 'drop' });
});

test('lang|xx|text → just the text (markup parsed)', () => {
  assert.deepEqual(inlineOf(render('Lang', ['de', 'Glühwein'], {}, zh)), [{ type: 'text', value: 'Glühwein' }]);
  assert.equal(show(inlineOf(render('lang', ['en', '[[Byte|byte]]'], {}, zh))), '[[Byte|byte]]');
  assert.equal(show(inlineOf(render('LangWithName', ['en', '英語', 'Foo'], {}, ja))), '英語: Foo');
});

test('language icons', () => {
  assert.equal(show(inlineOf(render('en icon', [], {}, zh))), '（英语）');
  assert.equal(show(inlineOf(render('En', [], {}, zh))), '（英语）');
  assert.equal(show(inlineOf(render('Ja icon', [], {}, ja))), '(日本語)');
  assert.equal(show(inlineOf(render('Ref-en', [], {}, uk))), '(англ.)');
  assert.equal(show(inlineOf(render('Fr icon', [], {}, en))), '(in French)');
});

test('zh: 简体中文：…；繁體中文：…；拼音：…', () => {
  // On zh the simplified and traditional forms go to the parser inside -{…}- (kept in every variant;
  // the harness's stand-in parser shows the wikitext it was handed).
  assert.equal(show(inlineOf(render('Zh', [], { s: '汉字', t: '漢字', p: 'hànzì' }, zh))), '简体中文：-{汉字}-；繁體中文：-{漢字}-；拼音：hànzì');
  assert.equal(show(inlineOf(render('Zh', [], { c: '中文', p: 'zhōngwén' }, en))), 'Chinese: 中文; pinyin: *zhōngwén*');
});

test('Jpn / japanese / nihongo', () => {
  assert.equal(show(inlineOf(render('Jpn', [], { j: '足利 義持', kana: 'あしかが よしもち', rm: 'Ashikaga Yoshimochi' }, zh))), '日语：-{足利 義持}-／-{あしかが よしもち}- *Ashikaga Yoshimochi*');
  assert.equal(show(inlineOf(render('japanese', [], { japanese: '香取', kana: 'かとり', romaji: 'Katori' }, zh))), '日语：-{香取}-／-{かとり}- *Katori*');
  assert.equal(show(inlineOf(render('Nihongo', ['Tokyo', '東京', 'Tōkyō'], {}, en))), 'Tokyo (東京, *Tōkyō*)');
});

test('zh {{japanese}} on its own line above the lead is the 日語寫法 box, not words of the lead (zh 中上健次, 香取號戰艦)', () => {
  const src = "{{japanese|japanese=中上 健次|kana=なかがみ けんじ|romaji=Nakagami Kenji}}\n'''中上健次'''（1946年—1992年），小說家。";
  assert.equal(convert(src, '中上健次').markdown.trim(),
    '| 日語寫法 |  |\n| --- | --- |\n| 日語原文 | 中上 健次 |\n| 假名 | なかがみ けんじ |\n| 平文式罗马字 | Nakagami Kenji |\n\n**中上健次**（1946年—1992年），小說家。');
  // Inside a sentence it stays inline.
  assert.equal(convert('香取（{{japanese|japanese=香取|romaji=Katori}}）', 'T').markdown.trim(), '香取（日语：香取 *Katori*）');
});

test('IPA, IPAc-en, audio', () => {
  assert.equal(show(inlineOf(render('IPA', ['/fuː/'], {}, en))), '/fuː/');
  assert.equal(show(inlineOf(render('IPA-de', ['ˈbɛʁlɪn'], {}, en))), '[ˈbɛʁlɪn]');
  assert.equal(show(inlineOf(render('IPAc-en', ['lang', 'ˈ', 'f', 'uː'], {}, en))), '/ˈfuː/');
  assert.equal(show(inlineOf(render('Audio', ['De-Berlin.ogg', 'Berlin'], {}, en))), 'Berlin');
  assert.deepEqual(render('Audio', ['De-Berlin.ogg'], {}, en), { kind: 'drop' });
});

test('ukwiki {{МФА-всі|sounds|МФА|audio.ogg}}: the pronunciation in brackets (uk 0043 Україна lost it from the lead)', () => {
  assert.equal(show(inlineOf(render('МФА-всі', ['ʊkrɐˈjɪn̪ɐ', 'МФА', 'Uk-Україна.ogg'], {}, uk))), '[ʊkrɐˈjɪn̪ɐ]');
  assert.equal(
    convert("'''Украї́на''' ({{МФА-всі|ʊkrɐˈjɪn̪ɐ|МФА|Uk-Україна.ogg}})&nbsp;— держава.", 'Україна', 'uk').markdown.trim(),
    '**Украї́на** ([ʊkrɐˈjɪn̪ɐ])\u00a0— держава.',
  );
});

test('ja 読み仮名: word and reading', () => {
  assert.equal(show(inlineOf(render('読み仮名', ['地理学', 'ちりがく', '英: geography'], {}, ja))), '地理学（ちりがく、英: geography）');
  assert.equal(show(inlineOf(render('読み仮名_ruby不使用', ['生物', 'せいぶつ'], {}, ja))), '生物（せいぶつ）');
});

test('a bare language-code template with words shows the words (jawiki {{en|…}}); without words it is the icon', () => {
  const md = (src: string, lang: string) => convert(src, 'T', lang).markdown.trim();
  assert.equal(md('圏では“{{de|Religionswissenschaft}}”と言う。「{{en|I am happy.}}」', 'ja'), '圏では“Religionswissenschaft”と言う。「I am happy.」');
  assert.equal(md('Site{{en}}', 'ja'), 'Site(英語)');
  assert.equal(md('网站{{en}}', 'zh'), '网站（英语）');
});

test('ukwiki {{МФА2|…}}: the transcription in brackets (uk 0356 read "(Émile Durkheim; ; 15 квітня")', () => {
  assert.equal(show(inlineOf(render('МФА2', ['emil dyʁkɛm'], {}, uk))), '[emil dyʁkɛm]');
  assert.equal(
    convert("'''Еміль Дюркгайм''' ({{lang-fr|Émile Durkheim}}; {{МФА2|emil dyʁkɛm}}; 1858)", 'Еміль Дюркгайм', 'uk').markdown.trim(),
    '**Еміль Дюркгайм** (фр. Émile Durkheim; [emil dyʁkɛm]; 1858)',
  );
});
