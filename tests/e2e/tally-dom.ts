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
import type { CDPSession, Locator, Page } from 'playwright-core';

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

/**
 * The focus target of the first figure mark whose quote contains `text` and that is drawn over
 * an element matching `selector` (e.g. `'article p'`: the story's text, not its headline), found
 * by where it is drawn; addressed by its claim id. Throws when there is none.
 */
export async function markOver(page: Page, text: string, selector: string): Promise<Locator> {
  const id = await page.evaluate(
    ([rootSelector, text, selector]) => {
      const shadow = document.querySelector(rootSelector)?.shadowRoot;
      if (!shadow) return null;
      const over = [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect());
      for (const mark of shadow.querySelectorAll('[data-tally-claim]')) {
        if (!(mark.getAttribute('data-tally-quote') ?? '').includes(text)) continue;
        const r = mark.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        if (r.width > 0 && over.some((o) => x >= o.left && x <= o.right && y >= o.top && y <= o.bottom)) return mark.getAttribute('data-tally-claim');
      }
      return null;
    },
    [TALLY_ROOT, text, selector] as const,
  );
  if (!id) throw new Error(`no mark of "${text}" drawn over ${selector}: ${JSON.stringify(await readMarks(page))}`);
  return page.locator(`[data-tally-claim=${JSON.stringify(id)}]`);
}

/** The open note's box in viewport pixels (null when no note is open). */
export async function noteBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((rootSelector) => {
    const note = document.querySelector(rootSelector)?.shadowRoot?.querySelector('.note');
    if (!note) return null;
    const r = note.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, TALLY_ROOT);
}

/** The open note, for axe's `include` (a selector through Tally's open shadow root). */
export const NOTE_IN_TALLY: [[string, string]] = [[TALLY_ROOT, '.note']];

/** Whether focus is on the open note's dialog itself (where Enter on a mark puts it). */
export async function focusOnNoteDialog(page: Page): Promise<boolean> {
  return page.evaluate((rootSelector) => {
    const host = document.querySelector(rootSelector);
    return !!host && document.activeElement === host && host.shadowRoot!.activeElement?.getAttribute('role') === 'dialog';
  }, TALLY_ROOT);
}

/** How a mark's underline is drawn: its box (viewport pixels) and its computed bottom border. */
export async function underlineOf(mark: Locator): Promise<{ width: number; height: number; borderStyle: string; borderWidth: number; borderColor: string }> {
  return mark.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return { width: r.width, height: r.height, borderStyle: cs.borderBottomStyle, borderWidth: parseFloat(cs.borderBottomWidth), borderColor: cs.borderBottomColor };
  });
}

/**
 * The marks (figures and spellings) drawn over an element matching `selector` and those drawn
 * elsewhere, by where each mark's first line is drawn; `undrawn`: marks with no box (their text
 * is clipped away or not laid out). Plain loops: some test pages break Array.prototype.map.
 */
export async function marksOver(page: Page, selector: string): Promise<{ inside: MarkInfo[]; outside: MarkInfo[]; undrawn: MarkInfo[] }> {
  return page.evaluate(
    ([rootSelector, selector]) => {
      const out = { inside: [] as MarkInfo[], outside: [] as MarkInfo[], undrawn: [] as MarkInfo[] };
      const shadow = document.querySelector(rootSelector)?.shadowRoot;
      if (!shadow) return out;
      const elements = document.querySelectorAll(selector);
      const over: DOMRect[] = [];
      for (let i = 0; i < elements.length; i++) over.push(elements[i].getBoundingClientRect());
      const marks = shadow.querySelectorAll('[data-tally-claim], [data-tally-entity]');
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i];
        const info = { quote: m.getAttribute('data-tally-quote') ?? '', claim: m.getAttribute('data-tally-claim'), reports: m.getAttribute('data-tally-reports'), entity: m.getAttribute('data-tally-entity') };
        const r = m.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) {
          out.undrawn.push(info);
          continue;
        }
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        let inside = false;
        for (let j = 0; j < over.length && !inside; j++) inside = x >= over[j].left && x <= over[j].right && y >= over[j].top && y <= over[j].bottom;
        (inside ? out.inside : out.outside).push(info);
      }
      return out;
    },
    [TALLY_ROOT, selector] as const,
  );
}

/** How many marks are drawn over an element matching `selector`, elsewhere, and nowhere (see marksOver). */
export async function countMarksOver(page: Page, selector: string): Promise<{ inside: number; outside: number; undrawn: number }> {
  const { inside, outside, undrawn } = await marksOver(page, selector);
  return { inside: inside.length, outside: outside.length, undrawn: undrawn.length };
}

/**
 * Tally's shadow root as the DevTools protocol sees it, which pierces closed roots too (the
 * release build's): the root's mode, each mark's accessible name (its focus target's
 * aria-label, which names the figure and its count of reports), and whether a note is open.
 * Nothing a page script can do reaches this far; tests use it to know a release page is marked.
 */
export async function tallyRootFromOutside(cdp: CDPSession): Promise<{ mode: string | null; labels: string[]; note: boolean }> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: (Node & { shadowRootType?: string })[] };
  const result = { mode: null as string | null, labels: [] as string[], note: false };
  const attr = (node: Node, name: string) => {
    const attrs = node.attributes ?? [];
    const at = attrs.findIndex((a, i) => i % 2 === 0 && a === name);
    return at < 0 ? null : attrs[at + 1];
  };
  const walk = (node: Node, inTally: boolean) => {
    if (inTally && node.nodeName === 'BUTTON') result.labels.push(attr(node, 'aria-label') ?? '');
    if (inTally && (attr(node, 'class') ?? '').split(' ').includes('note')) result.note = true;
    for (const shadow of node.shadowRoots ?? []) {
      // Tally's host: a <div> of the page's <body> (or <html>) with only an inline style.
      const tally = node.nodeName === 'DIV' && attr(node, 'style') !== null && !inTally;
      if (tally) result.mode = shadow.shadowRootType ?? null;
      walk(shadow, inTally || tally);
    }
    for (const child of node.children ?? []) walk(child, inTally);
  };
  walk(root as Node, false);
  return result;
}
