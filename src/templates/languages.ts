/**
 * Language codes → names as the zh, ja, en and uk Wikipedias print them in `{{lang-xx}}`,
 * citation language notes and language icons. uk prints abbreviations ("англ.").
 */
import type { UiLang } from './util.js';

interface LanguageNames {
  zh: string;
  ja: string;
  en: string;
  uk: string;
  ko?: string;
}

// code: zh | ja | en | uk (abbreviation, as uk's {{lang-xx}} prints it)
const TABLE = `
en|英语|英語|English|англ.|영어
fr|法语|フランス語|French|фр.|프랑스어
de|德语|ドイツ語|German|нім.|독일어
ja|日语|日本語|Japanese|яп.|일본어
ko|韩语|朝鮮語|Korean|кор.|한국어
zh|中文|中国語|Chinese|кит.|중국어
zh-hans|简体中文|簡体字中国語|Simplified Chinese|кит.|중국어 간체
zh-hant|繁体中文|繁体字中国語|Traditional Chinese|кит.|중국어 번체
zh-cn|中文|中国語|Chinese|кит.|중국어
zh-tw|中文|中国語|Chinese|кит.|중국어
lzh|文言文|漢文|Classical Chinese|кит.|한문
yue|粤语|広東語|Cantonese|кант.|광둥어
nan|闽南语|閩南語|Min Nan|мін.|민난어
hak|客家语|客家語|Hakka|хак.|객가어
wuu|吴语|呉語|Wu|у|오어
cdo|闽东语|閩東語|Eastern Min|мінь.|민둥어
ru|俄语|ロシア語|Russian|рос.|러시아어
uk|乌克兰语|ウクライナ語|Ukrainian|укр.|우크라이나어
be|白俄罗斯语|ベラルーシ語|Belarusian|біл.|벨라루스어
pl|波兰语|ポーランド語|Polish|пол.|폴란드어
cs|捷克语|チェコ語|Czech|чеськ.|체코어
sk|斯洛伐克语|スロバキア語|Slovak|словац.|슬로바키아어
sl|斯洛文尼亚语|スロベニア語|Slovene|словен.|슬로베니아어
hr|克罗地亚语|クロアチア語|Croatian|хорв.|크로아티아어
sr|塞尔维亚语|セルビア語|Serbian|серб.|세르비아어
bs|波斯尼亚语|ボスニア語|Bosnian|босн.|보스니아어
mk|马其顿语|マケドニア語|Macedonian|макед.|마케도니아어
bg|保加利亚语|ブルガリア語|Bulgarian|болг.|불가리아어
ro|罗马尼亚语|ルーマニア語|Romanian|рум.|루마니아어
hu|匈牙利语|ハンガリー語|Hungarian|угор.|헝가리어
es|西班牙语|スペイン語|Spanish|ісп.|스페인어
pt|葡萄牙语|ポルトガル語|Portuguese|порт.|포르투갈어
it|意大利语|イタリア語|Italian|італ.|이탈리아어
ca|加泰罗尼亚语|カタルーニャ語|Catalan|катал.|카탈루냐어
eu|巴斯克语|バスク語|Basque|баск.|바스크어
gl|加利西亚语|ガリシア語|Galician|галіс.|갈리시아어
la|拉丁语|ラテン語|Latin|лат.|라틴어
el|希腊语|ギリシア語|Greek|грец.|그리스어
grc|古希腊语|古代ギリシア語|Ancient Greek|давньогрец.|고대 그리스어
nl|荷兰语|オランダ語|Dutch|нід.|네덜란드어
af|南非语|アフリカーンス語|Afrikaans|афр.|아프리칸스어
sv|瑞典语|スウェーデン語|Swedish|швед.|스웨덴어
no|挪威语|ノルウェー語|Norwegian|норв.|노르웨이어
nb|书面挪威语|ブークモール|Norwegian Bokmål|норв.|노르웨이어
nn|新挪威语|ニーノシュク|Norwegian Nynorsk|норв.|노르웨이어
da|丹麦语|デンマーク語|Danish|дан.|덴마크어
is|冰岛语|アイスランド語|Icelandic|ісл.|아이슬란드어
fi|芬兰语|フィンランド語|Finnish|фін.|핀란드어
et|爱沙尼亚语|エストニア語|Estonian|ест.|에스토니아어
lv|拉脱维亚语|ラトビア語|Latvian|латис.|라트비아어
lt|立陶宛语|リトアニア語|Lithuanian|лит.|리투아니아어
ga|爱尔兰语|アイルランド語|Irish|ірл.|아일랜드어
gd|苏格兰盖尔语|スコットランド・ゲール語|Scottish Gaelic|гельськ.|스코틀랜드 게일어
cy|威尔士语|ウェールズ語|Welsh|валл.|웨일스어
br|布列塔尼语|ブルトン語|Breton|брет.|브르타뉴어
sq|阿尔巴尼亚语|アルバニア語|Albanian|алб.|알바니아어
mt|马耳他语|マルタ語|Maltese|мальт.|몰타어
tr|土耳其语|トルコ語|Turkish|тур.|터키어
az|阿塞拜疆语|アゼルバイジャン語|Azerbaijani|азерб.|아제르바이잔어
kk|哈萨克语|カザフ語|Kazakh|каз.|카자흐어
ky|吉尔吉斯语|キルギス語|Kyrgyz|кирг.|키르기스어
uz|乌兹别克语|ウズベク語|Uzbek|узб.|우즈베크어
tk|土库曼语|トルクメン語|Turkmen|туркм.|투르크멘어
tt|鞑靼语|タタール語|Tatar|тат.|타타르어
crh|克里米亚鞑靼语|クリミア・タタール語|Crimean Tatar|кримськотат.|크림 타타르어
ka|格鲁吉亚语|ジョージア語|Georgian|груз.|조지아어
hy|亚美尼亚语|アルメニア語|Armenian|вірм.|아르메니아어
fa|波斯语|ペルシア語|Persian|перс.|페르시아어
ar|阿拉伯语|アラビア語|Arabic|араб.|아랍어
he|希伯来语|ヘブライ語|Hebrew|івр.|히브리어
yi|意第绪语|イディッシュ語|Yiddish|їдиш|이디시어
ur|乌尔都语|ウルドゥー語|Urdu|урду|우르두어
hi|印地语|ヒンディー語|Hindi|гінді|힌디어
bn|孟加拉语|ベンガル語|Bengali|бенг.|벵골어
pa|旁遮普语|パンジャーブ語|Punjabi|пендж.|펀자브어
sa|梵语|サンスクリット|Sanskrit|санскр.|산스크리트어
pi|巴利语|パーリ語|Pali|палі|팔리어
ta|泰米尔语|タミル語|Tamil|там.|타밀어
te|泰卢固语|テルグ語|Telugu|телугу|텔루구어
ne|尼泊尔语|ネパール語|Nepali|непал.|네팔어
si|僧伽罗语|シンハラ語|Sinhala|сингал.|싱할라어
bo|藏语|チベット語|Tibetan|тиб.|티베트어
mn|蒙古语|モンゴル語|Mongolian|монг.|몽골어
ug|维吾尔语|ウイグル語|Uyghur|уйг.|위구르어
th|泰语|タイ語|Thai|тай.|태국어
lo|老挝语|ラーオ語|Lao|лаос.|라오어
km|高棉语|クメール語|Khmer|кхмер.|크메르어
my|缅甸语|ビルマ語|Burmese|бірм.|미얀마어
vi|越南语|ベトナム語|Vietnamese|в'єт.|베트남어
id|印尼语|インドネシア語|Indonesian|індонез.|인도네시아어
ms|马来语|マレー語|Malay|малай.|말레이어
tl|他加禄语|タガログ語|Tagalog|тагал.|타갈로그어
fil|菲律宾语|フィリピン語|Filipino|філіп.|필리핀어
haw|夏威夷语|ハワイ語|Hawaiian|гав.|하와이어
mi|毛利语|マオリ語|Maori|маорі|마오리어
sw|斯瓦希里语|スワヒリ語|Swahili|суах.|스와힐리어
am|阿姆哈拉语|アムハラ語|Amharic|амх.|암하라어
eo|世界语|エスペラント|Esperanto|есп.|에스페란토
ang|古英语|古英語|Old English|давньоангл.|고대 영어
non|古诺尔斯语|古ノルド語|Old Norse|давньосканд.|고대 노르드어
fro|古法语|古フランス語|Old French|давньофр.|고대 프랑스어
cu|古教会斯拉夫语|教会スラヴ語|Church Slavonic|церк.-слов.|교회 슬라브어
orv|古东斯拉夫语|古東スラヴ語|Old East Slavic|давньорус.|고대 동슬라브어
ain|阿伊努语|アイヌ語|Ainu|айн.|아이누어
sco|苏格兰语|スコットランド語|Scots|шотл.|스코트어
`;

