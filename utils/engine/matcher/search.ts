/**
 * Popup search over the matcher index: number-aware ("7000 containers" finds "about 7,000
 * containers" and "seven thousand containers"), alias-aware ("Rajin" finds Najin and Rason)
 * and typo-tolerant (Fuse over the index's vocabulary, never over every claim). Results are
 * grouped by figure (same unit, same thing counted), each with the timeline of how it changed.
 */
import type { Claim } from '../claims/types';
import type { MatcherIndex } from './index';
import { outletName } from '../../model/report-groups';

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
  /** The bounds its hedge allows ("more than 1,000": 1,000 to Infinity), in canonical units. */
  low: number | string;
  high: number | string;
  qualifier: string;
  unit: string;
  /** "up" for an increase ("increased by 300"), "down" for a fall; null for a plain figure. */
  direction: 'up' | 'down' | null;
}

/** One step of a figure's timeline: where a new figure was first stated, and every outlet that stated it. */
export interface TimelineStep {
  published: string | null;
  figure: string;
  value: number | string;
  /** The figure of the step before, or null for the first step. */
  previous: number | string | null;
  outlets: string[];
}

/** One point of a figure's chart: what one report said, and when (the first report of each distinct statement). */
export interface ChartPoint {
  published: string | null;
  outlet: string;
  quote: string;
  value: number | string;
  low: number | string;
  high: number | string;
}

/** Points a figure's chart gets at most: the first, the latest, and evenly between them. */
export const CHART_POINTS = 60;

/** A figure and every report of it, oldest first, with how the figure changed over time. */
export interface SearchResult {
  /** "about 7,000 container" — the latest statement of the figure. */
  figure: string;
  unit: string;
  /** What is counted, as the latest report words it. */
  measure: string | null;
  reports: SearchHit[];
  /** How many reports state it (`reports` holds the oldest of them when the search asked for fewer). */
  reportCount: number;
  /** How many outlets state it, among all its reports. */
  outletCount: number;
  /**
   * The chart's points from all its reports, oldest first, not only those listed: one per date and
   * statement (value and hedge), at most `CHART_POINTS`. Increases ("up 300") are left out.
   */
  points: ChartPoint[];
  /**
   * One step per change of figure, oldest first ("more than 1,000" Oct 2023 → "about 7,000" Mar
   * 2024). When the search asked for fewer `steps` than there are, the first step and the latest
   * ones (`stepCount` says how many there are in all). `previous` is the figure of the step
   * before (null for the first), whether or not that step is listed.
   */
  timeline: TimelineStep[];
  /** How many steps the figure's timeline has in all. */
  stepCount: number;
  score: number;
}

/** Whole groups' reports and timelines, per index and its version (a search result never changes the index). */
const wholeGroups = new WeakMap<MatcherIndex, { version: number; groups: Map<string, SearchResult> }>();

/** How much of each figure a search writes out. */
export interface SearchOptions {
  /** Figures (groups) returned, best first. */
  limit?: number;
  /** Reports listed per figure, oldest first (`reportCount` has them all). */
  reports?: number;
  /** Timeline steps listed per figure: the first and the latest (at least 2; `stepCount` has them all). */
  steps?: number;
}

/**
 * Search the index. `claims` are the figures extracted from the query (the caller runs the
 * claims engine, so this module stays free of it).
 */
