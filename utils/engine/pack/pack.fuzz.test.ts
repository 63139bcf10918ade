/**
 * Property tests (fast-check): random and mutated packs through validation and import. Every
 * pack is either accepted whole or refused with a PackError that says what and where, and a
 * refused import leaves the stored corpus exactly as it was. Case counts are printed.
 */
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCorpus } from '../../store/corpus/index';
import { withArticleClaims } from './claims';
import { PackError, parsePack } from './index';

const root = join(__dirname, '../../..');
const base = parsePack(readFileSync(join(root, 'public/packs/default.json'), 'utf8'));
// With claims on two articles, so mutations reach claim fields too.
const basePack = { ...base, articles: base.articles.map((a, i) => (i < 2 ? withArticleClaims(a) : a)) };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path into a JSON value (texts are long; their characters are not paths). */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const allPaths = paths(basePack as unknown as Json).filter((p) => p.length > 0);

type Mutation = { kind: 'set'; path: Path; value: Json } | { kind: 'delete'; path: Path } | { kind: 'truncate'; at: number } | { kind: 'duplicate'; index: number } | { kind: 'add-field'; path: Path; key: string };

function apply(m: Mutation): unknown {
  if (m.kind === 'truncate') return JSON.stringify(basePack).slice(0, m.at);
  const pack = structuredClone(basePack) as unknown as { articles: Json[] } & Record<string, Json>;
  if (m.kind === 'duplicate') {
    pack.articles.push(structuredClone(pack.articles[m.index % pack.articles.length]));
    return pack;
  }
  let parent: any = pack;
  for (const key of m.path.slice(0, -1)) parent = parent[key];
  const last = m.path.at(-1)!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last];
  else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][m.key] = 1;
  return pack;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...allPaths), value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...allPaths), value: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...allPaths) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat({ max: JSON.stringify(basePack).length - 1 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('add-field' as const), path: fc.constantFrom(...allPaths), key: fc.string({ minLength: 1, maxLength: 8 }) }),
);

const counts = { accepted: 0, refused: 0, imported: 0, importRefused: 0, random: 0 };
afterAll(() => console.log(`pack property cases: ${JSON.stringify(counts)}`));

/** Validation's verdict: the pack, or the PackError (anything else thrown fails the test). */
function verdict(raw: unknown): { ok: true } | { ok: false; message: string } {
  try {
    parsePack(raw);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof PackError)) throw error;
    return { ok: false, message: error.message };
  }
}

describe('mutated packs', () => {
  it('are accepted or refused with a message; never anything else', () => {
    fc.assert(
      fc.property(mutation, (m) => {
        const v = verdict(apply(m));
        if (v.ok) counts.accepted++;
        else {
          counts.refused++;
          expect(v.message.length).toBeGreaterThan(5);
          expect(v.message).not.toMatch(/\n/);
        }
        // These can never be valid: the structure is broken whatever the value.
        if (m.kind === 'truncate' || m.kind === 'duplicate') expect(v.ok).toBe(false);
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it('random JSON is refused with a message', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        counts.random++;
        const v = verdict(value);
        expect(v.ok).toBe(false);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('a refused import leaves the stored corpus unchanged; an accepted one lands', async () => {
    const corpus = openCorpus({ name: 'fuzz', indexedDB: new IDBFactory(), IDBKeyRange });
    await corpus.ensureSeeded(base);
    let before = await corpus.exportPack();
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const raw = apply(m);
        const v = verdict(raw);
        if (v.ok) {
          counts.imported++;
          await corpus.importPack(raw);
          before = await corpus.exportPack();
          return;
        }
        counts.importRefused++;
        await expect(corpus.importPack(raw)).rejects.toBeInstanceOf(PackError);
        expect(await corpus.exportPack()).toEqual(before);
      }),
      { numRuns: 120, seed: 3 },
    );
    corpus.close();
  }, 120_000);
});
