/**
 * The corpus on fake-indexeddb with the real default pack: seeding, the worked example through
 * `check`, imports that land whole or not at all, export/import round trips, add/delete/undo,
 * cross-context invalidation, search.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../../bench/idb-synthetic-pack';
import { extractClaims } from '../../engine/claims/index';
import { openCorpus, PackError, type Corpus, type Topic } from './index';
import { findEntityMentions } from '../../engine/topics/index';

const root = join(__dirname, '../../..');
const defaultPack = JSON.parse(readFileSync(join(root, 'public/packs/default.json'), 'utf8'));
const seed = (f: string) => readFileSync(join(root, 'seeds', f), 'utf8');

function fresh(factory = new IDBFactory()): Corpus {
  return openCorpus({ name: 'tally-test', indexedDB: factory, IDBKeyRange });
}
async function seeded(factory = new IDBFactory()): Promise<Corpus> {
  const corpus = fresh(factory);
  await corpus.ensureSeeded(defaultPack);
  return corpus;
}

describe('seeding', () => {
  it('loads the default pack once', async () => {
    const corpus = fresh();
    expect(await corpus.ensureSeeded(defaultPack)).toEqual({ seeded: true });
    expect(await corpus.ensureSeeded(defaultPack)).toEqual({ seeded: false });
    const articles = await corpus.listArticles();
    expect(articles.map((a) => a.outlet).sort()).toEqual(['Aggregator site reprinting Agence France-Presse (machine-translated)', 'EFE', 'KBS World Radio', 'The Korea Herald', 'Yonhap News Agency']);
    expect(articles.every((a) => a.origin === 'default' && a.claimCount > 0)).toBe(true);
    expect((await corpus.topics())[0].entities.find((e) => e.id === 'najin')?.aliases).toEqual(expect.arrayContaining(['Rajin', 'Rason']));
  });

  it('an updated default pack replaces the default articles and keeps the user\'s', async () => {
    const corpus = await seeded();
    await corpus.addArticle({ url: 'https://example.org/mine', outlet: 'My Blog', text: seed('efe-2023-10-16.txt').replace('Seoul, Oct 16', 'Busan, Oct 17') });
    const updated = structuredClone(defaultPack);
    updated.articles = updated.articles.filter((a: { id: string }) => a.id !== 'efe-2023-10-16');
    expect(await corpus.ensureSeeded(updated)).toEqual({ seeded: true });
    const outlets = (await corpus.listArticles()).map((a) => a.outlet);
    expect(outlets).toContain('My Blog');
    expect(outlets).not.toContain('EFE');
  });
});

describe('check through the corpus', () => {
  it('gives the worked example for the Yonhap figure and leaves the page itself out', async () => {
    const corpus = await seeded();
    const text = seed('yonhap-2023-10-14.txt');
    const claims = extractClaims(text, { published: '2023-10-14' });
    const result = await corpus.check(claims, { text, published: '2023-10-14' });
    const reports = result.filter((c) => c.claim.quote === 'more than 1,000 containers').flatMap((c) => c.reports);
    const summary = new Set(reports.map((r) => `${r.file} ${r.relation}`));
    expect(summary).toEqual(
      new Set(['efe-2023-10-16.txt same', 'kbs-world-radio-2023-10-16.txt same', 'korea-herald-2023-10-14.txt hedge', 'afp-reprint-2024-03-18.txt same', 'afp-reprint-2024-03-18.txt update']),
    );
  });

  it('leaves out the stored report with the page\'s URL', async () => {
    const corpus = await seeded();
    const url = 'https://example.org/efe-copy';
    const text = 'Kirby said North Korea had sent over 1,000 containers full of military equipment and ammunition to Russia, Seoul said on Monday, citing Tikhoretsk.';
    await corpus.addArticle({ url, outlet: 'Example', text });
    const claims = extractClaims('A different wording: more than 1,000 containers of munitions went to Russia, Kirby said.', {});
    const outlets = async (page: { url?: string }) => (await corpus.check(claims, page))[0].reports.map((r) => r.outlet);
    expect(await outlets({})).toContain('Example');
    expect(await outlets({ url: `${url}#comments` })).not.toContain('Example');
  });

  it('an undated page the corpus holds takes its stored date: the later figure is an update, not a conflict', async () => {
    const corpus = await seeded();
    const url = 'https://www.yna.co.kr/view/AEN20231014000352315';
    const text = readFileSync(join(root, 'seeds/yonhap-2023-10-14.txt'), 'utf8');
    await corpus.addArticle({ url, outlet: 'Yonhap News Agency', published: '2023-10-14', text });
    const claims = extractClaims(text, {}).filter((c) => c.quote === 'more than 1,000 containers');
    const afp = (page: { url?: string }) =>
      corpus.check(claims, page).then((r) => r[0].reports.filter((x) => x.file === 'afp-reprint-2024-03-18.txt' && x.value === 7000).map((x) => [x.relation, x.reason]));
    // By its URL, the page has the stored report's date.
    expect(await afp({ url })).toEqual([['update', 'later and larger: Mar 2024; reprint of Agence France-Presse, not independent']]);
    // Without it, the page is only dated by the reports that state its figure, and the note says so.
    expect(await afp({})).toEqual([['update', expect.stringMatching(/this page has no date: taken as of Oct 2023/)]]);
  });

  it('sees a change written by another context (same database, another connection)', async () => {
    const factory = new IDBFactory();
    const background = await seeded(factory);
    const options = fresh(factory);
    const page = 'North Korea shipped 4,321 containers of munitions to Russia, officials said.';
    const claims = extractClaims(page, {});
    const fromWire = async () => (await background.check(claims))[0].reports.filter((r) => r.outlet === 'Test Wire').map((r) => r.relation);
    expect(await fromWire()).toEqual([]); // builds the index
    await options.addArticle({ outlet: 'Test Wire', text: 'Officials said North Korea had sent 4,321 containers of munitions to Russia by rail.' });
    expect(await fromWire()).toEqual(['same']);
  });
});

describe('the matcher index follows writes in place', () => {
  const page = 'North Korea shipped 4,321 containers of munitions to Russia through Najin, John Kirby said.';
  /** What a check and a search answer, from `corpus` and from a fresh connection that builds its index from the database. */
  async function answers(corpus: Corpus, factory: IDBFactory) {
    const rebuilt = fresh(factory);
    const ask = async (c: Corpus) => ({
      check: (await c.check(extractClaims(page, {}))).map((x) => x.reports.map((r) => [r.outlet, r.relation, r.claimId, r.reason])),
      search: (await c.search('4321 containers')).map((r) => [r.figure, r.reports.map((h) => h.claimId)]),
      alias: (await c.search('Rajin', { limit: 50 })).map((r) => [r.figure, r.reports.map((h) => h.claimId)]),
    });
    const [inPlace, fromDb] = [await ask(corpus), await ask(rebuilt)];
    rebuilt.close();
    return { inPlace, fromDb };
  }

  it('add, update, delete and undo give the same answers as a rebuild', async () => {
    const factory = new IDBFactory();
    const corpus = await seeded(factory);
    await corpus.search('containers'); // builds the index
    const url = 'https://example.org/in-place';
    const steps: (() => Promise<unknown>)[] = [
      () => corpus.addArticle({ url, outlet: 'In Place', published: '2024-02-01', text: 'Officials said North Korea had sent 4,321 containers of munitions to Russia via Rajin.' }),
      () => corpus.addArticle({ url, outlet: 'In Place', published: '2024-02-02', text: 'Officials said North Korea had sent about 4,300 containers of munitions to Russia via Rason.' }),
      () => corpus.addArticle({ outlet: 'Wire Copy', published: '2024-02-03', text: seed('yonhap-2023-10-14.txt') }),
    ];
    for (const step of steps) {
      await step();
      const { inPlace, fromDb } = await answers(corpus, factory);
      expect(inPlace).toEqual(fromDb);
    }
    const deleted = await corpus.deleteArticle((await corpus.listArticles({ outlet: 'In Place' }))[0].id);
    let { inPlace, fromDb } = await answers(corpus, factory);
    expect(inPlace).toEqual(fromDb);
    expect(inPlace.check.flat().some((r) => r[0] === 'In Place')).toBe(false);
    await corpus.restoreArticle(deleted);
    ({ inPlace, fromDb } = await answers(corpus, factory));
    expect(inPlace).toEqual(fromDb);
    expect(inPlace.check.flat().some((r) => r[0] === 'In Place')).toBe(true);
  });

  it('a write from another context after an in-place update still invalidates the index', async () => {
    const factory = new IDBFactory();
    const background = await seeded(factory);
    const options = fresh(factory);
    const claims = extractClaims(page, {});
    const outlets = async () => new Set((await background.check(claims))[0].reports.map((r) => r.outlet));
    await outlets();
    await background.addArticle({ outlet: 'Here', text: 'Officials said North Korea had sent 4,321 containers of munitions to Russia by rail.' });
    expect((await outlets()).has('Here')).toBe(true);
    await options.addArticle({ outlet: 'There', text: 'North Korea has sent 4,321 containers of munitions to Russia, officials said.' });
    expect(await outlets()).toEqual(new Set(['Here', 'There', ...[...(await outlets())].filter((o) => o !== 'Here' && o !== 'There')]));
    expect((await outlets()).has('There')).toBe(true);
    await background.addArticle({ outlet: 'Here again', text: 'About 4,321 containers of munitions went to Russia, officials said.' });
    expect((await outlets()).has('Here again')).toBe(true);
    expect((await outlets()).has('There')).toBe(true);
  });
});

