/**
 * Ranking a short list of candidates: Fuse.js over what is counted (spellings folded to one
 * name first, pair scores memoised), word overlap of the sentences, shared entities, closeness
 * of the figures and who is credited.
 */
import Fuse from 'fuse.js';
import type { Claim } from '../claims/types';
import type { EntityContext } from './entities';
import type { Features } from './features';
import { canonicalSpellings, plainWords } from './text';
import { foldUnitSynonyms } from './units';

/** Compare two rank vectors, first difference wins. */
export function compareRank(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/**
 * The k best-scored entries of a map, skipping rejected ones, best first. Equal scores go by
 * `id` (the claim id), so the answer does not depend on the order claims were taken in (a
 * rebuilt index and one updated in place agree).
 */
export function topK(scores: Map<number, number>, k: number, reject: (i: number) => boolean, id: (i: number) => string): [number, number][] {
  const best: [number, number][] = [];
  const before = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && id(a[0]) < id(b[0]));
  for (const entry of scores) {
    if (best.length === k && !before(entry, best[k - 1])) continue;
    if (reject(entry[0])) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1])) at--;
    best.splice(at, 0, entry);
    if (best.length > k) best.pop();
  }
  return best;
}

/** What a page claim and a candidate have in common. */
export interface Evidence {
  /** Tokens of what is counted both share. */
  sharedMeasure: number;
  /** Summed weight of the entities both name. */
  sharedEntityWeight: number;
  /** Jaccard overlap of the sentences' word stems. */
  sentenceSim: number;
  /** 1 for the same figure, down to 0 at a ratio of 1.2. */
  closeness: number;
  /** Fuse.js similarity of what is counted, 0..1. */
  fuzzy: number;
  /** Both credit the same source. */
  credit: boolean;
}

export function evidenceOf(q: Claim, f: Features, c: Claim, g: Features, fuzzy: number, pageWords: Set<string>, words: Set<string>, ctx: EntityContext): Evidence {
  const sharedMeasure = f.measure.filter((t) => g.measure.includes(t)).length;
  let sharedEntityWeight = 0;
  for (const e of f.entities) if (g.entities.includes(e)) sharedEntityWeight += ctx.weight(e);
  let sharedWords = 0;
  for (const w of words) if (pageWords.has(w)) sharedWords++;
  const sentenceSim = sharedWords / Math.max(1, pageWords.size + words.size - sharedWords);
  const closeness = Math.max(0, 1 - Math.abs(Math.log((c.value as number) / (q.value as number) || 1e-9)) / Math.log(1.2));
  return { sharedMeasure, sharedEntityWeight, sentenceSim, closeness, fuzzy, credit: !!ctx.creditsAgree(f.credited, g.credited) };
}

/** The ranking score, 0..1 (higher is closer). */
export function scoreOf(e: Evidence, personCredit: boolean, tokenScore: number): number {
  return Math.min(
    1,
    0.3 * e.fuzzy + 0.15 * Math.min(1, e.sharedMeasure / 2) + 0.1 * Math.min(1, e.sharedEntityWeight / 2) + 0.25 * e.sentenceSim + 0.15 * e.closeness + 0.05 * (e.credit ? 1 : 0) + (personCredit ? 0.01 : 0) + tokenScore * 1e-5,
  );
}

/** What a claim counts, as Fuse compares it: entity spellings and unit words folded to one form. */
export function measureText(c: Claim, entities: EntityContext['entities']): string {
  return foldUnitSynonyms(canonicalSpellings(c.measure ?? c.unit, entities));
}

/** Memoised text work per candidate claim: its folded measure, its sentence's words, Fuse scores per pair. */
export class RankCache {
  private readonly measureScores = new Map<string, number>();
  private readonly wordCache = new Map<number, Set<string>>();
  private readonly canonicalCache = new Map<number, string>();

  constructor(private readonly ctx: EntityContext, private readonly claimAt: (i: number) => Claim) {}

  /** A claim's measure with spellings folded, computed when first a candidate. */
  canonicalMeasure(i: number): string {
    let m = this.canonicalCache.get(i);
    if (m === undefined) {
      const c = this.claimAt(i);
      m = measureText(c, this.ctx.entities);
      if (this.canonicalCache.size > 50_000) this.canonicalCache.clear();
      this.canonicalCache.set(i, m);
    }
    return m;
  }

  /** Plain word stems of a claim's sentence: entities (and so their spellings) are compared separately, as ids. */
  sentenceWords(i: number): Set<string> {
    let words = this.wordCache.get(i);
    if (!words) {
      words = plainWords(this.claimAt(i).sentence);
      if (this.wordCache.size > 50_000) this.wordCache.clear();
      this.wordCache.set(i, words);
    }
    return words;
  }

  /** Fuse.js similarity (0..1, higher closer) of a query measure to each candidate measure. */
  fuzzyMeasures(query: string, measures: string[]): number[] {
    const key = (m: string) => `${query}\u0001${m}`;
    const missing = [...new Set(measures.filter((m) => !this.measureScores.has(key(m))))];
    if (missing.length) {
      if (this.measureScores.size > 100_000) this.measureScores.clear();
      const fuse = new Fuse(missing, { includeScore: true, ignoreLocation: true, threshold: 1, shouldSort: false });
      for (const m of missing) this.measureScores.set(key(m), 0);
      for (const r of fuse.search(query)) this.measureScores.set(key(r.item), 1 - (r.score ?? 1));
    }
    return measures.map((m) => this.measureScores.get(key(m)) ?? 0);
  }
}
