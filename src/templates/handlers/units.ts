/**
 * Units `{{convert}}` knows: factor to the SI base of the dimension (plus an offset for
 * temperatures), symbol, zh and en names, and the unit convert picks when none is given.
 */

export interface Unit {
  dim: string;
  factor: number;
  offset?: number;
  sym: string;
  zh: string;
  en: string;
  enPlural?: string;
  defaultOut: string;
  /** Combined outputs such as "ft in": the big and the small unit. */
  combo?: [Unit, Unit];
}

// codes (comma-separated aliases) | dim | factor | offset | symbol | zh | en singular | en plural | default output
const TABLE = `
m,metre,meter,metres,meters|L|1||m|米|metre|metres|ft
km,kilometre,kilometer,kilometres,kilometers|L|1000||km|公里|kilometre|kilometres|mi
cm,centimetre,centimeter|L|0.01||cm|厘米|centimetre|centimetres|in
mm,millimetre,millimeter|L|0.001||mm|毫米|millimetre|millimetres|in
um,μm|L|0.000001||μm|微米|micrometre|micrometres|in
nm|L|0.000000001||nm|纳米|nanometre|nanometres|in
mi,mile,miles|L|1609.344||mi|英里|mile|miles|km
ft,foot,feet|L|0.3048||ft|英尺|foot|feet|m
in,inch,inches|L|0.0254||in|英寸|inch|inches|cm
yd,yard,yards|L|0.9144||yd|码|yard|yards|m
nmi,nautical mile|L|1852||nmi|海里|nautical mile|nautical miles|km
ly,light-year|L|9460730472580800||ly|光年|light-year|light-years|km
AU,au|L|149597870700||AU|天文单位|astronomical unit|astronomical units|km
m2,m²,sqm,square metre|A|1||m²|平方米|square metre|square metres|sqft
km2,km²,sqkm,square kilometre|A|1000000||km²|平方公里|square kilometre|square kilometres|sqmi
cm2,cm²|A|0.0001||cm²|平方厘米|square centimetre|square centimetres|sqin
sqmi,sq mi,mi2,mi²,square mile|A|2589988.110336||sq mi|平方英里|square mile|square miles|km2
sqft,sq ft,ft2,ft²,square foot|A|0.09290304||sq ft|平方英尺|square foot|square feet|m2
sqin,sq in,in2|A|0.00064516||sq in|平方英寸|square inch|square inches|cm2
ha,hectare,hectares|A|10000||ha|公顷|hectare|hectares|acre
acre,acres|A|4046.8564224||acre|英亩|acre|acres|ha
kg,kilogram,kilograms|M|1||kg|公斤|kilogram|kilograms|lb
g,gram,grams|M|0.001||g|克|gram|grams|oz
mg|M|0.000001||mg|毫克|milligram|milligrams|gr
t,tonne,tonnes|M|1000||t|吨|tonne|tonnes|LT
lb,lbs,pound,pounds|M|0.45359237||lb|磅|pound|pounds|kg
oz,ounce,ounces|M|0.028349523125||oz|盎司|ounce|ounces|g
st,stone|M|6.35029318||st|英石|stone|stone|kg
LT,long ton,long tons|M|1016.0469088||long ton|长吨|long ton|long tons|t
ST,short ton,short tons|M|907.18474||short ton|短吨|short ton|short tons|t
gr,grain|M|0.00006479891||gr|格令|grain|grains|mg
C,°C,degC,celsius|T|1|273.15|°C|摄氏度|degree Celsius|degrees Celsius|F
F,°F,degF,fahrenheit|T|0.5555555555555556|255.3722222222222|°F|华氏度|degree Fahrenheit|degrees Fahrenheit|C
K,kelvin|T|1|0|K|开尔文|kelvin|kelvins|C
km/h,kph,kmh,km/hr|S|0.2777777777777778||km/h|公里每小时|kilometre per hour|kilometres per hour|mph
mph,mi/h|S|0.44704||mph|英里每小时|mile per hour|miles per hour|km/h
m/s|S|1||m/s|米每秒|metre per second|metres per second|ft/s
ft/s|S|0.3048||ft/s|英尺每秒|foot per second|feet per second|m/s
kn,knot,knots,kt|S|0.5144444444444445||kn|节|knot|knots|km/h
L,l,litre,liter,litres,liters|V|0.001||L|升|litre|litres|USgal
ml,mL,millilitre,milliliter|V|0.000001||ml|毫升|millilitre|millilitres|USfloz
m3,m³,cubic metre|V|1||m³|立方米|cubic metre|cubic metres|cuft
km3,km³|V|1000000000||km³|立方公里|cubic kilometre|cubic kilometres|cumi
cuft,cu ft,ft3|V|0.028316846592||cu ft|立方英尺|cubic foot|cubic feet|m3
cumi,cu mi|V|4168181825.440579||cu mi|立方英里|cubic mile|cubic miles|km3
USgal,US gal,usgal|V|0.003785411784||US gal|美制加仑|US gallon|US gallons|L
impgal,imp gal|V|0.00454609||imp gal|英制加仑|imperial gallon|imperial gallons|L
USfloz,US fl oz|V|0.0000295735295625||US fl oz|美制液盎司|US fluid ounce|US fluid ounces|ml
W,watt,watts|P|1||W|瓦|watt|watts|hp
kW,kilowatt,kilowatts|P|1000||kW|千瓦|kilowatt|kilowatts|hp
MW,megawatt|P|1000000||MW|兆瓦|megawatt|megawatts|hp
hp,horsepower,bhp|P|745.69987158227022||hp|马力|horsepower|horsepower|kW
PS|P|735.49875||PS|公制马力|metric horsepower|metric horsepower|kW
Pa|Pr|1||Pa|帕斯卡|pascal|pascals|psi
kPa|Pr|1000||kPa|千帕|kilopascal|kilopascals|psi
MPa|Pr|1000000||MPa|兆帕|megapascal|megapascals|psi
psi|Pr|6894.757293168361||psi|磅力每平方英寸|pound per square inch|pounds per square inch|kPa
atm|Pr|101325||atm|标准大气压|standard atmosphere|standard atmospheres|kPa
bar|Pr|100000||bar|巴|bar|bars|psi
N|Fo|1||N|牛顿|newton|newtons|lbf
kN|Fo|1000||kN|千牛|kilonewton|kilonewtons|lbf
lbf|Fo|4.4482216152605||lbf|磅力|pound-force|pounds-force|N
J|E|1||J|焦耳|joule|joules|cal
kJ|E|1000||kJ|千焦|kilojoule|kilojoules|kcal
cal|E|4.184||cal|卡路里|calorie|calories|J
kcal|E|4184||kcal|千卡|kilocalorie|kilocalories|kJ
kWh,kW.h|E|3600000||kWh|千瓦时|kilowatt-hour|kilowatt-hours|MJ
MJ|E|1000000||MJ|兆焦|megajoule|megajoules|kWh
Nm,N·m,N⋅m,N-m,newton metre,newton-metre|Tq|1||N·m|牛·米|newton-metre|newton-metres|lbft
lbft,lb·ft,lb⋅ft,lbf·ft,lbfft,lb-ft|Tq|1.3558179483314004||lbf·ft|磅力·英尺|pound-force-foot|pound-force-feet|Nm
ftlb,ft·lb,ft⋅lb,ftlbf,ft·lbf|Tq|1.3558179483314004||ft·lb|英尺·磅|foot-pound|foot-pounds|Nm
`;