describe('articles', () => {
  it('the same URL twice updates; delete and undo restore it whole', async () => {
    const corpus = await seeded();
    const url = 'https://example.org/news/1';
    const first = await corpus.addArticle({ url, outlet: 'Example', title: 'One', text: 'Pyongyang sent 500 containers of munitions to Russia via Rajin and Tikhoretsk, John Kirby said.' });
    const second = await corpus.addArticle({ url, outlet: 'Example', title: 'One, corrected', text: 'Pyongyang sent 600 containers of munitions to Russia via Rajin and Tikhoretsk, John Kirby said.' });
    expect(second).toMatchObject({ id: first.id, updated: true });
    expect(first.updated).toBe(false);
    const stored = await corpus.getArticle(first.id);
    expect(stored?.title).toBe('One, corrected');
    expect(stored?.claims.map((c) => c.value)).toEqual([600]);
    expect(stored?.topic).toBe('nk-russia-arms');

    const before = await corpus.exportPack();
    const deleted = await corpus.deleteArticle(first.id);
    expect(await corpus.getArticle(first.id)).toBeUndefined();
    await corpus.restoreArticle(deleted);
    expect(await corpus.exportPack()).toEqual(before);
  });

  it('lists by outlet and by text', async () => {
    const corpus = await seeded();
    expect((await corpus.listArticles({ outlet: 'EFE' })).map((a) => a.id)).toEqual(['efe-2023-10-16']);
    expect((await corpus.listArticles({ text: 'tikhoretsk' })).length).toBe(4);
  });
});

