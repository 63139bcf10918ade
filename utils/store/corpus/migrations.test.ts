/**
 * Never lose the corpus across upgrades (issue 6). `tests/fixtures/corpus/v<N>.json` is a raw
 * dump of a corpus written by schema version N (the five seeds, a user article, an imported
 * article with an open bound), frozen when N was released. Each test writes that dump under the
 * schema of version N only, then opens it with this build and checks every article and claim.
 * Adding version N+1 without freezing `v<N+1>.json` fails the first test here. Each version step
 * (N → N+1, that version's upgrade alone) has its own test: no article and no claim is lost or
 * changed, whatever the layout (v1 stores a record per claim, v2 one record per article).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { decodeDump, type CorpusDump } from '../../../tests/fixtures/corpus/dump-json';
import { dumpDatabase, freshIdb, seedPack } from '../../../tests/support/corpus-fixtures';
import { CURRENT_SCHEMA_VERSION, openCorpus, SCHEMA_VERSIONS } from './index';
import type { Claim } from '../../engine/claims/types';
import type { ArticleRecord, ClaimRecord, ClaimSetRecord } from './schema';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/corpus');
const fixturePath = (version: number) => join(FIXTURES, `v${version}.json`);
const loadFixture = (version: number): CorpusDump => decodeDump(readFileSync(fixturePath(version), 'utf8'));

type Idb = ReturnType<typeof freshIdb>;
type SchemaEntry = (typeof SCHEMA_VERSIONS)[number] & { upgrade?: (tx: unknown) => unknown };

/** Opens `name` with the schema versions up to `upTo` only, as the build that shipped `upTo` did. */
function dexieAt(name: string, idb: Idb, upTo: number): Dexie {
  const db = new Dexie(name, { indexedDB: idb.indexedDB, IDBKeyRange: idb.IDBKeyRange });
  for (const entry of SCHEMA_VERSIONS as readonly SchemaEntry[]) {
    if (entry.version > upTo) break;
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade as never);
  }
  return db;
}

/** Writes a fixture's records as the build of its version would have them on disk. */
async function writeFixture(name: string, idb: Idb, fixture: CorpusDump): Promise<void> {
  const db = dexieAt(name, idb, fixture.version);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [store, rows] of Object.entries(fixture.stores)) await db.table(store).bulkPut(rows);
  });
  db.close();
}

const articlesOf = (f: CorpusDump) => f.stores.articles as ArticleRecord[];

/** Every article's claims, in order, from the raw claims store of a database at schema `version`. */
function claimsByArticle(rows: unknown[], version: number): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  if (version === 1) {
    for (const c of [...(rows as ClaimRecord[])].sort((a, b) => a.n - b.n)) out.set(c.articleId, [...(out.get(c.articleId) ?? []), c.claim]);
  } else {
    for (const set of rows as ClaimSetRecord[]) out.set(set.articleId, set.claims);
  }
  return out;
}
const claimsOf = (f: CorpusDump, articleId: string): Claim[] => claimsByArticle(f.stores.claims, f.version).get(articleId) ?? [];
const claimTotal = (f: CorpusDump) => [...claimsByArticle(f.stores.claims, f.version).values()].reduce((n, l) => n + l.length, 0);

describe('corpus schema migrations', () => {
  it(`every schema version (1..${CURRENT_SCHEMA_VERSION}) has a frozen fixture written by that version`, () => {
    const missing = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => !existsSync(fixturePath(v)));
    // Freeze one with `npx tsx tests/fixtures/corpus/make-fixture.ts` from the build that shipped it.
    expect(missing).toEqual([]);
    for (const { version } of SCHEMA_VERSIONS) expect(loadFixture(version).version).toBe(version);
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`a corpus written by schema v${version} opens under v${CURRENT_SCHEMA_VERSION} with every article and claim intact`, async () => {
      const fixture = loadFixture(version);
      const idb = freshIdb();
      await writeFixture('tally-corpus', idb, fixture);
      const corpus = openCorpus({ ...idb });

      const listed = await corpus.listArticles();
      expect(listed.map((a) => a.id).sort()).toEqual(articlesOf(fixture).map((a) => a.id).sort());
      expect(articlesOf(fixture).map((a) => a.origin).sort()).toEqual(expect.arrayContaining(['default', 'import', 'user']));
      let claims = 0;
      for (const stored of articlesOf(fixture)) {
        const article = await corpus.getArticle(stored.id);
        expect(article, stored.id).toBeDefined();
        expect(article!.text).toBe(stored.text);
        expect([article!.outlet, article!.title, article!.url, article!.published, article!.origin]).toEqual([stored.outlet, stored.title, stored.url, stored.published, stored.origin]);
        const expected = claimsOf(fixture, stored.id);
        expect(article!.claims).toEqual(expected);
        expect(article!.claimCount).toBe(expected.length);
        claims += expected.length;
      }
      expect(claims).toBe(claimTotal(fixture));
      // The open bound of the imported article survived as an open bound.
      expect((await corpus.getArticle('imported-1'))!.claims[0].high).toBe(Infinity);

      // The upgraded corpus still answers: the Yonhap lead figure has the other outlets' reports.
      const yonhap = articlesOf(fixture).find((a) => a.id.startsWith('yonhap'))!;
      const lead = claimsOf(fixture, yonhap.id).filter((c) => /1,000 containers/.test(c.quote));
      const checks = await corpus.check(lead, { url: yonhap.url ?? undefined, text: yonhap.text });
      const outlets = new Set(checks.flatMap((c) => c.reports.map((r) => r.outlet)));
      expect(outlets.size).toBeGreaterThanOrEqual(3);
      expect(outlets.has(yonhap.outlet)).toBe(false);
      expect((await corpus.search('Rajin')).length).toBeGreaterThan(0);

      // First-run seeding after the upgrade keeps the user's and the imported articles.
      await corpus.ensureSeeded(seedPack());
      const after = new Set((await corpus.listArticles()).map((a) => a.id));
      for (const a of articlesOf(fixture).filter((a) => a.origin !== 'default')) expect(after.has(a.id), a.id).toBe(true);

      // And it takes writes.
      const added = await corpus.addArticle({ url: 'https://example.com/after-upgrade', outlet: 'After', text: 'About 7,000 containers were shipped, officials said.' });
      expect((await corpus.getArticle(added.id))!.text).toContain('7,000 containers');
      corpus.close();
    });
  }

  // One test per version step (v1 → v2, v2 → v3, ...): data of N opened by N+1's schema alone.
  const steps = SCHEMA_VERSIONS.slice(1).map((next, i) => [SCHEMA_VERSIONS[i].version, next.version] as const);
  it.skipIf(steps.length > 0)('has no version step yet (only schema v1 exists): the v1 → current test above covers it', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1]);
  });
  for (const [from, to] of steps) {
    it(`step v${from} → v${to}: no record is lost`, async () => {
      const fixture = loadFixture(from);
      const idb = freshIdb();
      await writeFixture('step', idb, fixture);
      const db = dexieAt('step', idb, to);
      await db.open();
      expect(db.verno).toBe(to);
      db.close();
      const dump = await dumpDatabase(idb.indexedDB, 'step');
      expect(dump.articles).toEqual(fixture.stores.articles);
      // Every claim of every article, in order, under the new layout.
      const before = claimsByArticle(fixture.stores.claims, from);
      const after = claimsByArticle(dump.claims, to);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [id, claims] of before) expect(after.get(id), id).toEqual(claims);
      expect([...after.values()].reduce((n, l) => n + l.length, 0)).toBe(claimTotal(fixture));
    });
  }
});
