/**
 * Test support for the corpus's durability tests (fuzzed messages, migrations, quota): the seed
 * pack as the default pack is built, a fresh fake-indexeddb per test, and a raw dump of every
 * object store, so "no effect on the corpus" is checked byte for byte, not through the API.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { buildPack, type IndexEntry } from '../../utils/engine/pack/build';
import { parseTopic, type Pack } from '../../utils/engine/pack/index';
import type { PageClaimView } from '../../utils/model/view-models';
import { checkArticle } from '../../cli/check';

export const ROOT = join(import.meta.dirname, '../..');

/** The five seeds as a pack (no precomputed claims: the import extracts them, like first-run seeding). */
export function seedPack(): Pack {
  const index = JSON.parse(readFileSync(join(ROOT, 'seeds/index.json'), 'utf8')) as { articles: IndexEntry[] };
  const topic = parseTopic(JSON.parse(readFileSync(join(ROOT, 'seeds/topic.json'), 'utf8')));
  const files = new Map(index.articles.map((a) => [a.file, readFileSync(join(ROOT, 'seeds', a.file), 'utf8')]));
  return buildPack({ index, files, topics: [topic] });
}

/** A fresh, empty IndexedDB (fake-indexeddb) for one test. */
export function freshIdb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

/** Every object store of database `name`: store name → all its records, in key order. */
export async function dumpDatabase(indexedDB: IDBFactory, name: string): Promise<Record<string, unknown[]>> {
  const db = await request(indexedDB.open(name));
  try {
    const out: Record<string, unknown[]> = {};
    const names = [...db.objectStoreNames].sort();
    if (!names.length) return out;
    const tx = db.transaction(names, 'readonly');
    for (const store of names) out[store] = await request(tx.objectStore(store).getAll());
    return out;
  } finally {
    db.close();
  }
}

/**
 * The Yonhap seed's figures as the content script holds them after a scan: each with its check
 * against the other seeds (the CLI's check use case), ids in reading order. For view tests.
 */
export function yonhapPageClaims(): PageClaimView[] {
  const { checks } = checkArticle(readFileSync(join(ROOT, 'seeds/yonhap-2023-10-14.txt'), 'utf8'), 'yonhap-2023-10-14.txt', seedPack());
  return checks
    .filter((check) => check.claim.unit !== 'date')
    .map((check, n) => ({ id: `t${n + 1}`, quote: check.claim.quote, reports: check.reports.length, check: JSON.parse(JSON.stringify(check)) }));
}
