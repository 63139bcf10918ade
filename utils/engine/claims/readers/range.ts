/** Ranges: "252 to 287 miles", "4.2-5.8 million", "between 2 and 5", "$10 to $20"; not "2-2" (a score) or "2018-2020". */
import { isHyphen, skipTo, type Reading } from '../draft';
import { numberAt, type NumberCore } from '../numbers';
import type { Token } from '../tokens';
import { currencyBeforeIndex, type UnitDef } from '../units';
import { isYearLike } from './not-a-quantity';
import { rateAt } from './rate';
import type { Figure } from './state';
import { unitFollowing } from './unit';

/** The first number within three tokens of `k`: its index when a currency stands before it ("to $20"), else -1. */
function currencyAhead(tokens: Token[], k: number): number {
  for (let n = k; n <= k + 3 && n < tokens.length; n++) {
    if (tokens[n].kind === 'num') return currencyBeforeIndex(tokens, n) ? n : -1;
  }
  return -1;
}

export const readRange = (f: Figure): Reading | null => {
  const { tokens, core, lang, j } = f;
  f.qualifier = 'exact';
  f.rangeEnd = -1;
  const sep = tokens[j];
  if (!sep || (core.kind !== 'digits' && core.kind !== 'words')) return null;
  const words = lang.figure;
  const hyphen = isHyphen(sep);
  const isTo = words.rangeJoiners.has(sep.lower);
  const isAnd = sep.lower === words.and && f.opener === words.between;
  if (!hyphen && !isTo && !isAnd) return null;
  let k = j + 1;
  // "a 0-to-60-mph time": "to" glued between hyphens.
  // (Only with a unit after it: "a 2-to-1 margin" is a ratio.)
  const gluedTo = hyphen && !sep.space && tokens[k]?.lower === words.gluedTo && !tokens[k].space && isHyphen(tokens[k + 1]) && !tokens[k + 1].space;
  if (gluedTo) k += 2;
  const cur2 = currencyAhead(tokens, k);
  if (cur2 > k) k = cur2;
  const core2 = tokens[k] && (tokens[k].kind === 'num' || tokens[k].kind === 'word') ? numberAt(tokens, k, lang) : null;
  if (!core2 || (core2.kind !== 'digits' && core2.kind !== 'words') || !(core.kind === core2.kind || core2.kind === 'digits')) return null;
  let e = core2.end;
  let unit2: UnitDef | null = null;
  if (cur2 > j + 1) unit2 = currencyBeforeIndex(tokens, k)!.def;
  const u2 = unit2 ? null : unitFollowing(f, e);
  if (u2) {
    unit2 = u2.def;
    e = u2.end;
  }
  let v1 = f.value;
  const v2 = core2.value;
  if (core.scale === 1 && core2.scale > 1 && v1 * core2.scale <= v2) v1 *= core2.scale;
  const compatible = !f.unit || !unit2 || f.unit.canonical === unit2.canonical;
  const yearish = (c: NumberCore): boolean => isYearLike(c, tokens) && c.value >= 1500;
  const years = yearish(core) && yearish(core2) && !f.unit && !unit2;
  if (years) return skipTo(e);
  // "rose by 300 to 7,000": a change and its new level; "dropped by 1 to 1.5 degrees": a range.
  const changeThenLevel = isTo && !!f.direction && !f.opener && (!!f.unit || v2 > 3 * v1);
  // "in 2018 to 3.9 million headsets": a year, then a figure of another order.
  const yearThenFigure = isYearLike(core, tokens) && !f.unit && !isYearLike(core2, tokens) && (core2.scale > 1 || v2 > 10 * v1);
  if (compatible && v1 < v2 && (!gluedTo || unit2) && !changeThenLevel && !yearThenFigure && !(hyphen && core2.kind === 'words' && !sep.space && tokens[k].space)) {
    setRange(f, v1, v2, e, unit2);
  } else if (hyphen && !sep.space && core2.kind === 'digits' && !f.unit && !unit2 && v2 <= v1) {
    return skipTo(e); // a score, "2-2" or "3-1"
  }
  return null;
};

function setRange(f: Figure, v1: number, v2: number, e: number, unit2: UnitDef | null): void {
  f.value = (v1 + v2) / 2;
  f.low = v1;
  f.high = v2;
  f.qualifier = 'range';
  f.rangeEnd = e;
  f.j = e;
  if (!f.unit && unit2) {
    f.unit = unit2;
    f.unitName = unit2.canonical;
  }
  const per = f.unit && !f.unitName.includes(' per ') ? rateAt(f.tokens, f.j, f.lang) : null;
  if (per) {
    f.unitName += ' per ' + per.name;
    f.j = f.rangeEnd = per.end;
  }
}
