/**
 * Content script: thin wiring. The work is in utils/content/ (the DOM edge); the engine runs in the
 * background (utils/engine/check.ts). This file only connects them and the per-site switch. It must
 * not import the engine, Dexie or Fuse (page cost and bundle size; see tests/e2e/bundle.test.ts).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/utils/protocol/send';
import { publishScanMark, startTallyPage, type TallyPage } from '@/utils/content/tally-page';
import { registerPageClaimsHandler } from '@/utils/content/page-claims';
import { isSiteEnabled, readMarkUnmatched, readStoredTopics, watchMarkUnmatched, watchSiteEnabled } from '@/utils/store/items';

// The test build (`npm run build:test`, WXT_TALLY_TEST_BUILD=1) differs from the release only in
// what a test may read: each scan's figures as a performance mark, and Tally's shadow root open
// with data attributes on every mark (docs/extension.md, "What a page can see"). A page could
// read all of that too, so the release build publishes none of it.
const TEST_BUILD = import.meta.env.WXT_TALLY_TEST_BUILD === '1';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's old "content script started" window.postMessage reaches every page's own message
  // listeners: it tells the page Tally is installed and wakes whatever they do. Its custom-event
  // replacement is enough for WXT to retire an old copy of this script after an update.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const host = location.hostname;
    let session: AbortController | null = null;
    let page: TallyPage | null = null;
    // The popup's questions (this page's figures, reveal one, add the page): answered even when the site is off.
    registerPageClaimsHandler({ claims: () => page?.claims() ?? [], reveal: (id) => page?.reveal(id) ?? false }, ctx.signal);
    let markUnmatched = await readMarkUnmatched();

    const start = () => {
      if (session) return;
      session = new AbortController();
      // Not AbortSignal.any: Firefox 115 ESR lacks it.
      const signal = session.signal;
      ctx.signal.addEventListener('abort', () => session?.abort(), { once: true, signal });
      const current = startTallyPage(
        document,
        {
          // From storage when the background has put them there: an off-topic page then sends no message.
          getTopics: async () => (await readStoredTopics()) ?? sendMessage('getTopics', {}),
          checkPage: (request) => sendMessage('checkPage', request),
        },
        signal,
        { markUnmatched, exposeForTests: TEST_BUILD, onScan: TEST_BUILD ? publishScanMark : undefined },
      );
      page = current;
      // WXT watches the URL of single-page sites; the session also notices on DOM changes.
      ctx.addEventListener(window, 'wxt:locationchange', () => current.navigated(), { signal });
    };
    const stop = () => {
      session?.abort();
      session = null;
      page = null;
    };

    // Switching the site off removes every mark and note at once (the session's abort).
    watchSiteEnabled(host, (enabled) => (enabled ? start() : stop()), ctx.signal);
    // The options page's "mark figures no other report states": re-mark the page the new way.
    watchMarkUnmatched((on) => {
      markUnmatched = on;
      if (session) {
        stop();
        start();
      }
    }, ctx.signal);
    if (await isSiteEnabled(host)) start();
  },
});
