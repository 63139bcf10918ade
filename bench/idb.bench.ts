/**
 * IndexedDB benchmark, in Chromium with the built extension: time to import packs of 1,000,
 * 10,000 and 100,000 claims through the options page (file chosen → validated → landed whole),
 * and the popup's search latency (p50, p95: message to the background, search, answer) at
 * those sizes, and the first search after adding one article (the background's index must take
 * it in before it answers). Goals: 100,000 claims imported in under 10 s; search under 50 ms at p95.
 *
 *   npm run bench -- idb                       # all sizes
 *   IDB_BENCH_SIZES=1000,10000 npm run bench -- idb
 *   TALLY_E2E_EXT=.output/e2e/chrome-mv3 npm run bench -- idb   # reuse a build
 *   IDB_BENCH_EXT=before:/tmp/a/chrome-mv3,after:.output/bench/chrome-mv3 IDB_BENCH_SIZES=100000 npm run bench -- idb
 *
 * IDB_BENCH_EXT compares built extensions in ONE run (`npx tsx tests/e2e/build-extension.ts
 * OUT_DIR` builds one): each gets its own browser and imports the same pack, then their searches
 * alternate query by query (the subjects' order flipping every round), so load from other
 * processes on a shared machine weighs on all of them alike. One row per subject and size.
 *
 * Prints numbers only; it never fails on a timing.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticPack } from './idb-synthetic-pack';
import { chromiumPath, launchWithExtension } from '../tests/e2e/chromium';
import { buildExtension } from '../tests/e2e/build-extension';

/** The extension APIs as code evaluated inside an extension page sees them (`page.evaluate`). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: true; data: any } | { ok: false; error: string }> };
  storage: { local: { get(keys: string | string[]): Promise<Record<string, any>> } };
};

const SIZES = (process.env.IDB_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
// What people type into the popup: figures as digits and words, places by any spelling, people, typos.
const QUERIES = ['7000 containers', '1,000 containers', 'more than 1000 containers', 'Rajin', 'Najin', 'Tikhoretsk', 'Kirby', 'Shin Won-sik', 'artillery shells', 'containr', '290 km', 'ballistic missiles', '500 troops', 'Dunai', 'rail cars'];
const ROUNDS = 8;


/** One round trip of the popup's search message, timed inside the extension page. */
async function timedSearch(page: Page, query: string): Promise<{ ms: number; groups: number }> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async (q) => {
    const start = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'searchCorpus', data: { query: q, limit: 20 } });
    if (!reply.ok) throw new Error(reply.error);
    return { ms: performance.now() - start, groups: reply.data.length as number };
  }, query);
}

interface SearchFigures {
  p50: number;
  p95: number;
  max: number;
  hits: number;
  /** Median per query, for finding the slow ones. */
  perQuery: Map<string, number>;
}

/**
 * Search latency over every query, ROUNDS times, on each subject's popup (after its cold first
 * search). With several subjects each query runs on every one of them in turn, in an order that
 * flips every round, so a noisy moment hits them alike.
 */
async function searchLatency(pages: Page[]): Promise<SearchFigures[]> {
  const times = pages.map(() => [] as number[]);
  const byQuery = pages.map(() => new Map<string, number[]>());
  const hits = pages.map(() => 0);
  for (let r = 0; r < ROUNDS; r++) {
    for (const query of QUERIES) {
      const turn = pages.map((_, s) => s);
      if (r % 2) turn.reverse();
      for (const s of turn) {
        const { ms, groups } = await timedSearch(pages[s], query);
        times[s].push(ms);
        const list = byQuery[s].get(query) ?? byQuery[s].set(query, []).get(query)!;
        list.push(ms);
        if (groups > 0) hits[s]++;
      }
    }
  }
  const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return pages.map((_, s) => {
    const sorted = [...times[s]].sort((a, b) => a - b);
    const perQuery = new Map([...byQuery[s]].map(([q, list]) => [q, at([...list].sort((a, b) => a - b), 50)]));
    return { p50: at(sorted, 50), p95: at(sorted, 95), max: sorted.at(-1)!, hits: hits[s] / ROUNDS, perQuery };
  });
}

