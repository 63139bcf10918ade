/** Table-driven tests of the claims engine on single sentences. */
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from './index';

type Expect = Partial<Pick<Claim, 'quote' | 'value' | 'low' | 'high' | 'qualifier' | 'hedge' | 'direction' | 'unit' | 'measure' | 'attribution'>>;
const only = (text: string, options?: { published?: string }): Claim => {
  const claims = extractClaims(text, options).filter((c) => c.unit !== 'date' || text.includes('Sept') || text.includes('Oct'));
  expect(claims, JSON.stringify(claims.map((c) => c.quote))).toHaveLength(1);
  return claims[0];
};

describe('hedges', () => {
  const table: Array<[string, Expect]> = [
    ['They sent more than 1,000 containers.', { quote: 'more than 1,000 containers', qualifier: 'more-than', hedge: 'more than', value: 1000, low: 1000, high: 2000 }],
    ['They sent over 1,000 containers.', { qualifier: 'more-than', hedge: 'over' }],
    ['They sent above 50 tanks.', { qualifier: 'more-than', hedge: 'above' }],
    ['They sent at least 40 ships.', { qualifier: 'at-least', hedge: 'at least', low: 40 }],
    ['They sent upwards of 40 ships.', { qualifier: 'more-than', hedge: 'upwards of' }],
    ['They sent nearly 40 ships.', { qualifier: 'about', hedge: 'nearly', low: 36, high: 40 }],
    ['They sent almost 40 ships.', { qualifier: 'about', hedge: 'almost' }],
    ['They sent about 7,000 containers.', { qualifier: 'about', hedge: 'about', low: 6300, high: 7700 }],
    ['They sent around 7,000 containers.', { qualifier: 'about', hedge: 'around' }],
    ['They sent roughly 7,000 containers.', { qualifier: 'about', hedge: 'roughly' }],
    ['They sent approximately 7,000 containers.', { qualifier: 'about', hedge: 'approximately' }],
    ['They sent some 300 containers.', { qualifier: 'about', hedge: 'some' }],
    ['They sent an estimated 300 containers.', { qualifier: 'about', hedge: 'an estimated' }],
    ['They may send up to 5 ships.', { qualifier: 'up-to', hedge: 'up to', low: 0, high: 5 }],
    ['They may send as many as 5 ships.', { qualifier: 'up-to', hedge: 'as many as' }],
    ['It took less than 20 minutes.', { qualifier: 'less-than', hedge: 'less than', unit: 'minute' }],
    ['They had fewer than 20 ships.', { qualifier: 'less-than', hedge: 'fewer than' }],
    ['Cash is just under 20 percent of spending.', { qualifier: 'less-than', hedge: 'just under', unit: 'percent' }],
    ['It holds at most 12 people.', { qualifier: 'up-to', hedge: 'at most', unit: 'person' }],
    ['They sent 1,000-plus containers.', { qualifier: 'more-than', value: 1000 }],
    ['They sent 300 containers or more.', { qualifier: 'at-least', hedge: 'or more' }],
    // A hedge reaches across "a total of" and "a combined" to its number; without one, they hedge nothing.
    ['The storm left an estimated total of 4,120 homes without power.', { quote: 'an estimated total of 4,120 homes', qualifier: 'about', hedge: 'an estimated', value: 4120 }],
    ['Donors gave more than a combined 600 tents.', { qualifier: 'more-than', hedge: 'more than', value: 600 }],
    ['A total of 310 people fled.', { quote: '310 people', qualifier: 'exact', hedge: null }],
  ];
  it.each(table)('%s', (text, expected) => expect(only(text)).toMatchObject(expected));
});

