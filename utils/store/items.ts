/**
 * Every `browser.storage.local` item of the extension, declared once with WXT's
 * `storage.defineItem` (the corpus itself lives in IndexedDB: ./corpus). Adding one: a
 * `defineItem` here and its reader (docs/architecture.md). Every value is checked on read:
 * storage is shared with older versions of the extension.
 *
 * - `tally:disabledSites` (string[] of hostnames where Tally is off; absent = on everywhere):
 *   the popup's switch and the options page write it; content scripts watch it and remove
 *   every mark at once when their site is switched off.
 * - `tally:markUnmatched` (boolean, default false): also mark figures no other report states.
 * - `tally:topics` (Topic[]): the corpus's topics, written by the background each time they
 *   change, so the content script's first look at a page reads them from storage instead of
 *   asking the background: an off-topic page wakes no service worker and sends no message at
 *   all. Missing or malformed (an install from before this key), the caller asks the background.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { Topic } from '../model/topic';

/** browser.storage.local key holding the hostnames Tally is switched off on. */
export const DISABLED_SITES_KEY = 'tally:disabledSites';
/** browser.storage.local key: whether figures with no other report are marked too (boolean). */
export const MARK_UNMATCHED_KEY = 'tally:markUnmatched';
/** browser.storage.local key: the corpus's topics (Topic[]), written by the background only. */
export const TOPICS_KEY = 'tally:topics';

const disabledSites = storage.defineItem<unknown>(`local:${DISABLED_SITES_KEY}`);
const markUnmatched = storage.defineItem<unknown>(`local:${MARK_UNMATCHED_KEY}`);
const topics = storage.defineItem<unknown>(`local:${TOPICS_KEY}`);

/**
 * Calls `onChange` with an item's new value whenever it changes, until `signal` aborts (or the
 * returned function is called). The one storage watcher of the extension.
 */
export function watchItem<T>(item: WxtStorageItem<T, Record<string, unknown>>, onChange: (value: T) => void, signal?: AbortSignal): () => void {
  const unwatch = item.watch((value) => onChange(value));
  signal?.addEventListener('abort', unwatch, { once: true });
  return unwatch;
}

function asHostList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

// ---- The per-site switch --------------------------------------------------------------------

/** Whether Tally runs on this hostname. */
export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return !asHostList(await disabledSites.getValue()).includes(hostname);
}

/** Switches Tally on or off for one hostname. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const hosts = new Set(asHostList(await disabledSites.getValue()));
  if (enabled) hosts.delete(hostname);
  else hosts.add(hostname);
  await disabledSites.setValue([...hosts].sort());
}

/** Calls `onChange(enabled)` whenever this hostname's switch flips, until `signal` aborts. */
export function watchSiteEnabled(hostname: string, onChange: (enabled: boolean) => void, signal: AbortSignal): void {
  watchItem(disabledSites, (hosts) => onChange(!asHostList(hosts).includes(hostname)), signal);
}

// ---- Settings the options page edits ----------------------------------------------------------

export interface StoredSettings {
  disabledSites: string[];
  markUnmatched: boolean;
}

/** Whether figures no other report states are marked too. */
export async function readMarkUnmatched(): Promise<boolean> {
  return (await markUnmatched.getValue()) === true;
}

/** Calls `onChange` with the mark-unmatched setting whenever it changes, until `signal` aborts. */
export function watchMarkUnmatched(onChange: (on: boolean) => void, signal: AbortSignal): void {
  watchItem(markUnmatched, (value) => onChange(value === true), signal);
}

/** Reads both settings, with their defaults. */
export async function readSettings(): Promise<StoredSettings> {
  const [sites, unmatched] = await Promise.all([disabledSites.getValue(), markUnmatched.getValue()]);
  return { disabledSites: asHostList(sites), markUnmatched: unmatched === true };
}

/** Writes the settings given, together; content scripts see the change through their watchers. */
export async function writeSettings(patch: Partial<StoredSettings>): Promise<void> {
  const update: { item: WxtStorageItem<unknown, Record<string, unknown>>; value: unknown }[] = [];
  if (patch.disabledSites) update.push({ item: disabledSites, value: [...new Set(patch.disabledSites)].sort() });
  if (patch.markUnmatched !== undefined) update.push({ item: markUnmatched, value: patch.markUnmatched });
  if (update.length) await storage.setItems(update);
}

/** Calls `onChange` with the new settings whenever either changes (the popup's site switch, say); returns the unsubscribe. */
export function watchSettings(onChange: (settings: StoredSettings) => void): () => void {
  const reread = () => void readSettings().then(onChange);
  const unwatch = [watchItem(disabledSites, reread), watchItem(markUnmatched, reread)];
  return () => unwatch.forEach((stop) => stop());
}

// ---- The topics, for content scripts ----------------------------------------------------------

/** The stored topics, or null when there are none or they are not the shape written. */
export async function readStoredTopics(): Promise<Topic[] | null> {
  const stored = await topics.getValue();
  return isTopicList(stored) ? stored : null;
}

/**
 * Stores the corpus's topics (the background, after a change). If they cannot be stored (say,
 * over the storage quota), the old ones are removed, so content scripts ask the background
 * rather than use stale topics.
 */
export async function storeTopics(list: Topic[]): Promise<void> {
  try {
    await topics.setValue(list);
  } catch (error) {
    await topics.removeValue();
    throw error;
  }
}

function isTopicList(value: unknown): value is Topic[] {
  return (
    Array.isArray(value) &&
    value.every((t) => typeof t?.id === 'string' && Array.isArray(t.entities) && (t.requires === undefined || Array.isArray(t.requires)))
  );
}
