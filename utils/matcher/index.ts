/**
 * The matcher: for each claim of a page, the other reports of the same figure and how they
 * relate. Pure, and the only owner of Fuse.js.
 *
 * 1. Narrow: indexed look-ups only. Per unit (its head word), claims sorted by value
 *    (compatible figures are a binary search away); per (unit, token) posting lists, also
 *    sorted by value, for a different figure of the same thing (token = a word of what is
 *    counted, a term family, an entity). Each slice is capped. Never a full scan.
 * 2. Rank the short list: Fuse.js over what is counted (spellings folded to one name first,
 *    pair scores memoised), word overlap of the sentences, shared entities (as ids, so Rajin
 *    = Najin), closeness of the figures and who is credited; classify each pair (relate.ts).
 * 3. Prefer silence: a different thing counted (a disjoint measure), a different direction or
 *    a weak resemblance gives no line at all.
 * 4. Wire copy: articles whose texts share most shingles are marked as reprints of the earliest.
 */
import Fuse from 'fuse.js';
import type { Claim } from '../claims/types';
import { entityClosure, entityIdsIn, type Entity, type Topic } from '../topics/index';
import { buildVocabulary, canonicalSpellings, contentTokens, isSameText, isWireCopy, plainWords, stem, textSketch, type Vocabulary } from './text';
import { compatibleValues, coreInterval, differentFigure, figureWords, hedgeDifference, isSpecificUnit, monthYear, type Relation } from './relate';

export { textSketch, isWireCopy, isSameText } from './text';
export type { Relation } from './relate';

/** An article as the matcher needs it (no text; a wire sketch instead). */
export interface MatcherArticle {
  id: string;
  file?: string | null;
  outlet: string;
  published: string | null;
  url?: string | null;
  /** The wire service a reprint declares ("Agence France-Presse"), if any. */
  wire?: string | null;
  /** `textSketch` of the article text, for wire copies and for leaving a page's own report out. */
  sketch?: number[];
}

/** A stored claim with its article. */
export interface MatcherClaim {
  id: string;
  articleId: string;
  claim: Claim;
}

/** One other report's statement of a claim. */
export interface ReportLine {
  articleId: string;
  claimId: string;
  file?: string;
  outlet: string;
  published: string | null;
  url?: string;
  relation: Relation;
  quote: string;
  sentence: string;
  /** Who the report credits, as written (or as the same report credits the figure elsewhere). */
  attribution: string | null;
  reason: string;
  value: number | string;
  low: number | string;
  high: number | string;
  unit: string;
  qualifier: string;
  measure: string | null;
  /** The outlet this report copies word for word (or the wire it declares reprinting): not independent. */
  wireCopyOf?: string;
  /** Ranking score, 0..1 (higher is closer). */
  score: number;
}

/** A claim of the page with the other reports that state it. */
export interface ClaimCheck {
  claim: Claim;
  reports: ReportLine[];
}

/** The page being checked, so its own report (same URL or same text) is left out. */
export interface PageContext {
  url?: string;
  text?: string;
  published?: string;
  /** Articles to leave out (e.g. the page's own id when checking a stored article). */
  excludeArticleIds?: string[];
}

interface Features {
  /** Content tokens of what is counted, merged with same-figure claims of the same report. */
  measure: string[];
  /** Entity ids of the sentence and attribution. */
  entities: string[];
  /** Resolved attribution entity (most specific), or null. */
  credited: string | null;
  /** Every source the report credits this figure to (its same-figure statements pooled). */
  credits: string[];
  /** Attribution as written, or as the same report credits the figure elsewhere. */
  attribution: string | null;
  time: number | null;
  /** Credited to a named person (a better line to quote). */
  personCredit: boolean;
}

interface Posting {
  idx: Int32Array;
  values: Float64Array;
}

/** How far apart two figures may be and still be the same thing counted at two times. */
const UPDATE_RATIO = 30;
/** Candidates handed to Fuse per claim: compatible figures, then different figures of the same thing. */
const SHORT_LIST = 16;
const SHORT_LIST_DIFFERENT = 8;
/** Entries taken from one posting slice, nearest the query's value first. */
const UNIT_CAP = 128;
const TOKEN_CAP = 96;
const WIDE_CAP = 48;
/** Search: most compatible figures listed for one query figure. */
const MAX_SLICE = 20_000;

function compareRank(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/**
 * The k best-scored entries of a map, skipping rejected ones, best first. Equal scores go by
 * `id` (the claim id), so the answer does not depend on the order claims were taken in (a
 * rebuilt index and one updated in place agree).
 */
function topK(scores: Map<number, number>, k: number, reject: (i: number) => boolean, id: (i: number) => string): [number, number][] {
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

/** Whether a relation is a report of the page's own figure (hedged or credited otherwise, or not). */
function statesSameFigure(relation: Relation): boolean {
  return relation === 'same' || relation === 'hedge' || relation === 'attribution';
}

function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? iso + 'T12:00:00Z' : iso);
  return Number.isNaN(t) ? null : t;
}

/** Can two sketches pass `isWireCopy` (6 shared hashes, half the smaller)? A cheap count first. */
function sharesEnough(mine: Set<number>, other: readonly number[]): boolean {
  const need = Math.max(6, 0.5 * Math.min(mine.size, other.length));
  let shared = 0;
  for (let k = 0; k < other.length; k++) {
    if (mine.has(other[k]) && ++shared >= need) return true;
    // Not enough left to reach it.
    if (shared + other.length - k - 1 < need) return false;
  }
  return false;
}