/**
 * What this Chromium's IndexedDB itself costs, apart from Tally: the same claims put in one
 * transaction as one record per claim (indexed like the corpus's claims store), or as one record
 * per article holding its claims. Says how much of an import is the database's floor.
 */
async function idbFloor(page: Page, claims: number): Promise<{ perClaim: number; perArticle: number }> {
  const pack = syntheticPack(claims, { name: 'floor' });
  const records = pack.articles.flatMap((a) =>
    a.claims!.map((c, n) => ({ id: `${a.id}#${n}`, articleId: a.id, n, unit: c.unit, low: c.low ?? -1, high: c.high ?? Number.MAX_VALUE, entities: ['najin', 'john-kirby'], claim: c })),
  );
  const result = { perClaim: 0, perArticle: 0 };
  for (const layout of ['perClaim', 'perArticle'] as const) {
    result[layout] = await page.evaluate(
      async ({ records, layout }) => {
        const name = `tally-bench-floor-${layout}`;
        await new Promise((done) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = done;
        });
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const request = indexedDB.open(name, 1);
          request.onupgradeneeded = () => {
            const store = request.result.createObjectStore('claims', { keyPath: 'id' });
            store.createIndex('articleId', 'articleId');
            if (layout === 'perClaim') {
              store.createIndex('unit', 'unit');
              store.createIndex('unitLow', ['unit', 'low']);
              store.createIndex('unitHigh', ['unit', 'high']);
              store.createIndex('entities', 'entities', { multiEntry: true });
            }
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const rows: unknown[] = [];
        if (layout === 'perClaim') rows.push(...records);
        else {
          const byArticle = new Map<string, unknown[]>();
          for (const r of records) (byArticle.get(r.articleId) ?? byArticle.set(r.articleId, []).get(r.articleId)!).push(r);
          for (const [id, claims] of byArticle) rows.push({ id, articleId: id, claims });
        }
        const start = performance.now();
        await new Promise((resolve, reject) => {
          const tx = db.transaction('claims', 'readwrite');
          for (const row of rows) tx.objectStore('claims').put(row);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        const ms = performance.now() - start;
        db.close();
        indexedDB.deleteDatabase(name);
        return ms;
      },
      { records, layout },
    );
  }
  return result;
}

/** One extension under test: a label and its built folder. */
interface Subject {
  label: string;
  dir: string;
}

/** Opens the options page of a fresh profile, imports the pack through it, opens the popup and searches once (cold). */
async function importAndOpenPopup(subject: Subject, path: string): Promise<{ browser: Awaited<ReturnType<typeof launchWithExtension>>; popup: Page; previewMs: number; importMs: number; cold: number }> {
  // A fresh profile per size: an empty database plus the default pack, as on first install.
  const browser = await launchWithExtension(subject.dir);
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('table.articles tbody tr');

    let start = performance.now();
    await options.setInputFiles('input[type="file"]', path);
    await options.waitForSelector('[data-testid="pack-preview"], [data-testid="import-error"]', { timeout: 300_000 });
    const previewMs = performance.now() - start;
    const error = await options.$('[data-testid="import-error"]');
    if (error) throw new Error(`pack refused: ${await error.textContent()}`);

    start = performance.now();
    await options.click('button:has-text("Import")');
    await options.waitForSelector('.panel .ok:has-text("imported"), [data-testid="import-error"]', { timeout: 600_000 });
    const importMs = performance.now() - start;
    const failed = await options.$('[data-testid="import-error"]');
    if (failed) throw new Error(`import failed: ${await failed.textContent()}`);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // The first search, at once after the import (cold: it waits for the index the import started building).
    const cold = (await timedSearch(popup, QUERIES[0])).ms;
    return { browser, popup, previewMs, importMs, cold };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

export default async function bench(): Promise<void> {
  if (!chromiumPath()) {
    console.log('skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');
    return;
  }
  const subjects: Subject[] = process.env.IDB_BENCH_EXT
    ? process.env.IDB_BENCH_EXT.split(',').map((entry) => {
        const at = entry.indexOf(':');
        return at > 0 ? { label: entry.slice(0, at), dir: entry.slice(at + 1) } : { label: entry, dir: entry };
      })
    : [{ label: 'this build', dir: process.env.TALLY_E2E_EXT ?? (await buildExtension(join(import.meta.dirname, '../.output/bench'))) }];
  const labelled = subjects.length > 1;
  const extensionDir = subjects[0].dir;
  const files = mkdtempSync(join(tmpdir(), 'tally-idb-bench-'));
  console.log(`Chromium ${chromiumPath()}, ${subjects.map((s) => `${labelled ? `${s.label}: ` : ''}extension ${s.dir}`).join('; ')}; search: ${QUERIES.length} queries × ${ROUNDS} rounds per size${labelled ? ', alternating between the subjects' : ''}\n`);
  console.log(`| ${labelled ? 'build | ' : ''}claims | pack file | validate (preview) | import (landed whole) | claims/s | search cold | search p50 | search p95 | search max | queries with hits | first search after adding one article |`);
  console.log(`|${labelled ? '---|' : ''}---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  const slowest: string[] = [];
  for (const size of SIZES) {
    const path = join(files, `pack-${size}.json`);
    writeFileSync(path, JSON.stringify(syntheticPack(size, { name: `bench${size}` })));
    const mb = statSync(path).size / 1e6;
    const opened: Awaited<ReturnType<typeof importAndOpenPopup>>[] = [];
    try {
      for (const subject of subjects) opened.push(await importAndOpenPopup(subject, path));
      const searches = await searchLatency(opened.map((o) => o.popup));
      for (const [s, { popup, previewMs, importMs, cold }] of opened.entries()) {
        const search = searches[s];
        // "Add this page", then the next question to the corpus: how long until it answers with the new article in.
        await popup.evaluate(async () => {
          const reply = await chrome.runtime.sendMessage({
            type: 'addArticle',
            data: { url: 'https://bench.example/added', outlet: 'Bench Added', title: null, published: '2024-03-20', language: 'en', byline: null, text: 'North Korea sent about 4,321 rail cars of munitions to Russia through Najin, officials said.' },
          });
          if (!reply.ok) throw new Error(reply.error);
        });
        const afterAdd = await timedSearch(popup, '4321 rail cars');
        const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
        const m = (ms: number) => `${ms.toFixed(1)} ms`;
        console.log(
          `| ${labelled ? `${subjects[s].label} | ` : ''}${size.toLocaleString('en')} | ${mb.toFixed(1)} MB | ${sec(previewMs)} | ${sec(importMs)} | ${Math.round(size / (importMs / 1000)).toLocaleString('en')} | ${m(cold)} | ${m(search.p50)} | ${m(search.p95)} | ${m(search.max)} | ${search.hits}/${QUERIES.length} | ${m(afterAdd.ms)}${afterAdd.groups ? '' : ' (not found!)'} |`,
        );
        const top = [...search.perQuery].sort((a, b) => b[1] - a[1]).slice(0, 5);
        slowest.push(`- ${labelled ? `${subjects[s].label}, ` : ''}${size.toLocaleString('en')} claims: ${top.map(([q, ms]) => `"${q}" ${ms.toFixed(1)} ms`).join(', ')}`);
      }
    } finally {
      for (const { browser } of opened) await browser.close();
    }
  }
  rmSync(files, { recursive: true, force: true });
  console.log(`\nSlowest queries (median of ${ROUNDS} rounds):`);
  for (const line of slowest) console.log(line);

  // The database's own floor, for reading the import figures above.
  const floorBrowser = await launchWithExtension(extensionDir);
  try {
    const page = await floorBrowser.context.newPage();
    await page.goto(`chrome-extension://${floorBrowser.extensionId}/options.html`);
    const floorSize = 10_000;
    const floor = await idbFloor(page, floorSize);
    console.log(`\nRaw IndexedDB floor in this Chromium, ${floorSize.toLocaleString('en')} claims in one transaction:`);
    console.log(`- one record per claim (4 indexes, like the claims store): ${(floor.perClaim / 1000).toFixed(2)} s`);
    console.log(`- one record per article holding its claims: ${(floor.perArticle / 1000).toFixed(2)} s`);
  } finally {
    await floorBrowser.close();
  }
  console.log('\nGoals: 100,000 claims imported in under 10 s; search p95 under 50 ms.');
}
