/**
 * The worked example (docs/contracts.md), in Chromium with the built extension: the Yonhap report's
 * figures are marked and their notes say how the other four reports state them. By mouse, then
 * by keyboard only; then the per-site switch removes everything at once.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { seedPath } from '../../scripts/demo-pages';
import { expectKeyboardOnlyNote, expectWorkedExampleNote, leadFigure } from './flows';
import { describeInBrowser, screenshot, waitForScan } from './harness';
import { clickMark, elementUnderMark, entityMark, hoverMark, markByQuote, NOTE_IN_TALLY, noteBox, readMarks, readOpenNote, TALLY_ROOT, underlineOf, waitForMarks, waitForNote } from './tally-dom';

const YONHAP = seedPath('yonhap-2023-10-14.txt');

describeInBrowser('Yonhap demo page', (env) => {
  it('marks the 1,000-containers figure with at least 4 other reports and shows the worked example', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page);

    const marks = await readMarks(page);
    const figure = marks.find((m) => m.claim && /1,000 containers/.test(m.quote));
    expect(figure, JSON.stringify(marks, null, 1)).toBeDefined();
    expect(Number(figure!.reports)).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'yonhap-marked');

    const mark = await leadFigure(page);
    await mark.scrollIntoViewIfNeeded();
    // The underline is drawn over the figure's text: a box the size of the text, a solid bottom border.
    const underline = await underlineOf(mark);
    expect(underline.width).toBeGreaterThan(50);
    expect(underline.height).toBeGreaterThan(10);
    // The headline states it first: the lead's statement of it is drawn lightly.
    expect(underline.borderStyle).toBe((await mark.getAttribute('data-tally-repeat')) === null ? 'solid' : 'dashed');
    expect(underline.borderWidth).toBeGreaterThanOrEqual(1);
    // What the pointer meets there is the page's own paragraph: the underline takes no pointer events.
    const under = await elementUnderMark(mark);
    expect(under.tag).toBe('p');
    expect(await under.inside('article')).toBe(true);
    await clickMark(mark);
    await waitForNote(page);
    const note = await readOpenNote(page);
    expectWorkedExampleNote(note);
    await screenshot(page, 'yonhap-note-open');

    // The note never covers the figure it explains.
    const markBox = (await mark.boundingBox())!;
    const box = (await noteBox(page))!;
    const overlaps = markBox.x < box.x + box.width && box.x < markBox.x + markBox.width && markBox.y < box.y + box.height && box.y < markBox.y + markBox.height;
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
    const km = marks.find((m) => m.claim && /290 kilometers/.test(m.quote));
    expect(km, JSON.stringify(marks, null, 1)).toBeDefined();
    expect(Number(km!.reports)).toBeGreaterThanOrEqual(2);
    const najin = marks.find((m) => m.entity === 'najin');
    expect(najin?.quote).toBe('Najin');

    await clickMark(markByQuote(page, '290 kilometers'));
    await waitForNote(page);
    const kmNote = await readOpenNote(page);
    expect(kmNote).toContain('EFE');
    expect(kmNote).toContain('KBS World Radio');
    expect(kmNote).toMatch(/290 kilometers/);

    await page.keyboard.press('Escape');
    await waitForNote(page, { open: false });
    await clickMark(entityMark(page, 'najin'));
    await waitForNote(page);
    const portNote = await readOpenNote(page);
    expect(portNote).toMatch(/also reported as/i);
    expect(portNote).toContain('Rason');
    expect(portNote).toContain('Rajin');

    // The same port on EFE's page, spelled Rason there.
    await page.goto(env().server.origin + seedPath('efe-2023-10-16.txt'));
    await waitForScan(page, { minMarks: 1 });
    const rason = entityMark(page, 'najin');
    expect(await rason.getAttribute('data-tally-quote')).toBe('Rason');
    await clickMark(rason);
    await waitForNote(page);
    const efeNote = await readOpenNote(page);
    expect(efeNote).toContain('Najin');
    expect(efeNote).toContain('Rajin');
    await page.close();
  });

  it('a figure stated again is marked lightly after its first statement; every note stays off the other marked figures', async () => {
    const page = await env().browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page);
    const containers = await page.$$eval(TALLY_ROOT, (hosts) =>
      [...(hosts[0]?.shadowRoot?.querySelectorAll('[data-tally-claim][data-tally-quote="more than 1,000 containers"]') ?? [])].map((m) => ({
        repeat: m.hasAttribute('data-tally-repeat'),
        border: getComputedStyle(m).borderBottomStyle,
      })),
    );
    expect(containers.length).toBeGreaterThan(1);
    expect(containers[0]).toEqual({ repeat: false, border: 'solid' });
    for (const again of containers.slice(1)) expect(again).toEqual({ repeat: true, border: 'dashed' });

    // Open each figure's note in turn: none covers another marked figure on screen.
    const claims = await page.locator('[data-tally-claim]').all();
    for (const mark of claims.slice(0, 6)) {
      await mark.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await clickMark(mark);
      await waitForNote(page);
      const note = (await noteBox(page))!;
      const covered = await page.$$eval(
        TALLY_ROOT,
        (hosts, [box, own]) =>
          [...(hosts[0]?.shadowRoot?.querySelectorAll('[data-tally-claim]') ?? [])]
            .filter((m) => m.getAttribute('data-tally-claim') !== own)
            .map((m) => m.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.bottom > 0 && r.top < innerHeight)
            .filter((r) => r.left < box.x + box.width && box.x < r.right && r.top < box.y + box.height && box.y < r.bottom)
            .map((r) => `${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`),
        [note, await mark.getAttribute('data-tally-claim')] as const,
      );
      const own = await mark.evaluate((el) => { const r = el.getBoundingClientRect(); return `${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`; });
      expect(covered, `note of ${await mark.getAttribute('data-tally-quote')} at ${own}: ${JSON.stringify(note)}`).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  it('a note copies a report\'s citation and saves the figure\'s reports as Markdown and CSV', async () => {
    const { browser, server } = env();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await browser.context.newPage();
    await page.goto(server.origin + YONHAP);
    await waitForScan(page);
    const mark = await leadFigure(page);
    await clickMark(mark);
    await waitForNote(page);
    const note = page.locator(`${TALLY_ROOT} .note`);
    const efe = note.locator('.report', { has: page.locator('.outlet', { hasText: /^EFE$/ }) }).first();
    await efe.locator('button:has-text("Copy citation")').click();
    await efe.locator('[role="status"]:has-text("Copied.")').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“.*over 1,000 containers.*” — EFE, 16 Oct 2023, citing John Kirby\.$/);
    const [csv] = await Promise.all([page.waitForEvent('download'), note.locator('button:has-text("CSV")').click()]);
    expect(csv.suggestedFilename()).toBe('tally-yonhap-news-agency-2023-10-14.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF'), 'a UTF-8 byte order mark for spreadsheets').toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n');
    const figure = '"more than 1,000 containers",';
    expect(rows.filter((r) => r.startsWith(figure)).map((r) => r.slice(figure.length).split(',')[0])).toEqual(expect.arrayContaining(['update', 'same', 'hedge']));
    const [md] = await Promise.all([page.waitForEvent('download'), note.locator('button:has-text("Markdown")').click()]);
    expect(readFileSync((await md.path())!, 'utf8')).toContain('## more than 1,000 containers\n\n### Later figure for the same count');
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
    await clickMark(await leadFigure(page));
    await waitForNote(page);
    expect(await readOpenNote(page)).not.toBe('');

    await page.keyboard.press('Escape');
    const layout = () => page.$$eval('article p, article h1', (els) => els.map((e) => JSON.stringify(e.getBoundingClientRect())));
    const marked = await layout();
    // The page's text is as served while marked: one text node per paragraph (marks never split it).
    const split = () => page.$$eval('article p', (ps) => ps.filter((p) => p.childNodes.length !== 1).length);
    expect(await split()).toBe(0);

    const worker = env().browser.worker;
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:disabledSites': ['127.0.0.1'] }));
    // Marks, note and Tally's host all go.
    await page.waitForFunction((root) => !document.querySelector(root), TALLY_ROOT, { timeout: 5_000 });
    // The marks never moved the layout: every paragraph sits exactly where it did with them.
    expect(await layout()).toEqual(marked);
    expect(await split()).toBe(0);

    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:disabledSites': [] }));
    await waitForMarks(page, { timeout: 10_000 });
    await page.close();
  });

  it('with "mark figures no other report states" on, unmatched figures get a quiet mark and an honest note', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page, { minMarks: 1 });
    expect(await page.locator('[data-tally-reports="0"]').count()).toBe(0);

    const worker = env().browser.worker;
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:markUnmatched': true }));
    const unmatched = page.locator('[data-tally-claim][data-tally-reports="0"]').first();
    await unmatched.waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-tally-reports="5"], [data-tally-reports="4"], [data-tally-reports="6"]').count()).toBeGreaterThan(0);
    // A quiet mark: a dotted underline, where matched figures have a solid one.
    expect((await underlineOf(unmatched)).borderStyle).toBe('dotted');
    await clickMark(unmatched);
    await waitForNote(page);
    expect(await readOpenNote(page)).toMatch(/No other report of/);

    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ 'tally:markUnmatched': false }));
    await page.waitForFunction(
      (root) => {
        const shadow = document.querySelector(root)?.shadowRoot;
        return !!shadow && !shadow.querySelector('[data-tally-reports="0"]') && !!shadow.querySelector('[data-tally-claim]');
      },
      TALLY_ROOT,
      { timeout: 10_000 },
    );
    await page.close();
  });

  it('opens on hover and closes when the pointer leaves; readable and accessible in light and dark schemes', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page, { minMarks: 1 });
    const mark = await leadFigure(page);
    await mark.scrollIntoViewIfNeeded();
    await hoverMark(mark);
    await waitForNote(page, { timeout: 3_000 });
    expectWorkedExampleNote(await readOpenNote(page));
    await page.mouse.move(5, 5);
    await waitForNote(page, { open: false, timeout: 3_000 });

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await clickMark(mark);
      await waitForNote(page);
      await screenshot(page, `yonhap-note-${colorScheme}`);
      const results = await new AxeBuilder({ page }).include(NOTE_IN_TALLY).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The checks really ran on the note (contrast among them).
      expect(results.passes.some((p) => p.id === 'color-contrast')).toBe(true);
      await page.keyboard.press('Escape');
      await waitForNote(page, { open: false });
    }
    await page.close();
  });

  // Keep this test last: Playwright's handle on the stopped worker is stale afterwards.
  it('after the browser stops the service worker, the next page wakes it and is marked as before', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + YONHAP);
    await waitForScan(page, { minMarks: 1 });
    const before = (await readMarks(page)).filter((m) => m.claim).map((m) => `${m.quote}:${m.reports}`);

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
    const after = (await readMarks(page)).filter((m) => m.claim).map((m) => `${m.quote}:${m.reports}`);
    expect(after).toEqual(before);
    await cdp.detach();
    await blank.close();
    await page.close();
  });
});
