/**
 * The corpus: articles, their claims and the topic entities, in IndexedDB through Dexie (the
 * only module that imports Dexie). Lives in the extension's own origin: the background, the
 * popup and the options page open it; the content script never does.
 *
 * The matcher's in-memory index is built lazily on first use (a killed service worker gets it
 * back on the next check) and rebuilt when the corpus changed. Every write transaction bumps a
 * `generation` counter in the `meta` table, inside the same transaction; each check reads it
 * (one key look-up) and rebuilds when it differs. That also catches writes made by another
 * context (the options page importing a pack while the background holds an index), which an
 * in-memory flag or Dexie's same-origin `storagemutated` event alone would not guarantee.
 */
import Dexie, { type Table } from 'dexie';
import type { Claim } from '../claims/types';
import { extractClaims } from '../claims/index';
import { claimFromPack, claimToPack, parsePack, PackError, PACK_FORMAT, PACK_VERSION, type Pack, type PackArticle, type PackTopic } from '../pack/index';
import { withArticleClaims } from '../pack/claims';
import { detectTopic, entityIdsIn, type Entity, type Topic } from '../topics/index';
import { buildMatcherIndex, textSketch, type ClaimCheck, type MatcherIndex, type PageContext } from '../matcher/index';
import { searchIndex, type SearchResult } from '../matcher/search';
import { SCHEMA_VERSIONS, type ArticleRecord, type ClaimRecord, type EntityRecord, type MetaRecord, type TopicRecord } from './schema';

export { PackError } from '../pack/index';
export type { ClaimCheck, ReportLine } from '../matcher/index';
export type { SearchResult } from '../matcher/search';
export type { ArticleRecord, ClaimRecord } from './schema';
export { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

/** The default database name. */
export const CORPUS_DB_NAME = 'tally-corpus';
/** Topic given to a user's article that matches no known topic. */
export const GENERAL_TOPIC: Topic = { id: 'general', name: 'Other articles', entities: [] };

/** An article as lists show it (no text). */
export interface ArticleSummary {
  id: string;
  file: string | null;
  topic: string;
  outlet: string;
  title: string | null;
  url: string | null;
  published: string | null;
  language: string;
  byline: string | null;
  origin: 'default' | 'user' | 'import';
  /** How many claims the article states. */
  claimCount: number;
  addedAt: string;
  /** The wire service a reprint declares, if any. */
  wire: string | null;
}

/** What `importPack` changed. */
export interface ImportSummary {
  articles: number;
  claims: number;
  newArticles: number;
  updatedArticles: number;
  topics: number;
}

/** A deleted article with its claims, for undo (`restoreArticle`). */
export interface DeletedArticle {
  article: ArticleRecord;
  claims: ClaimRecord[];
}

/** What a pack would change, shown before importing it. */
export interface PackPreview {
  articles: number;
  claims: number;
  newOutlets: string[];
  newArticles: number;
  updatedArticles: number;
}

/** The corpus API. Every method may be called from any extension context. */
export interface Corpus {
  /** First run loads the default pack once; a changed default pack replaces the default articles and keeps the user's. */
  ensureSeeded(defaultPack: unknown): Promise<{ seeded: boolean }>;
  /** Validate a pack and say what importing it would change. Throws `PackError`. */
  previewPack(raw: unknown): Promise<PackPreview>;
  /** Import a pack: it lands whole, in one transaction, or changes nothing (bad pack, abort). */
  importPack(raw: unknown, options?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<ImportSummary>;
  /** The corpus (or one topic of it) as a pack, claims included. */
  exportPack(options?: { topic?: string }): Promise<Pack>;
  /** Add the article the reader is on; the same URL twice updates it. */
  addArticle(input: AddArticleInput): Promise<{ id: string; claims: number; updated: boolean }>;
  deleteArticle(id: string): Promise<DeletedArticle>;
  /** Undo a delete. */
  restoreArticle(deleted: DeletedArticle): Promise<void>;
  listArticles(filter?: { outlet?: string; text?: string }): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<(ArticleSummary & { claims: Claim[]; text: string }) | undefined>;
  /** The other reports of each claim; the page's own report (same URL or near-identical text) is left out. */
  check(claims: Claim[], page?: { url?: string; text?: string; published?: string }): Promise<ClaimCheck[]>;
  /** Number-, alias- and typo-tolerant search, results grouped by figure with their timeline. */
  search(query: string, options?: { limit?: number }): Promise<SearchResult[]>;
  /** Topics with entities and aliases, for the content script's topic detection. */
  topics(): Promise<Topic[]>;
  /** Start over from the default pack, keeping or dropping the user's own articles. */
  reset(options: { keepUserArticles: boolean }, defaultPack: unknown): Promise<void>;
  close(): void;
}

export interface AddArticleInput {
  url?: string;
  outlet: string;
  title?: string;
  published?: string;
  language?: string;
  byline?: string;
  text: string;
}

class CorpusDb extends Dexie {
  articles!: Table<ArticleRecord, string>;
  claims!: Table<ClaimRecord, string>;
  topics!: Table<TopicRecord, string>;
  entities!: Table<EntityRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange });
    for (const v of SCHEMA_VERSIONS) this.version(v.version).stores(v.stores);
  }
}

