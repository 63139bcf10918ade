/**
 * The background side of the popup and options page, on fake-indexeddb with the real default
 * pack: search results as the popup renders them, and the import port (chunks, preview,
 * progress, refusal, cancel). The port is a small in-memory pair standing in for runtime.connect.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { syntheticPack } from '../../bench/idb-synthetic-pack';
import { openCorpus, type Corpus } from '../store/corpus/index';
import type { ImportPortReply, ImportPortRequest } from '../protocol/import-port';
import { createHandlers, REPORTS_PER_FIGURE, TIMELINE_STEPS } from './handlers';
import { CHART_POINTS } from '../engine/matcher/search';
import { serveImportPort } from './import-port';

const defaultPack = JSON.parse(readFileSync(join(__dirname, '../../public/packs/default.json'), 'utf8'));

async function seeded(): Promise<Corpus> {
  const corpus = openCorpus({ name: 'ui-test', indexedDB: new IDBFactory(), IDBKeyRange });
  await corpus.ensureSeeded(defaultPack);
  return corpus;
}

/** An in-memory runtime Port: what the options page posts reaches the server, and back. */
function portPair() {
  const toServer: ((m: ImportPortRequest) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const replies: ImportPortReply[] = [];
  let settle: (r: ImportPortReply) => void = () => undefined;
  const port = {
    name: 'tally:importPack',
    postMessage: (reply: ImportPortReply) => {
      replies.push(reply);
      if (reply.kind !== 'progress') settle(reply);
    },
    onMessage: { addListener: (fn: (m: ImportPortRequest) => void) => toServer.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => onDisconnect.push(fn) },
    disconnect: () => onDisconnect.forEach((fn) => fn()),
  };
  return {
    port: port as never,
    replies,
    /** Posts the text in chunks, then `kind`; resolves with the final reply. */
    send(text: string, kind: 'preview' | 'commit', chunk = 50_000, extra: { replaceOwn?: boolean; plan?: string } = {}): Promise<ImportPortReply> {
      const answered = new Promise<ImportPortReply>((resolve) => (settle = resolve));
      for (let i = 0; i < text.length; i += chunk) toServer.forEach((fn) => fn({ kind: 'chunk', text: text.slice(i, i + chunk) }));
      toServer.forEach((fn) => fn({ kind, ...extra }));
      return answered;
    },
    disconnect: () => port.disconnect(),
  };
}

describe('searchCorpus', () => {
  it('maps the corpus\'s figure groups to what the popup renders', async () => {
    const corpus = await seeded();
    const handlers = createHandlers({ loadDefaultPack: async () => defaultPack });
    const groups = (await handlers.searchCorpus({ query: 'Kirby' }, corpus)).groups;
    const containers = groups.find((g) => /1,000 container/.test(g.label))!;
    expect(containers.unit).toBe('container');
    expect(containers.reports.map((r) => r.outlet)).toEqual(expect.arrayContaining(['Yonhap News Agency', 'EFE', 'KBS World Radio', 'The Korea Herald']));
    expect(containers.reports.find((r) => r.outlet === 'EFE')!.quote).toBe('over 1,000 containers');
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('sends at most REPORTS_PER_FIGURE reports of a figure, with the full count, oldest first', async () => {
    const corpus = await seeded();
    await corpus.importPack(JSON.stringify(syntheticPack(4_000, { name: 'many' })));
    const handlers = createHandlers({ loadDefaultPack: async () => defaultPack });
    const groups = (await handlers.searchCorpus({ query: 'Kirby' }, corpus)).groups;
    const big = groups.find((g) => g.reportCount > REPORTS_PER_FIGURE);
    expect(big, JSON.stringify(groups.map((g) => [g.label, g.reportCount]))).toBeTruthy();
    expect(big!.reports).toHaveLength(REPORTS_PER_FIGURE);
    const dates = big!.reports.map((r) => r.published ?? '');
    expect(dates).toEqual([...dates].sort());
    // The outlet count and the chart come from all its reports, not only the oldest sent.
    const all = (await corpus.search('Kirby')).find((r) => r.reportCount === big!.reportCount && r.figure === big!.label)!;
    const outlets = new Set(all.reports.map((r) => r.outlet));
    expect(big!.outletCount).toBe(outlets.size);
    expect(outlets.size).toBeGreaterThan(new Set(big!.reports.map((r) => r.outlet)).size);
    expect(big!.points.length).toBeLessThanOrEqual(CHART_POINTS);
    const newest = all.reports.filter((r) => !r.direction).at(-1)!;
    expect(big!.points.at(-1)!.published).toBe(newest.published);
    expect(big!.points.at(-1)!.published! > big!.reports.at(-1)!.published!).toBe(true);
  });

  it('sends the first timeline step and the latest ones, with how many were left out in between', async () => {
    const corpus = await seeded();
    const handlers = createHandlers({ loadDefaultPack: async () => defaultPack });
    const full = await corpus.search('Kirby');
    const before = (await handlers.searchCorpus({ query: 'Kirby' }, corpus)).groups;
    // The seeds alone: every timeline is short and sent whole.
    for (const group of before) expect(group.timelineOmitted).toBe(0);

    await corpus.importPack(JSON.stringify(syntheticPack(4_000, { name: 'many' })));
    const results = await corpus.search('Kirby');
    const groups = (await handlers.searchCorpus({ query: 'Kirby' }, corpus)).groups;
    const long = groups.findIndex((g) => g.timelineOmitted > 0);
    expect(long, `timelines: ${results.map((r) => r.timeline.length)} (before: ${full.map((r) => r.timeline.length)})`).toBeGreaterThanOrEqual(0);
    const steps = results[long].timeline;
    const sent = groups[long].timeline;
    expect(sent).toHaveLength(TIMELINE_STEPS);
    expect(groups[long].timelineOmitted).toBe(steps.length - TIMELINE_STEPS);
    expect(sent[0].figure).toBe(steps[0].figure);
    expect(sent.slice(1).map((s) => s.figure)).toEqual(steps.slice(-(TIMELINE_STEPS - 1)).map((s) => s.figure));
    for (const step of sent) expect(step.outlet.split(', ').length).toBeLessThanOrEqual(3);
    // Each note compares a step with the one before it in the whole timeline, left out or not.
    const note = (j: number) => {
      if (j === 0) return null;
      const [before, after] = [steps[j - 1].value, steps[j].value];
      return typeof before !== 'number' || typeof after !== 'number' || before === after ? null : after > before ? 'later and larger' : 'later and smaller';
    };
    const listed = [0, ...steps.map((_, j) => j).slice(-(TIMELINE_STEPS - 1))];
    expect(sent.map((s) => s.note)).toEqual(listed.map(note));
    expect(sent[1].note).not.toBeNull();
  });
});

describe('the import port', () => {
  it('previews, then imports in chunks with rising progress, and the articles land', async () => {
    const corpus = await seeded();
    const pack = syntheticPack(2_000, { name: 'port', claimsPerArticle: 40 });
    const text = JSON.stringify(pack);

    const preview = portPair();
    serveImportPort(preview.port, async () => corpus);
    const answer = await preview.send(text, 'preview');
    expect(answer).toEqual({ kind: 'preview', plan: expect.any(String), preview: expect.objectContaining({ articles: 50, claims: 2_000, newArticles: 50, updatedArticles: 0 }) });
    expect((await corpus.listArticles()).length).toBe(5);

    const commit = portPair();
    serveImportPort(commit.port, async () => corpus);
    expect(await commit.send(text, 'commit')).toEqual({ kind: 'done', result: { articles: 50, claims: 2_000, keptOwn: 0, undo: expect.any(String) } });
    const progress = commit.replies.filter((r) => r.kind === 'progress').map((r) => (r as { fraction: number }).fraction);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect((await corpus.listArticles()).length).toBe(55);
  });

  it('"Import" after a preview commits its plan: the pack is not sent, parsed or extracted again', async () => {
    const corpus = await seeded();
    const text = JSON.stringify(syntheticPack(2_000, { name: 'planned', claimsPerArticle: 20 }));
    const prepare = vi.spyOn(corpus, 'preparePack');
    const importPack = vi.spyOn(corpus, 'importPack');

    const preview = portPair();
    serveImportPort(preview.port, async () => corpus);
    const shown = await preview.send(text, 'preview');
    if (shown.kind !== 'preview') throw new Error(JSON.stringify(shown));
    expect(shown.plan).toEqual(expect.any(String));

    const commit = portPair();
    serveImportPort(commit.port, async () => corpus);
    const done = await commit.send('', 'commit', 50_000, { plan: shown.plan });
    expect(done).toEqual({ kind: 'done', result: { articles: shown.preview.articles, claims: 2_000, keptOwn: 0, undo: expect.any(String) } });
    // Progress still rises to the end as the articles are written.
    const progress = commit.replies.filter((r) => r.kind === 'progress').map((r) => (r as { fraction: number }).fraction);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(prepare).toHaveBeenCalledOnce();
    // The corpus was handed the prepared pack, not a text to parse.
    expect(typeof importPack.mock.calls[0][0]).not.toBe('string');
    expect((await corpus.listArticles()).length).toBe(5 + shown.preview.articles);

    // A plan is committed once; one the background does not hold (its worker stopped) asks for the text again.
    const before = await corpus.exportPack();
    for (const plan of [shown.plan, 'plan-from-a-stopped-worker']) {
      const again = portPair();
      serveImportPort(again.port, async () => corpus);
      expect(await again.send('', 'commit', 50_000, { plan })).toEqual({ kind: 'expired' });
    }
    expect(await corpus.exportPack()).toEqual(before);
  });

  it('refuses a broken pack with the problem named, and nothing changes', async () => {
    const corpus = await seeded();
    const before = await corpus.exportPack();
    const broken = JSON.stringify({ ...syntheticPack(100, { name: 'bad' }), version: 2 });
    const pair = portPair();
    serveImportPort(pair.port, async () => corpus);
    expect(await pair.send(broken, 'commit')).toEqual({ kind: 'error', error: expect.stringContaining('unsupported pack version 2') });
    expect(await corpus.exportPack()).toEqual(before);
  });

  it('a disconnect mid-import (the user pressed Stop, or closed the page) lands nothing', async () => {
    const corpus = await seeded();
    const before = await corpus.listArticles();
    const pair = portPair();
    serveImportPort(pair.port, async () => corpus);
    const text = JSON.stringify(syntheticPack(4_000, { name: 'stopped' }));
    const answered = pair.send(text, 'commit');
    // Stop as soon as the first progress arrives.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (pair.replies.some((r) => r.kind === 'progress')) {
          clearInterval(timer);
          resolve();
        }
      }, 1);
    });
    pair.disconnect();
    await Promise.race([answered, new Promise((r) => setTimeout(r, 3_000))]);
    expect((await corpus.listArticles()).map((a) => a.id)).toEqual(before.map((a) => a.id));
  });
});