/** Two sorted postings as one; on equal values the first one's entries come first (older indices first, as a build orders them). */
function mergePostings(a: Posting, b: Posting): Posting {
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

function sortedPosting(list: number[], valueOf: (i: number) => number): Posting {
  list.sort((a, b) => valueOf(a) - valueOf(b));
  const idx = Int32Array.from(list);
  const values = Float64Array.from(list, valueOf);
  return { idx, values };
}

/** First position whose value is >= x. */
function lowerBound(values: Float64Array, x: number): number {
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
 * The head word of a unit ("attack drone" → "drone", "empty container" → "container"). Claims
 * are grouped by it, so one outlet's "attack drones" and another's "Shahed drones" meet; the
 * other words stay in what is counted, where a difference ("empty" against "of munitions")
 * keeps the matcher silent.
 */
export function unitHead(unit: string): string {
  const words = unit.trim().split(/\s+/);
  return words[words.length - 1];
}

const isNumeric = (c: Claim) => typeof c.value === 'number' && Number.isFinite(c.value) && c.unit !== 'date';
const logKey = (v: number) => (v > 0 ? Math.log10(v) : v < 0 ? -Math.log10(-v) - 1000 : -2000);

/** The in-memory index over a corpus's claims. Build once, query many times. */
export class MatcherIndex {
  /** Every claim taken in, by index; a removed article's claims stay, marked in `dead`. */
  private readonly claims: MatcherClaim[];
  private readonly features: Features[];
  /** Indices of claims whose article was removed (or replaced) since the build. */
  private readonly dead = new Set<number>();
  /** Live numeric claims (figures), for `size`. */
  private liveNumeric = 0;
  /** Articles with a wire sketch, by id, for wire-copy detection. */
  private readonly sketched = new Map<string, MatcherArticle>();
  /** Word-for-word copy pairs, both ways (article id → the ids it shares a wire story with). */
  private readonly copyPairs = new Map<string, Set<string>>();
  /** Have wire copies been worked out yet (`ensureWireCopies`)? */
  private wireReady = false;
  /** Search groups: claim index → figure group (unit and what is counted), and → its (article, quote) statement. */
  private readonly groupIds = new Map<string, number>();
  private readonly groupOfClaim: number[] = [];
  private readonly statementIds = new Map<string, number>();
  private readonly statementOfClaim: number[] = [];
  /** Search: claim index → its figure's value (`claim.value`) as a small integer, one per distinct value. */
  private readonly valueIds = new Map<number | string, number>();
  private readonly valueOfClaim: number[] = [];
  /** Claim index → its rank by (article date, claim id), built on first search after a change. */
  private dateRank: Int32Array | null = null;
  private byRank: Int32Array | null = null;
  private collator: Intl.Collator | null = null;
  private readonly figureWordsCache: string[] = [];
  /** Claim index → its article (a replaced article's old claims are dead, so this never goes stale for a live claim). */
  private readonly articleOfClaim: MatcherArticle[] = [];
  /** Live claims per search group. */
  private readonly groupSizes: number[] = [];
  /** Bumped by every change (add, remove): what search caches per index state keys on. */
  version = 0;
  /** Fuse over the token vocabulary, for mistyped query words; dropped when tokens are added. */
  private tokenFuse: Fuse<string> | null = null;
  private unitFuse: Fuse<string> | null = null;
  private readonly articles = new Map<string, MatcherArticle>();
  private readonly wireOf = new Map<string, string>();
  private readonly byUrl = new Map<string, MatcherArticle>();
  private readonly units = new Map<string, Posting>();
  private readonly postings = new Map<string, Posting>();
  /** token → claim indices, any unit (search: "Tikhoretsk", "Shin Won-sik"). */
  private readonly tokenClaims = new Map<string, number[]>();
  private readonly vocab: Vocabulary;
  private readonly entities: Entity[];
  private readonly closures = new Map<string, Set<string>>();
  private readonly measureScores = new Map<string, number>();
  private readonly wordCache = new Map<number, Set<string>>();
  private readonly canonicalCache = new Map<number, { i: number; measure: string }>();
  private readonly entityWeight = new Map<string, number>();
  private readonly entityKind = new Map<string, string>();

  constructor(input: { articles: readonly MatcherArticle[]; claims: readonly MatcherClaim[]; topics: readonly Topic[] }) {
    this.entities = input.topics.flatMap((t) => t.entities);
    for (const e of this.entities) {
      this.entityWeight.set(e.id, e.weight ?? 1);
      this.entityKind.set(e.id, e.kind);
    }
    this.vocab = buildVocabulary(this.entities, input.topics.flatMap((t) => t.terms ?? []));
    for (const a of input.articles) {
      this.articles.set(a.id, a);
      if (a.url) this.byUrl.set(normalizeUrl(a.url), a);
    }
    // Every claim is searchable ("Rajin" finds a report that names Rason only beside a date);
    // only numeric ones are figures to match (the unit and token postings).
    this.claims = input.claims.filter((c) => this.articles.has(c.articleId));
    this.features = this.featuresOf(this.claims.map((c) => c.claim), (i) => this.articles.get(this.claims[i].articleId)?.published ?? null, (i) => this.claims[i].articleId);
    this.internFeatures();
    this.buildPostings();
    for (const a of input.articles) if (a.sketch?.length) this.sketched.set(a.id, a);
    // Wire copies are worked out on first need (a check); a search never needs them.
  }

  /** Wire copies over every sketched article, once; kept up to date by add and remove after that. */
  private ensureWireCopies(): void {
    if (this.wireReady) return;
    this.wireReady = true;
    this.findWireCopies([...this.sketched.values()]);
    for (const id of this.copyPairs.keys()) this.setOriginal(id);
  }

  /**
   * Take in new articles and their claims (an added page, an imported pack) without a rebuild:
   * their features are computed, their indices merged into the sorted posting lists, wire
   * copies looked for again. An id already held is replaced. The topics (vocabulary) must not
   * have changed; the corpus rebuilds when they do.
   */
  addArticles(articles: readonly MatcherArticle[], claims: readonly MatcherClaim[]): void {
    this.removeArticles(articles.filter((a) => this.articles.has(a.id)).map((a) => a.id), false);
    for (const a of articles) {
      this.articles.set(a.id, a);
      if (a.url) this.byUrl.set(normalizeUrl(a.url), a);
      if (a.sketch?.length) this.sketched.set(a.id, a);
    }
    const added = claims.filter((c) => this.articles.has(c.articleId));
    const from = this.claims.length;
    const features = this.featuresOf(added.map((c) => c.claim), (i) => this.articles.get(added[i].articleId)?.published ?? null, (i) => added[i].articleId);
    for (let k = 0; k < added.length; k++) {
      this.claims.push(added[k]);
      this.features.push(features[k]);
    }
    this.addPostings(from);
    if (!this.wireReady) return;
    // Wire copies: only the new articles are compared (with every sketch), and only they and their partners change.
    const touched = new Set<string>();
    for (const a of articles) {
      if (!a.sketch?.length || this.sketched.get(a.id) !== a) continue;
      touched.add(a.id);
      const mine = new Set(a.sketch);
      for (const b of this.sketched.values()) {
        if (b === a || !sharesEnough(mine, b.sketch!) || !isWireCopy(a.sketch, b.sketch!)) continue;
        this.link(a.id, b.id);
        touched.add(b.id);
      }
    }
    for (const id of touched) this.setOriginal(id);
  }

  /** Forget articles (deleted, or about to be replaced): their claims are no longer candidates. */
  removeArticles(ids: readonly string[], wire = true): void {
    if (!ids.length) return;
    const gone = new Set(ids.filter((id) => this.articles.has(id)));
    if (!gone.size) return;
    for (const id of gone) {
      const a = this.articles.get(id)!;
      if (a.url && this.byUrl.get(normalizeUrl(a.url)) === a) this.byUrl.delete(normalizeUrl(a.url));
      this.articles.delete(id);
      this.sketched.delete(id);
    }
    const touched = new Set<string>();
    for (const id of gone) {
      for (const other of this.copyPairs.get(id) ?? []) {
        this.copyPairs.get(other)?.delete(id);
        touched.add(other);
      }
      this.copyPairs.delete(id);
      this.wireOf.delete(id);
    }
    this.claims.forEach((c, i) => {
      if (!gone.has(c.articleId) || this.dead.has(i)) return;
      this.dead.add(i);
      this.groupSizes[this.groupOfClaim[i]]--;
      if (isNumeric(c.claim)) this.liveNumeric--;
    });
    this.version++;
    if (wire) for (const id of touched) if (!gone.has(id)) this.setOriginal(id);
  }

  private link(a: string, b: string): void {
    for (const [x, y] of [[a, b], [b, a]]) {
      const set = this.copyPairs.get(x);
      if (set) set.add(y);
      else this.copyPairs.set(x, new Set([y]));
    }
  }

  /** An article's original: the earliest of the reports it copies word for word that are earlier than it. */
  private setOriginal(id: string): void {
    const a = this.articles.get(id);
    const time = (x: MatcherArticle) => parseTime(x.published) ?? Number.MAX_SAFE_INTEGER;
    let original: MatcherArticle | null = null;
    for (const other of this.copyPairs.get(id) ?? []) {
      const b = this.articles.get(other);
      if (!a || !b) continue;
      // The earlier report is the original; ties go to the smaller id so exactly one side is the copy.
      const earlier = time(b) < time(a) || (time(b) === time(a) && b.id < a.id);
      if (earlier && (!original || time(b) < time(original))) original = b;
    }
    if (original) this.wireOf.set(id, original.outlet);
    else this.wireOf.delete(id);
  }

  /** Share of the claims taken in that were since removed (the corpus rebuilds past a point). */
  get deadShare(): number {
    return this.claims.length ? this.dead.size / this.claims.length : 0;
  }

  private isDead(i: number): boolean {
    return this.dead.size > 0 && this.dead.has(i);
  }

  /** News repeats itself: claims share one copy of each distinct token list (a third of the heap at 1M claims). */
  private internFeatures(): void {
    const pool = new Map<string, string[]>();
    const intern = (list: string[]) => {
      const key = list.join('\u0001');
      const shared = pool.get(key);
      if (shared) return shared;
      pool.set(key, list);
      return list;
    };
    for (const f of this.features) {
      f.measure = intern(f.measure);
      f.entities = intern(f.entities);
      f.credits = intern(f.credits);
    }
  }

  /** Number of indexed (numeric) claims. */
  get size(): number {
    return this.liveNumeric;
  }

  private resolveCredit(attribution: string | null): string | null {
    if (!attribution) return null;
    const ids = entityIdsIn(attribution, this.entities);
    if (!ids.length) return null;
    // The most specific: an id no other resolved id belongs to (Shin Won-sik over the ministry).
    const specific = ids.find((id) => !ids.some((other) => other !== id && this.closure(other).has(id)));
    return specific ?? ids[0];
  }

  private closure(id: string): Set<string> {
    let c = this.closures.get(id);
    if (!c) this.closures.set(id, (c = entityClosure(id, this.entities)));
    return c;
  }

  /** Features of a batch of claims; same-figure claims of one report share what they count and who they credit. */
  private featuresOf(claims: readonly Claim[], publishedOf: (i: number) => string | null, groupOf: (i: number) => string): Features[] {
    const out: Features[] = claims.map((c, i) => {
      const credited = this.resolveCredit(c.attribution);
      return {
        measure: [...contentTokens(c.measure ?? (c.unit.includes(' ') ? c.unit : null), this.vocab, unitHead(c.unit))],
        entities: entityIdsIn(`${c.sentence} ${c.attribution ?? ''}`, this.entities),
        credited,
        credits: credited ? [credited] : [],
        attribution: c.attribution,
        time: parseTime(publishedOf(i)),
        personCredit: credited !== null && this.entityKind.get(credited) === 'person',
      };
    });
    const groups = new Map<string, number[]>();
    claims.forEach((c, i) => {
      const key = `${groupOf(i)}\u0001${unitHead(c.unit)}`;
      const g = groups.get(key);
      if (g) g.push(i);
      else groups.set(key, [i]);
    });
    for (const members of groups.values()) {
      if (members.length < 2 || members.length > 50) continue;
      for (const i of members) {
        for (const j of members) {
          if (i === j || claims[i].direction !== claims[j].direction || !compatibleValues(claims[i], claims[j])) continue;
          const fi = out[i];
          const fj = out[j];
          for (const t of fj.measure) if (!fi.measure.includes(t)) fi.measure.push(t);
          if (fj.credited && !fi.credits.includes(fj.credited)) fi.credits.push(fj.credited);
          if (!fi.credited && fj.credited) {
            fi.credited = fj.credited;
            fi.attribution = fj.attribution;
            fi.personCredit = fj.personCredit;
          }
        }
      }
    }
    return out;
  }

  private buildPostings(): void {
    this.addPostings(0);
  }

  /** Posting entries for claims `from`.. on: merged into the sorted lists (a build is a merge into nothing). */
  private addPostings(from: number): void {
    const byUnit = new Map<string, number[]>();
    const byToken = new Map<string, number[]>();
    const push = (m: Map<string, number[]>, k: string, i: number) => {
      const l = m.get(k);
      if (l) l.push(i);
      else m.set(k, [i]);
    };
    for (let i = from; i < this.claims.length; i++) {
      const c = this.claims[i];
      const unit = unitHead(c.claim.unit);
      const f = this.features[i];
      if (!isNumeric(c.claim)) {
        // Search only: its words and entities, no figure postings.
        for (const t of new Set([...f.measure, ...f.entities.filter((e) => (this.entityWeight.get(e) ?? 1) >= 1).map((e) => '@' + e)])) push(this.tokenClaims, t, i);
        if (f.credited) push(this.tokenClaims, '@' + f.credited, i);
        continue;
      }
      push(byUnit, unit, i);
      this.liveNumeric++;
      // Entities that nearly every report names (the countries) narrow nothing: left out.
      const specificEntities = f.entities.filter((e) => (this.entityWeight.get(e) ?? 1) >= 1).map((e) => '@' + e);
      for (const t of new Set([...f.measure, ...specificEntities])) {
        push(byToken, `${unit}\u0001${t}`, i);
        push(this.tokenClaims, t, i);
      }
      if (f.credited) push(this.tokenClaims, '@' + f.credited, i);
    }
    const keys = new Float64Array(this.claims.length - from);
    for (let i = from; i < this.claims.length; i++) keys[i - from] = logKey(this.claims[i].claim.value as number);
    const valueOf = (i: number) => keys[i - from];
    const merge = (into: Map<string, Posting>, added: Map<string, number[]>) => {
      for (const [k, l] of added) {
        const fresh = sortedPosting(l, valueOf);
        const old = into.get(k);
        into.set(k, old ? mergePostings(old, fresh) : fresh);
      }
    };
    merge(this.units, byUnit);
    merge(this.postings, byToken);
    this.tokenFuse = null;
    this.unitFuse = null;
    // Search groups of the new claims.
    const idOf = (m: Map<string, number>, k: string) => {
      let id = m.get(k);
      if (id === undefined) m.set(k, (id = m.size));
      return id;
    };
    const measureKeys = new Map<readonly string[], string>();
    for (let i = from; i < this.claims.length; i++) {
      const c = this.claims[i];
      const measure = this.features[i].measure;
      let mk = measureKeys.get(measure);
      if (mk === undefined) measureKeys.set(measure, (mk = [...measure].sort().join(' ')));
      const g = (this.groupOfClaim[i] = idOf(this.groupIds, `${c.claim.unit}\u0001${mk}`));
      this.groupSizes[g] = (this.groupSizes[g] ?? 0) + 1;
      this.statementOfClaim[i] = idOf(this.statementIds, `${c.articleId}\u0001${c.claim.quote}`);
      let v = this.valueIds.get(c.claim.value);
      if (v === undefined) this.valueIds.set(c.claim.value, (v = this.valueIds.size));
      this.valueOfClaim[i] = v;
      // Its article as taken in: a removed claim keeps its date, so the date order stays sorted.
      this.articleOfClaim[i] = this.articles.get(c.articleId)!;
    }
    this.extendDateRank(from);
    this.version++;
  }

  /**
   * Which articles copy an earlier one word for word: for each article, the hashes it shares
   * with every other (counted in a typed array, not a Map: where reports share boilerplate,
   * nearly every pair shares something, and Map updates made this 100 s at 2,500 articles),
   * then `isWireCopy` on the pairs whose count can pass it.
   */
  private findWireCopies(articles: readonly MatcherArticle[]): void {
    const list = articles.filter((a) => a.sketch?.length);
    const byHash = new Map<number, number[]>();
    list.forEach((a, i) => {
      for (const h of new Set(a.sketch!)) {
        const l = byHash.get(h);
        if (l) l.push(i);
        else byHash.set(h, [i]);
      }
    });
    const postings = list.map((a) => [...new Set(a.sketch!)].map((h) => byHash.get(h)!));
    const partners = new Map<number, number[]>();
    const counts = new Int32Array(list.length);
    const touched: number[] = [];
    list.forEach((a, i) => {
      for (const posting of postings[i]) {
        for (let k = 0; k < posting.length; k++) if (counts[posting[k]]++ === 0) touched.push(posting[k]);
      }
      const size = postings[i].length;
      for (const j of touched) {
        const n = counts[j];
        counts[j] = 0;
        if (j === i || n < 6 || n < 0.5 * Math.min(size, postings[j].length)) continue;
        if (!isWireCopy(a.sketch!, list[j].sketch!)) continue;
        const p = partners.get(i);
        if (p) p.push(j);
        else partners.set(i, [j]);
      }
      touched.length = 0;
    });
    for (const [i, js] of partners) for (const j of js) this.link(list[i].id, list[j].id);
  }

  /** Claim indices stating a figure compatible with `q` (same unit), for search. */
  figureMatches(q: Claim): number[] {
    if (!isNumeric(q)) return [];
    // A query says "shells" where reports say "artillery shells": claims are grouped by head word.
    const [lo, hi] = coreInterval(q);
    const out: number[] = [];
    const p = this.units.get(unitHead(q.unit));
    if (p) {
      const a = lowerBound(p.values, logKey(lo * (lo > 0 ? 0.9 : 1.1)));
      const b = lowerBound(p.values, logKey(hi * (hi > 0 ? 1.1 : 0.9)) + 1e-12);
      for (let k = a; k < b && out.length < MAX_SLICE; k++) if (!this.isDead(p.idx[k]) && compatibleValues(q, this.claims[p.idx[k]].claim)) out.push(p.idx[k]);
    }
    return out;
  }

  /** Claim indices carrying a token (a stem, "~family" or "@entity"), any unit. */
  tokenMatches(token: string): readonly number[] {
    const list = this.tokenClaims.get(token) ?? [];
    return this.dead.size ? list.filter((i) => !this.dead.has(i)) : list;
  }

  /** Every token the index knows, for fuzzy look-up of a mistyped query word. */
  tokens(): string[] {
    return [...this.tokenClaims.keys()];
  }

  /** Does any claim carry this token? */
  hasToken(token: string): boolean {
    return this.tokenClaims.has(token);
  }

  /** Known tokens closest to a mistyped one (Fuse over the vocabulary, built once per vocabulary), with a 0..1 weight. */
  similarTokens(token: string, limit: number): { token: string; weight: number }[] {
    this.tokenFuse ??= new Fuse(this.tokens(), { includeScore: true, threshold: 0.34 });
    return this.tokenFuse.search(token, { limit }).map((r) => ({ token: r.item, weight: 1 - (r.score ?? 1) }));
  }

  /** The unit head words (as `unitMatches` takes them) that words of a text name: "containers" → container. */
  unitWordsOf(text: string): string[] {
    const out = new Set<string>();
    for (const w of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
      if (this.units.has(w)) out.add(w);
      else {
        const s = stem(w);
        for (const head of [s, s + 'e']) if (this.units.has(head)) out.add(head);
      }
    }
    return [...out];
  }

  /** Search: the figure group of a claim (same unit, same thing counted), as a small integer. */
  groupOf(i: number): number {
    return this.groupOfClaim[i];
  }

  /** Search: the statement of a claim (its article and quote; one report states a figure once), as a small integer. */
  statementOf(i: number): number {
    return this.statementOfClaim[i];
  }

  /** Search: a claim's figure (`claim.value`) as a small integer: two claims state the same value when these are equal. */
  valueOf(i: number): number {
    return this.valueOfClaim[i];
  }

  /** Search: how many live claims a group holds. */
  groupSize(g: number): number {
    return this.groupSizes[g] ?? 0;
  }

  /** Search: counts to size arrays indexed by claim, group and statement. */
  get capacity(): { claims: number; groups: number; statements: number; values: number } {
    return { claims: this.claims.length, groups: this.groupIds.size, statements: this.statementIds.size, values: this.valueIds.size };
  }

  /** Search: a claim's rank by its article's date, then claim id (as `localeCompare` orders them), oldest first. */
  orderOf(i: number): number {
    if (!this.dateRank) {
      const order = this.claims.map((_, k) => k);
      order.sort(this.dateOrder());
      this.setRanks(Int32Array.from(order));
    }
    return this.dateRank![i];
  }

  /** Oldest first by the claim's article date, then claim id as `localeCompare` orders them. */
  private dateOrder(): (a: number, b: number) => number {
    const collator = (this.collator ??= new Intl.Collator());
    const date = (k: number) => this.articleOf(k)?.published ?? '';
    return (a, b) => {
      const da = date(a);
      const db = date(b);
      return da < db ? -1 : da > db ? 1 : collator.compare(this.claims[a].id, this.claims[b].id);
    };
  }

  private setRanks(byRank: Int32Array): void {
    this.byRank = byRank;
    this.dateRank = new Int32Array(this.claims.length);
    for (let r = 0; r < byRank.length; r++) this.dateRank[byRank[r]] = r;
  }

  /** Claims `from`.. on, put into the date order by binary search (no re-sort of the corpus after adding a page). */
  private extendDateRank(from: number): void {
    const old = this.byRank;
    if (!old) return; // built on first use
    const order = this.dateOrder();
    const fresh: number[] = [];
    for (let i = from; i < this.claims.length; i++) fresh.push(i);
    fresh.sort(order);
    const out = new Int32Array(old.length + fresh.length);
    let o = 0;
    let k = 0;
    for (const f of fresh) {
      let lo = o;
      let hi = old.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (order(old[mid], f) <= 0) lo = mid + 1;
        else hi = mid;
      }
      out.set(old.subarray(o, lo), k);
      k += lo - o;
      o = lo;
      out[k++] = f;
    }
    out.set(old.subarray(o), k);
    this.setRanks(out);
  }

  /** Search: the claim index at a rank of `orderOf`. */
  atRank(rank: number): number {
    if (!this.byRank) this.orderOf(0);
    return this.byRank![rank];
  }

  /** Search: a claim, its article and who it credits, without building an entry object. */
  claimAt(i: number): MatcherClaim {
    return this.claims[i];
  }

  /** Search: a claim's figure as a note words it ("about 7,000"), computed once per claim. */
  figureWordsOf(i: number): string {
    return (this.figureWordsCache[i] ??= figureWords(this.claims[i].claim));
  }

  /** Search: a claim's article. */
  articleOf(i: number): MatcherArticle {
    return this.articleOfClaim[i];
  }

  /** Unit head words closest to a mistyped word ("containr" → container), with a 0..1 weight. */
  similarUnits(word: string, limit: number): { unit: string; weight: number }[] {
    this.unitFuse ??= new Fuse([...this.units.keys()], { includeScore: true, threshold: 0.34 });
    return this.unitFuse.search(word, { limit }).map((r) => ({ unit: r.item, weight: 1 - (r.score ?? 1) }));
  }

  /** Every live claim whose unit has this head word, any value. */
  unitMatches(head: string): readonly number[] {
    const p = this.units.get(head);
    if (!p) return [];
    const out: number[] = [];
    for (let k = 0; k < p.idx.length; k++) if (!this.isDead(p.idx[k])) out.push(p.idx[k]);
    return out;
  }

  /** Content tokens of free text under this corpus's vocabulary (aliases and term families folded). */
  tokensOf(text: string): string[] {
    return [...contentTokens(text, this.vocab)];
  }

  /** The claim, its what-is-counted tokens, who it credits and its article, by index. */
  entry(i: number): { claim: MatcherClaim; measure: readonly string[]; attribution: string | null; article: MatcherArticle } {
    const c = this.claims[i];
    return { claim: c, measure: this.features[i].measure, attribution: c.claim.attribution ?? this.features[i].attribution, article: this.articles.get(c.articleId)! };
  }

  /** The outlet an article copies word for word, or the wire it declares; undefined when independent. */
  wireCopyOf(articleId: string): string | undefined {
    this.ensureWireCopies();
    return this.wireOf.get(articleId) ?? this.articles.get(articleId)?.wire ?? undefined;
  }

  /**
   * Candidates for one page claim, as two scored maps: compatible figures (a value window on
   * the unit and on each token's posting list) and different figures of the same thing (a
   * wider window, on token posting lists only). Each slice is capped to the entries nearest
   * the query's value, so a common token costs no more than a rare one.
   */
  private candidates(q: Claim, f: Features): { compatible: Map<number, number>; different: Map<number, number> } {
    const compatible = new Map<number, number>();
    const different = new Map<number, number>();
    const head = unitHead(q.unit);
    const unitPosting = this.units.get(head);
    if (!unitPosting) return { compatible, different };
    const v = q.value as number;
    const [lo, hi] = coreInterval(q);
    const center = logKey(v);
    const cLo = logKey(lo * (lo > 0 ? 0.9 : 1.1));
    const cHi = logKey(hi * (hi > 0 ? 1.1 : 0.9)) + 1e-12;
    const wLo = logKey(v > 0 ? v / UPDATE_RATIO : v * UPDATE_RATIO);
    const wHi = logKey(v > 0 ? v * UPDATE_RATIO : v / UPDATE_RATIO) + 1e-12;
    const visit = (p: Posting, from: number, to: number, cap: number, fn: (i: number) => void) => {
      const s = lowerBound(p.values, from);
      const e = lowerBound(p.values, to);
      if (e - s <= cap) {
        for (let k = s; k < e; k++) if (!this.isDead(p.idx[k])) fn(p.idx[k]);
        return;
      }
      // Too many: the `cap` entries nearest the query's value, walking out both ways (removed ones skipped).
      let l = Math.min(Math.max(lowerBound(p.values, center), s), e) - 1;
      let r = l + 1;
      for (let n = 0; n < cap && (l >= s || r < e); ) {
        const takeLeft = l >= s && (r >= e || center - p.values[l] <= p.values[r] - center);
        const i = p.idx[takeLeft ? l-- : r++];
        if (this.isDead(i)) continue;
        fn(i);
        n++;
      }
    };
    const add = (m: Map<number, number>, w: number) => (i: number) => m.set(i, (m.get(i) ?? 0) + w);
    visit(unitPosting, cLo, cHi, UNIT_CAP, add(compatible, 0.5));
    const total = this.size || 1;
    // Entities that nearly every report names (the countries) narrow nothing: left out.
    const specificEntities = f.entities.filter((e) => (this.entityWeight.get(e) ?? 1) >= 1).map((e) => '@' + e);
    for (const t of new Set([...f.measure, ...specificEntities])) {
      const p = this.postings.get(`${head}\u0001${t}`);
      if (!p) continue;
      const entity = t.startsWith('@');
      const weight = Math.log(1 + total / p.idx.length) * (entity ? 0.5 * (this.entityWeight.get(t.slice(1)) ?? 1) : 1);
      visit(p, cLo, cHi, TOKEN_CAP, add(compatible, weight));
      // A different figure must share what is counted (relate() insists), so only measure tokens look wider.
      if (!entity || !f.measure.length) visit(p, wLo, wHi, WIDE_CAP, add(different, weight));
    }
    return { compatible, different };
  }

  /** A claim's measure and sentence with spellings folded, computed when first a candidate. */
  private canonical(i: number): { i: number; measure: string } {
    let item = this.canonicalCache.get(i);
    if (!item) {
      const c = this.claims[i].claim;
      item = { i, measure: canonicalSpellings(c.measure ?? c.unit, this.entities) };
      if (this.canonicalCache.size > 50_000) this.canonicalCache.clear();
      this.canonicalCache.set(i, item);
    }
    return item;
  }

  /** Fuse.js similarity (0..1, higher closer) of a query measure to each candidate measure. */
  private fuzzyMeasures(query: string, measures: string[]): number[] {
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

  /** 3 for a named person, 2 an organisation, 1 a place, 0 nobody the topic knows. */
  private creditSpecificity(i: number): number {
    const id = this.features[i].credited;
    if (!id) return 0;
    const kind = this.entityKind.get(id);
    return kind === 'person' ? 3 : kind === 'place' ? 1 : 2;
  }

  private sentenceWords(i: number): Set<string> {
    let words = this.wordCache.get(i);
    if (!words) {
      // Plain word stems: entities (and so their spellings) are compared separately, as ids.
      words = plainWords(this.claims[i].claim.sentence);
      if (this.wordCache.size > 50_000) this.wordCache.clear();
      this.wordCache.set(i, words);
    }
    return words;
  }

  private creditsAgree(a: string | null, b: string | null): boolean | null {
    if (!a || !b) return null;
    return a === b || this.closure(a).has(b) || this.closure(b).has(a);
  }

  /** Do two reports credit a figure to the same source anywhere they state it? null when either names none. */
  private anyCreditAgrees(a: readonly string[], b: readonly string[]): boolean | null {
    if (!a.length || !b.length) return null;
    return a.some((x) => b.some((y) => this.creditsAgree(x, y)));
  }

  /**
   * The other reports of each page claim, grouped per claim. At most one line per report and
   * relation (a report that states a figure three times is one report).
   */
  check(claims: readonly Claim[], page: PageContext = {}): ClaimCheck[] {
    this.ensureWireCopies();
    // An undated page that the corpus holds (same URL) takes the stored report's date, so a
    // later figure is still an update rather than a conflict.
    const published = page.published ?? (page.url ? this.byUrl.get(normalizeUrl(page.url))?.published : undefined) ?? undefined;
    const pageTime = parseTime(published);
    const pageFeatures = this.featuresOf(claims, () => published ?? null, () => 'page');
    const excluded = new Set(page.excludeArticleIds ?? []);
    const pageSketch = page.text ? textSketch(page.text) : null;
    const sameText = new Map<string, boolean>();
    const isOwnReport = (a: MatcherArticle) => {
      if (excluded.has(a.id)) return true;
      if (page.url && a.url && normalizeUrl(page.url) === normalizeUrl(a.url)) return true;
      if (!pageSketch || !a.sketch?.length) return false;
      let same = sameText.get(a.id);
      if (same === undefined) sameText.set(a.id, (same = isSameText(pageSketch, a.sketch)));
      return same;
    };
    const copied = new Map<string, boolean>();
    const pageCopies = (a: MatcherArticle) => {
      if (!pageSketch || !a.sketch?.length) return false;
      let copy = copied.get(a.id);
      if (copy === undefined) copied.set(a.id, (copy = isWireCopy(pageSketch, a.sketch)));
      return copy;
    };
    return claims.map((q, qi) => ({
      claim: q,
      reports: isNumeric(q)
        ? this.reportsFor(q, pageFeatures[qi], pageTime, isOwnReport).map((line) =>
            pageCopies(this.articles.get(line.articleId)!) ? { ...line, reason: `${line.reason}; this page copies it word for word, not independent` } : line,
          )
        : [],
    }));
  }

  private reportsFor(q: Claim, f: Features, pageTime: number | null, isOwnReport: (a: MatcherArticle) => boolean): ReportLine[] {
    const { compatible, different } = this.candidates(q, f);
    for (const i of compatible.keys()) different.delete(i);
    const ownReport = (i: number) => isOwnReport(this.articles.get(this.claims[i].articleId)!);
    const claimId = (i: number) => this.claims[i].id;
    const scored = [...topK(compatible, SHORT_LIST, ownReport, claimId), ...topK(different, SHORT_LIST_DIFFERENT, ownReport, claimId)];
    if (!scored.length) return [];
    // Fuse ranks what is counted (spellings folded); the pair scores are memoised, because news
    // repeats its measures ("artillery shells") and a page repeats its figures.
    const query = canonicalSpellings(q.measure ?? q.unit, this.entities).slice(0, 32);
    const measures = scored.map(([i]) => this.canonical(i).measure);
    const fuzzyScores = this.fuzzyMeasures(query, measures);
    const fuzzy = new Map<number, number>(scored.map(([i], k) => [i, fuzzyScores[k]]));
    const pageWords = plainWords(q.sentence);
    // One line per report for the same figure and one for a different figure: a report that
    // states a figure three times is one report. Its line is the statement that credits the
    // most specific source (a named person over a ministry), then the closest.
    const lines = new Map<number, ReportLine>();
    for (const [i, tokenScore] of scored) {
      const line = this.relate(q, f, pageTime, i, tokenScore, fuzzy.get(i) ?? 0, pageWords);
      if (line) lines.set(i, line);
    }
    // An undated page cannot order a different figure against its own: every one would read as a
    // conflict. If other reports state the page's figure, the page is taken as of their (median)
    // date, so a figure from months later is a later figure, and the note says why.
    if (pageTime === null) {
      const agreeing = [...lines.values()]
        .filter((l) => statesSameFigure(l.relation))
        .map((l) => parseTime(l.published))
        .filter((t): t is number => t !== null)
        .sort((a, b) => a - b);
      const asOf = agreeing.length ? agreeing[(agreeing.length - 1) >> 1] : null;
      if (asOf !== null) {
        for (const [i, tokenScore] of scored) {
          if (lines.get(i)?.relation !== 'conflict') continue;
          const line = this.relate(q, f, asOf, i, tokenScore, fuzzy.get(i) ?? 0, pageWords)!;
          if (line.relation === 'update') line.reason += `; this page has no date: taken as of ${monthYear(new Date(asOf).toISOString().slice(0, 10))}, when other reports gave its figure`;
          lines.set(i, line);
        }
      }
    }
    const best = new Map<string, { line: ReportLine; rank: number[] }>();
    const priority: Record<Relation, number> = { same: 3, hedge: 2, attribution: 1, conflict: 0, update: 0 };
    for (const [i, line] of lines) {
      const compatible = statesSameFigure(line.relation);
      const key = `${line.articleId}\u0001${compatible}`;
      const rank = [priority[line.relation], this.creditSpecificity(i), line.score];
      const prev = best.get(key);
      if (!prev || compareRank(rank, prev.rank) > 0 || (compareRank(rank, prev.rank) === 0 && line.claimId < prev.line.claimId)) best.set(key, { line, rank });
    }
    const order: Record<Relation, number> = { same: 0, hedge: 1, attribution: 2, conflict: 3, update: 4 };
    return [...best.values()].map((b) => b.line).sort(
      (a, b) => order[a.relation] - order[b.relation] || (a.published ?? '').localeCompare(b.published ?? '') || b.score - a.score || (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0),
    );
  }

  /** Classify one candidate, or null to stay silent. */
  private relate(q: Claim, f: Features, pageTime: number | null, i: number, tokenScore: number, fuzzy: number, pageWords: Set<string>): ReportLine | null {
    const { claim: c, articleId, id } = this.claims[i];
    const g = this.features[i];
    if (unitHead(c.unit) !== unitHead(q.unit) || c.direction !== q.direction) return null;
    const sharedMeasure = f.measure.filter((t) => g.measure.includes(t)).length;
    // Both say what they count, and it is not the same thing ("shipping containers" vs "containers of munitions").
    if (f.measure.length && g.measure.length && !sharedMeasure) return null;
    let sharedEntityWeight = 0;
    for (const e of f.entities) if (g.entities.includes(e)) sharedEntityWeight += this.entityWeight.get(e) ?? 1;
    const specific = isSpecificUnit(unitHead(q.unit));
    const words = this.sentenceWords(i);
    let sharedWords = 0;
    for (const w of words) if (pageWords.has(w)) sharedWords++;
    const sentenceSim = sharedWords / Math.max(1, pageWords.size + words.size - sharedWords);
    const closeness = Math.max(0, 1 - Math.abs(Math.log((c.value as number) / (q.value as number) || 1e-9)) / Math.log(1.2));
    const credit = this.creditsAgree(f.credited, g.credited) ? 1 : 0;
    const score = Math.min(
      1,
      0.3 * fuzzy + 0.15 * Math.min(1, sharedMeasure / 2) + 0.1 * Math.min(1, sharedEntityWeight / 2) + 0.25 * sentenceSim + 0.15 * closeness + 0.05 * credit + (g.personCredit ? 0.01 : 0) + tokenScore * 1e-5,
    );
    let relation: Relation;
    let reason: string;
    if (compatibleValues(q, c)) {
      const sameThing = sharedMeasure > 0 || (specific && (sharedEntityWeight >= 0.5 || fuzzy >= 0.6)) || (sharedEntityWeight >= 2 && fuzzy >= 0.5);
      if (!sameThing) return null;
      const agree = this.anyCreditAgrees(f.credits, g.credits);
      const hedge = hedgeDifference(q, c);
      if (agree === false) {
        relation = 'attribution';
        reason = `credited to ${g.attribution}, not ${f.attribution}`;
      } else if (hedge) {
        relation = 'hedge';
        reason = hedge;
      } else {
        relation = 'same';
        reason = 'same figure';
      }
    } else {
      const ratio = Math.abs((c.value as number) / (q.value as number));
      if (!(ratio <= UPDATE_RATIO && ratio >= 1 / UPDATE_RATIO)) return null;
      const sameThing = sharedMeasure > 0 || (specific && (!f.measure.length || !g.measure.length) && sharedEntityWeight >= 1 && fuzzy >= 0.5);
      if (!sameThing) return null;
      ({ relation, reason } = differentFigure(q, pageTime, c, g.time, this.articles.get(articleId)!.published));
    }
    const article = this.articles.get(articleId)!;
    const wire = this.wireCopyOf(articleId);
    if (wire) reason += `; reprint of ${wire}, not independent`;
    return {
      articleId,
      claimId: id,
      ...(article.file ? { file: article.file } : {}),
      outlet: article.outlet,
      published: article.published,
      ...(article.url ? { url: article.url } : {}),
      relation,
      quote: c.quote,
      sentence: c.sentence,
      attribution: c.attribution ?? g.attribution,
      reason,
      value: c.value,
      low: c.low,
      high: c.high,
      unit: c.unit,
      qualifier: c.qualifier,
      measure: c.measure,
      ...(wire ? { wireCopyOf: wire } : {}),
      score: Math.round(score * 1000) / 1000,
    };
  }
}

function normalizeUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
}

/** Build the index over a corpus (articles with sketches, their claims, the topics). */
export function buildMatcherIndex(input: { articles: readonly MatcherArticle[]; claims: readonly MatcherClaim[]; topics: readonly Topic[] }): MatcherIndex {
  return new MatcherIndex(input);
}