describe('packs', () => {
  it('export → import into an empty corpus → export is unchanged', async () => {
    const a = await seeded();
    await a.addArticle({ url: 'https://example.org/x', outlet: 'Example', text: 'Seoul said 2,500 containers of artillery shells went to Russia.' });
    const exported = await a.exportPack();
    const b = fresh();
    const summary = await b.importPack(JSON.parse(JSON.stringify(exported)));
    expect(summary).toMatchObject({ articles: 6, newArticles: 6, updatedArticles: 0 });
    expect(await b.exportPack()).toEqual(exported);
  });

  it('previews what an import would change', async () => {
    const corpus = await seeded();
    const pack = structuredClone(defaultPack);
    pack.articles.push({ ...pack.articles[0], id: 'new-one', outlet: 'New Outlet', file: null });
    const preview = await corpus.previewPack(pack);
    expect(preview).toMatchObject({ articles: 6, newArticles: 1, updatedArticles: 5, newOutlets: ['New Outlet'] });
    expect(preview.claims).toBeGreaterThan(20);
  });

  const bad: [string, (p: any) => unknown][] = [
    ['truncated', (p) => JSON.stringify(p).slice(0, 4000)],
    ['wrong version', (p) => ({ ...p, version: 2 })],
    ['string for a value', (p) => ({ ...p, articles: [{ ...p.articles[0], claims: [{ quote: 'x', start: 0, end: 1, value: 'ten', low: 1, high: 1, qualifier: 'exact', hedge: null, direction: null, unit: 'container', measure: null, attribution: null, sentence: 'x' }] }] })],
    ['duplicate id', (p) => ({ ...p, articles: [...p.articles, { ...p.articles[0], outlet: 'Other' }] })],
    ['bad date', (p) => ({ ...p, articles: [{ ...p.articles[0], published: '2023-10-32' }] })],
  ];
  it.each(bad)('refuses a pack with a %s and changes nothing', async (_name, spoil) => {
    const corpus = await seeded();
    const before = await corpus.exportPack();
    await expect(corpus.importPack(spoil(structuredClone(defaultPack)))).rejects.toBeInstanceOf(PackError);
    expect(await corpus.exportPack()).toEqual(before);
  });

  it('an import cancelled mid-way changes nothing', async () => {
    const corpus = await seeded();
    const before = await corpus.exportPack();
    const pack = structuredClone(defaultPack);
    pack.articles = pack.articles.map((a: { id: string; origin: string }) => ({ ...a, id: `copy-${a.id}`, origin: 'import' }));
    const controller = new AbortController();
    const progress: number[] = [];
    await expect(
      corpus.importPack(pack, {
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done === 2) controller.abort();
        },
      }),
    ).rejects.toThrow();
    expect(progress).toEqual([1, 2]);
    expect(await corpus.exportPack()).toEqual(before);
  });
});

