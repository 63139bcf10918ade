/**
 * Table-driven tests of three rules met in disaster reporting: a vague amount followed by its
 * verb counts nothing, and a short unit abbreviation
 * such as "ha" (or "deg F") after a number is read. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from './index';

type Expect = Partial<Pick<Claim, 'quote' | 'value' | 'low' | 'high' | 'qualifier' | 'direction' | 'unit' | 'measure' | 'attribution'>>;
const figures = (text: string): Claim[] => extractClaims(text).filter((c) => c.unit !== 'date');
const at = (text: string, quote: string): Claim => {
  const claim = figures(text).find((c) => c.quote === quote);
  expect(claim, `${quote} in ${JSON.stringify(figures(text).map((c) => c.quote))}`).toBeDefined();
  return claim!;
};

describe('a vague amount before a verb or an adverb counts nothing', () => {
  const table: Array<[string, string, Expect]> = [
    ['Hundreds remain unaccounted for after the floods.', 'Hundreds', { value: 100, qualifier: 'magnitude', unit: '', measure: null }],
    ['Rescuers fear that dozens remain trapped.', 'dozens', { value: 12, unit: '' }],
    ['Nine villages burned and thousands more remain homeless.', 'thousands', { value: 1000, unit: '' }],
    ['Tens of thousands lack clean water.', 'Tens of thousands', { value: 10000, unit: '' }],
    ['Several hundred stayed in the shelter.', 'Several hundred', { value: 200, unit: '' }],
    ['Millions were left without power.', 'Millions', { value: 1e6, unit: '' }],
    ['By nightfall hundreds more had fled.', 'hundreds', { value: 100, unit: '' }],
    // A count before "remain" takes no "remain" as its noun; it counts the people before it.
    ['The storm killed 40 people, and 12 remain in hospital.', '12', { value: 12, unit: 'person' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('a vague amount keeps a real noun as its unit', () => {
  const table: Array<[string, string, Expect]> = [
    ['Hundreds of volunteers arrived on Sunday.', 'Hundreds of volunteers', { value: 100, unit: 'volunteer' }],
    ['Thousands of houses were flooded.', 'Thousands of houses', { value: 1000, unit: 'house' }],
    ['Dozens of drones crossed the border.', 'Dozens of drones', { value: 12, unit: 'drone' }],
    ['Hundreds more families left the valley.', 'Hundreds more families', { value: 100, unit: 'family' }],
    ['Several thousand troops remain in the region.', 'Several thousand troops', { value: 2000, unit: 'troop' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('a passive speech verb credits nobody', () => {
  const table: Array<[string, string, Expect]> = [
    ['The flood killed 14, and hundreds more are said to be stranded.', 'hundreds', { attribution: null }],
    ['Dozens more have been reported injured in the blast.', 'Dozens', { attribution: null }],
    ['At least 30 were reported hurt on Friday.', 'At least 30', { attribution: null }],
    // An active verb after "has" still credits its subject.
    ['The coast guard has reported 19 rescues.', '19 rescues', { attribution: 'coast guard' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));
});

describe('short units: after a space when a mark or "of" closes them, and "deg F"', () => {
  const table: Array<[string, string, Expect]> = [
    ['Flames swept through 1,300 acres (526 ha) of scrub.', '526 ha', { value: 526, unit: 'hectare' }],
    ['Loggers cleared 95 ha of rainforest last year.', '95 ha', { value: 95, unit: 'hectare' }],
    ['The vineyard now covers 12 ha.', '12 ha', { value: 12, unit: 'hectare' }],
    ['The reserve spans 310 ha, twice its old size.', '310 ha', { value: 310, unit: 'hectare' }],
    ['The trail is 14 mi; most of it is paved.', '14 mi', { unit: 'kilometre' }],
    // Degrees written "deg" in plain ASCII text.
    ['Highs near 97 deg F are expected on Sunday.', '97 deg F', { value: 97, unit: 'fahrenheit' }],
    ['The lake warmed by 0.8degC (1.4degF) in a decade.', '0.8degC', { value: 0.8, unit: 'celsius' }],
    // Acres are written down as acres but converted to hectares.
    ['Flames swept through 1,300 acres (526 ha) of scrub.', '1,300 acres', { unit: 'hectare' }],
  ];
  it.each(table)('%s → %s', (text, quote, expected) => expect(at(text, quote)).toMatchObject(expected));

  // Glued forms still need no closing mark; spaced ones before a word stay what they were.
  it('reads "40ha" glued, and no hectares in "5 g" or "40 ha and"', () => {
    expect(at('The estate spans 40ha in total.', '40ha')).toMatchObject({ unit: 'hectare' });
    expect(figures('Weigh out 5 g.').map((c) => c.unit)).not.toContain('gram');
    expect(figures('The farm covers 40 ha and more.').map((c) => c.unit)).not.toContain('hectare');
  });
});
