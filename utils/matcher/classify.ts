/**
 * Which relation a candidate bears to a page claim, or null for silence: a different thing
 * counted (a disjoint measure), a different direction or a weak resemblance gives no line.
 * See docs/matching.md.
 */
import type { Claim } from '../claims/types';
import type { EntityContext } from './entities';
import type { Features } from './features';
import { UPDATE_RATIO } from './candidates';
import { unitHead } from './postings';
import type { Evidence } from './rank';
import { compatibleValues, differentFigure, hedgeDifference, isSpecificUnit, type Relation } from './relate';

export interface Classified {
  relation: Relation;
  reason: string;
}

/** The relation of candidate `c` (features `g`, published `otherPublished`) to page claim `q`, or null. */
export function classify(q: Claim, f: Features, pageTime: number | null, c: Claim, g: Features, otherPublished: string | null, e: Evidence, ctx: EntityContext): Classified | null {
  if (unitHead(c.unit) !== unitHead(q.unit) || c.direction !== q.direction) return null;
  // Both say what they count, and it is not the same thing ("shipping containers" vs "containers of munitions").
  if (f.measure.length && g.measure.length && !e.sharedMeasure) return null;
  const specific = isSpecificUnit(unitHead(q.unit));
  if (compatibleValues(q, c)) {
    const sameThing = e.sharedMeasure > 0 || (specific && (e.sharedEntityWeight >= 0.5 || e.fuzzy >= 0.6)) || (e.sharedEntityWeight >= 2 && e.fuzzy >= 0.5);
    if (!sameThing) return null;
    const agree = ctx.anyCreditAgrees(f.credits, g.credits);
    const hedge = hedgeDifference(q, c);
    if (agree === false) return { relation: 'attribution', reason: `credited to ${g.attribution}, not ${f.attribution}` };
    if (hedge) return { relation: 'hedge', reason: hedge };
    return { relation: 'same', reason: 'same figure' };
  }
  const ratio = Math.abs((c.value as number) / (q.value as number));
  if (!(ratio <= UPDATE_RATIO && ratio >= 1 / UPDATE_RATIO)) return null;
  const sameThing = e.sharedMeasure > 0 || (specific && (!f.measure.length || !g.measure.length) && e.sharedEntityWeight >= 1 && e.fuzzy >= 0.5);
  if (!sameThing) return null;
  return differentFigure(q, pageTime, c, g.time, otherPublished);
}
