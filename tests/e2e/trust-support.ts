/**
 * Shared by the Trust browser tests (issue 6): a launcher like tests/e2e/chromium.ts that takes
 * extra Chromium flags (a net log from the first instant, for the privacy test), the same
 * skip/fail rule as harness.ts, and small page helpers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { CHROMIUM, isLocal } from './chromium';

/** A launched browser with the extension, its profile folder and what it saw. */
export interface TrustBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  /** Non-local requests that were aborted. */
  blocked: string[];
  close(): Promise<void>;
}

/** The built extension's folder ('' without Chromium). */
export function extensionDir(): string {
  return inject('extensionDir');
}

/** `describe` that fails under CI=true and skips loudly elsewhere when there is no Chromium. */
export function describeWithChromium(name: string, body: (extDir: string) => void): void {
  const dir = extensionDir();
  if (!dir) {
    if (process.env.CI === 'true') {
      describe(name, () => {
        it('needs Chromium at /usr/bin/chromium', () => {
          throw new Error('Chromium is missing: browser tests cannot be skipped under CI=true');
        });
      });
      return;
    }
    console.warn(`\n!!! SKIPPING browser tests "${name}": no Chromium at /usr/bin/chromium !!!\n`);
    describe.skip(name, () => body(''));
    return;
  }
  describe(name, () => body(dir));
}

/** Launches Chromium with the extension and `extraArgs`; every non-local request is aborted (and listed). */
export async function launchTrust(extDir: string, extraArgs: (profile: string) => string[] = () => [], onContext?: (context: BrowserContext) => void): Promise<TrustBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tally-trust-'));
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
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
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    worker,
    profile,
    blocked,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page (popup.html, options.html) as a tab. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Sends one message to the background from an extension page, the way the popup does. */
export function sendFrom(page: Page, message: unknown): Promise<{ ok: boolean; data?: any; error?: string }> {
  return page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
}

/** Waits until the default pack has been seeded (the corpus lists the five seeds). */
export async function waitForSeeded(page: Page, atLeast = 5, timeout = 30_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const reply = await sendFrom(page, { type: 'listArticles', data: {} });
    const n = reply.ok ? (reply.data as unknown[]).length : 0;
    if (n >= atLeast) return n;
    if (Date.now() - start > timeout) throw new Error(`corpus not seeded after ${timeout} ms (${n} articles; ${reply.error ?? ''})`);
    await page.waitForTimeout(200);
  }
}

/** A local server for pages that need their own response headers (a CSP, say). */
export async function startPagesServer(pages: Map<string, { html: string; headers?: Record<string, string> }>): Promise<{ origin: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
    res.end(page.html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    // The browser may still hold keep-alive connections: close them, or close() waits for them.
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
