/**
 * A small tokenizer for the claims engine: digit runs (with their separators), words and single
 * punctuation marks, each with its offsets. Linear time: a hand-written one-pass scanner.
 */

/** One token of a sentence. */
export interface Token {
  text: string;
  /** Lower-case text, for table look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
  /** Whether whitespace separates this token from the previous one. */
  space: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;

// Character classes by code: ASCII by table, the rest by one cached regular-expression test.
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const letterCache = new Map<number, boolean>();
/** Whether UTF-16 code unit `c` is a letter or mark (`[\p{L}\p{M}]`). Exported for its test. */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // The blocks news text uses most, by range: the first test of the Unicode-property regex
  // compiles a large character class, a cost every fresh page would pay for one curly quote.
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba; // ª µ º; the rest is punctuation and symbols
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7; // Latin-1 letters, Latin Extended-A/B; not × ÷
  if (c >= 0x300 && c <= 0x36f) return true; // combining diacritical marks
  if (c >= 0x3a3 && c <= 0x3f5) return true; // Greek letters (μ)
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482; // Cyrillic; not the thousands sign
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: dashes, quotes, spaces
  if (c >= 0x20a0 && c <= 0x20cf) return false; // currency signs
  if (c >= 0x2190 && c <= 0x21ff) return false; // arrows
  if (c >= 0x4e00 && c <= 0x9fa5) return true; // CJK ideographs
  if (c >= 0xac00 && c <= 0xd7a3) return true; // Hangul syllables
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER.test(String.fromCharCode(c));
    if (letterCache.size < 4096) letterCache.set(c, v);
  }
  return v;
}
/** No-break, figure, thin, narrow no-break and zero-width spaces: what may group digits ("1 000"). */
function isGroupSpace(c: number): boolean {
  return c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f || c === 0x200b;
}
/** Exactly three digits at `i`, no fourth. */
function threeDigitsAt(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3));
}
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

/**
 * Tokens of `text`, with offsets shifted by `base`: digit runs with their separators ("1,000",
 * "87.29", "1 000" grouped by a no-break or thin space, and ".500" when nothing precedes the dot), words (one inner apostrophe allowed), and
 * single other characters. A hand-written scanner: one pass, no backtracking.
 */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let previousEnd = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (isDigit(c) || (c === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && !(prev >= 0 && (isDigit(prev) || isLetter(prev) || prev === 46)))) {
      kind = 'num';
      if (c === 46) i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // "1 000": groups of three after a no-break, thin or zero-width space (not after a plain
      // space: "in 2023 100 people" is two numbers).
      if (c !== 46 && i - start <= 3) while (isGroupSpace(text.charCodeAt(i)) && threeDigitsAt(text, i + 1)) i += 4;
      // Separators continue the number only when a digit follows: "1,000" but not "1,".
      while (i + 1 < n && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46) && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
    } else if (isLetter(c)) {
      kind = 'word';
      i++;
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const q = i < n ? text.charCodeAt(i) : -1;
      if ((q === 39 || q === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isLetter(text.charCodeAt(i))) i++;
      }
    } else {
      kind = 'punct';
      // One code point: a surrogate pair stays whole.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const tokenText = text.slice(start, i);
    tokens.push({
      text: tokenText,
      lower: kind === 'word' ? tokenText.toLowerCase() : tokenText,
      start: start + base,
      end: i + base,
      kind,
      space: start > previousEnd || tokens.length === 0,
    });
    previousEnd = i;
  }
  return tokens;
}

/** Tokens of a fixed phrase, lower-cased, for table matching. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/** Whether `word` ends with one of `endings` (a language's particles: "국방부는"). */
export const endsWithAny = (word: string, endings: string[] | undefined): boolean => !!endings?.some((e) => word.endsWith(e));

/** `word` without the first of `endings` it ends with ("국방부는" → "국방부"). */
export function withoutEnding(word: string, endings: string[] | undefined): string {
  const ending = endings?.find((e) => word.endsWith(e));
  return ending ? word.slice(0, -ending.length) : word;
}
