import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/index';
import { claimFromPack, claimToPack, isIsoDate, PackError, parsePack, parseTopic, type Pack } from './index';

const root = join(__dirname, '../../..');
const index = JSON.parse(readFileSync(join(root, 'seeds/index.json'), 'utf8'));
const topic = parseTopic(JSON.parse(readFileSync(join(root, 'seeds/topic.json'), 'utf8')));

/** A valid pack of the five seeds, texts only, one hand-checked claim on Yonhap. */
function seedPack(): Pack {
  const articles = index.articles.map((a: Record<string, string | null>) => {
    const text = readFileSync(join(root, 'seeds', a.file as string), 'utf8');
    return {
      id: (a.file as string).replace(/\.txt$/, ''),
      file: a.file,
      topic: topic.id,
      outlet: a.outlet,
      title: a.title,
      url: null,
      published: a.published,
      language: a.language,
      byline: a.byline,
      dateline: a.dateline,
      origin: 'default',
      text,
    };
  });
  const yonhap = articles.find((a: { id: string }) => a.id === 'yonhap-2023-10-14');
  const quote = 'more than 1,000 containers';
  const start = yonhap.text.indexOf(quote);
  yonhap.claims = [
    {
      quote,
      start,
      end: start + quote.length,
      value: 1000,
      low: 1000,
      high: null,
      qualifier: 'more-than',
      hedge: 'more than',
      direction: null,
      unit: 'container',
      measure: 'containers of military equipment and munitions',
      attribution: 'the White House',
      sentence: 'North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia.',
    },
  ];
  return { format: 'tally-pack', version: 1, topics: [topic], articles };
}

/** Mutate a fresh copy of the seed pack. */
function mutated(f: (p: any) => void): unknown {
  const p = structuredClone(seedPack());
  f(p);
  return p;
}

