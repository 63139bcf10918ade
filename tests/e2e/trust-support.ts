/** Small helpers shared by the Trust browser tests (issue 6): extension pages, messages, a page server. */
import type { BrowserContext, Page } from 'playwright-core';

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
