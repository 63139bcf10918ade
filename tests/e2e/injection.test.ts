/**
 * Injection (issue 6): a pack whose outlet, title, byline, quote, attribution and URL carry
 * markup and script is imported through the options page, then shown everywhere Tally shows
 * a report: the note on a page cross-referenced against it, the popup's search, the options
 * page's list and detail. Every payload must render as text, every link must be http(s), and
 * nothing may run (a `window.__pwned` flag and dialogs are watched in every context).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ROOT, seedPath } from '../../scripts/demo-pages';
import { describeInBrowser, waitForScan } from './harness';
import { clickMark, markByQuote, TALLY_ROOT, waitForNote } from './tally-dom';
import { openExtensionPage } from './trust-support';

const FLAG = (where: string) => `window.__pwned=(window.__pwned||[]).concat('${where}')`;
const PAYLOADS = {
  outlet: `<img src=x onerror="${FLAG('outlet')}">Evil <b>Wire</b>`,
  title: `<script>${FLAG('title')}</script>Containers <i>galore</i>`,
  byline: `<svg onload="${FLAG('byline')}"></svg>Mallory`,
  attribution: `<iframe srcdoc="<script>parent.${FLAG('attribution')}</script>"></iframe>John Kirby`,
  measure: `containers of military equipment and munitions<img src=y onerror="${FLAG('measure')}">`,
};
const QUOTE_TAIL = `<img src=z onerror="${FLAG('quote')}">`;
const BAD_URLS = [`javascript:${FLAG('url')}`, `data:text/html,<script>${FLAG('data-url')}</script>`, 'vbscript:msgbox(1)', `JaVaScRiPt:${FLAG('url2')}`];

/** A pack of hostile reports of the Yonhap lead figure (more than 1,000 containers, Kirby). */
function hostilePack() {
  const topic = JSON.parse(readFileSync(join(ROOT, 'seeds/topic.json'), 'utf8'));
  const urls = [...BAD_URLS, 'https://example.com/evil-but-http'];
  const articles = urls.map((url, i) => {
    const quote = `more than 1,000 containers${QUOTE_TAIL}`;
    const sentence = `North Korea has delivered ${quote} of ${PAYLOADS.measure} to Russia, ${PAYLOADS.attribution} said on Friday.`;
    const text = `${PAYLOADS.title}\n\n${sentence}\n\nThe shipments went from Najin to Tikhoretsk, the White House said.`;
    const start = text.indexOf(quote);
    return {
      id: `evil-${i}`,
      topic: topic.id,
      outlet: `${PAYLOADS.outlet} ${i}`,
      title: PAYLOADS.title,
      url,
      published: `2023-10-1${5 + (i % 3)}`,
      language: 'en',
      byline: PAYLOADS.byline,
      dateline: null,
      origin: 'import',
      text,
      claims: [
        {
          quote,
          start,
          end: start + quote.length,
          value: 1000,
          low: 1000,
          high: 2000,
          qualifier: 'more-than',
          hedge: 'more than',
          direction: null,
          unit: 'container',
          measure: PAYLOADS.measure,
          attribution: PAYLOADS.attribution,
          sentence,
        },
      ],
    };
  });
  return { format: 'tally-pack', version: 1, name: '<b>evil pack</b>', topics: [topic], articles };
}

