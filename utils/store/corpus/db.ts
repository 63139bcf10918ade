/**
 * The corpus's IndexedDB database (Dexie: the only module tree that imports it is this folder):
 * its tables, at the schema versions of ./schema.ts, and the one way it is written (a
 * read-write transaction that turns a full disk into an error a person can act on).
 */
import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS, type ArticleRecord, type ClaimSetRecord, type EntityRecord, type MetaRecord, type TopicRecord } from './schema';

export const CORPUS_DB_NAME = 'tally-corpus';

export class CorpusDb extends Dexie {
  articles!: Table<ArticleRecord, string>;
  /** One record per article: its claims (schema v2). */
  claims!: Table<ClaimSetRecord, string>;
  topics!: Table<TopicRecord, string>;
  entities!: Table<EntityRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange });
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** The browser refused a write for lack of space; the write changed nothing. */
export class CorpusFullError extends Error {
  constructor() {
    super('Not enough storage space for the corpus, so nothing was saved. Free some disk space or delete articles, then try again.');
    this.name = 'CorpusFullError';
  }
}

/** Dexie passes IndexedDB's QuotaExceededError on under the same name, sometimes as the inner error. */
function isQuotaError(error: unknown): boolean {
  const named = (e: unknown) => (e as { name?: string } | null)?.name === 'QuotaExceededError';
  return named(error) || named((error as { inner?: unknown } | null)?.inner);
}

/**
 * The corpus's write transactions: read-write over `tables`; a full disk aborts one (nothing
 * written) as a `CorpusFullError`. When the topics' vocabulary (`topicsKey`) changed, the
 * topics go to `onTopicsChanged` after the commit.
 */
export function writeTransaction(db: CorpusDb, topicsKey: (topics: readonly TopicRecord[]) => string, onTopicsChanged?: (topics: TopicRecord[]) => void) {
  return async <T>(tables: Table[], body: () => Promise<T>): Promise<T> => {
    const watchTopics = !!onTopicsChanged && tables.includes(db.topics);
    const topicsBefore = watchTopics ? topicsKey(await db.topics.toArray()) : '';
    let result: T;
    try {
      result = await db.transaction('rw', tables, body);
    } catch (error) {
      throw isQuotaError(error) ? new CorpusFullError() : error;
    }
    if (watchTopics) {
      const topics = await db.topics.toArray();
      if (topicsKey(topics) !== topicsBefore) onTopicsChanged!(topics);
    }
    return result;
  };
}
