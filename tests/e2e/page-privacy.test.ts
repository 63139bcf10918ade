/**
 * What a hostile page can learn of the user's corpus (issue 10, item 2): nothing. On the RELEASE
 * build, a page script reads everything it can reach (its DOM and every open shadow root, data
 * attributes, CSS highlights, performance entries, what is under each figure), clicks, hovers
 * and presses keys on every element and at every figure with synthetic events, and then reads
 * again. It must find no word of the corpus, no count of reports, and no note; and no request
 * leaves the page. The test itself sees Tally's closed shadow root through the DevTools protocol,
 * which pierces it: marks are there, no synthetic event opened a note, and a real click does.
 * Control: the same page script run on the TEST build (open root) does learn the corpus, so the
 * script would notice a leak.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { seedPath, startDemoServer, type DemoServer } from '../../scripts/demo-pages';
import { buildExtensionInChild } from './build-in-child';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { describeWithChromium } from './harness';
import { CORPUS_ONLY, figureCenter, pokeEverything, whatThePageLearns } from './hostile-page';
import { tallyRootFromOutside } from './tally-dom';

// Words only the corpus knows: the other outlets, the later figure, the note's own wording.
describeWithChromium('a hostile page learns nothing of the corpus', (testBuildDir) => {
  let releaseDir = '';
  let out = '';
  let server: DemoServer;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'tally-release-'));
    releaseDir = buildExtensionInChild(out, 'chrome', { release: true });
    server = await startDemoServer();
  });
  afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function openYonhap(dir: string): Promise<{ b: ExtensionBrowser; page: Page; cdp: CDPSession; requests: string[] }> {
    const requests: string[] = [];
    const b = await launchWithExtension(dir, { onContext: (context) => context.on('request', (r) => requests.push(r.url())) });
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    await page.goto(server.origin + seedPath('yonhap-2023-10-14.txt'));
    await expect.poll(async () => (await tallyRootFromOutside(cdp)).labels.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    return { b, page, cdp, requests };
  }

  it('release build: the page reads and pokes everything and finds no trace of the corpus; only a real click opens a note', async () => {
    const { b, page, cdp, requests } = await openYonhap(releaseDir);
    try {
      const root = await tallyRootFromOutside(cdp);
      expect(root.mode).toBe('closed');
      expect(await whatThePageLearns(page)).not.toMatch(CORPUS_ONLY);

      await pokeEverything(page);
      expect((await tallyRootFromOutside(cdp)).note).toBe(false);
      expect(await whatThePageLearns(page)).not.toMatch(CORPUS_ONLY);

      // A real click where the figure is drawn opens its note, still out of the page's reach.
      const figure = await figureCenter(page, 'more than 1,000 containers');
      await page.mouse.click(figure.x, figure.y);
      await expect.poll(async () => (await tallyRootFromOutside(cdp)).note, { timeout: 5_000 }).toBe(true);
      expect(await whatThePageLearns(page)).not.toMatch(CORPUS_ONLY);

      // Nothing left the page but its own load.
      expect(requests.filter((url) => !url.startsWith(server.origin))).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('control: on the test build (open root, data attributes) the same page script does learn the corpus', async () => {
    const dir = inject('extensionDir') ?? testBuildDir;
    const { b, page } = await openYonhap(dir);
    try {
      const figure = await figureCenter(page, 'more than 1,000 containers');
      await page.mouse.click(figure.x, figure.y);
      await expect.poll(() => whatThePageLearns(page), { timeout: 5_000 }).toMatch(CORPUS_ONLY);
    } finally {
      await b.close();
    }
  });
});