/** The user's own page, added with the popup's "Add this page". */
const MY_PAGE = {
  url: 'https://intranet.example.org/notes/port-traffic?token=abc',
  outlet: 'My notes',
  title: 'Port traffic at Rason',
  published: '2024-02-01',
  language: 'en',
  byline: null,
  text: 'Satellite images of Rason show at least 40 rail cars near the pier, my colleague counted. The harbour crane count stayed at 6.',
};

describe('"Add this page" and export', () => {
  it('a page with a bare number (unit "") is added, exported and imported again unchanged', async () => {
    const corpus = await seeded();
    const handlers = createHandlers({ loadDefaultPack: async () => defaultPack });
    const page = {
      ...MY_PAGE,
      url: 'https://markets.example.com/seoul-close',
      outlet: 'Markets Desk',
      title: 'Seoul shares close higher',
      text: 'Seoul shares ended the week higher. The benchmark index closed at 2,417 on Friday, dealers said.',
    };
    const added = await handlers.addArticle(page, corpus);
    const stored = await handlers.getArticle({ id: added.id }, corpus);
    expect(stored!.claims.find((c) => c.quote === '2,417')).toMatchObject({ value: 2417, unit: '' });

    const { json } = await handlers.exportPack({}, corpus);
    const exported = JSON.parse(json);
    expect(exported.articles.find((a: { url: string }) => a.url === page.url).claims.map((c: { unit: string }) => c.unit)).toContain('');
    const again = openCorpus({ name: 'ui-test-again', indexedDB: new IDBFactory(), IDBKeyRange });
    await again.importPack(json);
    expect(JSON.parse((await handlers.exportPack({}, again)).json)).toEqual(exported);
  });
});

