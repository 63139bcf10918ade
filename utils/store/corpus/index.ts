/**
 * The corpus: articles, their claims and the topic entities, in IndexedDB (./db.ts, the only
 * Dexie user). Lives in the extension's own origin: the background, the popup and the options
 * page open it; the content script never does. This module is the repository: seeding,
 * importing (validated and extracted once: `preparePack`), undo, adding, deleting, export,
 * reset, checks and search over the matcher's index (./index-cache.ts).
 *
 * An article's claims are stored in one record (schema v2): IndexedDB's cost is per record and
 * per index entry, and the look-ups by unit, value and entity are served by the matcher's
 * in-memory index, not by IndexedDB indexes.
 */
import type { Claim } from '../../engine/claims/types';
import { compareIsoDates, compareIsoDatesNewestFirst, extractClaims } from '../../engine/claims/index';
import { claimToPack, isIsoDate, parsePack, PackError, PACK_FORMAT, PACK_VERSION, type Pack, type PackArticle } from '../../engine/pack/index';
import { detectTopic, type Topic } from '../../engine/topics/index';
import { addTopicEdit, TopicEditError, type TopicEdits } from '../../engine/topics/edits';
import type { TopicEdit } from '../../model/topic';
import { proposeTopic } from '../../engine/topics/propose';
import { textSketch, type ClaimCheck, type PageContext } from '../../engine/matcher/index';
import { searchIndex, type SearchOptions, type SearchResult } from '../../engine/matcher/search';
import type { ArticleChange, ImportUndoRecord, TopicChange } from './import-plan';
import type { ArticleRecord, ClaimRecord, ClaimSetRecord } from './schema';
import { storedUrl } from '../../model/url';
import { CORPUS_DB_NAME, CorpusDb, writeTransaction } from './db';
import { createIndexCache, topicsKey } from './index-cache';
import { createIngest, hash, IMPORT_UNDO_KEY, prepare, throwIfAborted, TOPIC_EDITS_KEY, type Prepared } from './ingest';

export { CORPUS_DB_NAME, CorpusFullError } from './db';

export { PackError } from '../../engine/pack/index';
export { TopicEditError, type EntityEdit, type TopicEdits } from '../../engine/topics/edits';
export type { ClaimCheck, ReportLine } from '../../engine/matcher/index';
export type { SearchOptions, SearchResult, TimelineStep } from '../../engine/matcher/search';
export type { ArticleRecord, ClaimRecord, ClaimSetRecord } from './schema';
export { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
export type { ArticleChange, ArticleChangeKind, TopicChange } from './import-plan';

/** A pack validated and its claims extracted (`Corpus.preparePack`); opaque outside the corpus. */
export interface PreparedPack {
  readonly articles: number;
  readonly claims: number;
}

const preparedPacks = new WeakMap<PreparedPack, Prepared>();



/** The default database name. */

/** Topic given to a user's article that matches no known topic. */
export const GENERAL_TOPIC: Topic = { id: 'general', name: 'Other articles', entities: [] };
/** How many of the general topic's articles (the most recently added) its proposed entities come from. */
const GENERAL_PROPOSAL_ARTICLES = 200;

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
  /** The user's own articles the pack would have replaced, left as they were. */
  keptOwn: number;
  topics: number;
  /** Gives `undoImport` what it needs: the import's id (what it replaced stays in the corpus). */
  undo: string;
}

/** A deleted article with its claims, for undo (`restoreArticle`). */
export interface DeletedArticle {
  article: ArticleRecord;
  /** Its claims, one record each (the undo token's shape, checked by the messaging contract). */
  claims: ClaimRecord[];
}

/** What a pack would change, shown before importing it. */
export interface PackPreview {
  articles: number;
  claims: number;
  newOutlets: string[];
  newArticles: number;
  updatedArticles: number;
  /** The user's own articles the pack has the address of (kept unless the import says replaceOwn). */
  ownArticles: number;
  /** Every article and topic the import would change, and how. */
  changes: { articles: ArticleChange[]; topics: TopicChange[] };
}

/** Options of `importPack`. */
export interface ImportOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Replace the user's own articles that have the address of a pack article (default: keep them). */
  replaceOwn?: boolean;
}

