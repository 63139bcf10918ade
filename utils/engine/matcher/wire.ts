/**
 * Wire copies: articles whose texts share most shingles are reprints of the earliest of them.
 * Worked out on first need (a check; a search never needs them), then kept up to date as
 * articles are added and removed.
 */
import { parseTime } from './features';
import { isWireCopy } from './text';

/** What wire-copy detection needs of an article. */
export interface SketchedArticle {
  id: string;
  outlet: string;
  published: string | null;
  /** The wire service a reprint declares, if any. */
  wire?: string | null;
  sketch?: number[];
}

/** Can two sketches pass `isWireCopy` (6 shared hashes, half the smaller)? A cheap count first. */
export function sharesEnough(mine: Set<number>, other: readonly number[]): boolean {
  const need = Math.max(6, 0.5 * Math.min(mine.size, other.length));
  let shared = 0;
  for (let k = 0; k < other.length; k++) {
    if (mine.has(other[k]) && ++shared >= need) return true;
    // Not enough left to reach it.
    if (shared + other.length - k - 1 < need) return false;
  }
  return false;
}

export class WireCopies {
  /** Articles with a wire sketch, by id. */
  private readonly sketched = new Map<string, SketchedArticle>();
  /** Word-for-word copy pairs, both ways (article id → the ids it shares a wire story with). */
  private readonly copyPairs = new Map<string, Set<string>>();
  /** A copy's original outlet, by the copy's id. */
  private readonly wireOf = new Map<string, string>();
  private ready = false;

  /** @param articles the index's live articles, by id (read, never written). */
  constructor(private readonly articles: ReadonlyMap<string, SketchedArticle>) {}

  /** Articles taken in; when copies are already worked out, only the new ones are compared (with every sketch). */
  add(articles: readonly SketchedArticle[]): void {
    for (const a of articles) if (a.sketch?.length) this.sketched.set(a.id, a);
    if (!this.ready) return;
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

  /** Articles gone: their pairs go, and their partners' originals are worked out again when `relink`. */
  remove(gone: ReadonlySet<string>, relink: boolean): void {
    for (const id of gone) this.sketched.delete(id);
    const touched = new Set<string>();
    for (const id of gone) {
      for (const other of this.copyPairs.get(id) ?? []) {
        this.copyPairs.get(other)?.delete(id);
        touched.add(other);
      }
      this.copyPairs.delete(id);
      this.wireOf.delete(id);
    }
    if (relink) for (const id of touched) if (!gone.has(id)) this.setOriginal(id);
  }

  /** The outlet an article copies word for word, or the wire it declares; undefined when independent. */
  originalOf(articleId: string): string | undefined {
    this.ensure();
    return this.wireOf.get(articleId) ?? this.articles.get(articleId)?.wire ?? undefined;
  }

  /** Every article that copies `articleId` word for word (its reprints), once worked out. */
  copiesOf(articleId: string): string[] {
    this.ensure();
    const out: string[] = [];
    for (const other of this.copyPairs.get(articleId) ?? []) if (this.wireOf.has(other) && this.originalId(other) === articleId) out.push(other);
    return out;
  }

  /** Wire copies over every sketched article, once. */
  ensure(): void {
    if (this.ready) return;
    this.ready = true;
    this.findAll([...this.sketched.values()]);
    for (const id of this.copyPairs.keys()) this.setOriginal(id);
  }

  private link(a: string, b: string): void {
    for (const [x, y] of [[a, b], [b, a]]) {
      const set = this.copyPairs.get(x);
      if (set) set.add(y);
      else this.copyPairs.set(x, new Set([y]));
    }
  }

  /** An article's original: the earliest of the reports it copies word for word that are earlier than it. */
  private originalId(id: string): string | null {
    const a = this.articles.get(id);
    const time = (x: SketchedArticle) => parseTime(x.published) ?? Number.MAX_SAFE_INTEGER;
    let original: SketchedArticle | null = null;
    for (const other of this.copyPairs.get(id) ?? []) {
      const b = this.articles.get(other);
      if (!a || !b) continue;
      // The earlier report is the original; ties go to the smaller id so exactly one side is the copy.
      const earlier = time(b) < time(a) || (time(b) === time(a) && b.id < a.id);
      if (earlier && (!original || time(b) < time(original))) original = b;
    }
    return original?.id ?? null;
  }

  private setOriginal(id: string): void {
    const original = this.originalId(id);
    if (original) this.wireOf.set(id, this.articles.get(original)!.outlet);
    else this.wireOf.delete(id);
  }

  /**
   * Which articles copy another word for word: for each article, the hashes it shares with
   * every other (counted in a typed array, not a Map: where reports share boilerplate, nearly
   * every pair shares something, and Map updates made this 100 s at 2,500 articles), then
   * `isWireCopy` on the pairs whose count can pass it.
   */
  private findAll(articles: readonly SketchedArticle[]): void {
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
}
