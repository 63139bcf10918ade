/**
 * Popup → content script, with `browser.tabs.sendMessage(tabId, { type, data })`. Answered by
 * utils/content/page-claims.ts (registered by the content script) as `{ ok, data } | { ok, error }`.
 */
import type { Reply } from './messages';
import type { PageMetadata } from '../model/page-metadata';
import type { PageClaimView, PageSourceView } from '../model/view-models';

/** A marked figure on the page: its claim id, its words, how many other reports its note lists, and the check behind its note. */
export type PageClaim = PageClaimView;

/** The page as "add this page to the corpus" stores it; metadata from the page's own tags. */
export interface PageArticle extends PageMetadata {
  text: string;
}

/** Messages the popup sends to the current tab's content script. */
export interface PageMessageMap {
  /** The figures marked on the page, in reading order, the page's URL, and the page as its tags describe it. */
  getPageClaims: { request: Record<string, never>; response: { url: string; claims: PageClaim[]; page: PageSourceView } };
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

