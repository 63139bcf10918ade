/** A sign before the digits, and the two joins that look like one but are not. */
import { isHyphen, skipTo, type Reading } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';
import { unitAfter } from '../units';

/** A sign: "-1.3%", "$-50.8bn", "minus-5 yards", "minus 387 Fahrenheit", "+0.4%". */
export function readSign(tokens: Token[], i: number, floor: number, lang: LanguageTable): { sign: number; signStart: number } {
  const t = tokens[i];
  const { minus } = lang.figure;
  if (t.kind !== 'num') return { sign: 1, signStart: -1 };
  const p = tokens[i - 1];
  const pp = tokens[i - 2];
  if (p && !t.space && (isHyphen(p) || p.text === '−' || p.text === '+') && i - 1 >= floor) {
    if (pp?.lower === minus && !p.space) return { sign: -1, signStart: i - 2 };
    if ((p.space && !(pp && pp.kind === 'word' && /\p{Lu}/u.test(pp.text) && !unitAfter(tokens, i + 1))) || i - 1 === 0 ||
      (pp && pp.kind === 'punct' && pp.text !== ')' && pp.text !== '%')) {
      // ("COVID -19 tests" is a name; "FTSE -0.6%" is a change.)
      return { sign: p.text === '+' ? 1 : -1, signStart: i - 1 };
    }
  } else if (p?.lower === minus && t.space && i - 1 >= floor) return { sign: -1, signStart: i - 1 };
  return { sign: 1, signStart: -1 };
}

/**
 * Digits that only look like the start of a figure: "COVID -19", "F -35" (a name and a number
 * joined by a spaced hyphen), and "1 0000", "1 000" with an odd space (a group with a leading
 * zero is part of the number before it).
 */
export function notASignedStart(tokens: Token[], i: number, signStart: number): Reading | null {
  const t = tokens[i];
  if (t.kind !== 'num') return null;
  if (signStart < 0 && !t.space && isHyphen(tokens[i - 1]) && tokens[i - 1].space && tokens[i - 2]?.kind === 'word' &&
    /\p{Lu}/u.test(tokens[i - 2].text) && !unitAfter(tokens, i + 1)) return skipTo(i + 1);
  if (/^0\d/.test(t.text) && afterDigits(tokens, i)) return skipTo(i + 1);
  return null;
}

/** Whether digits stand just before token `i`, with at most a space or a zero-width space between. */
function afterDigits(tokens: Token[], i: number): boolean {
  const zeroWidth = tokens[i - 1]?.text === '\u200b' && !tokens[i].space;
  const prev = tokens[zeroWidth ? i - 2 : i - 1];
  return prev?.kind === 'num' && tokens[i].start - prev.end <= 2;
}
