/**
 * Posting lists: claim indices sorted by the log of their figure, so the figures near a value
 * are a binary search away. Per unit head word, and per (unit, token) of what is counted.
 */
import type { Claim } from '../claims/types';

export interface Posting {
  idx: Int32Array;
  values: Float64Array;
}

/** A figure (a finite number that is not a date): only these are matched. */
export const isNumeric = (c: Claim) => typeof c.value === 'number' && Number.isFinite(c.value) && c.unit !== 'date';

/** A figure's sort key: the log of its value (negative values and zero sorted apart, below). */
export const logKey = (v: number) => (v > 0 ? Math.log10(v) : v < 0 ? -Math.log10(-v) - 1000 : -2000);

/** Two sorted postings as one; on equal values the first one's entries come first (older indices first, as a build orders them). */
export function mergePostings(a: Posting, b: Posting): Posting {
  const n = a.idx.length + b.idx.length;
  const idx = new Int32Array(n);
  const values = new Float64Array(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const fromA = j >= b.idx.length || (i < a.idx.length && a.values[i] <= b.values[j]);
    idx[k] = fromA ? a.idx[i] : b.idx[j];
    values[k] = fromA ? a.values[i++] : b.values[j++];
  }
  return { idx, values };
}

export function sortedPosting(list: number[], valueOf: (i: number) => number): Posting {
  list.sort((a, b) => valueOf(a) - valueOf(b));
  const idx = Int32Array.from(list);
  const values = Float64Array.from(list, valueOf);
  return { idx, values };
}

/** First position whose value is >= x. */
export function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every live entry of a posting whose key lies in [from, to); when there are more than `cap`,
 * the `cap` nearest `center`, walking out both ways (so a common token costs no more than a rare one).
 */
export function visitWindow(p: Posting, from: number, to: number, center: number, cap: number, isDead: (i: number) => boolean, fn: (i: number, distance: number) => void): void {
  const s = lowerBound(p.values, from);
  const e = lowerBound(p.values, to);
  if (e - s <= cap) {
    for (let k = s; k < e; k++) if (!isDead(p.idx[k])) fn(p.idx[k], Math.abs(p.values[k] - center));
    return;
  }
  let l = Math.min(Math.max(lowerBound(p.values, center), s), e) - 1;
  let r = l + 1;
  for (let n = 0; n < cap && (l >= s || r < e); ) {
    const takeLeft = l >= s && (r >= e || center - p.values[l] <= p.values[r] - center);
    const k = takeLeft ? l-- : r++;
    const i = p.idx[k];
    if (isDead(i)) continue;
    fn(i, Math.abs(p.values[k] - center));
    n++;
  }
}

/** What a posting entry needs of a claim: its figure and the tokens of what it counts, whom and where it names. */
export interface PostedClaim {
  claim: Claim;
  /** What it counts (Features.unit). */
  unit: string;
  measure: readonly string[];
  /** Entity ids that narrow (see `EntityContext.specific`). */
  specificEntities: readonly string[];
  credited: string | null;
  /** Tokens of the words near a figure that says nothing of what it counts ("290 km from the border"). */
  near: readonly string[];
  /** The event it counts (Features.event). */
  event: string | null;
}

/** The posting key of a near-the-figure token (kept apart from what is counted). */
export const nearKey = (t: string) => '^' + t;
/** The posting key of the event a figure counts ("death" of "115 dead"): people counts are found again by it. */
export const eventKey = (event: string) => '!' + event;

/** The figure postings of a corpus: per unit head word, per (unit, token), and token → any claim (for search). */
export class FigurePostings {
  readonly units = new Map<string, Posting>();
  readonly byToken = new Map<string, Posting>();
  /** token → claim indices, any unit, figures or not (search: "Tikhoretsk", "Shin Won-sik"). */
  readonly tokenClaims = new Map<string, number[]>();
  /** Live figures (numeric claims). */
  liveNumeric = 0;

  /** Entries for claims `from`.. on, merged into the sorted lists (a build is a merge into nothing). */
  add(from: number, count: number, at: (i: number) => PostedClaim): void {
    const byUnit = new Map<string, number[]>();
    const byToken = new Map<string, number[]>();
    for (let i = from; i < count; i++) {
      const { claim, unit, measure, specificEntities, credited, near, event } = at(i);
      const entityTokens = specificEntities.map((e) => '@' + e);
      if (!isNumeric(claim)) {
        // Search only: its words and entities, no figure postings.
        for (const t of new Set([...measure, ...entityTokens])) push(this.tokenClaims, t, i);
        if (credited) push(this.tokenClaims, '@' + credited, i);
        continue;
      }
      push(byUnit, unit, i);
      this.liveNumeric++;
      for (const t of new Set([...measure, ...entityTokens])) {
        push(byToken, `${unit}\u0001${t}`, i);
        push(this.tokenClaims, t, i);
      }
      // A figure that does not say what it counts is found again by the words around it.
      if (!measure.length) for (const t of near) if (!t.startsWith('@')) push(byToken, `${unit}\u0001${nearKey(t)}`, i);
      if (event) push(byToken, `${unit}\u0001${eventKey(event)}`, i);
      if (credited) push(this.tokenClaims, '@' + credited, i);
    }
    const keys = new Float64Array(count - from);
    for (let i = from; i < count; i++) keys[i - from] = logKey(at(i).claim.value as number);
    const valueOf = (i: number) => keys[i - from];
    const merge = (into: Map<string, Posting>, added: Map<string, number[]>) => {
      for (const [k, l] of added) {
        const fresh = sortedPosting(l, valueOf);
        const old = into.get(k);
        into.set(k, old ? mergePostings(old, fresh) : fresh);
      }
    };
    merge(this.units, byUnit);
    merge(this.byToken, byToken);
  }

  /** The posting of a (unit head, token) pair. */
  tokenPosting(head: string, token: string): Posting | undefined {
    return this.byToken.get(`${head}\u0001${token}`);
  }
}

function push(m: Map<string, number[]>, k: string, i: number): void {
  const l = m.get(k);
  if (l) l.push(i);
  else m.set(k, [i]);
}