function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}

function normalizeUrl(url: string): string {
  return url.trim().replace(/#.*$/, '');
}

function summary(a: ArticleRecord): ArticleSummary {
  return {
    id: a.id,
    file: a.file ?? null,
    topic: a.topic,
    outlet: a.outlet,
    title: a.title,
    url: a.url,
    published: a.published,
    language: a.language,
    byline: a.byline,
    origin: a.origin,
    claimCount: a.claimCount,
    addedAt: a.addedAt,
    wire: a.wire ?? null,
  };
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Import cancelled', 'AbortError');
}

/** Open (lazily; nothing happens until the first call) the corpus database. */
export function openCorpus(options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): Corpus {
  const db = new CorpusDb(options.name ?? CORPUS_DB_NAME, options);
  let cached: { generation: number; index: MatcherIndex } | null = null;
  let building: Promise<{ generation: number; index: MatcherIndex }> | null = null;

  const generation = async () => ((await db.meta.get('generation'))?.value as number | undefined) ?? 0;
  const bump = async () => {
    await db.meta.put({ key: 'generation', value: (await generation()) + 1 });
  };

  async function currentIndex(): Promise<MatcherIndex> {
    const gen = await generation();
    if (cached && cached.generation === gen) return cached.index;
    if (!building) {
      building = (async () => {
        const [articles, claims, topics] = await db.transaction('r', [db.articles, db.claims, db.topics, db.meta], async () => [
          await db.articles.toArray(),
          await db.claims.toArray(),
          await db.topics.toArray(),
        ] as const);
        const index = buildMatcherIndex({
          articles: articles.map((a) => ({ id: a.id, file: a.file ?? null, outlet: a.outlet, published: a.published, url: a.url, wire: a.wire ?? null, sketch: a.sketch })),
          claims: claims.map((c) => ({ id: c.id, articleId: c.articleId, claim: c.claim })),
          topics,
        });
        return { generation: gen, index };
      })().finally(() => {
        building = null;
      });
    }
    cached = await building;
    return cached.index;
  }

  function claimRecords(articleId: string, claims: Claim[], entities: readonly Entity[]): ClaimRecord[] {
    return claims.map((claim, n) => ({
      id: `${articleId}#${n}`,
      articleId,
      n,
      unit: claim.unit,
      low: claim.low,
      high: claim.high,
      entities: entityIdsIn(`${claim.sentence} ${claim.attribution ?? ''}`, entities),
      claim,
    }));
  }

  function entityRecords(topic: PackTopic): EntityRecord[] {
    return topic.entities.map((e) => ({
      ...e,
      key: `${topic.id}/${e.id}`,
      topic: topic.id,
      spellings: [...new Set([e.name, ...e.aliases].map((s) => s.toLowerCase()))],
    }));
  }

  /** Validate, extract missing claims (cancellable, with progress), and prepare records; writes nothing. */
  async function prepare(raw: unknown, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; origin?: PackArticle['origin'] } = {}) {
    const pack = parsePack(raw);
    const total = pack.articles.length;
    const articles: { record: ArticleRecord; claims: Claim[] }[] = [];
    const allEntities = new Map<string, Entity[]>(pack.topics.map((t) => [t.id, t.entities]));
    for (const [i, a] of pack.articles.entries()) {
      throwIfAborted(options.signal);
      const full = withArticleClaims(a);
      const { claims: packClaims, ...rest } = full;
      articles.push({
        record: { ...rest, origin: options.origin ?? a.origin, sketch: textSketch(a.text), claimCount: packClaims!.length, addedAt: new Date().toISOString() },
        claims: packClaims!.map(claimFromPack),
      });
      options.onProgress?.(i + 1, total);
      // Yield between articles so a long import leaves the event loop free.
      if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0));
    }
    return { pack, articles, allEntities };
  }

  /** Write prepared articles in the current transaction; returns counts. */
  async function writeArticles(prepared: Awaited<ReturnType<typeof prepare>>, signal?: AbortSignal) {
    let newArticles = 0;
    let updatedArticles = 0;
    let claimCount = 0;
    const storedTopics = new Map((await db.topics.toArray()).map((t) => [t.id, t]));
    for (const topic of prepared.pack.topics) {
      storedTopics.set(topic.id, topic);
      await db.topics.put(topic);
      await db.entities.where('topic').equals(topic.id).delete();
      await db.entities.bulkPut(entityRecords(topic));
    }
    for (const { record, claims } of prepared.articles) {
      throwIfAborted(signal);
      // Same id, or same URL under another id: an update of that article.
      let existing = await db.articles.get(record.id);
      if (!existing && record.url) existing = await db.articles.where('url').equals(record.url).first();
      const id = existing?.id ?? record.id;
      if (existing) {
        updatedArticles++;
        await db.claims.where('articleId').equals(existing.id).delete();
      } else newArticles++;
      const entities = storedTopics.get(record.topic)?.entities ?? [];
      await db.articles.put({ ...record, id });
      await db.claims.bulkPut(claimRecords(id, claims, entities));
      claimCount += claims.length;
    }
    await bump();
    return { newArticles, updatedArticles, claims: claimCount };
  }

  const corpus: Corpus = {
    async ensureSeeded(defaultPack) {
      const fingerprint = hash(typeof defaultPack === 'string' ? defaultPack : JSON.stringify(defaultPack));
      const seededWith = (await db.meta.get('defaultPack'))?.value;
      if (seededWith === fingerprint) return { seeded: false };
      const prepared = await prepare(defaultPack, { origin: 'default' });
      return db.transaction('rw', [db.articles, db.claims, db.topics, db.entities, db.meta], async () => {
        // Another context may have seeded meanwhile.
        if ((await db.meta.get('defaultPack'))?.value === fingerprint) return { seeded: false };
        const keep = new Set(prepared.articles.map((a) => a.record.id));
        const stale = await db.articles.where('origin').equals('default').filter((a) => !keep.has(a.id)).primaryKeys();
        for (const id of stale) await db.claims.where('articleId').equals(id).delete();
        await db.articles.bulkDelete(stale);
        await writeArticles(prepared);
        await db.meta.put({ key: 'defaultPack', value: fingerprint });
        return { seeded: true };
      });
    },

    async previewPack(raw) {
      const prepared = await prepare(raw);
      const outlets = new Set<string>();
      await db.articles.each((a) => void outlets.add(a.outlet));
      let newArticles = 0;
      let updatedArticles = 0;
      for (const { record } of prepared.articles) {
        const exists = (await db.articles.get(record.id)) ?? (record.url ? await db.articles.where('url').equals(record.url).first() : undefined);
        if (exists) updatedArticles++;
        else newArticles++;
      }
      return {
        articles: prepared.articles.length,
        claims: prepared.articles.reduce((n, a) => n + a.claims.length, 0),
        newOutlets: [...new Set(prepared.articles.map((a) => a.record.outlet))].filter((o) => !outlets.has(o)),
        newArticles,
        updatedArticles,
      };
    },

    async importPack(raw, options = {}) {
      const prepared = await prepare(raw, options);
      throwIfAborted(options.signal);
      const counts = await db.transaction('rw', [db.articles, db.claims, db.topics, db.entities, db.meta], () => writeArticles(prepared, options.signal));
      return { articles: prepared.articles.length, topics: prepared.pack.topics.length, ...counts };
    },

    async exportPack(options = {}) {
      const [articles, topics] = await Promise.all([
        options.topic ? db.articles.where('topic').equals(options.topic).toArray() : db.articles.toArray(),
        db.topics.toArray(),
      ]);
      articles.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
      const used = new Set(articles.map((a) => a.topic));
      const out: PackArticle[] = [];
      for (const a of articles) {
        const claims = (await db.claims.where('articleId').equals(a.id).toArray()).sort((x, y) => x.n - y.n);
        const { sketch: _s, claimCount: _c, addedAt: _d, ...rest } = a;
        out.push({ ...rest, claims: claims.map((c) => claimToPack(c.claim)) });
      }
      const packTopics = topics.filter((t) => used.has(t.id) || (!options.topic && t.id !== GENERAL_TOPIC.id)).sort((a, b) => a.id.localeCompare(b.id));
      return parsePack({ format: PACK_FORMAT, version: PACK_VERSION, topics: packTopics, articles: out });
    },

    async addArticle(input) {
      const text = input.text.trim();
      if (!text) throw new PackError('the article has no text');
      const url = input.url ? normalizeUrl(input.url) : null;
      const topics = await db.topics.toArray();
      const topic = detectTopic(text, topics)?.topicId ?? GENERAL_TOPIC.id;
      const claims = extractClaims(text, { published: input.published, language: input.language ?? 'en' });
      return db.transaction('rw', [db.articles, db.claims, db.topics, db.meta], async () => {
        const existing = url ? await db.articles.where('url').equals(url).first() : undefined;
        const id = existing?.id ?? (url ? `url-${hash(url)}` : `user-${hash(text)}`);
        if (topic === GENERAL_TOPIC.id && !(await db.topics.get(GENERAL_TOPIC.id))) await db.topics.put(GENERAL_TOPIC);
        if (existing) await db.claims.where('articleId').equals(existing.id).delete();
        const record: ArticleRecord = {
          id,
          file: null,
          topic,
          outlet: input.outlet,
          title: input.title ?? null,
          url,
          published: input.published ?? null,
          language: input.language ?? 'en',
          byline: input.byline ?? null,
          dateline: null,
          origin: 'user',
          text,
          sketch: textSketch(text),
          claimCount: claims.length,
          addedAt: new Date().toISOString(),
        };
        // Validate like a pack article, so an export of the corpus always imports again.
        const { sketch: _s, claimCount: _c, addedAt: _d, ...packArticle } = record;
        parsePack({ format: PACK_FORMAT, version: PACK_VERSION, topics: [{ ...GENERAL_TOPIC, id: topic }], articles: [{ ...packArticle, claims: claims.map(claimToPack) }] });
        await db.articles.put(record);
        await db.claims.bulkPut(claimRecords(id, claims, topics.find((t) => t.id === topic)?.entities ?? []));
        await bump();
        return { id, claims: claims.length, updated: Boolean(existing) };
      });
    },

    async deleteArticle(id) {
      return db.transaction('rw', [db.articles, db.claims, db.meta], async () => {
        const article = await db.articles.get(id);
        if (!article) throw new Error(`no article "${id}"`);
        const claims = await db.claims.where('articleId').equals(id).toArray();
        await db.claims.where('articleId').equals(id).delete();
        await db.articles.delete(id);
        await bump();
        return { article, claims };
      });
    },

    async restoreArticle(deleted) {
      await db.transaction('rw', [db.articles, db.claims, db.meta], async () => {
        await db.articles.put(deleted.article);
        await db.claims.bulkPut(deleted.claims);
        await bump();
      });
    },

    async listArticles(filter = {}) {
      const needle = filter.text?.toLowerCase();
      const rows = await (filter.outlet ? db.articles.where('outlet').equals(filter.outlet) : db.articles.toCollection())
        .filter((a) => !needle || [a.title ?? '', a.outlet, a.text].some((s) => s.toLowerCase().includes(needle)))
        .toArray();
      rows.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
      return rows.map(summary);
    },

    async getArticle(id) {
      const a = await db.articles.get(id);
      if (!a) return undefined;
      const claims = (await db.claims.where('articleId').equals(id).toArray()).sort((x, y) => x.n - y.n).map((c) => c.claim);
      return { ...summary(a), claims, text: a.text };
    },

    async check(claims, page = {}) {
      const index = await currentIndex();
      return index.check(claims, page as PageContext);
    },

    async search(query, options = {}) {
      const index = await currentIndex();
      const claims = extractClaims(query, {});
      return searchIndex(index, query, claims, options);
    },

    async topics() {
      return db.topics.toArray();
    },

    async reset(options, defaultPack) {
      parsePack(defaultPack);
      await db.transaction('rw', [db.articles, db.claims, db.topics, db.entities, db.meta], async () => {
        const drop = options.keepUserArticles ? await db.articles.where('origin').equals('default').primaryKeys() : await db.articles.toCollection().primaryKeys();
        for (const id of drop) await db.claims.where('articleId').equals(id).delete();
        await db.articles.bulkDelete(drop);
        if (!options.keepUserArticles) {
          await db.topics.clear();
          await db.entities.clear();
        }
        await db.meta.delete('defaultPack');
        await bump();
      });
      await corpus.ensureSeeded(defaultPack);
    },

    close() {
      cached = null;
      db.close();
    },
  };
  return corpus;
}

export type { Topic };