describe('search', () => {
  it.each([
    ['7000 containers', ['about 7,000 containers', 'about seven thousand containers']],
    ['1 million shells', ['more than a million artillery shells']],
    ['1000 containers', ['more than 1,000 containers', 'over 1,000 containers', '1,000 containers']],
  ])('"%s" finds the figure however it is written', async (query, quotes) => {
    const corpus = await seeded();
    const [top] = await corpus.search(query);
    expect(top.reports.map((r) => r.quote)).toEqual(expect.arrayContaining(quotes));
  });

  it('"containers" shows how the figure changed: 1,000 in Oct 2023, about 7,000 in Mar 2024', async () => {
    const corpus = await seeded();
    const results = await corpus.search('containers of weapons');
    const history = results.find((r) => r.timeline.length > 1)!;
    expect(history.timeline.map((t) => [t.published?.slice(0, 7), t.value])).toEqual([
      ['2023-10', 1000],
      ['2024-03', 7000],
    ]);
  });

  it.each([
    ['Rajin', 'korea-herald-2023-10-14'],
    ['Tikoretsk', 'kbs-world-radio-2023-10-16'],
    ['Shin Wonsik', 'afp-reprint-2024-03-18'],
    // EFE names the port Rason only in the sentence of a date ("between Sep. 7 and Oct. 1").
    ['Rajin', 'efe-2023-10-16'],
  ])('"%s" (another spelling, or a typo) finds %s', async (query, articleId) => {
    const corpus = await seeded();
    const results = await corpus.search(query);
    expect(results.flatMap((r) => r.reports.map((x) => x.articleId))).toContain(articleId);
  });

  it.each([
    ['containers', 'container'],
    ['shells', 'artillery shell'],
    ['troops', 'troop'],
    ['containr', 'container'],
  ])('a bare unit, "%s", finds the figures that count it (a typo too)', async (query, unit) => {
    const corpus = await seeded();
    await corpus.addArticle({ outlet: 'Troop Wire', text: 'Russia moved about 3,000 troops to the border, officials said.' });
    const results = await corpus.search(query);
    expect(results.length).toBeGreaterThan(0);
    // First the figures of that unit ("shells" also names the munitions family, so containers of munitions follow).
    expect(results[0].unit).toBe(unit);
  });

  it('a search repeated after a write sees the new report (nothing cached outlives a change)', async () => {
    const corpus = await seeded();
    const count = async () => (await corpus.search('containers')).reduce((n, r) => n + r.reportCount, 0);
    const before = await count();
    expect(await count()).toBe(before);
    const added = await corpus.addArticle({ outlet: 'Later Wire', published: '2024-04-01', text: 'North Korea has sent about 9,000 containers to Russia, officials said.' });
    expect(await count()).toBe(before + 1);
    await corpus.deleteArticle(added.id);
    expect(await count()).toBe(before);
  });

  it('lists the first and the latest timeline steps when asked for fewer, and counts them all', async () => {
    const corpus = await seeded();
    await corpus.importPack(JSON.stringify(syntheticPack(2_000, { name: 'steps' })));
    const all = await corpus.search('Kirby');
    const few = await corpus.search('Kirby', { steps: 3 });
    expect(few.map((r) => [r.figure, r.reports])).toEqual(all.map((r) => [r.figure, r.reports]));
    for (const [k, result] of few.entries()) {
      const full = all[k].timeline;
      expect(result.stepCount).toBe(full.length);
      expect(all[k].stepCount).toBe(full.length);
      const expected = full.length <= 3 ? full : [full[0], ...full.slice(-2)];
      expect(result.timeline).toEqual(expected);
    }
    const long = all.find((r) => r.timeline.length > 3)!;
    expect(long).toBeTruthy();
    // Each step names the figure before it, listed or not.
    expect(long.timeline.map((s) => s.previous)).toEqual([null, ...long.timeline.slice(0, -1).map((s) => s.value)]);
    // A whole group (a bare unit), answered from the cache the second time, comes out the same.
    const first = await corpus.search('troops', { steps: 3 });
    expect(await corpus.search('troops', { steps: 3 })).toEqual(first);
    expect(first[0].timeline.length).toBeLessThanOrEqual(3);
  });

  it('lists the oldest reports of a figure when asked for fewer, and counts them all', async () => {
    const corpus = await seeded();
    const all = await corpus.search('1000 containers');
    const few = await corpus.search('1000 containers', { reports: 2 });
    expect(few.map((r) => r.figure)).toEqual(all.map((r) => r.figure));
    expect(few[0].reportCount).toBe(all[0].reports.length);
    expect(few[0].reports).toEqual(all[0].reports.slice(0, 2));
    expect(few[0].timeline).toEqual(all[0].timeline);
  });
});

