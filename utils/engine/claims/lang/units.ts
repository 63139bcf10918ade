/**
 * The unit table: every way a text may write a measurement unit, a percentage, a time unit or a
 * currency, in all the engine's languages, and its canonical (English) name, so a figure is the
 * same unit whatever the language. Read by ../units.ts.
 */
import type { UnitDef } from '../units';

export type Row = [surfaces: string, canonical: string, factor?: number, written?: string];

const MILE = 1.609344;

// Each row: surface forms separated by "|", canonical name, optional factor and written name.
export const MEASURES: Row[] = [
  ['km|kms|kilometre|kilometres|kilometer|kilometers|klm|км|километров|километра|километр|километры|킬로미터|킬로', 'kilometre'],
  ['mile|miles|mi|миль|мили|милю|миля|마일', 'kilometre', MILE, 'mile'],
  ['metre|metres|meter|meters', 'metre'],
  ['cm|centimetre|centimetres|centimeter|centimeters', 'centimetre'],
  ['mm|millimetre|millimetres|millimeter|millimeters', 'millimetre'],
  ['μm|µm|micrometre|micrometres|micrometer|micrometers|micron|microns', 'micrometre'],
  ['nm|nanometre|nanometres|nanometer|nanometers', 'nanometre'],
  ['ft|foot|feet', 'foot'],
  ['inch|inches', 'inch'],
  ['yard|yards|yd|yds', 'yard'],
  ['nautical mile|nautical miles', 'nautical mile'],
  ['light year|light years|light-year|light-years', 'light year'],
  ['mph|m.p.h.|m.p.h|miles per hour|miles an hour|mile per hour|miles-per-hour', 'kilometre per hour', MILE, 'mile per hour'],
  ['km/h|kmh|kph|km/hr|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour', 'kilometre per hour'],
  ['m/s|metres per second|meters per second', 'metre per second'],
  ['knot|knots|kt|kts', 'knot'],
  ['sq m|sqm|square metre|square metres|square meter|square meters|m2|m²', 'square metre'],
  ['sq ft|sq. ft.|sq. ft|square foot|square feet|sqft', 'square foot'],
  ['sq km|square kilometre|square kilometres|square kilometer|square kilometers|km2|km²', 'square kilometre'],
  ['square mile|square miles|sq mi', 'square kilometre', 2.589988110336, 'square mile'],
  ['acre|acres', 'hectare', 0.40468564224, 'acre'],
  ['hectare|hectares|ha', 'hectare'],
  ['kg|kgs|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos', 'kilogram'],
  ['g|gram|grams|gramme|grammes', 'gram'],
  ['mg|milligram|milligrams', 'milligram'],
  ['tonne|tonnes|metric ton|metric tons|t|тонн|тонны|тонна|тонну', 'tonne'],
  ['ton|tons', 'ton'],
  ['gigatonne|gigatonnes|gigaton|gigatons|gt', 'gigatonne'],
  ['megatonne|megatonnes|megaton|megatons', 'megatonne'],
  ['lb|lbs|pound|pounds', 'pound'],
  ['oz|ounce|ounces|fluid ounce|fluid ounces|fl oz|fl. oz.', 'ounce'],
  ['l|litre|litres|liter|liters', 'litre'],
  ['ml|millilitre|millilitres|milliliter|milliliters', 'millilitre'],
  ['gallon|gallons|gal', 'gallon'],
  ['cubic metre|cubic metres|cubic meter|cubic meters|m3|m³', 'cubic metre'],
  ['barrel|barrels|bbl', 'barrel'],
  ['barrels per day|barrels a day|bpd|b/d', 'barrel per day'],
  ['w|watt|watts', 'watt'],
  ['kw|kilowatt|kilowatts', 'kilowatt'],
  ['mw|megawatt|megawatts', 'megawatt'],
  ['gw|gigawatt|gigawatts', 'gigawatt'],
  ['kwh|kilowatt-hour|kilowatt-hours|kilowatt hour|kilowatt hours', 'kilowatt hour'],
  ['mwh|megawatt-hour|megawatt-hours|megawatt hours', 'megawatt hour'],
  ['gwh|gigawatt-hour|gigawatt-hours|gigawatt hours', 'gigawatt hour'],
  ['twh|terawatt-hour|terawatt-hours|terawatt hours', 'terawatt hour'],
  ['hp|horsepower|horse power', 'horsepower'],
  ['bhp', 'brake horsepower'],
  ['ps', 'metric horsepower'],
  ['v|volt|volts', 'volt'],
  ['kv|kilovolt|kilovolts', 'kilovolt'],
  ['mah', 'milliampere-hour'],
  ['hz|hertz', 'hertz'],
  ['khz|kilohertz', 'kilohertz'],
  ['mhz|megahertz', 'megahertz'],
  ['ghz|gigahertz', 'gigahertz'],
  ['rpm', 'revolutions per minute'],
  ['kb|kilobyte|kilobytes', 'kilobyte'],
  ['mb|megabyte|megabytes', 'megabyte'],
  ['gb|gigabyte|gigabytes', 'gigabyte'],
  ['tb|terabyte|terabytes', 'terabyte'],
  ['mbps|megabits per second', 'megabit per second'],
  ['gbps|gigabits per second', 'gigabit per second'],
  ['°c|° c|degrees celsius|degree celsius|degrees c|deg c|degc|celsius|degrees centigrade|centigrade|c', 'celsius'],
  ['°f|° f|degrees fahrenheit|degree fahrenheit|degrees f|deg f|degf|fahrenheit|f', 'fahrenheit'],
  ['°|degree|degrees', 'degree'],
  ['mpg|miles per gallon|miles a gallon', 'mile per gallon'],
  ['psi', 'pound per square inch'],
  ['ksi', 'kilopound per square inch'],
  ['mpa|megapascal|megapascals', 'megapascal'],
  ['gpa|gigapascal|gigapascals', 'gigapascal'],
  ['ppm|parts per million', 'parts-per-million'],
  ['ppb|parts per billion', 'parts-per-billion'],
  ['calorie|calories|kcal', 'calorie'],
  ['mmbtu', 'mega british thermal unit'],
  ['lb-ft|ft-lb|ft-lbs|foot-pounds|foot-pound|lb-ft.', 'foot pound-force'],
  ['pound-feet|pound-foot|pounds-feet', 'pound-foot'],
  ['newton metres|newton meters|newton-metres|newton-meters', 'newton metre'],
  ['ampere|amperes|amps|amp', 'ampere'],
  ['pint|pints', 'pint'],
  ['quart|quarts|qt', 'quart'],
  ['″', 'inch'],
  // Per-game averages as box scores and sports reports write them ("15.3 ppg, 7.4 rpg").
  ['ppg|points per game|point per game', 'point per game'],
  ['rpg|rebounds per game|rebound per game', 'rebound per game'],
  ['apg|assists per game|assist per game', 'assist per game'],
];

