/**
 * THE contract for cross-context messages (content script / popup / options → background).
 * Every message is declared once here: a line of doc, its request and response types, and a
 * valibot schema the background validates each incoming request against. To add a message,
 * add an entry to `MessageMap` and to `requestSchemas`; TypeScript refuses one without the other.
 *
 * Wire format: `{ type, data }` in, `{ ok: true, data } | { ok: false, error }` out.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ArticleDetailView, ArticleRowView, FigureGroupView, ImportResultView, PackPreviewView } from '../model/view-models';
import type { ClaimCheck } from '../model/report';
import type { Topic } from '../model/topic';

export type { ClaimCheck, ReportLine } from '../model/report';

/** The most article text one checkPage request carries; the content script sends longer articles in pieces. */
export const MAX_PAGE_TEXT_CHARS = 200_000;
/** The most of the article's opening a request carries (the corpus's wire sketch reads about 15,000 characters). */
export const MAX_OPENING_CHARS = 20_000;
/** How much of an article the topic is judged on (with the title), in the page and in the background: a story names its subject early. */
export const TOPIC_SAMPLE_CHARS = 20_000;

/**
 * The request of `checkPage`: a piece of a page's article text (the whole article, unless it is
 * long). The background decides the topic, extracts the claims and checks them (utils/check-page.ts).
 */
export interface CheckPageRequest {
  /** The article text, or a piece of it; the reply's offsets refer to it. */
  text: string;
  /** The page's URL, so the corpus can leave the page's own report out. */
  url?: string;
  /** The page's title: with the text, what the topic is decided from. */
  title?: string;
  /** The topic already found for this view; without it the background decides (and may say none). */
  topic?: string;
  /** The article's opening, when `text` is a later piece: how the page's own report is recognised. */
  opening?: string;
  /** The page's publication date (ISO), when the page states one. */
  published?: string;
  /** The page's language (`<html lang>`). */
  language?: string;
  /** Entities already marked in this view: their spellings are not marked again. */
  skipEntities?: string[];
  /** Also return figures no other report states (the options page's `tally:markUnmatched`). */
  markUnmatched?: boolean;
}

/** An entity written one way on the page and other ways elsewhere ("Rason": also Najin, Rajin). */
export interface PageMention {
  start: number;
  end: number;
  entityId: string;
  /** The spelling as written. */
  spelling: string;
  /** The entity's other spellings. */
  aliases: string[];
}

/** The answer to `checkPage`. */
export interface CheckPageReply {
  /** The page's topic id, or null when the page is on no topic the corpus knows (nothing else is done). */
  topic: string | null;
  words: number;
  /** How many figures the engine read in the text (matched or not). */
  claims: number;
  /** The figures to mark, with their other reports; offsets into the request's text. */
  checks: ClaimCheck[];
  /** Entity spellings to mark. */
  mentions: PageMention[];
}

/** The request of `addArticle`: what "add this page to the corpus" stores. */
export interface AddArticleRequest {
  url: string | null;
  outlet: string;
  title: string | null;
  /** ISO date, or null. */
  published: string | null;
  language: string;
  byline: string | null;
  text: string;
}

/** Every message: name → { request, response }. Others add their messages here. */
export interface MessageMap {
  /** Check a page's article against the corpus; one batch per page (or per new content). */
  checkPage: { request: CheckPageRequest; response: CheckPageReply };
  /** The topics (with entities and aliases) the corpus knows; asked once per page, for a cheap first look. */
  getTopics: { request: Record<string, never>; response: Topic[] };
  // Popup and options page (the corpus's UI). Handlers: utils/ui/corpus-handlers.ts.
  /** Search the corpus as the user types: number-, alias- and typo-aware; one group per figure. */
  searchCorpus: { request: { query: string; limit?: number }; response: FigureGroupView[] };
  /** Store a page as the user's own article (same URL updates it); its claims are extracted. */
  addArticle: { request: AddArticleRequest; response: { id: string; claims: number; updated: boolean } };
  /** The corpus's articles, newest first, filtered by outlet and by words of the title or text. */
  listArticles: { request: { outlet?: string; text?: string }; response: ArticleRowView[] };
  /** One article with its claims, or null when there is no such article. */
  getArticle: { request: { id: string }; response: ArticleDetailView | null };
  /** Delete an article; the token brings it back with `restoreArticle` (undo). */
  deleteArticle: { request: { id: string }; response: { token: unknown } };
  /** Undo a delete. */
  restoreArticle: { request: { token: unknown }; response: { id: string } };
  /** Undo the last import (the id its result gave); it fails when another import or a reset came after it. */
  undoImport: { request: { id: string }; response: { articles: number; topics: number } };
  /** The corpus, or one topic of it, as a pack's JSON text. */
  exportPack: { request: { topic?: string }; response: { json: string } };
  /** Replace the corpus with the default pack, keeping the user's own articles or not. */
  resetCorpus: { request: { keepUserArticles: boolean }; response: { articles: number } };
}

