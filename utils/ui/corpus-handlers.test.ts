/**
 * The background side of the popup and options page, on fake-indexeddb with the real default
 * pack: search results as the popup renders them, and the import port (chunks, preview,
 * progress, refusal, cancel). The port is a small in-memory pair standing in for runtime.connect.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../bench/idb-synthetic-pack';
import { openCorpus, type Corpus } from '../corpus';
import type { ImportPortReply, ImportPortRequest } from '../messages';
import { createCorpusUi, REPORTS_PER_FIGURE, serveImportPort, TIMELINE_STEPS } from './corpus-handlers';

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
    send(text: string, kind: 'preview' | 'commit', chunk = 50_000): Promise<ImportPortReply> {
      const answered = new Promise<ImportPortReply>((resolve) => (settle = resolve));
      for (let i = 0; i < text.length; i += chunk) toServer.forEach((fn) => fn({ kind: 'chunk', text: text.slice(i, i + chunk) }));
      toServer.forEach((fn) => fn({ kind }));
      return answered;
    },
    disconnect: () => port.disconnect(),
  };
}

describe('searchCorpus', () => {
  it('maps the corpus\'s figure groups to what the popup renders', async () => {
    const corpus = await seeded();
    const ui = createCorpusUi({ loadDefaultPack: async () => defaultPack });
    const groups = await ui.handlers.searchCorpus({ query: 'Kirby' }, corpus);
    const containers = groups.find((g) => /1,000 container/.test(g.label))!;
    expect(containers.unit).toBe('container');
    expect(containers.reports.map((r) => r.outlet)).toEqual(expect.arrayContaining(['Yonhap News Agency', 'EFE', 'KBS World Radio', 'The Korea Herald']));
    expect(containers.reports.find((r) => r.outlet === 'EFE')!.quote).toBe('over 1,000 containers');
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });

  it('sends at most REPORTS_PER_FIGURE reports of a figure, with the full count, oldest first', async () => {
    const corpus = await seeded();
    await corpus.importPack(JSON.stringify(syntheticPack(4_000, { name: 'many' })));
    const ui = createCorpusUi({ loadDefaultPack: async () => defaultPack });
    const groups = await ui.handlers.searchCorpus({ query: 'Kirby' }, corpus);
    const big = groups.find((g) => g.reportCount > REPORTS_PER_FIGURE);
    expect(big, JSON.stringify(groups.map((g) => [g.label, g.reportCount]))).toBeTruthy();
    expect(big!.reports).toHaveLength(REPORTS_PER_FIGURE);
    const dates = big!.reports.map((r) => r.published ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('sends the first timeline step and the latest ones, with how many were left out in between', async () => {
    const corpus = await seeded();
    const ui = createCorpusUi({ loadDefaultPack: async () => defaultPack });
    const full = await corpus.search('Kirby');
    const before = await ui.handlers.searchCorpus({ query: 'Kirby' }, corpus);
    // The seeds alone: every timeline is short and sent whole.
    for (const group of before) expect(group.timelineOmitted).toBe(0);

    await corpus.importPack(JSON.stringify(syntheticPack(4_000, { name: 'many' })));
    const results = await corpus.search('Kirby');
    const groups = await ui.handlers.searchCorpus({ query: 'Kirby' }, corpus);
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
    expect(answer).toEqual({ kind: 'preview', preview: expect.objectContaining({ articles: 50, claims: 2_000, newArticles: 50, updatedArticles: 0 }) });
    expect((await corpus.listArticles()).length).toBe(5);

    const commit = portPair();
    serveImportPort(commit.port, async () => corpus);
    expect(await commit.send(text, 'commit')).toEqual({ kind: 'done', result: { articles: 50, claims: 2_000 } });
    const progress = commit.replies.filter((r) => r.kind === 'progress').map((r) => (r as { fraction: number }).fraction);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect((await corpus.listArticles()).length).toBe(55);
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