/** The corpus API. Every method may be called from any extension context. */
export interface Corpus {
  /** First run loads the default pack once; a changed default pack replaces the default articles and keeps the user's. */
  ensureSeeded(defaultPack: unknown): Promise<{ seeded: boolean }>;
  /**
   * Validate a pack and extract its claims, writing nothing: the work the preview and the import
   * share, done once (`previewPack` and `importPack` take its result as well as a raw pack).
   * Throws `PackError`.
   */
  preparePack(raw: unknown, options?: Pick<ImportOptions, 'onProgress' | 'signal'>): Promise<PreparedPack>;
  /** Validate a pack (or take a prepared one) and say what importing it would change. Throws `PackError`. */
  previewPack(raw: unknown): Promise<PackPreview>;
  /** Import a pack (or a prepared one): it lands whole, in one transaction, or changes nothing (bad pack, abort). */
  importPack(raw: unknown, options?: ImportOptions): Promise<ImportSummary>;
  /**
   * Undo the last import (its `undo` id), in one transaction: every article and topic it wrote
   * goes back to what it was, or away when it was new. An article changed since (added again,
   * restored) is left as it is now. Throws when that import is no longer the last one.
   */
  undoImport(id: string): Promise<{ articles: number; topics: number }>;
  /**
   * Make one edit of a topic (rename; set, merge, split, remove or restore an entity), kept across
   * imports and resets (./ingest.ts lays it over every topic written). Resolves with the topic as
   * stored; throws `TopicEditError` (nothing changed) when the edit cannot be made.
   */
  editTopic(topicId: string, edit: TopicEdit): Promise<Topic>;
  /** The person's edits of each topic (the removed and merged entities are only here). */
  topicEdits(): Promise<Record<string, TopicEdits>>;
  /** The corpus (or one topic of it) as a pack, claims included. */
  exportPack(options?: { topic?: string }): Promise<Pack>;
  /** Add the article the reader is on; the same URL twice updates it, and so does `replaces` (an id `findDuplicate` gave). */
  addArticle(input: AddArticleInput): Promise<{ id: string; claims: number; updated: boolean }>;
  /** The stored article that is this page (same URL, or near-identical text under another address), or undefined. */
  findDuplicate(page: { url?: string; text: string }): Promise<ArticleSummary | undefined>;
  deleteArticle(id: string): Promise<DeletedArticle>;
  /** Undo a delete. */
  restoreArticle(deleted: DeletedArticle): Promise<void>;
  listArticles(filter?: { outlet?: string; text?: string }): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<(ArticleSummary & { claims: Claim[]; text: string }) | undefined>;
  /** The other reports of each claim; the page's own report (same URL or near-identical text) is left out. */
  check(claims: Claim[], page?: { url?: string; text?: string; published?: string }): Promise<ClaimCheck[]>;
  /**
   * Number-, alias- and typo-tolerant search, results grouped by figure with their timeline;
   * `reports` caps the reports listed per figure (oldest first; `reportCount` has them all),
   * `steps` the timeline steps (the first and the latest; `stepCount` has them all).
   */
  search(query: string, options?: SearchOptions): Promise<SearchResult[]>;
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
  /** The id of a stored article this page is (found by `findDuplicate`): updated in place. */
  replaces?: string;
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

/**
 * A page's language as a pack stores it ("EN_us" is "en-us"); a tag the pack format cannot carry
 * is read as English, as the engine reads it, rather than refusing the page.
 */
function packLanguage(tag: string | undefined): string {
  const [primary = '', ...rest] = (tag ?? '').trim().replace(/_/g, '-').split('-');
  const normal = [primary.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(normal) ? normal : 'en';
}

/** A page's date as a pack stores it: an ISO date, its day when the rest is not ISO, or null. */
function packDate(date: string | undefined): string | null {
  if (!date) return null;
  if (isIsoDate(date)) return date;
  return isIsoDate(date.slice(0, 10)) ? date.slice(0, 10) : null;
}


/** Open (lazily; nothing happens until the first call) the corpus database. */
export function openCorpus(
  options: {
    name?: string;
    indexedDB?: IDBFactory;
    IDBKeyRange?: typeof IDBKeyRange;
    /** Called with the topics after a write that changed them (seeding, an import, a reset). */
    onTopicsChanged?: (topics: Topic[]) => void;
  } = {},
): Corpus {
  const db = new CorpusDb(options.name ?? CORPUS_DB_NAME, options);
  const { currentIndex, applyToIndex, prewarm, bump, forget } = createIndexCache(db);
  const write = writeTransaction(db, topicsKey, options.onTopicsChanged);
  const { putTopic, removeTopic, writeArticles, planImport, claimSet, topicEdits } = createIngest(db, bump);

  /**
   * The topic of the articles no other topic takes, proposed from them and the one being added
   * (the most recent GENERAL_PROPOSAL_ARTICLES): two pages of a new story added by hand make a
   * topic a third page of it is found to be on.
   */
  async function proposedGeneralTopic(adding: { id: string; text: string; language: string; outlet: string }): Promise<Topic> {
    const others = (await db.articles.where('topic').equals(GENERAL_TOPIC.id).toArray())
      .filter((a) => a.id !== adding.id)
      .sort((a, b) => (b.addedAt ?? '').localeCompare(a.addedAt ?? ''))
      .slice(0, GENERAL_PROPOSAL_ARTICLES - 1);
    const proposed = proposeTopic([adding, ...others], { id: GENERAL_TOPIC.id });
    return { ...GENERAL_TOPIC, entities: proposed.entities, ...(proposed.requires ? { requires: proposed.requires } : {}) };
  }

  const corpus: Corpus = {
    async ensureSeeded(defaultPack) {
      const fingerprint = hash(typeof defaultPack === 'string' ? defaultPack : JSON.stringify(defaultPack));
      const seededWith = (await db.meta.get('defaultPack'))?.value;
      if (seededWith === fingerprint) return { seeded: false };
      const prepared = await prepare(defaultPack, { origin: 'default' });
      const result = await write([db.articles, db.claims, db.topics, db.entities, db.meta], async () => {
        // Another context may have seeded meanwhile.
        if ((await db.meta.get('defaultPack'))?.value === fingerprint) return { seeded: false, change: null };
        const keep = new Set(prepared.articles.map((a) => a.record.id));
        const stale = await db.articles.where('origin').equals('default').filter((a) => !keep.has(a.id)).primaryKeys();
        await db.claims.bulkDelete(stale);
        await db.articles.bulkDelete(stale);
        // The default pack is the built-in topic's source: its topics replace the stored ones.
        const { change } = await writeArticles(prepared, { topics: 'replace', replaceOwn: false });
        await db.meta.put({ key: 'defaultPack', value: fingerprint });
        await db.meta.delete(IMPORT_UNDO_KEY);
        return { seeded: true, change: { ...change, removed: [...stale, ...change.removed] } };
      });
      if (result.change) applyToIndex(result.change);
      return { seeded: result.seeded };
    },

    async preparePack(raw, options = {}) {
      const prepared = await prepare(raw, options);
      const handle: PreparedPack = Object.freeze({ articles: prepared.articles.length, claims: prepared.articles.reduce((n, a) => n + a.claims.length, 0) });
      preparedPacks.set(handle, prepared);
      return handle;
    },

    async previewPack(raw) {
      const prepared = preparedPacks.get(raw as PreparedPack) ?? (await prepare(raw));
      const outlets = new Set<string>();
      await db.articles.each((a) => void outlets.add(a.outlet));
      const plan = await db.transaction('r', [db.articles, db.topics, db.meta], () => planImport(prepared, { replaceOwn: false, topics: 'merge' }));
      const changes = plan.articles.changes;
      return {
        articles: prepared.articles.length,
        claims: prepared.articles.reduce((n, a) => n + a.claims.length, 0),
        newOutlets: [...new Set(prepared.articles.map((a) => a.record.outlet))].filter((o) => !outlets.has(o)),
        newArticles: changes.filter((c) => c.change === 'new').length,
        updatedArticles: changes.filter((c) => c.change === 'updated').length,
        ownArticles: plan.articles.keptOwn,
        changes: { articles: changes, topics: plan.topics.changes },
      };
    },

    async importPack(raw, options = {}) {
      // A prepared pack (the preview's) extracts nothing now: its progress is the writing's.
      const planned = preparedPacks.get(raw as PreparedPack);
      const prepared = planned ?? (await prepare(raw, options));
      throwIfAborted(options.signal);
      const { change, undo, ...counts } = await write([db.articles, db.claims, db.topics, db.entities, db.meta], () =>
        writeArticles(prepared, { signal: options.signal, replaceOwn: options.replaceOwn ?? false, topics: 'merge', undo: true, onProgress: planned && options.onProgress }),
      );
      applyToIndex(change);
      prewarm();
      return { articles: prepared.articles.length, topics: prepared.pack.topics.length, ...counts, undo: undo! };
    },

    async undoImport(id) {
      const change = await write([db.articles, db.claims, db.topics, db.entities, db.meta], async () => {
        const undo = (await db.meta.get(IMPORT_UNDO_KEY))?.value as ImportUndoRecord | undefined;
        if (!undo || undo.id !== id) throw new Error('this import can no longer be undone (another import or a reset came after it)');
        const current = await db.articles.bulkGet(undo.articles.map((a) => a.id));
        // An article written again since the import (added, restored) is the user's newer word: leave it.
        const revert = undo.articles.filter((a, k) => !current[k] || current[k]!.addedAt === undo.stamp);
        const restore = revert.flatMap((a) => (a.before ? [a.before] : []));
        const drop = revert.filter((a) => !a.before).map((a) => a.id);
        await db.articles.bulkDelete(drop);
        await db.claims.bulkDelete(drop);
        await db.articles.bulkPut(restore.map((a) => a.record));
        await db.claims.bulkPut(restore.map((a) => claimSet(a.record.id, a.claims)));
        for (const topic of undo.topics) await (topic.before ? putTopic(topic.before) : removeTopic(topic.id));
        await db.meta.delete(IMPORT_UNDO_KEY);
        const before = await bump();
        return { before, topics: topicsKey(await db.topics.toArray()), removed: revert.map((a) => a.id), added: restore, counts: { articles: revert.length, topics: undo.topics.length } };
      });
      applyToIndex(change);
      return change.counts;
    },

    async editTopic(topicId, edit) {
      return write([db.topics, db.entities, db.meta], async () => {
        const topic = await db.topics.get(topicId);
        if (!topic) throw new TopicEditError(`no topic "${topicId}"`);
        const edits = await topicEdits();
        const mine = addTopicEdit(topic, edits[topicId], edit);
        await db.meta.put({ key: TOPIC_EDITS_KEY, value: { ...edits, [topicId]: mine } });
        // A removed or merged entity is gone from the stored topic; restoring one writes it back from the edit.
        await putTopic(topic);
        // A new generation: the matcher's index (built with the old spellings) is built again on next use.
        await bump();
        return (await db.topics.get(topicId))!;
      });
    },

    async topicEdits() {
      return db.transaction('r', [db.meta], () => topicEdits());
    },

    async exportPack(options = {}) {
      const [articles, topics] = await Promise.all([
        options.topic ? db.articles.where('topic').equals(options.topic).toArray() : db.articles.toArray(),
        db.topics.toArray(),
      ]);
      // Oldest first, a coarse date ("2023-10") at its first day, before finer dates within it; ties and undated (last) by id.
      articles.sort((a, b) => compareIsoDates(a.published, b.published) || a.id.localeCompare(b.id));
      const used = new Set(articles.map((a) => a.topic));
      const sets = await db.claims.bulkGet(articles.map((a) => a.id));
      const out: PackArticle[] = articles.map((a, k) => {
        const { sketch: _s, claimCount: _c, addedAt: _d, ...rest } = a;
        return { ...rest, claims: (sets[k]?.claims ?? []).map(claimToPack) };
      });
      const packTopics = topics.filter((t) => used.has(t.id) || (!options.topic && t.id !== GENERAL_TOPIC.id)).sort((a, b) => a.id.localeCompare(b.id));
      return parsePack({ format: PACK_FORMAT, version: PACK_VERSION, topics: packTopics, articles: out });
    },

    async addArticle(input) {
      const text = input.text.trim();
      if (!text) throw new PackError('the article has no text');
      const url = input.url ? storedUrl(input.url) : null;
      const topics = await db.topics.toArray();
      const topic = detectTopic(text, topics)?.topicId ?? GENERAL_TOPIC.id;
      const language = packLanguage(input.language);
      const published = packDate(input.published);
      const claims = extractClaims(text, { published: published ?? undefined, language });
      const result = await write([db.articles, db.claims, db.topics, db.entities, db.meta], async () => {
        const existing = (input.replaces ? await db.articles.get(input.replaces) : undefined) ?? (url ? await db.articles.where('url').equals(url).first() : undefined);
        const id = existing?.id ?? (url ? `url-${hash(url)}` : `user-${hash(text)}`);
        if (topic === GENERAL_TOPIC.id) await putTopic(await proposedGeneralTopic({ id, text, language, outlet: input.outlet }));
        const record: ArticleRecord = {
          id,
          file: null,
          topic,
          outlet: input.outlet,
          title: input.title ?? null,
          url,
          published,
          language,
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
        await db.claims.put(claimSet(id, claims));
        const before = await bump();
        const change = { before, topics: topicsKey(await db.topics.toArray()), removed: existing ? [existing.id] : [], added: [{ record, claims }] };
        return { id, claims: claims.length, updated: Boolean(existing), change };
      });
      applyToIndex(result.change);
      return { id: result.id, claims: result.claims, updated: result.updated };
    },

    async findDuplicate(page) {
      const url = page.url ? storedUrl(page.url) : null;
      const byUrl = url ? await db.articles.where('url').equals(url).first() : undefined;
      if (byUrl) return summary(byUrl);
      const id = (await currentIndex()).sameArticle({ text: page.text });
      const found = id ? await db.articles.get(id) : undefined;
      return found ? summary(found) : undefined;
    },

    async deleteArticle(id) {
      const { deleted, change } = await write([db.articles, db.claims, db.topics, db.meta], async () => {
        const article = await db.articles.get(id);
        if (!article) throw new Error(`no article "${id}"`);
        const claims = (await db.claims.get(id))?.claims ?? [];
        await db.claims.delete(id);
        await db.articles.delete(id);
        const before = await bump();
        const records: ClaimRecord[] = claims.map((claim, n) => ({ id: `${id}#${n}`, articleId: id, n, unit: claim.unit, low: claim.low, high: claim.high, entities: [], claim }));
        return { deleted: { article, claims: records }, change: { before, topics: topicsKey(await db.topics.toArray()), removed: [id], added: [] } };
      });
      applyToIndex(change);
      return deleted;
    },

    async restoreArticle(deleted) {
      if (!Array.isArray(deleted?.claims) || typeof deleted.article?.id !== 'string') throw new Error('not an article to restore');
      const { article } = deleted;
      const claims = [...deleted.claims].sort((a, b) => a.n - b.n).map((c) => c.claim);
      const change = await write([db.articles, db.claims, db.topics, db.meta], async () => {
        const replaced = await db.articles.get(article.id);
        await db.articles.put(article);
        await db.claims.put(claimSet(article.id, claims));
        const before = await bump();
        return { before, topics: topicsKey(await db.topics.toArray()), removed: replaced ? [article.id] : [], added: [{ record: article, claims }] };
      });
      applyToIndex(change);
    },

    async listArticles(filter = {}) {
      const needle = filter.text?.toLowerCase();
      const rows = await (filter.outlet ? db.articles.where('outlet').equals(filter.outlet) : db.articles.toCollection())
        .filter((a) => !needle || [a.title ?? '', a.outlet, a.text].some((s) => s.toLowerCase().includes(needle)))
        .toArray();
      // Newest first: "2023-10-14", "2023-10", "2023" (a coarse date at its first day); ties and undated (last) by id.
      rows.sort((a, b) => compareIsoDatesNewestFirst(a.published, b.published) || a.id.localeCompare(b.id));
      return rows.map(summary);
    },

    async getArticle(id) {
      const a = await db.articles.get(id);
      if (!a) return undefined;
      const claims = (await db.claims.get(id))?.claims ?? [];
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
      await write([db.articles, db.claims, db.topics, db.entities, db.meta], async () => {
        const drop = options.keepUserArticles ? await db.articles.where('origin').equals('default').primaryKeys() : await db.articles.toCollection().primaryKeys();
        await db.claims.bulkDelete(drop);
        await db.articles.bulkDelete(drop);
        if (!options.keepUserArticles) {
          await db.topics.clear();
          await db.entities.clear();
        }
        await db.meta.delete('defaultPack');
        await db.meta.delete(IMPORT_UNDO_KEY);
        await bump();
      });
      await corpus.ensureSeeded(defaultPack);
    },

    close() {
      forget();
      db.close();
    },
  };
  return corpus;
}

export type { Topic };
