/**
 * Never lose the corpus (issue 6), in Chromium with the built extension:
 * - the service worker stopped (CDP ServiceWorker.stopAllWorkers) in the middle of a large
 *   import, once while the pack is being prepared and once while it is being stored: afterwards
 *   the corpus is the old one or the new one, never a mix;
 * (A full quota is tested in utils/store/corpus/quota.test.ts: Chromium accepts
 *   Storage.overrideQuotaForOrigin for the extension's origin but IndexedDB there ignores it,
 *   a 5 MB write still commits.)
 * - two tabs adding pages at the same moment: both land;
 * - 300 wrong-shaped messages (fast-check) through the real runtime.sendMessage: all refused.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticPack } from '../../bench/idb-synthetic-pack';
import { parseEnvelope } from '../../utils/protocol/schemas';
import { describeInBrowser } from './harness';
import { openExtensionPage, sendFrom, waitForSeeded } from './trust-support';

type Row = { id: string; claimCount: number };

/** The corpus as the options page sees it: article ids and claim counts, sorted. */
async function corpusState(page: Page): Promise<Row[]> {
  const reply = await sendFrom(page, { type: 'listArticles', data: {} });
  if (!reply.ok) throw new Error(reply.error);
  return (reply.data as Row[]).map((r) => ({ id: r.id, claimCount: r.claimCount })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every listed article's stored claims match its count (no article without its claims). */
async function expectArticlesWhole(page: Page, rows: Row[], sample = 40): Promise<void> {
  const step = Math.max(1, Math.floor(rows.length / sample));
  for (let i = 0; i < rows.length; i += step) {
    const reply = await sendFrom(page, { type: 'getArticle', data: { id: rows[i].id } });
    expect(reply.ok, reply.error).toBe(true);
    expect(reply.data.claims.length, rows[i].id).toBe(rows[i].claimCount);
  }
}

/** Starts an import over the options page's port; messages land in window.__imp. */
function startImport(page: Page, json: string): Promise<void> {
  return page.evaluate((text) => {
    const w = window as any;
    w.__imp = { msgs: [], disconnected: false };
    const port = w.chrome.runtime.connect({ name: 'tally:importPack' });
    port.onMessage.addListener((m: unknown) => w.__imp.msgs.push(m));
    port.onDisconnect.addListener(() => (w.__imp.disconnected = true));
    for (let i = 0; i < text.length; i += 1 << 20) port.postMessage({ kind: 'chunk', text: text.slice(i, i + (1 << 20)) });
    port.postMessage({ kind: 'commit' });
  }, json);
}

const importMessages = (page: Page) => page.evaluate(() => (window as any).__imp as { msgs: { kind: string; fraction?: number; error?: string }[]; disconnected: boolean });

describeInBrowser('durability: the corpus is never half-written', (env) => {
  async function optionsPage(): Promise<{ page: Page; cdp: CDPSession }> {
    const { browser } = env();
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await waitForSeeded(page);
    const cdp = await browser.context.newCDPSession(page);
    return { page, cdp };
  }

  async function stopWorkerWhen(page: Page, cdp: CDPSession, when: (m: Awaited<ReturnType<typeof importMessages>>) => boolean, label: string) {
    const end = Date.now() + 60_000;
    let state = await importMessages(page);
    while (!when(state)) {
      if (state.msgs.some((m) => m.kind === 'done' || m.kind === 'error') || Date.now() > end) throw new Error(`${label}: import ended before the stop point: ${JSON.stringify(state.msgs.slice(-3))}`);
      await page.waitForTimeout(5);
      state = await importMessages(page);
    }
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForFunction(() => (window as any).__imp.disconnected, undefined, { timeout: 10_000 });
    return state;
  }

  it('control: the same kind of import, not stopped, lands whole', async () => {
    const { page } = await optionsPage();
    const before = await corpusState(page);
    const pack = syntheticPack(12_000, { seed: 10, name: 'control' });
    await startImport(page, JSON.stringify(pack));
    await page.waitForFunction(() => (window as any).__imp.msgs.some((m: { kind: string }) => m.kind === 'done' || m.kind === 'error'), undefined, { timeout: 60_000 });
    expect((await importMessages(page)).msgs.at(-1)?.kind).toBe('done');
    const after = await corpusState(page);
    expect(after.length).toBe(before.length + pack.articles.length);
    await expectArticlesWhole(page, after);
    await page.close();
  });

  for (const phase of ['preparing', 'storing'] as const) {
    it(`service worker stopped while the import is ${phase}: the corpus is the old one or the new one, never a mix`, async () => {
      const { page, cdp } = await optionsPage();
      const before = await corpusState(page);
      const pack = syntheticPack(12_000, { seed: phase === 'preparing' ? 11 : 12, name: `kill-${phase}` });
      const packIds = new Set(pack.articles.map((a) => a.id));
      await startImport(page, JSON.stringify(pack));
      const at = await stopWorkerWhen(
        page,
        cdp,
        (s) => {
          const last = s.msgs.filter((m) => m.kind === 'progress').at(-1)?.fraction ?? 0;
          return phase === 'preparing' ? last >= 0.2 : last >= 1;
        },
        phase,
      );
      // The next message wakes a fresh worker, which reopens the corpus.
      const after = await corpusState(page);
      const added = after.filter((r) => packIds.has(r.id)).length;
      const outcome = added === 0 ? 'old' : added === packIds.size ? 'new' : `MIX (${added}/${packIds.size})`;
      console.log(`stopped while ${phase} (last progress ${at.msgs.filter((m) => m.kind === 'progress').at(-1)?.fraction}): corpus is the ${outcome} one; ${before.length} -> ${after.length} articles`);
      expect(['old', 'new']).toContain(outcome);
      // Whatever was there before is there, unchanged.
      expect(after.filter((r) => !packIds.has(r.id))).toEqual(before.filter((r) => !packIds.has(r.id)));
      await expectArticlesWhole(page, after);
      await page.close();
    });
  }

  it('two tabs adding pages at the same moment: both land', async () => {
    const { browser } = env();
    const [a, b] = await Promise.all([openExtensionPage(browser.context, browser.extensionId, 'popup.html'), openExtensionPage(browser.context, browser.extensionId, 'popup.html')]);
    await waitForSeeded(a);
    const before = (await corpusState(a)).length;
    const article = (n: number, tab: string) => ({
      type: 'addArticle',
      data: { url: `https://example.com/${tab}/${n}`, outlet: `Tab ${tab}`, title: `Report ${n}`, published: '2024-02-01', language: 'en', byline: null, text: `North Korea shipped about ${1_000 + n} containers of shells to Russia, tab ${tab} said in its tabreport.` },
    });
    const rounds = 8;
    for (let n = 0; n < rounds; n++) {
      const [ra, rb] = await Promise.all([sendFrom(a, article(n, 'a')), sendFrom(b, article(n, 'b'))]);
      expect(ra.ok, ra.error).toBe(true);
      expect(rb.ok, rb.error).toBe(true);
    }
    const after = await corpusState(a);
    expect(after.length).toBe(before + 2 * rounds);
    const list = await sendFrom(b, { type: 'listArticles', data: { text: 'tabreport' } });
    expect(new Set((list.data as { outlet: string }[]).map((r) => r.outlet))).toEqual(new Set(['Tab a', 'Tab b']));
    await a.close();
    await b.close();
  });

  it('wrong-shaped messages through the real runtime.sendMessage are all refused, the worker survives, the corpus is unchanged', async () => {
    const { browser } = env();
    const page = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    await waitForSeeded(page);
    const exported = async () => (await sendFrom(page, { type: 'exportPack', data: {} })).data.json as string;
    const [listBefore, packBefore] = [await corpusState(page), await exported()];
    // Random data for every message type (writes included), kept only when the contract refuses it:
    // this checks the wiring (JSON messaging, the worker's listener), not the validator again.
    const names = ['checkPage', 'getTopics', 'searchCorpus', 'addArticle', 'listArticles', 'getArticle', 'deleteArticle', 'restoreArticle', 'exportPack', 'resetCorpus', 'editTopic', 'findArticle', 'nope', '__proto__'];
    const messages = fc
      .sample(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...names), data: fc.anything({ withNullPrototype: false }) })), { numRuns: 600, seed: 42 })
      .filter((m) => !parseEnvelope(JSON.parse(JSON.stringify(m ?? null) ?? 'null')).ok)
      .slice(0, 300);
    const replies = await page.evaluate(async (ms) => {
      const out: unknown[] = [];
      for (const m of ms) out.push(await (globalThis as any).chrome.runtime.sendMessage(m).catch((e: Error) => ({ thrown: e.message })));
      return out;
    }, JSON.parse(JSON.stringify(messages.map((m) => m ?? null))));
    const accepted = replies.filter((r: any) => !r || r.ok !== false || typeof r.error !== 'string');
    console.log(`runtime.sendMessage fuzz: ${messages.length} wrong messages sent, ${replies.length - accepted.length} refused, ${accepted.length} not refused`);
    expect(messages.length).toBeGreaterThanOrEqual(200);
    expect(accepted).toEqual([]);
    expect(await corpusState(page)).toEqual(listBefore);
    expect(await exported()).toBe(packBefore);
    await page.close();
  });

  it('delete then undo puts an article back exactly as stored, open bounds included (JSON messaging turns Infinity into null)', async () => {
    const { browser } = env();
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await waitForSeeded(page);
    const text = 'More than 300 trucks crossed the border, officials said.';
    const pack = {
      format: 'tally-pack', version: 1, topics: [{ id: 'general', name: 'Other articles', entities: [] }],
      articles: [{ id: 'open-bound', topic: 'general', outlet: 'Undo Wire', title: null, url: 'https://example.com/undo', published: '2024-01-01', language: 'en', byline: null, dateline: null, origin: 'import', text,
        claims: [{ quote: 'More than 300 trucks', start: 0, end: 20, value: 300, low: 300, high: null, qualifier: 'more-than', hedge: 'More than', direction: null, unit: 'truck', measure: 'trucks', attribution: 'officials', sentence: text }] }],
    };
    await startImport(page, JSON.stringify(pack));
    await page.waitForFunction(() => (window as any).__imp.msgs.some((m: { kind: string }) => m.kind === 'done'), undefined, { timeout: 30_000 });
    // The stored records, read straight from the extension's IndexedDB (the options page shares its origin).
    const stored = () => page.evaluate(() => new Promise<unknown>((ok, fail) => {
      const open = indexedDB.open('tally-corpus');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction(['articles', 'claims']);
        const a = tx.objectStore('articles').get('open-bound');
        const c = tx.objectStore('claims').index('articleId').getAll('open-bound');
        tx.oncomplete = () => {
          open.result.close();
          // Strings, so Infinity and null stay apart on the way out.
          ok(JSON.stringify({ article: a.result, claims: c.result }, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
        };
      };
    }));
    const before = await stored();
    expect(before).toContain('"high":"Infinity"');
    const deleted = await sendFrom(page, { type: 'deleteArticle', data: { id: 'open-bound' } });
    expect(deleted.ok, deleted.error).toBe(true);
    const restored = await sendFrom(page, { type: 'restoreArticle', data: { token: deleted.data.token } });
    expect(restored.ok, restored.error).toBe(true);
    expect(JSON.parse(await stored() as string)).toEqual(JSON.parse(before as string));
    await page.close();
  });
});
