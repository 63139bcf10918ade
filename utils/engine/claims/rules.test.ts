/**
 * Table-driven tests of the unit, counted-noun and change rules added for figures that news
 * writes in box scores, market reports and product copy. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from './index';

type Expect = Partial<Pick<Claim, 'quote' | 'value' | 'low' | 'high' | 'qualifier' | 'hedge' | 'direction' | 'unit' | 'measure'>>;
const figures = (text: string): Claim[] => extractClaims(text).filter((c) => c.unit !== 'date');
const at = (text: string, quote: string): Claim => {
  const claim = figures(text).find((c) => c.quote === quote);
  expect(claim, `${quote} in ${JSON.stringify(figures(text).map((c) => c.quote))}`).toBeDefined();
  return claim!;
};

describe('units: sports averages, symbols, pints and quarts', () => {
  const table: Array<[string, string, Expect]> = [
    ['The guard averaged 21.4 ppg and 5.2 apg last season.', '21.4 ppg', { value: 21.4, unit: 'point per game' }],
    ['The guard averaged 21.4 ppg and 5.2 apg last season.', '5.2 apg', { value: 5.2, unit: 'assist per game' }],
    ['Their centre pulls down 11.8 rpg.', '11.8 rpg', { unit: 'rebound per game' }],
    ['The rookie was worth 2.1 WAR over 90 games.', '2.1 WAR', { value: 2.1, unit: 'win above replacement' }],
    ['The new tablet has a 13.3″ screen.', '13.3″', { value: 13.3, unit: 'inch' }],
    ['Stir in 2 pints of stock.', '2 pints', { value: 2, unit: 'pint' }],
    ['The bottle holds 3 quarts.', '3 quarts', { value: 3, unit: 'quart' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('units: rates glued with hyphens', () => {
  const table: Array<[string, string, Expect]> = [
    ['Ecuador shut its 110,000 barrel-a-day pipeline.', '110,000 barrel-a-day', { value: 110000, unit: 'barrel per day' }],
    ['Rail season tickets will cost £30 a-year more.', '£30 a-year', { value: 30, unit: 'pound sterling per year' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('units: an adjective before a time unit, and counts of people', () => {
  const table: Array<[string, string, Expect]> = [
    ['The drought lasted five consecutive years.', 'five consecutive years', { value: 5, unit: 'year' }],
    ['He was off work for 10 straight days.', '10 straight days', { value: 10, unit: 'day' }],
    ['Of the 1,200 who applied, most were local.', '1,200', { value: 1200, unit: 'person' }],
    ['Some 4,000 people lost their jobs and 900 who kept them took pay cuts.', '900', { unit: 'person' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('units: a bare figure borrows the unit of the figure before it', () => {
  const table: Array<[string, string, Expect]> = [
    // A restatement in parentheses lends nothing; the figure before it does.
    ['The base model costs 3,100,000 yen ($21,000) and the sport trim 3,400,000 ($23,000).', '3,400,000', { unit: 'japanese yen' }],
    // A percentage restating a change lends nothing either: the level is in points.
    ['The Nikkei lost 310 points, or 1.4%, to 21,500.', '21,500', { unit: 'point' }],
    // A figure before a word it modifies borrows nothing ("6 speed" is not yen).
    ['The coupe costs 3,100,000 yen in the 6 speed manual version.', '6', { unit: '' }],
    ['Revenue reached $7.2 billion on deliveries of 63,000 Model 3 sedans.', '63,000', { unit: '' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('changes: closing down, "up to" that is not a cap, phrasal "boil down to"', () => {
  const table: Array<[string, string, Expect]> = [
    ['The Hang Seng ended down 0.8% on Friday.', '0.8%', { direction: 'down' }],
    ['Shares of the lender closed down 3.1% in Tokyo.', '3.1%', { direction: 'down' }],
    ['In the lead-up to 5G, carriers spent heavily.', '5G', { qualifier: 'exact', direction: null }],
    ['In the run up to 2,000 stores, the chain borrowed.', '2,000 stores', { qualifier: 'exact', direction: null }],
    ['The fees add up to $40 a month.', '$40 a month', { qualifier: 'exact', direction: null }],
    ['The offer boils down to $12 per share.', '$12 per share', { direction: null }],
    ['They may send up to 5 ships.', 'up to 5 ships', { qualifier: 'up-to' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('numbers: slash fractions and powers of ten', () => {
  const table: Array<[string, string, Expect]> = [
    ['Melt 1/2 pound of butter.', '1/2 pound', { value: 0.5, unit: 'pound' }],
    ['A tablespoon is 1/16 of a cup, or 1⁄2 of a US fluid ounce.', '1⁄2 of a US fluid ounce', { value: 0.5, unit: 'ounce' }],
    ['About 2/3 of voters backed the plan.', 'About 2/3 of voters', { qualifier: 'about', unit: 'fraction', measure: 'voters' }],
    ['An electron weighs about 9.11×10−31 kilograms.', 'about 9.11×10−31 kilograms', { value: 9.11e-31, unit: 'kilogram', qualifier: 'about' }],
    ['The sample held 6.02 x 10^23 atoms.', '6.02 x 10^23 atoms', { value: 6.02e23, unit: 'atom' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('units: metres, restatements in parentheses, counted nouns', () => {
  const table: Array<[string, string, Expect]> = [
    // "37m" before a restatement in feet is metres, not millions.
    ['The museum shows a 37m (121ft) skeleton.', '37m', { value: 37, unit: 'metre' }],
    ['He earns 3m (£2.4m) a year.', '3m', { value: 3e6 }],
    // Each restatement in the parentheses shares the hedge.
    ['The engine makes just under 296 hp (221 kW / 300 PS).', '300 PS', { qualifier: 'less-than' }],
    ['The engine makes just under 296 hp (221 kW / 300 PS).', '221 kW', { qualifier: 'less-than' }],
    // An adverb goes with its participle: what is counted is the plants.
    ['That equals some 20 decently sized coal-fired power plants.', 'some 20 decently sized coal-fired power plants', { unit: 'coal-fired power plant' }],
    ['The council sold 40 newly built homes.', '40 newly built homes', { unit: 'home' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('changes: a gapped clause shares the change', () => {
  const table: Array<[string, string, Expect]> = [
    ['Shares of Acme fell 2.3%, Globex by 2.6% and Initech was flat.', '2.6%', { direction: 'down' }],
    ['Exports rose 4%, and Imports by 1%.', '1%', { direction: 'up' }],
    // Not a gapped clause: "by" a date.
    ['Output will rise 4% by 2025.', '4%', { direction: 'up' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('units: ages, parts of a whole, rates, temperatures', () => {
  const table: Array<[string, string, Expect]> = [
    ['She moved abroad with her son, who was 10.', '10', { unit: 'year of age' }],
    ['He will be 40 by the end of the season.', '40', { unit: 'year of age' }],
    ['He was 10 points behind.', '10 points', { unit: 'point' }],
    ['Deaths of children under the age of 5 years fell.', '5 years', { unit: 'year of age' }],
    ['The club has raised 40 million of the 90 million euros it needs.', '40 million', { value: 40e6, unit: 'euro' }],
    ['Two of the five reactors were shut.', 'Two', { value: 2, unit: 'reactor' }],
    ['Police logged 31 car thefts this week, against an average of 12 per week.', '12 per week', { unit: 'car theft per week' }],
    ['The bid of C$9 (US$6.70) per share was accepted.', 'C$9', { unit: 'canadian dollar per share' }],
    ['The bid of C$9 (US$6.70) per share was accepted.', 'US$6.70', { unit: 'dollar per share' }],
    ['Madrid hit 41 C (106 F) on Sunday.', '41 C', { unit: 'celsius' }],
    ['Madrid hit 41 C (106 F) on Sunday.', '106 F', { unit: 'fahrenheit' }],
    ['Breakdown starts near 30 kV/cm in dry air.', '30 kV/cm', { unit: 'kilovolt per centimetre' }],
    ['Pour in 4 fluid ounces of cream.', '4 fluid ounces', { unit: 'ounce' }],
    ['One imperial gallon is larger.', 'One imperial gallon', { value: 1, unit: 'gallon' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('counted nouns: a count of one names a singular noun', () => {
  const table: Array<[string, string, Expect]> = [
    ['One proposal asks the board to act.', 'One proposal', { unit: 'proposal' }],
    ['One arms dealer testified.', 'One arms dealer', { unit: 'arms dealer' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('multiples, amounts that look like years, sizes between a count and its noun', () => {
  const table: Array<[string, string, Expect]> = [
    ['Exports to Vietnam grew more than sixfold last year.', 'more than sixfold', { value: 6, unit: 'time', qualifier: 'more-than', direction: 'up' }],
    ['Cases rose 10-fold in a month.', '10-fold', { value: 10, unit: 'time', direction: 'up' }],
    ['Fares will rise by an average of 1500 rupees.', '1500 rupees', { value: 1500, unit: 'indian rupee' }],
    ['Fines came to a total of 2000.', '2000', { value: 2000 }],
    ['The plant will fill twelve million 330ml cans a year.', 'twelve million', { value: 12e6, unit: 'can', measure: '330ml cans' }],
    ['The plant will fill twelve million 330ml cans a year.', '330ml', { value: 330, unit: 'millilitre' }],
    // A share lends no unit to the figure after it.
    ['A quarter of the patients were 70 or older.', '70 or older', { unit: '', qualifier: 'at-least', low: 70 }],
    ['Children aged 5 or younger ride free.', '5 or younger', { qualifier: 'up-to', high: 5 }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('counted nouns, labels and ranges', () => {
  const table: Array<[string, string, Expect]> = [
    ['Two managers were fired, and eight other employees left.', 'eight other employees', { value: 8, unit: 'employee' }],
    // A possessive before a figure is not a label ("Israel's 9 billion shekels").
    ["The plan would hit Israel's 9 billion shekels a year tobacco trade.", '9 billion shekels a year', { value: 9e9, unit: 'shekel per year' }],
    ["Samsung's 5 new phones sold out.", '5 new phones', { value: 5 }],
    ['The update trims the 0-to-60-mph time.', '0-to-60-mph', { qualifier: 'range', low: 0, unit: 'kilometre per hour' }],
    // A change by a bare figure right after a percentage change is a percentage too.
    ['The DAX rose by 2 percent but the CAC fell by 1.', '1', { unit: 'percent', direction: 'down' }],
    // A market quote: the level is in the change's unit, unless the change is a percentage.
    ['Composite index (21,480.12 up 96.40 points).', '21,480.12', { unit: 'point' }],
    ['The FTSE closed at 7,400 down 0.5%.', '7,400', { unit: '' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('attribution: a thing is not a source; its provider is', () => {
  const table: Array<[string, string | null]> = [
    ['According to photos provided by the U.S. as evidence, the ship carried 40 containers.', 'U.S.'],
    ['The depot is about 120 kilometers from the border, according to the images.', null],
    ['Exports fell 3%, according to the ministry’s figures.', 'ministry'],
    ["Growth slowed to 1.4%, according to the Bank of Korea's estimates.", 'Bank of Korea'],
    ['Prices rose 2.1%, according to data from the statistics office.', 'statistics office'],
    ['Prices rose 2.1%, according to Pentagon data.', 'Pentagon'],
    ['Prices rose 2.1%, according to a report.', null],
    ['Prices rose 2.1%, according to a report by the central bank.', 'central bank'],
    // Sources stay sources.
    ['Prices rose 2.1%, according to Reuters.', 'Reuters'],
    // "an estimated" is a hedge, not a speech verb with "An" as its subject.
    ['An estimated 5 million children were vaccinated.', null],
    ['An estimated 5 million children were vaccinated, officials said.', 'officials'],
    ['Prices rose 2.1%, according to the defense ministry.', 'defense ministry'],
    // A role between an inverted verb and the name.
    ['The port handled 4,200 containers last week, said spokeswoman Ana Ruiz of the Port Authority.', 'Ana Ruiz'],
    ['The port handled 4,200 containers last week, said spokesman Ruiz.', 'Ruiz'],
  ];
  it.each(table)('%s → %s', (text, who) => expect(figures(text)[0].attribution).toBe(who));
});

describe('abbreviations left alone', () => {
  it('"3pt" is not pints', () => expect(figures('Labour holds a 3pt lead.').map((c) => c.unit)).not.toContain('pint'));
});

describe('not figures', () => {
  const table: Array<[string, string[]]> = [
    ['Security changed after 9/11 for good.', []],
    ['The reason is twofold, officials said.', []],
    ['They won by a 2-to-1 margin.', []],
    ['She bought 9 E 71st St in 1998.', []],
    ['Apple Watch 5 is out.', []],
    ['It happened in the summer of 1969.', []],
    ['Sea levels may rise 3 feet by 2150, the study says.', ['3 feet']],
    ['The firm leased Unit 3 at 16-18 Harbour Street.', []],
    // A duration used as a modifier before a sum of money.
    ['She won a three-year $2 million grant.', ['$2 million']],
  ];
  it.each(table)('%s', (text, quotes) => expect(figures(text).map((c) => c.quote)).toEqual(quotes));
});

describe('a name before a number: a label, or the object of a verb before a count', () => {
  const table: Array<[string, string, Expect]> = [
    ['Officials said Minsk sold Caracas 240 trucks last spring.', '240 trucks', { value: 240, unit: 'truck' }],
    ['The tanker called at Nakhodka Bay 31 times that year.', '31 times', { value: 31, unit: 'time' }],
    ['Inspectors toured Port Sudan 9 times.', '9 times', { value: 9 }],
    ['The charity gave Kherson 1,200 blankets.', '1,200 blankets', { value: 1200, unit: 'blanket' }],
    ['HEAVY RAIN HITS TOWN, at Least 12 Homes Flooded', 'at Least 12 Homes', { value: 12, qualifier: 'at-least' }],
    ['Flood Toll Climbs 17 in River Towns', '17', { value: 17 }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));

  const labels = [
    'The council adopted Resolution 2397 unanimously.',
    'Passengers on Flight 370 were never found.',
    'Traffic backed up on Interstate 95 for hours.',
    'The board debated Amendment 4 at length.',
    'She owns the Boeing 747 collection.',
    'Buyers of Windows 11 laptops complained.',
  ];
  it.each(labels)('%s: no figure', (text) => expect(figures(text)).toEqual([]));
});

describe('figures written in other ways', () => {
  const table: Array<[string, string, Expect]> = [
    ['Crews cleared 3 450 homes and 12 500 cars.', '3 450 homes', { value: 3450, unit: 'home' }],
    ['Crews cleared 3 450 homes and 12 500 cars.', '12 500 cars', { value: 12500, unit: 'car' }],
    ['The registry lists 1 204 337 voters.', '1 204 337 voters', { value: 1204337 }],
    ['The bridge is the oldest in more than a century.', 'more than a century', { value: 100, unit: 'year', qualifier: 'more-than' }],
    ['No quake this strong struck in the past century.', 'past century', { value: 100, unit: 'year', qualifier: 'exact' }],
    ['The drought is the worst in over a decade.', 'over a decade', { value: 10, unit: 'year' }],
    ['It was the hottest summer in more than hundred years.', 'more than hundred years', { value: 100, unit: 'year' }],
    ['Eleven miners were rescued, four of whom needed surgery.', 'four of whom', { value: 4, unit: 'person' }],
    ['Doctors said five of the patients were stable.', 'five of the patients', { value: 5, unit: 'patient' }],
    ['The sheriff put the death toll at nine.', 'nine', { value: 9 }],
    ['The flood tally rose to eleven.', 'eleven', { value: 11 }],
    ['Several dozen barns burned.', 'Several dozen barns', { qualifier: 'magnitude', low: 24, high: 108, unit: 'barn' }],
    ['A few dozen guests came.', 'A few dozen guests', { qualifier: 'magnitude', low: 24, unit: 'guest' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));

  const none = [
    'They have lived there for a century.', // a turn of phrase, not a figure
    'A century-old mill burned down.',
    'Two of the three ferries sank.', // the part and the whole are two figures: "Two" and "three ferries"
  ];
  it('turns of phrase and the part of a counted whole give no period figure and no odd unit', () => {
    expect(figures(none[0])).toEqual([]);
    expect(figures(none[1])).toEqual([]);
    expect(figures(none[2]).map((c) => [c.quote, c.unit])).toEqual([['Two', 'ferry'], ['three ferries', 'ferry']]);
  });
});

describe('hedges around a figure', () => {
  const table: Array<[string, string, Expect]> = [
    ['Its army, estimated at 90,000, moved south.', 'estimated at 90,000', { qualifier: 'about', hedge: 'estimated at' }],
    ['Claims were beyond 4,000 by Friday.', 'beyond 4,000', { qualifier: 'more-than' }],
    ['Each truck carries up to approximately 20 tonnes.', 'up to approximately 20 tonnes', { qualifier: 'up-to', hedge: 'up to approximately', low: 0 }],
    ['The hall seats more than about 400 guests.', 'more than about 400 guests', { qualifier: 'more-than' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});
