/** Where Debian's Chromium is, and how the browser tests launch it with the extension loaded. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); chromium-headless-shell cannot load extensions. */
export const CHROMIUM = process.env.TALLY_CHROMIUM ?? '/usr/bin/chromium';

/** The Chromium executable, or null when it is not installed. */
export function chromiumPath(): string | null {
  return existsSync(CHROMIUM) ? CHROMIUM : null;
}

/** True for URLs the tests may load: localhost, the extension itself, and data/blob/about. */
export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** A fresh folder for this browser (the Chromium profile is its `user-data`); removed on close. */
  profile: string;
  /** Requests refused because they were not to localhost. */
  blocked: string[];
  close(): Promise<void>;
}

/** How to launch: `headless: false` needs a display. */
export interface LaunchOptions {
  headless?: boolean;
  /** More Chromium flags, given the launch's own folder (e.g. a net log written there). */
  extraArgs?: (profile: string) => string[];
  /** Called with the context before any page loads (to record requests from the first instant). */
  onContext?: (context: BrowserContext) => void;
}

/**
 * Aborts every http(s) request that is not to localhost, in any page of `context`; returns the
 * list the refused URLs are added to. Only http(s) is intercepted: routing the extension's own
 * chrome-extension:// or moz-extension:// loads breaks them.
 */
export async function blockNonLocal(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !isLocal(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort();
    },
  );
  return blocked;
}

/**
 * Launches Chromium with the extension at `extensionDir` (several: comma-separated) in a fresh
 * profile, every non-local request aborted.
 */
export async function launchWithExtension(extensionDir: string, { headless = true, extraArgs = () => [], onContext }: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tally-profile-'));
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs(profile),
    ],
  });
  onContext?.(context);
  const blocked = await blockNonLocal(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profile,
    blocked,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records the page's long tasks from its first instant (call before `goto`); read them with `longTasks`. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The durations (ms) of the long tasks seen so far on a page set up by `recordLongTasks`. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}
