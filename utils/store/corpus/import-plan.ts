/**
 * What an import would change, decided before anything is written: the preview lists it and the
 * import writes exactly it. Pure functions over what the corpus already holds (the caller reads
 * the stored records), so the preview and the import can never disagree.
 */
import type { Claim } from '../../engine/claims/types';
import type { ArticleChangeKind, ArticleChangeView, TopicChangeView } from '../../model/view-models';
import type { PackTopic } from '../../engine/pack/index';
import type { ArticleRecord, TopicRecord } from './schema';

export type { ArticleChangeKind } from '../../model/view-models';

/** One article an import changes, as the preview names it, and whether the import leaves it as it is (the user's own, kept). */
export interface ArticleChange extends ArticleChangeView {
  kept: boolean;
}

/** One topic an import creates or adds to (the preview's shape). A stored topic is merged, never replaced. */
export type TopicChange = TopicChangeView;

export interface PreparedArticle {
  record: ArticleRecord;
  claims: Claim[];
}

/** The articles to write (last one of an id stands) and every change, in pack order. */
export interface ArticlePlan {
  writes: PreparedArticle[];
  changes: ArticleChange[];
  newArticles: number;
  updatedArticles: number;
  /** The user's own articles the pack would replace but leaves alone (replaceOwn off). */
  keptOwn: number;
  /** Stored articles the import overwrites (their ids). */
  replaced: string[];
}

/**
 * Decide, for each pack article, what it does: the same id or the same URL as a stored article
 * is an update of that one; the user's own article is kept unless `replaceOwn`.
 */
export function planArticles(
  prepared: readonly PreparedArticle[],
  stored: { byId: (ArticleRecord | undefined)[]; byUrl: Map<string, ArticleRecord> },
  replaceOwn: boolean,
): ArticlePlan {
  const plan: ArticlePlan = { writes: [], changes: [], newArticles: 0, updatedArticles: 0, keptOwn: 0, replaced: [] };
  const written = new Map<string, PreparedArticle>();
  const seenUrl = new Map<string, string>();
  const replaced = new Set<string>();
  prepared.forEach((article, k) => {
    const { record } = article;
    const existing = stored.byId[k] ?? (record.url ? stored.byUrl.get(record.url) : undefined);
    const id = existing?.id ?? (record.url && seenUrl.get(record.url)) ?? record.id;
    const own = existing?.origin === 'user';
    const change: ArticleChangeKind = own ? 'replaces-own' : existing || written.has(id) ? 'updated' : 'new';
    const kept = own && !replaceOwn;
    const was = existing ? { title: existing.title, outlet: existing.outlet } : null;
    plan.changes.push({ id, title: record.title, outlet: record.outlet, url: record.url, change, stored: was, kept });
    if (kept) {
      plan.keptOwn++;
      return;
    }
    if (existing) replaced.add(existing.id);
    if (change === 'new') plan.newArticles++;
    else plan.updatedArticles++;
    if (record.url) seenUrl.set(record.url, id);
    // The same article twice in one pack: the last one stands, as when written one by one.
    written.delete(id);
    written.set(id, { record: { ...record, id }, claims: article.claims });
  });
  plan.writes = [...written.values()];
  plan.replaced = [...replaced];
  return plan;
}

/**
 * A pack topic over a stored one of the same id. What a user expects: nothing they have is lost
 * or renamed. The stored name, `requires` and every stored entity's name, kind, links and weight
 * stay; the pack's new entities are added, and its other spellings of a known entity (its name
 * and aliases) become aliases; term groups the topic lacks are added.
 */
export function mergeTopic(stored: TopicRecord, pack: PackTopic): { topic: TopicRecord; change: TopicChange | null } {
  const entities = stored.entities.map((e) => ({ ...e, aliases: [...e.aliases] }));
  const byId = new Map(entities.map((e) => [e.id, e]));
  let newEntities = 0;
  let newAliases = 0;
  for (const entity of pack.entities) {
    const mine = byId.get(entity.id);
    if (!mine) {
      entities.push(entity);
      byId.set(entity.id, entity);
      newEntities++;
      continue;
    }
    const known = new Set([mine.name, ...mine.aliases].map((s) => s.toLowerCase()));
    for (const spelling of [entity.name, ...entity.aliases]) {
      if (known.has(spelling.toLowerCase())) continue;
      known.add(spelling.toLowerCase());
      mine.aliases.push(spelling);
      newAliases++;
    }
  }
  const terms = [...(stored.terms ?? [])];
  const knownTerms = new Set(terms.map((group) => JSON.stringify(group)));
  const addedTerms = (pack.terms ?? []).filter((group) => !knownTerms.has(JSON.stringify(group)));
  terms.push(...addedTerms);
  const topic: TopicRecord = { ...stored, entities, ...(terms.length ? { terms } : {}) };
  const changed = newEntities + newAliases + addedTerms.length > 0;
  return { topic, change: changed ? { id: stored.id, name: stored.name, change: 'merged', newEntities, newAliases, newTerms: addedTerms.length } : null };
}

/** The topics an import writes (merged where one is stored) and the ones it changes. */
export function planTopics(pack: readonly PackTopic[], stored: (TopicRecord | undefined)[]): { writes: TopicRecord[]; changes: TopicChange[] } {
  const writes: TopicRecord[] = [];
  const changes: TopicChange[] = [];
  pack.forEach((topic, k) => {
    const before = stored[k];
    if (!before) {
      writes.push(topic);
      changes.push({ id: topic.id, name: topic.name, change: 'new', newEntities: topic.entities.length, newAliases: 0, newTerms: topic.terms?.length ?? 0 });
      return;
    }
    const merged = mergeTopic(before, topic);
    if (!merged.change) return;
    writes.push(merged.topic);
    changes.push(merged.change);
  });
  return { writes, changes };
}

/** What the last import replaced, kept in the corpus so it can be undone (a token of its id goes to the page). */
export interface ImportUndoRecord {
  id: string;
  /** The `addedAt` of every article the import wrote: one changed since is left as the user made it. */
  stamp: string;
  topics: { id: string; before: TopicRecord | null }[];
  articles: { id: string; before: PreparedArticle | null }[];
}
