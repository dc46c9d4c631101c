# Generates sample/zhwiki-sample.xml: original Chinese prose written for Wikimark's demo.
import hashlib, html

pages = []
def page(title, ns, text, redirect=None, pid=None):
    pages.append(dict(title=title, ns=ns, text=text, redirect=redirect))

page('数学', 0, """{{NoteTA|G1=Math|1=zh-cn:函数;zh-tw:函數;}}
{{Infobox 学科
| 名称 = 数学
| 研究对象 = 数量、结构、空间与变化
| 主要分支 = [[代数]]、[[几何学]]、[[分析学]]
}}
'''数学'''是研究数量、结构、空间以及变化规律的学科。<ref name="概论">{{cite web |url=https://example.org/math-intro |title=数学概论讲义 |author=王小明 |date=2021-03-14 |accessdate=2024-01-02 |publisher=示例大学出版社}}</ref>它以严格的证明为核心，又为[[物理学]]、[[计算机科学|-{zh-hans:计算机;zh-hant:電腦;}-科学]]等学科提供语言。<ref name="概论" />

== 分支 ==
常见的分支包括[[代数]]、[[几何学]]与[[分析学]]。关于几何的历史，见[[几何学#历史|几何学的历史]]。许多人也把[[统计学]]视为数学的近亲。<ref group="注">统计学是否属于数学，学界看法不一。</ref>

== 著名公式 ==
勾股定理写作 <math>a^2 + b^2 = c^2</math>，欧拉恒等式则为：
:<math>e^{i\\pi} + 1 = 0</math>

{| class="wikitable"
|+ 各分支的研究对象
! 分支 !! 研究对象
|-
| 代数 || 运算与结构
|-
| 几何 || 形状与空间
|-
| 分析 || 极限与变化
|}

== 参见 ==
* [[Unix]]（与数学无关，仅作示例链接）
* [[𰻝𰻝面]]

== 注释 ==
{{reflist|group="注"}}

== 参考资料 ==
{{reflist}}

[[Category:数学|*]]
[[en:Mathematics]]
""")

page('代数', 0, """{{lang-en|Algebra}}
'''代数'''（{{lang-en|Algebra}}）是[[数学]]的一个分支，用符号代替具体的数，从而研究运算的一般规律。<ref>{{cite book |author=李华 |title=代数入门 |publisher=示例书局 |year=2019 |isbn=978-7-00-000000-0}}</ref>

初等代数讨论方程，例如 <math>x^2 - 5x + 6 = 0</math> 的两个根是 2 与 3。抽象代数则研究群、环、域等结构。

参见[[几何]]与[[幾何]]两个重定向，它们最终都指向[[几何学]]。

{{reflist}}
[[Category:数学分支|代]]
""")

page('几何学', 0, """[[File:Triangle example.svg|thumb|220px|一个三角形的示意图]]
'''几何学'''研究图形的形状、大小与相对位置，是[[数学]]中最古老的分支之一。

== 历史 ==
古代的土地测量催生了早期的几何知识。后来的学者把零散的经验整理为公理体系，如{{link-en|欧几里得|Euclid}}的《{{link-en|几何原本|Euclid's Elements}}》，使几何成为演绎推理的典范。

== 分支 ==
* 欧氏几何
* 非欧几何
* 射影几何

相关主题：{{link-en|代数|Algebra}}、[[拓扑学]]。

[[Category:数学分支|几]]
""")

page('几何', 0, '#REDIRECT [[几何学]]', redirect='几何学')
page('幾何', 0, '#重定向 [[几何]]', redirect='几何')
page('几何学的历史', 0, '#REDIRECT [[几何学#历史]]', redirect='几何学')
page('循环甲', 0, '#REDIRECT [[循环乙]]', redirect='循环乙')
page('循环乙', 0, '#REDIRECT [[循环甲]]', redirect='循环甲')
page('失效重定向', 0, '#REDIRECT [[从未存在的条目]]', redirect='从未存在的条目')

page('分析学', 0, """{{DEFAULTSORT:分析}}
'''分析学'''以极限为基本工具，讨论函数的连续、导数与积分。微积分是它最广为人知的部分。

若函数 <math>f</math> 在区间上连续，则积分 <math>\\int_a^b f(x)\\,dx</math> 存在。<ref name="积分">示例教材第三章。</ref>关于极限的严格定义，同一教材第二章也有说明。<ref name="积分" />

{{reflist}}
[[Category:数学分支]]
""")

page('统计学', 0, """'''统计学'''是收集、整理与解释数据的学科，常与[[数学]]中的概率论配合使用。

{| class="wikitable"
! 概念 !! 含义
|-
| 平均数 || 数据的集中趋势
|-
| 方差 || 数据的离散程度
|}
[[Category:数学]]
[[Category:应用学科]]
""")

