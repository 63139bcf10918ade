/**
 * The options page (the corpus manager) in the real browser: browse and open articles, delete
 * with undo, import a good pack and broken ones (corpus unchanged, message says why), a large
 * pack with progress, export and re-import, reset, settings, accessibility and screenshots.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { syntheticPack } from '../../bench/idb-synthetic-pack';
import { describeInBrowser, screenshot, waitForScan } from './harness';
import { newsPage } from '../../scripts/demo-pages';
import { packJson } from '../../cli/pack';
import { marinskPack, marinskPage, marynskPage, MARINSK_OUTLETS } from './stories';
import { readMarks, clickMark, readOpenNote, waitForNote } from './tally-dom';

/** The extension APIs as code evaluated inside an extension page sees them (`page.evaluate`). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: true; data: any } | { ok: false; error: string }> };
  storage: { local: { get(keys: string | string[]): Promise<Record<string, any>>; set(items: Record<string, unknown>): Promise<void> } };
};

const files = mkdtempSync(join(tmpdir(), 'tally-packs-'));

/** Writes a pack file for the file input and returns its path. */
function packFile(name: string, content: string): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

/** The corpus as the background exports it, without the fields that name the moment of export. */
async function corpusSnapshot(page: Page): Promise<unknown> {
  const json = await page.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'exportPack', data: {} });
    if (!reply.ok) throw new Error(reply.error);
    return reply.data.json as string;
  });
  return normalise(JSON.parse(json));
}

/** Drops export-time fields and orders articles by id, so two exports of one corpus compare equal. */
function normalise(pack: { created?: string; name?: string; articles: { id: string }[] }) {
  const { created: _created, name: _name, ...rest } = pack;
  return { ...rest, articles: [...pack.articles].sort((a, b) => a.id.localeCompare(b.id)) };
}

