/**
 * Background service worker: thin wiring of the service (utils/background/service.ts), its
 * message handlers (utils/background/handlers.ts) and the import port (utils/background/import-port.ts).
 * Listeners are registered synchronously at start-up, so a worker woken by an event gets it.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '@/utils/background/service';
import { openCorpus } from '@/utils/store/corpus/index';
import { IMPORT_PORT } from '@/utils/protocol/import-port';
import { storeTopics } from '@/utils/store/items';
import { createHandlers } from '@/utils/background/handlers';
import { serveImportPort } from '@/utils/background/import-port';

export default defineBackground(() => {
  // The extension's own file: a local read, not a network request.
  const loadDefaultPack = async () => (await fetch(browser.runtime.getURL('/packs/default.json' as never))).json();
  const service = createBackgroundService(
    // Passed explicitly: the corpus hands these options to Dexie, where `undefined` would override its defaults.
    {
      openCorpus: () =>
        openCorpus({
          indexedDB: globalThis.indexedDB,
          IDBKeyRange: globalThis.IDBKeyRange,
          // Content scripts read the topics from storage (utils/store/items.ts): keep them current.
          onTopicsChanged: (topics) => void storeTopics(topics).catch((error) => console.error('Tally: storing the topics failed:', error)),
        }),
      loadDefaultPack,
    },
    { ownId: browser.runtime.id, ownOrigin: browser.runtime.getURL('/' as never), handlers: createHandlers({ loadDefaultPack }) },
  );

  browser.runtime.onInstalled.addListener((details) => {
    service
      .onInstalled(details)
      // Also when the seed changed nothing: an update from a version that kept no topics in storage.
      .then(async () => storeTopics(await (await service.getCorpus()).topics()))
      .catch((error) => console.error('Tally: loading the default pack failed:', error));
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void service.handle(message, sender).then(sendResponse);
    return true; // answer asynchronously
  });
  browser.runtime.onConnect.addListener((port) => {
    // Only the options page imports packs; a content script's port is dropped.
    if (port.name !== IMPORT_PORT || !port.sender?.url?.startsWith(browser.runtime.getURL('/' as never))) return port.disconnect();
    serveImportPort(port, service.getCorpus);
  });
});
