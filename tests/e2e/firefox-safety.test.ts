/**
 * Issue 10's page-side promises in Firefox ESR (the Chromium versions are page-safety.test.ts and
 * page-privacy.test.ts): a React and a Preact page that update a marked figure keep working and
 * the mark follows; on the RELEASE build a hostile page script that reads and pokes everything
 * learns nothing of the corpus, while Tally's marks are there (Tab reaches them; the page can see
 * only that its focus went into an anonymous host); the same script on the test build does learn
 * it (the control). BiDi cannot look inside a closed shadow root, so the release check of "a mark
 * is there" is the keyboard's.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, seedPath, startDemoServer, type DemoServer } from '../../scripts/demo-pages';
import { buildExtensionInChild } from './build-in-child';
import { buildFirefoxExtension, firefoxPath, FIREFOX, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { expectFrameworkPageFollows } from './framework-pages';
import { describeIfBrowser } from './harness';
import { CORPUS_ONLY, figureCenter, pokeEverything, whatThePageLearns } from './hostile-page';
import { waitForMarks } from './tally-dom';

const YONHAP = seedPath('yonhap-2023-10-14.txt');

describeIfBrowser('Firefox: pages that change, and a hostile page', firefoxPath() ? null : `Firefox at ${FIREFOX} (apt-get install -y firefox-esr)`, () => {
  const outDir = join(ROOT, '.output', `e2e-firefox-safety-${process.pid}`);
  let testBuild: FirefoxWithExtension | undefined;
  let server: DemoServer | undefined;

  beforeAll(async () => {
    server = await startDemoServer();
    testBuild = await launchFirefoxWithExtension(await buildFirefoxExtension(join(outDir, 'test')));
  });

  afterAll(async () => {
    await testBuild?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each(['react', 'preact'] as const)('a %s page that updates a marked figure keeps working, and the mark follows', async (framework) => {
    await expectFrameworkPageFollows(testBuild!.context, server!, framework);
  });

  it('control: on the test build a page script reads the corpus from the open root', async () => {
    const page = await testBuild!.context.newPage();
    try {
      await page.goto(server!.origin + YONHAP);
      await waitForMarks(page, { min: 3, timeout: 60_000 });
      const figure = await figureCenter(page, 'more than 1,000 containers');
      await page.mouse.click(figure.x, figure.y);
      await expect.poll(() => whatThePageLearns(page), { timeout: 5_000 }).toMatch(CORPUS_ONLY);
    } finally {
      await page.close();
    }
  });

  it('release build: the page reads and pokes everything and learns nothing of the corpus', async () => {
    const release = await launchFirefoxWithExtension(buildExtensionInChild(join(outDir, 'release'), 'firefox', { release: true }));
    const page = await release.context.newPage();
    try {
      await page.goto(server!.origin + YONHAP);
      // Marks are there: Tab reaches a focus target inside Tally's host (a closed root: the page
      // sees only that focus went into an anonymous div).
      await expect
        .poll(
          async () => {
            await page.keyboard.press('Tab');
            return page.evaluate(() => {
              const active = document.activeElement;
              return !!active && active.tagName === 'DIV' && active.shadowRoot === null && !active.hasAttribute('tabindex') && active !== document.body;
            });
          },
          { timeout: 60_000, interval: 250 },
        )
        .toBe(true);
      await page.keyboard.press('Enter');
      expect(await whatThePageLearns(page)).not.toMatch(CORPUS_ONLY);
      await pokeEverything(page);
      const figure = await figureCenter(page, 'more than 1,000 containers');
      await page.mouse.click(figure.x, figure.y);
      expect(await whatThePageLearns(page)).not.toMatch(CORPUS_ONLY);
    } finally {
      await page.close();
      await release.close();
    }
  });
});
