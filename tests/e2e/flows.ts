/**
 * User flows the Chromium and Firefox tests both check, written once: the worked example's note
 * on the Yonhap page, reaching and using it by keyboard alone, and searching from the popup.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './harness';
import { focusInTally, focusOnNoteDialog, markOver, readOpenNote, waitForNote } from './tally-dom';

/** The 1,000-containers figure in the story's paragraphs (not the headline's). */
export const leadFigure = (page: Page): Promise<Locator> => markOver(page, '1,000 containers', 'article p');

/** The worked example (docs/contracts.md), as the lead figure's note must state it. */
export function expectWorkedExampleNote(note: string): void {
  for (const outlet of ['EFE', 'KBS World Radio', 'The Korea Herald', 'Agence France-Presse']) expect(note).toContain(outlet);
  // The Herald's bare "1,000 containers" is flagged for dropping the hedge.
  expect(note).toMatch(/1,000 containers of military supplies/);
  expect(note).toMatch(/more than/i);
  // The later figure for the same count.
  expect(note).toMatch(/Later figure[\s\S]*(7,000|seven thousand) containers/i);
}

/**
 * On a scanned Yonhap page: Tab reaches the lead figure, Enter opens its note with focus in it,
 * Escape closes it and gives focus back; tabbing on past the note's controls closes it too, with
 * focus kept in the page. Saves a screenshot of the open note as `screenshotName`.
 */
export async function expectKeyboardOnlyNote(page: Page, screenshotName: string): Promise<void> {
  const lead = await leadFigure(page);
  const target = await lead.getAttribute('data-tally-claim');
  expect(target).toBeTruthy();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await focusInTally(page)) === target;
  }
  expect(reached).toBe(true);

  await page.keyboard.press('Enter');
  await waitForNote(page);
  expect(await focusOnNoteDialog(page)).toBe(true);
  expectWorkedExampleNote(await readOpenNote(page));
  expect(await lead.getAttribute('aria-expanded')).toBe('true');
  await screenshot(page, screenshotName);

  await page.keyboard.press('Escape');
  expect(await readOpenNote(page)).toBe('');
  expect(await focusInTally(page)).toBe(target);

  await page.keyboard.press('Enter');
  let open = true;
  for (let i = 0; i < 40 && open; i++) {
    await page.keyboard.press('Tab');
    open = (await readOpenNote(page)) !== '';
  }
  expect(open).toBe(false);
  // Focus stayed in the page (on a mark or the page's own controls), not lost to <body> nor left in a closed note.
  expect(await page.evaluate(() => !!document.activeElement && document.activeElement !== document.body)).toBe(true);
  expect(await focusInTally(page)).not.toBe('note');
}

/** Types `query` into the popup's search box and reads every figure group it shows, every report opened. */
export async function searchPopup(popup: Page, query: string) {
  await popup.fill('#tally-search', query);
  // aria-busy turns false once the answer for this very query is shown.
  await popup.waitForSelector('.results[aria-busy="false"]');
  // Long groups show their first reports; open them all to read every report.
  for (const more of await popup.$$('.figure button[aria-expanded="false"]')) await more.click();
  return popup.$$eval('[data-testid="figure-group"]', (groups) =>
    groups.map((g) => ({
      label: g.querySelector('.figure-label')?.textContent ?? '',
      answer: g.querySelector('.answer')?.textContent ?? '',
      reports: [...g.querySelectorAll('.report')].map((r) => ({
        outlet: r.querySelector('.outlet')?.textContent ?? '',
        // The figure as quoted, marked inside its sentence.
        quote: r.querySelector('.quote mark')?.textContent ?? '',
        sentence: r.querySelector('.quote')?.textContent ?? '',
        href: r.querySelector('a')?.getAttribute('href') ?? null,
      })),
    })),
  );
}
