/**
 * THE contract for messages to the background (content script / popup / options → background).
 * Every message is declared once here: a line of doc, its request and response types; its
 * valibot schema is in ./schemas.ts (TypeScript refuses a message without one), its handler in
 * utils/background/handlers.ts (TypeScript refuses a message without one). Imports only the model.
 * Adding a message: docs/architecture.md.
 *
 * Wire format: `{ type, data }` in, `{ ok: true, data } | { ok: false, error }` out.
 */
import type { ArticleDetailView, ArticleRowView, ImportResultView, PackPreviewView, SearchView } from '../model/view-models';
import type { ClaimCheck } from '../model/report';
import type { Topic, TopicEdit, TopicEdits } from '../model/topic';

export type { ClaimCheck, ReportLine } from '../model/report';

/** The most article text one checkPage request carries; the content script sends longer articles in pieces. */
export const MAX_PAGE_TEXT_CHARS = 200_000;
/** The most of the article's opening a request carries (the corpus's wire sketch reads about 15,000 characters). */
export const MAX_OPENING_CHARS = 20_000;
/** How much of an article the topic is judged on (with the title), in the page and in the background: a story names its subject early. */
export const TOPIC_SAMPLE_CHARS = 20_000;

/**
 * The request of `checkPage`: a piece of a page's article text (the whole article, unless it is
 * long). The background decides the topic, extracts the claims and checks them (utils/engine/check.ts).
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
  /** The id of the stored article this page is (as `findArticle` found it): that one is updated. */
  replaces?: string;
}

/** Every message: name → { request, response }. Others add their messages here. */
export interface MessageMap {
  /** Check a page's article against the corpus; one batch per page (or per new content). */
  checkPage: { request: CheckPageRequest; response: CheckPageReply };
  /** The topics (with entities and aliases) the corpus knows; asked once per page, for a cheap first look. */
  getTopics: { request: Record<string, never>; response: Topic[] };
  // Popup and options page (the corpus's UI).
  /** Search the corpus as the user types: number-, alias- and typo-aware; one group per figure. */
  searchCorpus: { request: { query: string; limit?: number }; response: SearchView };
  /** Store a page as the user's own article (same URL updates it); its claims are extracted. */
  addArticle: { request: AddArticleRequest; response: { id: string; claims: number; updated: boolean } };
  /** The stored article a page is (the same URL, or near-identical text at another address), or null: "already in your corpus as…". */
  findArticle: { request: { url: string | null; text: string }; response: ArticleRowView | null };
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
  /** One edit of a topic (rename; an entity's spellings, merge, split, remove, restore), kept across imports and resets; the topic as stored after it, and the topic's edits. */
  editTopic: { request: { topic: string; edit: TopicEdit }; response: { topic: Topic; edits: TopicEdits } };
  /** The person's edits of every topic (its removed and merged entities are only here). */
  getTopicEdits: { request: Record<string, never>; response: Record<string, TopicEdits> };
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
