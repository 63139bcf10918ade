/**
 * `npm start`: builds the extension, serves the seeds as demo article pages on localhost, and
 * opens Chromium with the extension loaded on the Yonhap page. With a display the browser stays
 * open for the reader; without one it runs headless, saves a screenshot of the marked page with
 * an open note (.output/demo/screenshot.png) and prints every note as text. Every non-localhost
 * request is blocked.
 *
 * It runs the TEST build (`npm run build:test`, WXT_TALLY_TEST_BUILD=1), built into
 * .output/demo/chrome-mv3 so the release build of `npm run build` is left alone: the release
 * keeps its marks and notes in a closed shadow root no script can read, and this script reads
 * them (tests/e2e/tally-dom.ts). Marks and notes look the same in both builds.
 *
 * Options: --no-build (reuse .output/demo/chrome-mv3), --port N (default 8377), --headless,
 * --update-docs (write the README's screenshots, docs/screenshot.png, docs/sidepanel.png and
 * docs/search.png, which are tracked: only when asked).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExtensionInChild } from '../tests/e2e/build-in-child';
import { chromiumPath, launchWithExtension } from '../tests/e2e/chromium';
import { clickMark, markOver, readOpenNote, waitForMarks, waitForNote } from '../tests/e2e/tally-dom';
import { ROOT, seedPath, startDemoServer } from './demo-pages';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 8377;
const headless = args.includes('--headless') || !process.env.DISPLAY;
const buildDir = join(ROOT, '.output', 'demo');
const extensionDir = join(buildDir, 'chrome-mv3');

if (!chromiumPath()) {
  console.error('npm start needs Chromium at /usr/bin/chromium: apt-get install -y chromium');
  process.exit(1);
}
if (!args.includes('--no-build')) {
  console.log(`Building the extension (test build, readable by this script) into ${extensionDir} ...`);
  buildExtensionInChild(buildDir);
}

// The usual port, or any free one when something else holds it.
const server = await startDemoServer(port).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.log(`Port ${port} is taken; using a free one.`);
  return startDemoServer(0);
});
console.log(`Demo pages: ${server.origin}/`);
const browser = await launchWithExtension(extensionDir, { headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const url = `${server.origin}${seedPath('yonhap-2023-10-14.txt')}`;
await page.goto(url);
// A scan inserts its marks together: once one is there, the page is marked.
await waitForMarks(page, { timeout: 30_000 });

if (!headless) {
  console.log(`Chromium is open on ${url} with Tally loaded. Close the browser window to stop.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

await printNotes(page);
const updateDocs = args.includes('--update-docs');
const shot = await screenshotWithNote(page, updateDocs ? join(ROOT, 'docs', 'screenshot.png') : join(buildDir, 'screenshot.png'));
console.log(`\nScreenshot of the marked page with an open note: ${shot}`);
if (updateDocs) {
  console.log(`Screenshot of the side panel beside it: ${await screenshotSidePanel(url, join(ROOT, 'docs', 'sidepanel.png'))}`);
  console.log(`Screenshot of a search in the popup: ${await screenshotSearch('how many containers', join(ROOT, 'docs', 'search.png'))}`);
}
await browser.close();
await server.close();

/** Opens every note in turn and prints it as text (a figure repeated on the page is printed once). */
async function printNotes(page: Page): Promise<void> {
  // Figures and spellings, in reading order (one focus target per mark, in Tally's shadow root).
  const marks = page.locator('[data-tally-claim], [data-tally-entity]');
  const count = await marks.count();
  console.log(`\n${count} marks on ${url}\n`);
  const printed = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const mark = marks.nth(i);
    await mark.scrollIntoViewIfNeeded();
    await clickMark(mark);
    await waitForNote(page);
    const text = await readOpenNote(page);
    // A click on the page away from any mark closes the note.
    await page.mouse.click(1, 1);
    await waitForNote(page, { open: false });
    printed.set(text, (printed.get(text) ?? 0) + 1);
    if (printed.get(text)! > 1) continue;
    console.log(`── [${(await mark.getAttribute('data-tally-quote'))?.replace(/\s+/g, ' ')}]`);
    const lines = text.split('\n').filter((line) => line.trim() && line.trim() !== '×');
    console.log(lines.map((line) => `   ${line}`).join('\n'));
  }
  const repeats = [...printed.values()].filter((n) => n > 1);
  if (repeats.length) console.log(`\n(${repeats.reduce((a, b) => a + b - 1, 0)} more marks repeat a figure printed above)`);
}

/** Opens the side panel (as a tab pointed at the story) with the lead figure's reports open, and saves its screenshot. */
async function screenshotSidePanel(storyUrl: string, path: string): Promise<string> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabUrl=${encodeURIComponent(storyUrl)}`);
  await panel.waitForSelector('.figure-group');
  await panel.locator('.figure-group details summary').first().click();
  await panel.screenshot({ path });
  await panel.close();
  return path;
}

/** Searches from the popup (at its size) and saves the screenshot: the answer first, its chart and timeline. */
async function screenshotSearch(query: string, path: string): Promise<string> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.fill('#tally-search', query);
  await popup.waitForSelector('.results[aria-busy="false"] .figure-chart');
  await popup.screenshot({ path });
  await popup.close();
  return path;
}

/** Opens the note of the first "1,000 containers" figure in the story and saves the screenshot at `path`. */
async function screenshotWithNote(page: Page, path: string): Promise<string> {
  // The story's lead paragraph ("WASHINGTON, Oct. 13 (Yonhap) -- North Korea has delivered ...")
  // and the "1,000 containers" drawn over it.
  const lead = await page.$$eval('article > p', (ps) => ps.findIndex((p) => p.textContent?.includes('WASHINGTON')) + 1);
  const mark = await markOver(page, '1,000 containers', `article > p:nth-of-type(${lead})`);
  await mark.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  await clickMark(mark);
  await waitForNote(page);
  await page.waitForTimeout(200);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}
