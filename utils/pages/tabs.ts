/**
 * The web page an extension page (the popup, the side panel) acts on, and messages to its content
 * script (`PageMessageMap`, utils/protocol/page.ts).
 */
import { browser } from 'wxt/browser';
import { type PageMessageName, type PageReply, type PageRequestOf, type PageResponseOf } from '../protocol/page';
import { siteOf } from '../model/safe-url';
import type { TabView } from '../model/view-models';

/** Sends a `PageMessageMap` message to a tab's content script; null when no content script answers there. */
export async function sendPageMessage<N extends PageMessageName>(tabId: number, type: N, data: PageRequestOf<N>): Promise<PageResponseOf<N> | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type, data })) as PageReply<PageResponseOf<N>> | undefined;
    if (!reply) return null;
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  } catch (error) {
    // "Receiving end does not exist": a browser page, a store page, or a tab loaded before install.
    if (error instanceof Error && /Receiving end|Could not establish|No tab/i.test(error.message)) return null;
    throw error;
  }
}

/**
 * The web page the popup or side panel acts on, and the content script's answer to `getPageClaims`
 * there (which carries the page's URL: without the `tabs` permission the tabs API does not say
 * it). The active tab of the current window; when the page is opened in a tab of its own (the
 * browser tests do that), `?tabUrl=` names the tab instead. One message per tab looked at,
 * all sent at once.
 */
export async function targetPage(): Promise<{ tab: TabView; answer: PageResponseOf<'getPageClaims'> | null } | null> {
  const wanted = namedTabUrl();
  const tabs = (wanted ? await browser.tabs.query({}) : await browser.tabs.query({ active: true, currentWindow: true })).filter(
    (tab): tab is typeof tab & { id: number } => tab.id !== undefined && !(wanted && tab.url && tab.url !== wanted),
  );
  // Asked all at once: a tab without a content script takes as long to say so as the page to answer.
  const answers = await Promise.all(tabs.map((tab) => sendPageMessage(tab.id, 'getPageClaims', {}).catch(() => null)));
  for (const [i, tab] of tabs.entries()) {
    const answer = answers[i];
    const url = tab.url || answer?.url;
    if (!url || (wanted && url !== wanted)) continue;
    const host = siteOf(url);
    return host ? { tab: { tabId: tab.id, url, host }, answer } : null;
  }
  return null;
}

/** The tab the page was opened for by URL (`?tabUrl=`), or null for the active tab of its window. */
function namedTabUrl(): string | null {
  return new URLSearchParams(location.search).get('tabUrl');
}

/**
 * Calls back when the page `targetPage` finds may have changed: in this window, another tab was
 * activated or the active tab finished loading (with `?tabUrl=`, any tab finished loading: the
 * URL of a tab is not ours to see). Returns the unsubscribe.
 */
export function watchTargetPage(onChange: () => void): () => void {
  const wanted = namedTabUrl();
  let ownWindow: number | undefined;
  browser.windows.getCurrent().then((w) => (ownWindow = w.id), () => undefined);
  const inOwnWindow = (windowId: number) => ownWindow === undefined || windowId === ownWindow;
  const onActivated = ({ windowId }: { windowId: number }) => {
    if (!wanted && inOwnWindow(windowId)) onChange();
  };
  const onUpdated = (_id: number, change: { status?: string }, tab: { active: boolean; windowId: number; url?: string }) => {
    if (change.status !== 'complete') return;
    if (wanted ? !tab.url || tab.url === wanted : tab.active && inOwnWindow(tab.windowId)) onChange();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}

/** The web page the popup or side panel acts on (see `targetPage`). */
export async function targetTab(): Promise<TabView | null> {
  return (await targetPage())?.tab ?? null;
}
