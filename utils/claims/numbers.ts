/**
 * Numbers as news writes them: digits with separators and decimals, number words
 * ("one-thousand", "a thousand", "seven thousand", "a dozen"), scales ("1.5 million", "3m",
 * "2bn"), orders of magnitude ("hundreds of thousands") and fractions ("a third").
 */
import { english } from './lang/en';
import type { HedgeEntry, LanguageTable } from './lang/types';
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

/** Reads a number written in words at `i` ("one-thousand", "a thousand", "twenty-five"). */
function wordsAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = 1;
  let lastScaleEnd = i;
  let lastKind: 'none' | 'small' | 'tens' | 'scale' = 'none';
  const first = tokens[i];
  if (lang.articleOne.includes(first.lower)) {
    const next = tokens[i + 1];
    if (!next || !(lang.scaleWords[next.lower] !== undefined || next.lower === lang.figure.dozen)) return null;
    current = 1;
    seen = true;
    lastKind = 'small';
    j = i + 1;
  }
  let end = j;
  // Languages without an article ("более миллиона"): a bare scale word is one of it.
  if (!lang.articleOne.length && lang.scaleWords[first.lower] !== undefined && lang.magnitudeWords[first.lower] === undefined) {
    current = 1;
    seen = true;
    lastKind = 'small';
  }
  while (j < tokens.length) {
    const t = tokens[j];
    const small = lang.smallNumbers[t.lower];
    const scale = lang.scaleWords[t.lower];
    if (small !== undefined && t.kind === 'word') {
      if (t.lower === lang.figure.dozen) {
        current = (current || 1) * 12;
        lastKind = 'scale';
      } else {
        // "twenty-five" or "twenty five" join; "two three" does not.
        if (lastKind === 'small' || (lastKind === 'tens' && small >= 10)) break;
        current += small;
        lastKind = small >= 20 && small % 10 === 0 ? 'tens' : 'small';
      }
      seen = true;
      j++;
      end = j;
    } else if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        // "one thousand one thousand" is two figures: stop after the first.
        if (total > 0 && scale >= lastScale) {
          current = 0;
          end = lastScaleEnd;
          break;
        }
        total += (current || 1) * scale;
        current = 0;
        lastScale = scale;
        lastScaleEnd = j + 1;
      }
      lastKind = 'scale';
      j++;
      end = j;
    } else if (isHyphen(t) && !t.space && seen && tokens[j + 1] && !tokens[j + 1].space &&
      (lang.smallNumbers[tokens[j + 1].lower] !== undefined || lang.scaleWords[tokens[j + 1].lower] !== undefined)) {
      j++;
    } else if (t.lower === lang.figure.and && lastKind === 'scale' && tokens[j + 1] && lang.smallNumbers[tokens[j + 1].lower] !== undefined) {
      j++;
    } else break;
  }
  if (!seen || end === i) return null;
  const value = total + current;
  return { value, low: value, high: value, start: i, end, kind: 'words', scale: lastScale, mSuffix: false };
}

/** Reads an order of magnitude at `i`: "hundreds of thousands", "millions", "tens of thousands". */
function magnitudeAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const t = tokens[i];
  let base = lang.magnitudeWords[t.lower];
  if (base === undefined) {
    // "several thousand", "a few hundred".
    const { several, aFew } = lang.figure;
    const isSeveral = t.lower === several || (t.lower === aFew[0] && tokens[i + 1]?.lower === aFew[1]);
    const at = t.lower === aFew[0] ? i + 2 : i + 1;
    // ("several dozen": a group word counts like a scale.)
    const scale = tokens[at] && (lang.scaleWords[tokens[at].lower] ?? lang.groupWords?.[tokens[at].lower]);
    if (!isSeveral || !scale) return null;
    return { value: 2 * scale, low: 2 * scale, high: 9 * scale, start: i, end: at + 1, kind: 'magnitude', scale, mSuffix: false };
  }
  let end = i + 1;
  const ofTok = tokens[end];
  const inner = tokens[end + 1];
  if (ofTok?.lower === lang.figure.of && inner && lang.magnitudeWords[inner.lower] !== undefined && lang.magnitudeWords[inner.lower] > base) {
    base = base * lang.magnitudeWords[inner.lower];
    end += 2;
  } else if (lang.figure.boundMagnitudes.has(t.lower)) {
    return null; // "tens" alone is not a figure
  }
  // A magnitude needs something counted: "hundreds of X" or "hundreds were".
  // Every order of magnitude spans [base, 10 × base]: "dozens" is 12 to 120, "millions" 1e6 to 1e7.
  const low = base;
  const high = base * 10;
  return { value: low, low, high, start: i, end, kind: 'magnitude', scale: base, mSuffix: false };
}

