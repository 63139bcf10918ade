/**
 * How browser tests read what Tally marked, through the test build's DOM contract
 * (docs/extension.md, "What a page can see"): Tally's host `[data-tally-root]` has an OPEN shadow
 * root in the test build, and every marked figure is a focus target there carrying
 * `data-tally-claim`, `data-tally-reports` and `data-tally-quote` (entity spellings:
 * `data-tally-entity` and `data-tally-quote`). Playwright's CSS locators pierce open shadow
 * roots, so `page.locator('[data-tally-claim]')` finds them; code run in the page must go
 * through the host's shadowRoot. Marks take no pointer events: a test clicks or hovers where
 * the figure is, as a user does (`{ force: true }` skips Playwright's hit-target check).
 */
import type { Locator, Page } from 'playwright-core';

/** Tally's host element in the test build. */
export const TALLY_ROOT = '[data-tally-root]';

/** The focus target of the first marked figure whose quote contains `text`. */
export function markByQuote(page: Page, text: string): Locator {
  return page.locator(`[data-tally-claim][data-tally-quote*=${JSON.stringify(text)}]`).first();
}

/** The focus target of an entity spelling's mark. */
export function entityMark(page: Page, entityId: string): Locator {
  return page.locator(`[data-tally-entity=${JSON.stringify(entityId)}]`).first();
}

/** Clicks (or hovers) where a mark is drawn: the page's own text is what the mouse meets. */
export async function clickMark(mark: Locator): Promise<void> {
  await mark.click({ force: true });
}

export async function hoverMark(mark: Locator): Promise<void> {
  await mark.hover({ force: true });
}

/** One mark as a test reads it. */
export interface MarkInfo {
  quote: string;
  claim: string | null;
  reports: string | null;
  entity: string | null;
}

/** Every mark on the page, in reading order. */
export async function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate((rootSelector) => {
    const shadow = document.querySelector(rootSelector)?.shadowRoot;
    if (!shadow) return [];
    return [...shadow.querySelectorAll('[data-tally-claim], [data-tally-entity]')].map((m) => ({
      quote: m.getAttribute('data-tally-quote') ?? '',
      claim: m.getAttribute('data-tally-claim'),
      reports: m.getAttribute('data-tally-reports'),
      entity: m.getAttribute('data-tally-entity'),
    }));
  }, TALLY_ROOT);
}

/** How many figure marks (not spellings) the page has. */
export async function countClaimMarks(page: Page): Promise<number> {
  return (await readMarks(page)).filter((m) => m.claim).length;
}

/** The open note's text ('' when no note is open). */
export async function readOpenNote(page: Page): Promise<string> {
  return page.evaluate((rootSelector) => {
    const note = document.querySelector(rootSelector)?.shadowRoot?.querySelector('.note') as HTMLElement | null;
    return note?.innerText ?? '';
  }, TALLY_ROOT);
}

/** Waits for a note to open (or, with `open: false`, to close). */
export async function waitForNote(page: Page, { open = true, timeout = 5_000 } = {}): Promise<void> {
  await page.waitForFunction(
    ([rootSelector, wanted]) => !!document.querySelector(rootSelector as string)?.shadowRoot?.querySelector('.note') === wanted,
    [TALLY_ROOT, open] as const,
    { timeout },
  );
}

/** Waits until the page has at least `min` figure marks (0: until it has none). */
export async function waitForMarks(page: Page, { min = 1, timeout = 20_000 } = {}): Promise<void> {
  await page.waitForFunction(
    ([rootSelector, wanted]) => {
      const count = document.querySelector(rootSelector as string)?.shadowRoot?.querySelectorAll('[data-tally-claim]').length ?? 0;
      return wanted === 0 ? count === 0 : count >= (wanted as number);
    },
    [TALLY_ROOT, min] as const,
    { timeout },
  );
}

/** What has keyboard focus inside Tally's root: the claim id of a focused mark, 'note' for the note, or null (focus is not in Tally). */
export async function focusInTally(page: Page): Promise<string | null> {
  return page.evaluate((rootSelector) => {
    const host = document.querySelector(rootSelector);
    if (!host || document.activeElement !== host) return null;
    const active = host.shadowRoot!.activeElement;
    if (!active) return null;
    if (active.closest('.note')) return 'note';
    return active.getAttribute('data-tally-claim') ?? active.getAttribute('data-tally-entity');
  }, TALLY_ROOT);
}

/** The page element under a mark's first line (the text it marks), as `tag` and a few checks. */
export async function elementUnderMark(mark: Locator): Promise<{ tag: string; editable: boolean; inside: (selector: string) => Promise<boolean> }> {
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.boundingBox();
  if (!box) throw new Error('mark has no box');
  const handle = await mark.page().evaluateHandle(([x, y]) => document.elementFromPoint(x, y), [box.x + box.width / 2, box.y + box.height / 2]);
  const element = handle.asElement();
  if (!element) throw new Error('nothing under the mark');
  const tag = await element.evaluate((el) => el.tagName.toLowerCase());
  const editable = await element.evaluate((el) => !!el.closest('[contenteditable]'));
  return { tag, editable, inside: (selector) => element.evaluate((el, s) => !!el.closest(s), selector) };
}
