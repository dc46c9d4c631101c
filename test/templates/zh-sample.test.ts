/**
 * zh templates as real zhwiki articles call them (session 21's wider sample): each case is
 * written after a call read in a real article (named in the test), in our own minimal wikitext.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, Infobox } from '../../src/ast/nodes.js';
import type { TemplateResult } from '../../src/templates/types.js';
import { convertPage } from '../../src/engine/convert.js';
import { inlineOf, makeCtx, render, show } from './harness.js';

const zh = makeCtx('zh', '测试');

function rows(r: TemplateResult): string[] {
  assert.equal(r.kind, 'block');
  const box = (r as { nodes: Infobox[] }).nodes[0]!;
  return box.rows.map((x) => `${x.header ? '#' : ''}${x.label ? show(x.label) : ''}=${show(x.value)}`);
}

test('convert: Nm is the newton-metre (torque), not nm the nanometre; ftlb and lbft convert from it (日产聆风)', () => {
  // `{{convert|280|Nm|ftlb|abbr=on|-1}}` printed "280 nm（0 in）".
  assert.equal(show(inlineOf(render('Convert', ['280', 'Nm', 'ftlb', '-1'], { abbr: 'on' }, zh))), '280 N·m（210 ft·lb）');
  assert.equal(show(inlineOf(render('Convert', ['100', 'lbft'], { abbr: 'on' }, zh))), '100 lbf·ft（136 N·m）');
  // A nanometre is still one.
  assert.match(show(inlineOf(render('Convert', ['500', 'nm', 'in'], { abbr: 'on' }, zh))), /^500 nm（[^）]* in）$/);
});

test('Infobox automobile: zhwiki labels; class and body_style are rows although their names sound like layout (日产聆风)', () => {
  const r = render('Infobox automobile', [], {
    name: '日产甲', manufacturer: '[[日产汽车]]', production: '2010年至今', class: '[[紧凑型车]]', body_style: '5门掀背车',
    layout: '前置前驱', assembly: '横须贺',
  }, zh);
  assert.deepEqual(rows(r), [
    '制造商=[[日产汽车|日产汽车]]', '生产日期=2010年至今', '车辆类别=[[紧凑型车|紧凑型车]]', '車體風格=5门掀背车', '动力布局=前置前驱', '装配地=横须贺',
  ]);
  // Elsewhere `class` is still the box's CSS class, no row.
  assert.deepEqual(rows(render('Infobox person', [], { name: '甲', class: 'vcard', occupation: '演员', nationality: '日本', spouse: '乙', birth_place: '东京' }, zh)).some((x) => x.includes('vcard')), false);
});

test('Infobox company: zhwiki labels for traded_as, homepage, parent …; native_name_lang is no row (日亞化學工業)', () => {
  const r = render('Infobox company', [], {
    name: '甲会社', native_name: '甲会社', native_name_lang: 'ja', traded_as: '非上市', founder: '乙', parent: '丙', num_employees: '500',
    homepage: 'http://a.jp/',
  }, zh);
  assert.deepEqual(rows(r), ['本名=甲会社', '股票代號=非上市', '创立者=乙', '母公司=丙', '员工=500', '网址=http://a.jp/']);
});

test('Infobox film: the film box\'s own labels (上映日期, 产地, 预算) and the regional titles (美丽心灵)', () => {
  const r = render('Infobox Film', [], {
    name: '美丽心灵', director: '甲', released: '2001年', country: '美国', budget: '$58,000,000', cn_name: '美丽心灵', hk_name: '有你終生美麗', tw_name: '美麗境界',
  }, zh);
  assert.deepEqual(rows(r), ['导演=甲', '上映日期=2001年', '产地=美国', '预算=$58,000,000', '中国大陆=-{美丽心灵}-', '香港=-{有你終生美麗}-', '臺灣=-{美麗境界}-']);
});

test('日本車站資訊 (a data box: no handler, the infobox one shows it): 公司色 and 文字色 colour the box, no rows (北12條車站)', () => {
  const src = '{{日本車站資訊\n|公司色 = green\n|文字色 = white\n|站名 = 北12條站\n|日文原名 = 北12条\n|平假名 = きた\n|啟用年月日 = 1971年\n}}\n正文。';
  assert.equal(convertPage(src, { site: 'zh', title: '北12條車站' }).markdown.trim(), [
    '| 北12條車站 |  |', '| --- | --- |', '| 站名 | 北12條站 |', '| 日文原名 | 北12条 |', '| 平假名 | きた |', '| 啟用年月日 | 1971年 |', '', '正文。',
  ].join('\n'));
});

test('RA / DEC: a star\'s right ascension and declination with their units (英仙座V472: "赤經，赤緯" was all that was left)', () => {
  assert.equal(show(inlineOf(render('RA', ['2', '8', '40.5'], {}, zh))), '2<sup>h</sup>\u00a08<sup>m</sup>\u00a040.5<sup>s</sup>');
  assert.equal(show(inlineOf(render('RA', ['2'], {}, zh))), '2<sup>h</sup>');
  assert.equal(show(inlineOf(render('DEC', ['+58', '25', '25'], {}, zh))), '+58°\u00a025′\u00a025″');
  assert.equal(show(inlineOf(render('DEC', ['-5'], {}, zh))), '-5°');
  assert.equal(render('RA', [], {}, zh).kind, 'drop');
});

test('Other uses list: the subject, then one sentence per use and page (香港電台: dropped before)', () => {
  const r = render('Other uses list', ['[[香港政府]]屬下的廣播機構', '香港電台廣播的概述', '香港電台廣播', '', '香港人民廣播電台'], {}, zh);
  assert.equal(r.kind, 'block');
  assert.equal(show((r as { nodes: Infobox[] }).nodes as never).trimEnd(),
    '*此条目的主题是[[香港政府]]屬下的廣播機構。关于香港電台廣播的概述，请见「[[香港電台廣播|香港電台廣播]]」。关于其他用法，请见「[[香港人民廣播電台|香港人民廣播電台]]」。*');
});

test('作品名稱: the work\'s name opens the lead with its regional titles, as {{vgname}} (美丽心灵 read "是一部美國電影")', () => {
  const out = show(inlineOf(render('作品名稱', [], { name: 'A Beautiful Mind', hk: '有你終生美麗', tw: '美麗境界', cn: '美丽心灵' }, zh)));
  // Each regional title is that region's spelling, kept as written in every variant (-{…}-).
  assert.equal(out, '**A Beautiful Mind**（中国大陆：-{美丽心灵}-；台湾：-{美麗境界}-；香港：-{有你終生美麗}-）');
});

test('Football club infobox (a data box): clubname heads it, chrtitle/mgrtitle label chairman/manager, the kit colours are no rows (广东华南虎足球俱乐部)', () => {
  const src = '{{Football club infobox\n| clubname = 广东华南虎\n| fullname = 广东华南虎足球俱乐部\n| chrtitle = 董事长\n| chairman = 张德祥\n'
    + '| mgrtitle = 主教練\n| manager = 傅博\n| leftarm1 = FFFF00\n| pattern_b1 = _whitestripes\n}}\n正文。';
  assert.equal(convertPage(src, { site: 'zh', title: '广东华南虎足球俱乐部' }).markdown.trim(), [
    '| 广东华南虎 |  |', '| --- | --- |', '| 全名 | 广东华南虎足球俱乐部 |', '| 董事长 | 张德祥 |', '| 主教練 | 傅博 |', '', '正文。',
  ].join('\n'));
});

test('Infobox rail system-route: rail_name heads the box, labels as the zh template gives them (广三铁路)', () => {
  const r = render('Infobox rail system-route', [], {
    rail_name: '广三铁路', other_name: '省佛支线', locale: '广东省', status: '一部分', begin_operation: '1903年', end_operation: '2004年',
  }, zh);
  assert.equal(show((r as { nodes: Infobox[] }).nodes[0]!.title ?? []), '广三铁路');
  assert.deepEqual(rows(r), ['其他名称=省佛支线', '營運地區=广东省', '目前狀況=一部分', '開通營運=1903年', '停止營運=2004年']);
});

test('lang-cdo names Eastern Min (闽东语) as zhwiki\'s Lang-cdo does; IPA link shows its symbol (长乐话: "//、//")', () => {
  assert.equal(show(inlineOf(render('Lang-cdo', ['Diòng-lŏ̤h-uâ'], {}, zh))), '闽东语：Diòng-lŏ̤h-uâ');
  assert.equal(show(inlineOf(render('IPA link', ['n'], {}, zh))), 'n');
});

test('连接号 is the range dash (英仙座流星雨: "30{{连接号}}60" read "3060")', () => {
  assert.equal(show(inlineOf(render('连接号', [], {}, zh))), '—');
  assert.equal(show(inlineOf(render('連接號', [], {}, zh))), '—');
});

test('zhwiki Quote box prints its cite line as written, no dash of its own (美丽人生: "———  时光网")', () => {
  const r = render('Quote box', [], { quote: '播出两集就被砍掉。', source: '—  时光网' }, zh);
  assert.equal(show((r as { nodes: Block[] }).nodes), '> 播出两集就被砍掉。\n—  时光网\n');
  const both = render('Quote box', [], { quote: 'Q', author: '甲', source: '乙' }, zh);
  assert.equal(show((both as { nodes: Block[] }).nodes), '> Q\n甲, 乙\n');
});

test('Episode list: one row of the episode table per call, a cell per column given (美丽人生: each episode was a box after an empty table)', () => {
  const src = '{| class="wikitable"\n! 集数 !! 标题 !! 导演 !! 播出日期\n|-\n'
    + '{{Episode list\n|Title=试播\n|DirectedBy=甲\n|OriginalAirDate=2009年9月16日\n|EpisodeNumber=1\n|LineColor=CC668C\n}}\n'
    + '{{Episode list\n|Title=后果\n|AltTitle=Aftermath\n|DirectedBy=\n|OriginalAirDate=未播出\n|EpisodeNumber=2\n}}\n|}';
  assert.equal(convertPage(src, { site: 'zh', title: '美丽人生' }).markdown.trim(), [
    '| 集数 | 标题 | 导演 | 播出日期 |', '| --- | --- | --- | --- |', '| 1 | 试播 | 甲 | 2009年9月16日 |', '| 2 | 后果<br />Aftermath |  | 未播出 |',
  ].join('\n'));
});

test('zhwiki Dead link: its note in superscript, 永久 once a bot tried to fix the link (corpus template 13; dropped before)', () => {
  assert.equal(show(inlineOf(render('Dead link', [], { date: '2020年3月', bot: 'InternetArchiveBot', 'fix-attempted': 'yes' }, zh))), '<sup>[永久-{zh:失效連結;zh-tw:失效連結;zh-cn:失效链接}-]</sup>');
  assert.equal(show(inlineOf(render('Dead link', [], { date: '2019年6月' }, zh))), '<sup>[-{zh:失效連結;zh-tw:失效連結;zh-cn:失效链接}-]</sup>');
  // Through the whole pipeline each variant has its spelling.
  const md = (variant?: 'zh-cn') => convertPage('甲[http://b.jp B]{{dead link|date=2019年6月}}', { site: 'zh', title: 'T', variant }).markdown.trim();
  assert.equal(md(), '甲[B](http://b.jp)<sup>[失效連結]</sup>');
  assert.equal(md('zh-cn'), '甲[B](http://b.jp)<sup>[失效链接]</sup>');
});

test('Infobox name module in a box\'s module=: its rows join the box with the zh labels (香取慎吾\'s 藝人 box lost its Japanese names)', () => {
  const src = '{{Infobox person\n|name = 甲\n|occupation = 演员\n| module = {{Infobox name module\n|japanese=香取 慎吾\n|kana=かとり しんご\n|romaji=Katori Shingo\n}}\n}}';
  assert.equal(convertPage(src, { site: 'zh', title: '甲' }).markdown.trim(), [
    '| 甲 |  |', '| --- | --- |', '| 职业 | 演员 |', '| 日语原文 | 香取 慎吾 |', '| 假名 | かとり しんご |', '| 平文式罗马字 | Katori Shingo |',
  ].join('\n'));
});
