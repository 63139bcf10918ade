/**
 * Pages that are not the worked example: a real sports page full of numbers (off topic: no
 * marks), editable regions holding the same story (never marked), and a single-page site that
 * swaps the article in late and navigates away without a reload.
 */
import { expect, it } from 'vitest';
import { escapeHtml, newsPage, paragraphs, seedPath, seedText } from '../../scripts/demo-pages';
import { describeInBrowser, screenshot, waitForScan } from './harness';
import { clickMark, countClaimMarks, countMarksOver, readMarks, readOpenNote, waitForMarks, waitForNote } from './tally-dom';

const yonhapParagraphs = () => paragraphs(seedText('yonhap-2023-10-14.txt')).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

describeInBrowser('pages off the worked example', (env) => {
  it('a real sports page full of numbers gets no marks and costs next to nothing', async () => {
    const page = await env().browser.context.newPage();
    // aktualne.cz: a football report (scores, minutes, league places, a 100-million-pound fee).
    await page.goto(`${env().server.origin}/fixtures/aktualne/source.html`, { waitUntil: 'load' });
    const scans = await waitForScan(page);
    await page.waitForTimeout(500); // late mutations from the page's own inline scripts
    expect(scans[0].onTopic).toBe(false);
    expect(await readMarks(page)).toEqual([]);
    expect(await readOpenNote(page)).toBe('');
    console.log(`off-topic sports page: ${scans.length} scan(s), content-script busy ${scans.map((s) => s.busyMs.toFixed(2)).join(', ')} ms`);
    // Everything the page asked of other sites was refused: the run stayed off the network.
    expect(env().browser.blocked.every((url) => !url.includes('127.0.0.1'))).toBe(true);
    await page.close();
  });

  it('an off-topic page sends Tally\'s background no message at all (the topics come from storage); an on-topic page does', async () => {
    const { browser, server } = env();
    type Counting = typeof globalThis & { __tallyHeard?: string[]; chrome: any };
    // The background keeps the topics in storage once seeded; until then a page would ask it.
    await expect
      .poll(() => browser.worker.evaluate(async () => !!(await (globalThis as Counting).chrome.storage.local.get('tally:topics'))['tally:topics']), { timeout: 20_000 })
      .toBe(true);
    // Every message the background receives from now on, by type.
    await browser.worker.evaluate(() => {
      const g = globalThis as Counting;
      g.__tallyHeard = [];
      g.chrome.runtime.onMessage.addListener((message: { type?: string }) => {
        g.__tallyHeard!.push(String(message?.type));
        return undefined;
      });
    });
    const heard = () => browser.worker.evaluate(() => (globalThis as Counting).__tallyHeard!.slice());
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/fixtures/aktualne/source.html`, { waitUntil: 'load' });
    expect((await waitForScan(page))[0].onTopic).toBe(false);
    expect(await heard()).toEqual([]);
    // Control: the listener hears an on-topic page's batch.
    await page.goto(server.origin + seedPath('yonhap-2023-10-14.txt'));
    await waitForScan(page, { minMarks: 1 });
    expect(await heard()).toContain('checkPage');
    await page.close();
  });

  it('editable regions, form fields and code holding the same story are never marked', async () => {
    const story = yonhapParagraphs();
    env().server.setPage(
      '/editable',
      newsPage({
        title: 'N. Korea sent more than 1,000 containers of military equipment, munitions to Russia',
        outlet: 'Editor test',
        published: '2023-10-14',
        articleHtml: `${story}
          <div id="editor" contenteditable="true">${story}</div>
          <textarea id="field" rows="4" cols="60">North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia, roughly 290 kilometers from the Ukrainian border.</textarea>
          <pre><code>more than 1,000 containers // roughly 290 kilometers</code></pre>`,
      }),
    );
    env().server.setPage(
      '/editor-only',
      newsPage({ title: 'Draft', outlet: 'Editor test', articleHtml: `<div contenteditable="true">${story}</div>` }),
    );

    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + '/editable');
    await waitForScan(page, { minMarks: 1 });
    // Every mark is drawn over the story's own paragraphs; none over the editor, the field or the code.
    const { inside, outside, undrawn } = await countMarksOver(page, '[contenteditable], textarea, pre, code');
    expect(outside).toBeGreaterThan(0);
    expect(inside).toBe(0);
    expect(undrawn).toBe(0);
    expect(await page.$eval('#field', (t) => (t as HTMLTextAreaElement).value)).toContain('more than 1,000 containers');

    await page.goto(env().server.origin + '/editor-only');
    const scans = await waitForScan(page);
    await page.waitForTimeout(300);
    expect(scans.every((s) => s.marks === 0)).toBe(true);
    expect(await readMarks(page)).toEqual([]);
    // Typing in the editor still works and adds nothing.
    await page.click('[contenteditable]');
    await page.keyboard.type(' more than 1,000 containers');
    await page.waitForTimeout(600);
    expect(await readMarks(page)).toEqual([]);
    await page.close();
  });

  it('a single-page site: the article swapped in after a second gets marked, navigating away removes the marks', async () => {
    const article = JSON.stringify(`<article><h1>N. Korea sent more than 1,000 containers of military equipment, munitions to Russia</h1>${yonhapParagraphs()}</article>`);
    env().server.setPage(
      '/spa/',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SPA news</title></head>
      <body><nav><a href="#" id="home">Home</a></nav><div id="app"><p>Loading…</p></div>
      <script>
        const app = document.getElementById('app');
        setTimeout(() => { app.innerHTML = ${article}; history.pushState({}, '', '/spa/story'); }, 1000);
        window.goHome = () => {
          history.pushState({}, '', '/spa/');
          app.innerHTML = '<h1>Home</h1><p>Latest: weather, 21 degrees; markets up 2%.</p>';
        };
        window.goBack = () => { history.pushState({}, '', '/spa/story'); app.innerHTML = ${article}; };
      </script></body></html>`,
    );
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + '/spa/');
    expect(await readMarks(page)).toEqual([]);
    await waitForScan(page, { minMarks: 1, timeout: 15_000 });
    const marks = await readMarks(page);
    expect(marks.some((m) => m.claim && /1,000 containers/.test(m.quote) && Number(m.reports) >= 4)).toBe(true);
    await clickMark(page.locator('[data-tally-claim]').first());
    await waitForNote(page);

    await page.evaluate(() => (window as unknown as { goHome(): void }).goHome());
    await page.waitForFunction(() => {
      const shadow = document.querySelector('[data-tally-root]')?.shadowRoot;
      return !shadow?.querySelector('[data-tally-claim], [data-tally-entity]');
    }, undefined, { timeout: 5_000 });
    expect(await readOpenNote(page)).toBe('');

    // Back to the story: scanned afresh, marked again.
    await page.evaluate(() => (window as unknown as { goBack(): void }).goBack());
    await waitForMarks(page, { timeout: 10_000 });
    await screenshot(page, 'spa-marked');
    await page.close();
  });

  it('content appended to a marked article is scanned on its own: only the new text is read', async () => {
    env().server.setPage(
      '/more',
      newsPage({ title: 'N. Korea sent more than 1,000 containers to Russia', outlet: 'Live blog', published: '2024-03-18', articleHtml: yonhapParagraphs() }),
    );
    const page = await env().browser.context.newPage();
    await page.goto(env().server.origin + '/more');
    const first = await waitForScan(page, { minMarks: 1 });
    const before = await countClaimMarks(page);
    // An ad slot filling in outside the article: not the story, so no rescan.
    await page.evaluate(() => {
      const ad = document.createElement('div');
      ad.textContent = 'Advertisement: 1,000 containers of garden furniture, 50% off';
      document.querySelector('footer')!.append(ad);
    });
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => performance.getEntriesByName('tally:scan').length)).toBe(first.length);
    const added = "South Korea's defence minister Shin Won-sik said on Monday that North Korea had shipped about 7,000 containers of munitions to Russia since July.";
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.id = 'update';
      p.textContent = text;
      document.querySelector('article')!.append(p);
    }, added);
    await page.waitForFunction((n) => performance.getEntriesByName('tally:scan').length > n, first.length, { timeout: 10_000 });
    const scans = await page.evaluate(() => performance.getEntriesByName('tally:scan').map((e) => (e as PerformanceMark).detail));
    const last = scans[scans.length - 1];
    // The rescan read the new paragraph only, not the whole article again.
    expect(last.words).toBe(added.split(/\s+/).length);
    await expect.poll(async () => (await countMarksOver(page, '#update')).inside, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await countClaimMarks(page)).toBeGreaterThan(before);
    await page.close();
  });

  it('a real page layout (nytimes-1, saved) whose story turns to the topic: the story is marked, its menus and footer are not', async () => {
    const page = await env().browser.context.newPage();
    await page.goto(`${env().server.origin}/fixtures/nytimes-1/source.html`, { waitUntil: 'load' });
    const first = await waitForScan(page);
    expect(first[0].onTopic).toBe(false);
    // Swap the story's paragraphs for the Yonhap report's, as a live-updating page would.
    const story = (await import('../../scripts/demo-pages')).paragraphs(seedText('yonhap-2023-10-14.txt')).filter((p) => p.length > 60);
    const swapped = await page.evaluate((texts) => {
      const paragraphs = [...document.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 120);
      paragraphs.slice(0, texts.length).forEach((p, i) => {
        p.textContent = texts[i];
        p.setAttribute('data-swapped', '');
      });
      return Math.min(paragraphs.length, texts.length);
    }, story);
    expect(swapped).toBeGreaterThan(5);
    await waitForScan(page, { minMarks: 1, timeout: 15_000 });
    // Every mark is drawn over a swapped paragraph (none in menus, captions or the footer).
    const placement = await countMarksOver(page, 'p[data-swapped]');
    expect(placement.inside).toBeGreaterThan(0);
    expect(placement.outside).toBe(0);
    await page.locator('[data-tally-claim], [data-tally-entity]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'nytimes-layout-marked');
    await page.close();
  });
});
