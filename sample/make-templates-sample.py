# Generates sample/zhwiki-templates-sample.xml: a small dump whose pages call templates that the
# dump itself defines (none of them has a built-in handler), written for Wikimark. It shows what
# expansion from the dump adds over the engine alone: `wikimark convert` with and without
# --no-templates, then compare the unhandled templates in the two REPORT.md files.
import html

pages = []


def page(title, ns, text):
    pages.append((title, ns, text))


# ── templates (namespace 10) ──
page('Template:城市简介', 10, """<includeonly>'''{{{1|{{PAGENAME}}}}}'''位于{{{省份|某省}}}，{{#if:{{{人口|}}}|人口约{{formatnum:{{{人口}}}}}人，|}}是当地的{{#switch:{{{级别|}}}|省会=省会城市|地级=地级市|县级市}}。</includeonly><noinclude>
城市条目开头的一句话介绍。参数：1（名称）、省份、人口、级别。
</noinclude>""")
page('Template:面积换算', 10, """<includeonly>{{{1}}}平方公里（约{{#expr:{{{1}}} * 0.386102 round 1}}平方英里）</includeonly><noinclude>把平方公里换算为平方英里。</noinclude>""")
page('Template:气候', 10, """<includeonly>{| class="wikitable"
|+ {{{名称|{{PAGENAME}}}}}气候
! 季节 !! 平均气温
|-
| 夏季 || {{{夏|?}}}°C
|-
| 冬季 || {{{冬|?}}}°C
|}</includeonly><noinclude>一个简单的气候表。</noinclude>""")
page('Template:年份差', 10, """<includeonly>{{#expr:{{{2}}} - {{{1}}}}}岁</includeonly>""")
page('Template:特产列表', 10, """<includeonly>
* {{{1}}}
{{#if:{{{2|}}}|* {{{2}}}|}}
{{#if:{{{3|}}}|* {{{3}}}|}}</includeonly>""")
page('Template:名胜', 10, """<includeonly>{{{1}}}（{{{2|始建年代不详}}}）</includeonly>""")
page('Template:景点', 10, """#REDIRECT [[Template:名胜]]""")
page('Template:更新日期', 10, """<includeonly>本条目资料更新至{{#time:Y年n月|{{{1|2024-06-01}}}}}。</includeonly>""")
page('Template:姊妹城市', 10, """<includeonly>{{{1}}}与{{{2}}}于{{{3}}}年结为{{友好城市称呼|{{{4|}}}}}。</includeonly>""")
page('Template:友好城市称呼', 10, """<includeonly>{{#ifeq:{{{1}}}|姊妹|姊妹城市|友好城市}}</includeonly>""")
page('Template:城市导航', 10, """<includeonly>{| class="wikitable"
! 示例省城市
|-
| [[青川市]] · [[白石县]] · [[临水市]]
|}</includeonly>""")

# ── articles (namespace 0): original prose ──
page('青川市', 0, """{{城市简介|青川市|省份=示例省|人口=1250000|级别=省会}}城市因流经市区的青川河而得名。

== 地理 ==
全市面积{{面积换算|3200}}，地势西高东低。

{{气候|夏=27|冬=-3}}

== 特产 ==
{{特产列表|青川茶|河鱼干|竹编}}

== 名胜 ==
市内最著名的古迹是{{名胜|望川楼|明代}}，另有{{景点|东门石桥}}。

== 对外交流 ==
{{姊妹城市|青川市|临水市|1996|姊妹}}

{{更新日期|2024-03-15}}

{{城市导航}}

[[Category:示例省城市]]
""")
page('白石县', 0, """{{城市简介|白石县|省份=示例省|人口=86000}}县名来自境内山上成片的白色石灰岩。

== 地理 ==
全县面积{{面积换算|1450}}，多为丘陵。

{{气候|名称=白石|夏=25|冬=-6}}

== 特产 ==
{{特产列表|石灰|山核桃}}

== 人物 ==
县志记载的第一位县令上任时年仅{{年份差|1820|1846}}。

{{更新日期}}

{{城市导航}}

[[Category:示例省城市]]
""")
page('临水市', 0, """{{城市简介|临水市|省份=示例省|人口=430000|级别=地级}}城市沿湖而建，渔业历史悠久。

== 地理 ==
全市面积{{面积换算|2100}}，湖泊占其中约一成。

{{气候|夏=29|冬=1}}

== 名胜 ==
湖心有{{景点|观澜亭}}，湖畔有{{名胜|临水书院|清代}}。

== 对外交流 ==
{{姊妹城市|临水市|青川市|1996|姊妹}}
{{姊妹城市|临水市|远港市|2008}}

{{城市导航}}

[[Category:示例省城市]]
""")
page('Category:示例省城市', 14, """示例省下辖的城市与县，全部为虚构示例。""")

out = ['<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="zh">',
       '  <siteinfo>', '    <sitename>维基百科</sitename>', '    <dbname>zhwiki</dbname>',
       '    <base>https://zh.wikipedia.org/wiki/Wikipedia:%E9%A6%96%E9%A1%B5</base>',
       '    <generator>MediaWiki 1.42.0</generator>', '    <case>first-letter</case>', '    <namespaces>',
       '      <namespace key="0" case="first-letter" />',
       '      <namespace key="10" case="first-letter">Template</namespace>',
       '      <namespace key="14" case="first-letter">Category</namespace>',
       '    </namespaces>', '  </siteinfo>']
for i, (title, ns, text) in enumerate(pages, start=1):
    redirect = ''
    if text.startswith('#REDIRECT [['):
        redirect = f'    <redirect title="{html.escape(text[12:text.index("]]")])}" />\n'
    out.append(f"""  <page>
    <title>{html.escape(title)}</title>
    <ns>{ns}</ns>
    <id>{i}</id>
{redirect}    <revision>
      <id>{1000 + i}</id>
      <timestamp>2024-06-01T00:00:00Z</timestamp>
      <contributor><username>Wikimark</username><id>1</id></contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="{len(text.encode())}" xml:space="preserve">{html.escape(text, quote=False)}</text>
      <sha1>{'0' * 31}{i % 10}</sha1>
    </revision>
  </page>""")
out.append('</mediawiki>\n')
open('sample/zhwiki-templates-sample.xml', 'w', encoding='utf-8').write('\n'.join(out))
print(len(pages), 'pages')
