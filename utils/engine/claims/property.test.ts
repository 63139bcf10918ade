/**
 * Property tests (fast-check): any text, random or a mutated seed article, goes through
 * `extractClaims` without an exception and with valid offsets; and the engine stays linear on
 * catastrophic-backtracking bait (long runs of digits, commas, spaces, hyphens), measured as a
 * ratio of times, never as an absolute timing.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const seedsDir = join(__dirname, '..', '..', '..', 'seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));

function checkValid(text: string): void {
  const claims = extractClaims(text, { published: '2023-10-14' });
  let previous = -1;
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.quote).toBe(text.slice(c.start, c.end));
    expect(c.start).toBeGreaterThanOrEqual(previous);
    previous = c.start;
    if (c.unit === 'date') {
      expect(typeof c.low).toBe('string');
      expect(c.low <= c.high).toBe(true);
    } else {
      expect(Number.isFinite(c.value as number)).toBe(true);
      expect(c.low as number).toBeLessThanOrEqual(c.high as number);
    }
  }
}

// Pieces that make the engine work: numbers, number words, hedges, units, months, punctuation.
const pieces = fc.constantFrom(
  '1,000', '7,000', '87.29', '1.5', '3m', '2bn', '-', '–', ' ', ',', '.', '%', '$', '(', ')', ':', 'one-thousand',
  'a thousand', 'more than', 'about', 'up to', 'between', 'and', 'to', 'hundreds of', 'thousands', 'containers',
  'km', 'miles', 'Sept.', 'Oct.', '7', '2023', 'said', 'Kirby', 'he', 'according to', '\n', '\n\n', '"', 'a third',
  'half', 'per cent', 'rose', 'fell by', 'minus', '+', '22nd', 'Resolution', '9:35', 'a.m.', '555-1234',
);
let cases = 0;

describe('extractClaims on arbitrary text', () => {
  it('never throws and keeps offsets valid on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      cases++;
      checkValid(text);
    }), { numRuns: 400 });
  });

  it('never throws and keeps offsets valid on random sequences of number-ish pieces', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 80 }).map((a) => a.join(' ')), (text) => {
      cases++;
      checkValid(text);
    }), { numRuns: 400 });
  });

  it('never throws and keeps offsets valid on mutated seed articles', () => {
    const mutation = fc.record({
      seed: fc.nat({ max: seeds.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.string({ maxLength: 20 }), fc.array(pieces, { maxLength: 6 }).map((a) => a.join(''))),
    });
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
      cases++;
      let text = seeds[mutations[0].seed];
      for (const m of mutations) {
        const at = m.at % (text.length + 1);
        text = text.slice(0, at) + m.insert + text.slice(at + m.cut);
      }
      checkValid(text);
    }), { numRuns: 300 });
    console.log(`fast-check: ${cases} generated cases ran through extractClaims`);
  });
});

describe('linear time on backtracking bait', () => {
  // Each bait string is run at 20k and 200k characters (best of 5); 10× the input may take at most 30× the time.
  const baits: Array<[string, (n: number) => string]> = [
    ['digits', (n) => '9'.repeat(n)],
    ['digits and commas', (n) => '1,2'.repeat(Math.ceil(n / 3)).slice(0, n)],
    ['digit groups', (n) => '1,000,'.repeat(Math.ceil(n / 6)).slice(0, n)],
    ['spaces', (n) => ' '.repeat(n) + '1'],
    ['hyphens', (n) => '1-'.repeat(Math.ceil(n / 2)).slice(0, n)],
    ['number words', (n) => 'one-thousand '.repeat(Math.ceil(n / 13)).slice(0, n)],
    ['dots', (n) => '1.'.repeat(Math.ceil(n / 2)).slice(0, n)],
    ['speech verbs without stops', (n) => 'Kirby said 5 ships and '.repeat(Math.ceil(n / 23)).slice(0, n)],
    ['capitalised words', (n) => 'Kirby Said 5 Ships '.repeat(Math.ceil(n / 19)).slice(0, n)],
    ['a sentence without stops', (n) => 'more than 1,000 containers and '.repeat(Math.ceil(n / 31)).slice(0, n)],
  ];
  // CPU time of this process (best of 5): less swayed than wall time by other work on the machine.
  const time = (text: string): number => {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const c0 = process.cpuUsage();
      extractClaims(text);
      const c = process.cpuUsage(c0);
      best = Math.min(best, (c.user + c.system) / 1000);
    }
    return Math.max(best, 2);
  };
  it.each(baits)('%s: 10× the input takes < 30× the time', (name, make) => {
    const small = time(make(20_000));
    const large = time(make(200_000));
    console.log(`linear-time bait "${name}": 20k → 200k characters took ${(large / small).toFixed(1)}× the CPU time`);
    expect(large / small).toBeLessThan(30);
  });
});
