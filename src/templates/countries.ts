/**
 * Countries by code (IOC, ISO 3166 alpha-3/alpha-2, English name and local spellings), with the
 * name each wiki shows: codes | zh | ja | en | uk. Flag templates link these names.
 */
export const COUNTRY_TABLE = `
USA,US,United States,美国,美國|美国|アメリカ合衆国|United States|США
JPN,JP,Japan,日本|日本|日本|Japan|Японія
CHN,PRC,CN,China,中国,中國,中华人民共和国|中国|中華人民共和国|China|Китай
TWN,TW,ROC-TW,Taiwan,台湾,臺灣|臺灣|台湾|Taiwan|Тайвань
ROC,Republic of China,中华民国,中華民國|中華民國|台湾|Taiwan|Тайвань
HKG,HK,Hong Kong,香港|香港|香港|Hong Kong|Гонконг
MAC,MO,Macau,Macao,澳门,澳門|澳门|マカオ|Macau|Макао
KOR,ROK,KR,South Korea,韩国,韓國|韩国|大韓民国|South Korea|Південна Корея
PRK,DPRK,KP,North Korea,朝鲜,朝鮮|朝鲜|朝鮮民主主義人民共和国|North Korea|КНДР
GBR,UK,GB,United Kingdom,英国,英國|英国|イギリス|United Kingdom|Велика Британія
FRA,FR,France,法国,法國|法国|フランス|France|Франція
GER,DEU,DE,Germany,德国,德國|德国|ドイツ|Germany|Німеччина
ITA,IT,Italy,意大利,義大利|意大利|イタリア|Italy|Італія
ESP,SPA,ES,Spain,西班牙|西班牙|スペイン|Spain|Іспанія
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
ABW,Aruba|阿鲁巴|アルバ|Aruba|Аруба
AIA,Anguilla|安圭拉|アンギラ|Anguilla|Ангілья
ALB,AL,Albania|阿尔巴尼亚|アルバニア|Albania|Албанія
ARM,AM,Armenia|亚美尼亚|アルメニア|Armenia|Вірменія
ASM,American Samoa|美属萨摩亚|アメリカ領サモア|American Samoa|Американське Самоа
ATF|法属南部和南极领地|フランス領南方・南極地域|French Southern and Antarctic Lands|Французькі Південні і Антарктичні території
AUT-HUN,Austria-Hungary|奥匈帝国|オーストリア＝ハンガリー帝国|Austria-Hungary|Австро-Угорщина
AUTimp,Austrian Empire|奥地利帝国|オーストリア帝国|Austrian Empire|Австрійська імперія
RUSold,Russian Empire|俄罗斯帝国|ロシア帝国|Russian Empire|Російська імперія
UNR|乌克兰人民共和国|ウクライナ人民共和国|Ukrainian People's Republic|Українська Народна Республіка
AZE,AZ,Azerbaijan|阿塞拜疆|アゼルバイジャン|Azerbaijan|Азербайджан
BAN,BGD,BD,Bangladesh|孟加拉国|バングラデシュ|Bangladesh|Бангладеш
BUL,BGR,BG,Bulgaria|保加利亚|ブルガリア|Bulgaria|Болгарія
BIH,BA,Bosnia and Herzegovina|波斯尼亚和黑塞哥维那|ボスニア・ヘルツェゴビナ|Bosnia and Herzegovina|Боснія і Герцеговина
BMU,BER,Bermuda|百慕大|バミューダ諸島|Bermuda|Бермудські Острови
BOL,BO,Bolivia|玻利维亚|ボリビア|Bolivia|Болівія
BVT,Bouvet Island|布韦岛|ブーベ島|Bouvet Island|Острів Буве
CCK,Cocos (Keeling) Islands|科科斯（基林）群岛|ココス諸島|Cocos (Keeling) Islands|Кокосові острови
CHI,CHL,CL,Chile|智利|チリ|Chile|Чилі
COL,CO,Colombia|哥伦比亚|コロンビア|Colombia|Колумбія
COK,Cook Islands|库克群岛|クック諸島|Cook Islands|Острови Кука
CRC,CRI,CR,Costa Rica|哥斯达黎加|コスタリカ|Costa Rica|Коста-Рика
CRO,HRV,HR,Croatia|克罗地亚|クロアチア|Croatia|Хорватія
CUB,CU,Cuba|古巴|キューバ|Cuba|Куба
CUW,Curaçao|库拉索|キュラソー島|Curaçao|Кюрасао
CXR,Christmas Island|圣诞岛|クリスマス島|Christmas Island|Острів Різдва
CYM,CAY,Cayman Islands|开曼群岛|ケイマン諸島|Cayman Islands|Кайманові Острови
CYP,CY,Cyprus|塞浦路斯|キプロス|Cyprus|Кіпр
DOM,DO,Dominican Republic|多米尼加|ドミニカ共和国|Dominican Republic|Домініканська Республіка
ECU,EC,Ecuador|厄瓜多尔|エクアドル|Ecuador|Еквадор
ERI,ER,Eritrea|厄立特里亚|エリトリア|Eritrea|Еритрея
EST,EE,Estonia|爱沙尼亚|エストニア|Estonia|Естонія
ETH,ET,Ethiopia|埃塞俄比亚|エチオピア|Ethiopia|Ефіопія
EU,EUR,European Union|欧洲联盟|欧州連合|European Union|Європейський Союз
MOM,SMOM,Sovereign Military Order of Malta|马耳他骑士团|マルタ騎士団|Sovereign Military Order of Malta|Мальтійський орден
MCK,Manchukuo|满洲国|満洲国|Manchukuo|Маньчжоу-го
SADR,Sahrawi Arab Democratic Republic|阿拉伯撒哈拉民主共和国|サハラ・アラブ民主共和国|Sahrawi Arab Democratic Republic|Сахарська Арабська Демократична Республіка
NLD1581,Dutch Republic|荷兰共和国|ネーデルラント連邦共和国|Dutch Republic|Республіка Об'єднаних провінцій
UN,United Nations|联合国|国際連合|United Nations|Організація Об'єднаних Націй
RU-KGD,Kaliningrad Oblast|加里宁格勒州|カリーニングラード州|Kaliningrad Oblast|Калінінградська область
URSR,Ukrainian SSR|乌克兰苏维埃社会主义共和国|ウクライナ・ソビエト社会主義共和国|Ukrainian SSR|Українська РСР
ZUNR,West Ukrainian People's Republic|西乌克兰人民共和国|西ウクライナ人民共和国|West Ukrainian People's Republic|Західноукраїнська Народна Республіка
FIJ,FJI,FJ,Fiji|斐济|フィジー|Fiji|Фіджі
FLK,Falkland Islands|福克兰群岛|フォークランド諸島|Falkland Islands|Фолклендські острови
FRO,FAR,Faroe Islands|法罗群岛|フェロー諸島|Faroe Islands|Фарерські острови
GEO,GE,Georgia|格鲁吉亚|ジョージア|Georgia|Грузія
GGY,Guernsey|根西|ガーンジー|Guernsey|Гернсі
GIB,Gibraltar|直布罗陀|ジブラルタル|Gibraltar|Гібралтар
GUI,GIN,Guinea|几内亚|ギニア|Guinea|Гвінея
GEQ,GNQ,Equatorial Guinea|赤道几内亚|赤道ギニア|Equatorial Guinea|Екваторіальна Гвінея
GHA,GH,Ghana|加纳|ガーナ|Ghana|Гана
GRL,Greenland|格陵兰|グリーンランド|Greenland|Гренландія
GUA,GTM,GT,Guatemala|危地马拉|グアテマラ|Guatemala|Гватемала
GUF,French Guiana|法属圭亚那|フランス領ギアナ|French Guiana|Французька Гвіана
GUM,Guam|关岛|グアム|Guam|Гуам
HMD,Heard Island and McDonald Islands|赫德岛和麦克唐纳群岛|ハード島とマクドナルド諸島|Heard Island and McDonald Islands|Острів Херд і острови Макдональд
HON,HND,HN,Honduras|洪都拉斯|ホンジュラス|Honduras|Гондурас
ISL,IS,Iceland|冰岛|アイスランド|Iceland|Ісландія
IMN,Isle of Man|马恩岛|マン島|Isle of Man|Острів Мен
IOT,British Indian Ocean Territory|英属印度洋领地|イギリス領インド洋地域|British Indian Ocean Territory|Британська територія в Індійському океані
IRQ,IQ,Iraq|伊拉克|イラク|Iraq|Ірак
JEY,Jersey|泽西|ジャージー|Jersey|Джерсі
JOR,JO,Jordan|约旦|ヨルダン|Jordan|Йорданія
KAZ,KZ,Kazakhstan|哈萨克斯坦|カザフスタン|Kazakhstan|Казахстан
KEN,KE,Kenya|肯尼亚|ケニア|Kenya|Кенія
KGZ,KG,Kyrgyzstan|吉尔吉斯斯坦|キルギス|Kyrgyzstan|Киргизстан
LAT,LVA,LV,Latvia|拉脱维亚|ラトビア|Latvia|Латвія
LBA,LBY,LY,Libya|利比亚|リビア|Libya|Лівія
LIB,LBN,LB,Lebanon|黎巴嫩|レバノン|Lebanon|Ліван
LTU,LIT,LT,Lithuania|立陶宛|リトアニア|Lithuania|Литва
LUX,LU,Luxembourg|卢森堡|ルクセンブルク|Luxembourg|Люксембург
MAR,MA,Morocco|摩洛哥|モロッコ|Morocco|Марокко
MON,MCO,MC,Monaco|摩纳哥|モナコ|Monaco|Монако
MDA,MD,Moldova|摩尔多瓦|モルドバ|Moldova|Молдова
MKD,MK,North Macedonia|北马其顿|北マケドニア|North Macedonia|Північна Македонія
MLT,MT,Malta|马耳他|マルタ|Malta|Мальта
MNE,ME,Montenegro|黑山|モンテネグロ|Montenegro|Чорногорія
MNP,Northern Mariana Islands|北马里亚纳群岛|北マリアナ諸島|Northern Mariana Islands|Північні Маріанські Острови
MSR,Montserrat|蒙特塞拉特|モントセラト|Montserrat|Монтсеррат
MYA,MMR,MM,Myanmar|缅甸|ミャンマー|Myanmar|М'янма
NCL,New Caledonia|新喀里多尼亚|ニューカレドニア|New Caledonia|Нова Каледонія
NFK,Norfolk Island|诺福克岛|ノーフォーク島|Norfolk Island|Острів Норфолк
NCA,NIC,NI,Nicaragua|尼加拉瓜|ニカラグア|Nicaragua|Нікарагуа
NGR,NGA,NG,Nigeria|尼日利亚|ナイジェリア|Nigeria|Нігерія
NIU,Niue|纽埃|ニウエ|Niue|Ніуе
PAN,PA,Panama|巴拿马|パナマ|Panama|Панама
PCN,Pitcairn Islands|皮特凯恩群岛|ピトケアン諸島|Pitcairn Islands|Острови Піткерн
PER,PE,Peru|秘鲁|ペルー|Peru|Перу
PLW,PLU,Palau|帕劳|パラオ|Palau|Палау
PUR,PRI,PR,Puerto Rico|波多黎各|プエルトリコ|Puerto Rico|Пуерто-Рико
PAR,PRY,PY,Paraguay|巴拉圭|パラグアイ|Paraguay|Парагвай
PYF,French Polynesia|法属波利尼西亚|フランス領ポリネシア|French Polynesia|Французька Полінезія
QAT,QA,Qatar|卡塔尔|カタール|Qatar|Катар
SHN,Saint Helena|圣赫勒拿|セントヘレナ|Saint Helena|Острів Святої Єлени
SJM,Svalbard and Jan Mayen|斯瓦尔巴和扬马延|スヴァールバル諸島およびヤンマイエン島|Svalbard and Jan Mayen|Шпіцберген і Ян-Маєн
SLO,SVN,SI,Slovenia|斯洛文尼亚|スロベニア|Slovenia|Словенія
ESA,SLV,SV,El Salvador|萨尔瓦多|エルサルバドル|El Salvador|Сальвадор
SMR,SM,San Marino|圣马力诺|サンマリノ|San Marino|Сан-Марино
SOM,SO,Somalia|索马里|ソマリア|Somalia|Сомалі
SPM,Saint Pierre and Miquelon|圣皮埃尔和密克隆|サンピエール島・ミクロン島|Saint Pierre and Miquelon|Сен-П'єр і Мікелон
SRB,RS,Serbia|塞尔维亚|セルビア|Serbia|Сербія
SRI,LKA,LK,Sri Lanka|斯里兰卡|スリランカ|Sri Lanka|Шрі-Ланка
SXM,Sint Maarten|荷属圣马丁|シント・マールテン|Sint Maarten|Сінт-Мартен
SYR,SY,Syria|叙利亚|シリア|Syria|Сирія
TCA,Turks and Caicos Islands|特克斯和凯科斯群岛|タークス・カイコス諸島|Turks and Caicos Islands|Теркс і Кайкос
TKL,Tokelau|托克劳|トケラウ|Tokelau|Токелау
TKM,TM,Turkmenistan|土库曼斯坦|トルクメニスタン|Turkmenistan|Туркменістан
TUN,TN,Tunisia|突尼斯|チュニジア|Tunisia|Туніс
UAE,ARE,AE,United Arab Emirates|阿拉伯联合酋长国|アラブ首長国連邦|United Arab Emirates|Об'єднані Арабські Емірати
URU,URY,UY,Uruguay|乌拉圭|ウルグアイ|Uruguay|Уругвай
UZB,UZ,Uzbekistan|乌兹别克斯坦|ウズベキスタン|Uzbekistan|Узбекистан
VAT,VA,Vatican City|梵蒂冈|バチカン|Vatican City|Ватикан
VEN,VE,Venezuela|委内瑞拉|ベネズエラ|Venezuela|Венесуела
IVB,VGB,British Virgin Islands|英属维尔京群岛|イギリス領ヴァージン諸島|British Virgin Islands|Британські Віргінські острови
ISV,VIR,United States Virgin Islands|美属维尔京群岛|アメリカ領ヴァージン諸島|United States Virgin Islands|Американські Віргінські острови
WLF,Wallis and Futuna|瓦利斯和富图纳|ウォリス・フツナ|Wallis and Futuna|Волліс і Футуна
AFG,AF,Afghanistan|阿富汗|アフガニスタン|Afghanistan|Афганістан
ALG,DZA,DZ,Algeria|阿尔及利亚|アルジェリア|Algeria|Алжир
KUW,KWT,KW,Kuwait|科威特|クウェート|Kuwait|Кувейт
CAM,KHM,KH,Cambodia|柬埔寨|カンボジア|Cambodia|Камбоджа
LAO,LA,Laos|老挝|ラオス|Laos|Лаос
JAM,JM,Jamaica|牙买加|ジャマイカ|Jamaica|Ямайка
`;