const UNITS = new Map<string, Unit>();
for (const line of TABLE.split('\n')) {
  if (!line) continue;
  const [codes, dim, factor, offset, sym, zh, en, enPlural, defaultOut] = line.split('|') as string[];
  const unit: Unit = { dim: dim!, factor: Number(factor), sym: sym!, zh: zh!, en: en!, enPlural: enPlural!, defaultOut: defaultOut! };
  if (offset) unit.offset = Number(offset);
  for (const code of codes!.split(',')) if (!UNITS.has(code)) UNITS.set(code, unit);
}

// Temperatures as offsets from kelvin: K = C + 273.15; K = (F + 459.67) × 5/9.
UNITS.get('C')!.offset = 273.15;

function combo(big: string, small: string, codes: string[]): void {
  const b = UNITS.get(big)!;
  const s = UNITS.get(small)!;
  const unit: Unit = { ...s, combo: [b, s], defaultOut: b.defaultOut };
  for (const c of codes) UNITS.set(c, unit);
}
combo('ft', 'in', ['ftin', 'ft in']);
combo('st', 'lb', ['stlb', 'st lb']);

/** A unit by convert code or common spelling; case-sensitive first (MW ≠ mW), then folded. */
export function findUnit(code: string): Unit | null {
  const c = code.trim();
  return UNITS.get(c) ?? UNITS.get(c.toLowerCase()) ?? null;
}
