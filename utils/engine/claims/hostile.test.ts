/**
 * The claims engine on hostile input (issue 10, items 9, 11 and 13): language tags and page
 * words that name Object's own members, digits grouped by odd spaces, numbers no double holds,
 * runs of millions of characters, and run-on sentences whose output used to grow with the
 * square of the input. Every case gives claims or none, never throws, and stays linear.
 */
import { describe, expect, it } from 'vitest';
import { english } from './lang/en';
import { korean } from './lang/ko';
import { russian } from './lang/ru';
import { extractClaims, MAX_CLAIMS_PER_TEXT, parseNumber, type Claim } from './index';
import { MAX_CLAIM_SENTENCE_CHARS, MAX_SENTENCE_CHARS, sentenceAround, splitSentences } from './sentences';

const OBJECT_MEMBERS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'toLocaleString', 'prototype'];

/** Every claim is well formed: finite numbers (or ISO dates), string units, the quote at its offsets. */
function expectSound(text: string, claims: Claim[]): void {
  for (const c of claims) {
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(typeof c.unit).toBe('string');
    expect(c.sentence).toContain(c.quote);
    for (const n of [c.value, c.low, c.high]) if (typeof n === 'number') expect(Number.isFinite(n), `${c.quote}: ${n}`).toBe(true);
  }
}

describe('language tags that name Object members', () => {
  const text = 'The ministry said 1,200 containers left Rajin port on 3 October, about 40% more than in August.';
  const expected = extractClaims(text, { language: 'en' });

  it.each([...OBJECT_MEMBERS, 'CONSTRUCTOR', 'constructor-US', '__proto__-x', '', 'xx', 'en-GB'])('language %j reads as English', (language) => {
    expect(extractClaims(text, { language })).toEqual(expected);
  });

  it('English has the claims to compare', () => {
    expect(expected.map((c) => c.quote)).toEqual(['1,200 containers', '3 October', 'about 40%', 'August']);
  });
});

describe('page words that name Object members', () => {
  it('every word list of every language has no prototype to read', () => {
    for (const table of [english, russian(), korean()]) {
      for (const [field, list] of Object.entries(table)) {
        if (list && typeof list === 'object' && !Array.isArray(list) && !(list instanceof Set)) expect(Object.getPrototypeOf(list), field).toBeNull();
      }
    }
  });

  it.each([
    ['en', 'The yard built 5 constructor cranes last year.', { quote: '5 constructor cranes', value: 5, unit: 'constructor crane' }],
    ['en', 'Engineers logged twenty toString errors.', { quote: 'twenty toString errors', value: 20, unit: 'error' }],
    ['en', 'They shipped 7 valueOf crates and 3 hasOwnProperty boxes.', { quote: '3 hasOwnProperty boxes', value: 3, unit: 'hasownproperty box' }],
    ['en', 'Some 30 __proto__ units were sold.', { value: 30 }],
    ['ru', 'Отправлено 12 constructor контейнеров.', { value: 12 }],
    ['ko', '컨테이너 3천 constructor 보냈다.', { value: 3000 }],
  ] as const)('%s: %s', (language, text, expected) => {
    const claims = extractClaims(text, { language });
    expectSound(text, claims);
    expect(claims).toContainEqual(expect.objectContaining(expected));
  });

  it.each(OBJECT_MEMBERS)('"%s" after a figure, before it and as a unit never gives NaN or a function', (word) => {
    const text = `Officials counted 14 ${word} and ${word} 9 ${word}s, then 2 ${word}-s and five hundred ${word}.`;
    for (const language of ['en', 'ru', 'ko']) {
      const claims = extractClaims(text, { language });
      expectSound(text, claims);
      for (const c of claims) expect(`${c.unit} ${c.measure}`).not.toMatch(/function|native code|undefined/);
    }
  });
});

