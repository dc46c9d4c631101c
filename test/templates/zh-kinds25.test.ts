/**
 * Session 25's zh rehearsal by page kind (docs/templates.md): calls read in real zhwiki articles
 * (named in each test), written here as minimal wikitext of our own, compared with what the
 * template's zhwiki source prints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import { siteFor } from '../../src/site/defaults.js';

const md = (src: string, site = 'zh'): string =>
  convertPage(src, { site, title: '甲' } as Parameters<typeof convertPage>[1]).markdown.trim();

test('Infobox officeholder: NblanknameK labels NnamedataK, one row, no raw parameter names (毛泽东)', () => {
  const src = [
    '{{Infobox officeholder', '|name = 甲', '|office1 = 主席', '|term_start1 = 1943年',
    '|1blankname1 = [[副主席|第一副主席]]', '|1namedata1 = 乙', '|2blankname1 = 秘书长', '|2namedata1 = 丙', '|3blankname1 = 空', '}}',
  ].join('\n');
  assert.equal(md(src), [
    '| 甲 |  |', '| --- | --- |', '| 职位 | 主席 |', '| 任期开始 | 1943年 |',
    '| [第一副主席](https://zh.wikipedia.org/wiki/副主席) | 乙 |', '| 秘书长 | 丙 |',
  ].join('\n'));
  // Unnumbered, as a single-office box writes it.
  assert.equal(md('{{Infobox officeholder|name=甲|1blankname=副手|1namedata=乙}}'), ['| 甲 |  |', '| --- | --- |', '| 副手 | 乙 |'].join('\n'));
  // A deputy without a label (none given, or blank) is one row without a label, as stat1_data.
  assert.equal(md('{{Infobox officeholder|name=甲|1namedata1=乙}}'), ['| 甲 |  |', '| --- | --- |', '| 乙 |  |'].join('\n'));
  assert.equal(md('{{Infobox officeholder|name=甲|1blankname1=|1namedata1=乙}}'), ['| 甲 |  |', '| --- | --- |', '| 乙 |  |'].join('\n'));
});

test('{{pt-link}}, {{es-link}}, {{ko-link}}, … are {{link-pt}} … (each redirects to Internal link helper/xx) — dropped before (火影忍者)', () => {
  assert.equal(md('甲{{pt-link|Panini Comics|Panini Comics}}乙'), '甲[Panini Comics](https://zh.wikipedia.org/wiki/Panini_Comics)乙');
  assert.equal(md('{{ko-link|甲|을}}'), md('{{link-ko|甲|을}}'));
  assert.equal(md('{{es-link|乙|B|丙}}'), '[丙](https://zh.wikipedia.org/wiki/乙)');
  assert.equal(md('{{ja-link|乙|B}}'), md('{{link-ja|乙|B}}'));
  // No local title: the other wiki's article, on that wiki (the language comes from the name).
  assert.equal(md('{{ja-link||日本国}}'), '[日本国](https://ja.wikipedia.org/wiki/日本国)');
  assert.equal(md('{{es-link||Madrid|马德里}}'), '[马德里](https://es.wikipedia.org/wiki/Madrid)');
  // It-link and Vi-link are zhwiki redirects to Internal link helper/it and /vi too.
  assert.equal(md('甲{{it-link|意大利|Italia}}乙'), '甲[意大利](https://zh.wikipedia.org/wiki/意大利)乙');
  assert.equal(md('{{vi-link||Hà Nội}}'), '[Hà Nội](https://vi.wikipedia.org/wiki/Hà_Nội)');
  // Only zh has these redirects: elsewhere the call stays unhandled (dropped).
  assert.equal(md('甲{{pt-link|A|B}}乙', 'en'), '甲乙');
});

test('{{drugs.com}}: zhwiki labels each section of the site; the bare site shows the page (青霉素)', () => {
  assert.equal(md('{{drugs.com|CONS|penicillin.html}}'), '[Micromedex详细消费者药物信息](https://www.drugs.com/cons/penicillin.html.html)');
  assert.equal(md('{{drugs.com|monograph|chlorpromazine}}'), '[Monograph](https://www.drugs.com/monograph/chlorpromazine.html)');
  assert.equal(md('{{drugs.com||aspirin}}'), '[aspirin](https://www.drugs.com/aspirin.html)');
  // `parent` is the bare site too; `drug` and unknown codes fall outside the switch (no #default): nothing.
  assert.equal(md('{{drugs.com|parent|aspirin}}'), '[aspirin](https://www.drugs.com/aspirin.html)');
  assert.equal(md('甲{{drugs.com|drug|aspirin}}乙'), '甲乙');
  assert.equal(md('甲{{drugs.com|foo|aspirin}}乙'), '甲乙');
  assert.equal(md('甲{{drugs.com|constructor|aspirin}}乙'), '甲乙');
  assert.equal(md('{{drugs.com|monograph|chlorpromazine}}', 'en'), '[Drugs.com](https://www.drugs.com/monograph/chlorpromazine.html)');
});

test('{{s-ppo}} heads a party\'s offices and zhwiki\'s {{s-none}} is a cell with 原因： — both were dropped by the S- prefix (毛泽东)', () => {
  const src = '{{Start box}}\n{{s-ppo|cpc}}\n{{s-before|甲}}\n{{s-title|乙|1943年}}\n{{s-none|不设|重设}}\n{{s-ppo}}\n{{End box}}';
  assert.equal(md(src), [
    '<table>', '<tr>',
    '<th colspan="3"><img src="https://upload.wikimedia.org/wikipedia/commons/6/69/Danghui.svg" alt="中国共产党党徽" width="18" /> <a href="https://zh.wikipedia.org/wiki/中国共产党">中国共产党</a>职务</th>',
    '</tr>', '<tr>', '<td>前任：<br /><b>甲</b></td>', '<td><b>乙</b><br />1943年</td>', '<td><b>不设</b><br />原因：重设</td>', '</tr>',
    '<tr>', '<th colspan="3">政党职务</th>', '</tr>', '</table>',
  ].join('\n'));
  // No first argument: zhwiki's `'''{{{1}}}'''` has no default, the parameter shows literally.
  assert.match(md('{{Start box}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{s-none}}\n{{End box}}'), /<td><b>\{\{\{1\}\}\}<\/b><\/td>/);
  // kmt and dpp: their emblems and names, in traditional characters as zhwiki writes them.
  assert.match(md('{{Start box}}\n{{s-ppo|kmt}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{End box}}'),
    /<th colspan="3"><img src="https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/a\/a1\/Emblem_of_the_Kuomintang\.svg" alt="中國國民黨黨徽" width="18" \/> <a href="https:\/\/zh\.wikipedia\.org\/wiki\/中國國民黨">中國國民黨<\/a>職務<\/th>/);
  assert.match(md('{{Start box}}\n{{s-ppo|dpp}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{End box}}'),
    /<th colspan="3"><img src="[^"]*Green_Taiwan_White_Cross\.png" alt="民主進步黨黨徽" width="18" \/> <a href="https:\/\/zh\.wikipedia\.org\/wiki\/民主進步黨">民主進步黨<\/a>職務<\/th>/);
  // Another party code: its name and 职务; no reason, no 原因.
  assert.match(md('{{Start box}}\n{{s-ppo|工党}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{s-none|无}}\n{{End box}}'), /工党职务[\s\S]*<td><b>无<\/b><\/td>/);
});

test('{{s-off|roc-1912}}: the Republic of China before 1949, as zhwiki\'s S-off — the code itself was the heading', () => {
  assert.match(md('{{Start box}}\n{{s-off|roc-1912}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{s-after|丙}}\n{{End box}}'),
    /<th colspan="3">.*<a href="https:\/\/zh\.wikipedia\.org\/wiki\/中華民國_\(大陸時期\)">中华民国<\/a>政治职务<\/th>/);
});

test('interlanguage link helpers render a nested first argument once per level, not twice (exponential before: depth 40 hung)', () => {
  const cases: Array<[string, string, string]> = [
    ['zh', '{{ja-link|', '|y}}'], ['zh', '{{link-ja|', '|y}}'], ['zh', '{{le|', '|y}}'], ['zh', '{{tsl|en|y|', '}}'],
    ['zh', '{{ill|', '|de|y}}'], ['ja', '{{仮リンク|', '|en|y}}'], ['uk', '{{нп|', '}}'],
  ];
  for (const [site, open, close] of cases) {
    // Each title lookup is counted: linear in the depth (one per level), where it was 2^depth.
    let lookups = 0;
    const src = open.repeat(12) + 'x' + close.repeat(12);
    convertPage(src, { site, title: '甲', resolveLink: () => { lookups++; return null; } } as Parameters<typeof convertPage>[1]);
    assert.ok(lookups <= 13, `${open}: ${lookups} lookups at depth 12`);
  }
  assert.equal(md(`${'{{ja-link|'.repeat(3)}x${'|y}}'.repeat(3)}`), '[x](https://zh.wikipedia.org/wiki/X)');
});

test('S- heading rows: a dump\'s own page wins over the S- prefix drop; without one, zhwiki\'s S-gov, S-dip, S-hon, … labels (毛泽东)', () => {
  const templates = new MemoryPageSource(siteFor('zh'));
  // A heading template with no body here: the dump's page is expanded, not dropped.
  templates.set('Template:S-media', '<includeonly>|-\n! colspan="3" | 媒体职务X\n|-</includeonly>');
  const box = '{{Start box}}\n{{s-media}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{s-after|丙}}\n{{End box}}';
  const withPage = convertPage(box, { site: 'zh', title: '甲', templates } as Parameters<typeof convertPage>[1]).markdown;
  assert.match(withPage, /<th colspan="3">媒体职务X<\/th>/);
  // Without a page it stays dropped (no label known here).
  assert.doesNotMatch(md(box), /<th/);
  const heads = (name: string) => [...md(`{{Start box}}\n{{${name}}}\n{{s-before|甲}}\n{{s-title|乙}}\n{{s-after|丙}}\n{{End box}}`).matchAll(/<th colspan="3">(.*)<\/th>/g)].map((m) => m[1]);
  assert.deepEqual(heads('s-gov|prc'), ['<a href="https://zh.wikipedia.org/wiki/中華人民共和國政府">中華人民共和國政府</a>职务']);
  assert.deepEqual(heads('s-gov'), ['政府职务']);
  assert.deepEqual(heads('s-gov|广东省'), ['广东省政府职务']);
  assert.deepEqual(heads('s-dip'), ['外交職務']);
  assert.deepEqual(heads('s-hon'), ['榮銜']);
  assert.deepEqual(heads('s-edu'), ['教育職務']);
  assert.deepEqual(heads('s-bus'), ['商界職務']);
  assert.deepEqual(heads('s-legal'), ['司法职务']);
});

test('interlanguage link helpers render every argument once in a mirror too: nested in any slot, the lookups grow linearly (ill\'s second argument was rendered twice, 2^depth)', () => {
  // [site, name, arguments]: each slot in turn holds the nested call, the others these values.
  const helpers: Array<[string, string, string[]]> = [
    ['zh', 'ill', ['缺', 'de', 'F', 'lt=L', 'WD=Q1', 'preserve=1']], ['zh', 'link-ja', ['缺', 'F', 'L']], ['zh', 'ja-link', ['缺', 'F', 'L']],
    ['zh', 'le', ['缺', 'F', 'L']], ['zh', 'link-interwiki', ['zh=缺', 'lang=en', 'lang-title=F', 'anchor-text=L']],
    ['zh', 'tsl', ['en', 'F', '缺', 'L']], ['ja', '仮リンク', ['缺', 'en', 'F', 'label=L']], ['uk', 'нп', ['缺', 'L', 'en', 'F']],
    ['uk', 'нп', ['треба=缺', 'текст=L', 'мова=en', 'є=F']],
  ];
  const depth = 12;
  for (const [site, name, args] of helpers) {
    for (const local of ['缺', '存在']) {
      for (let k = 0; k < args.length; k++) {
        const filled = args.map((a) => a.replace('缺', local));
        const key = filled[k]!.includes('=') ? filled[k]!.slice(0, filled[k]!.indexOf('=') + 1) : '';
        const open = `{{${name}|${[...filled.slice(0, k), key].join('|')}`;
        const close = `${filled.slice(k + 1).map((a) => `|${a}`).join('')}}}`;
        let lookups = 0;
        // A mirror's resolver: 存在 is a page of it, 缺 is not.
        const resolveLink = (t: string) => { lookups++; return t === '存在' ? '存在.md' : null; };
        convertPage(open.repeat(depth) + 'x' + close.repeat(depth), { site, title: '甲', resolveLink } as Parameters<typeof convertPage>[1]);
        assert.ok(lookups <= 6 * (depth + 1), `${open}…${close} (${local}): ${lookups} lookups at depth ${depth}`);
      }
    }
  }
});
