/**
 * The side panel in the real browser (opened as a tab with `?tabUrl=`, as the popup is): every
 * figure of the Yonhap page, grouped with conflicts and later figures first; a click opens the
 * figure's note on the page; the story's outlets; "Copy citation" on the clipboard; Markdown and
 * CSV exports read back; keyboard, axe and screenshots, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seedPath } from '../../scripts/demo-pages';
import { FIGURE_GROUPS } from '../../utils/model/page-figures';
import { CSV_COLUMNS } from '../../utils/model/citation';
import { describeInBrowser, screenshot, waitForScan } from './harness';
import { readOpenNote, waitForNote } from './tally-dom';

const YONHAP = seedPath('yonhap-2023-10-14.txt');
const PANEL = { width: 420, height: 820 };

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`);
}

describeInBrowser('side panel', (env) => {
  /** The Yonhap page, scanned, and the side panel beside it (a tab of its own, pointed at the page). */
  async function openBeside(): Promise<{ article: Page; panel: Page }> {
    const { browser, server } = env();
    const article = await browser.context.newPage();
    const url = server.origin + YONHAP;
    await article.goto(url);
    await waitForScan(article);
    const panel = await browser.context.newPage();
    await panel.setViewportSize(PANEL);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabUrl=${encodeURIComponent(url)}`);
    await panel.waitForSelector('.figure-group');
    return { article, panel };
  }

  it('lists the Yonhap page\'s figures, later and conflicting ones first; a click opens the figure\'s note on the page', async () => {
    const { article, panel } = await openBeside();
    const headings = await panel.$$eval('.figure-group h2', (hs) => hs.map((h) => h.textContent ?? ''));
    const order = headings.map((h) => FIGURE_GROUPS.findIndex((g) => h.startsWith(g.heading)));
    expect(order.every((k) => k >= 0), headings.join(' | ')).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The containers figure has a later one (about 7,000): it leads.
    expect(headings[0]).toMatch(/^(Conflicting|Later) figures/);
    const first = panel.locator('.figure-group').first();
    expect(await first.textContent()).toContain('more than 1,000 containers');
    // Its outlets at a glance, the reprint named as every view names it.
    expect(await first.locator('.outlets').first().textContent()).toMatch(/The Korea Herald.*EFE|EFE.*The Korea Herald/);
    expect(await first.locator('.outlets').first().textContent()).toContain('Agence France-Presse (reprint)');
    // The figure the page states four times is listed once.
    expect(await panel.locator('.figure', { hasText: 'more than 1,000 containers' }).count()).toBe(1);

    await first.locator('button.figure').first().click();
    await waitForNote(article);
    expect(await readOpenNote(article)).toMatch(/Later figure for the same count[\s\S]*7,000 containers/i);
    await screenshot(panel, 'sidepanel-figures');
    await Promise.all([article.close(), panel.close()]);
  });

  it('the per-outlet view lists the five outlets, the page first, then who reported first', async () => {
    const { article, panel } = await openBeside();
    await panel.click('button:has-text("Outlets")');
    const outlets = await panel.$$eval('.outlet-list > li', (lis) => lis.map((li) => li.getAttribute('data-outlet')));
    expect(outlets[0]).toBe('Yonhap News Agency');
    expect(outlets.slice(1)).toEqual(expect.arrayContaining(['The Korea Herald', 'EFE', 'KBS World Radio', 'Agence France-Presse (reprint)']));
    expect(outlets).toHaveLength(5);
    const efe = panel.locator('.outlet-list > li[data-outlet="EFE"]');
    expect(await efe.textContent()).toMatch(/credited to John Kirby/);
    await screenshot(panel, 'sidepanel-outlets');
    await Promise.all([article.close(), panel.close()]);
  });

  it('"Copy citation" puts the quote, outlet, date and credit on the clipboard, as text and as Markdown', async () => {
    const { article, panel } = await openBeside();
    const first = panel.locator('.figure-group').first();
    await first.locator('summary').first().click();
    const efe = first.locator('.report').filter({ has: panel.locator('.meta b', { hasText: /^EFE$/ }) }).first();
    await efe.locator('button:has-text("Copy citation")').click();
    await expect.poll(() => panel.locator('[role="status"]').textContent()).toBe('Copied the citation of EFE.');
    const text = await panel.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^“[^”]*over 1,000 containers[^”]*” — EFE, 16 Oct 2023, citing John Kirby\.$/);
    await efe.locator('button:has-text("Copy as Markdown")').click();
    await panel.locator('[role="status"]:has-text("Markdown citation of EFE")').waitFor();
    const markdown = await panel.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^> .*\*\*over 1,000 containers\*\*/);
    expect(markdown).toContain('\n>\n> — EFE, 16 Oct 2023, citing John Kirby');
    await Promise.all([article.close(), panel.close()]);
  });

  it('exports the page\'s figures as Markdown and CSV, and the files say what the panel shows', async () => {
    const { article, panel } = await openBeside();
    const [md] = await Promise.all([panel.waitForEvent('download'), panel.click('button:has-text("Export Markdown")')]);
    expect(md.suggestedFilename()).toBe('tally-yonhap-news-agency-2023-10-14.md');
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toMatch(/^# Figures in /);
    expect(markdown).toContain('## more than 1,000 containers');
    expect(markdown).toMatch(/### Later figure for the same count\n\n- Agence France-Presse \\\(reprint\\\), 18 Mar 2024, citing South Korean Defense Minister Shin Won-sik: “about 7,000 containers”/);

    const [csv] = await Promise.all([panel.waitForEvent('download'), panel.click('button:has-text("Export CSV")')]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF'), 'a UTF-8 byte order mark for spreadsheets').toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    // The figure has a comma, so its cell is quoted.
    const herald = rows.find((r) => r.startsWith('"more than 1,000 containers",hedge,'));
    expect(herald, rows.join('\n')).toContain('The Korea Herald,2023-10-14,"1,000 containers",Kirby,drops \'more than\'');
    expect(rows.filter((r) => r.startsWith('"more than 1,000 containers",')).length).toBeGreaterThanOrEqual(5);
    await Promise.all([article.close(), panel.close()]);
  });

  it('works by keyboard: Tab to a figure, Enter opens its note on the page', async () => {
    const { article, panel } = await openBeside();
    let onFigure = false;
    for (let i = 0; i < 10 && !onFigure; i++) {
      await panel.keyboard.press('Tab');
      onFigure = await panel.evaluate(() => document.activeElement?.classList.contains('figure') ?? false);
    }
    expect(onFigure).toBe(true);
    await panel.keyboard.press('Enter');
    await waitForNote(article);
    expect(await readOpenNote(article)).not.toBe('');
    await Promise.all([article.close(), panel.close()]);
  });

  it('passes axe, light and dark, with a report opened and the legend shown; screenshots at side panel size', async () => {
    const { article, panel } = await openBeside();
    await panel.locator('.figure-group details summary').first().click();
    await panel.click('.legend summary');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel), scheme).toEqual([]);
      await screenshot(panel, `sidepanel-${scheme}`);
    }
    await panel.click('button:has-text("Outlets")');
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel), `outlets ${scheme}`).toEqual([]);
    }
    await Promise.all([article.close(), panel.close()]);
  });
});