describe('numbers, scales and fractions', () => {
  const table: Array<[string, Expect]> = [
    ['The deal is worth $800 million.', { quote: '$800 million', value: 800e6, unit: 'dollar' }],
    ['The firm lost 2bn dollars.', { value: 2e9, unit: 'dollar' }],
    ['The club paid £3m for him.', { value: 3e6, unit: 'pound sterling' }],
    ['Revenue reached 1.5 million euros.', { value: 1.5e6, unit: 'euro' }],
    ['It holds a dozen eggs.', { value: 12, unit: 'egg' }],
    ['He won with a record 87.29% of the vote.', { value: 87.29, unit: 'percent' }],
    ['Turnout was 40 per cent.', { value: 40, unit: 'percent' }],
    ['Sales reached 10.5 million Australian dollars.', { value: 10.5e6, unit: 'australian dollar' }],
    ['Oil was at $58.24 per barrel.', { value: 58.24, unit: 'dollar per barrel' }],
    ['The car reaches 87 mph.', { unit: 'kilometre per hour' }],
    ['The ship carries 300 tonnes of grain.', { value: 300, unit: 'tonne' }],
    ['The index fell 2.1% on Monday.', { value: 2.1, direction: 'down', unit: 'percent' }],
    ['Exports rose by 300 containers.', { value: 300, direction: 'up', unit: 'container' }],
    ['Core inflation increased by 0.3%.', { direction: 'up' }],
    ['Shares were up 9.4 per cent.', { direction: 'up', value: 9.4 }],
    ['The FTSE was -0.6% at noon.', { value: -0.6, direction: 'down' }],
    ['Maddon, 66, has lost weight.', { value: 66, unit: 'year of age' }],
    ['The 15-year-old student won.', { value: 15, unit: 'year of age' }],
    ['Temperatures reached 40C on Tuesday.', { value: 40, unit: 'celsius' }],
    ['Unemployment fell to 3.5% in May.', { value: 3.5, direction: 'down' }],
    ['It cost £1.2bn, officials said.', { value: 1.2e9, unit: 'pound sterling', attribution: 'officials' }],
    ['The firm employs 36,000 staff.', { value: 36000, unit: 'staff' }],
  ];
  it.each(table)('%s', (text, expected) => expect(only(text)).toMatchObject(expected));

  it('reads "a third of" as a fraction', () => {
    const c = only('A third of those screened were obese.');
    expect(c.unit).toBe('fraction');
    expect(c.value).toBeCloseTo(1 / 3, 9);
    expect(c.measure).toBe('those screened');
  });

  it('converts miles to kilometres and keeps what was written', () => {
    const c = only('The depot is 180 miles from the border.');
    expect(c.unit).toBe('kilometre');
    expect(c.value).toBeCloseTo(289.68, 2);
    expect(c.asWritten).toMatchObject({ value: 180, unit: 'mile' });
  });
});

describe('ranges and orders of magnitude', () => {
  const table: Array<[string, Expect]> = [
    ['The range grows from 252 to 287 miles.', { qualifier: 'range', unit: 'kilometre' }],
    ['The cost is 4.2-5.8 million dollars.', { qualifier: 'range', low: 4.2e6, high: 5.8e6, unit: 'dollar' }],
    ['The group has between 2 and 5 ships.', { qualifier: 'range', low: 2, high: 5, quote: 'between 2 and 5 ships' }],
    ['Prices run $10 to $20.', { qualifier: 'range', low: 10, high: 20, unit: 'dollar' }],
    ['Hundreds of thousands of people fled.', { qualifier: 'magnitude', low: 1e5, high: 1e6, unit: 'person' }],
    ['Millions of Americans were affected.', { qualifier: 'magnitude', low: 1e6, high: 1e7, unit: 'american' }],
    ['It adds tens of thousands of dollars.', { qualifier: 'magnitude', low: 1e4, high: 1e5, unit: 'dollar' }],
    ['Dozens of people were killed.', { qualifier: 'magnitude', low: 12, high: 120 }],
  ];
  it.each(table)('%s', (text, expected) => expect(only(text)).toMatchObject(expected));

  it('"increased by 300 to about 7,000 containers" is a change and a level, not a range', () => {
    const claims = extractClaims('The number has increased by 300 to about 7,000 containers.');
    expect(claims.map((c) => [c.value, c.qualifier, c.direction, c.unit])).toEqual([
      [300, 'exact', 'up', 'container'],
      [7000, 'about', null, 'container'],
    ]);
  });
});

