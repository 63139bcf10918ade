/**
 * The popup in the real browser: search, "this page", add a page to the corpus and see another
 * page cross-referenced against it at once, the site switch, accessibility, screenshots.
 * The popup is opened as a page (`chrome-extension://ID/popup.html`), at its real size; `?tabUrl=`
 * names the tab it acts on, since a popup opened as a page is itself the active tab.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { searchPopup } from './flows';
import { describeInBrowser, screenshot, waitForScan } from './harness';
import { clickMark, readMarks, readOpenNote, TALLY_ROOT, waitForMarks, waitForNote } from './tally-dom';
import { FLOOD_PAGES } from './stories';
import { newsPage, seedPath } from '../../scripts/demo-pages';

/** The extension APIs as code evaluated inside an extension page sees them (`page.evaluate`). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: true; data: any } | { ok: false; error: string }> };
  storage: { local: { get(keys: string | string[]): Promise<Record<string, any>> } };
};

const POPUP = { width: 380, height: 560 };

/** Serious or critical axe violations, as "id: help (n nodes)" lines. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes[0]?.target})`);
}

describeInBrowser('popup', (env) => {
  async function openPopup(tabUrl?: string): Promise<Page> {
    const { browser } = env();
    const page = await browser.context.newPage();
    await page.setViewportSize(POPUP);
    const query = tabUrl ? `?tabUrl=${encodeURIComponent(tabUrl)}` : '';
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
    await page.waitForSelector('#tally-search');
    return page;
  }

  it('searches as you type: number-aware ("7000 containers" finds the AFP reprint\'s "about seven thousand containers")', async () => {
    const popup = await openPopup();
    // Typed the way people type: digits, no separator. The corpus words it in letters.
    const groups = await searchPopup(popup, '7000 containers');
    expect(groups.length).toBeGreaterThan(0);
    // The first figure is the 7,000 one, not some other count of containers.
    expect(groups[0].label).toMatch(/7,000 container/);
    expect(groups[0].reports.map((r) => r.quote).join(' ')).toMatch(/7,000|seven thousand/i);
    await popup.close();
  });

  it('"1 million shells" finds the AFP reprint\'s "more than a million artillery shells"', async () => {
    const popup = await openPopup();
    const groups = await searchPopup(popup, '1 million shells');
    expect(groups[0]?.label).toMatch(/1,000,000 artillery shell/);
    expect(groups[0].reports.map((r) => r.outlet).join()).toContain('Agence France-Presse');
    await popup.close();
  });

  it('shows how a figure changed: shells from "hundreds of thousands" (KBS, Oct 2023) to "more than 1,000,000" (Mar 2024)', async () => {
    const popup = await openPopup();
    await searchPopup(popup, 'artillery shells');
    const shells = popup.locator('[data-testid="figure-group"]', { hasText: 'artillery shell' }).first();
    // The answer first: the latest figure, then where it started.
    expect(await shells.locator('.figure-label').textContent()).toMatch(/^more than 1,000,000 artillery shells/);
    expect(await shells.locator('.answer').textContent()).toMatch(/^Latest: .*18 Mar 2024 · \d+ outlets?\. Up from hundreds of thousands of rounds of artillery shells \(KBS World Radio, 16 Oct 2023\)\.$/);
    // The chart, and the same timeline as text beside it.
    expect(await shells.locator('svg.figure-chart[role="img"]').getAttribute('aria-label')).toMatch(/^Chart of .*artillery shells: \d+ statements from 16 Oct 2023 to 18 Mar 2024/);
    const steps = await shells.locator('.timeline li').allTextContents();
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/16 Oct 2023 KBS World Radio: hundreds of thousands/);
    expect(steps[1]).toMatch(/18 Mar 2024 .*: more than 1,000,000 \(later and larger\)/);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shells.scrollIntoViewIfNeeded();
    await screenshot(popup, 'popup-timeline-dark');
    await popup.close();
  });

  it('searches alias-aware: "Rajin" finds The Korea Herald\'s report, which spells the port Najin', async () => {
    const popup = await openPopup();
    const groups = await searchPopup(popup, 'Rajin');
    const herald = groups.flatMap((g) => g.reports).filter((r) => r.outlet === 'The Korea Herald');
    // The Korea Herald never writes "Rajin": only the alias table links its "Najin port" to the query.
    expect(herald.map((r) => r.quote)).toContain('about 300 shipping containers');
    // It says which entity "Rajin" named.
    expect(await popup.textContent('.entities-named')).toMatch(/^Rajin = Najin, also .*Rason/);
    await popup.close();
  });

  it('answers "how many containers" with the latest figure first, and shows an increase as an increase', async () => {
    const popup = await openPopup();
    const groups = await searchPopup(popup, 'how many containers');
    expect(groups[0].label).toMatch(/^about 7,000 containers/);
    expect(groups[0].answer).toMatch(/^Latest: Agence France-Presse \(reprint\), 18 Mar 2024 · \d outlets\. Up from (more than )?1,000 \(.*14 Oct 2023\)\.$/);
    // Results show the quote inside its sentence.
    expect(groups[0].reports.find((r) => r.outlet === 'EFE')?.sentence).toMatch(/^“.*John Kirby.*over 1,000 containers.*”$/);
    // A report's citation to copy, and the results to export.
    await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const efe = popup.locator('[data-testid="figure-group"]').first().locator('.report', { has: popup.locator('.outlet', { hasText: /^EFE$/ }) }).first();
    await efe.locator('button:has-text("Copy citation")').click();
    await efe.locator('[role="status"]:has-text("Copied.")').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toMatch(/^“.*over 1,000 containers.*” — EFE, 16 Oct 2023, citing John Kirby\.$/);
    const [csv] = await Promise.all([popup.waitForEvent('download'), popup.click('.results button:has-text("Export CSV")')]);
    expect(csv.suggestedFilename()).toBe('tally-search-how-many-containers.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF'), 'a UTF-8 byte order mark for spreadsheets').toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('figure,outlet,date,their figure,credited to,sentence,url');
    expect(rows.some((r) => r.startsWith('"about 7,000 containers",EFE,2023-10-16,"over 1,000 containers",John Kirby,'))).toBe(true);
    const [md] = await Promise.all([popup.waitForEvent('download'), popup.click('.results button:has-text("Export Markdown")')]);
    expect(readFileSync((await md.path())!, 'utf8')).toMatch(/^# “how many containers” in the corpus\n[\s\S]*## about 7,000 containers\n/);

    const shin = await searchPopup(popup, 'Shin Won-sik');
    const increase = shin.find((g) => /300 container/.test(g.label));
    expect(increase?.label).toMatch(/^up 300 containers/);
    await screenshot(popup, 'popup-answer-first');
    await popup.close();
  });

  it('searches by who is credited: "Kirby" finds the 1,000-containers figure in every outlet that reports it', async () => {
    const popup = await openPopup();
    const groups = await searchPopup(popup, 'Kirby');
    // The containers group answers with its latest figure (about 7,000); its reports include every 1,000.
    const containers = groups.find((g) => /(1,000|7,000) container/.test(g.label));
    expect(containers, JSON.stringify(groups.map((g) => g.label))).toBeTruthy();
    expect(containers!.reports.map((r) => r.outlet)).toEqual(expect.arrayContaining(['Yonhap News Agency', 'EFE', 'KBS World Radio', 'The Korea Herald']));
    await popup.close();
  });

  it('shows a message, not an empty screen, when nothing matches', async () => {
    const popup = await openPopup();
    await popup.fill('#tally-search', 'zzqxj wibble');
    await popup.waitForSelector('.results .empty');
    expect(await popup.textContent('.results .empty')).toContain('No figure');
    await popup.close();
  });

  it('adds a served page to the corpus; another page then matches against it at once; adding again updates', async () => {
    const { browser, server } = env();
    // A figure no seed states (4,250 rail cars), on the seeds' topic so the content script checks it.
    server.setPage(
      '/e2e/added-report',
      newsPage({
        title: 'North Korea moved 4,250 rail cars of munitions to Russia, officials say',
        outlet: 'Borderline Daily',
        published: '2024-02-20',
        extraHead: '<meta property="og:site_name" content="Borderline Daily">',
        articleHtml:
          '<p>North Korea has moved about 4,250 rail cars of munitions to Russia through the port of Najin since September, a South Korean official said on Tuesday.</p>' +
          '<p>The shipments passed Tikhoretsk on their way to the front, according to satellite images reviewed by analysts in Seoul and Washington.</p>' +
          '<p>Pyongyang and Moscow deny any arms trade between North Korea and Russia.</p>',
      }),
    );
    server.setPage(
      '/e2e/other-report',
      newsPage({
        title: 'Rail freight from Rajin to Russia',
        outlet: 'Another Wire',
        published: '2024-02-22',
        articleHtml:
          '<p>Some 4,250 rail cars of munitions have left North Korea for Russia through Rajin, a South Korean official said.</p>' +
          '<p>Russia and North Korea have not commented on the shipments, which analysts traced to Tikhoretsk.</p>',
      }),
    );
    const addedUrl = `${server.origin}/e2e/added-report`;
    const article = await browser.context.newPage();
    await article.goto(addedUrl);
    await waitForScan(article);

    const popup = await openPopup(addedUrl);
    await popup.click('text=Add this page…');
    await popup.waitForSelector('form.add-page');
    // Outlet, title and date come from the page's metadata, editable before saving.
    expect(await popup.inputValue('input[name="outlet"]')).toBe('Borderline Daily');
    expect(await popup.inputValue('input[name="published"]')).toBe('2024-02-20');
    expect(await popup.inputValue('input[name="title"]')).toContain('4,250 rail cars');
    await popup.fill('input[name="outlet"]', 'Borderline Daily (edited)');
    await popup.click('text=Save to corpus');
    await popup.waitForSelector('form.add-page .ok:has-text("Added")');
    expect(await popup.textContent('form.add-page .ok')).toMatch(/Added: \d+ figures? from this page/);
    await screenshot(popup, 'popup-add-page-light');

    // Another page, opened after the save: its figure is cross-referenced against the added one.
    const other = await browser.context.newPage();
    await other.goto(`${server.origin}/e2e/other-report`);
    await waitForScan(other);
    const marks = await readMarks(other);
    const railCars = marks.find((m) => m.quote.includes('4,250') && m.claim);
    expect(railCars, JSON.stringify(marks)).toBeTruthy();
    expect(Number(railCars!.reports)).toBeGreaterThanOrEqual(1);
    await clickMark(other.locator(`[data-tally-claim="${railCars!.claim}"]`));
    await waitForNote(other);
    expect(await readOpenNote(other)).toContain('Borderline Daily (edited)');

    // The same URL again updates the article instead of adding a second one.
    await popup.click('text=Save to corpus');
    await popup.waitForSelector('form.add-page .ok:has-text("Updated")');
    const rows = await popup.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ type: 'listArticles', data: { outlet: 'Borderline Daily (edited)' } });
      if (!reply.ok) throw new Error(reply.error);
      return reply.data.length;
    });
    expect(rows).toBe(1);
    await Promise.all([popup.close(), article.close(), other.close()]);
  });

  it('adding a page the corpus already holds (the Yonhap seed, at another address) says so, and changes nothing until the update is confirmed', async () => {
    const { browser, server } = env();
    const url = server.origin + seedPath('yonhap-2023-10-14.txt');
    const article = await browser.context.newPage();
    await article.goto(url);
    await waitForScan(article);
    const count = (popup: Page) =>
      popup.evaluate(async () => {
        const reply = await chrome.runtime.sendMessage({ type: 'listArticles', data: {} });
        if (!reply.ok) throw new Error(reply.error);
        return (reply.data as { outlet: string; own: boolean }[]).map((r) => `${r.outlet}${r.own ? ' (own)' : ''}`).sort();
      });
    const popup = await openPopup(url);
    const before = await count(popup);
    await popup.click('text=Add this page…');
    await popup.waitForSelector('form.add-page .duplicate');
    expect(await popup.textContent('form.add-page .duplicate')).toMatch(/^Already in your corpus as Yonhap News Agency, 14 Oct 2023 \(“N\. Korea sent more than 1,000 containers/);
    // The outlet comes from the page's own tags, not its host name.
    expect(await popup.inputValue('input[name="outlet"]')).toBe('Yonhap News Agency');
    await screenshot(popup, 'popup-add-duplicate');
    await popup.click('form.add-page button:has-text("Close")');
    expect(await count(popup)).toEqual(before);

    await popup.click('text=Add this page…');
    await popup.click('text=Update the stored copy');
    await popup.waitForSelector('form.add-page .ok:has-text("Updated")');
    const after = await count(popup);
    expect(after.length).toBe(before.length);
    expect(after).toContain('Yonhap News Agency (own)');
    await Promise.all([popup.close(), article.close()]);
  });

  it.each([
    ['ru', 'Поставки оружия из КНДР', [
      'Северная Корея отправила в Россию более 1000 контейнеров с военным снаряжением и боеприпасами, заявил представитель Белого дома Джон Кирби.',
      'По его словам, грузы шли морем из Наджина в порт Дунай, а затем по железной дороге к складу под Тихорецком.',
      'В Москве и Пхеньяне эти сведения не комментируют.',
    ], 'более 1000 контейнеров'],
    ['ko', '북한, 러시아에 무기 지원', [
      '존 커비 백악관 국가안보회의 전략소통조정관은 북한이 러시아에 컨테이너 1천여 개 분량의 군사 장비와 탄약을 보냈다고 밝혔다.',
      '커비 조정관은 화물이 나진항에서 선박으로 러시아 두나이항으로 옮겨진 뒤 철도로 운송됐다고 설명했다.',
      '북한과 러시아는 무기 거래 의혹을 부인하고 있다.',
      '한국 정부는 미국과 함께 대응 방안을 검토하고 있으며, 추가 제재 가능성도 거론되고 있다고 당국자들이 전했다.',
    ], '1천여'],
  ])('a %s page of the story is marked with the English reports of the same figure', async (lang, title, paragraphs, quote) => {
    const { browser, server } = env();
    server.setPage(`/e2e/${lang}-report`, newsPage({ title, outlet: `${lang} outlet`, published: '2023-10-14', lang, articleHtml: paragraphs.map((p) => `<p>${p}</p>`).join('') }));
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/e2e/${lang}-report`);
    await waitForScan(page);
    const marks = await readMarks(page);
    const containers = marks.find((m) => m.quote.includes(quote) && m.claim);
    expect(containers, JSON.stringify(marks)).toBeTruthy();
    expect(Number(containers!.reports)).toBeGreaterThanOrEqual(3);
    await clickMark(page.locator(`[data-tally-claim="${containers!.claim}"]`));
    await waitForNote(page);
    const note = await readOpenNote(page);
    for (const outlet of ['Yonhap News Agency', 'EFE', 'KBS World Radio']) expect(note).toContain(outlet);
    await screenshot(page, `${lang}-page-marked`);
    await page.close();
  });

  it('a new story: two pages added by hand propose its topic, and a third page of it is marked against them', async () => {
    const { browser, server } = env();
    // A made-up story no seed or topic file knows: its names come only from the pages added.
    FLOOD_PAGES.added.forEach((html, k) => server.setPage(`/e2e/flood-${k + 1}`, html));
    server.setPage('/e2e/flood-3', FLOOD_PAGES.third);
    for (const path of ['/e2e/flood-1', '/e2e/flood-2']) {
      const url = `${server.origin}${path}`;
      const page = await browser.context.newPage();
      await page.goto(url);
      await waitForScan(page);
      const popup = await openPopup(url);
      await popup.click('text=Add this page…');
      await popup.waitForSelector('form.add-page');
      await popup.click('text=Save to corpus');
      await popup.waitForSelector('form.add-page .ok:has-text("Added")');
      await Promise.all([popup.close(), page.close()]);
    }
    const third = await browser.context.newPage();
    await third.goto(`${server.origin}/e2e/flood-3`);
    await waitForScan(third);
    const marks = await readMarks(third);
    const homes = marks.find((m) => m.quote.includes('640') && m.claim);
    expect(homes, JSON.stringify(marks)).toBeTruthy();
    expect(Number(homes!.reports)).toBeGreaterThanOrEqual(1);
    await clickMark(third.locator(`[data-tally-claim="${homes!.claim}"]`));
    await waitForNote(third);
    expect(await readOpenNote(third)).toContain('Valley Courier');
    await screenshot(third, 'new-story-marked');
    await third.close();
  });

  it('"This page" lists the figures marked on the tab; clicking one scrolls to it and opens its note', async () => {
    const { browser, server } = env();
    const url = `${server.origin}/article/yonhap-2023-10-14`;
    const article = await browser.context.newPage();
    await article.goto(url);
    await waitForScan(article);
    const popup = await openPopup(url);
    await popup.waitForSelector('.page-claim');
    const listed = await popup.$$eval('.page-claim', (buttons) => buttons.map((b) => ({ id: b.getAttribute('data-claim-id')!, text: b.textContent ?? '' })));
    const containers = listed.find((c) => /1,000 containers/.test(c.text));
    expect(containers, JSON.stringify(listed)).toBeTruthy();
    expect(containers!.text).toMatch(/[1-9]\d* other reports?/);
    // The list is what Tally marked on the tab (a figure repeated with the same reports is listed once).
    const marked = (await readMarks(article)).filter((m) => m.claim);
    const firstOfEach = marked.filter((m, i) => marked.findIndex((o) => o.quote.toLowerCase() === m.quote.toLowerCase() && o.reports === m.reports) === i);
    expect(listed.map((c) => c.id)).toEqual(firstOfEach.map((m) => m.claim));
    await popup.click(`.page-claim[data-claim-id="${containers!.id}"]`);
    await waitForNote(article);
    expect(await readOpenNote(article)).toMatch(/EFE|KBS|Korea Herald/);
    // It is the clicked figure's note: its mark says so.
    expect(await article.locator(`[data-tally-claim="${containers!.id}"]`).getAttribute('aria-expanded')).toBe('true');

    // axe on the open note, inside Tally's shadow root.
    expect(await seriousViolations(article, TALLY_ROOT)).toEqual([]);
    await screenshot(popup, 'popup-this-page');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-this-page-dark');
    await Promise.all([popup.close(), article.close()]);
  });

  it('works from the keyboard alone: search, open all reports, reveal a figure of the page', async () => {
    const { browser, server } = env();
    const url = `${server.origin}/article/korea-herald-2023-10-14`;
    const article = await browser.context.newPage();
    await article.goto(url);
    await waitForScan(article);
    const popup = await openPopup(url);
    // The search field has focus when the popup opens.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tally-search');
    await popup.keyboard.type('1,000 containers');
    await popup.waitForSelector('.results[aria-busy="false"] [data-testid="figure-group"]');
    // Tab reaches the "show all" button of the first long group (five outlets report the figure); Enter opens it.
    await popup.waitForSelector('.figure button[aria-expanded="false"]');
    let guard = 0;
    while (!(await popup.evaluate(() => document.activeElement?.matches('.figure button[aria-expanded]'))) && guard++ < 40) await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    expect(await popup.getAttribute('.figure button[aria-expanded]', 'aria-expanded')).toBe('true');
    // Clear the search (Escape in a search field), then Tab to the first figure of the page and press Enter.
    await popup.focus('#tally-search');
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.page-claim');
    guard = 0;
    while (!(await popup.evaluate(() => document.activeElement?.classList.contains('page-claim'))) && guard++ < 20) await popup.keyboard.press('Tab');
    const id = await popup.evaluate(() => document.activeElement?.getAttribute('data-claim-id'));
    expect(id).toBeTruthy();
    await popup.keyboard.press('Enter');
    await waitForNote(article);
    await Promise.all([popup.close(), article.close()]);
  });

  it('switches Tally off for the site: the marks go at once, and the popup says so', async () => {
    const { browser, server } = env();
    const url = `${server.origin}/article/efe-2023-10-16`;
    const article = await browser.context.newPage();
    await article.goto(url);
    await waitForScan(article);
    expect((await readMarks(article)).length).toBeGreaterThan(0);
    const popup = await openPopup(url);
    const toggle = popup.locator('.switch input[role="switch"]');
    await toggle.waitFor({ state: 'attached' });
    expect(await toggle.isChecked()).toBe(true);
    await popup.focus('.switch input');
    await popup.keyboard.press('Space'); // keyboard operable
    await waitForMarks(article, { min: 0 });
    expect(await readMarks(article)).toEqual([]);
    const stored = await popup.evaluate(() => chrome.storage.local.get('tally:disabledSites'));
    expect(stored['tally:disabledSites']).toContain('127.0.0.1');
    // Back on: marks return.
    await popup.keyboard.press('Space');
    await waitForMarks(article);
    await Promise.all([popup.close(), article.close()]);
  });

  it('passes axe (no serious or critical violations) and is screenshot at popup size, light and dark', async () => {
    const popup = await openPopup();
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-light');
    await searchPopup(popup, '1,000 containers');
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-search-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshot(popup, 'popup-search-dark');
    await popup.close();
  });
});