describe('onTopicsChanged: the topics content scripts read from storage are kept current', () => {
  it('fires after a write that changes the topics (first seed, an import with a new topic), not after one that leaves them', async () => {
    const calls: string[][] = [];
    const corpus = openCorpus({ indexedDB: new IDBFactory(), IDBKeyRange, onTopicsChanged: (topics) => calls.push(topics.map((t) => t.id).sort()) });
    await corpus.ensureSeeded(defaultPack);
    expect(calls).toEqual([['nk-russia-arms']]);
    // Nothing new: a second seed, the user's own article on the topic, a delete.
    await corpus.ensureSeeded(defaultPack);
    const added = await corpus.addArticle({ outlet: 'My notes', published: '2024-02-27', text: 'North Korea shipped about 6,700 containers of munitions to Russia through Najin, officials said.' });
    await corpus.deleteArticle(added.id);
    expect(calls).toHaveLength(1);
    // A reset empties the corpus, then seeds it: the last word is the seeded topics.
    await corpus.reset({ keepUserArticles: false }, defaultPack);
    expect(calls.at(-1)).toEqual(['nk-russia-arms']);
    // A pack that brings a topic of its own.
    const withTopic = structuredClone(defaultPack);
    withTopic.topics.push({ id: 'grain-deal', name: 'Black Sea grain deal', entities: [{ id: 'odesa', name: 'Odesa', kind: 'place', aliases: ['Odessa'] }] });
    await corpus.importPack(withTopic);
    expect(calls.at(-1)).toEqual(['grain-deal', 'nk-russia-arms']);
    expect(await corpus.topics()).toHaveLength(calls.at(-1)!.length);
  });
});

