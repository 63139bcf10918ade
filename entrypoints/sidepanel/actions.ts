/**
 * The side panel's actions: it reads the current tab's content script (the figures it marked and
 * the checks behind their notes), never the corpus, so it opens as fast at 100,000 claims as at
 * ten. Follows the tab: switching tabs or a page finishing loading reads again.
 */
import type { PanelPage, SidePanelActions } from '../../components/sidepanel/SidePanelApp';
import { takeFirstRead } from '../../utils/pages/first-read';
import { sendPageMessage, targetPage, watchTargetPage } from '../../utils/pages/tabs';
import { copyText, downloadText } from '../../components/save';

/** After a tab changes, read again at these delays (ms): the content script marks a page a moment after it loads. */
const REREAD_AFTER_MS = [0, 800, 2500];
/** When the panel opens, its own first read is under way: look again only later (a page still being marked). */
const LOOK_AGAIN_MS = [800, 2500];

/** What the panel shows of a tab `targetPage` found: its figures, or null when no content script answered. */
function panelPage(target: Awaited<ReturnType<typeof targetPage>>): PanelPage | null {
  return target?.answer ? { tabId: target.tab.tabId, page: target.answer.page, claims: target.answer.claims } : null;
}

/** The panel's first read: the one its head script started, else a new one. */
export function firstPanelRead(): Promise<PanelPage | null> {
  return (takeFirstRead() ?? targetPage()).then(panelPage);
}

export const sidePanelActions: SidePanelActions = {
  // Finding the tab asks its content script for the figures already: one message, not two.
  read: async () => panelPage(await targetPage()),
  reveal: async (tabId, claimId) => {
    await sendPageMessage(tabId, 'revealClaim', { id: claimId });
  },
  copy: copyText,
  download: downloadText,
  watch: (onChange) => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const reread = (delays: readonly number[] = REREAD_AFTER_MS) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const ms of delays) timers.add(setTimeout(onChange, ms));
    };
    const stop = watchTargetPage(() => reread());
    reread(LOOK_AGAIN_MS);
    return () => {
      for (const t of timers) clearTimeout(t);
      stop();
    };
  },
};
