/**
 * Popup search over the matcher index: number-aware ("7000 containers" finds "about 7,000
 * containers" and "seven thousand containers"), alias-aware ("Rajin" finds Najin and Rason)
 * and typo-tolerant (Fuse over the index's vocabulary, never over every claim). Results are
 * grouped by figure (same unit, same thing counted), each with the timeline of how it changed.
 */
import Fuse from 'fuse.js';
import type { Claim } from '../claims/types';
import type { MatcherIndex } from './index';
import { figureWords } from './relate';

/** One report of a figure found by a search. */
export interface SearchHit {
  articleId: string;
  claimId: string;
  file?: string;
  outlet: string;
  published: string | null;
  url: string | null;
  quote: string;
  sentence: string;
  attribution: string | null;
  value: number | string;
  qualifier: string;
  unit: string;
}

/** A figure and every report of it, oldest first, with how the figure changed over time. */
export interface SearchResult {
  /** "about 7,000 container" — the latest statement of the figure. */
  figure: string;
  unit: string;
  /** What is counted, as the latest report words it. */
  measure: string | null;
  reports: SearchHit[];
  /** One step per change of figure, oldest first ("more than 1,000" Oct 2023 → "about 7,000" Mar 2024). */
  timeline: { published: string | null; figure: string; value: number | string; outlets: string[] }[];
  score: number;
}

/**
 * Search the index. `claims` are the figures extracted from the query (the caller runs the
 * claims engine, so this module stays free of it).
 */
export function searchIndex(index: MatcherIndex, query: string, claims: readonly Claim[], options: { limit?: number } = {}): SearchResult[] {
  const limit = options.limit ?? 10;
  const scores = new Map<number, number>();
  const add = (i: number, s: number) => scores.set(i, (scores.get(i) ?? 0) + s);

  const figures = claims.filter((c) => typeof c.value === 'number' && c.unit !== 'date');
  for (const c of figures) for (const i of index.figureMatches(c)) add(i, 2);

  // Words of the query that are not the figure itself.
  let rest = query;
  for (const c of [...figures].sort((a, b) => b.start - a.start)) rest = rest.slice(0, c.start) + ' ' + rest.slice(c.end);
  let tokens = index.tokensOf(rest);
  if (figures.length) tokens = tokens.filter((t) => !figures.some((c) => c.unit.split(' ').some((w) => t === w || t === w.slice(0, -1))));
  const known = new Set(index.tokens());
  const fuzzy = tokens.some((t) => !known.has(t)) ? new Fuse(index.tokens(), { includeScore: true, threshold: 0.34 }) : null;
  for (const t of tokens) {
    const matches = known.has(t) ? [{ token: t, weight: 1 }] : (fuzzy?.search(t, { limit: 2 }) ?? []).map((r) => ({ token: r.item, weight: 1 - (r.score ?? 1) }));
    for (const m of matches) {
      const hits = index.tokenMatches(m.token);
      const idf = Math.log(1 + index.size / Math.max(1, hits.length));
      for (const i of hits) if (!figures.length || scores.has(i)) add(i, m.weight * idf);
    }
  }

  // Group by unit and what is counted; one group is one figure's history.
  const groups = new Map<string, { indices: number[]; score: number }>();
  for (const [i, s] of scores) {
    const e = index.entry(i);
    const key = `${e.claim.claim.unit}\u0001${[...e.measure].sort().join(' ')}`;
    const g = groups.get(key) ?? { indices: [], score: 0 };
    g.indices.push(i);
    g.score = Math.max(g.score, s);
    groups.set(key, g);
  }
  const results: SearchResult[] = [];
  for (const g of groups.values()) {
    const entries = g.indices.map((i) => index.entry(i));
    entries.sort((a, b) => (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.claim.id.localeCompare(b.claim.id));
    const seen = new Set<string>();
    const reports: SearchHit[] = [];
    for (const e of entries) {
      const c = e.claim.claim;
      const key = `${e.article.id}\u0001${c.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        articleId: e.article.id,
        claimId: e.claim.id,
        ...(e.article.file ? { file: e.article.file } : {}),
        outlet: e.article.outlet,
        published: e.article.published,
        url: e.article.url ?? null,
        quote: c.quote,
        sentence: c.sentence,
        attribution: e.attribution,
        value: c.value,
        qualifier: c.qualifier,
        unit: c.unit,
      });
    }
    // One step per distinct figure, at its first report; a later restatement of an old figure
    // ("last October, more than a thousand") adds its outlet, not a step.
    const timeline: SearchResult['timeline'] = [];
    for (const e of entries) {
      const c = e.claim.claim;
      const step = timeline.find((t) => t.value === c.value);
      if (step) {
        if (!step.outlets.includes(e.article.outlet)) step.outlets.push(e.article.outlet);
      } else timeline.push({ published: e.article.published, figure: figureWords(c), value: c.value, outlets: [e.article.outlet] });
    }
    const latest = entries.at(-1)!.claim.claim;
    results.push({ figure: `${figureWords(latest)} ${latest.unit}`, unit: latest.unit, measure: latest.measure, reports, timeline, score: g.score + Math.log(1 + reports.length) * 0.1 });
  }
  // Equal scores go by the first report's claim id: the order claims were taken in must not matter.
  results.sort((a, b) => b.score - a.score || b.reports.length - a.reports.length || (a.reports[0].claimId < b.reports[0].claimId ? -1 : a.reports[0].claimId > b.reports[0].claimId ? 1 : 0));
  return results.slice(0, limit);
}