describe('"Add this page" keeps what the pack format can carry', () => {
  it('a language tag in another case or with "_" and a date with a time in another form are stored in pack form, and the corpus exports', async () => {
    const corpus = await seeded();
    const { id } = await corpus.addArticle({ url: 'https://example.org/tag', outlet: 'Tag Test', language: 'EN_us', published: '2024-03-04 10:00', text: 'The harbour index ended at 1,250 on Monday.' });
    expect(await corpus.getArticle(id)).toMatchObject({ language: 'en-us', published: '2024-03-04' });
    const exported = await corpus.exportPack();
    expect(exported.articles.find((a) => a.id === id)!.claims!.map((c) => [c.quote, c.unit])).toContainEqual(['1,250', '']);
  });
});

describe('editTopic: a topic edited on the options page', () => {
  it('changes what the topic matches, tells the content scripts, and refuses a spelling that names nothing', async () => {
    const calls: string[] = [];
    const corpus = openCorpus({ indexedDB: new IDBFactory(), IDBKeyRange, onTopicsChanged: (topics) => calls.push(JSON.stringify(topics)) });
    await corpus.ensureSeeded(defaultPack);
    const page = 'Ships left Porto Nero for Dunay with 300 containers, and the cargo went on by rail to Tikhoretsk.';
    const edited = await corpus.editTopic('nk-russia-arms', { kind: 'spellings', entity: 'najin', name: 'Najin', aliases: ['Rajin', 'Porto Nero', 'Rajin'] });
    expect(edited.entities.find((e) => e.id === 'najin')).toMatchObject({ name: 'Najin', aliases: ['Rajin', 'Porto Nero'] });
    expect(calls.at(-1)).toContain('Porto Nero');
    const stored = (await corpus.topics()).find((t) => t.id === 'nk-russia-arms')!;
    expect(findEntityMentions(page, stored.entities).map((m) => m.entityId)).toEqual(['najin', 'dunay', 'tikhoretsk']);
    await expect(corpus.editTopic('nk-russia-arms', { kind: 'spellings', entity: 'najin', name: 'Najin', aliases: ['-'] })).rejects.toThrow(/nothing to match/);
    await expect(corpus.editTopic('nk-russia-arms', { kind: 'spellings', entity: 'no-such', name: 'X ray', aliases: [] })).rejects.toThrow(/no entity/);
    expect((await corpus.topics()).find((t) => t.id === 'nk-russia-arms')!.entities.find((e) => e.id === 'najin')!.aliases).toEqual(['Rajin', 'Porto Nero']);
  });

  it('keeps every edit across an import of the same topic, a new default pack and both resets; restore brings an entity back', async () => {
    const corpus = openCorpus({ indexedDB: new IDBFactory(), IDBKeyRange });
    await corpus.ensureSeeded(defaultPack);
    const topicOf = async () => (await corpus.topics()).find((t) => t.id === 'nk-russia-arms')!;
    const spellings = (t: Topic, id: string) => { const e = t.entities.find((x) => x.id === id); return e ? [e.name, ...e.aliases] : null; };
    const original = await topicOf();
    const rajin = spellings(original, 'najin')!;
    expect(rajin).toContain('Rajin');
    await corpus.editTopic('nk-russia-arms', { kind: 'rename', name: 'Arms to Russia' });
    await corpus.editTopic('nk-russia-arms', { kind: 'spellings', entity: 'najin', name: 'Najin', aliases: rajin.filter((s) => s !== 'Najin' && s !== 'Rajin') });
    await corpus.editTopic('nk-russia-arms', { kind: 'merge', entity: 'tikhoretsk', into: 'dunay' });
    const edited = await topicOf();
    expect(edited.name).toBe('Arms to Russia');
    expect(spellings(edited, 'tikhoretsk')).toBeNull();
    expect(spellings(edited, 'dunay')).toEqual(expect.arrayContaining(spellings(original, 'tikhoretsk')!));

    // A pack of the same topic (the default's own, so it names Rajin and Tikhoretsk) changes none of it.
    const preview = await corpus.previewPack(defaultPack);
    expect(preview.changes.topics).toEqual([]);
    await corpus.importPack({ ...defaultPack, articles: defaultPack.articles.slice(0, 1) });
    expect(await topicOf()).toEqual(edited);
    // A new default pack (an update of the extension), then a reset keeping the user's articles, then one dropping them.
    await corpus.ensureSeeded({ ...defaultPack, articles: defaultPack.articles.slice(1) });
    expect(await topicOf()).toEqual(edited);
    await corpus.reset({ keepUserArticles: true }, defaultPack);
    expect(await topicOf()).toEqual(edited);
    await corpus.reset({ keepUserArticles: false }, defaultPack);
    expect(await topicOf()).toEqual(edited);

    const restored = await corpus.editTopic('nk-russia-arms', { kind: 'restore', entity: 'tikhoretsk' });
    expect(spellings(restored, 'tikhoretsk')).toEqual(spellings(original, 'tikhoretsk'));
    expect(spellings(restored, 'dunay')).toEqual(spellings(original, 'dunay'));
    expect((await corpus.topicEdits())['nk-russia-arms']!.entities.tikhoretsk!.state).toBe('kept');
  });
});

