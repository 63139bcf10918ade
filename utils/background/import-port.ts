/**
 * The background's side of the import port (utils/protocol/import-port.ts). A preview validates
 * the pack and extracts its claims once, keeps that result here under a plan id, and answers
 * with the id; "Import" then commits the plan by its id, so the pack is neither sent nor parsed
 * nor extracted again. A plan the background no longer holds (the worker was stopped in
 * between) answers `expired`, and the options page sends the text again. A disconnect aborts
 * the import; the corpus lands the pack whole or not at all, so nothing is half-written.
 */
import type { Browser } from 'wxt/browser';
import type { ImportPortReply, ImportPortRequest } from '../protocol/import-port';
import type { Corpus, PreparedPack } from '../store/corpus/index';

/** Plans kept at once: the options page imports one pack at a time; an older preview is dropped. */
const PLANS_KEPT = 2;

/** Previewed packs, by plan id, oldest first. */
const plans = new Map<string, PreparedPack>();
let planCount = 0;

function keepPlan(prepared: PreparedPack): string {
  const id = `plan-${Date.now().toString(36)}-${(++planCount).toString(36)}`;
  plans.set(id, prepared);
  for (const old of plans.keys()) if (plans.size > PLANS_KEPT) plans.delete(old);
  return id;
}

/** Serves one import-port connection from the options page. */
export function serveImportPort(port: Browser.runtime.Port, getCorpus: () => Promise<Corpus>): void {
  const chunks: string[] = [];
  const abort = new AbortController();
  let connected = true;
  const post = (reply: ImportPortReply) => connected && port.postMessage(reply);
  port.onDisconnect.addListener(() => {
    connected = false;
    abort.abort(new DOMException('the import was stopped', 'AbortError'));
  });
  port.onMessage.addListener(async (message: ImportPortRequest) => {
    if (message.kind === 'chunk') {
      chunks.push(message.text);
      return;
    }
    const raw = chunks.join('');
    chunks.length = 0;
    try {
      const corpus = await getCorpus();
      if (message.kind === 'preview') await preview(corpus, raw, post);
      else await commit(corpus, raw, message, abort.signal, post);
    } catch (error) {
      post({ kind: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  });
}

async function preview(corpus: Corpus, raw: string, post: (reply: ImportPortReply) => void): Promise<void> {
  const prepared = await corpus.preparePack(raw);
  const shown = await corpus.previewPack(prepared);
  const articles = shown.changes.articles.map(({ kept: _kept, ...change }) => change);
  post({
    kind: 'preview',
    plan: keepPlan(prepared),
    preview: { ...shown, newOutlets: shown.newOutlets.length, changes: { articles, topics: shown.changes.topics } },
  });
}

async function commit(
  corpus: Corpus,
  raw: string,
  message: Extract<ImportPortRequest, { kind: 'commit' }>,
  signal: AbortSignal,
  post: (reply: ImportPortReply) => void,
): Promise<void> {
  const planned = message.plan === undefined ? undefined : plans.get(message.plan);
  if (message.plan !== undefined && !planned) return void post({ kind: 'expired' });
  // Progress at most every 2%: a message per article would flood the port on a big pack.
  let lastSent = -1;
  const result = await corpus.importPack(planned ?? raw, {
    signal,
    replaceOwn: message.replaceOwn === true,
    onProgress: (done, total) => {
      const fraction = total ? done / total : 1;
      if (fraction - lastSent >= 0.02 || done === total) {
        lastSent = fraction;
        post({ kind: 'progress', fraction });
      }
    },
  });
  if (message.plan !== undefined) plans.delete(message.plan);
  post({ kind: 'done', result: { articles: result.articles, claims: result.claims, keptOwn: result.keptOwn, undo: result.undo } });
}