describe('an import over the user\'s own article', () => {
  /** A pack with an article at the address of MY_PAGE, and the built-in topic with a new alias and a new entity. */
  async function overMine(corpus: Corpus) {
    const builtIn = (await corpus.topics()).find((t) => t.id === 'nk-russia-arms')!;
    const najin = builtIn.entities.find((e) => e.id === 'najin')!;
    const topic = {
      id: builtIn.id,
      name: 'Renamed by the pack',
      entities: [
        { ...najin, name: 'Najin port', aliases: ['Rajin'] },
        { id: 'chongjin', name: 'Chongjin', kind: 'place', aliases: ['Ch\'ongjin'] },
      ],
    };
    const article = { id: 'pack-rason', topic: builtIn.id, outlet: 'Pack Outlet', title: 'Rason from the pack', url: MY_PAGE.url, published: '2024-02-03', language: 'en', byline: null, dateline: null, origin: 'import', text: 'The pack says 12 rail cars stood at Rason, officials said.' };
    const fresh = { ...article, id: 'pack-new', url: 'https://news.example.net/chongjin', title: 'Chongjin', text: 'Chongjin handled 3 ships on Monday, officials said.' };
    return { pack: JSON.stringify({ format: 'tally-pack', version: 1, topics: [topic], articles: [article, fresh] }), builtIn };
  }

  async function withMine() {
    const corpus = await seeded();
    const handlers = createHandlers({ loadDefaultPack: async () => defaultPack });
    const { id } = await handlers.addArticle(MY_PAGE, corpus);
    return { corpus, handlers, mine: id };
  }

  it('the preview names it and the topic; the default keeps it, merges the topic, and undo restores everything', async () => {
    const { corpus, handlers, mine } = await withMine();
    const { pack, builtIn } = await overMine(corpus);
    const before = { mine: await corpus.getArticle(mine), topics: await corpus.topics(), ids: (await corpus.listArticles()).map((a) => a.id) };

    const preview = portPair();
    serveImportPort(preview.port, async () => corpus);
    const shown = await preview.send(pack, 'preview');
    if (shown.kind !== 'preview') throw new Error(JSON.stringify(shown));
    expect(shown.preview.ownArticles).toBe(1);
    expect(shown.preview.changes.articles).toEqual([
      { id: mine, title: 'Rason from the pack', outlet: 'Pack Outlet', url: MY_PAGE.url, change: 'replaces-own', stored: { title: MY_PAGE.title, outlet: MY_PAGE.outlet } },
      { id: 'pack-new', title: 'Chongjin', outlet: 'Pack Outlet', url: 'https://news.example.net/chongjin', change: 'new', stored: null },
    ]);
    expect(shown.preview.changes.topics).toEqual([{ id: builtIn.id, name: builtIn.name, change: 'merged', newEntities: 1, newAliases: 1, newTerms: 0 }]);

    const commit = portPair();
    serveImportPort(commit.port, async () => corpus);
    const done = await commit.send(pack, 'commit');
    if (done.kind !== 'done') throw new Error(JSON.stringify(done));
    expect(done.result).toMatchObject({ articles: 2, keptOwn: 1 });
    const kept = await corpus.getArticle(mine);
    expect(kept).toEqual(before.mine);
    expect(kept!.origin).toBe('user');
    const merged = (await corpus.topics()).find((t) => t.id === builtIn.id)!;
    expect(merged.name).toBe(builtIn.name);
    expect(merged.entities.find((e) => e.id === 'najin')).toMatchObject({ name: 'Najin', aliases: [...builtIn.entities.find((e) => e.id === 'najin')!.aliases, 'Najin port'] });
    expect(merged.entities.map((e) => e.id)).toEqual([...builtIn.entities.map((e) => e.id), 'chongjin']);
    expect(await corpus.getArticle('pack-new')).toBeDefined();

    expect(await handlers.undoImport({ id: done.result.undo }, corpus)).toEqual({ articles: 1, topics: 1 });
    expect(await corpus.topics()).toEqual(before.topics);
    expect((await corpus.listArticles()).map((a) => a.id)).toEqual(before.ids);
    expect(await corpus.getArticle(mine)).toEqual(before.mine);
    await expect(handlers.undoImport({ id: done.result.undo }, corpus)).rejects.toThrow(/can no longer be undone/);
  });

  it('replaces it only when asked, and undo brings the user\'s own article back exactly', async () => {
    const { corpus, handlers, mine } = await withMine();
    const { pack } = await overMine(corpus);
    const before = await corpus.getArticle(mine);
    const commit = portPair();
    serveImportPort(commit.port, async () => corpus);
    const done = await commit.send(pack, 'commit', 50_000, { replaceOwn: true });
    if (done.kind !== 'done') throw new Error(JSON.stringify(done));
    expect(done.result.keptOwn).toBe(0);
    expect(await corpus.getArticle(mine)).toMatchObject({ outlet: 'Pack Outlet', origin: 'import' });
    await handlers.undoImport({ id: done.result.undo }, corpus);
    expect(await corpus.getArticle(mine)).toEqual(before);
    // The index follows: the user's figure is found again, the pack's is gone.
    const found = (await handlers.searchCorpus({ query: '40 rail cars' }, corpus)).groups;
    expect(found.flatMap((g) => g.reports.map((r) => r.outlet))).toContain('My notes');
    expect(found.flatMap((g) => g.reports.map((r) => r.outlet))).not.toContain('Pack Outlet');
  });
});
