/**
 * The matcher: for each claim of a page, the other reports of the same figure and how they
 * relate. Pure, and the only owner of Fuse.js. docs/matching.md says what each relation means.
 *
 * - postings.ts: figures sorted by value per unit and per (unit, token) of what is counted
 * - features.ts, entities.ts: what a claim counts, whom and where it names, whom it credits
 * - candidates.ts: narrowing by indexed look-ups only, never a full scan
 * - rank.ts: the short list ranked (Fuse.js over what is counted, sentence words, entities)
 * - classify.ts (with relate.ts): the relation of each candidate, or silence
 * - report-line.ts: one line per report; undated.ts: dating a page that gives no date
 * - wire.ts: word-for-word reprints; search-tables.ts: what search reads of the index
 */
import Fuse from 'fuse.js';
import type { Claim } from '../claims/types';
import type { Topic } from '../topics/index';
import { findCandidates } from './candidates';
import { classify } from './classify';
import { EntityContext } from './entities';
import { featuresOf, internFeatures, parseTime, type Features } from './features';
import { FigurePostings, isNumeric, logKey, lowerBound } from './postings';
import { PEOPLE, unitHead } from './units';
import { evidenceOf, measureText, RankCache, scoreOf, topK } from './rank';
import { coreInterval, compatibleValues } from './relate';
import { onePerReport, type ClaimCheck, type ReportLine } from './report-line';
import { SearchTables } from './search-tables';
import { buildVocabulary, contentTokens, isSameText, isWireCopy, plainWords, stem, textSketch, type Vocabulary } from './text';
import { dateOfAgreeing, undatedNote } from './undated';
import { WireCopies } from './wire';
import { articleUrlKey as normalizeUrl } from '../../model/url';

export { textSketch, isWireCopy, isSameText } from './text';
export { unitHead } from './units';
export type { Relation } from './relate';
export type { ClaimCheck, ReportLine } from './report-line';

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

/** The page being checked, so its own report (same URL or same text) is left out. */
export interface PageContext {
  url?: string;
  text?: string;
  published?: string;
  /** Articles to leave out (e.g. the page's own id when checking a stored article). */
  excludeArticleIds?: string[];
}

/** Candidates handed to Fuse per claim: compatible figures, then different figures of the same thing. */
const SHORT_LIST = 16;
const SHORT_LIST_DIFFERENT = 8;
/** Search: most compatible figures listed for one query figure. */
const MAX_SLICE = 20_000;

/** Whether a stored article is the page itself: excluded by id, the same URL, or near-identical text (memoised per article). */
function ownReportTest(page: Pick<PageContext, 'url' | 'excludeArticleIds'>, pageSketch: number[] | null): (a: MatcherArticle) => boolean {
  const excluded = new Set(page.excludeArticleIds ?? []);
  const pageUrl = page.url ? normalizeUrl(page.url) : null;
  const sameText = new Map<string, boolean>();
  return (a) => {
    if (excluded.has(a.id)) return true;
    if (pageUrl && a.url && pageUrl === normalizeUrl(a.url)) return true;
    if (!pageSketch || !a.sketch?.length) return false;
    let same = sameText.get(a.id);
    if (same === undefined) sameText.set(a.id, (same = isSameText(pageSketch, a.sketch)));
    return same;
  };
}

/** The in-memory index over a corpus's claims. Build once, query many times. */
export class MatcherIndex {
  /** Every claim taken in, by index; a removed article's claims stay, marked in `dead`. */
  private readonly claims: MatcherClaim[];
  private readonly features: Features[];
  /** Indices of claims whose article was removed (or replaced) since the build. */
  private readonly dead = new Set<number>();
  /** Bumped by every change (add, remove): what search caches per index state keys on. */
  version = 0;
  /** Fuse over the token vocabulary, for mistyped query words; dropped when tokens are added. */
  private tokenFuse: Fuse<string> | null = null;
  private unitFuse: Fuse<string> | null = null;
  private readonly articles = new Map<string, MatcherArticle>();
  private readonly byUrl = new Map<string, MatcherArticle>();
  private readonly postings = new FigurePostings();
  private readonly wire: WireCopies;
  private readonly tables: SearchTables<MatcherArticle>;
  private readonly vocab: Vocabulary;
  private readonly ctx: EntityContext;
  private readonly rankCache: RankCache;
  private readonly isDead = (i: number) => this.dead.size > 0 && this.dead.has(i);

