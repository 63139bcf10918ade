/**
 * A page must never be broken by Tally, nor fool it (issue 10, items 3, 6, 7, 13): a React and a
 * Preact page that update marked text keep working and the note follows the new figure; what a
 * page saves carries nothing of Tally's; a page's forged marks never reach the popup; a page that
 * defines Tally's old element names, or whose <html lang> is "constructor", is still marked.
 * These run on the test build (open shadow root); what a page can READ of Tally in the release
 * build is tested in page-privacy.test.ts.
 */
import { expect, it } from 'vitest';
import { escapeHtml, newsPage, paragraphs, seedPath, seedText } from '../../scripts/demo-pages';
import { countMarksWith, expectFrameworkPageFollows } from './framework-pages';
import { describeInBrowser } from './harness';
import { clickMark, countClaimMarks, markByQuote, readMarks, readOpenNote, waitForMarks, waitForNote } from './tally-dom';

/** The Yonhap seed report's paragraphs as HTML. */
const yonhapParagraphs = () =>
  paragraphs(seedText('yonhap-2023-10-14.txt'))
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');

describeInBrowser('Tally on pages that change, save and forge', (env) => {
  it.each(['react', 'preact'] as const)('a %s page that updates a marked figure keeps working, and the mark follows the new figure', async (framework) => {
    const { browser, server } = env();
    await expectFrameworkPageFollows(browser.context, server, framework);
  });

  it('what the page saves carries nothing of Tally\'s: the article\'s markup is exactly as served, even after an editor opens', async () => {
    const { browser, server } = env();
    const page = await browser.context.newPage();
    try {
      await page.goto(server.origin + seedPath('yonhap-2023-10-14.txt'));
      await waitForMarks(page, { min: 3 });
      const compare = () =>
        page.evaluate(async () => {
          const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
          return { now: document.querySelector('article')!.innerHTML, served: served.querySelector('article')!.innerHTML };
        });
      const before = await compare();
      expect(before.now).toBe(before.served);
      // A CMS opens the article for editing: what it would save is the page's own markup.
      await page.evaluate(() => document.querySelector('article')!.setAttribute('contenteditable', 'true'));
      const after = await compare();
      expect(after.now).toBe(after.served);
      expect(after.now).not.toMatch(/tally/i);
    } finally {
      await page.close();
    }
  });

  it('the popup\'s "This page" lists only what Tally marked, never a mark the page forged', async () => {
    const { browser, server } = env();
    const forged =
      '<p>Officials said <tally-mark data-tally-claim="forged" data-tally-reports="42" tabindex="0">2 million soldiers</tally-mark> ' +
      'and <span data-tally-claim="t1" data-tally-reports="9">900 tanks</span> were ready.</p>';
    const html = newsPage({
      title: 'N. Korea sent more than 1,000 containers of munitions to Russia',
      outlet: 'Forgery Daily',
      published: '2023-10-14',
      articleHtml: forged + yonhapParagraphs(),
    });
    server.setPage('/forged', html);
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.origin}/forged`);
      await waitForMarks(page, { min: 3 });
      // Asked as the popup asks: a message to the tab's content script.
      // (Without the "tabs" permission the worker cannot see tab URLs: every tab is asked, and the
      // reply names its page.)
      const reply = await browser.worker.evaluate(async (url) => {
        const tabs = (globalThis as any).chrome.tabs;
        for (const tab of await tabs.query({})) {
          const answer = await tabs.sendMessage(tab.id, { type: 'getPageClaims', data: {} }).catch(() => null);
          if (answer?.data?.url === url) return answer;
        }
        return null;
      }, `${server.origin}/forged`);
      const claims = (reply as { ok: boolean; data: { claims: { id: string; quote: string; reports: number }[] } }).data.claims;
      expect(claims.some((c) => /1,000 containers/.test(c.quote))).toBe(true);
      expect(claims.map((c) => c.quote).join(' | ')).not.toMatch(/2 million soldiers|900 tanks/);
      expect(claims.map((c) => c.id)).not.toContain('forged');
      // What it lists is what Tally marked, one for one.
      const marked = (await readMarks(page)).filter((m) => m.claim);
      expect(claims.map((c) => c.quote)).toEqual(marked.map((m) => m.quote));
    } finally {
      await page.close();
    }
  });

  it('a page that defines Tally\'s old element names, or says its language is "constructor", is still marked and its notes open', async () => {
    const { browser, server } = env();
    const hostile = `<script>
      for (const name of ['tally-notes', 'tally-mark']) customElements.define(name, class extends HTMLElement {
        constructor() { super(); throw new Error('hostile ' + name); }
      });
    </script>`;
    const html = newsPage({
      title: 'N. Korea sent more than 1,000 containers of munitions to Russia',
      outlet: 'Odd Markup Daily',
      published: '2023-10-14',
      lang: 'constructor',
      extraHead: hostile,
      articleHtml: yonhapParagraphs(),
    });
    server.setPage('/odd-names', html);
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.origin}/odd-names`);
      await waitForMarks(page, { min: 3 });
      await clickMark(markByQuote(page, '1,000 containers'));
      await waitForNote(page);
      expect(await readOpenNote(page)).toMatch(/EFE/);
    } finally {
      await page.close();
    }
  });

  it('a 190,000-character sentence of figures does not cost the rest of the page its marks', async () => {
    const { browser, server } = env();
    const runOn = Array.from({ length: 19_000 }, (_, i) => `${(i % 900) + 100} rounds`).join(', ');
    const html = newsPage({
      title: 'N. Korea sent more than 1,000 containers of munitions to Russia',
      outlet: 'Long Sentence Daily',
      published: '2023-10-14',
      articleHtml: yonhapParagraphs() + `<p>The tally ran ${runOn} and more.</p>`,
    });
    expect(runOn.length).toBeGreaterThan(190_000);
    server.setPage('/long-sentence', html);
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.origin}/long-sentence`);
      await waitForMarks(page, { min: 3, timeout: 60_000 });
      expect(await countMarksWith(page, '1,000 containers')).toBeGreaterThanOrEqual(1);
      expect(await countClaimMarks(page)).toBeGreaterThanOrEqual(3);
    } finally {
      await page.close();
    }
  });
});