/** Reads a fraction at `i`: "a third", "two-thirds", "a quarter of", "half a million", "half of". */
function fractionAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const t = tokens[i];
  const { half, dozen, halfBefore, notHalfAfter } = lang.figure;
  if (t.lower === half) {
    const a = tokens[i + 1];
    const s = tokens[i + 2];
    if (a && lang.articleOne.includes(a.lower) && s && (lang.scaleWords[s.lower] !== undefined || s.lower === dozen)) {
      const scale = s.lower === dozen ? 12 : lang.scaleWords[s.lower];
      return { value: scale / 2, low: scale / 2, high: scale / 2, start: i, end: i + 3, kind: 'words', scale, mSuffix: false };
    }
    const prev = tokens[i - 1];
    // "half of the votes", "half the condos"; not "the second half of".
    if (halfBefore.has(a?.lower ?? '') && !(prev && notHalfAfter.has(prev.lower))) {
      return { value: 0.5, low: 0.5, high: 0.5, start: i, end: i + 1, kind: 'fraction', scale: 1, mSuffix: false };
    }
    return null;
  }
  let count: number | undefined;
  if (lang.articleOne.includes(t.lower)) count = 1;
  else if (t.kind === 'word') count = lang.smallNumbers[t.lower];
  if (count === undefined || count === 0 || count > 10) return null;
  let j = i + 1;
  if (isHyphen(tokens[j]) && !tokens[j].space) j++;
  const f = tokens[j];
  if (!f || f.lower === half || lang.fractionWords[f.lower] === undefined) return null;
  const plural = f.lower.endsWith(lang.figure.pluralSuffix);
  const after = tokens[j + 1];
  // "a third-party review": an ordinal in a compound.
  if (after && isHyphen(after) && !after.space) return null;
  // "a third of", "two-thirds": fractions; "a third term", "the second half": ordinals.
  const ofOrEnd = !after || after.lower === lang.figure.of || after.kind === 'punct';
  if (plural ? count < 2 && !ofOrEnd : !ofOrEnd) return null;
  if (!plural && count > 1) return null;
  const value = count * lang.fractionWords[f.lower];
  return { value, low: value, high: value, start: i, end: j + 1, kind: 'fraction', scale: 1, mSuffix: false };
}

/** The number starting exactly at token `i`, or null. */
export function numberAt(tokens: Token[], i: number, lang: LanguageTable = english): NumberCore | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return digitsAt(tokens, i, lang);
  if (t.kind !== 'word') return null;
  return periodAt(tokens, i, lang) ?? bareScaleAt(tokens, i, lang) ?? fractionAt(tokens, i, lang) ?? magnitudeAt(tokens, i, lang) ?? wordsAt(tokens, i, lang) ?? multipleAt(tokens, i, lang);
}

/** Whether a hedge ("more than", "over") ends right before token `i`. */
function hedgeEndsAt(tokens: Token[], i: number, lang: LanguageTable): boolean {
  return lang.hedgesBefore.some((h) => i >= h.words.length && h.words.every((w, k) => tokens[i - h.words.length + k].lower === w));
}

/** "more than hundred years", "over thousand people": a scale word alone after a hedge is one of it. */
function bareScaleAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const scale = lang.scaleWords[tokens[i].lower];
  if (scale === undefined || !lang.articleOne.length || !hedgeEndsAt(tokens, i, lang)) return null;
  return { value: scale, low: scale, high: scale, start: i, end: i + 1, kind: 'words', scale, mSuffix: false };
}

/** "a century", "one decade", "the past century": a length of time named by one noun. */
function periodAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const t = tokens[i];
  const noun = tokens[i + 1];
  const period = noun && lang.periodWords?.[noun.lower];
  if (!period) return null;
  // Only hedged ("more than a century") or looking back ("the past century"): "for a century" and
  // "in a decade" are turns of phrase more often than figures.
  const one = (lang.articleOne.includes(t.lower) || lang.smallNumbers[t.lower] === 1) && hedgeEndsAt(tokens, i, lang);
  const opener = !!lang.periodOpeners?.includes(t.lower) && lang.articleOne.length > 0 && tokens[i - 1]?.lower === lang.figure.periodArticle;
  if (!one && !opener) return null;
  // "a century-old church": a modifier, not a length of time.
  const after = tokens[i + 2];
  if (after && isHyphen(after) && !after.space) return null;
  const v = period.value;
  return { value: v, low: v, high: v, start: i, end: i + 2, kind: 'words', scale: 1, mSuffix: false, period: period.unit };
}

/** A multiple written as one word: "sixfold" → 6, "hundredfold" → 100. */
function multipleAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const suffix = lang.multipleSuffix;
  const word = tokens[i].lower;
  if (!suffix || word.length <= suffix.length || !word.endsWith(suffix)) return null;
  const stem = word.slice(0, -suffix.length);
  const v = lang.smallNumbers[stem] ?? lang.scaleWords[stem];
  // ("The reason is twofold" names two parts, not a multiple.)
  if (v === undefined || v < 3) return null;
  return { value: v, low: v, high: v, start: i, end: i + 1, kind: 'words', scale: 1, mSuffix: false, multiple: true };
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
