/**
 * The topics the background keeps in storage for content scripts (utils/topic-store.ts), on
 * WXT's fake browser: stored and read back, a malformed value ignored, and topics that cannot be
 * stored leave no stale ones behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Topic } from '../topics';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { TOPICS_KEY, readStoredTopics, storeTopics } = await import('./items');

const topic = JSON.parse(readFileSync(join(import.meta.dirname, '../seeds/topic.json'), 'utf8')) as Topic;

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
