/**
 * Flag templates. `{{flag|Japan}}` and the country-code templates (`{{USA}}`, `{{JPN}}`) show a
 * flag and the country's name: we keep the name, linked. `{{flagicon|…}}` shows only the flag
 * picture, which carries no text: dropped.
 */
import type { HandlerEntry } from '../entry.js';
import type { TemplateCall, TemplateContext, TemplateHandler, TemplateResult } from '../types.js';
import { arg, DROP, inline, inlineResult, plain, pos, uiLang, wikiLink, type UiLang } from '../util.js';

// code aliases | zh | ja | en | uk
const TABLE = `
USA,US,United States,美国,美國|美国|アメリカ合衆国|United States|США
JPN,JP,Japan,日本|日本|日本|Japan|Японія
CHN,PRC,CN,China,中国,中國,中华人民共和国|中国|中華人民共和国|China|Китай
TWN,ROC,TW,ROC-TW,Taiwan,台湾,臺灣,中华民国,中華民國|臺灣|台湾|Taiwan|Тайвань
HKG,HK,Hong Kong,香港|香港|香港|Hong Kong|Гонконг
MAC,MO,Macau,Macao,澳门,澳門|澳门|マカオ|Macau|Макао
KOR,ROK,KR,South Korea,韩国,韓國|韩国|大韓民国|South Korea|Південна Корея
PRK,DPRK,KP,North Korea,朝鲜,朝鮮|朝鲜|朝鮮民主主義人民共和国|North Korea|КНДР
GBR,UK,GB,United Kingdom,英国,英國|英国|イギリス|United Kingdom|Велика Британія
FRA,FR,France,法国,法國|法国|フランス|France|Франція
GER,DEU,DE,Germany,德国,德國|德国|ドイツ|Germany|Німеччина
ITA,IT,Italy,意大利,義大利|意大利|イタリア|Italy|Італія
ESP,ES,Spain,西班牙|西班牙|スペイン|Spain|Іспанія
POR,PRT,PT,Portugal,葡萄牙|葡萄牙|ポルトガル|Portugal|Португалія
RUS,RU,Russia,俄罗斯,俄羅斯|俄罗斯|ロシア|Russia|Росія
UKR,UA,Ukraine,乌克兰,烏克蘭|乌克兰|ウクライナ|Ukraine|Україна
POL,PL,Poland,波兰,波蘭|波兰|ポーランド|Poland|Польща
CAN,CA,Canada,加拿大|加拿大|カナダ|Canada|Канада
MEX,MX,Mexico,墨西哥|墨西哥|メキシコ|Mexico|Мексика
BRA,BR,Brazil,巴西|巴西|ブラジル|Brazil|Бразилія
ARG,AR,Argentina,阿根廷|阿根廷|アルゼンチン|Argentina|Аргентина
AUS,AU,Australia,澳大利亚,澳洲|澳大利亚|オーストラリア|Australia|Австралія
NZL,NZ,New Zealand,新西兰,紐西蘭|新西兰|ニュージーランド|New Zealand|Нова Зеландія
IND,IN,India,印度|印度|インド|India|Індія
SGP,SIN,SG,Singapore,新加坡|新加坡|シンガポール|Singapore|Сінгапур
MAS,MYS,MAL,MY,Malaysia,马来西亚,馬來西亞|马来西亚|マレーシア|Malaysia|Малайзія
THA,TH,Thailand,泰国,泰國|泰国|タイ王国|Thailand|Таїланд
VIE,VNM,VN,Vietnam,越南|越南|ベトナム|Vietnam|В'єтнам
PHI,PHL,PH,Philippines,菲律宾,菲律賓|菲律宾|フィリピン|Philippines|Філіппіни
INA,IDN,ID,Indonesia,印度尼西亚,印尼|印度尼西亚|インドネシア|Indonesia|Індонезія
NED,NLD,NL,Netherlands,荷兰,荷蘭|荷兰|オランダ|Netherlands|Нідерланди
BEL,BE,Belgium,比利时,比利時|比利时|ベルギー|Belgium|Бельгія
SUI,CHE,CH,Switzerland,瑞士|瑞士|スイス|Switzerland|Швейцарія
AUT,AT,Austria,奥地利,奧地利|奥地利|オーストリア|Austria|Австрія
SWE,SE,Sweden,瑞典|瑞典|スウェーデン|Sweden|Швеція
NOR,NO,Norway,挪威|挪威|ノルウェー|Norway|Норвегія
DEN,DNK,DK,Denmark,丹麦,丹麥|丹麦|デンマーク|Denmark|Данія
FIN,FI,Finland,芬兰,芬蘭|芬兰|フィンランド|Finland|Фінляндія
IRL,IE,Ireland,爱尔兰,愛爾蘭|爱尔兰|アイルランド|Ireland|Ірландія
GRE,GRC,GR,Greece,希腊,希臘|希腊|ギリシャ|Greece|Греція
TUR,TR,Turkey,土耳其|土耳其|トルコ|Turkey|Туреччина
ISR,IL,Israel,以色列|以色列|イスラエル|Israel|Ізраїль
EGY,EG,Egypt,埃及|埃及|エジプト|Egypt|Єгипет
RSA,ZAF,ZA,South Africa,南非|南非|南アフリカ共和国|South Africa|ПАР
CZE,CZ,Czech Republic,捷克|捷克|チェコ|Czech Republic|Чехія
SVK,SK,Slovakia,斯洛伐克|斯洛伐克|スロバキア|Slovakia|Словаччина
HUN,HU,Hungary,匈牙利|匈牙利|ハンガリー|Hungary|Угорщина
ROU,ROM,RO,Romania,罗马尼亚,羅馬尼亞|罗马尼亚|ルーマニア|Romania|Румунія
BLR,BY,Belarus,白俄罗斯,白俄羅斯|白俄罗斯|ベラルーシ|Belarus|Білорусь
MGL,MNG,MN,Mongolia,蒙古|蒙古国|モンゴル国|Mongolia|Монголія
BHU,BTN,BT,Bhutan,不丹|不丹|ブータン|Bhutan|Бутан
NEP,NPL,NP,Nepal,尼泊尔,尼泊爾|尼泊尔|ネパール|Nepal|Непал
PAK,PK,Pakistan,巴基斯坦|巴基斯坦|パキスタン|Pakistan|Пакистан
IRI,IRN,IR,Iran,伊朗|伊朗|イラン|Iran|Іран
KSA,SAU,SA,Saudi Arabia,沙特阿拉伯|沙特阿拉伯|サウジアラビア|Saudi Arabia|Саудівська Аравія
SOV,URS,USSR,Soviet Union,苏联,蘇聯|苏联|ソビエト連邦|Soviet Union|СРСР
`;

