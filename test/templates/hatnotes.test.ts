import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import type { Block } from '../../src/ast/nodes.js';
import { makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh', '歌劇魅影');
const ja = makeCtx('ja', '東京');
const en = makeCtx('en', 'Mercury');
const uk = makeCtx('uk', 'Київ');

function hat(r: ReturnType<typeof render>): string {
  assert.equal(r.kind, 'block');
  const nodes = (r as { nodes: Block[] }).nodes;
  assert.equal(nodes.length, 1);
  assert.equal(nodes[0]!.type, 'paragraph');
  return show(nodes).trimEnd();
}

test('main: italic paragraph, links kept', () => {
  assert.deepEqual(render('Main', ['数学'], {}, zh), {
    kind: 'block',
    nodes: [{
      type: 'paragraph',
      children: [{
        type: 'emphasis',
        children: [
          { type: 'text', value: '主条目：' },
          { type: 'wikiLink', title: '数学', ns: 0, fragment: null, interwiki: null, children: [{ type: 'text', value: '数学' }] },
        ],
      }],
    }],
  });
  assert.equal(hat(render('主条目', ['数学', '代数'], { l2: '代数学' }, zh)), '*主条目：[[数学|数学]]、[[代数|代数学]]*');
  assert.equal(hat(render('Main', ['Foo', 'Bar', 'Baz'], {}, en)), '*Main articles: [[Foo|Foo]], [[Bar|Bar]], and [[Baz|Baz]]*');
  assert.equal(hat(render('Main', ['Foo#History'], {}, en)), '*Main article: [[Foo|Foo § History]]*');
  assert.equal(hat(render('Main', ['東京都'], {}, ja)), '*詳細は「[[東京都|東京都]]」を参照*');
  assert.equal(hat(render('Основна стаття', ['Місто'], {}, uk)), '*Докладніше: [[Місто|Місто]]*');
});

test('see also, further, details, distinguish', () => {
  assert.equal(hat(render('See also', ['A', 'B'], {}, zh)), '*参见：[[A|A]]、[[B|B]]*');
  assert.equal(hat(render('See also', ['A', 'B'], {}, en)), '*See also: [[A|A]] and [[B|B]]*');
  assert.equal(hat(render('Further', ['A'], {}, zh)), '*延伸阅读：[[A|A]]*');
  assert.equal(hat(render('Distinguish', ['A'], {}, zh)), '*不要与[[A|A]]混淆。*');
  assert.equal(hat(render('Distinguish', ['A'], {}, en)), '*Not to be confused with [[A|A]].*');
});

test('about, for, otheruses, redirect', () => {
  assert.equal(hat(render('About', ['電影', '小說', '歌劇魅影 (小說)'], {}, zh)), '*本条目介绍的是電影。关于小說，请见「[[歌劇魅影 (小說)|歌劇魅影 (小說)]]」。*');
  assert.equal(hat(render('About', ['the planet'], {}, en)), '*This article is about the planet. For other uses, see [[Mercury (disambiguation)|Mercury (disambiguation)]].*');
  assert.equal(hat(render('For', ['the element', 'Mercury (element)'], {}, en)), '*For the element, see [[Mercury (element)|Mercury (element)]].*');
  assert.equal(hat(render('Otheruses', [], {}, zh)), '*关于与「歌劇魅影」标题相近或相同的条目，请见「[[歌劇魅影 (消歧义)|歌劇魅影 (消歧义)]]」。*');
  assert.equal(hat(render('Redirect', ['魅影', '音樂劇', '魅影 (音樂劇)'], {}, zh)), '*「魅影」重定向至此。关于音樂劇，请见「[[魅影 (音樂劇)|魅影 (音樂劇)]]」。*');
});

test('uk Значення names the disambiguation page itself; no second suffix', () => {
  assert.equal(hat(render('Значення', ['1687 (значення)'], {}, uk)), '*Інші значення: [[1687 (значення)|1687 (значення)]].*');
  assert.equal(hat(render('Значення', [], {}, uk)), '*Інші значення: [[Київ (значення)|Київ (значення)]].*');
});

test('otheruses with a piped page ({{Otheruses|X (значення){{!}}X}}) links X (значення) under the label X', () => {
  // ukwiki's Україна starts with {{Otheruses|Україна (значення){{!}}Україна}}: once {{!}} is expanded the
  // argument holds a bar; it used to come out as unlinked text "Україна (значення)|Україна (значення)".
  assert.equal(hat(render('Otheruses', ['Україна (значення)|Україна'], {}, uk)), '*Інші значення: [[Україна (значення)|Україна]].*');
  assert.equal(hat(render('Otheruses', ['Mercury|the planet'], {}, en)), '*For other uses, see [[Mercury (disambiguation)|the planet]].*');
  assert.equal(hat(render('Otheruses', ['魅影|魅影'], {}, zh)), '*关于与「魅影」标题相近或相同的条目，请见「[[魅影 (消歧义)|魅影]]」。*');
});

test('uk {{Otheruses|X}} links the page X as named: no "(значення)" added to a page of meanings called otherwise (uk 0010, 0145)', () => {
  assert.equal(hat(render('Otheruses', ['Довжина (фонетика)'], {}, uk)), '*Інші значення: [[Довжина (фонетика)|Довжина (фонетика)]].*');
  assert.equal(hat(render('Otheruses', ['База'], {}, uk)), '*Інші значення: [[База|База]].*');
  assert.equal(hat(render('Otheruses', [], {}, uk)), '*Інші значення: [[Київ (значення)|Київ (значення)]].*');
});

test('uk {{Othernames|Прізвище}} / {{однофамільці}}: the people with the same surname (was a link to a missing "Прізвище (значення)")', () => {
  assert.equal(hat(render('Othernames', ['Антонович'], {}, uk)), '*У Вікіпедії є статті про інших людей із прізвищем [[Антонович|Антонович]].*');
  assert.equal(hat(render('Othernames', ['Расселл (прізвище)', 'Расселл'], {}, uk)), '*У Вікіпедії є статті про інших людей із прізвищем [[Расселл (прізвище)|Расселл]].*');
  assert.equal(
    hat(render('однофамільці', ['Коляда (значення)#Прізвище|Коляда'], {}, uk)),
    '*У Вікіпедії є статті про інших людей із прізвищем [[Коляда (значення)|Коляда]].*',
  );
});

test('uk {{redirect}} quotes the name in «» (uk 0150 КНУ)', () => {
  assert.equal(
    hat(render('Redirect', ['КНУ', 'Криворізький національний університет'], {}, uk)),
    '*«КНУ» перенаправляє сюди. Про Криворізький національний університет див. [[КНУ (значення)|КНУ (значення)]].*',
  );
});

test('zh Otheruses with subject= and other=: they describe the uses, the positional argument is the page (zh 歌劇魅影 (迷你影集))', () => {
  assert.equal(hat(render('Otheruses', ['歌劇魅影 (消歧義)'], { subject: '1990年於美國播出的迷你影集', other: '《歌劇魅影》的其他作品' }, zh)),
    '*本条目介绍的是1990年於美國播出的迷你影集。关于《歌劇魅影》的其他作品，请见「[[歌劇魅影 (消歧義)|歌劇魅影 (消歧義)]]」。*');
  // Without a page: the page title's disambiguation page.
  assert.equal(hat(render('Otheruses', [], { subject: '电影' }, zh)), '*本条目介绍的是电影。关于其他用法，请见「[[歌劇魅影 (消歧义)|歌劇魅影 (消歧义)]]」。*');
});

test('ja Otheruses is an About-style hatnote', () => {
  assert.equal(
    hat(render('Otheruses', ['鍵盤楽器', '強弱記号のピアノ', '強弱法', 'その他の用法', 'ピアノ (曖昧さ回避)'], {}, ja)),
    '*この項目では、鍵盤楽器について説明しています。強弱記号のピアノについては「[[強弱法|強弱法]]」をご覧ください。その他の用法については「[[ピアノ (曖昧さ回避)|ピアノ (曖昧さ回避)]]」をご覧ください。*',
  );
});

test('hatnotes without targets drop', () => {
  assert.deepEqual(render('Main', [], {}, zh), { kind: 'drop' });
  assert.deepEqual(render('See also', [''], {}, zh), { kind: 'drop' });
});

test('ja 別人 and uk Див / Otheruses-2', () => {
  assert.equal(hat(render('別人', ['鳥山晃'], {}, ja)), '*「[[鳥山晃|鳥山晃]]」とは別人です。*');
  assert.equal(hat(render('Див', ['Населення Чехії'], {}, uk)), '*Див. [[Населення Чехії|Населення Чехії]]*');
  assert.equal(hat(render('Otheruses-2', ['Польща (значення)', 'Річ Посполита (значення)'], {}, uk)), '*Див. [[Польща (значення)|Польща (значення)]], [[Річ Посполита (значення)|Річ Посполита (значення)]]*');
});

test('a page written with its own label ({{!}} in the call) links under that label, not "X § Y|Label"', () => {
  // ukwiki: {{Див. також|Мовознавство#Зв'язок мовознавства з іншими науками{{!}}Зв'язок …}}
  assert.equal(
    hat(render('Див. також', ["Мовознавство#Зв'язок з науками|Зв'язок з науками", 'Перфект'], {}, uk)),
    "*Див. також: [[Мовознавство|Зв'язок з науками]], [[Перфект|Перфект]]*",
  );
  assert.equal(hat(render('Main', ['A|B', 'C'], { l2: 'D' }, en)), '*Main articles: [[A|B]] and [[C|D]]*');
  // An explicit l1= still wins over the piped label.
  assert.equal(hat(render('Main', ['A|B'], { l1: 'E' }, en)), '*Main article: [[A|E]]*');
});

test('jawiki {{Redirectlist}} lists every use and page', () => {
  const md = (src: string, title: string) => String(convertPage(src, { site: 'ja', title }).markdown).trim();
  assert.equal(md('{{redirectlist|Q&A|米映画|Q&A (映画)|[[秦基博]]のシングル|Q & A|企業|キューアンドエー}}', 'FAQ'),
    '*「Q&A」はこの項目へ転送されています。米映画については「[Q&A (映画)](https://ja.wikipedia.org/wiki/Q&A_(映画))」をご覧ください。' +
      '[秦基博](https://ja.wikipedia.org/wiki/秦基博)のシングルについては「[Q & A](https://ja.wikipedia.org/wiki/Q_&_A)」をご覧ください。' +
      '企業については「[キューアンドエー](https://ja.wikipedia.org/wiki/キューアンドエー)」をご覧ください。*');
});

test('a page argument written as links keeps them (jawiki {{Main|{{仮リンク|…}}}}: was one link to "X（英語版）", a page that does not exist)', () => {
  const md = convertPage('{{Main|{{仮リンク|エジプトの政治|en|Politics of Egypt}}|近代エジプトの国家元首の一覧}}', { site: 'ja', title: 'エジプト' }).markdown;
  assert.equal(md, '*詳細は「[エジプトの政治](https://ja.wikipedia.org/wiki/エジプトの政治)（[英語版](https://en.wikipedia.org/wiki/Politics_of_Egypt)）」、「[近代エジプトの国家元首の一覧](https://ja.wikipedia.org/wiki/近代エジプトの国家元首の一覧)」を参照*\n');
  // A piped link in the argument goes to its target under its label; plain names stay linked as before.
  assert.equal(hat(render('See also', ['[[パリの気候|気候]]', 'パリ'], {}, ja)), '*「[[パリの気候|気候]]」、「[[パリ|パリ]]」も参照*');
});

test('jawiki {{詳細記事}} is {{Main}} (ja 0008 lost it as an unknown template)', () => {
  assert.equal(hat(render('詳細記事', ['生体物質'], {}, ja)), '*詳細は「[[生体物質|生体物質]]」を参照*');
});

test('uk {{Дивіться також|…}} is «Див. також» (uk 0375: the «Українська громада» section stood empty)', () => {
  assert.equal(hat(render('Дивіться також', ['Берестейщина', 'Берестейська земля'], {}, uk)), '*Див. також: [[Берестейщина|Берестейщина]], [[Берестейська земля|Берестейська земля]]*');
});

test('jawiki {{関連記事|A|B}} is a related-articles note, as {{See also}} (ja 0047, 0069 lost it as an unknown template)', () => {
  assert.equal(hat(render('関連記事', ['哲人王_(プラトン)', '哲人政治'], {}, ja)), '*「[[哲人王 (プラトン)|哲人王_(プラトン)]]」、「[[哲人政治|哲人政治]]」も参照*');
});

test('uk {{otherpersons|page|label}} (uk 0099 Шевченко, dropped): the page of people of the same name', () => {
  assert.equal(
    hat(render('Otherpersons', ['Шевченко Тарас (значення)|Шевченко Тарас'], {}, uk)),
    "*Про інших людей з таким ім'ям див. [[Шевченко Тарас (значення)|Шевченко Тарас]].*",
  );
  assert.equal(hat(render('Otherpersons', [], {}, uk)), "*Про інших людей з таким ім'ям див. [[Київ (значення)|Київ]].*");
  // ukwiki's wording only: on the other wikis the name has no handler and the call shows nothing.
  for (const site of ['ja', 'zh'] as const) {
    assert.equal(convertPage('{{otherpersons|X (значення)|X}}\nText', { site, title: 'X' }).markdown, 'Text\n');
  }
});
