/**
 * The popup's actions, wired to the background (corpus) and to the current tab's content
 * script. Search and "add this page" go through the background, the one owner of the corpus
 * and of the matcher's index, so another page matches against an added article at once.
 */
import { browser } from 'wxt/browser';
import type { PopupActions } from '../../components/popup/PopupApp';
import { sendMessage } from '../../utils/protocol/send';
import { isSiteEnabled, setSiteEnabled } from '../../utils/store/items';
import type { ArticleDraft } from '../../utils/model/view-models';
import { sendPageMessage, targetTab } from '../../utils/pages/tabs';
import { copyText, downloadText } from '../../components/save';

export { targetTab };

/** Chrome's side panel and Firefox's sidebar (each browser has one of them). */
interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number } | { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

// The popup's window, known before any click: opening the side panel may not wait for it.
let popupWindowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (popupWindowId = w.id), () => undefined);

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
  findArticle: (draft) => sendMessage('findArticle', { url: draft.url || null, text: draft.text }),
  saveArticle: async (draft, replaces) => {
    const saved = await sendMessage('addArticle', {
      url: draft.url,
      outlet: draft.outlet,
      title: draft.title || null,
      published: draft.published || null,
      language: draft.language || 'en',
      byline: draft.byline || null,
      text: draft.text,
      ...(replaces ? { replaces } : {}),
    });
    return { claims: saved.claims, updated: saved.updated };
  },
  siteEnabled: (host) => isSiteEnabled(host),
  setSiteEnabled: (host, enabled) => setSiteEnabled(host, enabled),
  copy: copyText,
  download: downloadText,
  openSidePanel: (tab) => {
    // Called inside the click (a user gesture, which both APIs need): nothing awaited before it.
    // The popup's window, or (clicked before that lookup came back) the page's tab, which opens the same panel there.
    const panels = browser as unknown as SidePanelApis;
    const where = popupWindowId !== undefined ? { windowId: popupWindowId } : tab ? { tabId: tab.tabId } : null;
    const opened = panels.sidebarAction ? panels.sidebarAction.open() : where ? panels.sidePanel?.open(where) : undefined;
    void opened?.then(() => window.close(), () => undefined);
  },
  openOptions: () => {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