export function searchIndex(index: MatcherIndex, query: string, claims: readonly Claim[], options: SearchOptions = {}): SearchResult[] {
  const limit = options.limit ?? 10;
  const reportLimit = options.reports ?? Infinity;
  const stepLimit = Math.max(2, options.steps ?? Infinity);
  // Scores in a typed array with the list of claims touched: a common word can touch tens of
  // thousands of claims, and everything below is one pass over them.
  const { claims: capacity, groups: groupCount, statements: statementCount, values: valueCount } = index.capacity;
  const scores = new Float64Array(capacity);
  const touched: number[] = [];
  const add = (i: number, s: number) => {
    if (scores[i] === 0) touched.push(i);
    scores[i] += s;
  };
  const has = (i: number) => scores[i] !== 0;

  const figures = claims.filter((c) => typeof c.value === 'number' && c.unit !== 'date');
  for (const c of figures) for (const i of index.figureMatches(c)) add(i, 2);

  // Words of the query that are not the figure itself.
  let rest = query;
  for (const c of [...figures].sort((a, b) => b.start - a.start)) rest = rest.slice(0, c.start) + ' ' + rest.slice(c.end);
  let tokens = index.tokensOf(rest);
  if (figures.length) tokens = tokens.filter((t) => !figures.some((c) => c.unit.split(' ').some((w) => t === w || t === w.slice(0, -1))));
  for (const t of tokens) {
    const matches = index.hasToken(t) ? [{ token: t, weight: 1 }] : index.similarTokens(t, 2);
    for (const m of matches) {
      const hits = index.tokenMatches(m.token);
      const idf = Math.log(1 + index.size / Math.max(1, hits.length));
      // (A weight of 0 would leave a claim unscored; Fuse's weights are above 0 within its threshold.)
      for (const i of hits) if (!figures.length || has(i)) add(i, m.weight * idf);
    }
  }
  // A bare unit ("containers", "troops") is what is counted too: every figure of that unit; a
  // mistyped one ("containr") that is no known word either, by its nearest unit.
  if (!figures.length) {
    const units = index.unitWordsOf(rest).map((unit) => ({ unit, weight: 1 }));
    if (!units.length) for (const t of tokens) if (!index.hasToken(t) && !index.similarTokens(t, 1).length) units.push(...index.similarUnits(t, 1));
    for (const { unit, weight } of units) {
      const hits = index.unitMatches(unit);
      const idf = Math.log(1 + index.size / Math.max(1, hits.length));
      for (const i of hits) add(i, weight * idf);
    }
  }

  // Group by unit and what is counted; one group is one figure's history. Per group: its best
  // score, how many statements (an article's quote counts once) and its oldest claim; only the
  // groups that make the answer are then written out.
  const best = new Float64Array(groupCount).fill(-Infinity);
  const statements = new Int32Array(groupCount);
  const first = new Int32Array(groupCount).fill(-1);
  const seenStatement = new Int32Array(statementCount).fill(-1);
  const groups: number[] = [];
  for (const i of touched) {
    const g = index.groupOf(i);
    if (first[g] === -1) {
      groups.push(g);
      first[g] = i;
    } else if (index.orderOf(i) < index.orderOf(first[g])) first[g] = i;
    if (scores[i] > best[g]) best[g] = scores[i];
    const st = index.statementOf(i);
    if (seenStatement[st] !== g) {
      seenStatement[st] = g;
      statements[g]++;
    }
  }
  const score = (g: number) => best[g] + Math.log(1 + statements[g]) * 0.1;
  // Equal scores go by the oldest report's claim id: the order claims were taken in must not matter.
  groups.sort((a, b) => score(b) - score(a) || statements[b] - statements[a] || index.orderOf(first[a]) - index.orderOf(first[b]));
  const top = new Map(groups.slice(0, limit).map((g, rank) => [g, rank]));
  const members: number[][] = [...top.keys()].map(() => []);
  for (const i of touched) {
    const rank = top.get(index.groupOf(i));
    if (rank !== undefined) members[rank].push(i);
  }

  const results: SearchResult[] = [];
  // Per value id: the (1-based) rank of the group last seen stating it, and that step's slot.
  // Typed arrays, not a Map per group: a common word takes tens of thousands of claims.
  const valueSeen = new Int32Array(valueCount);
  const valueShown = new Int32Array(valueCount);
  const slotOf = new Int32Array(valueCount);
  for (const [g, rank] of top) {
    // A query that takes a whole group (a word of what it counts, its unit) gets the group's
    // reports and timeline as worked out the last time, until the index changes.
    const whole = members[rank].length === index.groupSize(g);
    const cacheKey = `${g}\u0001${reportLimit}\u0001${stepLimit}`;
    let cache = wholeGroups.get(index);
    if (cache?.version !== index.version) wholeGroups.set(index, (cache = { version: index.version, groups: new Map() }));
    const known = whole ? cache.groups.get(cacheKey) : undefined;
    if (known) {
      results.push({ ...known, reports: [...known.reports], points: [...known.points], timeline: known.timeline.map(copyStep), reportCount: statements[g], score: score(g) });
      continue;
    }
    // Oldest first: the members' date ranks, sorted as numbers.
    const list = members[rank];
    const order = new Int32Array(list.length);
    for (let k = 0; k < list.length; k++) order[k] = index.orderOf(list[k]);
    order.sort();
    const tag = rank + 1;
    // One step per distinct figure, at its first report; a later restatement of an old figure
    // ("last October, more than a thousand") adds its outlet, not a step. First pass: where each
    // step starts (integers only); only the steps listed are then written out.
    const starts: number[] = [];
    for (let k = 0; k < order.length; k++) {
      const v = index.valueOf(index.atRank(order[k]));
      if (valueSeen[v] === tag) continue;
      valueSeen[v] = tag;
      starts.push(k);
    }
    // The steps listed: the first, then the latest (`skip` left out in between).
    const skip = Math.max(0, starts.length - stepLimit);
    const listed = [0];
    for (let n = 1 + skip; n < starts.length; n++) listed.push(n);
    const timeline: TimelineStep[] = listed.map((n, slot) => {
      const i = index.atRank(order[starts[n]]);
      const previous = n === 0 ? null : index.claimAt(index.atRank(order[starts[n - 1]])).claim.value;
      valueShown[index.valueOf(i)] = tag;
      slotOf[index.valueOf(i)] = slot;
      return { published: index.articleOf(i).published, figure: figureOf(index, i), value: index.claimAt(i).claim.value, previous, outlets: [] };
    });
    // Second pass: the outlets of the listed steps, in the order they first stated the figure.
    for (let k = 0; k < order.length; k++) {
      const i = index.atRank(order[k]);
      const v = index.valueOf(i);
      if (valueShown[v] !== tag) continue;
      const outlets = timeline[slotOf[v]].outlets;
      const article = index.articleOf(i);
      const outlet = outletName({ outlet: article.outlet, wireCopyOf: article.wire ?? undefined });
      if (!outlets.includes(outlet)) outlets.push(outlet);
    }
    // The oldest reports, one per statement (an article's quote counts once).
    const seen = new Set<number>();
    const reports: SearchHit[] = [];
    for (let k = 0; k < order.length && reports.length < reportLimit; k++) {
      const i = index.atRank(order[k]);
      const st = index.statementOf(i);
      if (seen.has(st)) continue;
      seen.add(st);
      const e = index.entry(i);
      const c = e.claim.claim;
      reports.push({
        articleId: e.article.id,
        claimId: e.claim.id,
        ...(e.article.file ? { file: e.article.file } : {}),
        outlet: outletName({ outlet: e.article.outlet, wireCopyOf: e.article.wire ?? undefined }),
        published: e.article.published,
        url: e.article.url ?? null,
        quote: c.quote,
        sentence: c.sentence,
        attribution: e.attribution,
        value: c.value,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        unit: c.unit,
        direction: c.direction,
      });
    }
    const last = index.atRank(order[order.length - 1]);
    const latest = index.claimAt(last).claim;
    const result = {
      figure: `${figureOf(index, last)} ${latest.unit}`,
      unit: latest.unit,
      measure: latest.measure,
      reports,
      reportCount: statements[g],
      ...chartOf(index, order),
      timeline,
      stepCount: starts.length,
      score: score(g),
    };
    if (whole) cache.groups.set(cacheKey, { ...result, reports: [...reports], points: [...result.points], timeline: timeline.map(copyStep) });
    results.push(result);
  }
  return results;
}