export const PERCENTS: Row[] = [
  ['%|per cent|percent|pc|pct|per-cent|percentage|процентов|процента|процент|퍼센트', 'percent'],
  ['percentage point|percentage points|pp|ppt|ppts|percentage-point', 'percentage point'],
  ['basis point|basis points|bp|bps', 'basis point'],
];

export const TIMES: Row[] = [
  ['second|seconds|sec|secs', 'second'],
  ['minute|minutes|min|mins', 'minute'],
  ['hour|hours|hr|hrs', 'hour'],
  ['day|days', 'day'],
  ['week|weeks', 'week'],
  ['month|months', 'month'],
  ['year|years|yr|yrs', 'year'],
  ['decade|decades', 'decade'],
  ['century|centuries', 'century'],
  ['year-old|year-olds|years old|-year-old|year old|years-old|-years-old', 'year of age'],
  ['month-old|months old|-month-old|month old|months-old', 'month of age'],
  ['week-old|weeks old|-week-old|week old', 'week of age'],
  ['day-old|days old|-day-old|day old', 'day of age'],
];

// Currency words written after the figure ("10.5 million Australian dollars").
export const CURRENCY_WORDS: Row[] = [
  ['dollar|dollars|us dollars|u.s. dollars|american dollars|usd|долларов|доллара|доллар|달러', 'dollar'],
  ['australian dollar|australian dollars|aud', 'australian dollar'],
  ['canadian dollar|canadian dollars|cad', 'canadian dollar'],
  ['hong kong dollar|hong kong dollars|hkd', 'hong kong dollar'],
  ['singapore dollar|singapore dollars|sgd', 'singapore dollar'],
  ['new zealand dollar|new zealand dollars|nzd', 'new zealand dollar'],
  ['taiwan dollar|taiwan dollars|new taiwan dollars|twd', 'new taiwan dollar'],
  ['euro|euros|eur|евро|유로', 'euro'],
  ['pound sterling|pounds sterling|sterling|gbp', 'pound sterling'],
  ['yen|jpy|japanese yen', 'japanese yen'],
  ['yuan|renminbi|rmb|cny|chinese yuan', 'chinese yuan'],
  ['won|krw|korean won|south korean won|원', 'south korean won'],
  ['rupee|rupees|inr|indian rupees|indian rupee', 'indian rupee'],
  ['ringgit|myr|malaysian ringgit', 'malaysian ringgit'],
  ['rupiah|idr', 'indonesian rupiah'],
  ['ruble|rubles|rouble|roubles|rub|russian rubles|russian roubles|рублей|рубля|рубль', 'russian rouble'],
  ['shekel|shekels|ils|nis', 'shekel'],
  ['swiss franc|swiss francs|chf', 'swiss franc'],
  ['franc|francs', 'franc'],
  ['danish crown|danish crowns|danish krone|danish kroner', 'danish krone'],
  ['krona|kronor|krone|kroner', 'krona'],
  ['peso|pesos', 'peso'],
  ['real|reais', 'brazilian real'],
  ['rand', 'south african rand'],
  ['lira|liras|lire', 'lira'],
  ['dirham|dirhams', 'dirham'],
  ['riyal|riyals', 'riyal'],
  ['cent|cents', 'cent'],
  ['pence|penny|p', 'penny'],
  ['sen', 'sen'],
  ['€', 'euro'],
  ['£', 'pound sterling'],
  ['¥', 'japanese yen'],
];

