/**
 * Report dates at the precision their metadata gives ("2023", "2023-10", "2023-10-14") in the
 * corpus: seeded, previewed and imported as written, listed newest first, exported oldest first.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, PACK_VERSION } from '../../engine/pack/index';
import { openCorpus, type Corpus } from './index';

const fresh = (): Corpus => openCorpus({ name: 'tally-dates-test', indexedDB: new IDBFactory(), IDBKeyRange });

/** A pack of short harbour reports, one per [id, published]. */
function pack(dates: [id: string, published: string | null][]) {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    topics: [{ id: 'harbour', name: 'Harbour', entities: [] }],
    articles: dates.map(([id, published], k) => ({
      id,
      topic: 'harbour',
      outlet: `Outlet ${id}`,
      title: null,
      url: null,
      published,
      language: 'en',
      byline: null,
      dateline: null,
      origin: 'import',
      text: `The harbour board said ${1_000 + k} containers were unloaded at the south quay.`,
    })),
  };
}

// Ids are not in date order, so an order that fell back to ids alone would show.
const MIXED: [string, string | null][] = [
  ['d-day', '2023-10-14'],
  ['a-month', '2023-10'],
  ['c-year', '2023'],
  ['b-next-month', '2023-11'],
  ['e-undated', null],
  ['f-same-month', '2023-10'],
  ['g-old-year', '2022'],
];

describe('partial report dates in the corpus', () => {
  it('the first-run seed takes "2023-10" and "2023" and stores them as written', async () => {
    const corpus = fresh();
    await corpus.ensureSeeded(pack(MIXED));
    const listed = await corpus.listArticles();
    expect(Object.fromEntries(listed.map((a) => [a.id, a.published]))).toEqual(Object.fromEntries(MIXED));
    corpus.close();
  });

  it('lists newest first: a coarse date at its first day, so after the finer dates within it; ties by id; undated last', async () => {
    const corpus = fresh();
    await corpus.importPack(pack(MIXED));
    expect((await corpus.listArticles()).map((a) => a.id)).toEqual(['b-next-month', 'd-day', 'a-month', 'f-same-month', 'c-year', 'g-old-year', 'e-undated']);
    corpus.close();
  });

  it('exports oldest first, the same order reversed but for ties and the undated', async () => {
    const corpus = fresh();
    await corpus.importPack(pack(MIXED));
    const exported = await corpus.exportPack();
    expect(exported.articles.map((a) => a.id)).toEqual(['g-old-year', 'c-year', 'a-month', 'f-same-month', 'd-day', 'b-next-month', 'e-undated']);
    expect(exported.articles.find((a) => a.id === 'a-month')?.published).toBe('2023-10');
    corpus.close();
  });

  it('previews an import of partially dated reports, and refuses a garbage date naming where', async () => {
    const corpus = fresh();
    expect((await corpus.previewPack(pack(MIXED))).newArticles).toBe(MIXED.length);
    await expect(corpus.previewPack(pack([['x', '2023-13']]))).rejects.toThrow('articles[0].published: "2023-13" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
    corpus.close();
  });

  it('adds a page whose metadata gives only a month, and dates its year-less figures by it', async () => {
    const corpus = fresh();
    const { id } = await corpus.addArticle({ outlet: 'Quay Notes', published: '2023-10', text: 'The board said 640 containers were unloaded on Oct. 3 at the south quay.' });
    const article = await corpus.getArticle(id);
    expect(article?.published).toBe('2023-10');
    expect(article?.claims.find((c) => c.unit === 'date')?.value).toBe('2023-10-03');
    corpus.close();
  });
});