page('面条', 0, """{{Infobox 食品
| name = 面条
| 产地 = 东亚
}}
'''面条'''是以谷物粉加水揉制、再切或拉成条状的食品。各地做法众多，例如[[𰻝𰻝面]]与[[拉面]]。

面条的中文名称在不同地区写法不同：-{zh-hans:面条;zh-hant:麵條;}-。

[[Category:面食]]
""")

page('𰻝𰻝面', 0, """{{NoteTA|1=zh-hans:𰻝𰻝面;zh-hant:𰻞𰻞麵;}}
'''𰻝𰻝面'''（读音 biáng biáng miàn）是一种宽而厚的手工[[面条]]，因其名称中的汉字笔画极多而闻名。这个字收录在统一码扩展区G，一些旧系统无法保存以它命名的文件。

它的繁体写法是 𰻞𰻞麵。

== 做法 ==
# 和面并醒面。
# 把面团压扁后拉成宽条。
# 煮熟后浇上热油与调料。

[[Category:面食|B]]
""")

page('𰻞𰻞麵', 0, '#REDIRECT [[𰻝𰻝面]]', redirect='𰻝𰻝面')
page('Biángbiáng面', 0, '#REDIRECT [[𰻝𰻝面]]', redirect='𰻝𰻝面')

page('拉面', 0, """{{NoteTA|G1=食品}}
'''拉面'''是用手反复抻拉面团制成的[[面条]]。拉面师傅能在几分钟内把一块面团拉成上百根细丝。

{{食品小知识|工厂生产的方便面多为油炸后的切面，与手工拉面不同。|来源=示例讲义}}

{{main|面条}}
[[Category:面食|L]]
""")

page('𠮷野', 0, """'''𠮷野'''是一个示例条目，标题中的“𠮷”位于统一码扩展区B，用来检验文件名能否容纳这类字符。

“𠮷”的写法与常见的“吉”相近，上部为“土”而非“士”。
[[Category:汉字]]
""")

page('Unix', 0, """'''Unix'''是一类多用户、多任务的操作系统的统称。本条目与[[UNIX]]只在大小写上不同，用来检验不区分大小写的文件系统。

{{Infobox software
| name = Unix
}}
[[Category:操作系统]]
""")

page('UNIX', 0, """'''UNIX'''（全部大写）是该商标的正式写法。参见[[Unix]]。
[[Category:操作系统]]
""")

page('C/C++', 0, """'''C/C++'''是对C语言与C++语言的合称。标题中的斜杠不能直接出现在文件名中。

<syntaxhighlight lang="c">
int main(void) { return 0; }
</syntaxhighlight>
[[Category:编程语言]]
""")

page('Re:零', 0, """本条目的标题含有冒号：'''Re:零'''。冒号在Windows文件名中是非法字符。
[[Category:文件名测试]]
""")

page('什么是"好"的代码?', 0, """标题含有半角问号与引号，这两个字符都不能出现在Windows文件名中。
[[Category:文件名测试]]
""")

page('Aux', 0, """'''Aux'''在Windows中是保留的设备名，不能直接作为文件名。
[[Category:文件名测试]]
""")

page('结尾的点.', 0, """标题以句点结尾，Windows会悄悄去掉结尾的句点。
[[Category:文件名测试]]
""")

long_title = '这是一个非常长的条目标题用来检验超过二百五十五字节的文件名会被安全地缩短并且附加散列值以保持唯一性' * 2
page(long_title, 0, """这个条目的标题超过了大多数文件系统允许的255字节。
[[Category:文件名测试]]
""")

page('旧金山', 0, """'''旧金山'''是美国加利福尼亚州的城市，常被称作-{zh-cn:旧金山;zh-tw:舊金山;zh-hk:三藩市;}-。

{{coord|37|46|N|122|25|W}}
城市人口约 80 万（<ref>{{cite news |title=城市人口统计 |work=示例日报 |date=2022-05-01 |url=https://example.com/news/1}}</ref>）。

[[File:Golden Gate example.jpg|thumb|金门大桥（示意）]]
{{reflist}}
[[Category:城市]]
""")

page('操作系统', 0, """{{Redirect|OS|其他用法}}
'''操作系统'''管理计算机的硬件与软件资源。常见的例子有[[Unix]]与[[UNIX]]的各种衍生系统。
{{Navbox 计算机}}
[[Category:操作系统]]
""")

page('Category:数学', 14, """本分类收录与'''[[数学]]'''有关的条目。各分支见子分类。
[[Category:学科]]
""")
page('Category:数学分支', 14, """数学的主要分支。
[[Category:数学]]
""")
page('Category:面食', 14, """以面粉制成的食物。
[[Category:食品]]
""")
page('Category:旧分类', 14, '#REDIRECT [[Category:数学]]', redirect='Category:数学')

