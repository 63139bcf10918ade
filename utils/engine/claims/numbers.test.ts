import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';
import { canonicalUnit } from './units';

describe('parseNumber: a figure as written', () => {
  const table: Array<[string, number | null]> = [
    ['7,000', 7000],
    ['7000 containers', 7000],
    ['1,000,000', 1_000_000],
    ['87.29', 87.29],
    ['.500', 0.5],
    ['1.5m', 1_500_000],
    ['3m', 3_000_000],
    ['2bn', 2_000_000_000],
    ['25k', 25_000],
    ['1.5 million', 1_500_000],
    ['$800 million', 800_000_000],
    ['4 hundred million', 400_000_000],
    ['one-thousand', 1000],
    ['one thousand', 1000],
    ['a thousand', 1000],
    ['seven thousand', 7000],
    ['a million', 1_000_000],
    ['a dozen', 12],
    ['twenty-five', 25],
    ['three hundred and fifty', 350],
    ['two thousand three hundred', 2300],
    ['half a million', 500_000],
    ['a third', 1 / 3],
    ['two-thirds', 2 / 3],
    ['hundreds of thousands', 100_000],
    ['about 7,000', 7000],
    ['containers', null],
    ['', null],
    ['a', null],
    ['1.2.3', null],
  ];
  it.each(table)('%s → %s', (text, expected) => {
    const got = parseNumber(text);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });
});

describe('canonicalUnit: units normalised, counted nouns lemmatised', () => {
  const table: Array<[string, string]> = [
    ['containers', 'container'],
    ['shells', 'shell'],
    ['artillery shells', 'artillery shell'],
    ['artillery rounds', 'artillery shell'],
    ['km', 'kilometre'],
    ['kilometers', 'kilometre'],
    ['kilometres', 'kilometre'],
    ['miles', 'kilometre'],
    ['mph', 'kilometre per hour'],
    ['%', 'percent'],
    ['per cent', 'percent'],
    ['tonnes', 'tonne'],
    ['$', 'dollar'],
    ['€', 'euro'],
    ['yen', 'japanese yen'],
    ['people', 'person'],
    ['countries', 'country'],
    ['boxes', 'box'],
    ['fishermen', 'fisherman'],
    ['viruses', 'virus'],
    ['first-team players', 'first-team player'],
    ['news', 'news'],
  ];
  it.each(table)('%s → %s', (word, expected) => expect(canonicalUnit(word)).toBe(expected));
});
