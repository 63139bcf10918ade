/**
 * Property (fast-check): for any pack the validator accepts, import, export, import gives the
 * same corpus, and the export never fails. Packs are generated with text-only articles whose
 * sentences give bare numbers (unit ""), converted units (asWritten), dates without a year
 * ("--MM-DD"), month-only dates, unicode, shared URLs and claims carried or extracted.
 * Also: a pack nested too deeply is one clear error, from the validator and `pack validate`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { openCorpus, type Corpus } from '../../store/corpus/index';
import { withArticleClaims } from './claims';
import { MAX_PACK_DEPTH, PackError, parsePack } from './index';

const fresh = (): Corpus => openCorpus({ name: 'roundtrip', indexedDB: new IDBFactory(), IDBKeyRange });

// Our own sentences; each kind of figure the engine emits.
const SENTENCES = [
  (n: number) => `The composite index closed at ${n.toLocaleString('en')} on the day, brokers said.`,
  (n: number) => `Officials counted ${n} containers at the dock.`,
  (n: number) => `The convoy covered ${n} miles before dawn.`,
  (n: number) => `Turnout rose to ${n % 100}% in Gwangju.`,
  (n: number) => `The ferry left on Oct. ${1 + (n % 28)} without its cargo.`,
  (n: number) => `Work began in March ${2000 + (n % 25)} and stopped later.`,
  (n: number) => `Around ${n} people gathered in Zürich, Владивосток and 평양 to watch.`,
  (n: number) => `Costs reached more than $${n} million, the ministry said.`,
  () => 'No figure stands in this sentence — only words: «ça va», 北朝鮮.',
];

const ENTITY_NAMES = ['Najin', 'Владивосток', '평양', 'São Tomé', 'Zürich', 'Ōsaka', 'Gwangju'];

const entity = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3'),
  name: fc.constantFrom(...ENTITY_NAMES),
  kind: fc.constantFrom('person', 'place', 'vessel', 'org', 'document'),
  aliases: fc.array(fc.constantFrom(...ENTITY_NAMES, 'Rason', 'Pyongyang'), { maxLength: 3 }),
});
const topic = fc.record({
  id: fc.constantFrom('t1', 't2', 'nk-russia-arms'),
  name: fc.constantFrom('Ports', 'Ports — 港口', 'Markets'),
  entities: fc.uniqueArray(entity, { selector: (e) => e.id, maxLength: 3 }),
});
const text = fc.array(fc.tuple(fc.nat({ max: SENTENCES.length - 1 }), fc.integer({ min: 1, max: 99_999 })), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([k, n]) => SENTENCES[k](n)).join(' '));
const date = fc.option(fc.constantFrom('2023-10-14', '2024-02-29', '2023-10-14T03:17:00+09:00', '2022-01-01T00:00:00Z'), { nil: null, freq: 2 });
const article = fc.record({
  id: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
  outlet: fc.constantFrom('Yonhap', 'Agence France-Presse', 'Ведомости', '연합뉴스'),
  title: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  url: fc.option(fc.constantFrom('https://example.org/a', 'https://example.org/b', 'https://例え.jp/記事'), { nil: null }),
  published: date,
  language: fc.constantFrom('en', 'ko', 'fr'),
  byline: fc.option(fc.constantFrom('Kim Min-jun', 'Zoë Ångström'), { nil: null }),
  dateline: fc.constant(null),
  origin: fc.constantFrom('default', 'user', 'import'),
  wire: fc.option(fc.constantFrom('Agence France-Presse'), { nil: undefined }),
  text,
  withClaims: fc.boolean(),
});

const pack = fc
  .record({ topics: fc.uniqueArray(topic, { selector: (t) => t.id, minLength: 1, maxLength: 2 }), articles: fc.uniqueArray(article, { selector: (a) => a.id, maxLength: 4 }) })
  .map(({ topics, articles }) => ({
    format: 'tally-pack',
    version: 1,
    topics,
    articles: articles.map(({ withClaims, wire, ...a }, i) => {
      const plain = { ...a, topic: topics[i % topics.length].id, ...(wire ? { wire } : {}) };
      return withClaims ? withArticleClaims(plain as never) : plain;
    }),
  }));

const counts = { accepted: 0, refused: 0, bareNumbers: 0, asWritten: 0, yearless: 0 };
afterAll(() => console.log(`round-trip property cases: ${JSON.stringify(counts)}`));

describe('import, export, import', () => {
  it('gives the same corpus for any pack the validator accepts, and the export never fails', async () => {
    await fc.assert(
      fc.asyncProperty(pack, async (raw) => {
        try {
          parsePack(raw);
        } catch (error) {
          if (!(error instanceof PackError)) throw error;
          counts.refused++;
          return;
        }
        counts.accepted++;
        const first = fresh();
        await first.importPack(JSON.stringify(raw));
        const exported = JSON.stringify(await first.exportPack());
        const claims = JSON.parse(exported).articles.flatMap((a: { claims: { unit: string; value: unknown; asWritten?: unknown }[] }) => a.claims);
        counts.bareNumbers += claims.filter((c: { unit: string }) => c.unit === '').length;
        counts.asWritten += claims.filter((c: { asWritten?: unknown }) => c.asWritten).length;
        counts.yearless += claims.filter((c: { value: unknown }) => typeof c.value === 'string' && c.value.startsWith('--')).length;
        const second = fresh();
        await second.importPack(exported);
        expect(JSON.stringify(await second.exportPack())).toBe(exported);
        expect(await second.topics()).toEqual(await first.topics());
        const strip = (rows: { addedAt: string }[]) => rows.map(({ addedAt: _a, ...rest }) => rest);
        expect(strip(await second.listArticles())).toEqual(strip(await first.listArticles()));
        first.close();
        second.close();
      }),
      { numRuns: 100 },
    );
    // The generator must reach the cases the property is about.
    expect(counts.accepted).toBeGreaterThan(50);
    expect(counts.bareNumbers).toBeGreaterThan(0);
    expect(counts.asWritten).toBeGreaterThan(0);
    expect(counts.yearless).toBeGreaterThan(0);
  }, 120_000);
});

const defaultPack = readFileSync(join(__dirname, '../../../public/packs/default.json'), 'utf8');
const undoCounts = { imports: 0, keptOwn: 0, merged: 0 };
afterAll(() => console.log(`import-undo property cases: ${JSON.stringify(undoCounts)}`));

describe('import, then undo', () => {
  it('keeps the user\'s own article and gives back the corpus exactly as it was, whatever the pack', async () => {
    await fc.assert(
      fc.asyncProperty(pack, async (raw) => {
        try {
          parsePack(raw);
        } catch (error) {
          if (error instanceof PackError) return;
          throw error;
        }
        const corpus = fresh();
        await corpus.ensureSeeded(defaultPack);
        const { id: mine } = await corpus.addArticle({ url: 'https://example.org/a', outlet: 'My own notes', text: 'I counted 41 trucks at the Tumen bridge on Sunday.' });
        const before = { pack: JSON.stringify(await corpus.exportPack()), topics: await corpus.topics(), mine: await corpus.getArticle(mine) };
        const preview = await corpus.previewPack(raw);
        const result = await corpus.importPack(raw);
        undoCounts.imports++;
        undoCounts.keptOwn += result.keptOwn;
        undoCounts.merged += preview.changes.topics.filter((t) => t.change === 'merged').length;
        expect(result.keptOwn).toBe(preview.ownArticles);
        expect(await corpus.getArticle(mine)).toEqual(before.mine);
        await corpus.undoImport(result.undo);
        expect(await corpus.topics()).toEqual(before.topics);
        expect(JSON.stringify(await corpus.exportPack())).toBe(before.pack);
        corpus.close();
      }),
      { numRuns: 40 },
    );
    expect(undoCounts.keptOwn).toBeGreaterThan(0);
    expect(undoCounts.merged).toBeGreaterThan(0);
  }, 120_000);
});

describe('a pack nested too deeply', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const withDeepValue = (levels: number) =>
    `{"format":"tally-pack","version":1,"topics":[],"articles":[{"id":"a","topic":"t","outlet":"x","title":null,"url":null,"published":null,"language":"en","byline":null,"dateline":null,"origin":"import","text":"t","claims":[{"value":${deep(levels)}}]}]}`;

  it('is one clear PackError, as text and as a parsed value, and never a stack overflow', () => {
    expect(() => parsePack(withDeepValue(100_000))).toThrow(new PackError(`the pack is nested too deeply (more than ${MAX_PACK_DEPTH} levels of arrays and objects)`));
    expect(() => parsePack(JSON.parse(withDeepValue(100_000)))).toThrow(/nested too deeply/);
    // Brackets inside strings are text, not nesting.
    expect(() => parsePack({ format: 'tally-pack', version: 1, name: deep(1_000), topics: [], articles: [] })).not.toThrow();
    expect(() => parsePack(JSON.stringify({ format: 'tally-pack', version: 1, name: `"\\${deep(1_000)}`, topics: [], articles: [] }))).not.toThrow();
  });

  it('`pack validate` says so in one line and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-deep-'));
    const file = join(dir, 'deep.json');
    writeFileSync(file, withDeepValue(100_000));
    const root = join(__dirname, '../../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/tally.ts'), 'pack', 'validate', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const status = run.status;
    const out = (run.stderr + run.stdout).trim();
    expect(status).toBe(1);
    expect(out.split('\n')).toEqual([`tally: ${file}: the pack is nested too deeply (more than ${MAX_PACK_DEPTH} levels of arrays and objects)`]);
  }, 60_000);
});
