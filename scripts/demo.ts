/**
 * `npm start`: builds the extension, serves the seeds as demo article pages on localhost, and
 * opens Chromium with the extension loaded on the Yonhap page. With a display the browser stays
 * open for the reader; without one it runs headless, saves docs/screenshot.png (the marked
 * page with an open note) and prints every note as text. Every non-localhost request is blocked.
 *
 * Options: --no-build (reuse .output/chrome-mv3), --port N (default 8377), --headless.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchWithExtension } from '../tests/e2e/chromium';
import { ROOT, seedPath, startDemoServer } from './demo-pages';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 8377;
const headless = args.includes('--headless') || !process.env.DISPLAY;
const extensionDir = join(ROOT, '.output', 'chrome-mv3');

if (!chromiumPath()) {
  console.error('npm start needs Chromium at /usr/bin/chromium: apt-get install -y chromium');
  process.exit(1);
}
if (!args.includes('--no-build')) {
  console.log('Building the extension (wxt build) ...');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
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
await page.waitForSelector('tally-mark[data-tally-claim]', { state: 'attached', timeout: 30_000 });

if (!headless) {
  console.log(`Chromium is open on ${url} with Tally loaded. Close the browser window to stop.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

await printNotes(page);
const shot = await screenshotWithNote(page);
console.log(`\nScreenshot of the marked page with an open note: ${shot}`);
await browser.close();
await server.close();

/** Opens every note in turn and prints it as text (a figure repeated on the page is printed once). */
async function printNotes(page: Page): Promise<void> {
  const marks = page.locator('tally-mark[tabindex="0"]');
  const count = await marks.count();
  console.log(`\n${count} marks on ${url}\n`);
  const printed = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const mark = marks.nth(i);
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const text = await page.evaluate(() => (document.querySelector('tally-notes')?.shadowRoot?.querySelector('.note') as HTMLElement | null)?.innerText ?? '');
    await page.keyboard.press('Escape');
    printed.set(text, (printed.get(text) ?? 0) + 1);
    if (printed.get(text)! > 1) continue;
    console.log(`── [${(await mark.textContent())?.replace(/\s+/g, ' ')}]`);
    const lines = text.split('\n').filter((line) => line.trim() && line.trim() !== '×');
    console.log(lines.map((line) => `   ${line}`).join('\n'));
  }
  const repeats = [...printed.values()].filter((n) => n > 1);
  if (repeats.length) console.log(`\n(${repeats.reduce((a, b) => a + b - 1, 0)} more marks repeat a figure printed above)`);
}

/** Opens the note of the first "1,000 containers" figure in the story and saves the screenshot. */
async function screenshotWithNote(page: Page): Promise<string> {
  // The story's lead paragraph ("WASHINGTON, Oct. 13 (Yonhap) -- North Korea has delivered ...").
  const lead = page.locator('article p', { hasText: 'WASHINGTON' }).first();
  const mark = lead.locator('tally-mark[data-tally-claim][tabindex="0"]').first();
  await mark.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  await mark.click();
  await page.waitForTimeout(200);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const path = join(ROOT, 'docs', 'screenshot.png');
  await page.screenshot({ path });
  return path;
}
