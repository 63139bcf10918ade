/**
 * The unit written with the number: a currency sign or word ("$5", "5 euros"), "3m" as metres,
 * a unit after it ("5 km", "5-km"), a multiple ("sixfold"), a slash fraction of a unit
 * ("1/16 of a US pint").
 */
import { isHyphen, skipTo, type Reading } from '../draft';
import type { Token } from '../tokens';
import { currencyBeforeIndex, unitAfter, type UnitDef, type UnitMatch } from '../units';
import type { Figure } from './state';

/** A unit that is no row of the unit table: metres read off "3m", years of age, multiples. */
export const namedUnit = (canonical: string, kind: UnitDef['kind']): UnitDef => ({ canonical, factor: 1, written: canonical, kind, attachedOnly: false });

/** A currency written before the number ("$5", "US$5", "RM3"), and a length of time the number word named ("a century"). */
export const readCurrency = (f: Figure): null => {
  const { core, tokens } = f;
  f.currency = core.kind === 'digits' || core.kind === 'words' ? currencyBeforeIndex(tokens, f.qStart) : null;
  if (f.currency && f.currency.start >= f.floor) {
    f.unit = f.currency.def;
    f.qStart = f.currency.start;
  }
  if (core.period) f.unit = namedUnit(core.period, 'time');
  return null;
};

/** "3m": million, unless the context says metres ("a 3m wall", "100m sprint", "37m (121ft)"). */
export const readMetres = (f: Figure): null => {
  const { core, tokens, j } = f;
  if (!core.mSuffix || f.currency) return null;
  const { metreContext, indefiniteArticles } = f.lang.figure;
  const before = tokens[core.start - 1]?.lower;
  // "37m (121ft)": a restatement in feet, inches or yards says metres.
  const restated = tokens[j]?.text === '(' && tokens[j + 1]?.kind === 'num' && /^(?:foot|inch|yard)$/.test(unitAfter(tokens, j + 2)?.def.canonical ?? '');
  if (metreContext.has(tokens[j]?.lower ?? '') || indefiniteArticles.has(before ?? '') || (isHyphen(tokens[j]) && !tokens[j].space) || restated) {
    f.value /= 1e6;
    f.low /= 1e6;
    f.high /= 1e6;
    f.unit = namedUnit('metre', 'measure');
  }
  return null;
};

/** The unit at token `at` after a number of `f`: "5 km", "5-km", "5 US gallons" (a fraction is no length of time). */
export function unitFollowing(f: Figure, at: number): UnitMatch | null {
  const { tokens, core } = f;
  const direct = unitAfter(tokens, at);
  if (direct && !(direct.def.kind === 'time' && core.kind === 'fraction')) return direct;
  if (isHyphen(tokens[at]) && !tokens[at].space && !tokens[at + 1]?.space) return unitAfter(tokens, at + 1);
  // "one US fluid ounce", "5 imperial gallons": a measure of volume named by its system.
  if (f.lang.figure.volumeSystems.has(tokens[at]?.lower ?? '')) {
    const u = unitAfter(tokens, at + 1);
    if (u && /^(?:ounce|pint|quart|gallon)$/.test(u.def.canonical)) return u;
  }
  return null;
}

/** The unit after the number; a currency word after a sign names the currency ("$1.25 sterling"). */
export const readUnitAfter = (f: Figure): Reading | null => {
  const { tokens, j } = f;
  if (f.unit && f.unit.kind !== 'currency') return null;
  const u = unitFollowing(f, j);
  if (u && f.unit && u.def.kind === 'currency' && u.def.canonical !== 'dollar') f.unit = u.def;
  if (u && (!f.unit || u.def.kind === 'currency')) {
    if (!f.unit && durationAsModifier(f, u)) return skipTo(u.end);
    if (!f.unit) f.unit = u.def;
    f.j = u.end;
  }
  return null;
};

/** "a five-year plan", "a 10-day trip", "a five-year $700,000 award": a duration used as a modifier, not a figure. */
function durationAsModifier(f: Figure, u: UnitMatch): boolean {
  const { tokens, j } = f;
  return u.def.kind === 'time' && isHyphen(tokens[j]) && !u.def.canonical.includes('age') && ((tokens[u.end]?.kind === 'word' &&
    !f.lang.figure.nounStop.has(tokens[u.end].lower)) ||
    currencyBeforeIndex(tokens, u.end + 1)?.start === u.end);
}

/** "sixfold", "a 6-fold rise": a multiple. */
export const readMultiple = (f: Figure): null => {
  const { tokens, core, j } = f;
  if (!f.unit && (core.multiple || (isHyphen(tokens[j]) && !tokens[j].space && tokens[j + 1]?.lower === f.lang.figure.fold && !tokens[j + 1].space))) {
    f.unit = namedUnit('time', 'measure');
    if (!core.multiple) f.j += 2;
  }
  return null;
};

/** "1/16 of a US pint": a slash fraction of a unit; else a figure only of something ("2/3 of voters"), not "9/11". */
export const readSlashFraction = (f: Figure): Reading | null => {
  const { tokens, core } = f;
  if (!core.slash || f.unit) return null;
  const { of, unitArticles, unitModifiers } = f.lang.figure;
  if (tokens[f.j]?.lower === of) {
    let k = f.j + 1;
    if (unitArticles.has(tokens[k]?.lower ?? '')) k++;
    while (k < f.j + 4 && unitModifiers.has(tokens[k]?.lower ?? '') && !unitAfter(tokens, k)) k++;
    const u = unitAfter(tokens, k);
    if (u && u.def.kind !== 'currency') {
      f.unit = u.def;
      f.j = u.end;
    }
  }
  if (!f.unit && tokens[f.j]?.lower !== of) return skipTo(f.j);
  return null;
};
