/**
 * Candidates for one page claim, from indexed look-ups only (never a full scan): compatible
 * figures (a value window on the unit's and on each token's posting list) and different figures
 * of the same thing (a wider window, on token posting lists only). Each slice is capped to the
 * entries nearest the query's value.
 */
import type { Claim } from '../claims/types';
import type { EntityContext } from './entities';
import type { Features } from './features';
import { eventKey, logKey, nearKey, visitWindow, type FigurePostings } from './postings';
import { PEOPLE } from './units';
import { coreInterval } from './relate';

/** How far apart two figures may be and still be the same thing counted at two times. */
export const UPDATE_RATIO = 30;
/** At most this much is added to a candidate for being nearer the page's value: it orders equals, never outranks a shared word. */
const NEARER = 0.01;
/** Entries taken from one posting slice, nearest the query's value first. */
const UNIT_CAP = 128;
const TOKEN_CAP = 96;
const WIDE_CAP = 48;
/** Words around a figure that names no thing: how many are looked up, and entries taken from each. */
const NEAR_TOKENS = 4;
const NEAR_CAP = 16;

export interface CandidateSource {
  postings: FigurePostings;
  entities: EntityContext;
  isDead: (i: number) => boolean;
}

/** Two scored maps (claim index → score): compatible figures, and different figures of the same thing. */
export function findCandidates(q: Claim, f: Features, src: CandidateSource): { compatible: Map<number, number>; different: Map<number, number> } {
  const compatible = new Map<number, number>();
  const different = new Map<number, number>();
  const head = f.unit;
  const unitPosting = src.postings.units.get(head);
  if (!unitPosting) return { compatible, different };
  const v = q.value as number;
  const [lo, hi] = coreInterval(q);
  const center = logKey(v);
  const cLo = logKey(lo * (lo > 0 ? 0.9 : 1.1));
  const cHi = logKey(hi * (hi > 0 ? 1.1 : 0.9)) + 1e-12;
  const wLo = logKey(v > 0 ? v / UPDATE_RATIO : v * UPDATE_RATIO);
  const wHi = logKey(v > 0 ? v * UPDATE_RATIO : v / UPDATE_RATIO) + 1e-12;
  const add = (m: Map<number, number>, w: number) => (i: number) => m.set(i, (m.get(i) ?? 0) + w);
  // The nearer value first among equals: a short list of a moving count (a toll of 89, 93, 96, 97,
  // 99 …) keeps the reports of this very figure, not those whose ids sort first.
  visitWindow(unitPosting, cLo, cHi, center, UNIT_CAP, src.isDead, (i, distance) => compatible.set(i, (compatible.get(i) ?? 0) + 0.5 + NEARER / (1 + distance)));
  const total = src.postings.liveNumeric || 1;
  const specificEntities = src.entities.specific(f.entities).map((e) => '@' + e);
  for (const t of new Set([...f.measure, ...specificEntities])) {
    const p = src.postings.tokenPosting(head, t);
    if (!p) continue;
    const entity = t.startsWith('@');
    const weight = Math.log(1 + total / p.idx.length) * (entity ? 0.5 * src.entities.weight(t.slice(1)) : 1);
    visitWindow(p, cLo, cHi, center, TOKEN_CAP, src.isDead, add(compatible, weight));
    // A different figure must share what is counted (the classifier insists), so only measure tokens look wider.
    if (!entity || !f.measure.length) visitWindow(p, wLo, wHi, center, WIDE_CAP, src.isDead, add(different, weight));
  }
  // A figure that does not say what it counts ("290 km from the border"): a different figure of
  // it is found by the words around it, whatever its value.
  // The rarest few words only, each a short slice: they add candidates, they do not rank them.
  if (!f.measure.length) {
    const near = f.near
      .filter((t) => !t.startsWith('@'))
      .map((t) => src.postings.tokenPosting(head, nearKey(t)))
      .filter((p) => p !== undefined)
      .sort((a, b) => a.idx.length - b.idx.length)
      .slice(0, NEAR_TOKENS);
    for (const p of near) visitWindow(p, wLo, wHi, center, NEAR_CAP, src.isDead, add(different, 0.5 * Math.log(1 + total / p.idx.length)));
  }
  // People counted by one event (the dead, the missing) are one count over time, whatever its value.
  const byEvent = f.unit === PEOPLE && f.event ? src.postings.tokenPosting(head, eventKey(f.event)) : undefined;
  if (byEvent) {
    const weight = 0.5 * Math.log(1 + total / byEvent.idx.length);
    visitWindow(byEvent, cLo, cHi, center, TOKEN_CAP, src.isDead, add(compatible, weight));
    visitWindow(byEvent, wLo, wHi, center, WIDE_CAP, src.isDead, add(different, weight));
  }
  return { compatible, different };
}
