/**
 * The background service over the real corpus (Dexie on fake-indexeddb) and the real default
 * pack: first-run seeding, an update that keeps the user's articles, a worker the browser killed
 * (a new service on the same database answers without being told to reopen), and messages that
 * arrive while the first seed is still landing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshIdb } from '../../tests/support/corpus-fixtures';
import { createBackgroundService } from './service';
import { extractClaims } from '../engine/claims';
import { openCorpus, type Corpus } from '../store/corpus/index';
import type { CheckPageReply } from '../protocol/messages';
import type { Topic } from '../engine/topics';
import { createHandlers } from './handlers';

const ROOT = join(import.meta.dirname, '../..');
const defaultPack = JSON.parse(readFileSync(join(ROOT, 'public/packs/default.json'), 'utf8'));
const yonhap = readFileSync(join(ROOT, 'seeds/yonhap-2023-10-14.txt'), 'utf8');
const OWN_ID = 'tallyunittest';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const CONTENT_SCRIPT = { id: OWN_ID, url: 'https://en.yna.co.kr/view/AEN20231014000351315' };
const OPTIONS_PAGE = { id: OWN_ID, url: `${OWN_ORIGIN}options.html` };

function makeService(idb: ReturnType<typeof freshIdb>, name: string, opened: { count: number } = { count: 0 }) {
  const handlers = createHandlers({ loadDefaultPack: async () => defaultPack });
  return createBackgroundService<Corpus>(
    {
      openCorpus: () => {
        opened.count++;
        return openCorpus({ name, ...idb });
      },
      loadDefaultPack: async () => defaultPack,
    },
    { ownId: OWN_ID, ownOrigin: OWN_ORIGIN, handlers },
  );
}

async function ok<T>(reply: Promise<{ ok: boolean; data?: unknown; error?: string }>): Promise<T> {
  const r = await reply;
  if (!r.ok) throw new Error(r.error);
  return r.data as T;
}

describe('background service', () => {
  it('seeds the default pack on install and answers a page batch with the worked example', async () => {
    const service = makeService(freshIdb(), 'bg-install');
    await service.onInstalled({ reason: 'install' });
    const topics = await ok<Topic[]>(service.handle({ type: 'getTopics', data: {} }, CONTENT_SCRIPT));
    expect(topics.map((t) => t.id)).toContain('nk-russia-arms');
    expect(topics.find((t) => t.id === 'nk-russia-arms')!.entities.find((e) => e.id === 'najin')?.aliases).toContain('Rason');

    const claims = extractClaims(yonhap, { published: '2023-10-14' });
    const reply = await ok<CheckPageReply>(
      service.handle({ type: 'checkPage', data: { text: yonhap, url: CONTENT_SCRIPT.url, published: '2023-10-14', markUnmatched: true } }, CONTENT_SCRIPT),
    );
    expect(reply.topic).toBe('nk-russia-arms');
    // Every figure the engine reads comes back, at the engine's offsets (markUnmatched asks for the unmatched too).
    expect(reply.checks.map((c) => [c.claim.start, c.claim.quote])).toEqual(claims.map((c) => [c.start, c.quote]));
    const containers = reply.checks.find((c) => /more than 1,000 containers/.test(c.claim.quote));
    const outlets = new Set(containers!.reports.map((r) => r.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(4);
    // The page's own report (the Yonhap seed itself) is not listed as another report.
    expect([...outlets]).not.toContain('Yonhap News Agency');
  });

  it('an update keeps what the user added', async () => {
    const idb = freshIdb();
    const service = makeService(idb, 'bg-update');
    await service.onInstalled({ reason: 'install' });
    const text = 'Seoul said on Monday that North Korea had shipped about 6,700 containers of munitions to Russia since August, the defence ministry said.';
    await ok(service.handle({ type: 'addArticle', data: { url: 'https://example.org/mine', outlet: 'My notes', title: null, published: '2024-02-27', language: 'en', byline: null, text } }, OPTIONS_PAGE));
    await service.onInstalled({ reason: 'update' });
    const rows = await ok<{ outlet: string }[]>(service.handle({ type: 'listArticles', data: {} }, OPTIONS_PAGE));
    expect(rows.map((r) => r.outlet)).toContain('My notes');
    expect(rows.length).toBe(defaultPack.articles.length + 1);
  });

  it('"Add this page" takes a page dated only to the month, and refuses a month that does not exist', async () => {
    const idb = freshIdb();
    const service = makeService(idb, 'bg-month');
    await service.onInstalled({ reason: 'install' });
    const data = { url: 'https://example.org/month', outlet: 'Month Notes', title: null, published: '2023-10', language: 'en', byline: null, text: 'The quay board said 310 barges were unloaded.' };
    await ok(service.handle({ type: 'addArticle', data }, OPTIONS_PAGE));
    const rows = await ok<{ outlet: string; published: string | null }[]>(service.handle({ type: 'listArticles', data: { outlet: 'Month Notes' } }, OPTIONS_PAGE));
    expect(rows.map((r) => r.published)).toEqual(['2023-10']);
    const bad = await service.handle({ type: 'addArticle', data: { ...data, published: '2023-13' } }, OPTIONS_PAGE);
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/published must be an ISO date/) });
  });

  it('after the browser kills the worker, a fresh service reopens the corpus lazily, once', async () => {
    const idb = freshIdb();
    await makeService(idb, 'bg-killed').onInstalled({ reason: 'install' });
    const opened = { count: 0 };
    const revived = makeService(idb, 'bg-killed', opened); // no onInstalled: a worker woken by a message
    expect(opened.count).toBe(0);
    const [topics, reply] = await Promise.all([
      ok<Topic[]>(revived.handle({ type: 'getTopics', data: {} }, CONTENT_SCRIPT)),
      ok<CheckPageReply>(revived.handle({ type: 'checkPage', data: { text: yonhap } }, CONTENT_SCRIPT)),
    ]);
    expect(opened.count).toBe(1);
    expect(topics.length).toBeGreaterThan(0);
    expect(reply.checks.some((c) => c.reports.length >= 4)).toBe(true);
  });

  it('a message that arrives while the first seed lands waits for it instead of seeing an empty corpus', async () => {
    const service = makeService(freshIdb(), 'bg-race');
    const installing = service.onInstalled({ reason: 'install' });
    const topics = await ok<Topic[]>(service.handle({ type: 'getTopics', data: {} }, CONTENT_SCRIPT));
    await installing;
    expect(topics.length).toBeGreaterThan(0);
  });

  it('refuses a wrong-shaped batch with an error that names the field, and a page cannot write the corpus', async () => {
    const service = makeService(freshIdb(), 'bg-refuse');
    const bad = await service.handle({ type: 'checkPage', data: { text: 'x', skipEntities: 'najin' } }, CONTENT_SCRIPT);
    expect(bad).toMatchObject({ ok: false });
    expect((bad as { error: string }).error).toMatch(/checkPage.*skipEntities/);
    const write = await service.handle({ type: 'resetCorpus', data: { keepUserArticles: false } }, CONTENT_SCRIPT);
    expect(write).toEqual({ ok: false, error: 'resetCorpus is not allowed from a web page' });
    const foreign = await service.handle({ type: 'getTopics', data: {} }, { id: 'someone-else', url: OPTIONS_PAGE.url });
    expect(foreign).toMatchObject({ ok: false });
  });
});
