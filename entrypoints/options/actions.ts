/**
 * The options page's actions, wired to the background (the corpus's one owner) and to
 * browser.storage.local (utils/store/items.ts). A pack is imported over a port (`IMPORT_PORT`), in
 * chunks, so a large file fits under the message size limit and progress comes back as it
 * lands; "Import" after a preview commits the background's plan instead of sending it again.
 */
import { browser } from 'wxt/browser';
import type { OptionsActions } from '../../components/options/OptionsApp';
import { IMPORT_PORT, type ImportPortReply, type ImportPortRequest } from '../../utils/protocol/import-port';
import { sendMessage } from '../../utils/protocol/send';
import { readSettings, watchSettings, writeSettings } from '../../utils/store/items';
import type { ImportResultView, PackPreviewView } from '../../utils/model/view-models';

/** Characters per chunk: well under Chrome's 64 MiB message limit, and a few chunks for a big pack. */
const CHUNK = 4_000_000;

/** What one port conversation ends with. */
type PortEnd = Extract<ImportPortReply, { kind: 'preview' | 'done' | 'expired' }>;

/**
 * One conversation on the import port: posts `raw` in chunks (none when it is empty: a commit of
 * a previewed plan), then `last`; resolves with the background's final answer (progress goes to
 * `onProgress`), rejects on its error, on `signal` or when the background goes away.
 */
function overPort(raw: string, last: ImportPortRequest, onProgress: (fraction: number) => void = () => undefined, signal?: AbortSignal): Promise<PortEnd> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: IMPORT_PORT });
    let settled = false;
    const finish = (error: Error | null, result?: PortEnd) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      port.disconnect();
      if (error) reject(error);
      else resolve(result!);
    };
    // Disconnecting is the cancel: the background aborts the import and nothing lands.
    const abort = () => finish(new Error('the import was stopped'));
    signal?.addEventListener('abort', abort, { once: true });
    port.onMessage.addListener((message: ImportPortReply) => {
      if (message.kind === 'progress') onProgress(message.fraction);
      else if (message.kind === 'error') finish(new Error(message.error));
      else finish(null, message);
    });
    port.onDisconnect.addListener(() => finish(new Error('the background stopped before the import finished')));
    const chunks = raw ? Math.ceil(raw.length / CHUNK) : 0;
    for (let i = 0; i < chunks; i++) {
      port.postMessage({ kind: 'chunk', text: raw.slice(i * CHUNK, (i + 1) * CHUNK) } satisfies ImportPortRequest);
    }
    port.postMessage(last);
  });
}

/** The last preview: "Import" of the same text commits its plan instead of sending the text again. */
let previewed: { raw: string; plan: string } | null = null;

/** What importing a pack would change; the background keeps the result for `importPackText`. */
export async function previewPackText(raw: string): Promise<PackPreviewView> {
  const reply = await overPort(raw, { kind: 'preview' });
  if (reply.kind !== 'preview') throw new Error('the background did not preview the pack');
  previewed = { raw, plan: reply.plan };
  return reply.preview;
}

/**
 * Imports a pack, whole or not at all. The text just previewed is committed by its plan (sent,
 * parsed and extracted once); another text, or a plan the background lost, is sent in full.
 */
export async function importPackText(raw: string, onProgress?: (fraction: number) => void, signal?: AbortSignal, options: { replaceOwn?: boolean } = {}): Promise<ImportResultView> {
  const replaceOwn = options.replaceOwn === true;
  const plan = previewed?.raw === raw ? previewed.plan : undefined;
  previewed = null;
  let reply = plan ? await overPort('', { kind: 'commit', plan, replaceOwn }, onProgress, signal) : null;
  if (!reply || reply.kind === 'expired') reply = await overPort(raw, { kind: 'commit', replaceOwn }, onProgress, signal);
  if (reply.kind !== 'done') throw new Error('the background did not import the pack');
  return reply.result;
}

/** Everything the options view asks for. */
export const optionsActions: OptionsActions = {
  listArticles: (filter) => sendMessage('listArticles', { outlet: filter.outlet || undefined, text: filter.text.trim() || undefined }),
  getArticle: (id) => sendMessage('getArticle', { id }),
  deleteArticle: async (id) => (await sendMessage('deleteArticle', { id })).token,
  restoreArticle: async (token) => {
    await sendMessage('restoreArticle', { token });
  },
  previewPack: previewPackText,
  importPack: importPackText,
  undoImport: async (id) => {
    await sendMessage('undoImport', { id });
  },
  exportPack: async (topic) => (await sendMessage('exportPack', { topic: topic || undefined })).json,
  topics: async () => sendMessage('getTopics', {}),
  editTopic: async (topic, edit) => sendMessage('editTopic', { topic, edit }),
  topicEdits: async () => sendMessage('getTopicEdits', {}),
  reset: async (options) => {
    await sendMessage('resetCorpus', options);
  },
  getSettings: readSettings,
  setSettings: writeSettings,
  watchSettings,
};
