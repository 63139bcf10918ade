/**
 * A bare figure shares the unit of its neighbour: "eight or nine euros", "7- or 8-inch",
 * "300 to 7,000 containers" (leftward), "rose 64 points to 4,577" (rightward), "raised 280
 * million of the 1.5 billion shekels" (a part of a whole).
 */
import { HYPHENS, type Draft } from '../draft';
import type { LanguageTable } from '../lang/types';
import type { Token } from '../tokens';

/** The one word (hyphens aside) that stands between `a` and `b`, or null. */
function joiner(tokens: Token[], a: Draft, b: Draft): string | null {
  const between = tokens.slice(a.endTok, b.startTok).map((t) => t.lower).filter((w) => !HYPHENS.has(w));
  return between.length === 1 ? between[0] : null;
}

/** `to` takes the unit, counted thing and factor of `from`. */
export function copyUnit(to: Draft, from: Draft): void {
  to.unit = from.unit;
  to.measure = from.measure;
  to.factor = from.factor;
  to.written = from.written;
  to.hasUnit = from.hasUnit;
  to.unitKind = from.unitKind;
  to.bareWords = false;
}

/** "eight or nine euros"; a market quote "(16,369.03 up 58.06 points)": the level is in the change's unit. */
export function shareUnitsLeftward(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  const { unitJoiners, marketMoves } = lang.figure;
  for (let n = drafts.length - 2; n >= 0; n--) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || a.unit || !b.unit) continue;
    if (unitJoiners.has(joiner(tokens, a, b) ?? '')) copyUnit(a, b);
    else if (b.direction && b.unitKind !== 'percent' && marketMoves.has(joiner(tokens, a, b) ?? '')) copyUnit(a, b);
  }
}

/** "rose 64 points to 4,577": the new level is in the change's unit. */
export function shareUnitsRightward(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  const { levelJoiner } = lang.figure;
  for (let n = 0; n + 1 < drafts.length; n++) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || !a.unit || b.unit || !a.hasUnit || a.unitKind === 'percent') continue;
    if (joiner(tokens, a, b) === levelJoiner) copyUnit(b, a);
  }
}

/** "raised 280 million of the 1.5 billion shekels": a part of a whole in its unit. */
export function sharePartOfWhole(drafts: Draft[], tokens: Token[], lang: LanguageTable): void {
  const { of, wholeDeterminers } = lang.figure;
  for (let n = drafts.length - 2; n >= 0; n--) {
    const a = drafts[n];
    const b = drafts[n + 1];
    if (a.date || b.date || a.unit || !b.unit || b.unitKind === 'percent') continue;
    const between = tokens.slice(a.endTok, b.startTok).map((t) => t.lower).join(' ');
    if (between.startsWith(of + ' ') && wholeDeterminers.has(between.slice(of.length + 1))) copyUnit(a, b);
  }
}
