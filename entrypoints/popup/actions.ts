/**
 * The popup's actions, wired to the background (corpus) and to the current tab's content
 * script. Search and "add this page" go through the background, the one owner of the corpus
 * and of the matcher's index, so another page matches against an added article at once.
 */
import { browser } from 'wxt/browser';
import type { PopupActions } from '../../components/popup/PopupApp';
import { sendMessage } from '../../utils/protocol/send';
import { type PageMessageName, type PageReply, type PageRequestOf, type PageResponseOf } from '../../utils/protocol/page';
import { isSiteEnabled, setSiteEnabled } from '../../utils/store/items';
import { siteOf } from '../../utils/model/safe-url';
import type { ArticleDraft, TabView } from '../../utils/model/view-models';

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

/** The URL of a tab: from the tabs API when the host permission shows it, else from its content script. */
async function urlOf(tab: { id?: number; url?: string }): Promise<string | null> {
  if (tab.url) return tab.url;
  if (tab.id === undefined) return null;
  return (await sendPageMessage(tab.id, 'getPageClaims', {}).catch(() => null))?.url ?? null;
}

/**
 * The web page the popup acts on: the active tab of the current window. When the popup is
 * opened as a page (the browser tests do that), `?tabUrl=` names the tab instead.
 */
export async function targetTab(): Promise<TabView | null> {
  const wanted = new URLSearchParams(location.search).get('tabUrl');
  const tabs = wanted ? await browser.tabs.query({}) : await browser.tabs.query({ active: true, currentWindow: true });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const url = await urlOf(tab);
    if (!url || (wanted && url !== wanted)) continue;
    const host = siteOf(url);
    return host ? { tabId: tab.id, url, host } : null;
  }
  return null;
}

/** Everything the popup view asks for. */
export const popupActions: PopupActions = {
  search: (query) => sendMessage('searchCorpus', { query, limit: 20 }),
  pageClaims: async (tab) => (await sendPageMessage(tab.tabId, 'getPageClaims', {}))?.claims ?? null,
  revealClaim: async (tab, claimId) => {
    await sendPageMessage(tab.tabId, 'revealClaim', { id: claimId });
  },
  readPage: async (tab): Promise<ArticleDraft | null> => {
    const article = await sendPageMessage(tab.tabId, 'getPageArticle', {});
    if (!article || !article.text.trim()) return null;
    return { ...article, url: article.url || tab.url };
  },
  saveArticle: async (draft) => {
    const saved = await sendMessage('addArticle', {
      url: draft.url,
      outlet: draft.outlet,
      title: draft.title || null,
      published: draft.published || null,
      language: draft.language || 'en',
      byline: draft.byline || null,
      text: draft.text,
    });
    return { claims: saved.claims, updated: saved.updated };
  },
  siteEnabled: (host) => isSiteEnabled(host),
  setSiteEnabled: (host, enabled) => setSiteEnabled(host, enabled),
  openOptions: () => {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
