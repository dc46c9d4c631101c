/**
 * The zh and ja row labels of infobox parameters named in English, as those wikis' templates
 * print them (an English label where the humanised name would read wrong), and the lookup form
 * of a parameter name the label tables are keyed by.
 */

// folded name (lower case, spaces) | zh | ja | en (optional, else humanised)
const TABLE = `
native name|本名|現地名
other names|其他名称|別名
alias|别名|別名
birth name|出生名|本名
birth date|出生|生誕
born|出生|生誕
birth place|出生地|出生地
death date|逝世|死没
died|逝世|死没
death place|逝世地|死没地
death cause|死因|死因
resting place|安葬地|墓地
nationality|国籍|国籍
citizenship|公民权|市民権
ethnicity|民族|民族
occupation|职业|職業
profession|职业|職業
years active|活跃年代|活動期間
era|时代|時代
spouse|配偶|配偶者
partner|伴侣|パートナー
children|儿女|子供
parents|父母|両親
father|父亲|父
mother|母亲|母
relatives|亲属|親族
education|教育程度|教育
alma mater|母校|出身校
known for|知名于|著名な実績
notable works|代表作|代表作
awards|奖项|受賞
allegiance|效忠|所属国家
branch|军种|所属組織
serviceyears|服役年份|軍歴
service years|服役年份|軍歴
commands|指挥|指揮
battles|参与战役|戦闘
honours|荣誉|栄誉
religion|宗教信仰|宗教
party|政党|政党
office|职位|職名
term start|任期开始|就任
term end|任期结束|退任
predecessor|前任|前任者
successor|继任|後任者
monarch|君主|君主
president|总统|大統領
prime minister|总理|首相
height|身高|身長
weight|体重|体重
sport|运动|競技
medaltemplates|奖牌记录|獲得メダル
signature|签名|署名
website|网站|公式サイト
url|网址|URL
genre|类型|ジャンル
label|唱片公司|レーベル
instrument|乐器|担当楽器
instruments|乐器|担当楽器
associated acts|相关团体|共同作業者
producer|制作人|プロデューサー
released|发行日期|リリース
recorded|录制时间|録音
length|长度|長さ
studio|录音室|スタジオ
language|语言|言語
country|国家|国
director|导演|監督
writer|编剧|脚本
screenplay|编剧|脚本
story|故事|原案
based on|改编自|原作
starring|主演|出演者
narrator|旁白|ナレーター
music|音乐|音楽
composer|作曲|作曲
cinematography|摄影|撮影
editing|剪辑|編集
distributor|发行商|配給
runtime|片长|上映時間
budget|成本|製作費
gross|票房|興行収入
network|播出频道|放送局
channel|播出频道|放送局
first aired|首播|放送開始
last aired|末播|放送終了
num episodes|集数|話数
num seasons|季数|シーズン数
developer|开发商|開発元
publisher|发行商|発売元
platforms|平台|対応機種
modes|模式|プレイ人数
engine|引擎|エンジン
designer|设计师|デザイナー
series|系列|シリーズ
release|发行日期|発売日
location|位置|所在地
coordinates|坐标|座標
area|面积|面積
area total|总面积|総面積
area total km2|总面积（平方公里）|総面積（km²）
population|人口|人口
population total|人口|総人口
pop|人口|人口
density|密度|密度
population density|人口密度|人口密度
elevation|海拔|標高
timezone|时区|等時帯
postal code|邮政编码|郵便番号
post code|邮政编码|郵便番号
area code|电话区号|市外局番
phone code|电话区号|市外局番
founded|成立|設立
established|成立|設立
foundation|成立|設立
headquarters|总部|本社所在地
key people|关键人物|主要人物
industry|行业|業種
products|产品|製品
revenue|营业额|売上高
employees|员工人数|従業員数
owner|所有者|所有者
type|类型|種類
status|状态|状態
date|日期|日付
place|地点|場所
venue|地点|会場
result|结果|結果
author|作者|著者
illustrator|插画|イラスト
pages|页数|ページ数
isbn|ISBN|ISBN
capital|首都|首都
largest city|最大城市|最大都市
official languages|官方语言|公用語
currency|货币|通貨
government|政府|政府
leader name|领导人|指導者
motto|格言|標語
anthem|国歌|国歌
formula|化学式|化学式
molar mass|摩尔质量|モル質量
molecular weight|分子量|分子量
appearance|外观|外観
meltingpt|熔点|融点
melting point|熔点|融点
boilingpt|沸点|沸点
boiling point|沸点|沸点
solubility|溶解性|溶解度
casno|CAS号|CAS登録番号
cas number|CAS号|CAS登録番号
pubchem|PubChem|PubChem
iupacname|IUPAC名|IUPAC名
iupac name|IUPAC名|IUPAC名
othernames|别名|別称
tradename|商品名|商品名
pregnancy category|怀孕分级|胎児危険度分類
legal status|法律规范状态|法的規制
routes of administration|给药途径|投与経路
bioavailability|生物利用度|生物学的利用能
protein bound|血浆蛋白结合率|血漿タンパク結合
metabolism|药物代谢|代謝
elimination half life|生物半衰期|半減期
excretion|排泄|排泄
atc prefix|ATC代码|ATCコード
drugbank|DrugBank|DrugBank
chemspiderid|ChemSpider|ChemSpider
unii|UNII|UNII
kegg|KEGG|KEGG
chebi|ChEBI|ChEBI
chembl|ChEMBL|ChEMBL
smiles|SMILES|SMILES
stdinchi|InChI|InChI
stdinchikey|InChIKey|InChIKey
presenter|颁奖方|主催
host|主持人|司会
hosted by|主持人|司会
previous|上届|前回
next|下届|次回
last|上届|前回
show name|剧名|番組名
original name|原名|原題
theme music composer|主题曲作曲|テーマ曲作曲者
editor|剪辑|編集
fullname|全名|本名
full name|全名|本名
dateofbirth|出生日期|生年月日
cityofbirth|出生城市|出身地
countryofbirth|出生国家|出身国
position|位置|ポジション
currentclub|现在所属球会|所属チーム
years|年份|年
clubs|球会|クラブ
caps|出场|出場
goals|进球|得点
order|次序|代数
field|领域|分野
influenced by|受影响于|影響を受けた人物
influenced|施影响于|影響を与えた人物
eng name|英文名|英語名
english|英文名|英語名
nameen|英文名|英語名
code|代码|コード
address|地址|所在地
opened|启用日期|開業年月日
owned|所属|所有者
line|线路|路線
classification|等级|等級
tracks|股道|番線
number|届数|回数
award|奖项|賞
site|地点|会場
best picture|最佳影片|作品賞
most wins|最多奖项|最多受賞
most nominations|最多提名|最多ノミネート
prev title|上一张专辑|前作
next title|下一张专辑|次作
prev year|上一张专辑年份|前作年
last album|上一张专辑|前作
this album|本张专辑|本作
next album|下一张专辑|次作
last single|上一张单曲|前作
this single|本张单曲|本作
next single|下一张单曲|次作
next year|下一张专辑年份|次作年
artist|艺人|アーティスト
pinyin|拼音|拼音
seat|政府驻地|政府所在地
dialect|方言|方言
gdp|地区生产总值|域内総生産
admincode|行政区划代码|行政区画コード
iupacnamezh|中文IUPAC名|IUPAC名（中国語）
einecs|EINECS|EINECS
molarmass|摩尔质量|モル質量
start|起点|起点
end|终点|終点
regnum|界|界|Kingdom
unranked regnum|未分级|階級なし|Clade
divisio|门|門|Division
phylum|门|門|Phylum
classis|纲|綱|Class
subclassis|亚纲|亜綱|Subclass
ordo|目|目|Order
subordo|亚目|亜目|Suborder
familia|科|科|Family
subfamilia|亚科|亜科|Subfamily
tribus|族|族|Tribe
genus|属|属|Genus
species|种|種|Species
binomial|二名法|学名|Binomial name
binomial authority|命名者|命名者|Binomial authority
authority|命名者|命名者|Authority
synonyms|异名|シノニム|Synonyms
status system|保护状况系统|保全状況評価|Status system
conservation status|保护状况|保全状況評価|Conservation status
pronunciation|发音|発音|Pronunciation
states|通行国家|話される国|Spoken in
region|地区|地域|Region
speakers|母语使用人数|話者数|Native speakers
fam|语系|言語系統|Language family
ancestor|早期形式|祖語|Early forms
dia|方言|方言|Dialects
script|文字|表記体系|Writing system
glotto|Glottolog|Glottolog|Glottolog
belong|隶属行政区|所属
types|区划类别|種別
nameorigin|地名出处|名称の由来
coordinate|经纬度|座標
web|网站|公式サイト
totalcaps|总出场|通算出場
totalgoals|总进球|通算得点
manageryears|执教年份|監督歴（年）
managerclubs|执教球队|監督歴
clubupdate|球会数据更新|クラブ成績更新日
commercialcode|电报码|電報略号
pinyincode|拼音码|ピンイン略号
atcsuffix|ATC代码|ATCコード
lingua|Linguasphere|Linguasphere
sil|SIL|SIL
iso2b|ISO 639-2/B|ISO 639-2/B
iso2t|ISO 639-2/T|ISO 639-2/T
influences|受影响于|影響を受けた人物
maininterests|主要领域|研究分野
notableideas|著名思想|主な概念
notablestudents|著名学生|弟子
schooltradition|学派|学派
stylisticorigins|音乐起源|様式的起源
culturalorigins|文化起源|文化的起源
derivatives|衍生类型|派生ジャンル
fusiongenres|融合类型|融合ジャンル
regionalscenes|地区风格|地域的なスタイル
othertopics|相关主题|関連項目
poptime|总人口|総人口
popplace|分布地区|居住地域
founder|创始人|創始者
rels|宗教|宗教
scrips|经典|聖典
langs|语言|言語
court|法院|裁判所
datedecided|判决日期|判決日
opinions|判决意见|判示事項
album|收录专辑|収録アルバム
bside|B面|B面
format|格式|規格
certification|认证|認定
chartposition|排行榜最高位置|チャート最高順位
extension|扩展名|拡張子
mime|MIME类型|MIMEタイプ
standard|标准|標準規格
version|版本|バージョン
copyleft|Copyleft|コピーレフト
religions|宗教|宗教
countries|国家|国
dependencies|属地|属領
languages|语言|言語
internet|顶级域|ドメイン
cities|主要城市|主要都市
gdpppp|GDP（PPP）|GDP（PPP）
gdpnominal|GDP（名义）|GDP（名目）
gdppercapita|人均GDP|一人当たりGDP
hdi|人类发展指数|人間開発指数
région|大区|地域圏|Region
département|省|県|Department
canton|县|小郡|Canton
arrondissement|郡|郡
insee|INSEE代码|INSEEコード
nomhab|居民称呼|住民の呼称
maire|市长|首長
mandat|任期|任期
intercomm|市镇联合体|自治体間連合
altmoy|平均海拔|平均標高
altmini|最低海拔|最低標高
altmaxi|最高海拔|最高標高
hectares|面积（公顷）|面積（ha）
sans|人口|人口
datesans|人口统计年|人口統計年
dens|人口密度|人口密度
siteweb|网站|公式サイト
cctld|国家代码顶级域|ccTLD
meshid|MeSH|MeSH
`;

export interface Labels {
  zh: string;
  ja: string;
  en?: string;
}

const LABELS = new Map<string, Labels>();
export const LICENCE: Labels = { zh: '许可资料', ja: 'ライセンス', en: 'License data' };
for (const line of TABLE.split('\n')) {
  if (!line) continue;
  const [key, zh, ja, en] = line.split('|') as [string, string, string, string?];
  LABELS.set(squash(key), en ? { zh, ja, en } : { zh, ja });
}

/**
 * The lookup form of a parameter name: lower case, no spaces, underscores or hyphens, no
 * trailing number ("birth_date", "Birthdate", "term_start1" → "birthdate", "termstart").
 */
export function squash(name: string): string {
  let s = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || c === 95 || c === 45) continue;
    s += name[i];
  }
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) >= 48 && s.charCodeAt(e - 1) <= 57) e--;
  return (e > 0 ? s.slice(0, e) : s).toLowerCase();
}

/** The zh/ja (and English) labels of a squashed parameter name, when listed. */
export function zhJaLabels(key: string): Labels | undefined {
  return LABELS.get(key);
}
