/**
 * Session 24, round 3: full-width letters in the text are found by a half-width query and the
 * reverse (zh, ja), and ё and е are one letter to search on uk/ru mirrors, in text and titles;
 * both folded on the query's side, the index as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openIndexForWriting, searchDbFile } from '../../src/reader/search-index.js';
import { syncSearchIndex } from '../../src/reader/index-sync.js';
import { queryTerms, searchFullText } from '../../src/reader/full-text-search.js';
import { MirrorTitles } from '../../src/reader/mirror-titles.js';
import { tmpDir } from '../mirror/helpers.js';

/** Runs `check` on the search index of a hand-made mirror of `pages` (file → Markdown; title: the file's name). */
async function withIndex(name: string, pages: Record<string, string>, check: (found: (q: string, lang: string) => Promise<string[]>, ranked: (q: string, lang: string) => Promise<string[]>) => Promise<void>): Promise<void> {
  const dir = tmpDir(name);
  fs.mkdirSync(path.join(dir, 'Page'));
  for (const [file, text] of Object.entries(pages)) fs.writeFileSync(path.join(dir, file), text);
  fs.writeFileSync(path.join(dir, 'index.tsv'), `title\tfile\tkind\n${Object.keys(pages).map((f) => `${f.slice(5, -3)}\t${f}\tpage`).join('\n')}\n`);
  const db = openIndexForWriting(searchDbFile(dir));
  try {
    syncSearchIndex(db, dir);
    const titles = async (q: string, lang: string) => (await searchFullText(db, q, lang, 1, 20)).hits.map((h) => h.title);
    await check(async (q, lang) => (await titles(q, lang)).sort(), titles);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('full-width letters in the text are found by half-width and full-width queries (zh, ja)', async () => {
  const pages = { 'Page/Wide.md': '本机支持ＡＢＣ协议和ＡＩ。\n', 'Page/Narrow.md': '本机支持ABC协议和AI。\n', 'Page/Digits.md': '生于２０２０年。\n' };
  await withIndex('reader-fts-width', pages, async (found) => {
    for (const lang of ['zh', 'ja']) {
      // Trigram terms: the index folds case (abc), not width.
      for (const q of ['ABC', 'abc', 'ＡＢＣ', 'ａｂｃ']) assert.deepEqual(await found(q, lang), ['Narrow', 'Wide'], `${lang} ${q}`);
      // Short terms (the LIKE scan), in each case too.
      for (const q of ['AI', 'ａｉ']) assert.deepEqual(await found(q, lang), ['Narrow', 'Wide'], `${lang} ${q}`);
      assert.deepEqual(await found('2020', lang), ['Digits']);
    }
    // A uk mirror's text is not written full-width: no second spelling there.
    assert.deepEqual(await found('ABC', 'uk'), ['Narrow']);
  });
  assert.deepEqual(queryTerms('ＡＢＣ', 'ja'), [['ABC', 'ＡＢＣ']]);
  // Letters and signs each either way (session 25).
  assert.deepEqual(queryTerms('C++', 'zh'), [['C++', 'Ｃ＋＋', 'Ｃ++', 'C＋＋']]);
  // The apostrophe keeps its own three spellings, not a fourth full-width one.
  // (Since session 25 each run of letters either way: O and Neil.)
  assert.deepEqual(queryTerms("O'Neil", 'ja'), [["O'Neil", 'Ｏ\'Ｎｅｉｌ', "Ｏ'Neil", "O'Ｎｅｉｌ", 'O’Neil', 'Ｏ’Ｎｅｉｌ', 'Ｏ’Neil', 'O’Ｎｅｉｌ', 'OʼNeil', 'ＯʼＮｅｉｌ', 'ＯʼNeil', 'OʼＮｅｉｌ']]);
});

test('a word mixing the widths in the text (ＣＯＶＩＤ-19, Ｗｉｎｄｏｗｓ 10) is found by a half-width query (session 25)', async () => {
  const pages = { 'Page/Covid.md': 'ＣＯＶＩＤ-19の流行。\n', 'Page/Win.md': 'Ｗｉｎｄｏｗｓ 10を使う。\n', 'Page/Wide.md': 'ＣＯＶＩＤ－１９とＷｉｎｄｏｗｓ １０。\n', 'Page/Narrow.md': 'COVID-19 and Windows 10.\n' };
  await withIndex('reader-fts-mixed', pages, async (found) => {
    for (const q of ['COVID-19', 'covid-19', 'ＣＯＶＩＤ-19', 'ＣＯＶＩＤ－１９']) assert.deepEqual(await found(q, 'ja'), ['Covid', 'Narrow', 'Wide'], q);
    for (const q of ['"Windows 10"', '"ｗｉｎｄｏｗｓ 10"']) assert.deepEqual(await found(q, 'zh'), ['Narrow', 'Wide', 'Win'], q);
  });
  // Each run of letters, of digits, of signs either way; above four runs, all one width or the other.
  assert.deepEqual(queryTerms('COVID-19', 'ja'), [['COVID-19', 'ＣＯＶＩＤ－１９', 'ＣＯＶＩＤ-19', 'COVID－19', 'ＣＯＶＩＤ－19', 'COVID-１９', 'ＣＯＶＩＤ-１９', 'COVID－１９']]);
  assert.deepEqual(queryTerms('a-b-c', 'ja'), [['a-b-c', 'ａ－ｂ－ｃ']]);
});

test('ё and е are one letter on uk and ru mirrors: Семенов finds Семёнов, and the reverse', async () => {
  const pages = { 'Page/Yo.md': 'Микола Семёнов, фізик.\n', 'Page/Ye.md': 'Петро Семенов, хімік.\n', 'Page/Caps.md': 'ЁЛКА і ЕЛЕНА.\n', 'Page/Short.md': 'Її нема.\n' };
  await withIndex('reader-fts-yo', pages, async (found) => {
    for (const lang of ['uk', 'ru']) {
      for (const q of ['Семенов', 'семёнов', 'СЕМЁНОВ', 'Семе\u0301нов']) assert.deepEqual(await found(q, lang), ['Ye', 'Yo'], `${lang} ${q}`);
      assert.deepEqual(await found('елка', lang), ['Caps']);
      // Short terms (the LIKE scan) fold too.
      assert.deepEqual(await found('ёл', lang), ['Caps']);
    }
    // Elsewhere ё is its own letter, as before.
    assert.deepEqual(await found('Семенов', 'ja'), ['Ye']);
  });
  // With the stress mark after each vowel too (session 25).
  assert.deepEqual(queryTerms('Семёнов', 'uk'), [['Семёнов', 'Семенов', 'Сёменов', 'Се\u0301менов', 'Семе\u0301нов', 'Семено\u0301в']]);
  assert.deepEqual(queryTerms('Ежов', 'ru'), [['Ежов', 'Ёжов', 'Е\u0301жов', 'Ежо\u0301в']]);
  assert.deepEqual(queryTerms('Київ', 'uk'), [['Київ', 'Ки\u0301їв', 'Киї\u0301в']]);
});

test('a stress mark in the text (U+0301) is found by a query without it on uk and ru mirrors (session 25)', async () => {
  const pages = {
    'Page/Marked.md': '**Украї\u0301на** — держава.\n',
    'Page/Plain.md': 'Україна має море.\n',
    'Page/Atom.md': '**А\u0301том** — частинка.\n',
    'Page/Short.md': 'Слово Ку\u0301ля тут.\n',
  };
  await withIndex('reader-fts-stress', pages, async (found) => {
    for (const lang of ['uk', 'ru']) {
      for (const q of ['Україна', 'україна', 'УКРАЇНА', 'Украї\u0301на', 'Укра\u0301їна']) assert.deepEqual(await found(q, lang), ['Marked', 'Plain'], `${lang} ${q}`);
      assert.deepEqual(await found('атом', lang), ['Atom']);
      // A short term (the LIKE scan), in each case of its letters with the mark too.
      assert.deepEqual(await found('ку', lang), ['Short']);
    }
    // Elsewhere the mark is looked for only as typed: Україна misses Украї́на, as before.
    assert.deepEqual(await found('Україна', 'ja'), ['Plain']);
  });
  // One mark a word, after a vowel: a marked consonant or two marks are not looked for.
  assert.deepEqual(queryTerms('Атом', 'uk'), [['Атом', 'А\u0301том', 'Ато\u0301м']]);
});

test('titles: ё is read as е and a stress mark dropped, in keys and queries', () => {
  const dir = tmpDir('reader-titles-yo');
  const file = path.join(dir, 'index.tsv');
  fs.writeFileSync(file, 'title\tfile\tkind\nСемёнов Микола\tPage/Семёнов Микола.md\tpage\nСеменов Петро\tPage/Семенов Петро.md\tpage\nABC\tPage/ABC.md\tpage\n');
  const titles = MirrorTitles.read(file, 'uk');
  for (const q of ['семенов', 'Семёнов', 'СЕМЕ\u0301НОВ']) assert.deepEqual(titles.search(q, 10).map((e) => e.title).sort(), ['Семенов Петро', 'Семёнов Микола'], q);
  assert.deepEqual(titles.search('ａｂｃ', 10).map((e) => e.title), ['ABC']);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a page matching the query as written ranks before one matching only another spelling (review of session 25)', async () => {
  // The spellings are OR'ed and their scores add up: the short page, marked three times, ranked first.
  const pages = {
    'Page/Atom.md': 'Атом — найменша частинка хімічного елемента, що зберігає його властивості; складається з ядра й електронів.\n',
    'Page/Anatomy.md': 'Анато\u0301мія. Анато\u0301мія. Анато\u0301мія.\n',
    'Page/Wide.md': 'ＣＯＶＩＤ-19。ＣＯＶＩＤ－１９。ＣＯＶＩＤ-１９。\n',
    'Page/Narrow.md': 'COVID-19 は新型コロナウイルス感染症の名称で、世界保健機関が二〇二〇年に名付けた。\n',
  };
  await withIndex('reader-fts-written', pages, async (found, ranked) => {
    assert.deepEqual(await ranked('Атом', 'uk'), ['Atom', 'Anatomy']);
    assert.deepEqual(await ranked('COVID-19', 'ja'), ['Narrow', 'Wide']);
    // Typed with the mark, the marked page is the one as written.
    assert.deepEqual(await ranked('Ато\u0301м', 'uk'), ['Anatomy', 'Atom']);
    assert.deepEqual(await found('Атом', 'uk'), ['Anatomy', 'Atom']);
  });
});

test('stress marks and ё are folded on ru, uk and rue mirrors, not be (review of session 25); short terms keep two widths', () => {
  assert.deepEqual(queryTerms('Атом', 'rue'), [['Атом', 'А\u0301том', 'Ато\u0301м']]);
  assert.deepEqual(queryTerms('Ежов', 'rue'), [['Ежов', 'Ёжов', 'Е\u0301жов', 'Ежо\u0301в']]);
  // CirrusSearch has no Belarusian analyzer: its default one keeps the mark, and ё as its own letter.
  assert.deepEqual(queryTerms('Атом', 'be'), [['Атом']]);
  assert.deepEqual(queryTerms('Ежов', 'be'), [['Ежов']]);
  assert.deepEqual(queryTerms('Ёжов', 'be'), [['Ёжов']]);
  // A short term (the LIKE scan) in the two widths only, not mixed: a1 and C+ in 3 spellings, not 6.
  assert.deepEqual(queryTerms('a1', 'ja'), [['a1', 'ａ１', 'Ａ１']]);
  assert.deepEqual(queryTerms('C+', 'zh'), [['C+', 'Ｃ＋', 'ｃ＋']]);
  assert.deepEqual(queryTerms('C++', 'zh'), [['C++', 'Ｃ＋＋', 'Ｃ++', 'C＋＋']]);
});

test('the query as typed, before NFKC, is a spelling and the form that ranks first (review of the mends, session 25)', async () => {
  // Typed full-width, the page written so ranks first: the written form was the NFKC one (COVID-19).
  const pages = {
    'Page/Typed.md': '流行したＣＯＶＩＤ-19について、世界保健機関が二〇二〇年に名称を定め、各国の対策が長く続いた記録をまとめた。\n',
    'Page/Half1.md': 'COVID-19。COVID-19。\n',
    'Page/Half2.md': 'COVID-19の流行。\n',
    'Page/Mixed.md': '型番ａ1の機械。\n',
  };
  await withIndex('reader-fts-typed', pages, async (found, ranked) => {
    assert.deepEqual(await ranked('ＣＯＶＩＤ-19', 'ja'), ['Typed', 'Half1', 'Half2']);
    assert.deepEqual(await ranked('COVID-19', 'zh'), ['Half1', 'Half2', 'Typed']);
    // A short term mixing the widths, typed as in the text, is found (its spellings were a1, ａ１, Ａ１).
    assert.deepEqual(await found('ａ1', 'ja'), ['Mixed']);
    assert.deepEqual(await found('ａ1', 'zh'), ['Mixed']);
    // The trade kept: typed half-width, a short term is not looked for in mixed widths.
    assert.deepEqual(await found('a1', 'ja'), []);
  });
  assert.deepEqual(queryTerms('ａ1', 'ja'), [['a1', 'ａ１', 'Ａ１', 'ａ1', 'Ａ1']]);
});
