/**
 * The Firefox build in a real Firefox (Debian's ESR, headless, driven over WebDriver BiDi): the
 * .xpi installed into a fresh profile, its event-page background seeding the corpus, and the
 * Yonhap demo page marked with the worked example's note. Without Firefox the test skips with a
 * loud message, except under CI=true, where it fails.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, seedPath, startDemoServer, type DemoServer } from '../../scripts/demo-pages';
import { buildFirefoxExtension, firefoxPath, FIREFOX, launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { describeIfBrowser, readMarks, readOpenNote, screenshot, waitForScan } from './harness';

const YONHAP = seedPath('yonhap-2023-10-14.txt');

describeIfBrowser('Firefox: the Firefox build in Firefox ESR', firefoxPath() ? null : `Firefox at ${FIREFOX} (apt-get install -y firefox-esr)`, () => {
  // A build folder of this file's own, apart from the Chrome build of the other browser tests.
  const outDir = join(ROOT, '.output', `e2e-firefox-${process.pid}`);
  let browser: FirefoxWithExtension | undefined;
  let server: DemoServer | undefined;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchFirefoxWithExtension(await buildFirefoxExtension(outDir));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('marks the 1,000-containers figure on the Yonhap page and its note names the other reports', async () => {
    const page = await browser!.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(server!.origin + YONHAP);

    // The event page seeds its corpus from packs/default.json on install: give it time.
    try {
      await waitForScan(page, { minMarks: 1, timeout: 60_000 });
    } catch (e) {
      throw new Error(`no scan with marks in Firefox: ${e}\npage console errors: ${consoleErrors.join('\n')}\n(DEBUG=pw:browser shows Firefox's own output)`);
    }

    const marks = await readMarks(page);
    const figure = marks.find((m) => m.claim && /1,000 containers/.test(m.text));
    expect(figure, JSON.stringify(marks, null, 1)).toBeDefined();
    expect(Number(figure!.reports)).toBeGreaterThanOrEqual(4);

    const mark = page.locator('p tally-mark[data-tally-claim]', { hasText: /1,000 containers/ }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await page.waitForFunction(() => !!document.querySelector('tally-notes')?.shadowRoot?.querySelector('.note'), undefined, { timeout: 5_000 });
    const note = await readOpenNote(page);
    for (const text of ['EFE', 'KBS', 'The Korea Herald']) expect(note).toContain(text);
    expect(note).toMatch(/7,000|seven thousand/i);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'firefox-yonhap-note-open');

    // Nothing left the machine: the page and the extension asked only localhost.
    expect(browser!.blocked).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('leaves a real sports page full of numbers (off the topic) unmarked', async () => {
    const page = await browser!.context.newPage();
    // aktualne.cz: a football report; what it asks of other sites is refused.
    await page.goto(`${server!.origin}/fixtures/aktualne/source.html`, { waitUntil: 'load' });
    const scans = await waitForScan(page, { timeout: 30_000 });
    expect(scans[0].onTopic).toBe(false);
    expect(await readMarks(page)).toEqual([]);
    expect(await page.$('tally-notes')).toBeNull();
    expect(browser!.blocked.every((url) => !url.includes('127.0.0.1'))).toBe(true);
    await page.close();
  });
});
