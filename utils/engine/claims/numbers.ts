/**
 * Numbers as news writes them: digits with separators and decimals, number words
 * ("one-thousand", "a thousand", "seven thousand", "a dozen"), scales ("1.5 million", "3m",
 * "2bn"), orders of magnitude ("hundreds of thousands") and fractions ("a third"). The number
 * words are read in number-words.ts.
 */
import { english } from './lang/en';
import type { HedgeEntry, LanguageTable } from './lang/types';
import { bareScaleAt, fractionAt, magnitudeAt, multipleAt, periodAt, wordsAt } from './number-words';
import { tokenize, type Token } from './tokens';

/** A number read at a token position. */
export interface NumberCore {
  value: number;
  /** Bounds for an order of magnitude; equal to `value` otherwise. */
  low: number;
  high: number;
  /** Index of the first token of the number (an article "a" counts). */
  start: number;
  /** Index just past the last token of the number (scale included). */
  end: number;
  kind: 'digits' | 'words' | 'magnitude' | 'fraction';
  /** The scale applied, 1 when none ("million" → 1e6). */
  scale: number;
  /** The scale token was the attached suffix "m" (million, or metre: the caller decides). */
  mSuffix: boolean;
  /** A hedge glued to the number ("1천여"), for languages that write one. */
  suffixHedge?: HedgeEntry;
  /** A multiple written as one word ("sixfold", "tenfold"). */
  multiple?: boolean;
  /** Written as a slash fraction ("1/2", "1⁄16"): a figure only before a unit or "of". */
  slash?: boolean;
  /** A length of time named by one noun ("a century": 100, unit "year"): the unit it is counted in. */
  period?: string;
}

/**
 * The longest digit run read as a number. A figure a double holds to its last written digit,
 * with its separators and decimals, fits; a longer run is a code or junk (and a regular
 * expression over a run of millions of digits overflows the stack).
 */
export const MAX_NUMBER_CHARS = 40;
/** Digits as written from here up are no figure (a 22-digit count is an id); 6.02×10²³ still is. */
export const MAX_WRITTEN_FIGURE = 1e21;

// "1 000" grouped by a no-break, figure, thin, narrow no-break or zero-width space: groups of three.
const SPACE_GROUPED = /^\d{1,3}(?:[\u00a0\u2007\u2009\u202f\u200b]\d{3})+(?=[.,]\d|$)/;
const GROUP_SPACE = /[\u00a0\u2007\u2009\u202f\u200b]/g;

/**
 * The value of a digit run as written: "7,000" → 7000, "87.29" → 87.29, "1.000.000" → 1e6,
 * "1 000" (a no-break or thin space between groups of three) → 1000. Returns null for anything
 * else ("1.2.3", "1,2"), for a run longer than MAX_NUMBER_CHARS and for a value from
 * MAX_WRITTEN_FIGURE up.
 */
export function parseDigits(text: string, decimalComma = false): number | null {
  if (text.length > MAX_NUMBER_CHARS) return null;
  const grouped = SPACE_GROUPED.exec(text);
  const plain = grouped ? grouped[0].replace(GROUP_SPACE, '') + text.slice(grouped[0].length) : text;
  const value = readDigits(plain, decimalComma);
  return value !== null && value < MAX_WRITTEN_FIGURE ? value : null;
}

function readDigits(text: string, decimalComma: boolean): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\.\d+$/.test(text)) return Number('0' + text);
  if (!decimalComma) {
    if (/^\d+\.\d+$/.test(text)) return Number(text);
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
    if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) return Number(text.replace(/\./g, ''));
    return null;
  }
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d+\.\d+$/.test(text)) return Number(text);
  return null;
}

const isHyphen = (t: Token | undefined): boolean => !!t && (t.text === '-' || t.text === '‑');

const glued = (t: Token | undefined): boolean => !!t && !t.space;
const SLASHES = new Set(['/', '⁄']);
const TIMES_SIGNS = new Set(['×', 'x', 'X', '*']);
const MINUS_SIGNS = new Set(['-', '−', '‑', '–', '⁻']);

