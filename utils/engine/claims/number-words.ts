/**
 * Numbers written in words: "one-thousand", "a thousand", "twenty-five", "a dozen", orders of
 * magnitude ("hundreds of thousands", "several thousand"), fractions ("a third", "half a
 * million"), lengths of time ("a century") and multiples ("sixfold"). The words are the
 * language's (lang/).
 */
import type { LanguageTable } from './lang/types';
import type { NumberCore } from './numbers';
import type { Token } from './tokens';

const isHyphen = (t: Token | undefined): boolean => !!t && (t.text === '-' || t.text === '‑');

/** Reads a number written in words at `i` ("one-thousand", "a thousand", "twenty-five"). */
export function wordsAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
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
export function magnitudeAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
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
export function fractionAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
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

/** Whether a hedge ("more than", "over") ends right before token `i`. */
function hedgeEndsAt(tokens: Token[], i: number, lang: LanguageTable): boolean {
  return lang.hedgesBefore.some((h) => i >= h.words.length && h.words.every((w, k) => tokens[i - h.words.length + k].lower === w));
}

/** "more than hundred years", "over thousand people": a scale word alone after a hedge is one of it. */
export function bareScaleAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const scale = lang.scaleWords[tokens[i].lower];
  if (scale === undefined || !lang.articleOne.length || !hedgeEndsAt(tokens, i, lang)) return null;
  return { value: scale, low: scale, high: scale, start: i, end: i + 1, kind: 'words', scale, mSuffix: false };
}

/** "a century", "one decade", "the past century": a length of time named by one noun. */
export function periodAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
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
export function multipleAt(tokens: Token[], i: number, lang: LanguageTable): NumberCore | null {
  const suffix = lang.multipleSuffix;
  const word = tokens[i].lower;
  if (!suffix || word.length <= suffix.length || !word.endsWith(suffix)) return null;
  const stem = word.slice(0, -suffix.length);
  const v = lang.smallNumbers[stem] ?? lang.scaleWords[stem];
  // ("The reason is twofold" names two parts, not a multiple.)
  if (v === undefined || v < 3) return null;
  return { value: v, low: v, high: v, start: i, end: i + 1, kind: 'words', scale: 1, mSuffix: false, multiple: true };
}