/** Currency symbols and codes written before the figure ("$", "US$", "€", "RM"). */
export const CURRENCY_PREFIXES: Row[] = [
  ['$|us$|us $|u.s.$|u.s. $|$us|usd|us dollars', 'dollar'],
  ['a$|au$|aud|$a|au $', 'australian dollar'],
  ['c$|ca$|cad|c $|$c|ca $', 'canadian dollar'],
  ['hk$|hk $|hkd', 'hong kong dollar'],
  ['s$|s $|sgd', 'singapore dollar'],
  ['nz$|nzd|nz $|$nz', 'new zealand dollar'],
  ['nt$|twd', 'new taiwan dollar'],
  ['r$|brl', 'brazilian real'],
  ['€|eur', 'euro'],
  ['£|gbp', 'pound sterling'],
  ['¥|jpy', 'japanese yen'],
  ['cny|rmb', 'chinese yuan'],
  ['₩|krw', 'south korean won'],
  ['₹|rs|rs.|inr', 'indian rupee'],
  ['rm|myr', 'malaysian ringgit'],
  ['rp|idr', 'indonesian rupiah'],
  ['₽|rub', 'russian rouble'],
  ['₪|nis|ils', 'shekel'],
  ['chf', 'swiss franc'],
];

// Short forms that are only units when glued to the digits ("5g", "3l", "18t").
export const ATTACHED_ONLY = new Set(['qt', 'g', 'l', 't', 'v', 'w', 'p', 'c', 'f', 'mi', 'ha', 'gt', 'pc', 'pp', 'kt', 'min', 'sec', 'gal', 'rub']);

// Of those, the ones that are units after a space too when a break or "of" closes them:
// "2,170 acres (878 ha)", "burned 878 ha of forest", "a 26.2 mi, route" — but not "5 g" or "3 p".
export const SPACED_AT_A_BREAK = new Set(['ha', 'mi', 'gal', 'qt']);
// The words after a unit that close it as well as a punctuation mark does ("878 ha of forest").
export const UNIT_CLOSERS = new Set(['of']);

// Units that only case tells apart: "450 Nm" of torque is not 450 nanometres; "5G" is a
// network generation, not five grams. (A Map: it is looked up by words of the page, and a plain
// object would answer "constructor".)
export const CASE_SENSITIVE = new Map<string, UnitDef>(Object.entries({
  Nm: { canonical: 'newton metre', factor: 1, written: 'newton metre', kind: 'measure', attachedOnly: false },
  G: { canonical: 'generation wireless', factor: 1, written: 'generation wireless', kind: 'measure', attachedOnly: true },
  W: { canonical: 'watt', factor: 1, written: 'watt', kind: 'measure', attachedOnly: false },
  // Wire style writes temperatures with a spaced capital: "40 C (104 F)".
  C: { canonical: 'celsius', factor: 1, written: 'celsius', kind: 'measure', attachedOnly: false },
  F: { canonical: 'fahrenheit', factor: 1, written: 'fahrenheit', kind: 'measure', attachedOnly: false },
  // Baseball's wins above replacement ("0.5 WAR"); lower-case "war" is a word, not a unit.
  WAR: { canonical: 'win above replacement', factor: 1, written: 'win above replacement', kind: 'measure', attachedOnly: false },
}));