/**
 * A slash fraction at `i` ("1/2", "1⁄128"): a smaller integer over a larger one, not part of a
 * date ("3/4/2020") or a longer code.
 */
function slashFractionAt(tokens: Token[], i: number): NumberCore | null {
  const t = tokens[i];
  const slash = tokens[i + 1];
  const d = tokens[i + 2];
  if (!slash || !SLASHES.has(slash.text) || !glued(slash) || !d || d.kind !== 'num' || !glued(d)) return null;
  if (!/^\d{1,3}$/.test(t.text) || !/^\d{1,4}$/.test(d.text)) return null;
  if (tokens[i - 1] && SLASHES.has(tokens[i - 1].text) && glued(t)) return null;
  if (tokens[i + 3] && (SLASHES.has(tokens[i + 3].text) || tokens[i + 3].kind === 'num') && glued(tokens[i + 3])) return null;
  const num = Number(t.text);
  const den = Number(d.text);
  if (num < 1 || den <= num) return null;
  const v = num / den;
  return { value: v, low: v, high: v, start: i, end: i + 3, kind: 'digits', scale: 1, mSuffix: false, slash: true };
}

/** "1.99×10−30", "6.02 x 10^23": the power of ten after a mantissa ending at `end`, or null. */
function powerOfTenAt(tokens: Token[], end: number): { exponent: number; end: number } | null {
  const times = tokens[end];
  const ten = tokens[end + 1];
  if (!times || !TIMES_SIGNS.has(times.text) || ten?.text !== '10') return null;
  if (times.space !== ten.space) return null;
  let k = end + 2;
  if (tokens[k]?.text === '^' && glued(tokens[k])) k++;
  let sign = 1;
  if (tokens[k] && MINUS_SIGNS.has(tokens[k].text) && glued(tokens[k])) {
    sign = -1;
    k++;
  } else if (tokens[k]?.text === '+' && glued(tokens[k])) k++;
  const e = tokens[k];
  if (!e || e.kind !== 'num' || !glued(e) || !/^\d{1,3}$/.test(e.text) || k === end + 2) return null;
  return { exponent: sign * Number(e.text), end: k + 1 };
}

/**
 * "2 200", "1 418 000": thousands grouped by single spaces (as much of Europe and some wires write
 * them). Each group after the first has exactly three digits and follows one space; the first has
 * one to three digits and is not itself the end of such a number.
 */
function spaceGroupedAt(tokens: Token[], i: number): NumberCore | null {
  const t = tokens[i];
  const group = (k: number): boolean => {
    const g = tokens[k];
    return !!g && g.kind === 'num' && /^\d{3}$/.test(g.text) && g.start === tokens[k - 1].end + 1;
  };
  if (!/^\d{1,3}$/.test(t.text) || !group(i + 1)) return null;
  const p = tokens[i - 1];
  if (p && p.kind === 'num' && p.end + 1 === t.start) return null;
  let end = i + 1;
  while (group(end)) end++;
  // ("3 100 200": three figures in a row, not one.) A group followed by a digit is part of something else.
  if (tokens[end]?.kind === 'num' && tokens[end].start === tokens[end - 1].end + 1) return null;
  const v = Number(tokens.slice(i, end).map((g) => g.text).join(''));
  return { value: v, low: v, high: v, start: i, end, kind: 'digits', scale: 1, mSuffix: false };
}