describe('digits grouped by a no-break, thin or zero-width space', () => {
  it.each([
    ['no-break space', 'The convoy carried 1\u00a0000 containers.', '1\u00a0000 containers', 1000],
    ['narrow no-break space', 'The convoy carried 12\u202f500 shells.', '12\u202f500 shells', 12500],
    ['thin space', 'The convoy carried 2\u2009400\u2009000 rounds.', '2\u2009400\u2009000 rounds', 2_400_000],
    ['zero-width space', 'The convoy carried 1\u200b000 containers.', '1\u200b000 containers', 1000],
    ['figure space', 'The depot held 3\u2007250 tonnes.', '3\u2007250 tonnes', 3250],
    ['with decimals', 'The depot held 1\u202f234.5 tonnes.', '1\u202f234.5 tonnes', 1234.5],
  ])('%s: read as one number', (_name, text, quote, value) => {
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ quote, value });
  });

  it('reads a Russian grouped number with a decimal comma', () => {
    expect(extractClaims('Отправлено 1\u00a0000,5 тонн.', { language: 'ru' })).toContainEqual(expect.objectContaining({ value: 1000.5 }));
  });

  it.each([
    ['a group of four', 'The convoy carried 1\u00a00000 containers.'],
    ['a group of two', 'The convoy carried 1\u202f00 containers.'],
    ['a plain space', 'The convoy carried 1 000 containers.'],
    ['after a comma group', 'The convoy carried 1,000\u00a0000 containers.'],
    ['zero-width, bad group', 'The convoy carried 1\u200b0000 containers.'],
  ])('%s: never a figure of 0 from the leading-zero group', (_name, text) => {
    const claims = extractClaims(text);
    expectSound(text, claims);
    expect(claims.filter((c) => c.value === 0)).toEqual([]);
  });

  it('keeps two numbers apart where a plain space separates them', () => {
    // ("By 2023" is a date; the count beside it stays its own number.)
    expect(extractClaims('By 2023 140 drones had been sent.').filter((c) => c.unit !== 'date').map((c) => c.value)).toEqual([140]);
  });

  it('parseNumber reads the grouped form', () => {
    expect(parseNumber('1\u00a0000 containers')).toBe(1000);
    expect(parseNumber('7\u202f000')).toBe(7000);
  });
});

describe('numbers no double holds as written', () => {
  it.each([
    ['400 digits', `The counter read ${'9'.repeat(400)} packets.`],
    ['22 digits', 'The counter read 1234567890123456789012 packets.'],
    ['grouped past 1e21', 'The counter read 1,000,000,000,000,000,000,000 packets.'],
    ['a power of ten past a double', 'The sample held 2×10^999 atoms.'],
    ['an e-notation overflow', 'The sample held 1e309 atoms.'],
  ])('%s: no claim, and nothing non-finite', (_name, text) => {
    const claims = extractClaims(text);
    expectSound(text, claims);
    expect(claims.filter((c) => c.unit === 'packet' || c.unit === 'atom')).toEqual([]);
  });

  it('figures a double holds are still read', () => {
    expect(extractClaims('The counter read 12345678901234567890 packets.')[0]).toMatchObject({ value: 12345678901234567000, unit: 'packet' });
    expect(extractClaims('The sample held 6.02 x 10^23 atoms.')[0]).toMatchObject({ value: 6.02e23, unit: 'atom' });
  });
});

describe('runs of millions of characters', () => {
  it('a 9.9 MB run of digits gives no claim and does not overflow the stack', () => {
    expect(extractClaims('9'.repeat(9_900_000))).toEqual([]);
  });

  it.each([
    ['digits with commas', '1' + ',000'.repeat(500_000)],
    ['digits grouped by no-break spaces', '1' + '\u00a0000'.repeat(500_000)],
    ['one long word ending in -ed', `${'a'.repeat(2_000_000)}ed 5 troops.`],
    ['initials without end', `${'a.'.repeat(1_000_000)} B said 5 troops.`],
    ['hyphenated digits', '1-'.repeat(300_000)],
    ['a number then a long word', `5 ${'b'.repeat(2_000_000)}`],
  ])('%s: claims or none, no throw', (_name, text) => {
    expectSound(text, extractClaims(text));
  });

  it('a million line breaks between two figures: both read, each break looked at once', () => {
    const text = `Officials counted 5 troops.${'\n'.repeat(500_000)} \n${'\n \t'.repeat(200_000)}They counted 7 tanks.`;
    expect(extractClaims(text).map((c) => c.quote)).toEqual(['5 troops', '7 tanks']);
  });

  it(`a flood of figures gives the first ${MAX_CLAIMS_PER_TEXT.toLocaleString('en')} claims, in order`, () => {
    const text = '7 '.repeat(MAX_CLAIMS_PER_TEXT + 50_000);
    const claims = extractClaims(text);
    expect(claims).toHaveLength(MAX_CLAIMS_PER_TEXT);
    expect(claims[0].start).toBe(0);
    expect(claims.every((c, i) => i === 0 || c.start > claims[i - 1].start)).toBe(true);
  });
});