/** Watches a page for anything running: dialogs and page errors. */
function watch(page: Page, ran: string[]): Page {
  page.on('dialog', (d) => {
    ran.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}

/** Every element, link and the text inside `rootSelector` (through an open shadow root when `shadowHost`). */
async function inspect(page: Page, rootSelector: string, shadowHost?: string) {
  return page.evaluate(
    ({ rootSelector, shadowHost }) => {
      const base: ParentNode | null | undefined = shadowHost ? document.querySelector(shadowHost)?.shadowRoot : document;
      const root = base?.querySelector(rootSelector);
      if (!root) return null;
      const all = Array.from(root.querySelectorAll('*'));
      return {
        text: (root as HTMLElement).innerText,
        // Elements a payload would create (the UI's own <b> labels are not the payload's "Wire"/"galore").
        dangerous: all
          .filter((e) => ['IMG', 'SCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'EMBED'].includes(e.tagName.toUpperCase()) || (['B', 'I'].includes(e.tagName) && /^(Wire|galore)$/.test(e.textContent ?? '')))
          .map((e) => e.outerHTML),
        handlers: all.flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
        hrefs: all.filter((e) => e.hasAttribute('href') || e.hasAttribute('src')).map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
        pwned: (window as any).__pwned ?? null,
      };
    },
    { rootSelector, shadowHost },
  );
}

function expectInert(seen: Awaited<ReturnType<typeof inspect>>, where: string): void {
  expect(seen, where).not.toBeNull();
  expect(seen!.pwned, where).toBeNull();
  expect(seen!.dangerous, where).toEqual([]);
  expect(seen!.handlers, where).toEqual([]);
  for (const href of seen!.hrefs) expect(href, where).toMatch(/^https?:\/\//);
}

describeInBrowser('injection: hostile packs render as text', (env) => {
  it('imported through the options page, then shown in a page note, the popup search and the options list: text only, http(s) links only, nothing runs', async () => {
    const { browser, server } = env();
    const ran: string[] = [];
    browser.context.on('page', (p) => watch(p, ran));
    const pack = hostilePack();

    // Import through the options page's file input, preview, then Import.
    const options = watch(await openExtensionPage(browser.context, browser.extensionId, 'options.html'), ran);
    await options.setInputFiles('input[type="file"]', { name: 'evil<img src=x onerror=alert(1)>.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await options.click('button:has-text("Import")');
    await options.waitForSelector('p.ok[role="status"]', { timeout: 30_000 });
    expectInert(await inspect(options, 'body'), 'options page after import');

    // The options list shows the hostile outlets and titles as text.
    await options.reload();
    await options.waitForSelector('table.articles');
    const list = await inspect(options, 'table.articles');
    expectInert(list, 'options list');
    expect(list!.text).toContain('<img src=x onerror=');
    expect(list!.text).toContain('<script>');
    // The one http(s) URL is a link; the javascript:/data:/vbscript: ones are not.
    expect(list!.hrefs).toContain('https://example.com/evil-but-http');
    expect(list!.hrefs.filter((h) => h.includes('example.com'))).toHaveLength(1);

    // The detail of a hostile article (byline and URL shown).
    await options.locator('table.articles tr', { hasText: `${PAYLOADS.outlet} 0` }).locator('button.link-button').first().click();
    await options.waitForTimeout(500);
    expectInert(await inspect(options, 'body'), 'options article detail');
    expect(await options.locator('body').innerText()).toContain('<svg onload=');

    // A page cross-referenced against the pack: the note lists the hostile reports, as text.
    const page = watch(await browser.context.newPage(), ran);
    await page.goto(server.origin + seedPath('yonhap-2023-10-14.txt'));
    await waitForScan(page);
    await clickMark(markByQuote(page, '1,000 containers'));
    await waitForNote(page);
    const note = await inspect(page, '.note', TALLY_ROOT);
    expectInert(note, 'page note');
    expect(note!.text).toContain('Evil <b>Wire</b>');
    expect(note!.hrefs.filter((h) => h.includes('example.com'))).toEqual(['https://example.com/evil-but-http']);
    // Hover and keyboard paths render the same note; give any deferred handler time to fire.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as any).__pwned ?? null)).toBeNull();

    // The popup's search shows them too.
    const popup = watch(await openExtensionPage(browser.context, browser.extensionId, 'popup.html'), ran);
    await popup.fill('#tally-search', '1,000 containers');
    await popup.waitForSelector('.results[aria-busy="false"]');
    const results = await inspect(popup, '.results');
    expectInert(results, 'popup search');
    expect(results!.text).toContain('<img src=x onerror=');
    expect(results!.hrefs.every((h) => /^https?:/.test(h))).toBe(true);

    expect(ran).toEqual([]);
    for (const p of [options, page, popup]) await p.close();
  });
});
