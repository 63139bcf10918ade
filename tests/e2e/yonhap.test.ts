/**
 * The worked example of DESIGN.md, in Chromium with the built extension: the Yonhap report's
 * figures are marked and their notes say how the other four reports state them. By mouse, then
 * by keyboard only; then the per-site switch removes everything at once.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, it } from 'vitest';
import { seedPath } from '../../scripts/demo-pages';
import { expectKeyboardOnlyNote, expectWorkedExampleNote, leadFigure } from './flows';
import { describeInBrowser, readMarks, readOpenNote, screenshot, waitForScan } from './harness';

const YONHAP = seedPath('yonhap-2023-10-14.txt');

describeInBrowser('Yonhap demo page', (env) => {
  it('marks the 1,000-containers figure with at least 4 other reports and shows the worked example', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page);

    const marks = await readMarks(page);
    const figure = marks.find((m) => m.claim && /1,000 containers/.test(m.text));
    expect(figure, JSON.stringify(marks, null, 1)).toBeDefined();
    expect(Number(figure!.reports)).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'yonhap-marked');

    const mark = leadFigure(page);
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const note = await readOpenNote(page);
    expectWorkedExampleNote(note);
    await screenshot(page, 'yonhap-note-open');

    // The note never covers the figure it explains.
    const markBox = (await mark.boundingBox())!;
    const noteBox = await page.evaluate(() => {
      const r = document.querySelector('tally-notes')!.shadowRoot!.querySelector('.note')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const overlaps =
      markBox.x < noteBox.x + noteBox.width && noteBox.x < markBox.x + markBox.width && markBox.y < noteBox.y + noteBox.height && noteBox.y < markBox.y + markBox.height;
    expect(overlaps).toBe(false);

    // Nothing left the machine: the page and the extension asked only localhost.
    expect(env().browser.blocked).toEqual([]);
    await page.close();
  });

  it('marks the 290 km figure and the port spelling Najin', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page);
    const marks = await readMarks(page);
    const km = marks.find((m) => m.claim && /290 kilometers/.test(m.text));
    expect(km, JSON.stringify(marks, null, 1)).toBeDefined();
    expect(Number(km!.reports)).toBeGreaterThanOrEqual(2);
    const najin = marks.find((m) => m.entity === 'najin');
    expect(najin?.text).toBe('Najin');

    await page.locator('tally-mark[data-tally-claim]', { hasText: '290 kilometers' }).first().click();
    const kmNote = await readOpenNote(page);
    expect(kmNote).toContain('EFE');
    expect(kmNote).toContain('KBS World Radio');
    expect(kmNote).toMatch(/290 kilometers/);

    await page.keyboard.press('Escape');
    await page.locator('tally-mark[data-tally-entity="najin"]').click();
    const portNote = await readOpenNote(page);
    expect(portNote).toMatch(/also reported as/i);
    expect(portNote).toContain('Rason');
    expect(portNote).toContain('Rajin');

    // The same port on EFE's page, spelled Rason there.
    await page.goto(env().server.origin + seedPath('efe-2023-10-16.txt'));
    await waitForScan(page, { minMarks: 1 });
    const rason = page.locator('tally-mark[data-tally-entity="najin"]');
    expect(await rason.textContent()).toBe('Rason');
    await rason.click();
    const efeNote = await readOpenNote(page);
    expect(efeNote).toContain('Najin');
    expect(efeNote).toContain('Rajin');
    await page.close();
  });

  it('works by keyboard only: Tab to the figure, Enter opens, Escape closes and returns focus', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page);
    await expectKeyboardOnlyNote(page, 'yonhap-note-keyboard');
    await page.close();
  });

  it('switching the site off removes every mark and note at once; on again brings them back', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page);
    await leadFigure(page).click();
    expect(await readOpenNote(page)).not.toBe('');

    await page.keyboard.press('Escape');
    const layout = () => page.$$eval('article p, article h1', (els) => els.map((e) => JSON.stringify(e.getBoundingClientRect())));
    const marked = await layout();

    const worker = env().browser.worker;
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:disabledSites': ['127.0.0.1'] }));
    await page.waitForFunction(() => !document.querySelector('tally-mark') && !document.querySelector('tally-notes'), undefined, { timeout: 5_000 });
    // The marks never moved the layout: every paragraph sits exactly where it did with them.
    expect(await layout()).toEqual(marked);
    // The text is back as it was: one text node per paragraph again.
    const split = await page.$$eval('article p', (ps) => ps.filter((p) => p.childNodes.length !== 1).length);
    expect(split).toBe(0);

    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:disabledSites': [] }));
    await page.waitForSelector('tally-mark[data-tally-claim]', { timeout: 10_000 });
    await page.close();
  });

  it('with "mark figures no other report states" on, unmatched figures get a quiet mark and an honest note', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page, { minMarks: 1 });
    expect(await page.$('tally-mark[data-tally-reports="0"]')).toBeNull();

    const worker = env().browser.worker;
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:markUnmatched': true }));
    const unmatched = page.locator('tally-mark[data-tally-reports="0"][tabindex="0"]').first();
    await unmatched.waitFor({ timeout: 10_000 });
    expect(await page.$('tally-mark[data-tally-reports="5"], tally-mark[data-tally-reports="4"], tally-mark[data-tally-reports="6"]')).not.toBeNull();
    await unmatched.click();
    expect(await readOpenNote(page)).toMatch(/No other report of/);

    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:markUnmatched': false }));
    await page.waitForFunction(() => !document.querySelector('tally-mark[data-tally-reports="0"]') && !!document.querySelector('tally-mark'), undefined, { timeout: 10_000 });
    await page.close();
  });

  it('opens on hover and closes when the pointer leaves; readable and accessible in light and dark schemes', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page, { minMarks: 1 });
    const mark = leadFigure(page);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await page.waitForFunction(() => !!document.querySelector('tally-notes')?.shadowRoot?.querySelector('.note'), undefined, { timeout: 3_000 });
    expectWorkedExampleNote(await readOpenNote(page));
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => !document.querySelector('tally-notes')?.shadowRoot?.querySelector('.note'), undefined, { timeout: 3_000 });

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await mark.click();
      await screenshot(page, `yonhap-note-${colorScheme}`);
      const results = await new AxeBuilder({ page }).include([['tally-notes', '.note']]).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The checks really ran on the note (contrast among them).
      expect(results.passes.some((p) => p.id === 'color-contrast')).toBe(true);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  // Keep this test last: Playwright's handle on the stopped worker is stale afterwards.
  it('after the browser stops the service worker, the next page wakes it and is marked as before', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page, { minMarks: 1 });
    const before = (await readMarks(page)).filter((m) => m.claim).map((m) => `${m.text}:${m.reports}`);

    // A blank tab's DevTools session watches and stops the extension's worker.
    const blank = await env().browser.context.newPage();
    const cdp = await env().browser.context.newCDPSession(blank);
    const statuses: string[] = [];
    const seen = (status: string) =>
      new Promise<void>((resolve) => {
        const poll = setInterval(() => statuses.includes(status) && (clearInterval(poll), resolve()), 50);
      });
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.includes(env().browser.extensionId)) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await seen('running');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The worker really is gone, and its in-memory corpus handle and index with it.
    await seen('stopped');
    const stoppedAt = statuses.lastIndexOf('stopped');

    await page.reload();
    await waitForScan(page, { minMarks: 1 });
    // The page's message woke a new worker.
    expect(statuses.slice(stoppedAt)).toContain('running');
    const after = (await readMarks(page)).filter((m) => m.claim).map((m) => `${m.text}:${m.reports}`);
    expect(after).toEqual(before);
    await cdp.detach();
    await blank.close();
    await page.close();
  });
});