const NAMES = new Map<string, LanguageNames>();
for (const line of TABLE.split('\n')) {
  if (!line) continue;
  const [code, zh, ja, en, uk, ko] = line.split('|') as [string, string, string, string, string, string?];
  NAMES.set(code, { zh, ja, en, uk, ko });
}

/** The name of language `code` in the page language, or null when we do not know it. */
export function languageName(code: string, lang: UiLang): string | null {
  let c = code.trim().toLowerCase();
  let n = NAMES.get(c);
  if (!n) {
    const dash = c.indexOf('-');
    if (dash > 0) {
      c = c.slice(0, dash);
      n = NAMES.get(c);
    }
  }
  if (!n) return null;
  return (lang === 'ko' ? n.ko : n[lang]) ?? n.en;
}

/** Is `value` a language code we know (as opposed to a language written out)? */
export function isLanguageCode(value: string): boolean {
  return NAMES.has(value.trim().toLowerCase());
}

/**
 * Codes that mean the page language itself (a citation in Chinese on zh.wikipedia gets no note).
 * Written-out names too, as editors write `language=中文`.
 */
const SAME_LANGUAGE: Record<UiLang, ReadonlySet<string>> = {
  zh: new Set(['zh', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-tw', 'zh-hk', 'zh-mo', 'zh-sg', 'zh-my', 'chinese', '中文', '汉语', '漢語', '简体中文', '繁體中文', '繁体中文', '簡體中文', '中文（简体）', '中文（繁體）', '中文(简体)', '中文(繁體)', 'zh-cn/zh-tw']),
  ja: new Set(['ja', 'japanese', '日本語', 'jp']),
  en: new Set(['en', 'english', 'en-us', 'en-gb']),
  uk: new Set(['uk', 'ukrainian', 'українська', 'укр.', 'укр']),
  ko: new Set(['ko', 'korean', '한국어']),
};

export function isPageLanguage(value: string, lang: UiLang): boolean {
  return SAME_LANGUAGE[lang].has(value.trim().toLowerCase());
}