describe('findDuplicate: "already in your corpus as…"', () => {
  it('finds a stored article by its URL, or by near-identical text at another address; replaces updates that one in place', async () => {
    const corpus = openCorpus({ indexedDB: new IDBFactory(), IDBKeyRange });
    await corpus.ensureSeeded(defaultPack);
    const yonhap = readFileSync(join(root, 'seeds/yonhap-2023-10-14.txt'), 'utf8');
    const found = await corpus.findDuplicate({ url: 'http://127.0.0.1:8080/article/yonhap', text: yonhap });
    expect(found).toMatchObject({ outlet: 'Yonhap News Agency', published: '2023-10-14T03:17:00+09:00' });
    // Another story's text is no duplicate.
    expect(await corpus.findDuplicate({ text: 'Floodwater forced the authority to open the dam above the town on Thursday, the mayor said, and 640 homes were under water.' })).toBeUndefined();
    const before = (await corpus.listArticles()).length;
    const saved = await corpus.addArticle({ url: 'http://127.0.0.1:8080/article/yonhap', outlet: 'Yonhap News Agency', text: yonhap, replaces: found!.id });
    expect(saved).toMatchObject({ id: found!.id, updated: true });
    expect((await corpus.listArticles()).length).toBe(before);
    // Now found by its URL too.
    expect((await corpus.findDuplicate({ url: 'http://127.0.0.1:8080/article/yonhap', text: 'x' }))?.id).toBe(found!.id);
  });
});
