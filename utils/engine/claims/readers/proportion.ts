/** "one out of three Germans", "1 in 5 adults": a proportion, read as a fraction. */
import type { Reading } from '../draft';
import { numberAt } from '../numbers';
import { nounAt } from './noun';
import { isYearLike } from './not-a-quantity';
import type { Figure } from './state';

export const readProportion = (f: Figure): Reading | null => {
  const { tokens, core, j, lang, text } = f;
  if (f.unit || (core.kind !== 'digits' && core.kind !== 'words')) return null;
  const { outOf, proportionIn } = lang.figure;
  const k = tokens[j]?.lower === outOf[0] && tokens[j + 1]?.lower === outOf[1] ? j + 2 : tokens[j]?.lower === proportionIn ? j + 1 : -1;
  const whole = k > 0 ? numberAt(tokens, k, lang) : null;
  if (!(whole && (whole.kind === 'digits' || whole.kind === 'words') && whole.value > f.value && !isYearLike(whole, tokens) &&
    (tokens[whole.end]?.kind === 'word' || tokens[j]?.lower === outOf[0]))) return null;
  const share = f.value / whole.value;
  const noun = nounAt(tokens, whole.end, text, whole.value, lang);
  return {
    drafts: [{
      startTok: f.qStart, endTok: noun ? noun.headEnd : whole.end, raw: share, rawLow: share, rawHigh: share, factor: 1,
      written: null, unit: 'fraction', measure: noun?.measure ?? null, qualifier: 'exact', hedge: null, direction: null,
      date: null, hasUnit: true, unitKind: 'measure',
    }],
    next: noun ? noun.headEnd : whole.end,
  };
};
