import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPage } from '../../src/engine/convert.js';
import { MemoryPageSource } from '../../src/engine/pagesource.js';
import type { PageSource } from '../../src/engine/types.js';
import { siteFor } from '../../src/site/defaults.js';
import { BUILTIN_GROUPS, builtinGroupRules } from '../../src/variants/builtin-groups.js';
import { groupRules, rulesFromLua, rulesFromWikitext } from '../../src/variants/groups.js';
import { parseChoices } from '../../src/variants/rules.js';

/** A hand-written group module in the layout zh.wikipedia's `Module:CGroup/*` pages use. */
const MODULE = `-- 测试用转换组
local Item = require('Module:CGroup/core').Item;

return {
name = 'Test',
description = '测试',
content = {
	{ type = 'text', text = [[
== 说明 ==
这里的 Item('假', 'zh-cn:不是规则;') 只是文字。
]] },
	Item('apple', 'zh-cn:苹果电脑; zh-tw:蘋果電腦; zh-hk:蘋果電腦;'),
	Item(nil, "zh-cn:福; zh-tw:富;"),
	--[[ Item('commented', 'zh-cn:注释; zh-tw:註解;'), ]]
	-- Item('commented too', 'zh-cn:注释; zh-tw:註解;'),
	Item('joined', 'zh-cn:甲; ' .. 'zh-tw:乙;'),
	{ type = 'item', original = 'x', rule = [[zh-cn:视频; zh-tw:影片;]] },
	Item('escaped', 'zh-cn:它\\'s; zh-tw:It\\'s;'),
	Item('not literal', someVariable),
},
}
`;

test('Module:CGroup pages: Item calls (nil originals, joined strings) and rule fields, comments and text skipped', () => {
  assert.deepEqual(rulesFromLua(MODULE), [
    'zh-cn:苹果电脑; zh-tw:蘋果電腦; zh-hk:蘋果電腦;',
    'zh-cn:福; zh-tw:富;',
    'zh-cn:甲; zh-tw:乙;',
    'zh-cn:视频; zh-tw:影片;',
    "zh-cn:它's; zh-tw:It's;",
  ]);
});

test('Template:CGroup pages: rule parameters of item templates and -{H|…}- markup', () => {
  const page = `{{CGroup/core|name=Old|description=旧式
|content=
{{CItemHidden|original=Byte|1=zh-cn:字节; zh-tw:位元組;}}
{{CItem|比特|zh-cn:比特; zh-tw:位元;}}
-{H|zh-cn:硬盘; zh-tw:硬碟;}-
}}`;
  assert.deepEqual(rulesFromWikitext(page).sort(), ['zh-cn:字节; zh-tw:位元組;', 'zh-cn:比特; zh-tw:位元;', 'zh-cn:硬盘; zh-tw:硬碟;'].sort());
});

test('the dump wins over the built-in list; Template:CGroup is read when there is no module', () => {
  const site = siteFor('zh');
  const pages = new MemoryPageSource(site);
  pages.set('Module:CGroup/IT', "return { content = { Item('x', 'zh-cn:甲; zh-tw:乙;') } }");
  pages.set('Template:CGroup/Old', '{{CItem|x|zh-cn:丙; zh-tw:丁;}}');
  assert.deepEqual(groupRules('IT', pages), { rules: ['zh-cn:甲; zh-tw:乙;'], source: 'module', asked: ['Module:CGroup/IT'] });
  assert.deepEqual(groupRules('Old', pages), { rules: ['zh-cn:丙; zh-tw:丁;'], source: 'template', asked: ['Module:CGroup/Old', 'Template:CGroup/Old'] });
  assert.equal(groupRules('IT', null).source, 'builtin');
  assert.equal(groupRules('No such group', pages).source, 'missing');
});

test('a group reused from the cache tells the source the pages it was read from again, and only those', () => {
  const site = siteFor('zh');
  const pages = new MemoryPageSource(site);
  pages.set('Module:CGroup/IT', "return { content = { Item('x', 'zh-cn:甲; zh-tw:乙;') } }");
  pages.set('Template:CGroup/Old', '{{CItem|x|zh-cn:丙; zh-tw:丁;}}');
  const noted: string[] = [];
  const source: PageSource = { get: (t) => pages.get(t), exists: (t) => pages.exists(t), noteUse: (t) => void noted.push(t) };
  const first = groupRules(' IT ', source);
  groupRules('Old', source);
  groupRules('Nowhere', source);
  noted.length = 0;
  assert.equal(groupRules(' IT ', source), first);
  groupRules('Old', source);
  groupRules('Nowhere', source);
  assert.deepEqual(noted, ['Module:CGroup/IT', 'Module:CGroup/Old', 'Template:CGroup/Old', 'Module:CGroup/Nowhere', 'Template:CGroup/Nowhere']);
});

test('NoteTA groups from a hand-written Module:CGroup page through convertPage', () => {
  const site = siteFor('zh');
  const pages = new MemoryPageSource(site);
  pages.set('Module:CGroup/Test', MODULE);
  const src = '{{NoteTA|G1=Test}}\n苹果电脑播放视频，福气。';
  const tw = convertPage(src, { site: 'zh', title: 'X', variant: 'zh-tw', templates: pages });
  assert.equal(tw.markdown, '蘋果電腦播放影片，富氣。\n');
  assert.deepEqual(tw.warnings, []);
  const cn = convertPage('{{NoteTA|G1=Test}}\n蘋果電腦播放影片。', { site: 'zh', title: 'X', variant: 'zh-cn', templates: pages });
  assert.equal(cn.markdown, '苹果电脑播放视频。\n');
  // Without the page the group is unknown: a warning, and only the table applies.
  const none = convertPage(src, { site: 'zh', title: 'X', variant: 'zh-tw' });
  assert.equal(none.markdown, '蘋果電腦播放視頻，福氣。\n');
  assert.equal(none.warnings[0]?.code, 'variant-group-missing');
});

test('built-in groups: every entry is a well-formed rule with a mainland and a Taiwan form', () => {
  assert.ok(BUILTIN_GROUPS.length >= 15, `${BUILTIN_GROUPS.length} groups`);
  for (const name of BUILTIN_GROUPS) {
    const rules = builtinGroupRules(name)!;
    assert.ok(rules.length >= 4, `${name}: ${rules.length} rules`);
    for (const rule of rules) {
      const { bid } = parseChoices(rule);
      assert.ok(bid.get('zh-cn') && bid.get('zh-tw') && bid.get('zh-hk'), `${name}: ${rule}`);
    }
  }
});

test('built-in groups used by the corpus pages resolve, under their usual names', () => {
  for (const name of ['IT', 'Math', 'Movie', 'Show', 'Games', 'Sega', '足球', '英超', 'FAcup', '列斯聯', 'Music', 'Football', 'Film', '电脑']) {
    assert.ok(builtinGroupRules(name), name);
  }
  const football = builtinGroupRules('足球')!.join('\n');
  assert.match(football, /zh-cn:主教练; zh-tw:總教練; zh-hk:主教練;/);
});
