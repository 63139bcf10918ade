/**
 * The content script's answers to the popup (`PageMessageMap` in utils/messages.ts):
 * which figures are marked on this page, scroll to one and open its note, and the article
 * as "add this page" stores it. It reads the marks through the DOM contract of DESIGN.md
 * (`data-tally-claim`, `data-tally-reports`), so it needs nothing from the marking code but
 * the article text. Register once from the content script; abort the signal to unregister.
 */
import type { PageArticle, PageClaim, PageMessageName, PageReply, PageRequestOf, PageResponseOf } from '../messages';
import { findArticleRoot } from './article';
import { readPageMetadata } from './page-claims-metadata';

/** What the content script may lend the handler; by default it reads the document itself. */
export interface PageClaimsSource {
  /** The article text to store; defaults to the text of the article element (utils/page/article.ts). */
  articleText?: () => string | null;
  /** The root holding the marks; defaults to the document. */
  root?: () => ParentNode;
}

const MARK = '[data-tally-claim]';

/** Every marked figure on the page, in reading order, one entry per claim id. */
export function collectPageClaims(root: ParentNode = document): PageClaim[] {
  const seen = new Map<string, PageClaim>();
  for (const mark of root.querySelectorAll<HTMLElement>(MARK)) {
    const id = mark.dataset.tallyClaim ?? '';
    if (!id) continue;
    const existing = seen.get(id);
    // A figure split over several text nodes has several marks with one id: join their text.
    if (existing) existing.quote += mark.textContent ?? '';
    else seen.set(id, { id, quote: mark.textContent ?? '', reports: Number(mark.dataset.tallyReports) || 0 });
  }
  return [...seen.values()].map((claim) => ({ ...claim, quote: claim.quote.replace(/\s+/g, ' ').trim() }));
}

/** Scrolls to a claim's mark and opens its note (a mark opens its note on click). False when there is no such mark. */
export function revealPageClaim(id: string, root: ParentNode = document): boolean {
  const mark = [...root.querySelectorAll<HTMLElement>(MARK)].find((el) => el.dataset.tallyClaim === id);
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  mark.focus({ preventScroll: true });
  mark.click();
  return true;
}

/** The article as "add this page" stores it: the content script's text plus the page's metadata. */
export function readPageArticle(source: PageClaimsSource, doc: Document = document): PageArticle {
  const metadata = readPageMetadata(doc, doc.location.href);
  const text = source.articleText?.() ?? articleElementText(doc);
  return { ...metadata, text };
}

/** The article element's text as the reader sees it (innerText keeps paragraph breaks; Tally's marks wrap text and add none). */
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
  const root = () => source.root?.() ?? document;
  const handlers: { [N in PageMessageName]: Handler<N> } = {
    getPageClaims: () => ({ url: location.href, claims: collectPageClaims(root()) }),
    revealClaim: ({ id }) => ({ found: revealPageClaim(String(id), root()) }),
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
