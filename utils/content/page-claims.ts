/**
 * The content script's answers to the popup (`PageMessageMap` in utils/protocol/page.ts):
 * which figures are marked on this page, scroll to one and open its note, and the article
 * as "add this page" stores it. Register once from the content script; abort the signal to
 * unregister.
 */
import { browser } from 'wxt/browser';
import type { PageArticle, PageClaim, PageMessageName, PageReply, PageRequestOf, PageResponseOf } from '../protocol/page';
import { findArticleRoot } from './article';
import { readPageMetadata, readPageSource } from '../model/page-metadata';

/** What the content script lends the handler: its own record of what it marked, and the article text. */
export interface PageClaimsSource {
  /** The figures the content script marked, in reading order (none while Tally is off for the site). */
  claims(): PageClaim[];
  /** Scrolls to a marked figure and opens its note; false when there is none. */
  reveal(id: string): boolean;
  /** The article text to store; defaults to the text of the article element (utils/content/article.ts). */
  articleText?: () => string | null;
}

/** The article as "add this page" stores it: the content script's text plus the page's metadata. */
export function readPageArticle(source: PageClaimsSource, doc: Document = document): PageArticle {
  const metadata = readPageMetadata(doc, doc.location.href);
  const text = source.articleText?.() ?? articleElementText(doc);
  return { ...metadata, text };
}

/** The article element's text as the reader sees it (innerText keeps paragraph breaks). */
function articleElementText(doc: Document): string {
  const container = (findArticleRoot(doc) ?? doc.body) as HTMLElement | null;
  return (container?.innerText || container?.textContent || '').replace(/\n{3,}/g, '\n\n').trim();
}

type Handler<N extends PageMessageName> = (data: PageRequestOf<N>) => PageResponseOf<N>;

/**
 * Answers `getPageClaims`, `revealClaim` and `getPageArticle` sent by the popup with
 * `browser.tabs.sendMessage`, until `signal` aborts. Other messages are left to other listeners.
 */
export function registerPageClaimsHandler(source: PageClaimsSource, signal: AbortSignal): void {
  // Registered once per page, whether or not Tally is on for the site: "add this page" works either way.
  // The figures come from the content script's own record, never from the page's DOM, which a
  // page could fill with forged marks.
  const handlers: { [N in PageMessageName]: Handler<N> } = {
    getPageClaims: () => ({ url: location.href, claims: source.claims(), page: readPageSource(document, location.href) }),
    revealClaim: ({ id }) => ({ found: source.reveal(String(id)) }),
    getPageArticle: () => readPageArticle(source),
  };
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: PageReply<unknown>) => void): true | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    try {
      const handler = handlers[type as PageMessageName] as Handler<PageMessageName>;
      sendResponse({ ok: true, data: handler(((message as { data?: unknown }).data ?? {}) as never) });
    } catch (error) {
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
