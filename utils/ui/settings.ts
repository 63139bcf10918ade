/**
 * Settings the options page edits, in `browser.storage.local`:
 * - `tally:disabledSites` (string[] of hostnames; owned by utils/site-switch.ts)
 * - `tally:markUnmatched` (boolean, default false): also mark figures no other report states.
 */
import { browser } from 'wxt/browser';
import { DISABLED_SITES_KEY } from '../site-switch';

/** browser.storage.local key: whether figures with no other report are marked too (boolean). */
export const MARK_UNMATCHED_KEY = 'tally:markUnmatched';

export interface StoredSettings {
  disabledSites: string[];
  markUnmatched: boolean;
}

/** Reads both settings, with their defaults. */
export async function readSettings(): Promise<StoredSettings> {
  const stored = await browser.storage.local.get([DISABLED_SITES_KEY, MARK_UNMATCHED_KEY]);
  const sites = stored[DISABLED_SITES_KEY];
  return {
    disabledSites: Array.isArray(sites) ? sites.filter((s): s is string => typeof s === 'string') : [],
    markUnmatched: stored[MARK_UNMATCHED_KEY] === true,
  };
}

/** Writes the settings given; content scripts see the change through storage.onChanged. */
export async function writeSettings(patch: Partial<StoredSettings>): Promise<void> {
  const update: Record<string, unknown> = {};
  if (patch.disabledSites) update[DISABLED_SITES_KEY] = [...new Set(patch.disabledSites)].sort();
  if (patch.markUnmatched !== undefined) update[MARK_UNMATCHED_KEY] = patch.markUnmatched;
  await browser.storage.local.set(update);
}

/** Calls `onChange` with the new settings whenever either key changes (the popup's site switch, say); returns the unsubscribe. */
export function watchSettings(onChange: (settings: StoredSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (DISABLED_SITES_KEY in changes || MARK_UNMATCHED_KEY in changes)) void readSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
