/**
 * Privacy (issue 6): a whole session with the extension (install, first-run seeding, reading a
 * page, popup search, options page) makes no network request of the extension's own. Two
 * independent records: Playwright's request events (pages, extension pages and the service
 * worker), and Chromium's net log from the first instant of the browser, which also shows who
 * initiated each request. A control fetch from an extension page proves the attribution works.
 * And the release build tells the page itself nothing: no window message (WXT's default
 * "content script started" postMessage carried the extension's id to every page) and no
 * performance mark (the test build's `tally:scan`), and no element of Tally's it can read: no
 * data-tally-* attribute anywhere and no open shadow root (Tally's is closed in the release).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedPath, startDemoServer } from '../../scripts/demo-pages';
import { buildExtensionInChild } from './build-in-child';
import { describeWithChromium, waitForScan } from './harness';
import { clickMark, countClaimMarks, readOpenNote, tallyRootFromOutside, waitForNote } from './tally-dom';
import { openExtensionPage, waitForSeeded } from './trust-support';
import { launchWithExtension } from './chromium';

interface NetLogRequest {
  url: string;
  initiator: string | null;
}

/** Every URL request the network stack started, with its initiator ('not an origin' = the browser itself). */
function readNetLog(path: string): NetLogRequest[] {
  const log = JSON.parse(readFileSync(path, 'utf8'));
  const START = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return (log.events as { type: number; params?: { url?: string; initiator?: string } }[])
    .filter((e) => e.type === START && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? null }));
}

const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