  constructor(input: { articles: readonly MatcherArticle[]; claims: readonly MatcherClaim[]; topics: readonly Topic[] }) {
    this.ctx = new EntityContext(input.topics);
    this.vocab = buildVocabulary(this.ctx.entities, input.topics.flatMap((t) => t.terms ?? []));
    this.wire = new WireCopies(this.articles);
    for (const a of input.articles) {
      this.articles.set(a.id, a);
      if (a.url) this.byUrl.set(normalizeUrl(a.url), a);
    }
    // Every claim is searchable ("Rajin" finds a report that names Rason only beside a date);
    // only numeric ones are figures to match (the unit and token postings).
    this.claims = input.claims.filter((c) => this.articles.has(c.articleId));
    this.tables = new SearchTables(this.claims);
    this.rankCache = new RankCache(this.ctx, (i) => this.claims[i].claim);
    this.features = this.featuresFor(this.claims);
    internFeatures(this.features);
    this.addPostings(0);
    // Wire copies are worked out on first need (a check); a search never needs them.
    this.wire.add(input.articles);
  }

  private featuresFor(claims: readonly MatcherClaim[]): Features[] {
    return featuresOf(claims.map((c) => c.claim), (i) => this.articles.get(claims[i].articleId)?.published ?? null, (i) => claims[i].articleId, this.ctx, this.vocab);
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
    }
    const added = claims.filter((c) => this.articles.has(c.articleId));
    const from = this.claims.length;
    const features = this.featuresFor(added);
    for (let k = 0; k < added.length; k++) {
      this.claims.push(added[k]);
      this.features.push(features[k]);
    }
    this.addPostings(from);
    this.wire.add(articles);
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
    }
    this.wire.remove(gone, wire);
    this.claims.forEach((c, i) => {
      if (!gone.has(c.articleId) || this.dead.has(i)) return;
      this.dead.add(i);
      this.tables.removed(i);
      if (isNumeric(c.claim)) this.postings.liveNumeric--;
    });
    this.version++;
  }

  /** Share of the claims taken in that were since removed (the corpus rebuilds past a point). */
  get deadShare(): number {
    return this.claims.length ? this.dead.size / this.claims.length : 0;
  }

  /** Number of indexed (numeric) claims. */
  get size(): number {
    return this.postings.liveNumeric;
  }

  /** Posting entries and search tables for claims `from`.. on. */
  private addPostings(from: number): void {
    this.postings.add(from, this.claims.length, (i) => {
      const f = this.features[i];
      return { claim: this.claims[i].claim, unit: f.unit, measure: f.measure, specificEntities: this.ctx.specific(f.entities), credited: f.credited, near: f.near, event: f.event };
    });
    this.tokenFuse = null;
    this.unitFuse = null;
    this.tables.add(from, (i) => this.features[i].measure, (id) => this.articles.get(id)!);
    this.version++;
  }

  /** Claim indices stating a figure compatible with `q` (same unit), for search. */
  figureMatches(q: Claim): number[] {
    if (!isNumeric(q)) return [];
    // A query says "shells" where reports say "artillery shells": claims are grouped by head word.
    const [lo, hi] = coreInterval(q);
    const out: number[] = [];
    const p = this.postings.units.get(unitHead(q.unit));
    if (p) {
      const a = lowerBound(p.values, logKey(lo * (lo > 0 ? 0.9 : 1.1)));
      const b = lowerBound(p.values, logKey(hi * (hi > 0 ? 1.1 : 0.9)) + 1e-12);
      for (let k = a; k < b && out.length < MAX_SLICE; k++) if (!this.isDead(p.idx[k]) && compatibleValues(q, this.claims[p.idx[k]].claim)) out.push(p.idx[k]);
    }
    return out;
  }

  /** Claim indices carrying a token (a stem, "~family" or "@entity"), any unit. */
  tokenMatches(token: string): readonly number[] {
    const list = this.postings.tokenClaims.get(token) ?? [];
    return this.dead.size ? list.filter((i) => !this.dead.has(i)) : list;
  }

  /** Every token the index knows, for fuzzy look-up of a mistyped query word. */
  tokens(): string[] {
    return [...this.postings.tokenClaims.keys()];
  }

  /** Does any claim carry this token? */
  hasToken(token: string): boolean {
    return this.postings.tokenClaims.has(token);
  }

  /** Known tokens closest to a mistyped one (Fuse over the vocabulary, built once per vocabulary), with a 0..1 weight. */
  similarTokens(token: string, limit: number): { token: string; weight: number }[] {
    this.tokenFuse ??= new Fuse(this.tokens(), { includeScore: true, threshold: 0.34 });
    return this.tokenFuse.search(token, { limit }).map((r) => ({ token: r.item, weight: 1 - (r.score ?? 1) }));
  }

  /** The unit head words (as `unitMatches` takes them) that words of a text name: "containers" → container. */
  unitWordsOf(text: string): string[] {
    const units = this.postings.units;
    const out = new Set<string>();
    for (const w of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
      if (units.has(w)) out.add(w);
      else {
        const s = stem(w);
        // (A unit's other word counts too: "troops" finds soldiers, "structures" buildings.)
        for (const head of [s, s + 'e', unitHead(s), unitHead(s + 'e')]) if (units.has(head)) out.add(head);
      }
    }
    return [...out];
  }

  /** Search: the figure group of a claim (same unit, same thing counted), as a small integer. */
  groupOf(i: number): number {
    return this.tables.groupOf(i);
  }

  /** Search: the statement of a claim (its article and quote; one report states a figure once), as a small integer. */
  statementOf(i: number): number {
    return this.tables.statementOf(i);
  }

  /** Search: a claim's figure (`claim.value`) as a small integer: two claims state the same value when these are equal. */
  valueOf(i: number): number {
    return this.tables.valueOf(i);
  }

  /** Search: how many live claims a group holds. */
  groupSize(g: number): number {
    return this.tables.groupSize(g);
  }

  /** Search: counts to size arrays indexed by claim, group and statement. */
  get capacity(): { claims: number; groups: number; statements: number; values: number } {
    return this.tables.capacity;
  }

  /** Search: a claim's rank by its article's date, then claim id (as `localeCompare` orders them), oldest first. */
  orderOf(i: number): number {
    return this.tables.orderOf(i);
  }

  /** Search: the claim index at a rank of `orderOf`. */
  atRank(rank: number): number {
    return this.tables.atRank(rank);
  }

  /** Search: a claim, its article and who it credits, without building an entry object. */
  claimAt(i: number): MatcherClaim {
    return this.claims[i];
  }

  /** Search: a claim's figure as a note words it ("about 7,000"), computed once per claim. */
  figureWordsOf(i: number): string {
    return this.tables.figureWordsOf(i);
  }

  /** Search: a claim's article. */
  articleOf(i: number): MatcherArticle {
    return this.tables.articleOf(i);
  }

  /** Unit head words closest to a mistyped word ("containr" → container), with a 0..1 weight. */
  similarUnits(word: string, limit: number): { unit: string; weight: number }[] {
    this.unitFuse ??= new Fuse([...this.postings.units.keys()], { includeScore: true, threshold: 0.34 });
    return this.unitFuse.search(word, { limit }).map((r) => ({ unit: r.item, weight: 1 - (r.score ?? 1) }));
  }

  /** Every live claim whose unit has this head word, any value. */
  unitMatches(head: string): readonly number[] {
    const p = this.postings.units.get(head);
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
    return this.wire.originalOf(articleId);
  }

  /** The stored article that is this page (the same URL, else near-identical text), or null: what "add this page" warns of. */
  sameArticle(page: { url?: string; text?: string }): string | null {
    const isPage = ownReportTest(page, page.text ? textSketch(page.text) : null);
    for (const article of this.articles.values()) if (isPage(article)) return article.id;
    return null;
  }

  /**
   * The other reports of each page claim, grouped per claim. At most one line per report and
   * relation (a report that states a figure three times is one report).
   */
  check(claims: readonly Claim[], page: PageContext = {}): ClaimCheck[] {
    this.wire.ensure();
    // An undated page that the corpus holds (same URL) takes the stored report's date, so a
    // later figure is still an update rather than a conflict.
    const published = page.published ?? (page.url ? this.byUrl.get(normalizeUrl(page.url))?.published : undefined) ?? undefined;
    const pageTime = parseTime(published);
    const pageFeatures = featuresOf(claims, () => published ?? null, () => 'page', this.ctx, this.vocab);
    const pageSketch = page.text ? textSketch(page.text) : null;
    const isOwnReport = ownReportTest(page, pageSketch);
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
    const { compatible, different } = findCandidates(q, f, { postings: this.postings, entities: this.ctx, isDead: this.isDead });
    for (const i of compatible.keys()) different.delete(i);
    // People counted by another event never make a line (classify.ts): they take no place on the short list.
    const otherEvent = (i: number) => f.unit === PEOPLE && this.features[i].event !== f.event;
    const skip = (i: number) => otherEvent(i) || isOwnReport(this.articles.get(this.claims[i].articleId)!);
    const claimId = (i: number) => this.claims[i].id;
    const scored = [...topK(compatible, SHORT_LIST, skip, claimId), ...topK(different, SHORT_LIST_DIFFERENT, skip, claimId)];
    if (!scored.length) return [];
    // Fuse ranks what is counted (spellings folded); the pair scores are memoised, because news
    // repeats its measures ("artillery shells") and a page repeats its figures.
    const query = measureText(q, this.ctx.entities).slice(0, 32);
    const fuzzyScores = this.rankCache.fuzzyMeasures(query, scored.map(([i]) => this.rankCache.canonicalMeasure(i)));
    const fuzzy = new Map<number, number>(scored.map(([i], k) => [i, fuzzyScores[k]]));
    const pageWords = plainWords(q.sentence);
    const lines = new Map<number, ReportLine>();
    for (const [i, tokenScore] of scored) {
      const line = this.relate(q, f, pageTime, i, tokenScore, fuzzy.get(i) ?? 0, pageWords);
      if (line) lines.set(i, line);
    }
    if (pageTime === null) {
      const asOf = dateOfAgreeing(lines.values());
      if (asOf !== null) {
        for (const [i, tokenScore] of scored) {
          if (lines.get(i)?.relation !== 'conflict') continue;
          const line = this.relate(q, f, asOf, i, tokenScore, fuzzy.get(i) ?? 0, pageWords)!;
          if (line.relation === 'update') line.reason += undatedNote(asOf);
          lines.set(i, line);
        }
      }
    }
    return onePerReport(lines, (i) => this.ctx.specificity(this.features[i].credited));
  }

  /** Classify one candidate and word its line, or null to stay silent. */
  private relate(q: Claim, f: Features, pageTime: number | null, i: number, tokenScore: number, fuzzy: number, pageWords: Set<string>): ReportLine | null {
    const { claim: c, articleId, id } = this.claims[i];
    const g = this.features[i];
    const article = this.articles.get(articleId)!;
    const evidence = evidenceOf(q, f, c, g, fuzzy, pageWords, this.rankCache.sentenceWords(i), this.ctx);
    const classified = classify(q, f, pageTime, c, g, article.published, evidence, this.ctx);
    if (!classified) return null;
    let reason = classified.reason;
    const wire = this.wireCopyOf(articleId);
    if (wire) reason += `; reprint of ${wire}, not independent`;
    return {
      articleId,
      claimId: id,
      ...(article.file ? { file: article.file } : {}),
      outlet: article.outlet,
      published: article.published,
      ...(article.url ? { url: article.url } : {}),
      relation: classified.relation,
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
      score: Math.round(scoreOf(evidence, g.personCredit, tokenScore) * 1000) / 1000,
    };
  }
}

/** Build the index over a corpus (articles with sketches, their claims, the topics). */
export function buildMatcherIndex(input: { articles: readonly MatcherArticle[]; claims: readonly MatcherClaim[]; topics: readonly Topic[] }): MatcherIndex {
  return new MatcherIndex(input);
}