describe('a run-on sentence', () => {
  const numbers = (chars: number) => `The registry listed ${Array.from({ length: chars / 7 }, (_, i) => `${10_000 + ((i * 7919) % 89_999)}`).join(', ')} in all.`;
  const credited = (chars: number) =>
    `Officials ${Array.from({ length: chars / 40 }, (_, i) => (i % 2 ? `said ${100 + (i % 800)} shells and ` : `he said ${(i % 90) + 2}% more and `)).join('')} nothing else.`;
  const bracketed = (chars: number) => `The list ran ${Array.from({ length: chars / 6 }, (_, i) => `(${(i % 900) + 100})`).join(' ')} to the end.`;

  /** JSON bytes of the claims per character of text. */
  const perChar = (text: string) => JSON.stringify(extractClaims(text)).length / text.length;

  it.each([
    ['comma-separated numbers', numbers],
    ['figures credited to "he"', credited],
    ['parenthesised numbers', bracketed],
  ])('%s: the JSON grows linearly with the text (50k → 100k characters)', (_name, make) => {
    const small = perChar(make(50_000));
    const large = perChar(make(100_000));
    expect(large).toBeLessThan(small * 1.15);
    expect(large).toBeLessThan(200);
  }, 60_000);

  it('each claim carries a window of its sentence, cut at white space, with the quote in it', () => {
    const text = numbers(50_000);
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(5_000);
    for (const c of claims) {
      expect(c.sentence.length).toBeLessThanOrEqual(MAX_CLAIM_SENTENCE_CHARS + 2);
      expect(c.sentence).toContain(c.quote);
      // Cut between words: the text the window starts with follows white space or a sentence start.
      const inner = c.sentence.replace(/^…/, '').replace(/…$/, '');
      const at = text.indexOf(inner);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at === 0 || /\s/.test(text[at - 1]) || !c.sentence.startsWith('…')).toBe(true);
    }
    expect(claims.some((c) => c.sentence.startsWith('…') && c.sentence.endsWith('…'))).toBe(true);
  });
});

describe('sentenceAround and splitSentences', () => {
  const long = `Opening words ${'and many more words '.repeat(100)}then 1,000 containers arrived ${'with further words '.repeat(100)}at last.`;

  it('gives a sentence of at most MAX_CLAIM_SENTENCE_CHARS whole', () => {
    const text = 'Officials said 1,000 containers arrived.';
    expect(sentenceAround(text, { start: 0, end: text.length, paragraph: 0 }, 15, 31)).toBe(text);
  });

  it('cuts a longer one around the quote at white space, marking both cuts', () => {
    const start = long.indexOf('1,000 containers');
    const window = sentenceAround(long, { start: 0, end: long.length, paragraph: 0 }, start, start + 16);
    expect(window).toMatch(/^…\S.*1,000 containers.*\S…$/);
    expect(window.length).toBeLessThanOrEqual(MAX_CLAIM_SENTENCE_CHARS + 2);
    expect(window.length).toBeGreaterThan(MAX_CLAIM_SENTENCE_CHARS - 40);
    expect(long).toContain(window.slice(1, -1));
  });

  it('near a sentence start, gives the unused room to the other side', () => {
    const window = sentenceAround(long, { start: 0, end: long.length, paragraph: 0 }, 0, 7);
    expect(window.startsWith('Opening')).toBe(true);
    expect(window.length).toBeGreaterThan(MAX_CLAIM_SENTENCE_CHARS - 40);
  });

  it(`reads no sentence longer than ${MAX_SENTENCE_CHARS.toLocaleString('en')} characters, and loses no text`, () => {
    const text = `${'word '.repeat(30_000)}. Then ${'x'.repeat(25_000)} end.`;
    const spans = splitSentences(text);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