describeWithChromium('privacy: the extension makes no network request', (extDir) => {
  it('install, seeding, reading a page, popup search, options page: no request leaves the machine on the extension\'s behalf', async () => {
    const server = await startDemoServer();
    const seen: { url: string; from: string }[] = [];
    const record = (r: Request) => {
      let from = 'page';
      try {
        from = r.serviceWorker() ? 'service-worker' : r.frame().url().startsWith('chrome-extension://') ? 'extension-page' : 'page';
      } catch {
        // A request without a frame (e.g. the worker's) is classed by its worker above.
      }
      seen.push({ url: r.url(), from });
    };
    const b = await launchWithExtension(extDir, {
      extraArgs: (profile) => [`--log-net-log=${join(profile, 'net.json')}`, '--net-log-capture-mode=Default'],
      onContext: (context) => context.on('request', record),
    });
    const own = `chrome-extension://${b.extensionId}`;
    let netlog: NetLogRequest[] = [];
    try {
      // Install and first-run seeding.
      const popup = await openExtensionPage(b.context, b.extensionId, 'popup.html');
      expect(await waitForSeeded(popup)).toBeGreaterThanOrEqual(5);

      // Reading a page: marks, and a note opened.
      const page = await b.context.newPage();
      await page.goto(server.origin + seedPath('yonhap-2023-10-14.txt'));
      await waitForScan(page);
      expect(await countClaimMarks(page)).toBeGreaterThan(0);
      await clickMark(page.locator('[data-tally-claim]').first());
      await waitForNote(page);
      expect(await readOpenNote(page)).not.toBe('');

      // Searching from the popup.
      for (const query of ['7000 containers', 'Rajin', 'Shin Won-sik']) {
        await popup.fill('#tally-search', query);
        await popup.waitForSelector('.results[aria-busy="false"]');
      }
      // The options page (article list).
      const options = await openExtensionPage(b.context, b.extensionId, 'options.html');
      await options.waitForLoadState('load');
      await options.waitForTimeout(1_000);

      // Control: an extension page's own fetch is seen and attributed to the extension.
      const control = `${server.origin}/privacy-control`;
      await options.evaluate((url) => fetch(url).then((r) => r.status), control);
      // Late requests (timers, retries) get a chance to show.
      await page.waitForTimeout(3_000);

      await b.context.close();
      netlog = readNetLog(join(b.profile, 'net.json'));

      const network = seen.filter((r) => !r.url.startsWith(`${own}/`) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
      const summary = {
        playwrightRequests: seen.length,
        extensionFiles: seen.length - network.length,
        byContext: Object.fromEntries(['page', 'extension-page', 'service-worker'].map((k) => [k, seen.filter((r) => r.from === k).length])),
        netLogRequests: netlog.length,
        netLogBrowserOwn: netlog.filter((r) => !r.initiator || r.initiator === 'not an origin').map((r) => new URL(r.url).host),
        netLogByExtension: netlog.filter((r) => r.initiator === own).map((r) => r.url),
      };
      console.log(`privacy: ${JSON.stringify(summary, null, 1)}`);

      // The control was seen, from the extension, by both records.
      expect(network.filter((r) => r.url === control).map((r) => r.from)).toEqual(['extension-page']);
      expect(netlog.filter((r) => r.initiator === own).map((r) => r.url)).toEqual([control]);
      // Apart from it, the extension's contexts requested nothing but their own files...
      expect(network.filter((r) => r.from !== 'page' && r.url !== control)).toEqual([]);
      // ...and everything the pages requested went to the local test server.
      expect(network.filter((r) => r.from === 'page' && !isLoopback(r.url))).toEqual([]);
      // No request initiated by an origin (page or extension) left the machine; the browser's
      // own (update, account checks) have no initiator and are not the extension's.
      expect(netlog.filter((r) => r.initiator && r.initiator !== 'not an origin' && !isLoopback(r.url))).toEqual([]);
      expect(b.blocked.filter((u) => netlog.some((r) => r.url === u && r.initiator && r.initiator !== 'not an origin'))).toEqual([]);
    } finally {
      await b.close().catch(() => undefined);
      await server.close();
    }
  });

  it('the release build tells a page nothing on its window or its performance timeline, on topic or off', async () => {
    // The build users load (no test hooks), next to this run's test build.
    const outDir = mkdtempSync(join(tmpdir(), 'tally-release-'));
    const releaseDir = buildExtensionInChild(outDir, 'chrome', { release: true });
    const b = await launchWithExtension(releaseDir);
    const server = await startDemoServer();
    try {
      for (const [path, marked] of [[seedPath('yonhap-2023-10-14.txt'), true], ['/fixtures/aktualne/source.html', false]] as const) {
        const page = await b.context.newPage();
        // The page's own script, from its first instant: every message its window receives.
        await page.addInitScript(() => {
          const heard: unknown[] = [];
          (window as unknown as { __heard: unknown[] }).__heard = heard;
          window.addEventListener('message', (event) => heard.push(JSON.parse(JSON.stringify(event.data ?? null))));
        });
        await page.goto(server.origin + path);
        // The page cannot see whether it is marked; the DevTools protocol can, through the closed root.
        const cdp = await b.context.newCDPSession(page);
        if (marked) await expect.poll(async () => (await tallyRootFromOutside(cdp)).labels.some((l) => /1,000 containers.*other report/.test(l)), { timeout: 30_000 }).toBe(true);
        else await page.waitForTimeout(2_000); // an off-topic page shows nothing to wait for
        const outside = await tallyRootFromOutside(cdp);
        expect(outside.mode, path).toBe('closed');
        if (!marked) expect(outside.labels, path).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard), path).toEqual([]);
        expect(await page.evaluate(() => performance.getEntries().filter((e) => /tally/i.test(e.name)).map((e) => e.name)), path).toEqual([]);
        // No element the page can reach carries a data-tally-* attribute, and none has a shadow root it can open.
        const visible = await page.evaluate(() => {
          const all = [...document.querySelectorAll('*')];
          return {
            elements: all.length,
            dataTally: all.filter((el) => el.getAttributeNames().some((a) => a.startsWith('data-tally'))).map((el) => el.outerHTML.slice(0, 120)),
            openRoots: all.filter((el) => el.shadowRoot !== null).map((el) => el.tagName),
          };
        });
        expect(visible.elements, path).toBeGreaterThan(20);
        expect(visible.dataTally, path).toEqual([]);
        expect(visible.openRoots, path).toEqual([]);
        await cdp.detach();
        // Control: the recorder hears a message when there is one.
        await page.evaluate(() => window.postMessage({ control: true }, '*'));
        await page.waitForFunction(() => (window as unknown as { __heard: unknown[] }).__heard.length === 1);
        await page.close();
      }
    } finally {
      await b.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('Chromium loads the manifest with no errors or warnings, and grants nothing beyond the content script\'s sites', async () => {
    // Control: a copy with an unknown key must show a warning, so the reading below can fail.
    const control = mkdtempSync(join(tmpdir(), 'tally-manifest-control-'));
    cpSync(extDir, control, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(control, 'manifest.json'), 'utf8'));
    writeFileSync(join(control, 'manifest.json'), JSON.stringify({ ...manifest, name: 'Tally control', bogus_key: true }));
    const b = await launchWithExtension(`${extDir},${control}`);
    try {
      const page = await b.context.newPage();
      await page.goto('chrome://extensions/');
      // Manifest warnings are collected in developer mode: turn it on and reload both, as chrome://extensions would.
      const infos = await page.evaluate(async () => {
        const dp = (globalThis as any).chrome.developerPrivate;
        await new Promise((ok) => dp.updateProfileConfiguration({ inDeveloperMode: true }, ok));
        const all: any[] = await new Promise((ok) => dp.getExtensionsInfo({ includeDisabled: true }, ok));
        for (const i of all) if (i.name.startsWith('Tally')) await new Promise((ok) => dp.reload(i.id, { failQuietly: true }, ok));
        await new Promise((r) => setTimeout(r, 1_000));
        return new Promise<any[]>((ok) => dp.getExtensionsInfo({ includeDisabled: true }, ok));
      });
      const pick = (name: string) => infos.find((i) => i.name === name);
      const report = (i: any) => ({ manifestErrors: i.manifestErrors, installWarnings: i.installWarnings, runtimeErrors: i.runtimeErrors, permissions: i.permissions });
      console.log(`chromium sees: ${JSON.stringify(report(pick('Tally')))}`);
      expect(pick('Tally control').manifestErrors.map((e: { message: string }) => e.message).join(' ')).toContain("Unrecognized manifest key 'bogus_key'");
      const tally = pick('Tally');
      expect(tally.manifestErrors).toEqual([]);
      expect(tally.installWarnings).toEqual([]);
      expect(tally.runtimeErrors).toEqual([]);
      expect(tally.permissions.simplePermissions).toEqual([]);
      expect(tally.permissions.runtimeHostPermissions.hosts.map((h: { host: string }) => h.host).sort()).toEqual(['http://*/*', 'https://*/*']);
    } finally {
      await b.close();
      rmSync(control, { recursive: true, force: true });
    }
  });
});