interface Country {
  zh: string;
  ja: string;
  en: string;
  uk: string;
}

const COUNTRIES = new Map<string, Country>();
for (const line of TABLE.split('\n')) {
  if (!line) continue;
  const [codes, zh, ja, en, uk] = line.split('|') as [string, string, string, string, string];
  const c: Country = { zh, ja, en, uk };
  for (const code of codes.split(',')) COUNTRIES.set(code.toLowerCase(), c);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function countryName(key: string, lang: UiLang): string | null {
  const c = COUNTRIES.get(key.trim().toLowerCase());
  if (!c) return null;
  return lang === 'ko' ? c.en : c[lang];
}

/** `{{flag|Japan}}` / `{{flagcountry|JPN}}` → the country's name, linked. */
function flag(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const raw = pos(call, 1);
  if (!raw) return DROP;
  const lang = uiLang(ctx);
  const label = arg(call, ['name', '3']);
  const key = plain(ctx, raw);
  // Codes and English names map to the local name; a name already in the wiki's language stays as written.
  const name = isAscii(key) ? countryName(key, lang) : null;
  if (name) return inlineResult([wikiLink(ctx, name, label ? inline(ctx, label) : undefined)]);
  // An unknown code: the argument is usually the country's name already.
  const shown = inline(ctx, label ?? raw);
  if (shown.length === 1 && shown[0]!.type === 'text') return inlineResult([wikiLink(ctx, plain(ctx, raw), shown)]);
  return inlineResult(shown);
}

/** `{{USA}}`, `{{JPN}}`, `{{ROC-TW}}`: the name for the code the template is called by. */
function countryTemplate(call: TemplateCall, ctx: TemplateContext): TemplateResult {
  const name = countryName(call.name, uiLang(ctx));
  return name ? inlineResult([wikiLink(ctx, name)]) : DROP;
}

const CODE_TEMPLATES = [
  'USA', 'JPN', 'CHN', 'PRC', 'ROC', 'TWN', 'TW', 'ROC-TW', 'HKG', 'MAC', 'KOR', 'PRK', 'GBR', 'UK', 'FRA', 'GER', 'DEU',
  'ITA', 'ESP', 'RUS', 'UKR', 'POL', 'CAN', 'MEX', 'BRA', 'ARG', 'AUS', 'NZL', 'IND', 'SGP', 'SIN', 'MAS', 'THA', 'VIE',
  'PHI', 'INA', 'NED', 'BEL', 'SUI', 'AUT', 'SWE', 'NOR', 'DEN', 'FIN', 'IRL', 'GRE', 'TUR', 'ISR', 'EGY', 'RSA', 'CZE',
  'HUN', 'ROU', 'BLR', 'MGL', 'PAK', 'IRN', 'KSA', 'URS',
];

const dropIcon: TemplateHandler = () => DROP;

export const FLAG_ENTRIES: HandlerEntry[] = [
  { family: 'flag', names: ['Flag', 'Flagcountry', 'Flag country', 'Flagu', 'Flagdeco with name', '国旗', '國旗', 'Прапор країни'], handler: flag },
  {
    family: 'flag',
    names: ['Flagicon', 'Flag icon', 'Flagdeco', 'Flagicon image', 'Flagathlete icon', 'Flagge', '旗帜', '旗幟', 'Прапорець', 'Прапорець20', 'Flagicon2'],
    handler: dropIcon,
  },
  { family: 'flag', names: CODE_TEMPLATES, handler: countryTemplate },
];
