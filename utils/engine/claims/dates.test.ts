/**
 * Dates as reports write them, resolved against a report date of any precision ("2025",
 * "2023-10", "2023-10-14"), and the shared reading, ordering and display of such dates.
 * Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { compareIsoDates, formatIsoDate, isoDateBounds, parseIsoDate, reportDate } from '../../model/dates';
import { extractClaims, type Claim } from './index';

type Expect = Partial<Pick<Claim, 'quote' | 'low' | 'high' | 'qualifier'>>;
const datesIn = (text: string, published?: string): Claim[] => extractClaims(text, { published }).filter((c) => c.unit === 'date');
const figuresIn = (text: string, published?: string): Claim[] => extractClaims(text, { published }).filter((c) => c.unit !== 'date');

describe('date ranges', () => {
  const published = '2024-05-20';
  const table: Array<[string, Expect]> = [
    ['The drills ran April 3-4 near the border.', { quote: 'April 3-4', low: '2024-04-03', high: '2024-04-04', qualifier: 'range' }],
    ['The drills ran Apr. 3–4, 2022, near the border.', { low: '2022-04-03', high: '2022-04-04' }],
    ['Freight moved between Feb. 2 and Mar. 19.', { quote: 'between Feb. 2 and Mar. 19', low: '2024-02-02', high: '2024-03-19' }],
    ['Freight moved from 11 to 15 March.', { quote: 'from 11 to 15 March', low: '2024-03-11', high: '2024-03-15' }],
    ['Freight moved 11-15 March 2021.', { quote: '11-15 March 2021', low: '2021-03-11', high: '2021-03-15' }],
    ['Freight moved between 3 and 6 April.', { quote: 'between 3 and 6 April', low: '2024-04-03', high: '2024-04-06' }],
    ['Freight moved from February to April.', { quote: 'from February to April', low: '2024-02-01', high: '2024-04-30' }],
    ['Freight moved from November to February.', { low: '2023-11-01', high: '2024-02-29' }],
    ['Freight moved between January and March 2022.', { low: '2022-01-01', high: '2022-03-31' }],
    ['Output fell from 2016 to 2019, officials said.', { quote: 'from 2016 to 2019', low: '2016-01-01', high: '2019-12-31' }],
    ['The 2021-22 harvest was poor.', { quote: '2021-22', low: '2021-01-01', high: '2022-12-31' }],
    ['Markets shut on 4 and 5 April.', { quote: '4 and 5 April', low: '2024-04-04', high: '2024-04-05' }],
    ['Markets shut on April 4 and 5, officials said.', { quote: 'April 4 and 5', low: '2024-04-04', high: '2024-04-05' }],
    ['Markets shut March 30-April 2.', { low: '2024-03-30', high: '2024-04-02' }],
  ];
  it.each(table)('%s', (text, expected) => {
    const dates = datesIn(text, published);
    expect(dates, JSON.stringify(dates.map((d) => d.quote))).toHaveLength(1);
    expect(dates[0]).toMatchObject(expected);
  });
});

describe('a month or year named alone', () => {
  const published = '2024-03-05';
  const table: Array<[string, Expect]> = [
    ['Ferries stopped in November.', { quote: 'November', low: '2023-11-01', high: '2023-11-30' }],
    ['Ferries have run since January.', { low: '2024-01-01', high: '2024-01-31' }],
    ['Ferries stopped in late November.', { quote: 'late November', low: '2023-11-21', high: '2023-11-30' }],
    ['Ferries stopped in mid-November.', { quote: 'mid-November', low: '2023-11-11', high: '2023-11-20' }],
    ['Ferries stopped in early February.', { quote: 'early February', low: '2024-02-01', high: '2024-02-10' }],
    ['Ferries stopped last February.', { low: '2024-02-01', high: '2024-02-29' }],
    ['Ferries stopped last April.', { low: '2023-04-01' }],
    ['Ferries stopped in April of last year.', { quote: 'April of last year', low: '2023-04-01', high: '2023-04-30' }],
    ['Ferries restart next January.', { low: '2025-01-01' }],
    ['Ferries stopped in 2019, the port said.', { quote: '2019', low: '2019-01-01', high: '2019-12-31' }],
    ['Ferries have run since mid-2021.', { quote: 'mid-2021', low: '2021-01-01', high: '2021-12-31' }],
    ['A 2017 storm shut the port.', { quote: '2017', low: '2017-01-01' }],
    ['The port was built in the 1960s.', { quote: '1960s', low: '1960-01-01', high: '1969-12-31' }],
  ];
  it.each(table)('%s', (text, expected) => {
    const dates = datesIn(text, published);
    expect(dates, JSON.stringify(dates.map((d) => d.quote))).toHaveLength(1);
    expect(dates[0]).toMatchObject(expected);
  });

  const notDates = [
    'August Wilson wrote ten plays.',
    'The prize went to August Wilson.',
    'A tribute for April Ryan aired.',
    'Prices may rise again.',
    'The mill employs 1900 workers.',
    'Fines came to a total of 1999.',
    'Crews hauled the 1850 sacks ashore.',
  ];
  it.each(notDates)('%s: no date', (text) => expect(datesIn(text, published)).toEqual([]));

  it('"April 4 and 5 people": a date, then a count', () => {
    const text = 'On April 4 and 5 people were hurt.';
    expect(datesIn(text, published).map((d) => d.quote)).toEqual(['April 4']);
    expect(figuresIn(text, published)).toMatchObject([{ value: 5, unit: 'person' }]);
  });

  it('a count after a year is still a figure ("in 2019, 300 people")', () => {
    const text = 'In 2019, 300 people left the island.';
    expect(datesIn(text, published).map((d) => d.quote)).toEqual(['2019']);
    expect(figuresIn(text, published)).toMatchObject([{ value: 300, unit: 'person' }]);
  });

  it('"on the 9th" is a day of the report\'s month, or of the month before for a day after the report\'s', () => {
    expect(datesIn('The envoy left on the 2nd.', '2024-03-05')[0]).toMatchObject({ low: '2024-03-02' });
    expect(datesIn('The envoy left on the 28th.', '2024-03-05')[0]).toMatchObject({ low: '2024-02-28' });
    expect(datesIn('The envoy left on the 28th.', '2024-03')[0]).toMatchObject({ low: '2024-03-28' });
    expect(datesIn('The envoy left on the 28th.', '2024')[0]).toMatchObject({ quote: '28th', low: '---28', high: '---28' });
    expect(datesIn('The envoy left on the 28th.')[0]).toMatchObject({ low: '---28' });
    expect(datesIn('The envoy lives on the 28th floor.')).toEqual([]);
    expect(datesIn('The envoy left on the 28th, aides said.', '2024-03-30')[0]).toMatchObject({ low: '2024-03-28' });
  });
});

describe('a report date of reduced precision', () => {
  const table: Array<[string, string, string, string]> = [
    // [sentence, published, low, high]
    ['The envoy arrived on Oct. 14.', '2023-10', '2023-10-14', '2023-10-14'],
    ['The envoy arrived on Oct. 14.', '2025', '2025-10-14', '2025-10-14'],
    ['The envoy arrived on Dec. 30.', '2023-10', '2023-12-30', '2023-12-30'],
    ['The envoy arrived on Dec. 30.', '2024-01-05', '2023-12-30', '2023-12-30'],
    ['The envoy arrived in June.', '2025', '2025-06-01', '2025-06-30'],
    ['The envoy arrived in June.', '2023-10', '2023-06-01', '2023-06-30'],
    ['The envoy arrived last June.', '2025', '2024-06-01', '2024-06-30'],
    ['The envoy arrived on Oct. 14.', '2023-10-14T09:30:00+09:00', '2023-10-14', '2023-10-14'],
  ];
  it.each(table)('%s with %s', (text, published, low, high) => {
    expect(datesIn(text, published)[0]).toMatchObject({ low, high });
  });

  it('an unreadable report date leaves year-less dates without a year, and loses nothing else', () => {
    const claims = extractClaims('The envoy brought 40 crates on Oct. 14.', { published: 'soon' });
    expect(claims.map((c) => [c.quote, c.low])).toEqual([['40 crates', 40], ['Oct. 14', '--10-14']]);
  });
});

describe('ISO dates of any precision: read, bounded, ordered, shown as written', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD (a time after the day is ignored) and refuses the rest', () => {
    expect(parseIsoDate('2025')).toEqual({ year: 2025, month: null, day: null });
    expect(parseIsoDate('2023-10')).toEqual({ year: 2023, month: 10, day: null });
    expect(parseIsoDate('2023-10-14')).toEqual({ year: 2023, month: 10, day: 14 });
    expect(parseIsoDate('2023-10-14T23:10:00Z')).toEqual({ year: 2023, month: 10, day: 14 });
    for (const bad of ['2023-13', '2023-02-30', '23-10-14', '2023/10/14', 'October 2023', '', '2023-1', '2023-10-14T25:00', '2023-10-14T03:17+15:00']) expect(parseIsoDate(bad), bad).toBeNull();
  });

  it('bounds a date by the days it covers', () => {
    expect(isoDateBounds('2024')).toEqual(['2024-01-01', '2024-12-31']);
    expect(isoDateBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(isoDateBounds('2024-02-10')).toEqual(['2024-02-10', '2024-02-10']);
    expect(isoDateBounds('later')).toBeNull();
  });

  it('orders by first day, a coarser date before the finer ones it holds, unreadable ones last', () => {
    const dates = ['2023-11', 'n/a', '2023-10-14', '2024', '2023', '2023-10'];
    expect([...dates].sort(compareIsoDates)).toEqual(['2023', '2023-10', '2023-10-14', '2023-11', '2024', 'n/a']);
  });

  it('shows each at its precision', () => {
    expect(formatIsoDate('2025')).toBe('2025');
    expect(formatIsoDate('2023-10')).toBe('Oct 2023');
    expect(formatIsoDate('2023-10-04')).toBe('4 Oct 2023');
    expect(formatIsoDate('2023-10-04T08:00:00Z')).toBe('4 Oct 2023');
    expect(formatIsoDate('undated')).toBe('undated');
  });

  it('reads a report date in any form Date.parse knows, at day precision', () => {
    expect(reportDate('2023-10')).toEqual({ year: 2023, month: 10, day: null });
    expect(reportDate('Sat, 14 Oct 2023 08:00:00 GMT')).toEqual({ year: 2023, month: 10, day: 14 });
    expect(reportDate('whenever')).toBeNull();
    expect(reportDate(undefined)).toBeNull();
  });
});
