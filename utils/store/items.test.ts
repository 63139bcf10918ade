/**
 * The storage items (utils/store/items.ts) on WXT's fake browser: the topics the background
 * keeps for content scripts (stored and read back, a malformed value ignored, topics that cannot
 * be stored leave no stale ones behind), the per-site switch and the settings, with their watchers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Topic } from '../model/topic';

// WXT's storage reads `globalThis.chrome` when first imported (through @wxt-dev/browser).
vi.stubGlobal('chrome', fakeBrowser);
const items = await import('./items');
const { TOPICS_KEY, DISABLED_SITES_KEY, readStoredTopics, storeTopics } = items;

const topic = JSON.parse(readFileSync(join(import.meta.dirname, '../../seeds/topic.json'), 'utf8')) as Topic;

/** Lets storage change events reach their listeners. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('topic store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what the background stored; nothing stored reads as null', async () => {
    expect(await readStoredTopics()).toBeNull();
    await storeTopics([topic]);
    expect(await readStoredTopics()).toEqual([topic]);
  });

  it('ignores a value that is not a list of topics', async () => {
    for (const bad of [{}, 'x', [{ id: 1, entities: [] }], [{ id: 'x' }], [{ id: 'x', entities: [], requires: 'najin' }]]) {
      await fakeBrowser.storage.local.set({ [TOPICS_KEY]: bad });
      expect(await readStoredTopics(), JSON.stringify(bad)).toBeNull();
    }
  });

  it('topics that cannot be stored remove the old ones, so content scripts ask the background', async () => {
    await storeTopics([topic]);
    const full = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(storeTopics([topic, { ...topic, id: 'another' }])).rejects.toThrow(/quota/);
    expect(full).toHaveBeenCalledOnce();
    expect(await readStoredTopics()).toBeNull();
  });
});

describe('the per-site switch and the settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a site is on until switched off; the popup and the options page write the same sorted list', async () => {
    expect(await items.isSiteEnabled('news.example.org')).toBe(true);
    await items.setSiteEnabled('news.example.org', false);
    await items.setSiteEnabled('a.example.net', false);
    expect(await items.isSiteEnabled('news.example.org')).toBe(false);
    expect((await fakeBrowser.storage.local.get(DISABLED_SITES_KEY))[DISABLED_SITES_KEY]).toEqual(['a.example.net', 'news.example.org']);
    expect(await items.readSettings()).toEqual({ disabledSites: ['a.example.net', 'news.example.org'], markUnmatched: false });
    await items.writeSettings({ disabledSites: ['b.example.com', 'b.example.com'], markUnmatched: true });
    expect(await items.readSettings()).toEqual({ disabledSites: ['b.example.com'], markUnmatched: true });
    expect(await items.isSiteEnabled('news.example.org')).toBe(true);
  });

  it('a list with junk in it reads as its hostnames only', async () => {
    await fakeBrowser.storage.local.set({ [DISABLED_SITES_KEY]: ['ok.example.com', 7, null] });
    expect(await items.isSiteEnabled('ok.example.com')).toBe(false);
    expect((await items.readSettings()).disabledSites).toEqual(['ok.example.com']);
  });

  it('watchers hear a flip of their site and of the settings, and stop when aborted', async () => {
    const stop = new AbortController();
    const flips: boolean[] = [];
    const unmatched: boolean[] = [];
    const settings: Awaited<ReturnType<typeof items.readSettings>>[] = [];
    items.watchSiteEnabled('news.example.org', (on) => flips.push(on), stop.signal);
    items.watchMarkUnmatched((on) => unmatched.push(on), stop.signal);
    const unwatch = items.watchSettings((s) => settings.push(s));
    await items.setSiteEnabled('news.example.org', false);
    await settle();
    await items.writeSettings({ markUnmatched: true });
    await settle();
    expect(flips).toEqual([false]);
    expect(unmatched).toEqual([true]);
    expect(settings.at(-1)).toEqual({ disabledSites: ['news.example.org'], markUnmatched: true });
    stop.abort();
    unwatch();
    const heard = settings.length;
    await items.setSiteEnabled('news.example.org', true);
    await items.writeSettings({ markUnmatched: false });
    await settle();
    expect(flips).toEqual([false]);
    expect(unmatched).toEqual([true]);
    expect(settings.length).toBe(heard);
  });
});