describe('parsePack', () => {
  it('accepts the seed pack and keeps it unchanged', () => {
    const pack = seedPack();
    expect(parsePack(structuredClone(pack))).toEqual(pack);
    expect(parsePack(JSON.stringify(pack))).toEqual(pack);
  });

  const refused: [string, () => unknown, RegExp][] = [
    ['truncated JSON', () => JSON.stringify(seedPack()).slice(0, 5000), /ends early|not valid JSON/],
    ['not an object', () => [], /JSON object/],
    ['wrong format', () => mutated((p) => (p.format = 'zip')), /^format: not a Tally pack/],
    ['wrong version', () => mutated((p) => (p.version = 2)), /^version: unsupported pack version 2/],
    ['version as text', () => mutated((p) => (p.version = '1')), /^version: unsupported pack version "1"/],
    ['text where a number belongs', () => mutated((p) => (p.articles[0].claims[0].value = 'a thousand')), /^articles\[0\]\.claims\[0\]\.value: value must be a number .*got "a thousand"/],
    ['digits as text, which would read as the year 1000', () => mutated((p) => (p.articles[0].claims[0].value = '1000')), /^articles\[0\]\.claims\[0\]\.value: value must be a number .*got "1000"/],
    ['a number past what a double holds (1e309 reads as Infinity)', () => JSON.stringify(seedPack()).replace(/"value":(\d+)/, '"value":1e309'), /^articles\[\d+\]\.claims\[\d+\]\.value: value must be a number .*got Infinity/],
    ['text for an offset', () => mutated((p) => (p.articles[0].claims[0].start = '12')), /^articles\[0\]\.claims\[0\]\.start: start must be a number/],
    ['a bad date', () => mutated((p) => (p.articles[1].published = '2023-02-30')), /^articles\[1\]\.published: "2023-02-30" is not an ISO date/],
    ['a date in words', () => mutated((p) => (p.articles[1].published = '14 Oct 2023')), /^articles\[1\]\.published: "14 Oct 2023" is not an ISO date/],
    ['a duplicate article id', () => mutated((p) => (p.articles[3].id = p.articles[0].id)), /^articles\[3\]\.id: duplicate article id "yonhap-2023-10-14"/],
    ['a duplicate entity id', () => mutated((p) => (p.topics[0].entities[1].id = 'najin')), /^topics\[0\]\.entities\[1\]\.id: duplicate entity id "najin"/],
    ['an unknown topic', () => mutated((p) => (p.articles[2].topic = 'weather')), /^articles\[2\]\.topic: unknown topic "weather"/],
    ['a wrong field', () => mutated((p) => (p.articles[0].auther = 'x')), /^articles\[0\]\.auther: unknown field "auther"/],
    ['a missing field', () => mutated((p) => delete p.articles[0].outlet), /^articles\[0\]\.outlet: missing/],
    ['an empty text', () => mutated((p) => (p.articles[0].text = '  ')), /^articles\[0\]\.text: text must not be empty/],
    ['a bad entity kind', () => mutated((p) => (p.topics[0].entities[0].kind = 'city')), /^topics\[0\]\.entities\[0\]\.kind: kind must be person/],
    ['a dangling memberOf', () => mutated((p) => (p.topics[0].entities[5].memberOf = ['mars'])), /memberOf\[0\]: unknown entity "mars"/],
    ['offsets outside the text', () => mutated((p) => (p.articles[0].claims[0].end = 1e7)), /^articles\[0\]\.claims\[0\]: offsets/],
    ['a bad qualifier', () => mutated((p) => (p.articles[0].claims[0].qualifier = 'roughly')), /^articles\[0\]\.claims\[0\]\.qualifier/],
    ['a bad origin', () => mutated((p) => (p.articles[0].origin = 'web')), /^articles\[0\]\.origin: origin must be default, user or import/],
  ];
  it.each(refused)('refuses %s, saying what and where', (_name, make, message) => {
    let error: unknown;
    try {
      parsePack(make());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('claims in packs', () => {
  it('an open bound travels as null and comes back as Infinity', () => {
    const claim = claimFromPack(seedPack().articles[0].claims![0]);
    expect(claim.high).toBe(Infinity);
    expect(claimToPack(claim).high).toBeNull();
  });
});

describe('report dates at any ISO precision', () => {
  it.each([
    ['2025', true],
    ['2023-10', true],
    ['2023-10-14', true],
    ['2023-10-14T03:17:00+09:00', true],
    ['2024-02-29', true],
    ['2024-02', true],
    ['2023-02-29', false],
    ['2023-13', false],
    ['2023-00', false],
    ['2023-10-32', false],
    ['2023-13-01', false],
    ['2023-10-14T25:00', false],
    ['Oct 2023', false],
    ['Oct 14 2023', false],
    ['20231', false],
    ['202', false],
    ['2023-1', false],
    [' 2023-10', false],
    ['2023-10-14 03:17', false],
    ['', false],
  ])('%j → %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it('a pack takes "2023-10" and "2025" for published and keeps them as written', () => {
    const pack = mutated((p) => {
      p.articles[1].published = '2023-10';
      p.articles[2].published = '2025';
    }) as Pack;
    const read = parsePack(pack);
    expect(read.articles.slice(1, 3).map((a) => a.published)).toEqual(['2023-10', '2025']);
  });

  it.each(['2023-13', '2023-10-32', 'Oct 2023', '20231', ''])('a pack dated "%s" is refused with the path and the accepted forms', (bad) => {
    expect(() => parsePack(mutated((p) => (p.articles[4].published = bad)))).toThrow(`articles[4].published: "${bad}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  });

  it('takes the claims of an undated report that says "on the 13th" (ISO\'s truncated "---13")', () => {
    const text = 'Inspectors counted 36 trucks at the crossing on the 13th, the customs office said.';
    const claims = extractClaims(text).map(claimToPack);
    expect(claims.map((c) => c.value)).toContain('---13');
    const pack = mutated((p) => Object.assign(p.articles[0], { published: null, text, claims }));
    expect(parsePack(pack).articles[0].claims).toEqual(claims);
    const day = claims.findIndex((c) => c.value === '---13');
    expect(() => parsePack(mutated((p) => Object.assign(p.articles[0], { published: null, text, claims: claims.map((c, k) => (k === day ? { ...c, value: '---32' } : c)) })))).toThrow(
      `articles[0].claims[${day}].value: value must be a number`,
    );
  });
});