async function rows(page: Page) {
  return page.$$eval('table.articles tbody tr', (trs) =>
    trs.map((tr) => ({ id: tr.getAttribute('data-article-id')!, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') })),
  );
}

/** How many articles the corpus holds, as the list's status line says. */
async function articleCount(page: Page): Promise<number> {
  const status = (await page.textContent('.browser p[role="status"]')) ?? '';
  return Number(/^([\d,]+) articles?/.exec(status)?.[1].replace(/,/g, '') ?? NaN);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target})`);
}

describeInBrowser('options page', (env) => {
  async function openOptions(size?: { width: number; height: number }): Promise<Page> {
    const { browser } = env();
    const page = await browser.context.newPage();
    if (size) await page.setViewportSize(size);
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('table.articles tbody tr');
    return page;
  }

  async function importFile(page: Page, path: string) {
    await page.setInputFiles('input[type="file"]', path);
    await page.waitForSelector('[data-testid="pack-preview"], [data-testid="import-error"]');
  }

  it('lists the default corpus by outlet and date with claim counts; filters; opens an article to its claims', async () => {
    const page = await openOptions();
    const all = await rows(page);
    const outlets = all.map((r) => r.cells[0]);
    expect(outlets).toEqual(expect.arrayContaining(['Yonhap News Agency', 'EFE', 'KBS World Radio', 'The Korea Herald']));
    // Newest first.
    const efe = all.findIndex((r) => r.cells[0] === 'EFE');
    const herald = all.findIndex((r) => r.cells[0] === 'The Korea Herald');
    expect(efe).toBeLessThan(herald);
    const yonhap = all.find((r) => r.cells[0] === 'Yonhap News Agency')!;
    expect(Number(yonhap.cells[3])).toBeGreaterThan(3);

    await page.selectOption('select', 'EFE');
    await page.waitForFunction(() => document.querySelectorAll('table.articles tbody tr').length === 1);
    expect((await rows(page))[0].cells[0]).toBe('EFE');
    await page.selectOption('select', '');
    await page.fill('.filters input[type="search"]', 'Kirby');
    await page.waitForFunction((n) => document.querySelectorAll('table.articles tbody tr').length < n, all.length);

    await page.fill('.filters input[type="search"]', '');
    await page.waitForFunction((n) => document.querySelectorAll('table.articles tbody tr').length === n, all.length);
    await page.click(`tr[data-article-id="${yonhap.id}"] td:nth-child(3) button`);
    await page.waitForSelector('table.claims tbody tr');
    const claims = await page.$$eval('table.claims tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(claims.length).toBe(Number(yonhap.cells[3]));
    expect(claims.some((c) => /more than 1,000 containers/.test(c))).toBe(true);
    await page.close();
  });

  it('passes axe and is screenshot at popup size and full size, light and dark', async () => {
    const page = await openOptions({ width: 380, height: 560 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'options-popup-size-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'options-popup-size-dark');
    await page.setViewportSize({ width: 1100, height: 800 });
    await screenshot(page, 'options-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'options-light');
    // One article opened to its claims.
    await page.click('tr:has-text("Yonhap News Agency") td:nth-child(3) button');
    await page.waitForSelector('table.claims tbody tr');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'options-article-light');
    await page.close();
  });

  it('deletes an article with undo', async () => {
    const page = await openOptions();
    const before = await corpusSnapshot(page);
    const target = (await rows(page)).find((r) => r.cells[0] === 'KBS World Radio')!;
    await page.click(`tr[data-article-id="${target.id}"] button.danger`);
    await page.waitForSelector('.toast');
    await page.waitForFunction((id) => !document.querySelector(`tr[data-article-id="${id}"]`), target.id);
    expect(await page.textContent('.toast')).toContain('Deleted');
    await page.click('.toast button:has-text("Undo")');
    await page.waitForSelector(`tr[data-article-id="${target.id}"]`);
    expect(await corpusSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('deletes and undoes from the keyboard: focus moves to Undo, Enter brings the article back', async () => {
    const page = await openOptions();
    const target = (await rows(page)).find((r) => r.cells[0] === 'EFE')!;
    await page.focus(`tr[data-article-id="${target.id}"] button.danger`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => !document.querySelector(`tr[data-article-id="${id}"]`), target.id);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`tr[data-article-id="${target.id}"]`);
    await page.close();
  });

  it('refuses broken packs whole, names the problem, and leaves the corpus unchanged', async () => {
    const page = await openOptions();
    const before = await corpusSnapshot(page);
    const good = syntheticPack(60, { name: 'broken', claimsPerArticle: 20 });
    const text = JSON.stringify(good);
    const wrongVersion = JSON.stringify({ ...good, version: 99 });
    const stringValue = structuredClone(good);
    (stringValue.articles[1].claims![2] as { value: unknown }).value = '1000';
    const cases: [string, string, RegExp][] = [
      ['truncated.json', text.slice(0, Math.floor(text.length / 2)), /truncated|ends early/i],
      ['wrong-version.json', wrongVersion, /unsupported pack version 99/],
      ['string-value.json', JSON.stringify(stringValue), /articles\[1\]\.claims\[2\]\.value: .*number.*"1000"/],
    ];
    for (const [name, content, why] of cases) {
      await importFile(page, packFile(name, content));
      const message = await page.textContent('[data-testid="import-error"]');
      expect(message, name).toMatch(why);
      expect(message).toContain('Nothing was changed');
      expect(await corpusSnapshot(page)).toEqual(before);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'options-import-error');
    await page.close();
  });

  it('imports a good pack: shows what it adds first, then lands it whole, with progress for a large one', async () => {
    const page = await openOptions();
    const count = await articleCount(page);
    const pack = syntheticPack(12_000, { name: 'large', claimsPerArticle: 40 });
    const knownOutlets = new Set(await page.$$eval('.filters select option', (options) => options.map((o) => (o as HTMLOptionElement).value)));
    const newOutlets = new Set(pack.articles.map((a) => a.outlet).filter((o) => !knownOutlets.has(o))).size;
    await importFile(page, packFile('large.json', JSON.stringify(pack)));
    expect(await page.textContent('[data-testid="pack-preview"]')).toContain(
      `large.json: ${pack.articles.length} articles, 12,000 claims, ${newOutlets} new outlet${newOutlets === 1 ? '' : 's'}`,
    );
    // Record every progress value the page shows while the import runs.
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = []);
      new MutationObserver(() => {
        const bar = document.querySelector('progress');
        if (bar) seen.push(Number(bar.value));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.click('button:has-text("Import")');
    await page.waitForSelector('.panel .ok:has-text("imported")', { timeout: 60_000 });
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    await page.waitForFunction((n) => document.querySelector('.browser p[role="status"]')?.textContent?.startsWith(`${n.toLocaleString('en')} articles`), count + pack.articles.length);
    // Long lists render a page at a time.
    expect(await page.$$eval('table.articles tbody tr', (trs) => trs.length)).toBe(200);
    await page.click('button.more');
    expect(await page.$$eval('table.articles tbody tr', (trs) => trs.length)).toBe(Math.min(400, count + pack.articles.length));
    await page.close();
  });

  it('a pack built with no topic file (its topic proposed from the reports) marks a page of its story once imported; a spelling added in Topics changes what is marked', async () => {
    const pack = marinskPack(join(files, 'marinsk'));
    expect(pack.topics[0].entities.length).toBeGreaterThan(2);

    const page = await openOptions();
    await importFile(page, packFile('marinsk.json', packJson(pack)));
    await page.click('button:has-text("Import")');
    await page.waitForSelector('.panel .ok:has-text("imported")');

    const { browser, server } = env();
    server.setPage('/e2e/marinsk', marinskPage());
    const article = await browser.context.newPage();
    await article.goto(`${server.origin}/e2e/marinsk`);
    await waitForScan(article);
    const marks = await readMarks(article);
    const containers = marks.find((m) => m.quote.includes('3,200') && m.claim);
    expect(containers, JSON.stringify(marks)).toBeTruthy();
    await clickMark(article.locator(`[data-tally-claim="${containers!.claim}"]`));
    await waitForNote(article);
    const note = await readOpenNote(article);
    for (const outlet of MARINSK_OUTLETS) expect(note).toContain(outlet);
    await article.close();

    // A page that spells the port another way is not on the topic, until the spelling is added in Topics.
    server.setPage('/e2e/marynsk', marynskPage());
    const markedContainers = async () => {
      const tab = await browser.context.newPage();
      await tab.goto(`${server.origin}/e2e/marynsk`);
      await waitForScan(tab);
      const found = (await readMarks(tab)).find((m) => m.quote.includes('3,200') && m.claim && Number(m.reports) > 0);
      await tab.close();
      return Boolean(found);
    };
    expect(await markedContainers()).toBe(false);
    await page.reload();
    await page.click(`details[data-topic="${pack.topics[0].id}"] summary`);
    const row = page.locator(`details[data-topic="${pack.topics[0].id}"] li[data-entity="port-of-marinsk"]`);
    await row.locator('input').fill('Port of Marinsk, Marynsk');
    await row.locator('button:has-text("Save")').click();
    await row.locator('[role="status"]:has-text("Saved.")').waitFor();
    await screenshot(page, 'options-topics');
    await page.waitForFunction(async () => JSON.stringify((await chrome.storage.local.get('tally:topics'))['tally:topics'] ?? '').includes('Marynsk'));
    expect(await markedContainers()).toBe(true);
    // A spelling that can name nothing is refused, and the stored one stays.
    await row.locator('input').fill('Port of Marinsk, -');
    await row.locator('button:has-text("Save")').click();
    await row.locator('[role="status"]:has-text("Not saved")').waitFor();

    // Merge a name into another, rename the topic; importing the pack again (which still has both names apart) keeps the edits.
    const topic = page.locator(`details[data-topic="${pack.topics[0].id}"]`);
    const ferries = topic.locator('li[data-entity="kestrel-line"]');
    await ferries.locator('select[aria-label^="Entity to merge"]').selectOption('port-of-marinsk');
    await ferries.locator('button:has-text("Merge into")').click();
    await topic.locator('.topic-status:has-text("merged into Port of Marinsk")').waitFor();
    await topic.locator('input[id^="topic-name-"]').fill('Marinsk ice');
    await topic.locator('button:has-text("Rename")').click();
    await topic.locator('.topic-status:has-text("Renamed.")').waitFor();
    await screenshot(page, 'options-topics-edited');
    await importFile(page, packFile('marinsk-again.json', packJson(pack)));
    await page.click('button:has-text("Import")');
    await page.waitForSelector('.panel .ok:has-text("imported")');
    await page.reload();
    await page.click(`details[data-topic="${pack.topics[0].id}"] summary`);
    await expect.poll(() => topic.locator('summary').textContent()).toContain('Marinsk ice');
    expect(await topic.locator('li[data-entity="kestrel-line"] input').count()).toBe(0);
    expect(await topic.locator('li[data-entity="port-of-marinsk"] input').inputValue()).toMatch(/^Port of Marinsk, Marynsk, .*Kestrel Line/);
    // Restore brings it back as it was.
    await topic.locator('.gone button:has-text("Restore Kestrel Line")').click();
    await topic.locator('li[data-entity="kestrel-line"] input').waitFor();
    expect(await topic.locator('li[data-entity="port-of-marinsk"] input').inputValue()).toBe('Port of Marinsk, Marynsk');
    await page.close();
  });

  it('exports the corpus as a JSON download; reset then re-import gives the same corpus', async () => {
    const page = await openOptions();
    const before = await corpusSnapshot(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download pack")')]);
    expect(download.suggestedFilename()).toMatch(/^tally-corpus-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(normalise(JSON.parse(exported))).toEqual(before);

    // Reset to the default pack, dropping everything else, then import the export.
    await page.click('label:has-text("Delete them too") input');
    await page.click('button:has-text("Reset…")');
    await page.click('button:has-text("Yes, reset")');
    await page.waitForSelector('.panel p:has-text("Reset to the default pack.")');
    expect(await corpusSnapshot(page)).not.toEqual(before);
    await importFile(page, packFile('reimport.json', exported));
    await page.click('button:has-text("Import")');
    await page.waitForSelector('.panel .ok:has-text("imported")', { timeout: 60_000 });
    expect(await corpusSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('exports one topic only', async () => {
    const page = await openOptions();
    const topics = await page.$$eval('.panel select option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(topics).toContain('nk-russia-arms');
    await page.selectOption('.panel select', 'nk-russia-arms');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download pack")')]);
    const pack = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(pack.articles.length).toBeGreaterThan(0);
    expect(pack.articles.every((a: { topic: string }) => a.topic === 'nk-russia-arms')).toBe(true);
    await page.close();
  });

  it('reset keeps the user\'s own articles when asked', async () => {
    const page = await openOptions();
    await page.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({
        type: 'addArticle',
        data: { url: 'http://127.0.0.1/own', outlet: 'My Notes', title: 'Own', published: '2024-01-02', language: 'en', byline: null, text: 'North Korea sent 300 containers to Russia, an official said.' },
      });
      if (!reply.ok) throw new Error(reply.error);
    });
    await page.reload();
    await page.waitForSelector('tr:has-text("My Notes") .tag:has-text("yours")');
    await page.click('label:has-text("Keep them") input');
    await page.click('button:has-text("Reset…")');
    await page.click('button:has-text("Yes, reset")');
    await page.waitForSelector('.panel p:has-text("your own articles were kept")');
    const outlets = (await rows(page)).map((r) => r.cells[0]);
    expect(outlets.some((o) => o.startsWith('My Notes'))).toBe(true);
    expect(outlets).toContain('Yonhap News Agency');
    await page.close();
  });

  it('settings: sites where Tally is off, and marking figures no other report states, in browser.storage.local', async () => {
    const page = await openOptions();
    await page.fill('input[placeholder="example.com"]', 'https://www.example.org/news');
    await page.click('form.row button:has-text("Add")');
    await page.waitForSelector('.sites li:has-text("www.example.org")');
    await page.check('label:has-text("Also mark figures") input');
    await page.waitForFunction(async () => (await chrome.storage.local.get('tally:markUnmatched'))['tally:markUnmatched'] === true);
    const stored = await page.evaluate(() => chrome.storage.local.get(['tally:disabledSites', 'tally:markUnmatched']));
    expect(stored).toEqual({ 'tally:disabledSites': ['www.example.org'], 'tally:markUnmatched': true });
    // A site switched off elsewhere (the popup's switch writes the same key) shows up here at once.
    await page.evaluate(() => chrome.storage.local.set({ 'tally:disabledSites': ['news.example', 'www.example.org'] }));
    await page.waitForSelector('.sites li:has-text("news.example")');
    await page.click('button[aria-label="Switch Tally back on for news.example"]');
    await page.click('button[aria-label="Switch Tally back on for www.example.org"]');
    await page.waitForFunction(async () => ((await chrome.storage.local.get('tally:disabledSites'))['tally:disabledSites'] ?? []).length === 0);
    await page.uncheck('label:has-text("Also mark figures") input');
    await page.close();
  });

  /** Sends a message to the background from an extension page; throws its refusal. */
  async function send(page: Page, type: string, data: unknown): Promise<any> {
    return page.evaluate(
      async ([type, data]) => {
        const reply = await chrome.runtime.sendMessage({ type, data });
        if (!reply.ok) throw new Error(reply.error);
        return reply.data;
      },
      [type, data] as const,
    );
  }

  it('a page with a bare number, added with "Add this page", is exported and the export imports again', async () => {
    const { browser, server } = env();
    server.setPage(
      '/e2e/bare-number',
      newsPage({
        title: 'Rail index at the Tumen crossing',
        outlet: 'Freight Ledger',
        published: '2024-03-04',
        extraHead: '<meta property="og:site_name" content="Freight Ledger">',
        articleHtml:
          '<p>The freight index for the Tumen River crossing between North Korea and Russia rose to 2,400 last week, a trader in Vladivostok said.</p>' +
          '<p>Russia and North Korea reopened the rail bridge to cargo in 2023, analysts said.</p>',
      }),
    );
    const url = `${server.origin}/e2e/bare-number`;
    const article = await browser.context.newPage();
    await article.goto(url);
    await waitForScan(article);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabUrl=${encodeURIComponent(url)}`);
    await popup.click('text=Add this page…');
    await popup.waitForSelector('form.add-page');
    await popup.click('text=Save to corpus');
    await popup.waitForSelector('form.add-page .ok:has-text("Added")');
    const [row] = await send(popup, 'listArticles', { outlet: 'Freight Ledger' });
    const stored = await send(popup, 'getArticle', { id: row.id });
    expect(stored.claims.find((c: { quote: string }) => c.quote === '2,400')).toMatchObject({ value: 2400, unit: '' });

    const page = await openOptions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Download pack")')]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const mine = JSON.parse(exported).articles.find((a: { url: string }) => a.url === url);
    expect(mine.claims.find((c: { quote: string }) => c.quote === '2,400').unit).toBe('');
    await importFile(page, packFile('bare-number.json', exported));
    await page.click('button:has-text("Import")');
    await page.waitForSelector('.panel .ok:has-text("imported")', { timeout: 60_000 });
    await send(page, 'deleteArticle', { id: row.id });
    await popup.close();
    await article.close();
    await page.close();
  });

  it('an import over the user\'s own article names it, keeps it by default, and Undo puts the corpus back', async () => {
    const page = await openOptions();
    const ownUrl = 'http://127.0.0.1/notes/own-report';
    const { id: ownId } = await send(page, 'addArticle', {
      url: ownUrl, outlet: 'My Ledger', title: 'My count', published: '2024-01-05', language: 'en', byline: null,
      text: 'North Korea sent 310 containers to Russia through Rajin, my source said.',
    });
    const before = await corpusSnapshot(page);
    const pack = {
      format: 'tally-pack',
      version: 1,
      topics: [{ id: 'nk-russia-arms', name: 'Pack name', entities: [{ id: 'najin', name: 'Najin', kind: 'place', aliases: ['Najin harbour'] }] }],
      articles: [
        { id: 'pack-own', topic: 'nk-russia-arms', outlet: 'Pack Wire', title: 'Their count', url: ownUrl, published: '2024-01-06', language: 'en', byline: null, dateline: null, origin: 'import', text: 'North Korea sent 900 containers to Russia, officials said.' },
        { id: 'pack-fresh', topic: 'nk-russia-arms', outlet: 'Pack Wire', title: 'Another count', url: 'http://127.0.0.1/pack/fresh', published: '2024-01-07', language: 'en', byline: null, dateline: null, origin: 'import', text: 'Russia received 77 rail cars from North Korea, officials said.' },
      ],
    };
    await page.reload();
    await page.waitForSelector('table.articles tbody tr');
    await importFile(page, packFile('over-own.json', JSON.stringify(pack)));
    expect(await page.textContent('[data-testid="own-conflicts"] li')).toBe("Yours: My count (My Ledger); the pack's: Their count (Pack Wire)");
    expect(await page.isChecked('[data-testid="replace-own"] input')).toBe(false);
    await page.click('[data-testid="import-changes"] summary');
    const changes = await page.$$eval('[data-testid="import-changes"] li', (lis) => lis.map((li) => li.textContent));
    expect(changes).toEqual([
      expect.stringMatching(/^Topic .*: adds 1 new spelling; your entities and names are kept$/),
      'Their count (Pack Wire): has the address of your own article',
      'Another count (Pack Wire): new',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'options-import-over-own');
    await page.click('button:has-text("Import")');
    await page.waitForSelector('.toast:has-text("Imported 2 articles, 1 of your own article kept")');
    await page.waitForSelector('tr:has-text("Another count")');
    const own = await send(page, 'getArticle', { id: ownId });
    expect(own).toMatchObject({ outlet: 'My Ledger', own: true, title: 'My count' });
    await page.click('.toast button:has-text("Undo")');
    await page.waitForFunction(() => !document.querySelector('.toast'));
    expect(await corpusSnapshot(page)).toEqual(before);
    await send(page, 'deleteArticle', { id: ownId });
    await page.close();
  });
});
