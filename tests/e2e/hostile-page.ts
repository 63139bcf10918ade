/**
 * A hostile page's script, for the privacy tests in Chromium and Firefox: what it can read of
 * Tally (its DOM and every open shadow root, attributes, CSS highlights, performance entries,
 * what is under each figure), and how it tries to open notes itself (synthetic clicks, hovers,
 * keys and focus on every element). Everything here runs in the page's own world.
 */
import type { Page } from 'playwright-core';

// Any data-tally attribute gives away which figures are marked, so whether the corpus holds them.
export const CORPUS_ONLY = /\b(EFE|KBS|Korea Herald|Agence France-Presse|7,000|other reports?|Later figure|Same figure|TALLY|Tally note)\b|data-tally-(claim|reports|quote|entity)/;

/** What a page script can learn, read from the page's own world. */
export async function whatThePageLearns(page: Page): Promise<string> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) if (attr.startsWith('data-tally') || attr.startsWith('aria-')) found.push(`${attr}=${el.getAttribute(attr)}`);
        if (el.shadowRoot) {
          found.push(`open shadow root: ${el.shadowRoot.textContent}`);
          for (const child of el.shadowRoot.querySelectorAll('*')) found.push(`${child.tagName} ${child.getAttributeNames().map((a) => `${a}=${child.getAttribute(a)}`).join(' ')}`);
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    found.push(document.documentElement.outerHTML.replace(/<script[\s\S]*?<\/script>/g, ''));
    const highlights = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    if (highlights?.size) found.push(`highlights: ${[...highlights.keys()].join(',')}`);
    for (const entry of performance.getEntries()) if (entry.entryType === 'mark' || entry.entryType === 'measure') found.push(`performance: ${entry.name}`);
    // What is under each figure of the page's own text: the page's own elements only.
    for (const figure of ['more than 1,000 containers', 'roughly 290 kilometers', 'Najin']) {
      const range = findText(figure);
      if (!range) continue;
      const rect = range.getBoundingClientRect();
      const under = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (under && !under.closest('article')) found.push(`under ${figure}: ${under.outerHTML.slice(0, 200)}`);
    }
    return found.join('\n');

    function findText(text: string): Range | null {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        return range;
      }
      return null;
    }
  });
}

/** The page tries to open notes itself: synthetic clicks, hovers and keys everywhere, focus on everything. */
export async function pokeEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // (Not the page's own links: a synthetic click on one still navigates.)
    const targets = [document, ...[...document.querySelectorAll('*')].filter((el) => !el.closest('a, form'))];
    for (const el of targets) {
      const rect = el instanceof Element ? el.getBoundingClientRect() : { left: 0, top: 0, width: 0, height: 0 };
      const at = { bubbles: true, composed: true, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
      for (const type of ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, at));
      if (el instanceof HTMLElement) el.focus();
      for (const key of ['Tab', 'Enter', ' ']) el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      if (el instanceof HTMLElement && el.shadowRoot === null && el.tagName === 'DIV') el.click();
    }
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the hover delay
  });
}

/** The viewport centre of a figure in the article's paragraphs, scrolled into view. */
export async function figureCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((figure) => {
    const walker = document.createTreeWalker(document.querySelector('article p')!.parentElement!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(figure);
      if (at < 0 || !(n.parentElement?.closest('p'))) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + figure.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`no ${figure} on the page`);
  }, text);
}
