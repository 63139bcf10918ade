/**
 * The valibot schema of every message's request (./messages.ts), and the parser the background
 * runs on each incoming message. Only the background imports this (valibot stays out of the
 * content bundle).
 */
import * as v from 'valibot';
import { parseIsoDate } from '../model/dates';
import type { Envelope, MessageName, RequestOf } from './messages';
import { MAX_OPENING_CHARS, MAX_PAGE_TEXT_CHARS } from './messages';

// The undo token is what deleteArticle returned (the stored article and its claims); it comes back
// from a page, so its shape is checked before the corpus puts it back. Bounds may arrive as null:
// JSON messaging turns an open (infinite) bound into null.
const looseBound = v.nullable(v.union([v.number(), v.pipe(v.string(), v.maxLength(64))]));
const deletedArticleToken = v.pipe(
  v.object({
    article: v.looseObject({
      id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
      topic: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
      outlet: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
      title: v.nullable(v.string()),
      url: v.nullable(v.pipe(v.string(), v.maxLength(4_000))),
      published: v.nullable(v.pipe(v.string(), v.maxLength(64))),
      language: v.pipe(v.string(), v.maxLength(35)),
      byline: v.nullable(v.string()),
      origin: v.picklist(['default', 'user', 'import']),
      text: v.pipe(v.string(), v.minLength(1), v.maxLength(5_000_000)),
      sketch: v.array(v.number()),
      claimCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
      addedAt: v.string(),
    }),
    claims: v.array(
      v.looseObject({
        id: v.string(),
        articleId: v.string(),
        n: v.pipe(v.number(), v.integer(), v.minValue(0)),
        unit: v.string(),
        low: looseBound,
        high: looseBound,
        entities: v.array(v.string()),
        claim: v.looseObject({ quote: v.string(), start: v.number(), end: v.number(), value: looseBound, low: looseBound, high: looseBound, unit: v.string(), sentence: v.string() }),
      }),
    ),
  }),
  v.check((t) => t.claims.every((c) => c.articleId === t.article.id), 'every claim must belong to the article'),
);

/**
 * Request schemas, one per message. The background refuses anything that does not parse; the
 * bounds keep a hostile page from making the background parse or store something huge.
 */
const entityId = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

export const requestSchemas: { [N in MessageName]: v.GenericSchema<unknown, RequestOf<N>> } = {
  checkPage: v.object({
    text: v.pipe(v.string(), v.maxLength(MAX_PAGE_TEXT_CHARS)),
    url: v.optional(v.pipe(v.string(), v.maxLength(4_000))),
    title: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
    topic: v.optional(v.pipe(v.string(), v.maxLength(300))),
    opening: v.optional(v.pipe(v.string(), v.maxLength(MAX_OPENING_CHARS))),
    published: v.optional(v.pipe(v.string(), v.maxLength(64))),
    language: v.optional(v.pipe(v.string(), v.maxLength(35))),
    skipEntities: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(1_000))),
    markUnmatched: v.optional(v.boolean()),
  }),
  getTopics: v.pipe(
    v.optional(v.object({}), {}),
    v.transform(() => ({}) as Record<string, never>),
  ),
  searchCorpus: v.object({ query: v.pipe(v.string(), v.maxLength(500)), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))) }),
  addArticle: v.object({
    url: v.nullable(v.pipe(v.string(), v.maxLength(4_000), v.regex(/^https?:\/\//i, 'url must be http(s)'))),
    outlet: v.pipe(v.string(), v.trim(), v.minLength(1, 'outlet must not be empty'), v.maxLength(300)),
    title: v.nullable(v.pipe(v.string(), v.maxLength(2_000))),
    published: v.nullable(v.pipe(v.string(), v.maxLength(64), v.check((s) => parseIsoDate(s) !== null, 'published must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)'))),
    language: v.pipe(v.string(), v.maxLength(35)),
    byline: v.nullable(v.pipe(v.string(), v.maxLength(1_000))),
    text: v.pipe(v.string(), v.minLength(1, 'the article has no text'), v.maxLength(5_000_000)),
    replaces: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(300))),
  }),
  findArticle: v.object({
    url: v.nullable(v.pipe(v.string(), v.maxLength(4_000))),
    text: v.pipe(v.string(), v.maxLength(5_000_000)),
  }),
  listArticles: v.object({ outlet: v.optional(v.pipe(v.string(), v.maxLength(300))), text: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
  getArticle: v.object({ id: v.pipe(v.string(), v.maxLength(300)) }),
  deleteArticle: v.object({ id: v.pipe(v.string(), v.maxLength(300)) }),
  restoreArticle: v.object({ token: deletedArticleToken }) as v.GenericSchema<unknown, { token: unknown }>,
  undoImport: v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)) }),
  editTopic: v.object({
    topic: v.pipe(v.string(), v.maxLength(300)),
    edit: v.variant('kind', [
      v.object({ kind: v.literal('rename'), name: v.pipe(v.string(), v.trim(), v.minLength(1, 'the name must not be empty'), v.maxLength(200)) }),
      v.object({
        kind: v.literal('spellings'),
        entity: entityId,
        name: v.pipe(v.string(), v.trim(), v.minLength(1, 'the name must not be empty'), v.maxLength(200)),
        aliases: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.maxLength(200))), v.maxLength(100)),
      }),
      v.object({ kind: v.literal('merge'), entity: entityId, into: entityId }),
      v.object({ kind: v.literal('split'), entity: entityId, spelling: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)) }),
      v.object({ kind: v.literal('remove'), entity: entityId }),
      v.object({ kind: v.literal('restore'), entity: entityId }),
    ]),
  }),
  getTopicEdits: v.pipe(
    v.optional(v.object({}), {}),
    v.transform(() => ({}) as Record<string, never>),
  ),
  exportPack: v.object({ topic: v.optional(v.pipe(v.string(), v.maxLength(300))) }),
  resetCorpus: v.object({ keepUserArticles: v.boolean() }),
};

/**
 * Validates a raw incoming message. Returns the typed envelope, or an error string saying
 * what is wrong (unknown type, or the first bad field).
 */
export function parseEnvelope(raw: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'message is not an object' };
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(requestSchemas, type)) {
    return { ok: false, error: `unknown message type ${JSON.stringify(String(type)).slice(0, 80)}` };
  }
  const result = v.safeParse(requestSchemas[type as MessageName], (raw as { data?: unknown }).data);
  if (!result.success) {
    const issue = result.issues[0];
    const where = v.getDotPath(issue) ?? 'data';
    return { ok: false, error: `bad ${type} request at ${where}: ${issue.message}` };
  }
  return { ok: true, envelope: { type: type as MessageName, data: result.output as never } };
}