/** Reads digits at `i`, with a scale word or suffix after them. */
function digitsAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const t = tokens[i];
  const fraction = slashFractionAt(tokens, i);
  if (fraction) return fraction;
  const grouped = spaceGroupedAt(tokens, i);
  if (grouped) return grouped;
  const value = parseDigits(t.text, lang.decimalComma);
  if (value === null) return null;
  const power = powerOfTenAt(tokens, i + 1);
  if (power) {
    const v = Number(`${value}e${power.exponent}`);
    return { value: v, low: v, high: v, start: i, end: power.end, kind: 'digits', scale: 1, mSuffix: false };
  }
  let end = i + 1;
  let scale = 1;
  let mSuffix = false;
  const next = tokens[end];
  // Korean "1천여": a scale letter glued to the digits, then perhaps a hedge.
  if (lang.attachedScales && next && next.kind === 'word' && !next.space) {
    const glued = lang.attachedScales[next.text[0]];
    const rest = glued ? next.text.slice(1) : next.text;
    const suffixHedge = rest ? lang.hedgeSuffixes?.[rest] : undefined;
    if (glued && (!rest || suffixHedge)) {
      const v = value * glued;
      return { value: v, low: v, high: v, start: i, end: end + 1, kind: 'digits', scale: glued, mSuffix: false, suffixHedge };
    }
    if (!glued && suffixHedge) return { value, low: value, high: value, start: i, end: end + 1, kind: 'digits', scale: 1, mSuffix: false, suffixHedge };
  }
  if (next && next.kind === 'word') {
    const attached = !next.space;
    if (lang.scaleWords[next.lower] !== undefined) {
      scale = lang.scaleWords[next.lower];
      end++;
      // "4 hundred million": a second, larger scale word multiplies.
      const second = tokens[end];
      if (scale === 100 && second && lang.scaleWords[second.lower] > 100) {
        scale *= lang.scaleWords[second.lower];
        end++;
      }
    } else if (lang.scaleSuffixes[next.lower] !== undefined && (attached || next.lower.length > 1) &&
      !(next.lower === lang.figure.metreOrMillion && /^[23²³]$/.test(tokens[end + 1]?.text ?? '') && !tokens[end + 1].space)) {
      // ("32m2" is square metres, not 32 million.)
      // "2 bn" and "3m" are scales; a spaced single "m"/"k"/"b" is not.
      scale = lang.scaleSuffixes[next.lower];
      mSuffix = next.lower === lang.figure.metreOrMillion;
      end++;
    } else if (next.lower === lang.figure.dozen) {
      scale = 12;
      end++;
    }
    // "1.5 million" may be followed by a second scale word: "1.5 hundred thousand" is rare; skip.
  } else if (next && isHyphen(next) && !next.space) {
    // "20-million" written with a hyphen.
    const after = tokens[end + 1];
    if (after && !after.space && lang.scaleWords[after.lower] !== undefined && after.lower !== lang.figure.hundred) {
      scale = lang.scaleWords[after.lower];
      end += 2;
    }
  }
  const v = value * scale;
  return { value: v, low: v, high: v, start: i, end, kind: 'digits', scale, mSuffix };
}

/** The number starting exactly at token `i`, or null. */
export function numberAt(tokens: Token[], i: number, lang: LanguageTable = english): NumberCore | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return digitsAt(tokens, i, lang);
  if (t.kind !== 'word') return null;
  return periodAt(tokens, i, lang) ?? bareScaleAt(tokens, i, lang) ?? fractionAt(tokens, i, lang) ?? magnitudeAt(tokens, i, lang) ?? wordsAt(tokens, i, lang) ?? multipleAt(tokens, i, lang);
}

/**
 * The number at the start of a figure as written: "one-thousand" → 1000, "1.5m" → 1500000,
 * "7,000" → 7000, "a million" → 1000000, "$800 million" → 800000000, "7000 containers" → 7000.
 * A currency sign or hedge before the number is skipped; an order of magnitude gives its low
 * bound. Returns null when the text does not start with a number.
 */
export function parseNumber(s: string, lang: LanguageTable = english): number | null {
  const tokens = tokenize(s.trim());
  let i = 0;
  // Skip a leading hedge ("about 7,000") and currency sign ("$800 million").
  for (const hedge of lang.hedgesBefore) {
    if (hedge.words.every((w, k) => tokens[k]?.lower === w)) {
      i = hedge.words.length;
      break;
    }
  }
  while (i < tokens.length && tokens[i].kind === 'punct' && /^[$€£¥₩₹₽~]$/.test(tokens[i].text)) i++;
  const core = numberAt(tokens, i, lang);
  if (!core) return null;
  if (core.kind === 'words' && core.value === 0 && tokens[i].lower !== lang.figure.zero) return null;
  return core.value;
}
