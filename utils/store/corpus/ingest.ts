/**
 * Ingesting a pack: validate it and extract the claims it lacks, once (`prepare`, writing
 * nothing); then, inside the caller's write transaction, decide what it changes
 * (./import-plan.ts) and write it, keeping what it replaces for undo.
 */
import type { Claim } from '../../engine/claims/types';
import { textSketch } from '../../engine/matcher/index';
import { claimFromPack, parsePack, type Pack, type PackArticle, type PackTopic } from '../../engine/pack/index';
import { withArticleClaims } from '../../engine/pack/claims';
import { applyTopicEdits, type TopicEdits } from '../../engine/topics/edits';
import type { CorpusDb } from './db';
import { topicsKey } from './index-cache';
import { planArticles, planTopics, type ImportUndoRecord, type TopicChange } from './import-plan';
import type { ArticleRecord, ClaimSetRecord, EntityRecord, TopicRecord } from './schema';

/** The `meta` key of what the last import replaced (its undo). */
export const IMPORT_UNDO_KEY = 'importUndo';

/** The `meta` key of the person's topic edits (topic id → edits), laid over every topic written. */
export const TOPIC_EDITS_KEY = 'topicEdits';

/** Articles written per bulk put when an import reports its progress while writing. */
const WRITE_SLICE = 25;

/** A pack validated and its claims extracted, as records ready to write. */
export type Prepared = { pack: Pack; articles: { record: ArticleRecord; claims: Claim[] }[] };

/** A short, stable fingerprint of a text (a default pack, an import's article ids). */
export function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException('Import cancelled', 'AbortError');
}

/** Validate, extract missing claims (cancellable, with progress), and prepare records; writes nothing. */
export async function prepare(raw: unknown, options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; origin?: PackArticle['origin'] } = {}) {
  const pack = parsePack(raw);
  const total = pack.articles.length;
  const articles: { record: ArticleRecord; claims: Claim[] }[] = [];
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
  return { pack, articles };
}

/** The writes of ingestion, over the corpus's database; `bump` moves the index generation on. */
export function createIngest(db: CorpusDb, bump: () => Promise<number>) {
  function claimSet(articleId: string, claims: Claim[]): ClaimSetRecord {
    return { id: articleId, articleId, claims };
  }

  function entityRecords(topic: PackTopic): EntityRecord[] {
    return topic.entities.map((e) => ({
      ...e,
      key: `${topic.id}/${e.id}`,
      topic: topic.id,
      spellings: [...new Set([e.name, ...e.aliases].map((s) => s.toLowerCase()))],
    }));
  }

  async function topicEdits(): Promise<Record<string, TopicEdits>> {
    return ((await db.meta.get(TOPIC_EDITS_KEY))?.value as Record<string, TopicEdits> | undefined) ?? {};
  }

  /** Read what an import would touch and decide what it does (`import-plan.ts`); writes nothing. */
  async function planImport(prepared: Prepared, options: { replaceOwn: boolean; topics: 'merge' | 'replace' }) {
    const storedTopics = await db.topics.bulkGet(prepared.pack.topics.map((t) => t.id));
    // The person's edits first: a spelling they took out is not "new" in the pack.
    const edits = await topicEdits();
    const packTopics = prepared.pack.topics.map((t) => applyTopicEdits(t, edits[t.id]));
    const topics =
      options.topics === 'merge'
        ? planTopics(packTopics, storedTopics)
        : { writes: packTopics, changes: [] as TopicChange[] };
    // Same id, or same URL under another id: an update of that article. Looked up in two bulk reads.
    const records = prepared.articles.map((a) => a.record);
    const byId = await db.articles.bulkGet(records.map((r) => r.id));
    const urls = [...new Set(records.map((r) => r.url).filter((u): u is string => Boolean(u)))];
    const byUrl = new Map<string, ArticleRecord>();
    if (urls.length) await db.articles.where('url').anyOf(urls).each((a) => void (a.url && !byUrl.has(a.url) && byUrl.set(a.url, a)));
    const articles = planArticles(prepared.articles, { byId, byUrl }, options.replaceOwn);
    return { topics, articles, storedTopics: new Map(storedTopics.flatMap((t) => (t ? [[t.id, t] as const] : []))) };
  }

  /** Write a topic, with the person's edits laid over it, and its entity rows (derived from it), replacing what the topic had. */
  async function putTopic(written: TopicRecord) {
    const topic = applyTopicEdits(written, (await topicEdits())[written.id]);
    await db.topics.put(topic);
    await db.entities.where('topic').equals(topic.id).delete();
    await db.entities.bulkPut(entityRecords(topic));
  }

  async function removeTopic(id: string) {
    await db.topics.delete(id);
    await db.entities.where('topic').equals(id).delete();
  }

  /**
   * Write prepared articles in the current transaction, in bulk; returns counts and what changed.
   * With `undo`, what the import replaces is kept in `meta` so `undoImport` can put it back.
   */
  async function writeArticles(
    prepared: Prepared,
    options: { signal?: AbortSignal; replaceOwn?: boolean; topics?: 'merge' | 'replace'; undo?: boolean; onProgress?: (done: number, total: number) => void } = {},
  ) {
    const { signal } = options;
    const plan = await planImport(prepared, { replaceOwn: options.replaceOwn ?? false, topics: options.topics ?? 'replace' });
    const stamp = new Date().toISOString();
    const writes = plan.articles.writes.map((a) => ({ record: { ...a.record, addedAt: stamp }, claims: a.claims }));
    let undo: ImportUndoRecord | null = null;
    if (options.undo) {
      const ids = writes.map((a) => a.record.id);
      const [before, beforeClaims] = await Promise.all([db.articles.bulkGet(ids), db.claims.bulkGet(ids)]);
      undo = {
        id: `import-${stamp}-${hash(ids.join('\n'))}`,
        stamp,
        topics: plan.topics.writes.map((t) => ({ id: t.id, before: plan.storedTopics.get(t.id) ?? null })),
        articles: ids.map((id, k) => ({ id, before: before[k] ? { record: before[k]!, claims: beforeClaims[k]?.claims ?? [] } : null })),
      };
    }
    for (const topic of plan.topics.writes) await putTopic(topic);
    throwIfAborted(signal);
    const removed = plan.articles.replaced;
    // In slices, so a prepared pack's import reports progress as it writes; one transaction all the same.
    for (let i = 0; i < writes.length || i === 0; i += WRITE_SLICE) {
      const slice = writes.slice(i, i + WRITE_SLICE);
      await db.articles.bulkPut(slice.map((a) => a.record));
      await db.claims.bulkPut(slice.map((a) => claimSet(a.record.id, a.claims)));
      // Cancelled while writing: throwing here aborts the transaction, and nothing lands.
      throwIfAborted(signal);
      options.onProgress?.(Math.min(i + WRITE_SLICE, writes.length), writes.length);
    }
    if (undo) await db.meta.put({ key: IMPORT_UNDO_KEY, value: undo });
    const before = await bump();
    const claims = writes.reduce((n, a) => n + a.claims.length, 0);
    return {
      newArticles: plan.articles.newArticles,
      updatedArticles: plan.articles.updatedArticles,
      keptOwn: plan.articles.keptOwn,
      claims,
      undo: undo?.id ?? null,
      change: { before, topics: topicsKey(await db.topics.toArray()), removed, added: writes },
    };
  }

  return { putTopic, removeTopic, writeArticles, planImport, claimSet, topicEdits };
}
