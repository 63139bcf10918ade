/**
 * A full quota (issue 6): the write transaction aborts with QuotaExceededError part-way, as a
 * browser does when the origin's storage is full. The import (over the real import-port server)
 * and an added page must fail with a message that says storage is full, and leave every object
 * store byte-identical. Simulated in fake-indexeddb because Chromium ignores a CDP quota
 * override for an extension's origin (see tests/e2e/durability.test.ts).
 */
import { IDBObjectStore, IDBTransaction } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../../bench/idb-synthetic-pack';
import { dumpDatabase, freshIdb, seedPack } from '../../../tests/support/corpus-fixtures';
import { createBackgroundService } from '../../background/service';
import type { ImportPortReply } from '../../protocol/import-port';
import { createHandlers } from '../../background/handlers';
import { serveImportPort } from '../../background/import-port';
import { openCorpus, type Corpus } from './index';

const DB = 'tally-quota';
const OWN = { id: 'tally', url: 'chrome-extension://tally/options.html' };
/** Chromium's message for a transaction aborted by the quota. */
const QUOTA_MESSAGE = 'The quota has been exceeded.';

const storeProto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => unknown>;
const txProto = IDBTransaction.prototype as unknown as { _markFinished(this: any): void };
const original = { put: storeProto.put, add: storeProto.add, markFinished: txProto._markFinished };

/**
 * From the `budget`-th write on, the transaction's commit fails with QuotaExceededError, as in
 * Chromium, where the quota is checked when a transaction commits: every write succeeded, then
 * the whole transaction is rolled back and aborted.
 */
function fillQuotaAfter(budget: number): { writes: () => number } {
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    storeProto[method] = function (this: { transaction: any }, ...args: unknown[]) {
      const request = original[method].apply(this, args);
      if (++writes >= budget) this.transaction.__overQuota = true;
      return request;
    };
  }
  txProto._markFinished = function (this: any) {
    if (this.__overQuota && !this.error && this._state !== 'finished') {
      this.__overQuota = false;
      this._abort('QuotaExceededError');
      this.error = new DOMException(QUOTA_MESSAGE, 'QuotaExceededError');
    }
    return original.markFinished.call(this);
  };
  return { writes: () => writes };
}

function restoreQuota(): void {
  storeProto.put = original.put;
  storeProto.add = original.add;
  txProto._markFinished = original.markFinished;
}

afterEach(restoreQuota);

async function seeded() {
  const idb = freshIdb();
  const corpus = openCorpus({ name: DB, ...idb });
  const pack = seedPack();
  const handlers = createHandlers({ loadDefaultPack: async () => pack });
  const service = createBackgroundService<Corpus>({ openCorpus: () => corpus, loadDefaultPack: async () => pack }, { ownId: OWN.id, ownOrigin: 'chrome-extension://tally/', handlers });
  await service.onInstalled({ reason: 'install' });
  return { idb, corpus, service, dump: () => dumpDatabase(idb.indexedDB, DB) };
}

/** Runs an import over the real import-port server with a fake port; resolves with its last reply. */
function importOverPort(corpus: Corpus, json: string): Promise<ImportPortReply> {
  return new Promise((resolve) => {
    const listeners: ((m: unknown) => void)[] = [];
    const port = {
      name: 'tally:importPack',
      postMessage: (reply: ImportPortReply) => {
        if (reply.kind === 'done' || reply.kind === 'error') resolve(reply);
      },
      onMessage: { addListener: (f: (m: unknown) => void) => listeners.push(f) },
      onDisconnect: { addListener: () => undefined },
    };
    serveImportPort(port as never, async () => corpus);
    for (const f of listeners) f({ kind: 'chunk', text: json });
    for (const f of listeners) f({ kind: 'commit' });
  });
}

// The message must say what happened and that nothing was saved, not IndexedDB's raw error.
const STORAGE_FULL = /^Not enough storage space .*nothing was saved/;

describe('a full quota', () => {
  it('an import that runs out of space part-way says so and writes nothing', async () => {
    const { corpus, dump } = await seeded();
    const before = await dump();
    const json = JSON.stringify(syntheticPack(4_000, { seed: 3, name: 'too-big' }));
    // The pack is 100 articles: about 220 writes (an article and its claims record each). Full part-way.
    const quota = fillQuotaAfter(100);
    const reply = await importOverPort(corpus, json);
    console.log(`full quota, import: ${JSON.stringify(reply)} after ${quota.writes()} writes`);
    expect(quota.writes()).toBeGreaterThanOrEqual(100); // it did start writing
    expect(reply.kind).toBe('error');
    expect((reply as { error: string }).error).toMatch(STORAGE_FULL);
    expect(await dump()).toEqual(before);

    // Control: with room again, the same pack lands.
    restoreQuota();
    expect((await importOverPort(corpus, json)).kind).toBe('done');
    expect((await dump()).articles.length).toBe(before.articles.length + 100);
    corpus.close();
  });

  it('adding a page when storage is full says so and writes nothing', async () => {
    const { service, corpus, dump } = await seeded();
    const before = await dump();
    fillQuotaAfter(2);
    const reply = await service.handle(
      { type: 'addArticle', data: { url: 'https://example.com/full', outlet: 'Full Daily', title: 'x', published: '2024-01-01', language: 'en', byline: null, text: 'North Korea sent about 7,000 containers to Russia, Shin Won-sik said.' } },
      OWN,
    );
    console.log(`full quota, addArticle: ${JSON.stringify(reply)}`);
    expect(reply.ok).toBe(false);
    expect((reply as { error: string }).error).toMatch(STORAGE_FULL);
    expect(await dump()).toEqual(before);
    corpus.close();
  });
});
