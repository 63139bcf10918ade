/**
 * The corpus database schema, versioned from day one. Each entry is one Dexie version: its
 * stores and, from version 2 on, the upgrade that carries older data forward. Never edit a
 * released entry; add the next one. `migrations.test.ts` opens a database written by every older
 * version under the current one.
 */
import type { Transaction } from 'dexie';
import type { Claim } from '../../engine/claims/types';
import type { PackArticle, PackTopic, PackEntity } from '../../engine/pack/index';

/** The Dexie store definitions of each schema version, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // url: same URL twice updates; outlet/published/origin: list and filter views.
      articles: 'id, url, outlet, published, origin, topic',
      // Look-ups by unit, by value bounds within a unit, by entity and by article.
      claims: 'id, articleId, unit, [unit+low], [unit+high], *entities',
      topics: 'id',
      // spellings: lower-cased name and aliases, for alias-aware search.
      entities: 'key, id, topic, *spellings',
      // generation: bumped by every write, so every context can tell its index is stale.
      meta: 'key',
    },
  },
  {
    // One claims record per article, holding its claims in order (`ClaimSetRecord`). A record per
    // claim with four indexes made a 100,000-claim import cost 50 s in Chromium (IndexedDB's cost
    // is per record and per index entry); the look-ups by unit, value and entity those indexes
    // served are the in-memory matcher index's job, which narrows candidates at query time anyway.
    version: 2,
    stores: {
      articles: 'id, url, outlet, published, origin, topic',
      claims: 'id, articleId',
      topics: 'id',
      entities: 'key, id, topic, *spellings',
      meta: 'key',
    },
    async upgrade(tx) {
      const table = tx.table('claims');
      const rows = (await table.toArray()) as ClaimRecord[];
      const byArticle = new Map<string, ClaimRecord[]>();
      for (const row of rows) {
        const list = byArticle.get(row.articleId);
        if (list) list.push(row);
        else byArticle.set(row.articleId, [row]);
      }
      await table.clear();
      await table.bulkAdd(
        [...byArticle].map(([articleId, list]): ClaimSetRecord => ({ id: articleId, articleId, claims: list.sort((a, b) => a.n - b.n).map((c) => c.claim) })),
      );
    },
  },
];

/** One schema version: its Dexie stores and, from version 2 on, the upgrade from the one before. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** The schema version this build opens. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)!.version;

/** A stored article: the pack article without claims, plus what the corpus derives from it. */
export interface ArticleRecord extends Omit<PackArticle, 'claims'> {
  /** Wire-copy sketch of the text (matcher `textSketch`). */
  sketch: number[];
  claimCount: number;
  /** When this record was written (ISO). */
  addedAt: string;
}

/** An article's claims, in order (schema v2 on): claim n has id `${articleId}#${n}`. */
export interface ClaimSetRecord {
  /** The article id. */
  id: string;
  articleId: string;
  claims: Claim[];
}

/** A stored claim of schema v1 (one record per claim). `low`/`high`/`unit` are copied out of `claim` to be indexed. */
export interface ClaimRecord {
  /** `${articleId}#${n}` */
  id: string;
  articleId: string;
  /** Position of the claim in its article. */
  n: number;
  unit: string;
  low: number | string;
  high: number | string;
  /** Entity ids the claim's sentence or attribution mentions. */
  entities: string[];
  claim: Claim;
}

/** A stored entity, one row per (topic, entity). */
export interface EntityRecord extends PackEntity {
  /** `${topic}/${id}` */
  key: string;
  topic: string;
  /** Lower-cased name and aliases. */
  spellings: string[];
}

export type TopicRecord = PackTopic;

export interface MetaRecord {
  key: string;
  value: unknown;
}
