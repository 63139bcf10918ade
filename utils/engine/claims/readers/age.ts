/** Ages: "aged 18 to 34", "Maddon, 66, has ...", "who was 10", "under the age of 5 years". */
import { isCapitalised } from '../draft';
import type { Figure } from './state';
import { namedUnit } from './unit';

export const readAge = (f: Figure): null => {
  const { tokens, core, qStart } = f;
  const { ageWords, ageNoun, of, copulas, futureAuxiliaries, personPronouns, afterAge } = f.lang.figure;
  if (!f.unit && core.kind === 'digits' && Number.isInteger(f.value) && f.value > 0 && f.value < 130) {
    const p = tokens[qStart - 1];
    const agedBefore = p && (ageWords.has(p.lower) || (p.lower === of && tokens[qStart - 2]?.lower === ageNoun));
    const appositive = p?.text === ',' && isCapitalised(tokens[qStart - 2]) && tokens[core.end]?.text === ',';
    // "who was 10", "he will be 35 by the end of the year": a person's age, with nothing counted after it.
    const after = tokens[core.end];
    const k = p && copulas.has(p.lower) ? (futureAuxiliaries.has(tokens[qStart - 2]?.lower ?? '') ? qStart - 3 : qStart - 2) : -1;
    const personIs = k >= 0 && personPronouns.has(tokens[k]?.lower ?? '') && (!after || after.kind === 'punct' || afterAge.has(after.lower));
    if (agedBefore || appositive || personIs) f.unit = namedUnit('year of age', 'time');
  }
  // "under the age of 5 years": years of age.
  if (f.unit?.canonical === 'year' && tokens[qStart - 1]?.lower === of && tokens[qStart - 2]?.lower === ageNoun) {
    f.unit = namedUnit('year of age', 'time');
  }
  return null;
};
