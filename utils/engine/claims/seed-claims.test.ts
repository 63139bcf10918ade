/**
 * Expected claims for every figure in the five seed articles (tests/fixtures/seed-claims),
 * and the hedge differences between outlets for the same figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from './index';

const root = join(__dirname, '..', '..', '..');
const index = JSON.parse(readFileSync(join(root, 'seeds', 'index.json'), 'utf8')) as { articles: Array<{ file: string; published: string }> };
const seedText = (file: string): string => readFileSync(join(root, 'seeds', file), 'utf8');
const claimsOf = (file: string): Claim[] => {
  const article = index.articles.find((a) => a.file === file)!;
  return extractClaims(seedText(file), { published: article.published });
};
const FIELDS = ['quote', 'value', 'low', 'high', 'qualifier', 'hedge', 'direction', 'unit', 'measure', 'attribution'] as const;
const pick = (c: Claim): Record<string, unknown> => Object.fromEntries(FIELDS.map((f) => [f, c[f]]));

describe('seed articles: every figure', () => {
  for (const article of index.articles) {
    it(`${article.file} gives the expected claims`, () => {
      const fixture = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'seed-claims', article.file.replace('.txt', '.json')), 'utf8'));
      expect(claimsOf(article.file).map(pick)).toEqual(fixture.claims);
    });
    it(`${article.file}: quotes are the text at their offsets, sorted, with sentences that contain them`, () => {
      const text = seedText(article.file);
      const claims = claimsOf(article.file);
      expect(claims.length).toBeGreaterThan(0);
      for (const [k, c] of claims.entries()) {
        expect(text.slice(c.start, c.end)).toBe(c.quote);
        expect(c.sentence).toContain(c.quote);
        if (k > 0) expect(c.start).toBeGreaterThanOrEqual(claims[k - 1].start);
      }
    });
  }
});

describe('seed articles: the same figure with each outlet\'s hedge', () => {
  // [file, quote as written, qualifier, hedge, value, unit]
  const table: Array<[string, string, Claim['qualifier'], string | null, number, string]> = [
    ['yonhap-2023-10-14.txt', 'more than 1,000 containers', 'more-than', 'more than', 1000, 'container'],
    ['efe-2023-10-16.txt', 'over 1,000 containers', 'more-than', 'over', 1000, 'container'],
    ['korea-herald-2023-10-14.txt', '1,000 containers', 'exact', null, 1000, 'container'],
    ['kbs-world-radio-2023-10-16.txt', 'more than one-thousand containers', 'more-than', 'more than', 1000, 'container'],
    ['afp-reprint-2024-03-18.txt', 'more than a thousand containers', 'more-than', 'more than', 1000, 'container'],
    ['afp-reprint-2024-03-18.txt', 'about seven thousand containers', 'about', 'about', 7000, 'container'],
    ['afp-reprint-2024-03-18.txt', 'about 7,000 containers', 'about', 'about', 7000, 'container'],
    ['efe-2023-10-16.txt', 'about 290 kilometers', 'about', 'about', 290, 'kilometre'],
    ['kbs-world-radio-2023-10-16.txt', 'roughly 290 kilometers', 'about', 'roughly', 290, 'kilometre'],
    ['yonhap-2023-10-14.txt', 'roughly 290 kilometers', 'about', 'roughly', 290, 'kilometre'],
    ['afp-reprint-2024-03-18.txt', 'more than a million artillery shells', 'more-than', 'more than', 1_000_000, 'artillery shell'],
    ['afp-reprint-2024-03-18.txt', '87.29%', 'exact', null, 87.29, 'percent'],
  ];
  it.each(table)('%s: "%s" is %s', (file, quote, qualifier, hedge, value, unit) => {
    const claim = claimsOf(file).find((c) => c.quote === quote);
    expect(claim, `no claim quoted "${quote}"`).toBeDefined();
    expect(claim).toMatchObject({ qualifier, hedge, value, unit });
  });

  it('a bare "1,000" and "more than 1,000" have compatible bounds; "about 7,000" does not overlap them', () => {
    const bare = claimsOf('korea-herald-2023-10-14.txt').find((c) => c.quote === '1,000 containers')!;
    const more = claimsOf('yonhap-2023-10-14.txt').find((c) => c.quote === 'more than 1,000 containers')!;
    const later = claimsOf('afp-reprint-2024-03-18.txt').find((c) => c.quote === 'about 7,000 containers')!;
    expect(bare.high as number).toBeGreaterThanOrEqual(more.low as number);
    expect(later.low as number).toBeGreaterThan(more.high as number);
  });

  it('"about 290 kilometers (180 miles)": 290 km, and the miles converted with the same hedge', () => {
    const claims = claimsOf('efe-2023-10-16.txt');
    const km = claims.find((c) => c.quote === 'about 290 kilometers')!;
    const miles = claims.find((c) => c.quote === '180 miles')!;
    expect(miles.unit).toBe('kilometre');
    expect(miles.qualifier).toBe('about');
    expect(Math.round(miles.value as number)).toBe(290);
    expect(miles.asWritten).toEqual({ value: 180, low: 162, high: 198, unit: 'mile' });
    expect(km.value).toBe(290);
  });

  it('"hundreds of thousands of rounds of artillery shells" is a magnitude of artillery shells', () => {
    const claim = claimsOf('kbs-world-radio-2023-10-16.txt')[0];
    expect(claim).toMatchObject({ qualifier: 'magnitude', low: 100_000, high: 1_000_000, unit: 'artillery shell', attribution: 'defense ministry' });
  });

  it('credits follow the text: Kirby, the White House, the defence minister, "he said"', () => {
    expect(claimsOf('korea-herald-2023-10-14.txt').find((c) => c.quote === '1,000 containers')!.attribution).toBe('Kirby');
    const yonhap = claimsOf('yonhap-2023-10-14.txt').filter((c) => c.unit === 'container');
    expect(yonhap[0].attribution).toBe('White House');
    expect(yonhap.at(-1)!.attribution).toBe('Kirby'); // '"Our information indicates ...," he said.'
    expect(claimsOf('afp-reprint-2024-03-18.txt').find((c) => c.quote === 'about 7,000 containers')!.attribution).toBe('South Korean Defense Minister Shin Won-sik');
  });

  it('dates resolve against the publication year', () => {
    const yonhap = claimsOf('yonhap-2023-10-14.txt').find((c) => c.unit === 'date' && c.quote.startsWith('between'))!;
    expect(yonhap).toMatchObject({ quote: 'between Sept. 7 and Oct. 1', low: '2023-09-07', high: '2023-10-01', qualifier: 'range' });
    const herald = claimsOf('korea-herald-2023-10-14.txt').find((c) => c.quote.includes('Sept. 7-8'))!;
    expect(herald).toMatchObject({ low: '2023-09-07', high: '2023-09-08' });
  });
});
