/**
 * The options page's actions, wired to the background (the corpus's one owner) and to
 * browser.storage.local. A pack is imported over a port (`IMPORT_PORT`), in chunks, so a
 * large file fits under the message size limit and progress comes back as it lands.
 */
import { browser } from 'wxt/browser';
import type { OptionsActions } from '../../components/options/OptionsApp';
import { IMPORT_PORT, type ImportPortReply, type ImportPortRequest } from '../protocol/import-port';
import { sendMessage } from '../protocol/send';
import { readSettings, watchSettings, writeSettings } from '../store/items';
import type { ImportResultView, PackPreviewView } from '../model/view-models';

/** Characters per chunk: well under Chrome's 64 MiB message limit, and a few chunks for a big pack. */
const CHUNK = 4_000_000;

/**
 * Sends a pack's text to the background over a port. `preview` resolves with what it would add;
 * `commit` resolves when it has landed whole (progress comes to `onProgress`).
 */
export function packOverPort<M extends 'preview' | 'commit'>(
  mode: M,
  raw: string,
  onProgress: (fraction: number) => void = () => undefined,
  signal?: AbortSignal,
  options: { replaceOwn?: boolean } = {},
): Promise<M extends 'preview' ? PackPreviewView : ImportResultView> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: IMPORT_PORT });
    let settled = false;
    const finish = (error: Error | null, result?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      port.disconnect();
      if (error) reject(error);
      else resolve(result as never);
    };
    // Disconnecting is the cancel: the background aborts the import and nothing lands.
    const abort = () => finish(new Error('the import was stopped'));
    signal?.addEventListener('abort', abort, { once: true });
    port.onMessage.addListener((message: ImportPortReply) => {
      if (message.kind === 'progress') onProgress(message.fraction);
      else if (message.kind === 'done') finish(null, message.result);
      else if (message.kind === 'preview') finish(null, message.preview);
      else if (message.kind === 'error') finish(new Error(message.error));
    });
    port.onDisconnect.addListener(() => finish(new Error('the background stopped before the import finished')));
    const chunks = Math.max(1, Math.ceil(raw.length / CHUNK));
    for (let i = 0; i < chunks; i++) {
      port.postMessage({ kind: 'chunk', text: raw.slice(i * CHUNK, (i + 1) * CHUNK) } satisfies ImportPortRequest);
    }
    port.postMessage((mode === 'commit' ? { kind: mode, replaceOwn: options.replaceOwn === true } : { kind: mode }) satisfies ImportPortRequest);
  });
}

/** Everything the options view asks for. */
export const optionsActions: OptionsActions = {
  listArticles: (filter) => sendMessage('listArticles', { outlet: filter.outlet || undefined, text: filter.text.trim() || undefined }),
  getArticle: (id) => sendMessage('getArticle', { id }),
  deleteArticle: async (id) => (await sendMessage('deleteArticle', { id })).token,
  restoreArticle: async (token) => {
    await sendMessage('restoreArticle', { token });
  },
  previewPack: (raw) => packOverPort('preview', raw),
  importPack: (raw, onProgress, signal, options) => packOverPort('commit', raw, onProgress, signal, options),
  undoImport: async (id) => {
    await sendMessage('undoImport', { id });
  },
  exportPack: async (topic) => (await sendMessage('exportPack', { topic: topic || undefined })).json,
  topics: async () => (await sendMessage('getTopics', {})).map((topic) => ({ id: topic.id, name: topic.name })),
  reset: async (options) => {
    await sendMessage('resetCorpus', options);
  },
  getSettings: readSettings,
  setSettings: writeSettings,
  watchSettings,
};
