/**
 * The matcher's in-memory index over the corpus, built lazily on first use (a killed service
 * worker gets it back on the next check). Every write transaction bumps a `generation` counter
 * in the `meta` table, inside the same transaction; each check reads it (one key look-up) and
 * rebuilds when it differs, which also catches writes made by another context. A write made
 * here, to an index that was current just before it, is applied to that index in place.
 */
import type { Claim } from '../../engine/claims/types';
import { buildMatcherIndex, type MatcherArticle, type MatcherClaim, type MatcherIndex } from '../../engine/matcher/index';
import type { CorpusDb } from './db';
import type { ArticleRecord, TopicRecord } from './schema';

/** The index's vocabulary (entities, aliases, terms) as built: a change means a rebuild. A topic without any (the general one) changes nothing. */
export const topicsKey = (topics: readonly TopicRecord[]) =>
  JSON.stringify([...topics].filter((t) => t.entities.length || t.terms?.length).sort((a, b) => a.id.localeCompare(b.id)));

const matcherArticle = (a: ArticleRecord): MatcherArticle => ({ id: a.id, file: a.file ?? null, outlet: a.outlet, published: a.published, url: a.url, wire: a.wire ?? null, sketch: a.sketch });
const matcherClaims = (articleId: string, claims: readonly Claim[]): MatcherClaim[] => claims.map((claim, n) => ({ id: `${articleId}#${n}`, articleId, claim }));

/** What a committed write changed, for `applyToIndex`. */
export interface IndexChange {
  /** The generation before the write. */
  before: number;
  topics: string;
  removed: readonly string[];
  added: readonly { record: ArticleRecord; claims: readonly Claim[] }[];
}

export function createIndexCache(db: CorpusDb) {
  let cached: { generation: number; index: MatcherIndex; topics: string } | null = null;
  let building: Promise<{ generation: number; index: MatcherIndex; topics: string }> | null = null;

  const generation = async () => ((await db.meta.get('generation'))?.value as number | undefined) ?? 0;
  /** Bumps the generation (inside the caller's transaction); returns the one before. */
  const bump = async () => {
    const before = await generation();
    await db.meta.put({ key: 'generation', value: before + 1 });
    return before;
  };
  async function currentIndex(): Promise<MatcherIndex> {
    const gen = await generation();
    if (cached && cached.generation === gen) return cached.index;
    if (!building) {
      building = (async () => {
        // Read in bulk, one record per article: no per-claim records, no per-article queries.
        const [articles, claimSets, topics, readGen] = await db.transaction('r', [db.articles, db.claims, db.topics, db.meta], async () => [
          await db.articles.toArray(),
          await db.claims.toArray(),
          await db.topics.toArray(),
          await generation(),
        ] as const);
        const index = buildMatcherIndex({
          articles: articles.map(matcherArticle),
          claims: claimSets.flatMap((set) => matcherClaims(set.articleId, set.claims)),
          topics,
        });
        return { generation: readGen, index, topics: topicsKey(topics) };
      })().finally(() => {
        building = null;
      });
    }
    cached = await building;
    return cached.index;
  }

  /**
   * After a write transaction committed: bring the index along in place when it was current
   * just before the write (generation `before`) and the topics did not change; otherwise leave
   * it, and the next check rebuilds.
   */
  function applyToIndex(change: IndexChange): void {
    if (!cached || building || cached.generation !== change.before || cached.topics !== change.topics) return;
    const index = cached.index;
    index.removeArticles(change.removed);
    if (change.added.length) index.addArticles(change.added.map((a) => matcherArticle(a.record)), change.added.flatMap((a) => matcherClaims(a.record.id, a.claims)));
    // Past a point, removed claims left in the postings cost more than a rebuild.
    if (index.deadShare > 0.25) {
      cached = null;
      return;
    }
    cached.generation = change.before + 1;
  }

  /**
   * After a bulk write (an import, seeding) with no index in memory: start building it now, in
   * the background, so the next search or check waits for less (or not at all). Failures are
   * left to that next call, which builds again.
   */
  function prewarm(): void {
    if (cached || building) return;
    currentIndex().catch(() => undefined);
  }

  /** Drops the index (the corpus is closing). */
  function forget(): void {
    cached = null;
  }

  return { currentIndex, applyToIndex, prewarm, bump, forget };
}
