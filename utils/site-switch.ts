/**
 * Per-site switch. Storage: `browser.storage.local` key `tally:disabledSites`, a string[] of
 * hostnames where Tally is off (absent = on everywhere). Content scripts watch the key and
 * remove every mark at once when their site is switched off. The popup writes it.
 */
import { browser } from 'wxt/browser';

/** The browser.storage.local key holding the hostnames Tally is switched off on. */
export const DISABLED_SITES_KEY = 'tally:disabledSites';

function asHostList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

/** Whether Tally runs on this hostname. */
export async function isSiteEnabled(hostname: string): Promise<boolean> {
  const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
  return !asHostList(stored[DISABLED_SITES_KEY]).includes(hostname);
}

/** Switches Tally on or off for one hostname. */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const stored = await browser.storage.local.get(DISABLED_SITES_KEY);
  const hosts = new Set(asHostList(stored[DISABLED_SITES_KEY]));
  if (enabled) hosts.delete(hostname);
  else hosts.add(hostname);
  await browser.storage.local.set({ [DISABLED_SITES_KEY]: [...hosts].sort() });
}

/** Calls `onChange(enabled)` whenever this hostname's switch flips, until `signal` aborts. */
export function watchSiteEnabled(hostname: string, onChange: (enabled: boolean) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(DISABLED_SITES_KEY in changes)) return;
    onChange(!asHostList(changes[DISABLED_SITES_KEY].newValue).includes(hostname));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
