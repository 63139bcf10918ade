/**
 * Units: measurement units and currencies (normalised to a canonical singular name, with
 * conversions into the canonical unit), and counted nouns (lemmatised: "containers" → "container").
 */
import { phraseTokens, type Token } from './tokens';

/** A measurement unit or currency as the text may write it. */
export interface UnitDef {
  /** Canonical unit name after conversion ("kilometre"). */
  canonical: string;
  /** Multiply a figure in this unit by `factor` to get the canonical unit (miles → km). */
  factor: number;
  /** The unit as written, when a conversion happened ("mile"). */
  written: string;
  kind: 'measure' | 'currency' | 'percent' | 'time';
  /** Only counts when glued to the digits ("5g", "3l"): too ambiguous after a space. */
  attachedOnly: boolean;
}

type Row = [surfaces: string, canonical: string, factor?: number, written?: string];

const MILE = 1.609344;

// Each row: surface forms separated by "|", canonical name, optional factor and written name.
const MEASURES: Row[] = [
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
  ['°c|° c|degrees celsius|degree celsius|degrees c|celsius|degrees centigrade|centigrade|c', 'celsius'],
  ['°f|° f|degrees fahrenheit|degree fahrenheit|degrees f|fahrenheit|f', 'fahrenheit'],
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

const PERCENTS: Row[] = [
  ['%|per cent|percent|pc|pct|per-cent|percentage|процентов|процента|процент|퍼센트', 'percent'],
  ['percentage point|percentage points|pp|ppt|ppts|percentage-point', 'percentage point'],
  ['basis point|basis points|bp|bps', 'basis point'],
];

const TIMES: Row[] = [
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
const CURRENCY_WORDS: Row[] = [
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
const CURRENCY_PREFIXES: Row[] = [
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
const ATTACHED_ONLY = new Set(['qt', 'g', 'l', 't', 'v', 'w', 'p', 'c', 'f', 'mi', 'ha', 'gt', 'pc', 'pp', 'kt', 'min', 'sec', 'gal', 'rub']);

interface Entry {
  tokens: string[];
  def: UnitDef;
}

// A surface of plain ASCII words: its tokens are its words, lower-cased (what phraseTokens gives, without the scanner).
const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/i;
const longestFirst = (a: Entry, b: Entry): number => b.tokens.length - a.tokens.length;

// Built at module load on every page the content script runs on, so kept cheap: most surfaces
// skip the tokenizer, and each list is sorted once (a stable sort: ties keep table order).
function buildIndex(rows: Row[], kind: UnitDef['kind']): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const [surfaces, canonical, factor = 1, written] of rows) {
    for (const surface of surfaces.split('|')) {
      const tokens = PLAIN_WORDS.test(surface) ? surface.toLowerCase().split(' ') : phraseTokens(surface);
      const def: UnitDef = {
        canonical,
        factor,
        written: written ?? canonical,
        kind,
        attachedOnly: ATTACHED_ONLY.has(surface),
      };
      const list = index.get(tokens[0]);
      if (list) list.push({ tokens, def });
      else index.set(tokens[0], [{ tokens, def }]);
    }
  }
  for (const list of index.values()) list.sort(longestFirst);
  return index;
}

const unitsAfter = buildIndex(MEASURES, 'measure');
for (const [k, v] of buildIndex(PERCENTS, 'percent')) unitsAfter.set(k, [...(unitsAfter.get(k) ?? []), ...v].sort(longestFirst));
for (const [k, v] of buildIndex(TIMES, 'time')) unitsAfter.set(k, [...(unitsAfter.get(k) ?? []), ...v].sort(longestFirst));
for (const [k, v] of buildIndex(CURRENCY_WORDS, 'currency')) unitsAfter.set(k, [...(unitsAfter.get(k) ?? []), ...v].sort(longestFirst));
const currencyBefore = buildIndex(CURRENCY_PREFIXES, 'currency');

/** A unit found in a token list: its definition and the index just past it. */
export interface UnitMatch {
  def: UnitDef;
  end: number;
}

function matchAt(index: Map<string, Entry[]>, tokens: Token[], i: number): UnitMatch | null {
  const first = tokens[i];
  if (!first) return null;
  const list = index.get(first.lower);
  if (!list) return null;
  for (const entry of list) {
    if (i + entry.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < entry.tokens.length; k++) {
      const t = tokens[i + k];
      // Multi-token units must be contiguous words: "per cent" may have a space, "km/h" may not.
      if (t.lower !== entry.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (entry.def.attachedOnly && first.space) continue;
    return { def: entry.def, end: i + entry.tokens.length };
  }
  return null;
}

// Units that only case tells apart: "450 Nm" of torque is not 450 nanometres; "5G" is a
// network generation, not five grams. (Maps, here and below: they are looked up by words of the
// page, and a plain object would answer "constructor".)
const CASE_SENSITIVE = new Map<string, UnitDef>(Object.entries({
  Nm: { canonical: 'newton metre', factor: 1, written: 'newton metre', kind: 'measure', attachedOnly: false },
  G: { canonical: 'generation wireless', factor: 1, written: 'generation wireless', kind: 'measure', attachedOnly: true },
  W: { canonical: 'watt', factor: 1, written: 'watt', kind: 'measure', attachedOnly: false },
  // Wire style writes temperatures with a spaced capital: "40 C (104 F)".
  C: { canonical: 'celsius', factor: 1, written: 'celsius', kind: 'measure', attachedOnly: false },
  F: { canonical: 'fahrenheit', factor: 1, written: 'fahrenheit', kind: 'measure', attachedOnly: false },
  // Baseball's wins above replacement ("0.5 WAR"); lower-case "war" is a word, not a unit.
  WAR: { canonical: 'win above replacement', factor: 1, written: 'win above replacement', kind: 'measure', attachedOnly: false },
}));

/** The measurement unit, percent sign, time unit or currency word starting at token `i`. */
export function unitAfter(tokens: Token[], i: number): UnitMatch | null {
  const t = tokens[i];
  const exact = t && CASE_SENSITIVE.get(t.text);
  if (exact && !(exact.attachedOnly && t.space)) return { def: exact, end: i + 1 };
  return matchAt(unitsAfter, tokens, i);
}

/** A currency symbol or code ending just before token `i`, scanning back at most 3 tokens. */
export function currencyBeforeIndex(tokens: Token[], i: number): { def: UnitDef; start: number } | null {
  for (let len = 3; len >= 1; len--) {
    const s = i - len;
    if (s < 0) continue;
    const m = matchAt(currencyBefore, tokens, s);
    // "US $58" and "HK $5" may be spaced; "a $3500" is an article, not an Australian dollar.
    const spacedLowerCase = len > 1 && tokens[s + 1].space && tokens[s].text !== tokens[s].text.toUpperCase();
    if (m && m.end === i && !spacedLowerCase && !(tokens[s].kind === 'word' && tokens[s].lower.length > 3 && !tokens[i].space)) {
      return { def: m.def, start: s };
    }
  }
  return null;
}

// Irregular plurals that the suffix rules get wrong.
const IRREGULAR = new Map<string, string>(Object.entries({
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', data: 'data', media: 'media', criteria: 'criterion',
  phenomena: 'phenomenon', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf',
  wolves: 'wolf', halves: 'half', shelves: 'shelf', thieves: 'thief', series: 'series',
  species: 'species', news: 'news', aircraft: 'aircraft', sheep: 'sheep', fish: 'fish',
  police: 'police', staff: 'staff', personnel: 'personnel', troops: 'troop', dice: 'die',
  indices: 'index', analyses: 'analysis', crises: 'crisis', theses: 'thesis', bases: 'base',
  vertices: 'vertex', matrices: 'matrix', oxen: 'ox', cacti: 'cactus', fungi: 'fungus',
  alumni: 'alumnus', radii: 'radius', buses: 'bus', gases: 'gas', lenses: 'lens',
  heroes: 'hero', potatoes: 'potato', tomatoes: 'tomato', vetoes: 'veto', echoes: 'echo',
  torpedoes: 'torpedo', volcanoes: 'volcano', cookies: 'cookie', movies: 'movie',
  ties: 'tie', lies: 'lie', pies: 'pie', dies: 'die', zombies: 'zombie', rookies: 'rookie',
  calories: 'calorie', brownies: 'brownie', hippies: 'hippie', selfies: 'selfie',
  goalies: 'goalie', aunties: 'auntie', viruses: 'virus', bonuses: 'bonus', campuses: 'campus',
  censuses: 'census', statuses: 'status', circuses: 'circus', surpluses: 'surplus', focuses: 'focus',
  prospectuses: 'prospectus', stimuluses: 'stimulus', octopuses: 'octopus', corpuses: 'corpus',
}));

const NOT_MEN = new Set(['specimen', 'regimen', 'abdomen', 'stamen', 'omen', 'amen', 'dolmen', 'hymen', 'semen', 'acumen', 'yemen', 'women', 'men']);
// Words ending in "s" that are not plurals.
const NOT_PLURAL = /(?:ss|us|is|ics|ous|ws)$/;

/** The singular of one English word ("containers" → "container", "countries" → "country"). */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  // "fishermen", "gunmen", "spokesmen" (not "specimen", "abdomen").
  if (lower.length > 4 && lower.endsWith('men') && !NOT_MEN.has(lower)) return lower.slice(0, -3) + 'man';
  if (lower.length <= 3 || !lower.endsWith('s') || NOT_PLURAL.test(lower)) return lower;
  if (lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|zzes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('oes')) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

// Synonyms that name one counted thing two ways.
const SYNONYMS = new Map([
  ['artillery round', 'artillery shell'],
  ['artillery shell round', 'artillery shell'],
]);

/**
 * The canonical singular unit for a word or phrase as written: a known unit by its canonical
 * name ("km" → "kilometre", "%" → "percent", "$" → "dollar"), otherwise the phrase lower-cased
 * with its last word singular ("artillery shells" → "artillery shell").
 */
export function canonicalUnit(word: string): string {
  const trimmed = word.trim();
  if (!trimmed) return '';
  const tokens = phraseTokens(trimmed);
  const asTokens: Token[] = tokens.map((t, k) => ({ text: t, lower: t, start: k, end: k + 1, kind: 'word', space: k === 0 || /^\w/.test(t) }));
  const unit = unitAfter(asTokens, 0);
  if (unit && unit.end === tokens.length) return unit.def.written === unit.def.canonical ? unit.def.canonical : unit.def.canonical;
  const currency = matchAt(currencyBefore, asTokens, 0);
  if (currency && currency.end === tokens.length) return currency.def.canonical;
  const words = trimmed.toLowerCase().split(/\s+/);
  words[words.length - 1] = words[words.length - 1]
    .split('-')
    .map((part, k, all) => (k === all.length - 1 ? singular(part) : part))
    .join('-');
  const phrase = words.join(' ');
  return SYNONYMS.get(phrase) ?? phrase;
}
