/**
 * Ukrainian row labels for infobox parameters named in English: ukwiki's country, former-country,
 * software, programming-language, OS, taxonomy and anatomy boxes take enwiki's parameter names
 * and print Ukrainian labels; the Ukrainian-named country box (`площа_території`, uk 0380) gets the
 * same labels as its English-named twin. Keys are squashed names (lower case, no spaces, `_` or `-`, no
 * trailing number), as in infobox-labels-zh-ja.ts.
 */
const TABLE = `
nativename|Самоназва
nationalanthem|Гімн
nationalmotto|Девіз
officiallanguages|Офіційні мови
commonlanguages|Поширені мови
governmenttype|Форма правління
capital|Столиця
largestcity|Найбільше місто
area|Площа
areakm|Площа, км²
areasqmi|Площа, миль²
percentwater|Води, %
population|Населення
populationestimate|Населення (оцінка)
populationcensus|Населення (перепис)
populationdensity|Густота населення
populationdensitykm|Густота населення, осіб/км²
populationdensitysqmi|Густота населення, осіб/миля²
gdpppp|ВВП (ПКС)
gdpppppercapita|ВВП (ПКС) на душу населення
gdpnominal|ВВП (номінальний)
gdpnominalpercapita|ВВП (номінальний) на душу населення
hdi|ІЛР
gini|Індекс Джині
currency|Валюта
timezone|Часовий пояс
timezonedst|Літній час
cctld|Домен верхнього рівня
callingcode|Телефонний код
countrycode|Код країни
sportcode|Спортивний код
vehiclecode|Автомобільний код
driveson|Рух
demonym|Назва жителів
ethnicgroups|Етнічний склад
religion|Релігія
accessioneudate|Вступ до ЄС
euseats|Місць у Європарламенті
continent|Континент
country|Країна
coordinates|Координати
yearstart|Рік утворення
yearend|Рік ліквідації
p|Попередник
s|Наступник
leader|Лідер
deputy|Заступник
statarea|Площа
statpop|Населення
symbol|Позначення
developer|Розробник
designer|Творці
released|Випущено
latestreleaseversion|Останній випуск
latestreleasedate|Дата останнього випуску
operatingsystem|Операційна система
platform|Платформа
genre|Жанр
license|Ліцензія
website|Вебсайт
language|Мова
status|Стан
paradigm|Парадигма
year|Рік
typing|Типізація
implementations|Реалізації
dialects|Діалекти
influencedby|Під впливом від
influenced|Вплинула на
fileext|Розширення файлів
family|Родина
sourcemodel|Модель вихідного коду
marketingtarget|Цільовий ринок
kerneltype|Тип ядра
workingstate|Стан
supportedplatforms|Платформи
domain|Домен
regnum|Царство
kingdom|Царство
subregnum|Підцарство
superphylum|Надтип
phylum|Тип
subphylum|Підтип
infraphylum|Інфратип
superclassis|Надклас
classis|Клас
class|Клас
subclassis|Підклас
subclass|Підклас
ordo|Ряд
order|Ряд
infraordo|Інфраряд
familia|Родина
genus|Рід
species|Вид
binomial|Біноміальна назва
binomialname|Біноміальна назва
binomialauthority|Автор назви
subdivisionranks|Підрозділи
latin|Латинська назва
system|Система
partof|Частина
artery|Артерія
vein|Вена
nerve|Нерв
graysubject|Ґрей, тема
graypage|Ґрей, сторінка
meshname|MeSH
meshnumber|MeSH
dorlands|Dorlands/Elsevier
almamater|Alma mater
utcoffset|Часовий пояс
lyricsdate|Дата написання слів
musicdate|Дата написання музики
alttitle|Інша назва
standard|Система одиниць
quantity|Величина
unrankedregnum|(без рангу)
unrankedphylum|(без рангу)
unrankedclassis|(без рангу)
unrankedordo|(без рангу)
unrankedfamilia|(без рангу)
періодпочаток|Початок періоду
періодкінець|Кінець періоду
площатериторії|Площа, км²
покритоводоювідсоток|Води, %
густотазаселення|Густота населення, осіб/км²
населеннязгідноперепису|Населення (перепис)
ввппкс|ВВП (ПКС)
ввппкснадушунаселення|ВВП (ПКС) на душу населення
ввпномінальний|ВВП (номінальний)
ввпнадушунаселення|ВВП (номінальний) на душу населення
інтернетдомен|Домен верхнього рівня
`;

const LABELS = new Map<string, string>();
for (const line of TABLE.split('\n')) {
  if (!line) continue;
  const bar = line.indexOf('|');
  LABELS.set(line.slice(0, bar), line.slice(bar + 1));
}

/** The ukwiki label for a squashed parameter name, or undefined. */
export function ukLabel(squashed: string): string | undefined {
  return LABELS.get(squashed);
}
