/**
 * What search reads of the index, per claim, as small integers and typed arrays: its figure
 * group (unit and what is counted), its statement (article and quote), its value, its rank by
 * date; and live claims per group. Kept up to date as claims are added and removed.
 */
import type { Claim } from '../claims/types';
import { figureWords } from './relate';

/** What the tables need of a claim. */
export interface TabledClaim {
  id: string;
  articleId: string;
  claim: Claim;
}

export class SearchTables<A extends { published: string | null }> {
  private readonly groupIds = new Map<string, number>();
  private readonly groupOfClaim: number[] = [];
  private readonly statementIds = new Map<string, number>();
  private readonly statementOfClaim: number[] = [];
  /** A claim's figure (`claim.value`) as a small integer, one per distinct value. */
  private readonly valueIds = new Map<number | string, number>();
  private readonly valueOfClaim: number[] = [];
  /** Claim index → its rank by (article date, claim id), built on first use. */
  private dateRank: Int32Array | null = null;
  private byRank: Int32Array | null = null;
  private collator: Intl.Collator | null = null;
  private readonly figureWordsCache: string[] = [];
  /** Claim index → its article as taken in (a removed claim keeps its date, so the date order stays sorted). */
  private readonly articleOfClaim: A[] = [];
  private readonly groupSizes: number[] = [];

  constructor(private readonly claims: readonly TabledClaim[]) {}

  /** Claims `from`.. on: their group, statement and value ids, and their place in the date order. */
  add(from: number, measureOf: (i: number) => readonly string[], articleOf: (articleId: string) => A): void {
    const idOf = (m: Map<string, number>, k: string) => {
      let id = m.get(k);
      if (id === undefined) m.set(k, (id = m.size));
      return id;
    };
    const measureKeys = new Map<readonly string[], string>();
    for (let i = from; i < this.claims.length; i++) {
      const c = this.claims[i];
      const measure = measureOf(i);
      let mk = measureKeys.get(measure);
      if (mk === undefined) measureKeys.set(measure, (mk = [...measure].sort().join(' ')));
      const g = (this.groupOfClaim[i] = idOf(this.groupIds, `${c.claim.unit}\u0001${mk}`));
      this.groupSizes[g] = (this.groupSizes[g] ?? 0) + 1;
      this.statementOfClaim[i] = idOf(this.statementIds, `${c.articleId}\u0001${c.claim.quote}`);
      let v = this.valueIds.get(c.claim.value);
      if (v === undefined) this.valueIds.set(c.claim.value, (v = this.valueIds.size));
      this.valueOfClaim[i] = v;
      this.articleOfClaim[i] = articleOf(c.articleId);
    }
    this.extendDateRank(from);
  }

  /** A claim removed: its group holds one live claim fewer. */
  removed(i: number): void {
    this.groupSizes[this.groupOfClaim[i]]--;
  }

  groupOf(i: number): number {
    return this.groupOfClaim[i];
  }

  statementOf(i: number): number {
    return this.statementOfClaim[i];
  }

  valueOf(i: number): number {
    return this.valueOfClaim[i];
  }

  groupSize(g: number): number {
    return this.groupSizes[g] ?? 0;
  }

  get capacity(): { claims: number; groups: number; statements: number; values: number } {
    return { claims: this.claims.length, groups: this.groupIds.size, statements: this.statementIds.size, values: this.valueIds.size };
  }

  articleOf(i: number): A {
    return this.articleOfClaim[i];
  }

  figureWordsOf(i: number): string {
    return (this.figureWordsCache[i] ??= figureWords(this.claims[i].claim));
  }

  /** A claim's rank by its article's date, then claim id (as `localeCompare` orders them), oldest first. */
  orderOf(i: number): number {
    if (!this.dateRank) {
      const order = this.claims.map((_, k) => k);
      order.sort(this.dateOrder());
      this.setRanks(Int32Array.from(order));
    }
    return this.dateRank![i];
  }

  /** The claim index at a rank of `orderOf`. */
  atRank(rank: number): number {
    if (!this.byRank) this.orderOf(0);
    return this.byRank![rank];
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
}
