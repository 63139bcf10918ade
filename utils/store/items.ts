/**
 * The corpus's topics, kept in `browser.storage.local` (`tally:topics`) by the background each
 * time they change, so the content script's first look at a page reads them from storage
 * instead of asking the background: an off-topic page wakes no service worker and sends no
 * message at all. Missing or malformed (an install from before this key), the caller asks the
 * background.
 */
import { browser } from 'wxt/browser';
import type { Topic } from '../topics';

/** browser.storage.local key: the corpus's topics (Topic[]), written by the background only. */
export const TOPICS_KEY = 'tally:topics';

/** The stored topics, or null when there are none or they are not the shape written. */
export async function readStoredTopics(): Promise<Topic[] | null> {
  const stored = (await browser.storage.local.get(TOPICS_KEY))[TOPICS_KEY];
  return isTopicList(stored) ? stored : null;
}

/**
 * Stores the corpus's topics (the background, after a change). If they cannot be stored (say,
 * over the storage quota), the old ones are removed, so content scripts ask the background
 * rather than use stale topics.
 */
export async function storeTopics(topics: Topic[]): Promise<void> {
  try {
    await browser.storage.local.set({ [TOPICS_KEY]: topics });
  } catch (error) {
    await browser.storage.local.remove(TOPICS_KEY);
    throw error;
  }
}

function isTopicList(value: unknown): value is Topic[] {
  return (
    Array.isArray(value) &&
    value.every((t) => typeof t?.id === 'string' && Array.isArray(t.entities) && (t.requires === undefined || Array.isArray(t.requires)))
  );
}
