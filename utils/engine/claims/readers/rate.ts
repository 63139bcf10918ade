/** Rates: "$58.24 per barrel", "120 km/h", "percent a year", "a 52,000 barrel-a-day refinery". */
import { isHyphen } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';
import { singular, unitAfter } from '../units';
import type { Figure } from './state';

/** A rate after a figure's unit: "per barrel", "/h", "a year", "a-year", "-a-day". */
export function rateAt(tokens: Token[], at: number, lang: LanguageTable): { name: string; end: number } | null {
  const { per, nounStop, indefiniteArticles, timeReferences, rateNouns } = lang.figure;
  const p = tokens[at];
  if (!p) return null;
  const next = tokens[at + 1];
  if (p.lower === per || (p.text === '/' && !p.space)) {
    const u2 = unitAfter(tokens, at + 1);
    if (u2) return { name: u2.def.factor === 1 ? u2.def.canonical : u2.def.written, end: u2.end };
    if (next?.kind === 'word' && !nounStop.has(next.lower)) return { name: singular(next.lower), end: at + 2 };
    return null;
  }
  // "a 52,000 barrel-a-day refinery": the rate glued on with hyphens.
  if (isHyphen(p) && !p.space && next && indefiniteArticles.has(next.lower) && !next.space && isHyphen(tokens[at + 2]) && !tokens[at + 2].space) return rateAt(tokens, at + 1, lang);
  if (indefiniteArticles.has(p.lower) && next) {
    // "£24 a-year", "barrel-a-day".
    const w = isHyphen(next) && !next.space && tokens[at + 2] && !tokens[at + 2].space ? at + 2 : at + 1;
    // "a year earlier" is a time reference, not a rate.
    if (timeReferences.has(tokens[w + 1]?.lower ?? '')) return null;
    const u2 = unitAfter(tokens, w);
    if (u2 && (u2.def.kind === 'time' || u2.def.kind === 'measure') && !u2.def.canonical.includes('age')) return { name: u2.def.factor === 1 ? u2.def.canonical : u2.def.written, end: u2.end };
    if (rateNouns.has(tokens[w].lower)) return { name: singular(tokens[w].lower), end: w + 1 };
  }
  return null;
}

/** The unit's canonical name, and a rate after it ("$52 a barrel"). */
export const readUnitRate = (f: Figure): null => {
  if (!f.unit) return null;
  f.unitName = f.unit.canonical;
  const per = rateAt(f.tokens, f.j, f.lang);
  if (per) {
    f.unitName += ' per ' + per.name;
    f.j = per.end;
  }
  return null;
};

/** "an average of 20 per week": a bare rate; what it counts may come from the figure before. */
export const readBareRate = (f: Figure): null => {
  if (!f.unit && !f.measure && !f.people && f.tokens[f.end]?.lower === f.lang.figure.per) {
    const r = rateAt(f.tokens, f.end, f.lang);
    if (r) {
      f.rate = r.name;
      f.end = r.end;
    }
  }
  return null;
};