export type MessageName = keyof MessageMap;
/** The messages a content script (that is, any web page's tab) may send; the rest need an extension page. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>(['checkPage', 'getTopics']);
export type RequestOf<N extends MessageName> = MessageMap[N]['request'];
export type ResponseOf<N extends MessageName> = MessageMap[N]['response'];
/** What travels from a sender to the background. */
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  data: RequestOf<N>;
}
/** What the background answers. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

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
    published: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}/, 'published must be an ISO date'), v.maxLength(64))),
    language: v.pipe(v.string(), v.maxLength(35)),
    byline: v.nullable(v.pipe(v.string(), v.maxLength(1_000))),
    text: v.pipe(v.string(), v.minLength(1, 'the article has no text'), v.maxLength(5_000_000)),
  }),
  listArticles: v.object({ outlet: v.optional(v.pipe(v.string(), v.maxLength(300))), text: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
  getArticle: v.object({ id: v.pipe(v.string(), v.maxLength(300)) }),
  deleteArticle: v.object({ id: v.pipe(v.string(), v.maxLength(300)) }),
  restoreArticle: v.object({ token: deletedArticleToken }) as v.GenericSchema<unknown, { token: unknown }>,
  undoImport: v.object({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)) }),
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

/**
 * Sends a message to the background and returns its answer's data; throws the background's
 * error message when it refuses. Kept free of valibot so the content bundle stays small.
 */
export async function sendMessage<N extends MessageName>(type: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = (await browser.runtime.sendMessage({ type, data } satisfies Envelope<N>)) as Reply<ResponseOf<N>> | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

// ---------------------------------------------------------------------------------------------
// Importing a pack: over a port, not one message, so a large file fits under the message size
// limit and progress comes back as it lands. The options page connects with this name, posts
// the text in chunks, then `preview` (what it would add) or `commit` (land it whole or not at
// all). Disconnecting cancels; nothing lands. Served by utils/ui/corpus-handlers.ts.

/** `browser.runtime.connect({ name })` for importing a pack. */
export const IMPORT_PORT = 'tally:importPack';
/** What the options page posts on the import port. */
export type ImportPortRequest = { kind: 'chunk'; text: string } | { kind: 'preview' } | { kind: 'commit'; replaceOwn?: boolean };
/** What the background posts back on the import port. */
export type ImportPortReply =
  | { kind: 'preview'; preview: PackPreviewView }
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; result: ImportResultView }
  | { kind: 'error'; error: string };

// ---------------------------------------------------------------------------------------------
// Popup → content script, with `browser.tabs.sendMessage(tabId, { type, data })`. Answered by
// utils/page/page-claims.ts (registered by the content script) as `{ ok, data } | { ok, error }`.

/** A marked figure on the page: its claim id, its words, how many other reports its note lists. */
export interface PageClaim {
  id: string;
  quote: string;
  reports: number;
}

/** The page as "add this page to the corpus" stores it; metadata from the page's own tags. */
export interface PageArticle {
  url: string;
  outlet: string;
  title: string;
  /** YYYY-MM-DD, or '' when the page states no date. */
  published: string;
  byline: string;
  language: string;
  text: string;
}

/** Messages the popup sends to the current tab's content script. */
export interface PageMessageMap {
  /** The figures marked on the page, in reading order, and the page's URL. */
  getPageClaims: { request: Record<string, never>; response: { url: string; claims: PageClaim[] } };
  /** Scroll to a claim's mark and open its note. */
  revealClaim: { request: { id: string }; response: { found: boolean } };
  /** The article text and metadata, for "add this page to the corpus". */
  getPageArticle: { request: Record<string, never>; response: PageArticle };
}

export type PageMessageName = keyof PageMessageMap;
export type PageRequestOf<N extends PageMessageName> = PageMessageMap[N]['request'];
export type PageResponseOf<N extends PageMessageName> = PageMessageMap[N]['response'];
/** What the content script answers. */
export type PageReply<T> = Reply<T>;