describe('dates', () => {
  const published = '2023-10-14';
  const table: Array<[string, Expect]> = [
    ['Imagery showed shipments between Sept. 7 and Oct. 1.', { quote: 'between Sept. 7 and Oct. 1', low: '2023-09-07', high: '2023-10-01', qualifier: 'range', unit: 'date' }],
    ['Containers were picked up from Sept. 7-8.', { low: '2023-09-07', high: '2023-09-08', qualifier: 'range' }],
    ['They met on Sep.13 in Amur.', { quote: 'Sep.13', low: '2023-09-13', qualifier: 'exact' }],
    ['They met on 13 September 2023.', { low: '2023-09-13', value: '2023-09-13' }],
    ['It ended on Oct. 1, 2022.', { low: '2022-10-01' }],
    ['Talks began in June 2018.', { low: '2018-06-01', high: '2018-06-30' }],
  ];
  it.each(table)('%s', (text, expected) => {
    const claims = extractClaims(text, { published }).filter((c) => c.unit === 'date');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject(expected);
  });

  it('a date after publication belongs to the year before', () => {
    const [c] = extractClaims('The talks began on Dec. 28.', { published: '2024-01-10' });
    expect(c.low).toBe('2023-12-28');
  });
});

describe('attribution', () => {
  const table: Array<[string, string | null]> = [
    ['North Korea sent more than 1,000 containers, the White House said Friday.', 'White House'],
    ['Kirby told reporters that the regime provided 1,000 containers.', 'Kirby'],
    // An account is a thing, not a source: the White House gave it.
    ['According to the White House account, about 300 shipping containers were picked up.', 'White House'],
    ['"We saw 300 ships," said John Kirby.', 'John Kirby'],
    ['US spokesperson John Kirby said on Friday that North Korea had sent over 1,000 containers.', 'John Kirby'],
    ['A senior official at the Foreign Ministry in Seoul said 300 ships left.', 'senior official at the Foreign Ministry in Seoul'],
    ['N. Korea sent more than 1,000 containers of munitions to Russia: White House', 'White House'],
    ['North Korea sent 1,000 containers to Russia.', null],
  ];
  it.each(table)('%s → %s', (text, who) => expect(extractClaims(text).filter((c) => c.unit !== 'date')[0].attribution).toBe(who));

  it('"he said" takes the person named before', () => {
    const text = 'John Kirby briefed reporters.\n\n"We saw more than 1,000 containers," he said.';
    expect(extractClaims(text)[0].attribution).toBe('John Kirby');
  });
});

describe('sentences that hold no figure', () => {
  const table: string[] = [
    'The history of the 22nd amendment speaks to its partisan origins.',
    'Any such deal would violate UN Security Council Resolution 1874.',
    'The law was passed in 2016 after a long debate.',
    'She finished in 10th place for the first time.',
    'The meeting starts at 9:35 and ends at 11 a.m.',
    'Call 555-1234 or 202-555-0100 for details.',
    'The first summit ended without a deal.',
    'He was the third player to leave.',
    'Bristol City beat Charlton 2-1 at Ashton Gate.',
    'The iPhone 11 Pro and the Galaxy S23 were on show.',
    'One of the officials left early.',
    'Campaign ID: 285217 was served.',
    'He lives at 49 Zorro Ranch Road in Stanley.',
    'Dak Prescott (4) celebrates a touchdown.',
    'A third-party review found problems.',
    'The 2022-23 season ended at 5.30pm.',
    'No. 10 Downing Street and the G7 met over COVID-19 and F-35 jets.',
    'He scored twice in a 3-1 win in the 1990s.',
    '',
  ];
  it.each(table)('%s', (text) => expect(extractClaims(text).filter((c) => c.unit !== 'date')).toEqual([]));
});