page('Template:Infobox 食品', 10, """{| class="infobox"
! colspan="2" | {{{name|{{PAGENAME}}}}}
|-
| 产地 || {{{产地|}}}
|}<noinclude>
食品信息框的说明文字。
[[Category:信息框模板]]
</noinclude>""")
page('Template:Reflist', 10, """<references group="{{{group|}}}" /><noinclude>[[Category:引用模板]]</noinclude>""")
page('Module:Arguments', 828, """-- 示例模块：返回参数表。
local p = {}
function p.get(frame)
  return frame.args
end
return p
""")
page('File:Triangle example.svg', 6, """三角形示意图的文件说明页。
[[Category:示意图]]
""")
page('Wikipedia:关于', 4, """这是项目名字空间中的页面，不会被转换。
""")
# A template that is not built in (expanded from the dump) and a conversion group read from the dump.
page('Template:食品小知识', 10, """'''小知识'''：{{{1|暂无}}}{{#if:{{{来源|}}}|（来源：{{{来源}}}）}}<noinclude>
用法：<nowiki>{{食品小知识|内容|来源=出处}}</nowiki>
</noinclude>""")
page('Module:CGroup/食品', 828, """-- 示例转换组：食品名称在各地的说法。
local Item = require('Module:CGroup/core').Item
return {
  name = '食品',
  description = '食品',
  content = {
    Item('instant noodles', 'zh-cn:方便面; zh-tw:泡麵; zh-hk:即食麵;'),
  },
}
""")

# XML
def sha1_base36(text):
    n = int(hashlib.sha1(text.encode('utf-8')).hexdigest(), 16)
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    s = ''
    while n:
        n, r = divmod(n, 36)
        s = digits[r] + s
    return s.rjust(31, '0')

ns_names = [(-2,'Media'),(-1,'Special'),(0,''),(1,'Talk'),(2,'User'),(3,'User talk'),(4,'Wikipedia'),(5,'Wikipedia talk'),(6,'File'),(7,'File talk'),(8,'MediaWiki'),(9,'MediaWiki talk'),(10,'Template'),(11,'Template talk'),(12,'Help'),(13,'Help talk'),(14,'Category'),(15,'Category talk'),(100,'Portal'),(101,'Portal talk'),(102,'WikiProject'),(103,'WikiProject talk'),(118,'Draft'),(119,'Draft talk'),(828,'Module'),(829,'Module talk')]
out = []
out.append('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="zh">')
out.append('  <siteinfo>')
out.append('    <sitename>Wikipedia</sitename>')
out.append('    <dbname>zhwiki</dbname>')
out.append('    <base>https://zh.wikipedia.org/wiki/Wikipedia:%E9%A6%96%E9%A1%B5</base>')
out.append('    <generator>MediaWiki 1.42.0-wmf.1</generator>')
out.append('    <case>first-letter</case>')
out.append('    <namespaces>')
for k, n in ns_names:
    if n:
        out.append(f'      <namespace key="{k}" case="first-letter">{html.escape(n, quote=False)}</namespace>')
    else:
        out.append(f'      <namespace key="{k}" case="first-letter" />')
out.append('    </namespaces>')
out.append('  </siteinfo>')
pid = 100
rev = 5000
for p in pages:
    pid += 1
    rev += 7
    text = p['text']
    out.append('  <page>')
    out.append(f'    <title>{html.escape(p["title"], quote=False)}</title>')
    out.append(f'    <ns>{p["ns"]}</ns>')
    out.append(f'    <id>{pid}</id>')
    if p['redirect']:
        out.append(f'    <redirect title="{html.escape(p["redirect"], quote=True)}" />')
    out.append('    <revision>')
    out.append(f'      <id>{rev}</id>')
    out.append(f'      <timestamp>2024-05-{1 + pid % 28:02d}T08:{pid % 60:02d}:00Z</timestamp>')
    out.append('      <contributor>')
    out.append('        <username>示例编者</username>')
    out.append('        <id>42</id>')
    out.append('      </contributor>')
    out.append('      <comment>Wikimark 示例数据</comment>')
    out.append('      <model>' + ('Scribunto' if p['ns'] == 828 else 'wikitext') + '</model>')
    out.append('      <format>' + ('text/plain' if p['ns'] == 828 else 'text/x-wiki') + '</format>')
    out.append(f'      <text bytes="{len(text.encode("utf-8"))}" sha1="{sha1_base36(text)}" xml:space="preserve">{html.escape(text, quote=True)}</text>')
    out.append(f'      <sha1>{sha1_base36(text)}</sha1>')
    out.append('    </revision>')
    out.append('  </page>')
out.append('</mediawiki>')
import os
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'zhwiki-sample.xml'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(pages), 'pages')
