/**
 * Ellipsis: "435 homes by open sale and 187 by tender", "84.75 cents, while the lowest is 74.07".
 * A bare figure takes the unit of the nearest figure before it in the sentence, unless that is a
 * percentage (an index level after a percentage change is not a percentage).
 */
import type { Draft } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';

export function inheritUnits(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  // A parenthetical restatement ("2,435,000 yen ($22,480) ... and 2,380,000") and a percentage
  // ("lost 162 points, or 2.1%, to 7,425") lend nothing: the figure before them does.
  const lends = (d: Draft): boolean => !(d.date || d.inParens || d.unitKind === 'percent' || d.beforeWord);
  // The nearest figure that may lend, kept as the loop goes: a walk back from every figure
  // would make a run-on sentence of parenthesised figures quadratic.
  let lender = drafts.length && lends(drafts[0]) ? 0 : -1;
  for (let n = 1; n < drafts.length; n++) {
    const b = drafts[n];
    inheritUnit(b, n, drafts, lender, tokens, lang);
    if (lends(b)) lender = n;
  }
}

/** `b` (figure `n`) takes the unit of the figure before it that lends one (`lender`), if it has none. */
function inheritUnit(b: Draft, n: number, drafts: Draft[], lender: number, tokens: Token[], lang: LanguageTable): void {
  if (b.date || b.unit || b.bareWords || b.beforeWord || b.qualifier === 'magnitude') return;
  // "rose by 2 percent but fell by 1": a change by a bare figure right after a percentage change.
  const parallel = !!b.direction && tokens[b.startTok - 1]?.lower === lang.figure.changeBy && Math.abs(b.raw) <= 100;
  const p = drafts[n - 1];
  const k = !(p.date || p.inParens || p.beforeWord) && (p.unitKind !== 'percent' || (parallel && p.direction)) ? n - 1 : lender;
  const a = drafts[k];
  // A share ("a third of those screened") lends no unit either.
  if (!a || !a.unit || a.unit === 'fraction') return;
  // A percentage lends itself only to a parallel change: "rose by 2 percent but fell by 1".
  if (a.unitKind === 'percent' && !(a.direction && parallel && n - k === 1)) return;
  b.unit = b.rate && !a.unit.includes(' per ') ? `${a.unit} per ${b.rate}` : a.unit;
  b.measure = a.measure;
  b.factor = a.factor;
  b.written = a.written;
  b.hasUnit = a.hasUnit;
  b.unitKind = a.unitKind;
}