/** A group's outlets, and its chart's points (see `SearchResult.points`), from all its members by date rank. */
function chartOf(index: MatcherIndex, order: Int32Array): { outletCount: number; points: ChartPoint[] } {
  const outlets = new Set<string>();
  const seen = new Set<string>();
  const all: ChartPoint[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = index.atRank(order[k]);
    const article = index.articleOf(i);
    // Outlets as the note counts them: a reprint is its wire's.
    outlets.add(article.wire ?? article.outlet);
    const c = index.claimAt(i).claim;
    if (c.direction) continue;
    const key = `${article.published}\u0001${c.value}\u0001${c.low}\u0001${c.high}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const outlet = outletName({ outlet: article.outlet, wireCopyOf: article.wire ?? undefined });
    all.push({ published: article.published, outlet, quote: c.quote, value: c.value, low: c.low, high: c.high });
  }
  return { outletCount: outlets.size, points: evenlyKept(all, CHART_POINTS) };
}

/** At most `max` items of a list, the first and the last among them, evenly spaced between. */
function evenlyKept<T>(list: T[], max: number): T[] {
  if (list.length <= max) return list;
  return Array.from({ length: max }, (_, k) => list[Math.round((k * (list.length - 1)) / (max - 1))]);
}

/** A figure as a result names it; a change says so ("up 300"), never passing for a total. */
function figureOf(index: MatcherIndex, i: number): string {
  const { direction } = index.claimAt(i).claim;
  return `${direction ? `${direction} ` : ''}${index.figureWordsOf(i)}`;
}

function copyStep(step: TimelineStep): TimelineStep {
  return { ...step, outlets: [...step.outlets] };
}
